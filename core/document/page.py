"""Find the sheet of paper in a camera frame and flatten its perspective.

The page is the largest bright, four-cornered region: paper is brighter than the desk
(document cameras look down on a desk; phones photograph pages on tables). It is found on
a small copy (fast, and letters vanish in the blur); when no convincing quadrilateral is
found (the page fills the frame, or lies on white), the frame is kept as it is, because a
wrong crop loses text while an uncropped desk only costs a little time.
"""

from __future__ import annotations

import logging

import cv2
import numpy as np

log = logging.getLogger(__name__)

_WORK_SIZE = 640
#: Degrees a corner of the imaged page may differ from a right angle (perspective).
MAX_CORNER_SLANT = 20.0
#: A page covers at least this share of the frame, or it is not the page being read. A note
#: under a webcam covers a tenth: found, its desk is cut away instead of read as junk.
#: Measured: benchmarks/README.md#finding-the-page
MIN_PAGE_SHARE = 0.08
#: ...and at most this share: a "page" that is the whole frame adds nothing.
MAX_PAGE_SHARE = 0.97
#: A page running out of the frame is one solid shape: its area at least this share of
#: its convex hull's...
PAPER_SOLIDITY = 0.9
#: ...and is cut out of the frame only when that cuts away at least this share of it...
MIN_DESK_SHARE = 0.15
#: ...and what is cut away is darker (median) than this share of the paper: a desk, not
#: paper in shadow. Measured: benchmarks/README.md#finding-the-page
MAX_DESK_LEVEL = 0.6


def _paper(image: np.ndarray) -> tuple[np.ndarray, float, np.ndarray] | None:
    """The outline of the largest bright region, found on a small copy, with the copy's
    scale and the copy (grey, blurred); None when it is too small or the whole frame."""
    height, width = image.shape[:2]
    scale = min(1.0, _WORK_SIZE / max(height, width))
    if min(height, width) * scale < 16:
        return None  # a sliver: nothing page-shaped can be seen in it
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    grey = cv2.GaussianBlur(grey, (0, 0), 3)
    _, bright = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    contour = max(contours, key=cv2.contourArea)
    frame_area = float(small.shape[0] * small.shape[1])
    share = cv2.contourArea(contour) / frame_area
    if not MIN_PAGE_SHARE <= share <= MAX_PAGE_SHARE:
        log.debug("Brightest region covers %.0f%% of the frame: no page", share * 100)
        return None
    return contour, scale, grey


def paper_box(image: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box (left, top, width, height) of a page that runs out of the frame, when the
    desk beside it is worth cutting away; None otherwise.

    Its corners cannot all be seen, so it is not flattened (`find_page` gives None), but
    the desk beside it still must go: Tesseract reads a grainy desk as lines of junk
    (measured: benchmarks/README.md#finding-the-page). The paper must be one solid bright
    shape.
    """
    found = _paper(image)
    if found is None:
        return None
    contour, scale, grey = found
    height, width = grey.shape[:2]
    hull_area = cv2.contourArea(cv2.convexHull(contour))
    if hull_area <= 0 or cv2.contourArea(contour) < PAPER_SOLIDITY * hull_area:
        return None
    left, top, box_width, box_height = cv2.boundingRect(contour)
    if box_width * box_height > (1 - MIN_DESK_SHARE) * width * height:
        return None  # little desk to cut away: the frame is kept whole
    inside = np.zeros(grey.shape, np.uint8)
    cv2.drawContours(inside, [contour], -1, 255, cv2.FILLED)
    beside = np.ones(grey.shape, bool)
    beside[top : top + box_height, left : left + box_width] = False
    paper_level = float(np.median(grey[inside > 0]))
    desk_level = float(np.median(grey[beside]))
    if desk_level > MAX_DESK_LEVEL * paper_level:
        # Not clearly a desk: perhaps more paper in shadow, with text on it.
        log.debug("Beside the paper is %.0f, the paper %.0f: kept", desk_level, paper_level)
        return None
    margin = round(0.01 * max(width, height))
    right = min(width, left + box_width + margin)
    bottom = min(height, top + box_height + margin)
    left, top = max(0, left - margin), max(0, top - margin)
    frame_height, frame_width = image.shape[:2]
    x, y = round(left / scale), round(top / scale)
    return (
        x,
        y,
        min(frame_width - x, round((right - left) / scale)),
        min(frame_height - y, round((bottom - top) / scale)),
    )


def find_page(image: np.ndarray) -> np.ndarray | None:
    """The page's corners in `image` (4×2 float32: top-left, top-right, bottom-right,
    bottom-left), or None when there is no clear page boundary."""
    found = _paper(image)
    if found is None:
        return None
    contour, scale, grey = found
    height, width = grey.shape[:2]
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    quad = None
    for epsilon in (0.01, 0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            quad = approx.reshape(4, 2).astype(np.float32)
            break
    if quad is None:
        log.debug("The page's outline has no four clear corners")
        return None
    if cv2.contourArea(quad) < 0.9 * cv2.contourArea(hull):
        return None
    corners = order_corners(quad)
    if not plausible(corners, width, height):
        log.debug("The bright region's corners do not make a page: %s", corners.tolist())
        return None
    return corners / scale


def plausible(corners: np.ndarray, width: int, height: int) -> bool:
    """True for a page seen from above at a modest slant: corners away from the frame's edge
    (a corner on the edge means the page runs out of the frame and the outline is a guess)
    and every corner angle within MAX_CORNER_SLANT of a right angle."""
    margin = 0.01 * max(width, height)
    for x, y in corners:
        if x < margin or y < margin or x > width - 1 - margin or y > height - 1 - margin:
            return False
    for index in range(4):
        here = corners[index]
        before, after = corners[index - 1] - here, corners[(index + 1) % 4] - here
        cosine = float(np.dot(before, after) / (np.linalg.norm(before) * np.linalg.norm(after)))
        if abs(np.degrees(np.arccos(np.clip(cosine, -1, 1))) - 90) > MAX_CORNER_SLANT:
            return False
    return True


def order_corners(points: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    points = points.astype(np.float32)
    total = points.sum(axis=1)
    difference = np.diff(points, axis=1).ravel()
    return np.array(
        [
            points[np.argmin(total)],
            points[np.argmin(difference)],
            points[np.argmax(total)],
            points[np.argmax(difference)],
        ],
        dtype=np.float32,
    )


def flatten(image: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """The page inside `corners` seen straight from above, at its own resolution."""
    top_left, top_right, bottom_right, bottom_left = corners
    width = max(np.linalg.norm(top_right - top_left), np.linalg.norm(bottom_right - bottom_left))
    height = max(np.linalg.norm(bottom_left - top_left), np.linalg.norm(bottom_right - top_right))
    size = (max(1, round(float(width))), max(1, round(float(height))))
    target = np.array(
        [[0, 0], [size[0] - 1, 0], [size[0] - 1, size[1] - 1], [0, size[1] - 1]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return cv2.warpPerspective(
        image, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
