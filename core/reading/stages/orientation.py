"""Which way up the page is, found by reading: what the ink alone cannot tell.

The ink shows that a page lies sideways but not which way round, and shows nothing of a
page upside down; dense small print in narrow columns does not even show which way its
lines run. Reading a little of the page each way tells, and costs time only on the pages
that need it: `way_up` turns the glance before the page is prepared, `upright` turns a
page read at once that reads unsure, and `reads_better_turned` tests the head of a page
being streamed. Measured: benchmarks/README.md, "Which way up".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from core.document.fast_head import cut_piece, glance_heads
from core.document.head import find_heads
from core.document.prepare import Glance, PreparedPage
from core.reading.confidence import confident_characters, mean_confidence
from core.reading.crops import cut, levelled, piece_layout
from core.reading.engines import Engines
from core.reading.stages.text_probe import Sighting, look_for_text
from core.text.model import PageText

log = logging.getLogger(__name__)

#: The page is turned over when the turned reading has this many times the confident text.
TURN_MARGIN = 1.5
#: Mean word confidence of the head below which the page may be upside down...
TURN_SUSPECT = 70.0
#: ...and the gain in mean confidence that shows it is, when read turned.
TURN_GAIN = 20.0
#: Confident characters a piece must hold read turned for that to say anything.
TURN_MIN_TEXT = 8.0

#: Recognises a prepared page (the pipeline's whole reading, stages included).
Recognise = Callable[[PreparedPage], PageText]


def way_up(glance: Glance, engines: Engines, sighting: Sighting | None = None) -> Glance:
    """The glance turned so its text reads, not sideways or upside down.

    A sideways page is turned a quarter counter-clockwise by the ink, which leaves it
    upside down half the time: its first line is read both ways, on both cores, and the
    way that reads more confidently is kept. Where the ink could not tell whether the
    text runs across or up and down, squares of it are read each way: `sighting`, the
    pipeline's look for text, when it was made (`text_probe.look_for_text`).
    """
    if glance.turn_unsure:
        return _as_read(glance, sighting or look_for_text(glance, engines))
    if not glance.quarter_turns:
        return glance
    head = next(glance_heads(glance), None)
    if head is None:
        return glance
    box = head.pieces[0]
    crop = levelled(cut_piece(glance, box))
    upside_down = np.ascontiguousarray(crop[::-1, ::-1])
    layout = piece_layout(0, box, (glance.letter or 30.0) * glance.factor)
    with ThreadPoolExecutor(1, thread_name_prefix="ocr-turned") as other_core:
        reading_turned = other_core.submit(engines.read, upside_down, layout)
        as_is = engines.read(crop, layout)
        turned = reading_turned.result()
    as_is_text, turned_text = confident_characters(as_is), confident_characters(turned)
    log.info("Sideways page: its first line reads %.0f, %.0f turned", as_is_text, turned_text)
    if turned_text >= TURN_MIN_TEXT and turned_text > as_is_text:
        return glance.turned_over()
    return glance


def _as_read(glance: Glance, sighting: Sighting) -> Glance:
    """The glance turned the way its text read best (`look_for_text` read a square each
    way), when the ink could not tell whether it runs across or up and down. When no way
    read clearly best, or none was read, the ink's guess stands."""
    text = sighting.ways or {}
    log.info("Which way the text runs: %s confident characters by quarter turns", text)
    best = max(text, key=lambda turns: text[turns], default=None)
    others = max((value for turns, value in text.items() if turns != best), default=0.0)
    if best is None or text[best] < TURN_MIN_TEXT or text[best] < TURN_MARGIN * others:
        return glance.measured(bool(glance.quarter_turns))
    measured = glance.measured(best != 0)
    return measured.turned_over() if best == 3 else measured


def upright(
    prepared: PreparedPage, page: PageText, engines: Engines, recognise: Recognise
) -> tuple[PreparedPage, PageText]:
    """A page read at once (not streamed), turned over and read again when it was upside
    down: the streamed reading's test, on the first line of the page's head, made only
    when the page read unsure (an upright page costs nothing more)."""
    if mean_confidence(page) >= TURN_SUSPECT:
        return prepared, page
    picture = prepared.image
    first = next(find_heads(picture, prepared.text_regions, prepared.letter_height), None)
    if first is None:
        return prepared, page
    box = first.pieces[0]
    crop = levelled(cut(picture, box))
    line = engines.read(crop, piece_layout(0, box, prepared.letter_height))
    if reads_better_turned(crop, line, engines):
        return turned_if_better(prepared, lambda: page, recognise)
    return prepared, page


def turned_if_better(
    prepared: PreparedPage, as_is: Callable[[], PageText], recognise: Recognise
) -> tuple[PreparedPage, PageText]:
    """The whole page read turned over, when that reads better than `as_is` gives it.

    One line is a small sample (a receipt's logo reads as junk either way up), so the
    whole page decides, read turned on this thread while `as_is` may be reading on
    another; nothing is handed on before that: the rare price of an upside-down page.
    """
    turned = prepared.turned_over()
    turned_page = recognise(turned)
    as_is_page = as_is()
    turned_text = confident_characters(turned_page)
    as_is_text = confident_characters(as_is_page)
    log.info("The page reads %.0f as it is, %.0f turned over", as_is_text, turned_text)
    if turned_text > as_is_text:
        return turned, turned_page
    return prepared, as_is_page


def reads_better_turned(piece_image: np.ndarray, piece: PageText, engines: Engines) -> bool:
    """True when a piece of the head, read unsure, reads clearly better turned by 180°.

    Upside-down Latin text still reads with middling confidence, so the test is a clear
    gain in mean confidence without losing text, or much more confident text.
    """
    if mean_confidence(piece) >= TURN_SUSPECT:
        return False
    turned = engines.read(np.ascontiguousarray(piece_image[::-1, ::-1]), "block")
    as_is_text, turned_text = confident_characters(piece), confident_characters(turned)
    gain = mean_confidence(turned) - mean_confidence(piece)
    log.debug("The head reads %.0f as is, %.0f turned", as_is_text, turned_text)
    if turned_text < TURN_MIN_TEXT:
        return False  # a scrap either way up
    if (gain >= TURN_GAIN and turned_text >= as_is_text) or (
        turned_text > TURN_MARGIN * as_is_text + 5
    ):
        log.info("The page may be upside down (%.0f vs %.0f)", turned_text, as_is_text)
        return True
    return False
