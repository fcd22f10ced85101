"""What to tell the user after a reading that the camera's view made poor.

A blind user cannot see that the page fills only part of a webcam's view, nor that the words
read aloud are wrong because the print is too small in the frame to be read; they only hear
unlikely words. Where the letters were small in the frame and the reading came out unsure,
Bitna says so, and what to do. Measured: benchmarks/README.md, "Small print".
"""

from __future__ import annotations

from core.plumbing.i18n import tr
from core.reading.confidence import mean_confidence
from core.reading.pipeline import ReadResult

#: Letters (median height, pixels of the camera frame) below this are small print for the
#: camera: a webcam's view of an A4 page of 8.5-9 point print has them at 7-8 px.
SMALL_PRINT = 12.0
#: ...and a reading of them with a mean word confidence below this is poor.
POOR_READING = 70.0


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
