"""What a document is and the few things people look for first in it, each with its line.

A blind reader handed a letter wants to know first what it is and what it wants: who sent
it, how much to pay, by when, which number to call. This finds those by plain rules on the
structured page (fields, table rows, lines), and never invents: every item comes with the
line it was read from, and where a rule is only a guess (the sender is the first line,
the kind is told by a few words) it is said as "could be".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from core.plumbing.i18n import mark_tr, tr
from core.text.structure import Document, Part

Kind = Literal["bill", "receipt", "statement", "timetable", "letter", "leaflet"]

#: Words that tell each kind of document, in English and Korean (lower case).
_KIND_WORDS: dict[Kind, tuple[str, ...]] = {
    "bill": (
        "bill",
        "amount due",
        "due date",
        "pay by",
        "invoice",
        "청구서",
        "납부",
        "요금",
        "고지서",
    ),
    "receipt": ("receipt", "subtotal", "cash", "change", "tax", "qty", "영수증", "합계", "결제"),
    "statement": (
        "statement",
        "balance",
        "opening",
        "closing",
        "debit",
        "credit",
        "거래내역",
        "잔액",
    ),
    "timetable": ("timetable", "departs", "arrives", "platform", "route", "시간표", "출발", "도착"),
    "letter": ("dear", "sincerely", "regards", "yours", "안녕하세요", "드림", "올림", "귀하"),
    "leaflet": ("dose", "tablet", "capsule", "side effects", "용법", "용량", "복용", "부작용"),
}
KIND_NAMES: dict[Kind, str] = {
    "bill": mark_tr("a bill"),
    "receipt": mark_tr("a receipt"),
    "statement": mark_tr("a statement"),
    "timetable": mark_tr("a timetable"),
    "letter": mark_tr("a letter"),
    "leaflet": mark_tr("a leaflet"),
}


def _label(*names: str) -> re.Pattern[str]:
    """Any of `names`, case aside; Korean ones also read with spaces between syllables
    (Tesseract often parts them: "납 부 기한")."""
    spaced = [r"\s*".join(re.escape(c) for c in name) if _hangul(name) else name for name in names]
    return re.compile("|".join(spaced), re.IGNORECASE)


def _hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


_TOTAL = _label(
    "amount due",
    "total due",
    "balance due",
    "to pay",
    "grand total",
    "total",
    "청구금액",
    "납부금액",
    "합계",
    "총액",
)
_DUE = _label("due date", "pay by", "payment due", "due by", "납부기한", "납기")
_PHONE_LABEL = _label("phone", "tel", "call", "fax", "mobile", "전화", "연락처", "문의")
#: Words of a document's title, not of its sender's name.
_TITLE = re.compile(
    r"\b(bill|invoice|statement|receipt|timetable|application|leaflet)\b|청구서|고지서|영수증|시간표|"
    r"거래\s*내역|신청서|설명서",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<!\d)(?:\+?\d{1,3}[ -])?(?:\(?\d{2,4}\)?[ -]?){2,3}\d{3,4}(?!\d)")
_AMOUNT = re.compile(r"[$€£₩]?\s?\d[\d,]*(?:\.\d{2})?\s?(?:원|won)?", re.IGNORECASE)
_DATE = re.compile(
    r"\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}"
)


@dataclass(frozen=True)
class Found:
    """One thing found: what it is, its value, the line it was read from, and whether the
    rule is sure."""

    what: str  # a mark_tr'd name: "From", "Total", "Due date", "Phone"
    value: str
    line: str
    sure: bool


@dataclass(frozen=True)
class Summary:
    """What the document could be and what was found in it."""

    kind: Kind | None
    kind_sure: bool
    found: tuple[Found, ...]


FROM = mark_tr("From")
TOTAL = mark_tr("Amount")
DUE = mark_tr("Due date")
PHONE = mark_tr("Phone")


def summarise(document: Document) -> Summary:
    """The kind of `document` and its sender, amount, due date and phone numbers."""
    lines = [line for part in document.parts for line in _lines(part)]
    kind, sure = _kind(" \n".join(lines).lower())
    found: list[Found] = []
    sender = _sender(document)
    if sender is not None:
        found.append(sender)
    found += _labelled(document, _TOTAL, _AMOUNT, TOTAL)[:1]
    found += _labelled(document, _DUE, _DATE, DUE)[:1]
    phones: list[Found] = []
    for line in lines:
        for match in _PHONE.finditer(line):
            number = match.group().strip()
            digits = sum(c.isdigit() for c in number)
            grouped = any(mark in number for mark in " -)")
            named = _PHONE_LABEL.search(line) is not None
            if digits >= 8 and (grouped or named) and not _DATE.search(number):
                phones.append(Found(PHONE, number, line, named))
    found += _unique(phones)[:2]
    return Summary(kind, sure, tuple(found))


def spoken(summary: Summary) -> str:
    """The summary as Bitna says it: guesses as "could be", each item with its line when
    the value alone would not say where it came from."""
    sentences: list[str] = []
    if summary.kind is not None:
        kind = tr(KIND_NAMES[summary.kind])
        sentences.append(
            tr("This is {kind}.", kind=kind)
            if summary.kind_sure
            else tr("Could be {kind}.", kind=kind)
        )
    else:
        sentences.append(tr("I cannot tell what kind of document this is."))
    for item in summary.found:
        what = tr(item.what)
        if item.sure:
            sentences.append(tr("{what}: {value}.", what=what, value=item.value))
        else:
            sentences.append(tr("{what} could be: {value}.", what=what, value=item.value))
        if item.line.strip() != item.value.strip():
            sentences.append(tr("From the line: {line}.", line=item.line.rstrip(". ")))
    if len(summary.found) == (1 if any(f.what == FROM for f in summary.found) else 0):
        sentences.append(tr("No amount to pay, due date or phone number was found."))
    return " ".join(sentences)


def _kind(text: str) -> tuple[Kind | None, bool]:
    scores = {kind: sum(1 for word in words if word in text) for kind, words in _KIND_WORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == 0:
        return None, False
    return best, top >= 2 and top >= 2 * second


def _sender(document: Document) -> Found | None:
    """The sender: the first heading (sure), else the first line (a guess); a letterhead
    line above a heading that is the document's title ("Water and Sewer Bill") is the
    sender, not the title (a guess)."""
    first: str | None = None
    for part in document.parts:
        if part.kind == "heading":
            name = part.text.replace("\n", " ")
            if first is not None and _TITLE.search(name):
                return Found(FROM, first, first, False)
            return Found(FROM, name, name, True)
        if first is None:
            first = next((line.strip() for line in _lines(part) if line.strip()), None)
    if first is not None:
        return Found(FROM, first, first, False)
    return None


def _labelled(
    document: Document, label: re.Pattern[str], value: re.Pattern[str], what: str
) -> list[Found]:
    """Values next to a label: a field's, a table row's (the row's last filled cell with
    a value), or a line's after the label (a guess)."""
    found: list[Found] = []
    for part in document.parts:
        if part.kind == "field" and label.search(part.label):
            match = value.search(part.value)
            if match:
                found.append(Found(what, match.group().strip(), part.text, True))
        elif part.table is not None:
            for row in part.table.body:
                cells = [cell.text for cell in row if cell.text]
                if cells and label.search(cells[0]):
                    values = [v for v in cells[1:] if value.fullmatch(v.strip())]
                    if values:
                        found.append(Found(what, values[-1], " ".join(cells), True))
    if found:
        return found
    for part in document.parts:
        for line in _lines(part):
            match = label.search(line)
            if match:
                after = value.search(line, match.end())
                if after and any(c.isdigit() for c in after.group()):
                    found.append(Found(what, after.group().strip(), line, False))
    return found


def _lines(part: Part) -> list[str]:
    return part.text.split("\n")


def _unique(found: Iterable[Found]) -> list[Found]:
    seen: set[str] = set()
    kept = []
    for item in found:
        key = "".join(c for c in item.value if c.isdigit())
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept
