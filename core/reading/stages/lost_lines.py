"""Lines of text that Tesseract's layout left out, found, so they can be read on their own.

Tesseract's line finder sometimes drops a whole line of a slightly blurred page, in its
automatic layout and read as one column alike, while reading the lines around it at high
confidence: nothing shows the gap, and a blind reader cannot notice a missing line. Our
own layout finds every line's ink (`core/document/lines.py`); a line on which the reading
has no word is cut out and read alone, and what it reads confidently and new is put back
in its place. Measured: benchmarks/README.md, "Page stages".

Most lines left without words are not text: a picture's or a rule's ink, the edge of the
desk. They read as scraps at low confidence, and are dropped (`confident_new_lines`).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Sequence

import cv2
import numpy as np

from core.document.lines import unread_lines
from core.document.sheet import read_stacked
from core.reading.crops import PAD, cut, levelled
from core.reading.engines import PageReading
from core.text.model import Block, Box, Line, PageText, Word

log = logging.getLogger(__name__)

#: Pieces of a lost line on one row closer than this many letter heights are one line (a
#: blurred line falls apart into words in our layout); a wider gap may be between columns.
JOIN_GAP_LETTERS = 1.5
#: Rows kept above and below a lost line's ink when it is cut out, in letter heights...
MARGIN_LETTERS = 0.3
#: ...and the white put around it, in letter heights: with too little, Tesseract finds
#: nothing on the line.
WHITE_LETTERS = 1.5
#: Lost lines read at most: more than this is a picture's ink, not lines Tesseract dropped.
MAX_LINES = 12
#: Short lines without words on rows that were read (a bill's columns of numbers, a
#: field's value) read at most; more is a picture's ink...
MAX_PIECES = 40
#: ...each at most this many letter heights wide.
PIECE_LETTERS = 8
#: A lost line's ink is at most this many letter heights tall (taller: a picture, or
#: lines our layout could not part).
LINE_LETTERS = 3.0
#: A word read on a lost line is kept at this confidence or more (junk reads below 70).
WORD_CONFIDENCE = 85.0
#: ...and a line is kept when one of its kept words has this many letters or digits.
LETTERS_IN_A_WORD = 3
#: A line read again joins a block that overlaps it sideways and lies within this many
#: letter heights above or below it; else it is a block of its own.
NEAR_LETTERS = 1.5


def read_lost_lines(page: PageText, reading: PageReading) -> PageText:
    """The stage: `page` with the lines its reading left out read on their own and put
    back in their place, all in one Tesseract run (see core/document/sheet.py)."""
    prepared = reading.prepared
    picture, letter = prepared.image, prepared.letter_height
    unread = unread_lines(page, reading.lines, picture.shape)
    # Short pieces on rows the reading read (a bill's columns of numbers, a value beside
    # its label) are many on a table, yet no picture's scraps.
    beside = [box for box in unread if _beside_words(box, page, letter)]
    pieces = [box for box in beside if box.height <= LINE_LETTERS * letter]
    lost = worth_reading([box for box in unread if box not in beside], letter)
    lost += pieces if len(pieces) <= MAX_PIECES else []
    if not lost:
        return page
    boxes = [cut_box(box, letter, picture.shape[0]) for box in lost]
    crops = [in_white(cut(picture, box), letter) for box in boxes]
    places = [
        (box.left - PAD - border, box.top - PAD - border)
        for box, (_, border) in zip(boxes, crops, strict=True)
    ]
    level = [levelled(crop) for crop, _ in crops]
    read = read_stacked(
        level, places, round(3 * letter), lambda sheet: reading.engines.read(sheet, "block")
    )
    found = [line for block in read for line in block.lines]
    new = confident_new_lines(found, page)
    log.info("%d lines or pieces without words read again: %d kept", len(lost), len(new))
    return with_lines(page, new, letter) if new else page


def _beside_words(box: Box, page: PageText, letter: float) -> bool:
    """A short piece (`PIECE_LETTERS` wide at most) on the row of a word read elsewhere."""
    if box.width > PIECE_LETTERS * letter:
        return False
    return any(
        min(box.bottom, word.box.bottom) - max(box.top, word.box.top) >= box.height / 2
        for word in page.words()
    )


def worth_reading(lost: Sequence[Box], letter: float) -> list[Box]:
    """The lost lines to read again: none when there are too many (a picture), and only
    those of a line's height, joined where they lie on one row."""
    lines = [box for box in lost if box.height <= LINE_LETTERS * letter]
    joined = joined_on_rows(lines, letter)
    return joined if len(joined) <= MAX_LINES else []


