"""Straighten the curved lines of a curled book page: NOT DONE YET.

The hook is in place (`prepare_page` calls `straighten_lines` after deskewing and remaps
the page when it returns a mapping), but no curl model is fitted yet, so curled pages are
read as they are. The plan: fit a low-order polynomial to each text line's centre, build a
vertical displacement field between the lines and `cv2.remap` the page so lines are level.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LineStraightening:
    """A remapping that makes curved text lines straight."""

    map_x: np.ndarray
    map_y: np.ndarray

    def apply(self, image: np.ndarray) -> np.ndarray:
        """`image` remapped so the lines are straight."""
        return cv2.remap(image, self.map_x, self.map_y, cv2.INTER_LINEAR, borderValue=255)


def straighten_lines(grey: np.ndarray, ink: np.ndarray, letter: float) -> LineStraightening | None:
    """A remapping that straightens curled lines, or None when the lines are straight.

    Always None for now (see the module docstring)."""
    log.debug("Line straightening is not implemented; page %s left as it is", grey.shape)
    return None
