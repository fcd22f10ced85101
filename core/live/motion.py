"""How the view moved between two frames, and whether anything new is in it.

Live text looks at every frame but reads few: a frame is read only when the view holds
something the last reading did not see. Both questions are answered on a thumbnail (every
frame shrunk to `THUMB_WIDTH` pixels, well under a millisecond at 1080p): the shift between
two thumbnails by phase correlation, then how much differs once that shift is taken out.
A box held in a hand drifts a little all the time; drift alone is not "new".
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

#: The thumbnail's width in pixels.
THUMB_WIDTH = 160
#: A thumbnail's pixel differs when its grey differs by more than this.
PIXEL_DIFFERS = 24.0


@dataclass(frozen=True)
class Thumb:
    """A frame shrunk to a grey float thumbnail, and the factor back to frame pixels."""

    image: np.ndarray
    scale: float


def thumbnail(frame: np.ndarray) -> Thumb:
    """`frame` (BGR or grey) as a `Thumb`; subsampled before it is shrunk, so a 1080p frame
    costs a fraction of a millisecond."""
    width = frame.shape[1]
    step = max(1, width // (THUMB_WIDTH * 2))
    sampled = np.ascontiguousarray(frame[::step, ::step])
    if sampled.ndim == 3:
        sampled = cv2.cvtColor(sampled, cv2.COLOR_BGR2GRAY)
    scale = THUMB_WIDTH / sampled.shape[1]
    small = cv2.resize(sampled, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return Thumb(small.astype(np.float32), width / THUMB_WIDTH)


@dataclass(frozen=True)
class Movement:
    """The view's shift from one thumbnail to the next, in frame pixels, and the share of
    the thumbnail's pixels (0-1) still unlike once the shift is taken out."""

    dx: float
    dy: float
    changed: float


def movement(before: Thumb, after: Thumb) -> Movement:
    """How the view moved from `before` to `after`."""
    a, b = before.image, after.image
    if a.shape != b.shape:
        return Movement(0.0, 0.0, 1.0)
    (dx, dy), _ = cv2.phaseCorrelate(a, b)
    shift = np.array([[1, 0, -dx], [0, 1, -dy]], np.float32)
    moved_back = cv2.warpAffine(b, shift, (b.shape[1], b.shape[0]), borderMode=cv2.BORDER_REPLICATE)
    # Blurred a little, so a box's edge moved by a fraction of a pixel is not "new".
    a = cv2.GaussianBlur(a, (3, 3), 0)
    moved_back = cv2.GaussianBlur(moved_back, (3, 3), 0)
    changed = float(np.mean(np.abs(a - moved_back) > PIXEL_DIFFERS))
    return Movement(dx * before.scale, dy * before.scale, changed)
