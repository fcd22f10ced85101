"""The summary: what a document could be and what people look for first, never invented."""

from __future__ import annotations

import re
import shutil

import pytest

from core.plumbing.i18n import set_language
from core.reading.summary import DUE, FROM, PHONE, TOTAL, spoken, summarise
from core.text.model import Block, Box, Line, PageText, Word, page_from_text
from core.text.structure import document_of


def summary_of(text: str):  # type: ignore[no-untyped-def]
    return summarise(document_of(page_from_text(text)))


BILL = (
    "Riverside Water Company\n\n"
    "Account number: 70717355\nDue date: 14 January 2027\n"
    "Customer service: 0800 123 4567\n\n"
    "Amount due 347.95\n\nPlease pay by the due date. This bill is for October."
)


def test_a_bill_says_who_how_much_by_when_and_whom_to_call() -> None:
    summary = summary_of(BILL)
    assert summary.kind == "bill" and summary.kind_sure
    found = {item.what: item for item in summary.found}
    assert found[TOTAL].value == "347.95" and found[TOTAL].line == "Amount due 347.95"
    assert found[DUE].value == "14 January 2027" and found[DUE].sure
    assert found[PHONE].value == "0800 123 4567"
    assert found[FROM].value == "Riverside Water Company"
    assert not found[FROM].sure  # the first line, not a heading: a guess
    # An account number is not a phone number.
    assert [item.value for item in summary.found if item.what == PHONE] == ["0800 123 4567"]


def test_what_is_a_guess_is_said_as_could_be() -> None:
    said = spoken(summary_of(BILL))
    assert said.startswith("This is a bill.")
    assert "From could be: Riverside Water Company." in said
    assert "Amount could be: 347.95. From the line: Amount due 347.95." in said  # no colon


def test_a_korean_bill_with_syllables_read_apart() -> None:
    summary = summary_of("수도요금 청구서\n\n납 부 기한: 2027년 1월 14일\n합 계 34,510원")
    found = {item.what: item.value for item in summary.found}
    assert summary.kind == "bill"
    assert found[DUE] == "2027년 1월 14일"
    assert found[TOTAL] == "34,510원"
    set_language("ko")
    assert spoken(summary).startswith("청구서")


def test_nothing_is_invented_where_nothing_is_there() -> None:
    summary = summary_of("The garden is quiet in the morning.\nBirds sing in the old oak tree.")
    assert summary.kind is None
    assert [item.what for item in summary.found] == [FROM]
    said = spoken(summary)
    assert "I cannot tell what kind of document this is." in said
    assert "No amount to pay, due date or phone number was found." in said


def test_a_heading_is_the_sender_for_sure() -> None:
    big = Word("HANA", Box(40, 40, 300, 80), 95)
    body = page_from_text("Receipt\nTotal 12,000원\nCash 20,000원\nChange 8,000원")
    page = PageText((Block((Line((big,), big.box),), big.box), *body.blocks), 900, 900, "kor")
    summary = summarise(document_of(page))
    sender = next(item for item in summary.found if item.what == FROM)
    assert sender.value == "HANA" and sender.sure
    assert summary.kind == "receipt"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="no Tesseract")
@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_bill_read_by_tesseract_is_summed_up_from_its_own_lines(language: str) -> None:
    """On a generated water bill read by real Tesseract: the sender is the letterhead,
    not the title ("Water and Sewer Bill"), the amount and due date are the bill's, the
    phone number is found, and every item comes from a line that was read."""
    from benchmarks.document_pages import generate, specs
    from core.ocr.tesseract import TesseractEngine
    from core.reading.pipeline import ReadPipeline

    spec = next(s for s in specs() if (s.kind, s.language, s.ruling) == ("bill", language, "none"))
    image, truth = generate(spec)
    languages = "eng" if language == "en" else "kor+eng"
    page = ReadPipeline(TesseractEngine(), languages).read(image).page
    summary = summarise(document_of(page))
    fields = {b["label"]: b["value"] for b in truth["blocks"] if b["kind"] == "field"}
    found = {item.what: item for item in summary.found}
    assert summary.kind == "bill"
    assert found[FROM].value == truth["blocks"][0]["text"]
    amount, due = ("Amount due", "Due date") if language == "en" else ("납부하실 금액", "납부기한")
    assert found[TOTAL].value.replace(" ", "") in fields[amount]
    assert found[DUE].value.replace(" ", "") == fields[due].replace(" ", "")
    phone = re.search(r"\d{4}[ -]\d{3,4}(?:[ -]\d{4})?", truth["blocks"][2]["text"])
    assert phone is not None
    assert phone.group() in [item.value for item in summary.found if item.what == PHONE]
    text = " ".join(page.text.split())
    assert all(" ".join(item.line.split()) in text for item in summary.found)
