"""What live text sees and says."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from core.text.model import Box

#: Why something was said: a line of text, an expiry date on its own, a turned label's line.
HeardKind = Literal["line", "expiry", "label"]


@dataclass(frozen=True)
class SeenLine:
    """One line of text read in a frame: its text, its box in the frame's pixels, the mean
    confidence of its words (0-100), its language ("en", "ko") where known, and whether it
    may go on past the frame's edge (`cut`: its print reaches the edge)."""

    text: str
    box: Box
    confidence: float
    language: str | None = None
    cut: bool = False


@dataclass(frozen=True)
class Heard:
    """One thing live text handed to speech, and when (the engine's clock, seconds): `text`
    as read, `spoken` as given to speech (dates in words)."""

    time: float
    text: str
    kind: HeardKind = "line"
    language: str | None = None
    spoken: str = ""
