"""First letters a reading left out: Tesseract often drops the first syllable of a bold
Korean label ("성명:" read "명:", "고객번호:" read "객번호:", "예금주:" read "금주:"), and a
label that lost its head is a different word, or no word.

Where ink lies just left of a line's first word (or of a piece set apart on its row, a
field's label), close enough to be its letters and on no other word, the word is read
again with that ink, all such words in one Tesseract run. The new reading is kept only
when it ends with the old one and adds whole letters in front of it: a bullet, a box or a
rule read before a word adds no letter, and a reading that changes the word is not
trusted over the first.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import numpy as np

from core.document.lighting import ink_mask
from core.document.sheet import read_stacked
from core.document.tables import CELL_GAP
from core.reading.crops import PAD, cut, padded
from core.reading.engines import PageReading
from core.text.model import Box, PageText, Word, with_words
from core.text.script import hangul_share

log = logging.getLogger(__name__)

#: Blank allowed between a dropped letter and the word, in letter heights (a letter's
#: spacing, not a word space).
SPACING = 0.45
#: The ink looked at left of a word reaches this many letter heights.
REACH = 2.5
#: Ink narrower than this many letter heights is a rule or a speck, not a letter.
NARROW = 0.35
#: Ink lower than this many letter heights is a bullet or a dash, not a letter.
LOW = 0.6
#: Blank inside the ink taken as one letter, in letter heights (between a syllable's parts).
INSIDE = 0.25
#: A word's letters read again are kept at this confidence or more.
CONFIDENCE = 60.0
#: Words read again per page at most: more is a picture's edge beside the text.
MAX_WORDS = 30
#: Hangul letters on their own (ㄱ, ㅏ): a box or a speck read as Korean, never a
#: dropped syllable.
_JAMO = re.compile(r"[\u3131-\u318e]")


def read_first_letters(page: PageText, reading: PageReading) -> PageText:
    """The stage: `page` with the first letters its reading left out read back."""
    prepared = reading.prepared
    picture, letter = prepared.image, prepared.letter_height
    if letter <= 0 or not any(True for _ in page.words()):
        return page
    ink = ink_mask(picture)
    boxes = [word.box for word in page.words()]
    found = [
        (word, left)
        for word in _piece_starts(page, letter)
        if (left := _ink_before(word, ink, boxes, letter)) is not None
    ]
    if not found or len(found) > MAX_WORDS:
        return page
    crops = []
    places = []
    margin = round(letter * 0.3)
    for word, left in found:
        box = Box(left, word.box.top - margin, word.box.right - left, word.box.height + 2 * margin)
        crops.append(padded(cut(picture, box)))
        places.append((max(0, box.left) - PAD, max(0, box.top) - PAD))
    blocks = read_stacked(
        crops, places, round(3 * letter), lambda sheet: reading.engines.read(sheet, "block")
    )
    again: dict[int, Word] = {}
    for (word, left), place in zip(found, places, strict=True):
        read = [
            w for block in blocks for line in block.lines for w in line.words
            if _inside(w.box, place, word)
        ]  # fmt: skip
        better = _with_head(word, read, left)
        if better is not None:
            again[id(word)] = better
    log.info("Words with ink before them read again: %d, %d longer", len(found), len(again))
    if not again:
        return page
    return with_words(page, lambda word: (again.get(id(word), word),))


def _piece_starts(page: PageText, letter: float) -> Iterator[Word]:
    """Each line's first word, and the first word after a gap wider than a word space (a
    label and its value set apart, as a table's cells are: `CELL_GAP`)."""
    for line in page.lines():
        before: Word | None = None
        for word in line.words:
            if before is None or word.box.left - before.box.right > CELL_GAP * letter:
                yield word
            before = word


def _ink_before(word: Word, ink: np.ndarray, boxes: list[Box], letter: float) -> int | None:
    """The left edge of ink that looks like letters the word lost, or None."""
    box = word.box
    top, bottom = max(0, box.top), min(ink.shape[0], box.bottom)
    start = max(0, round(box.left - REACH * letter))
    if bottom - top < 2 or box.left - start < NARROW * letter:
        return None
    columns = np.asarray(ink[top:bottom, start : box.left].any(axis=0), dtype=bool)
    inked = np.flatnonzero(columns)
    if not inked.size or len(columns) - 1 - int(inked[-1]) > SPACING * letter:
        return None  # nothing within a letter's spacing: the word starts where it says
    right = left = int(inked[-1])
    for index in inked[::-1]:  # leftwards over the letters' strokes and the gaps in them
        if left - int(index) > INSIDE * letter:
            break
        left = int(index)
    else:
        if left <= INSIDE * letter:
            return None  # the ink runs on past the reach: a picture, or words on a row
    if right - left + 1 < NARROW * letter:
        return None
    rows = np.flatnonzero(ink[top:bottom, start + left : start + right + 1].any(axis=1))
    if rows[-1] - rows[0] + 1 < LOW * letter:
        return None  # a bullet, a dash or a speck: lower than a letter
    edge = start + left
    taken = Box(edge, top, box.left - edge, bottom - top)
    if any(other is not box and other.shared_area(taken) > 0 for other in boxes):
        return None
    return edge


def _inside(box: Box, place: tuple[int, int], word: Word) -> bool:
    """A word read on the crop made for `word` (whose top-left pixel is `place`)."""
    across, down = box.left + box.width / 2, box.top + box.height / 2
    return place[0] <= across <= word.box.right + PAD and place[1] <= down <= word.box.bottom + PAD


def _mostly_inside(inner: Box, outer: Box) -> bool:
    """Most of `inner` lies in the larger `outer`: the same letters read twice (the lower
    half of "예금주:" read again as "uT:")."""
    return inner.area < outer.area and inner.shared_area(outer) > inner.area / 2


def _with_head(word: Word, read: list[Word], left: int) -> Word | None:
    """The word with the letters before it, when the new reading is the old one with
    whole letters in front; else None."""
    read = [w for w in read if not any(_mostly_inside(w.box, o.box) for o in read if o is not w)]
    if not read or min(w.confidence for w in read) < CONFIDENCE:
        return None
    text = "".join(w.text for w in read)
    if not text.endswith(word.text) or len(text) <= len(word.text):
        return None
    head = text[: -len(word.text)]
    if _JAMO.search(head) or not any(c.isalnum() for c in head):
        return None
    if hangul_share(word.text) and not hangul_share(head):
        return None  # Latin or digits before a Korean label: a mark read as letters
    box = Box(left, word.box.top, word.box.right - left, word.box.height)
    return Word(text, box, min(word.confidence, *(w.confidence for w in read)))
