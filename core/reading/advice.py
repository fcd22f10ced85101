"""What to tell the user after a reading that the camera's view made poor.

A blind user cannot see that the page fills only part of a webcam's view, nor that the words
read aloud are wrong because the print is too small in the frame to be read; they only hear
unlikely words. Where the letters were small in the frame and the reading came out unsure,
Bitna says so, and what to do. A page on which many words came out unsure (core/text/
doubt.py) was hard to read for some other reason; Bitna says that once, with what helps:
what the framing guidance (core/scene/framing.py) measured on the frame read, such as too
little light or a reflection, in the words it uses before a reading; only when it found
nothing, the general advice. That layer sits above this one, so the caller that has the
frame hands its measurement in as `view`.
Measured: benchmarks/README.md, "Small print" and "Unsure words".
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from core.plumbing.i18n import tr
from core.reading.confidence import mean_confidence
from core.reading.pipeline import ReadResult
from core.text.doubt import judge, unsure_share
from core.text.hunspell import shared_lexicon
from core.text.lexicon import Lexicon

log = logging.getLogger(__name__)

#: What would have helped the reading of the frame, as the framing measures it, or None
#: when it found nothing to do (core.scene.framing.reading_remedies on the frame read).
ViewRemedies = Callable[[], str | None]

#: Letters (median height, pixels of the camera frame) below this are small print for the
#: camera: a webcam's view of an A4 page of 8.5-9 point print has them at 7-8 px.
SMALL_PRINT = 12.0
#: ...and a reading of them with a mean word confidence below this is poor.
POOR_READING = 70.0
#: A page with more than this share of its words unsure was hard to read.
HARD_PAGE = 0.2


def reading_advice(
    result: ReadResult, lexicon: Lexicon | None = None, view: ViewRemedies | None = None
) -> str | None:
    """What to tell the user after `result`, or None: small print first (it says the one
    thing to do), else a page with many words unsure (judged with `lexicon`; None: the
    system's dictionaries), with what `view` found would help (measured only then)."""
    small = small_print_advice(result)
    if small is not None or result.page.is_empty:
        return small
    doubts = judge(result.page, lexicon if lexicon is not None else shared_lexicon())
    if unsure_share(doubts) <= HARD_PAGE:
        return None
    misread = tr("Many words on this page may be misread.")
    remedies = _measured(view)
    if remedies is None:
        remedies = tr(
            "For a better reading, give the page more light, hold it flat, and bring the "
            "camera a little closer."
        )
    return f"{misread} {remedies}"


def _measured(view: ViewRemedies | None) -> str | None:
    """What `view` says would help; None without one, or when measuring failed (the page
    read is worth more than the advice, so a failure here must not lose it)."""
    if view is None:
        return None
    try:
        return view()
    except Exception:  # the general advice is said instead
        log.warning("Could not measure the view of a page hard to read", exc_info=True)
        return None


def small_print_advice(result: ReadResult) -> str | None:
    """The advice to bring the camera closer, when the page's letters were small in the
    frame and its reading unsure; else None."""
    prepared = result.prepared
    if prepared is None or result.page.is_empty or prepared.scale <= 0:
        return None
    letter = prepared.letter_height / prepared.scale
    if letter >= SMALL_PRINT or mean_confidence(result.page) >= POOR_READING:
        return None
    return tr(
        "The print is small for the camera, so some words may be wrong. "
        "For a better reading, bring the camera closer to the page."
    )
