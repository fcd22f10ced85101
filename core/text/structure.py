"""A page as a document: headings, paragraphs, lists, fields and tables, in reading order.

The page model (`core.text.model`) says where each word is; this says what each part is,
so "Account number: 70717355" is a field with its value, a bill's items a table, and
exports carry real headings, lists and tables. Tables come from the read path (a block
with its `table`); the rest is told from the text and the letters' size.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from core.text.model import Block, Box, Line, Note, PageText, Table, Word

PartKind = Literal["heading", "paragraph", "list", "table", "field", "figure", "other"]

#: A block whose words are this many times the page's usual height is a heading...
HEADING_SIZE = 1.3
#: ...when it has at most this many words.
HEADING_WORDS = 12
#: Words further apart than this many times the usual word height are apart on the page.
PIECE_GAP = 3.0
#: "Label: value", the label of one to six words (Latin or Korean), a full-width colon too.
_FIELD = re.compile(r"^\s*(?P<label>[^:：]{1,40}?)\s*[:：]\s*(?P<value>\S.*)$")
#: A list item's mark: a bullet, or a number or letter followed by "." or ")".
_ITEM = re.compile(r"^\s*(?:[•·▪◦●○■□\-–*]|\(?\d{1,2}[.)]|\(?[a-zA-Z가-힣][.)]|[①-⑳])\s+")


@dataclass(frozen=True)
class Part:
    """One part of the document, in reading order.

    `text` is the part as read (a table's: its rows, one line each). A field also has
    its `label` and `value`, a list its `items`, a table its `table`.
    """

    kind: PartKind
    text: str
    box: Box
    confidence: float = 100.0
    label: str = ""
    value: str = ""
    items: tuple[str, ...] = ()
    table: Table | None = None
    note: Note | None = None


@dataclass(frozen=True)
class Document:
    """The parts of a page in reading order."""

    parts: tuple[Part, ...]
    width: int
    height: int
    languages: str

    def tables(self) -> Iterator[Table]:
        """Every table, in reading order."""
        return (part.table for part in self.parts if part.table is not None)

    def fields(self) -> Iterator[Part]:
        """Every field (label and value), in reading order."""
        return (part for part in self.parts if part.kind == "field")


def document_of(page: PageText) -> Document:
    """What each part of `page` is, in reading order."""
    heights = [word.box.height for word in page.words() if word.text.strip()]
    usual = statistics.median(heights) if heights else 0.0
    parts: list[Part] = []
    for block in page.blocks:
        if block.table is not None:
            parts.append(
                Part("table", block.text, block.box, _confidence(block.lines), table=block.table)
            )
        elif block.note is not None:
            parts.append(Part("figure", block.text, block.box, note=block.note))
        else:
            parts.extend(_parts(block, usual))
    # A scrap of punctuation (a speck read as "‘") is no part of the document.
    kept = [part for part in parts if any(c.isalnum() for c in part.text)]
    return Document(tuple(kept), page.width, page.height, page.languages)


def _parts(block: Block, usual: float) -> list[Part]:
    """The parts of a block of text: fields line by line, a list, a heading, or a
    paragraph (lines that are none of these, kept together)."""
    if _is_heading(block, usual):
        return [_part("heading", list(block.lines))]
    if len(block.lines) >= 2 and all(_ITEM.match(line.text) for line in block.lines):
        part = _part("list", list(block.lines))
        return [Part("list", part.text, part.box, part.confidence, items=_items(block.lines))]
    parts: list[Part] = []
    prose: list[Line] = []
    for line in (piece for whole in block.lines for piece in _pieces(whole, usual)):
        match = _FIELD.match(line.text)
        label_words = match.group("label").split() if match else []
        named = any(character.isalpha() for character in "".join(label_words))  # not "06:35"
        if match and named and len(label_words) <= 6 and not _ends_sentence(line.text):
            if prose:
                parts.append(_part("paragraph", prose))
                prose = []
            label, value = match.group("label"), match.group("value")
            parts.append(
                Part("field", line.text, line.box, _confidence([line]), label=label, value=value)
            )
        else:
            prose.append(line)
    if prose:
        parts.append(_part("paragraph", prose))
    return parts


def _pieces(line: Line, usual: float) -> list[Line]:
    """A line cut where its words lie far apart: an address beside a form's fields
    ("PO Box 412        Account number: 67576382") read as one line is two pieces."""
    gap = PIECE_GAP * usual
    pieces: list[list[Word]] = []
    for word in line.words:
        if pieces and (usual <= 0 or word.box.left - pieces[-1][-1].box.right <= gap):
            pieces[-1].append(word)
        else:
            pieces.append([word])
    if len(pieces) == 1:
        return [line]
    joined: list[list[Word]] = []
    for words in pieces:  # a label ("Bill date:") and its value set apart stay together
        if joined and joined[-1][-1].text.endswith((":", "：")):
            joined[-1] = joined[-1] + words
        else:
            joined.append(words)
    return [Line(tuple(words), Box.enclosing(w.box for w in words)) for words in joined]


def _ends_sentence(text: str) -> bool:
    """A line of prose that happens to hold a colon ("Note: pay by the 14th.") still
    reads as a field; one whose value is a long sentence, or a sentence going on in
    lower case ("Keep it: you may need to read it again."), does not."""
    value = text.split(":", 1)[-1].split("：", 1)[-1].strip()
    words = len(value.split())
    going_on = words > 5 and value[:1].islower()
    return (words > 8 or going_on) and value.endswith((".", "!", "?", "다."))


def _is_heading(block: Block, usual: float) -> bool:
    words = [word for line in block.lines for word in line.words]
    if not words or len(words) > HEADING_WORDS or len(block.lines) > 2 or usual <= 0:
        return False
    size = statistics.median(word.box.height for word in words)
    field = _FIELD.match(block.text)  # "신청일: 2026년 12월 21일", its boxes drawn tall
    if field and any(character.isdigit() for character in field.group("value")):
        return False
    return size >= HEADING_SIZE * usual and not block.text.rstrip().endswith((".", ","))


def _items(lines: tuple[Line, ...]) -> tuple[str, ...]:
    return tuple(_ITEM.sub("", line.text, count=1) for line in lines)


def _part(kind: PartKind, lines: list[Line]) -> Part:
    text = "\n".join(line.text for line in lines)
    return Part(kind, text, Box.enclosing(line.box for line in lines), _confidence(lines))


def _confidence(lines: list[Line] | tuple[Line, ...]) -> float:
    confidences = [word.confidence for line in lines for word in line.words]
    return statistics.fmean(confidences) if confidences else 100.0
