"""Finding the page under the camera, for "fit page" and "fit width".

A document camera looks down at a light page on a darker desk. A small thumbnail,
thresholded between the two, gives the page as the biggest light blob: cheap (about a
millisecond), and good enough to frame the view. When no clear page stands out (a page
filling the picture, a white desk) the whole picture counts as the page.
"""

from __future__ import annotations

import logging

import cv2
import numpy as np

log = logging.getLogger(__name__)

_THUMB_WIDTH = 320
_MIN_SHARE = 0.08  # a light blob smaller than this share of the picture is not the page
_MAX_SHARE = 0.97  # bigger than this: the page fills the picture


def find_page(frame: np.ndarray) -> tuple[int, int, int, int] | None:
    """The page's bounding box (left, top, right, bottom) in frame pixels, or None."""
    height, width = frame.shape[:2]
    factor = max(1.0, width / _THUMB_WIDTH)
    size = (max(1, round(width / factor)), max(1, round(height / factor)))
    thumb = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(thumb, cv2.COLOR_BGR2GRAY) if thumb.ndim == 3 else thumb
    grey = cv2.GaussianBlur(grey, (0, 0), 1.5)
    _, light = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # Close the gaps the text makes, so the page is one blob.
    light = cv2.morphologyEx(light, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(light, connectivity=8)
    if count <= 1:
        return None
    areas = stats[1:, cv2.CC_STAT_AREA]
    best = 1 + int(np.argmax(areas))
    share = float(areas[best - 1]) / (size[0] * size[1])
    if not _MIN_SHARE <= share <= _MAX_SHARE:
        log.debug("No page found (biggest light area %.0f %% of the picture)", share * 100)
        return None
    x, y, w, h = (int(v) for v in stats[best, :4])
    scale_x, scale_y = width / size[0], height / size[1]
    return (
        max(0, round(x * scale_x)),
        max(0, round(y * scale_y)),
        min(width, round((x + w) * scale_x)),
        min(height, round((y + h) * scale_y)),
    )
