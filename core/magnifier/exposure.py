"""Auto-exposure compensation: how dark the ink and how light the paper are, right now.

Cameras change exposure on their own, lamps dim and pages are grey or cream. Measuring ink
and paper on a tiny thumbnail of the whole picture (not the zoomed part, which may be all
paper at 20×) and smoothing over a few frames gives levels that follow the light without
flickering; the grey and two-colour modes stretch and threshold from them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

log = logging.getLogger(__name__)

_THUMB = (96, 72)
_SMOOTHING = 0.15  # share of a new measurement taken per frame (~0.2 s at 30 fps)
_MIN_SPREAD = 40.0  # below this the picture has no clear ink and paper (a blank or dark view)


@dataclass(frozen=True)
class Levels:
    """Typical grey of ink and of paper, 0–255."""

    ink: float = 40.0
    paper: float = 220.0

    @property
    def spread(self) -> float:
        return max(_MIN_SPREAD, self.paper - self.ink)


def measure(frame: np.ndarray) -> Levels:
    """Ink and paper levels of one frame, from a thumbnail of it."""
    thumb = cv2.resize(frame, _THUMB, interpolation=cv2.INTER_NEAREST)
    grey = cv2.cvtColor(thumb, cv2.COLOR_BGR2GRAY) if thumb.ndim == 3 else thumb
    split, _ = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    dark = grey[grey <= split]
    light = grey[grey > split]
    paper = float(np.percentile(light, 75)) if light.size else float(grey.max())
    ink = float(np.percentile(dark, 25)) if dark.size else float(grey.min())
    if paper - ink < _MIN_SPREAD:  # one flat area: keep the split in the middle of it
        middle = (paper + ink) / 2
        ink, paper = middle - _MIN_SPREAD / 2, middle + _MIN_SPREAD / 2
    return Levels(ink, paper)


class AutoExposure:
    """Smoothed levels; `update()` once per new camera frame."""

    def __init__(self) -> None:
        self._levels: Levels | None = None

    @property
    def levels(self) -> Levels:
        return self._levels or Levels()

    def update(self, frame: np.ndarray) -> Levels:
        new = measure(frame)
        old = self._levels
        if old is None:
            self._levels = new
        else:
            self._levels = Levels(
                old.ink + (new.ink - old.ink) * _SMOOTHING,
                old.paper + (new.paper - old.paper) * _SMOOTHING,
            )
        return self._levels

    def reset(self) -> None:
        self._levels = None
