"""Blocks stacked on one sheet read like blocks read one by one, and go back to their place."""

from __future__ import annotations

import numpy as np
import pytest

import core.document.sheet as sheet_module
from core.document.prepare import prepare_page
from core.document.sheet import MOST_ROWS, read_stacked, stack, stacks, unstack
from core.ocr.tesseract import TesseractEngine
from core.sources.demo import load_page
from core.text.metrics import cer
from core.text.model import PageText, page_from_text
from tests.core.conftest import needs_tesseract


def test_stacking_keeps_order_and_gaps() -> None:
    pieces = [np.zeros((10, 30), np.uint8), np.zeros((20, 50), np.uint8)]
    sheet = stack(pieces, gap=5)
    assert sheet.image.shape == (5 + 10 + 5 + 20 + 5, 50)
    assert sheet.tops == (5, 20)
    assert sheet.piece_at(4) is None and sheet.piece_at(5) == 0 and sheet.piece_at(20) == 1
    assert sheet.piece_at(19) is None
    assert (sheet.image[20:40, :50] == 0).all() and (sheet.image[5:15, 30:] == 255).all()


def test_pieces_too_tall_for_one_sheet_go_on_several_each_small_enough_for_tesseract() -> None:
    """A webcam photo's three columns at OCR scale stacked to 48449 px, and Tesseract
    refused it ("Image too large"): the whole read failed."""
    pieces = [np.full((9000 + 100 * i, 40), i, np.uint8) for i in range(6)]
    made = stacks(pieces, gap=60)
    assert len(made) > 1
    assert all(sheet.image.shape[0] <= MOST_ROWS for _first, sheet in made)
    # Every piece once, in order, each on the sheet that says it starts there.
    placed = [first + index for first, sheet in made for index in range(len(sheet.tops))]
    assert placed == list(range(len(pieces)))
    for first, sheet in made:
        for index, top in enumerate(sheet.tops):
            piece = pieces[first + index]
            assert (sheet.image[top : top + piece.shape[0], :40] == first + index).all()


def test_lines_go_back_to_the_piece_they_lie_on() -> None:
    sheet = stack([np.zeros((40, 200), np.uint8), np.zeros((40, 200), np.uint8)], gap=30)
    read = page_from_text("first piece\n\n\nsecond piece")  # lines at y 40 and 104
    blocks = unstack(read, sheet, [(1000, 2000), (3000, 4000)])
    assert [block.text for block in blocks] == ["first piece", "second piece"]
    assert blocks[0].box.top == 40 - 30 + 2000  # moved from the sheet to the page
    assert blocks[1].box.left == 40 + 3000


@needs_tesseract
def test_one_run_over_the_stacked_blocks_reads_like_a_run_per_block() -> None:
    prepared = prepare_page(load_page("en"))
    picture = prepared.image
    boxes = [region.box for region in prepared.text_regions]
    assert len(boxes) >= 3
    crops = [picture[b.top : b.bottom, b.left : b.right] for b in boxes]
    engine = TesseractEngine()
    one_by_one = [engine.recognize(crop, "eng", "block").text for crop in crops]
    sheet = stack(crops, gap=3 * round(prepared.letter_height))
    blocks = unstack(
        engine.recognize(sheet.image, "eng", "block"), sheet, [(b.left, b.top) for b in boxes]
    )
    stacked = PageText(tuple(blocks), picture.shape[1], picture.shape[0], "eng")
    assert cer("\n".join(one_by_one), stacked.text) < 0.01
    for block in blocks:  # every block lies inside one of the regions it was cut from
        assert any(
            b.left - 5 <= block.box.left
            and block.box.right <= b.right + 5
            and b.top - 5 <= block.box.top
            and block.box.bottom <= b.bottom + 5
            for b in boxes
        )


@needs_tesseract
def test_pieces_read_on_several_sheets_come_back_each_to_its_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every stage that reads pieces on a sheet keeps each sheet small enough for
    Tesseract: a Korean two-column photo at an angle had its lines read again on a sheet
    48449 px tall, and the whole reading failed with "Image too large"."""
    prepared = prepare_page(load_page("en"))
    picture = prepared.image
    boxes = [region.box for region in prepared.text_regions]
    crops = [picture[b.top : b.bottom, b.left : b.right] for b in boxes]
    tallest = max(crop.shape[0] for crop in crops)
    monkeypatch.setattr(sheet_module, "MOST_ROWS", tallest + 200)  # two pieces at most
    engine = TesseractEngine()
    heights: list[int] = []

    def read(image: np.ndarray) -> PageText:
        heights.append(image.shape[0])
        return engine.recognize(image, "eng", "block")

    places = [(b.left, b.top) for b in boxes]
    blocks = read_stacked(crops, places, 3 * round(prepared.letter_height), read)
    assert len(heights) > 1 and max(heights) <= tallest + 200
    one_by_one = [engine.recognize(crop, "eng", "block").text for crop in crops]
    assert cer("\n".join(t for t in one_by_one if t), "\n".join(b.text for b in blocks)) < 0.01
    for block, box in zip(blocks, boxes, strict=False):
        assert box.left - 5 <= block.box.left and block.box.bottom <= box.bottom + 5
