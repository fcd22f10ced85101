"""Which reading of the page is kept: a page in columns is never read across them."""

from __future__ import annotations

from benchmarks import column_pages
from core.ocr.tesseract import TesseractEngine
from core.reading.pipeline import ReadPipeline
from core.reading.stages.recognition import in_prose_columns
from core.text.metrics import cer
from core.text.model import Block, Box, Line, PageText, Word
from tests.core.conftest import needs_tesseract

LETTER = 28.0


def block(left: int, top: int, width: int, lines: int) -> Block:
    """A block of `lines` lines, each 42 px apart (1.5 letter heights)."""
    rows = tuple(
        Line(
            (Word("words", Box(left, top + 42 * row, width, 28), 90),),
            Box(left, top + 42 * row, width, 28),
        )
        for row in range(lines)
    )
    return Block(rows, Box.enclosing(line.box for line in rows))


def page(*blocks: Block) -> PageText:
    return PageText(blocks, 3000, 4000, "kor+eng")


def test_columns_of_prose_side_by_side_are_columns() -> None:
    assert in_prose_columns(page(block(100, 100, 900, 20), block(1100, 100, 900, 20)), LETTER)
    # a column beside the lower part of another, sharing a few lines
    assert in_prose_columns(page(block(100, 100, 900, 20), block(1100, 600, 900, 5)), LETTER)


def test_labels_beside_values_stacked_blocks_and_single_lines_are_not() -> None:
    labels, values = block(100, 100, 350, 8), block(600, 100, 300, 8)  # a form: 13 letters
    assert not in_prose_columns(page(labels, values), LETTER)
    assert not in_prose_columns(page(block(100, 100, 2000, 10), block(100, 600, 2000, 10)), LETTER)
    assert not in_prose_columns(page(block(100, 100, 900, 1), block(1100, 100, 900, 1)), LETTER)
    # side by side, but sharing only one line's rows
    assert not in_prose_columns(page(block(100, 100, 900, 10), block(1100, 480, 900, 10)), LETTER)


@needs_tesseract
def test_a_photographed_page_of_three_korean_columns_is_read_column_by_column() -> None:
    """Read as one column (Tesseract's psm 4), which read more confident characters than
    its layout, the page came out line across line: CER 0.81."""
    (shot,) = column_pages.photos("columns3_ko_camera")
    result = ReadPipeline(TesseractEngine(), shot.page.languages).read(shot.image)
    assert cer(shot.page.truth, result.page.recognised_text) < 0.1
