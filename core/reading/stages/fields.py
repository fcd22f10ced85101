"""A form's label and its value kept together: Tesseract's layout may put a label ("성명:")
in one block and the value printed beside it ("정우진") at the end of the paragraph above,
so the value is read before its label and the label is read alone.

A line that is a bare label (it ends with a colon) takes the nearest line to its right on
the same row, from wherever the reading put it, when nothing else lies between them.
"""

from __future__ import annotations

from core.reading.engines import PageReading
from core.text.model import Block, Box, Line, PageText

#: A label has at most this many words ("Date of birth:", "가구원 수:").
LABEL_WORDS = 4
#: A value lies at most this many of the label's heights to its right...
REACH = 15.0
#: ...with its middle at most this share of the label's height above or below the label's.
ROW = 0.5


def values_beside_labels(page: PageText, _reading: PageReading | None = None) -> PageText:
    """The stage: each bare label's line with its value's words after it."""
    lines = [line for block in page.blocks if block.table is None for line in block.lines]
    taken: dict[int, Line] = {}  # id of a value's line -> the label line it joins
    for label in lines:
        if not _bare_label(label) or id(label) in taken:
            continue
        value = _value_of(label, lines, taken)
        if value is not None:
            taken[id(value)] = label
    if not taken:
        return page
    joined: dict[int, Line] = {}
    for value_id, label in taken.items():
        value = next(line for line in lines if id(line) == value_id)
        words = label.words + value.words
        joined[id(label)] = Line(words, Box.enclosing(word.box for word in words))
    blocks: list[Block] = []
    for block in page.blocks:
        if block.table is not None:
            blocks.append(block)
            continue
        kept = [joined.get(id(line), line) for line in block.lines if id(line) not in taken]
        if kept == list(block.lines):
            blocks.append(block)
        elif kept:
            blocks.append(Block(tuple(kept), Box.enclosing(line.box for line in kept)))
    return PageText(tuple(blocks), page.width, page.height, page.languages)


def _bare_label(line: Line) -> bool:
    """A label of a few words ending with a colon; not a sentence's line running on to a
    colon ("kids need most from a dad:" at a column's edge, its next column beside it)."""
    text = line.text.strip()
    return (
        text.endswith((":", "："))
        and any(c.isalpha() for c in text)
        and not text[0].islower()
        and len(line.words) <= LABEL_WORDS
    )


def _value_of(label: Line, lines: list[Line], taken: dict[int, Line]) -> Line | None:
    """The nearest line right of `label` on its row, with nothing between them."""
    height = label.box.height
    middle = label.box.top + height / 2
    beside = [
        line
        for line in lines
        if line is not label
        and id(line) not in taken
        and not _bare_label(line)
        and 0 <= line.box.left - label.box.right <= REACH * height
        and abs(line.box.top + line.box.height / 2 - middle) <= ROW * height
    ]
    if not beside:
        return None
    nearest = min(beside, key=lambda line: line.box.left)
    between = Box(label.box.right, label.box.top, nearest.box.left - label.box.right, height)
    for line in lines:
        for word in line.words:
            box = word.box
            if line is not nearest and line is not label and box.shared_area(between) > 0:
                return None
    return nearest
