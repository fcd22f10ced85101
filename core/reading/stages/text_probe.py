"""Whether there is text in view at all, found by reading a little before reading much.

A frame of a rug, a face or a wood grain has no lines, so its ink does not show which way
its "text" runs (`Glance.turn_unsure`), and reading it whole costs minutes: Tesseract at
full size on thousands of marks. Pages whose ink cannot tell either (dense small print)
were already read a little each way to find which way up they are; that reading now also
decides whether there is text. First two small squares, where the letter-like marks are
densest and in the middle, are read as they lie; then, where that found no word or the
way up is still to be found, a larger square from the middle is read each way. No word
read surely in any of them, on a frame whose marks are mostly not letter-like, is "no
text", said at once. A frame with too few marks to measure letters by (a word on a
label, or specks) is looked at the same way; one with no letter-like mark holds no text.
Whatever way a frame was read, a reading with no word read surely and most words read
unsure is marks read as text, not text (`holds_text`): the pipeline says "no text".
Measured: benchmarks/README.md#no-text-in-view, #invented-text
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np

from core.document.fast_head import densest_letters, middle_square, square_around
from core.document.lighting import ink_mask
from core.document.prepare import Glance
from core.document.textsize import letter_share
from core.reading.confidence import confident_characters, mean_confidence
from core.reading.engines import Engines
from core.text.model import PageText
from core.text.script import hangul_count

log = logging.getLogger(__name__)

#: The side of the small squares read first, in letter heights: a few short lines.
PROBE_LETTERS = 14.0
#: A word read this surely, with this many letters or digits, is text; no frame without
#: text read one. Measured: benchmarks/README.md#no-text-in-view
SURE_CONFIDENCE = 80.0
SURE_LETTERS = 3
#: Hangul is read less surely: two syllables read this surely are a Korean word.
SURE_HANGUL_CONFIDENCE = 70.0
SURE_HANGUL = 2
#: A reading without a sure word holds text only where its words are read this surely on
#: the whole (a Korean line read at 55 and 93); marks read as text are read less surely.
#: Measured: benchmarks/README.md#invented-text
READ_SURELY = 60.0
#: A frame whose marks are this much letter-like is read even when no square read a word
#: surely: small print too blurred for a small square is still worth the whole reading.
LETTER_LIKE = 0.5


@dataclass(frozen=True)
class Sighting:
    """What a look for text found: whether there is any, and, where a square was read each
    way, its confident characters by quarter turns counter-clockwise (0, 1 and 3), for
    `orientation.way_up` to tell which way the text runs."""

    text: bool
    ways: dict[int, float] | None = None


def sure_words(page: PageText) -> int:
    """How many words of `page` are read surely enough to be text, not marks read as it."""
    sure = 0
    for word in page.words():
        if len({character for character in word.text if character.isalnum()}) < 2:
            continue  # one mark over and over ("AAA", "시시"): a knit's stitches read
        letters = sum(character.isalnum() for character in word.text)
        if not any(character.isalpha() for character in word.text):
            letters -= 1  # digits alone: "227" is read in a cat's fur, "2027" is a number
        latin = word.confidence >= SURE_CONFIDENCE and letters >= SURE_LETTERS
        korean = (
            word.confidence >= SURE_HANGUL_CONFIDENCE and hangul_count(word.text) >= SURE_HANGUL
        )
        sure += latin or korean
    return sure


def holds_text(page: PageText) -> bool:
    """Whether a whole reading of a page holds text: a word read surely, or words read
    surely enough on the whole. Bitna's own notes (a picture, a signature) do not count:
    they name ink, and a knit read as junk has them too."""
    read = replace(page, blocks=tuple(block for block in page.blocks if block.note is None))
    return sure_words(read) > 0 or mean_confidence(read) >= READ_SURELY


def look_for_text(glance: Glance, engines: Engines) -> Sighting:
    """Whether `glance` shows text, read a little where its ink cannot tell.

    A page whose ink shows lines of mostly letter-like marks is taken to hold text without
    reading: those are nearly all pages, and they pay nothing for the look. Lines of marks
    mostly not letter-like (a knit's rows of stitches, a webcam's page on a grainy desk)
    are looked at too, and read each way before they are taken for no text: the glance
    may have found their lines but not yet which way the letters run.
    """
    share = letter_share(ink_mask(glance.grey))
    lines = glance.letter is not None and not glance.turn_unsure
    if lines and share >= LETTER_LIKE:
        return Sighting(True)
    densest = densest_letters(glance, PROBE_LETTERS)
    if densest is None:
        log.info("No letter-like mark in view: no text")
        return Sighting(False)
    squares = [square_around(glance, densest, PROBE_LETTERS)]
    middle = square_around(glance, None, PROBE_LETTERS)
    if middle.shape != squares[0].shape or not np.array_equal(middle, squares[0]):
        squares.append(middle)
    with ThreadPoolExecutor(engines.workers, thread_name_prefix="ocr-look") as pool:
        seen = any(sure_words(page) for page in pool.map(_read_block(engines), squares))
        if seen and not glance.turn_unsure:
            return Sighting(True)
        if not seen and share < LETTER_LIKE and not lines:
            log.info("No word read surely; %.0f %% of the marks are letter-like", 100 * share)
            return Sighting(False)
        square = middle_square(glance)
        turned = [np.ascontiguousarray(np.rot90(square, turns)) for turns in (0, 1, 3)]
        readings = dict(zip((0, 1, 3), pool.map(_read_block(engines), turned), strict=True))
    if not seen and not any(sure_words(page) for page in readings.values()):
        log.info("No word read surely each way; %.0f %% of the marks are letter-like", 100 * share)
        return Sighting(glance.letter is not None and share >= LETTER_LIKE)
    return Sighting(True, {turns: confident_characters(page) for turns, page in readings.items()})


def _read_block(engines: Engines) -> Callable[[np.ndarray], PageText]:
    """Reads a square as one block of text."""
    return lambda image: engines.read(image, "block")
