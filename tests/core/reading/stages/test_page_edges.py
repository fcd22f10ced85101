"""A heading above all other blocks is read first, a footer below them all last, and a
heading or running header cut into pieces by the layout is read in one piece."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ocr.tesseract import TesseractEngine
from core.plumbing.imageio import load_image
from core.reading.pipeline import ReadPipeline
from core.reading.stages.page_edges import edges_in_place
from core.text.metrics import normalise
from core.text.model import Block, Box, Line, PageText, Word
from tests.core.conftest import needs_tesseract


def block(text: str, left: int, top: int, width: int, height: int) -> Block:
    box = Box(left, top, width, height)
    return Block((Line((Word(text, box, 95),), box),), box)


def page(*blocks: Block) -> PageText:
    return PageText(blocks, 3000, 4400, "eng")


def test_the_heading_above_both_columns_comes_first_and_the_footer_last() -> None:
    left = block("left", 380, 800, 1300, 3400)
    heading = block("dateline", 1500, 520, 440, 50)
    footer = block("footer", 300, 4310, 1130, 70)
    right = block("right", 1780, 800, 1300, 3460)
    assert edges_in_place(page(left, heading, footer, right)).text == (
        "dateline\n\nleft\n\nright\n\nfooter"
    )


def test_blocks_beside_the_top_or_bottom_block_keep_their_order() -> None:
    # The caption reaches lower than the column beside it, but not below everything.
    column = block("column", 0, 100, 1000, 3000)
    caption = block("caption", 1100, 2900, 500, 400)
    other = block("other", 1700, 100, 1000, 3100)
    original = page(column, caption, other)
    assert edges_in_place(original) is original
    title = block("title", 0, 0, 2000, 60)
    side = block("side", 2100, 30, 300, 60)  # beside the title, not below it
    original = page(side, title, column)
    assert edges_in_place(original) is original


@pytest.mark.slow
@needs_tesseract
def test_a_magazine_page_reads_heading_columns_then_footer(shared_data: Path) -> None:
    scan = load_image(shared_data / "documents" / "scans" / "8087_054.3B.tif")
    whole = ReadPipeline(TesseractEngine(), "eng", streaming=False).read(scan).page.text
    text = normalise(whole)
    assert text.startswith("dateline")
    assert text.index("season.") < text.index("SEPTEMBER 1993")  # the right column's end
    # Streamed, the head (the first lines, read ahead) starts at the heading too: our
    # layout cuts the letter-spaced word into letters, which the head joins again.
    streamed = normalise(ReadPipeline(TesseractEngine(), "eng").read(scan).page.text)
    assert streamed.startswith("dateline")
    assert streamed.index("season.") < streamed.index("SEPTEMBER 1993")


@pytest.mark.slow
@needs_tesseract
def test_a_running_header_is_read_in_one_piece(shared_data: Path) -> None:
    # The layout cuts the header in two: the head must not start at "BOSTON" alone with
    # "248 COOKING-SCHOOL COOK BOOK" after it.
    photo = load_image(shared_data / "documents/camera/no_ground_truth/boston_cooking_a.jpg")
    text = ReadPipeline(TesseractEngine(), "eng").read(photo).page.text
    first_lines = text.split("\n\n")[:2]
    assert "BOSTON COOKING-SCHOOL COOK BOOK" in first_lines