def joined_on_rows(boxes: Iterable[Box], letter: float) -> list[Box]:
    """Pieces of lost lines that lie on one row, close together, joined into one box."""
    joined = sorted(boxes, key=lambda box: (box.left, box.top))
    merged = True
    while merged:  # until no two boxes are left to join (a join can bridge to a third)
        merged = False
        for first, second in itertools.combinations(range(len(joined)), 2):
            if _one_row(joined[first], joined[second], letter):
                joined[first] = joined[first].union(joined.pop(second))
                merged = True
                break
    return sorted(joined, key=lambda box: (box.top, box.left))


def _one_row(first: Box, second: Box, letter: float) -> bool:
    overlap = min(first.bottom, second.bottom) - max(first.top, second.top)
    gap = max(first.left - second.right, second.left - first.right)
    return overlap >= 0.5 * min(first.height, second.height) and gap <= JOIN_GAP_LETTERS * letter


def cut_box(box: Box, letter: float, height: int) -> Box:
    """`box` with a margin of white rows above and below, inside a page `height` tall."""
    margin = round(MARGIN_LETTERS * letter)
    top, bottom = max(0, box.top - margin), min(height, box.bottom + margin)
    return Box(box.left, top, box.width, bottom - top)


def in_white(crop: np.ndarray, letter: float) -> tuple[np.ndarray, int]:
    """A lost line cut out, with white around it (`WHITE_LETTERS`), and the border's width."""
    border = round(WHITE_LETTERS * letter)
    return cv2.copyMakeBorder(crop, *(border,) * 4, cv2.BORDER_CONSTANT, value=255), border


def confident_new_lines(found: Iterable[Line], page: PageText) -> list[Line]:
    """The lines read again, keeping only confident words that `page` does not have where
    they lie (a line our layout saw in two pieces may have been read in one), and only
    lines left with a real word."""
    known = [word.box for word in page.words()]

    def new(word: Word) -> bool:
        return not any(_overlap(word.box, box) for box in known)

    kept: list[Line] = []
    for line in found:
        words = tuple(w for w in line.words if w.confidence >= WORD_CONFIDENCE and new(w))
        if any(sum(c.isalnum() for c in word.text) >= LETTERS_IN_A_WORD for word in words):
            kept.append(Line(words, Box.enclosing(word.box for word in words)))
    return kept


def with_lines(page: PageText, lines: Iterable[Line], letter: float) -> PageText:
    """`page` with `lines` put where they belong: into the first block (in reading order)
    that they lie next to, in their place among its lines; else as a block of their own,
    before the first block below them in their column."""
    blocks = list(page.blocks)
    for line in sorted(lines, key=lambda line: line.box.top):
        beside = (i for i, block in enumerate(blocks) if _near(block.box, line.box, letter))
        near = next(beside, None)
        if near is not None:
            block = blocks[near]
            ordered = sorted((*block.lines, line), key=lambda each: each.box.top)
            blocks[near] = Block(tuple(ordered), block.box.union(line.box))
            continue
        below = next(
            (
                i
                for i, block in enumerate(blocks)
                if block.box.top > line.box.top and _sideways_overlap(block.box, line.box)
            ),
            len(blocks),
        )
        blocks.insert(below, Block((line,), line.box))
    return PageText(tuple(blocks), page.width, page.height, page.languages)


def _near(block: Box, line: Box, letter: float) -> bool:
    reach = NEAR_LETTERS * letter
    return (
        _sideways_overlap(block, line)
        and line.top <= block.bottom + reach
        and line.bottom >= block.top - reach
    )


def _sideways_overlap(first: Box, second: Box) -> bool:
    return min(first.right, second.right) > max(first.left, second.left)


def _overlap(first: Box, second: Box) -> bool:
    """Whether two word boxes share more than half of the smaller one."""
    width = min(first.right, second.right) - max(first.left, second.left)
    height = min(first.bottom, second.bottom) - max(first.top, second.top)
    if width <= 0 or height <= 0:
        return False
    smaller = min(first.area, second.area)
    return width * height > smaller / 2
