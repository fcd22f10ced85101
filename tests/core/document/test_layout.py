"""Layout: blocks, columns and reading order, on synthetic boxes and a real UNLV page."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.document import prepare_page
from core.document.layout import reading_order
from core.plumbing.imageio import load_image
from tests.core.conftest import needs_tesseract


def test_columns_are_read_top_to_bottom_then_left_to_right() -> None:
    title = (0, 0, 1000, 60)
    left_top, left_bottom = (0, 100, 480, 400), (0, 520, 480, 300)
    right_top, right_bottom = (520, 100, 480, 300), (520, 420, 480, 400)
    boxes = [right_bottom, left_bottom, title, right_top, left_top]
    order = [boxes[i] for i in reading_order(boxes)]
    assert order == [title, left_top, left_bottom, right_top, right_bottom]


def test_a_title_across_columns_separates_what_is_above_from_below() -> None:
    upper_left, upper_right = (0, 0, 480, 300), (520, 0, 480, 300)
    banner = (0, 320, 1000, 60)
    lower_left, lower_right = (0, 400, 480, 300), (520, 400, 480, 300)
    boxes = [lower_right, banner, upper_right, lower_left, upper_left]
    order = [boxes[i] for i in reading_order(boxes)]
    assert order == [upper_left, upper_right, banner, lower_left, lower_right]


def test_a_centred_title_comes_before_the_heading_below_it_at_the_left() -> None:
    """hist_geo's page: "La Grèce Antique" centred, then "I." and "Le théâtre grec" at
    the left margin just below it, then the paragraph (boxes as the layout found them)."""
    title = (945, 438, 538, 100)
    numeral, heading = (273, 560, 51, 72), (382, 564, 418, 82)
    paragraph = (221, 690, 1832, 222)
    boxes = [heading, paragraph, numeral, title]
    order = [boxes[i] for i in reading_order(boxes)]
    assert order == [title, numeral, heading, paragraph]


def test_hundreds_of_lines_in_three_columns_are_read_column_by_column() -> None:
    """A glance at small print in three columns, its lines not yet joined into blocks:
    hundreds of boxes (the pairs were once weighed one by one: 30 s for 275 blocks)."""
    columns = [
        [(left + (7 * row) % 40, 100 + 24 * row, 600 - (7 * row) % 40, 16) for row in range(150)]
        for left in (0, 700, 1400)
    ]
    boxes = [box for row in zip(*columns, strict=True) for box in row]  # row by row
    order = [boxes[i] for i in reading_order(boxes)]
    assert order == columns[0] + columns[1] + columns[2]


@pytest.mark.xfail(
    strict=True,
    reason="known gap: our layout joins lines across the first two columns of this page "
    "(rows 530-1000); the pipeline reads with Tesseract's layout, tested below",
)
def test_unlv_page_columns_come_in_order(shared_data: Path) -> None:
    scan = load_image(shared_data / "documents" / "scans" / "8071_093.3B.tif")
    prepared = prepare_page(scan)
    regions = prepared.text_regions
    width = prepared.image.shape[1]
    # The page has four columns of text above the title; take the blocks in the top band.
    top = [r for r in regions if r.box.top < 0.3 * prepared.image.shape[0] and r.box.height > 40]
    columns = [min(3, int(4 * (r.box.left + r.box.width / 2) / width)) for r in top]
    assert len(set(columns)) == 4
    assert columns == sorted(columns)  # every block of a column before the next column's
    assert all(r.kind == "text" for r in regions if r.order >= 0)


@pytest.mark.slow
@needs_tesseract
def test_unlv_page_is_read_column_by_column(shared_data: Path) -> None:
    from core.ocr.tesseract import TesseractEngine
    from core.reading.pipeline import ReadPipeline
    from core.text.metrics import normalise

    scan = load_image(shared_data / "documents" / "scans" / "8071_093.3B.tif")
    text = normalise(ReadPipeline(TesseractEngine(), "eng").read(scan).page.text)
    ends_first = text.index("questioned her until he learned the")
    starts_second = text.index("cause of her sadness")
    ends_second = text.index("successful American families")
    starts_third = text.index("book shows that tradi")
    starts_fourth = text.index("one day when he was trying")
    assert ends_first < starts_second < ends_second < starts_third < starts_fourth
