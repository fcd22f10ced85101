"""Know, a few hundred microseconds per frame, whether the view moves or has become steady.

Every frame is shrunk to a 160-pixel-wide grey thumbnail (bilinear to three times that
width, then area-averaged: several times cheaper than area-averaging the whole frame;
measured: benchmarks/README.md#the-scene-watcher).
A frame is still when few thumbnail pixels differ from the *anchor*, the first frame of
the still spell: comparing with the anchor and not only the previous frame also catches a
page pushed slowly. Brightness is divided out before comparing, so a lamp dimming or a
cloud passing is not movement. The view is steady once it has been still for `delay`.

Whether a steady view shows a new page is decided once per steady spell, on a 320-pixel
signature: its fine detail (text, not the light), aligned by phase correlation so a page
nudged or a camera shaken by a few pixels still matches itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

log = logging.getLogger(__name__)

THUMB_WIDTH = 160
SIGNATURE_WIDTH = 320
#: Grey levels (of 255) a thumbnail pixel must change by to count as changed.
PIXEL_CHANGE = 14
#: Share of the thumbnail that must change to count as movement, by sensitivity 1-5.
MOTION_SHARE = {1: 0.03, 2: 0.015, 3: 0.006, 4: 0.003, 5: 0.0015}
DEFAULT_SENSITIVITY = 3
DEFAULT_DELAY = 0.25
#: Aligned signatures whose detail correlates at least this much show the same page.
SAME_PAGE_CORRELATION = 0.55


def shrink(frame: np.ndarray, width: int) -> np.ndarray:
    """A grey copy of `frame` `width` pixels wide, cheaply and without aliasing."""
    height, frame_width = frame.shape[:2]
    out_height = max(1, round(height * width / frame_width))
    if frame_width > 3 * width:  # bilinear to 3x first: far cheaper than area over all
        frame = cv2.resize(frame, (3 * width, 3 * out_height), interpolation=cv2.INTER_LINEAR)
    if frame.ndim == 3:
        frame = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return cv2.resize(frame, (width, out_height), interpolation=cv2.INTER_AREA)


def changed_share(a: np.ndarray, b: np.ndarray) -> float:
    """The share of pixels that differ between two thumbnails, light level divided out."""
    if a.shape != b.shape:
        return 1.0
    mean_a, mean_b = float(a.mean()) + 1.0, float(b.mean()) + 1.0
    scaled = cv2.convertScaleAbs(a, alpha=mean_b / mean_a)
    difference = cv2.absdiff(scaled, b)
    return float(np.count_nonzero(difference > PIXEL_CHANGE)) / difference.size


@dataclass(frozen=True)
class SceneState:
    """What the watcher knows after one frame."""

    moving: bool
    #: Seconds the view has been still (0 while it moves).
    still_for: float
    #: Still for at least the delay.
    steady: bool
    #: This frame is the first steady one of its still spell.
    became_steady: bool
    #: Share of the view that changed against the still spell's first frame.
    motion: float
    #: Which still spell this is: it counts up each time the view moves.
    spell: int = 0


class SceneWatcher:
    """Follows the live picture frame by frame (not thread-safe: one thread feeds it)."""

    def __init__(
        self, delay: float = DEFAULT_DELAY, sensitivity: int = DEFAULT_SENSITIVITY
    ) -> None:
        self.delay = delay
        self.sensitivity = sensitivity
        self._anchor: np.ndarray | None = None
        self._still_since = 0.0
        self._steady = False
        self._spell = 0

    @property
    def sensitivity(self) -> int:
        return self._sensitivity

    @sensitivity.setter
    def sensitivity(self, value: int) -> None:
        self._sensitivity = min(max(MOTION_SHARE), max(min(MOTION_SHARE), int(value)))

    @property
    def motion_share(self) -> float:
        return MOTION_SHARE[self._sensitivity]

    def reset(self) -> None:
        """Forget the view: the next frame starts a new still spell."""
        self._anchor = None
        self._steady = False

    def observe(self, frame: np.ndarray, now: float) -> SceneState:
        """Take the next frame, seen at `now` (seconds, any monotonic clock)."""
        thumb = shrink(frame, THUMB_WIDTH)
        if self._anchor is None:
            motion, moving = 1.0, True
        else:
            motion = changed_share(self._anchor, thumb)
            moving = motion > self.motion_share
        if moving:
            self._anchor, self._still_since, self._steady = thumb, now, False
            self._spell += 1
            return SceneState(True, 0.0, False, False, motion, self._spell)
        still_for = now - self._still_since
        steady = still_for >= self.delay - 1e-6
        became = steady and not self._steady
        self._steady = steady
        return SceneState(False, still_for, steady, became, motion, self._spell)


@dataclass(frozen=True, eq=False)
class PageSignature:
    """The fine detail of a still view, to tell the same page from a new one."""

    detail: np.ndarray

    @classmethod
    def of(cls, frame: np.ndarray) -> PageSignature:
        grey = shrink(frame, SIGNATURE_WIDTH).astype(np.float32)
        detail = grey - cv2.GaussianBlur(grey, (0, 0), 3)
        detail -= float(detail.mean())
        norm = float(np.linalg.norm(detail))
        return cls(detail / norm if norm > 1e-3 else detail)

    def similarity(self, other: PageSignature) -> float:
        """Correlation (-1..1) of the two views' detail once aligned; 0 when incomparable."""
        a, b = self.detail, other.detail
        if a.shape != b.shape or not a.any() or not b.any():
            return 0.0
        (dx, dy), _response = cv2.phaseCorrelate(a, b)
        shift_x, shift_y = round(dx), round(dy)
        height, width = a.shape
        if abs(shift_x) > width // 4 or abs(shift_y) > height // 4:
            return 0.0
        rows_a = slice(max(0, -shift_y), height - max(0, shift_y))
        rows_b = slice(max(0, shift_y), height - max(0, -shift_y))
        a_part = a[rows_a, max(0, -shift_x) : width - max(0, shift_x)]
        b_part = b[rows_b, max(0, shift_x) : width - max(0, -shift_x)]
        a_part = a_part - a_part.mean()
        b_part = b_part - b_part.mean()
        norm = float(np.linalg.norm(a_part) * np.linalg.norm(b_part))
        return float((a_part * b_part).sum() / norm) if norm > 1e-9 else 0.0

    def same_page(self, other: PageSignature | None) -> bool:
        return other is not None and self.similarity(other) >= SAME_PAGE_CORRELATION
