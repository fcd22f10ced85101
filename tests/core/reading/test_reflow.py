"""The reading pane's text: running paragraphs reflowed, rows and lists kept, offsets exact."""

from __future__ import annotations

from pathlib import Path

from core.ocr.tesseract import TesseractEngine
from core.plumbing.imageio import load_image
from core.reading.pipeline import ReadPipeline
from core.reading.reflow import reflowed_text
from core.sources.demo import load_page
from core.text.model import page_from_text
from tests.core.conftest import needs_tesseract

PROSE = """Our talking book club meets on Thursdays at
two in the afternoon, in the reading room, and
new members are always welcome to join us.

Kind regards,
Maria"""

RECEIPT = """SAM SAM TRADING CO
GLUE STICK SUPER STRONG 5.20
COLOR PAPER A4 100 SHEETS 8.90
TOTAL RM 14.10"""


def test_printed_lines_of_a_paragraph_are_joined_with_spaces() -> None:
    page = page_from_text(PROSE)
    shown = reflowed_text(page)
    assert len(shown) == len(page.text)  # every offset into the page's text stays valid
    assert shown.splitlines()[0] == (
        "Our talking book club meets on Thursdays at two in the afternoon, in the reading "
        "room, and new members are always welcome to join us."
    )
    assert shown.endswith("\n\nKind regards,\nMaria")  # a short line ends its paragraph


def test_receipt_rows_keep_their_line_breaks() -> None:
    page = page_from_text(RECEIPT)
    assert reflowed_text(page) == page.text


def test_a_form_s_fields_keep_their_breaks_however_wide() -> None:
    """Fields printed under each other are rows, even when a long value fills the line
    ("생년월일: 1957년 4월 9일" ran on into "고객번호: 84690718" in the pane)."""
    form = "생년월일: 1957년 4월 9일 오전\n고객번호: 84690718\n주소: 한빛시 강변로 45-7 한빛아파트"
    page = page_from_text(form)
    assert reflowed_text(page) == form


def test_a_list_of_short_lines_keeps_its_breaks() -> None:
    page = page_from_text("Milk\nBread\nEggs and butter for the cake")
    assert reflowed_text(page) == page.text


@needs_tesseract
def test_demo_letter_reads_as_paragraphs() -> None:
    page = ReadPipeline(TesseractEngine(), "kor+eng").read(load_page("en")).page
    lines = reflowed_text(page).splitlines()
    assert any(
        "meets on Thursdays at 2 pm in the reading room. New members" in line for line in lines
    )
    assert "Riverside Library" in lines and "Kind regards," in "\n".join(lines)


@needs_tesseract
def test_a_photographed_receipt_keeps_its_rows(shared_data: Path) -> None:
    image = load_image(shared_data / "documents" / "camera" / "receipts" / "010.jpg")
    page = ReadPipeline(TesseractEngine(), "eng").read(image).page
    shown = reflowed_text(page)
    assert len(shown) == len(page.text)
    rows = shown.splitlines()
    assert any(row.startswith("TOTAL RM 14.10") for row in rows)
    assert any(row.startswith("CASH") for row in rows)
