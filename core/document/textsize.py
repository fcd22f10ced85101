"""Measure the letters and choose the scale at which Tesseract reads them best.

Tesseract's LSTM models were trained on text lines with an x-height of roughly 20-30 px;
much smaller text loses strokes, much larger text only costs time (a 12-megapixel photo
of an A4 page has letters three times as tall as needed). The typical letter height is the
median height of the ink's connected components that look like letters.
"""

from __future__ import annotations

import logging

import cv2
import numpy as np

log = logging.getLogger(__name__)

#: The median letter height (a mix of x-height and capitals) that we scale text to.
#: Measured: benchmarks/README.md#letter-size
TARGET_LETTER_HEIGHT = 28
#: Never enlarge more than this (noise grows with it) nor shrink below this.
MAX_ENLARGE = 4.0
MIN_SHRINK = 0.25
#: Marks whose heights and widths spread less than this share of their median (between
#: the quartiles) are all alike: dots, not letters (a page's letters spread 0.27 or more).
ALIKE = 0.1


def _letter_flags(stats: np.ndarray) -> np.ndarray:
    """Which rows of connectedComponentsWithStats' stats (background removed) look like
    letters: not specks, not rules or page edges, not solid pictures."""
    heights = stats[:, cv2.CC_STAT_HEIGHT].astype(np.float64)
    widths = stats[:, cv2.CC_STAT_WIDTH].astype(np.float64)
    areas = stats[:, cv2.CC_STAT_AREA].astype(np.float64)
    fill = areas / np.maximum(heights * widths, 1)
    return (
        (heights >= 6)
        & (heights <= 400)
        & (widths >= 2)
        & (widths <= heights * 4)
        & (heights <= widths * 8)
        & (fill > 0.12)
        & (fill < 0.95)
    )


def letter_height(ink: np.ndarray) -> float | None:
    """The median height of letter-like components of `ink` (255 = ink), or None if none."""
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count <= 1:
        return None
    stats = stats[1:]
    letters = _letter_flags(stats)
    if np.count_nonzero(letters) < 8:
        return None
    return float(np.median(stats[letters, cv2.CC_STAT_HEIGHT]))


def letter_count(ink: np.ndarray) -> int:
    """How many letter-like marks `ink` (255 = ink) holds."""
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    return int(np.count_nonzero(_letter_flags(stats[1:]))) if count > 1 else 0


def letter_share(ink: np.ndarray) -> float:
    """The share of the marks of `ink` (255 = ink) that look like letters: most of a
    page's, few of a photo's or a rug's. 0 without marks, and where the letter-like marks
    are all of one size, as dots of a printed cloth are and letters never are."""
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count <= 1:
        return 0.0
    letters = stats[1:][_letter_flags(stats[1:])]
    if len(letters) == 0 or _all_alike(letters):
        return 0.0
    return float(len(letters)) / (count - 1)


def _all_alike(marks: np.ndarray) -> bool:
    """Whether the marks (rows of stats) are nearly all of one height and one width."""
    for column in (cv2.CC_STAT_HEIGHT, cv2.CC_STAT_WIDTH):
        low, middle, high = np.percentile(marks[:, column], [25, 50, 75])
        if high - low > ALIKE * middle:
            return False
    return True


def letters_only(ink: np.ndarray) -> np.ndarray:
    """`ink` without what is not letters (page edges, shadows, rules, pictures, specks):
    those would dominate the line profile that skew and orientation are measured on."""
    count, labels, stats, _centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count <= 1:
        return ink
    keep = np.concatenate([[False], _letter_flags(stats[1:])])
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def ocr_scale(height: float | None) -> float:
    """How much to resize a page whose letters are `height` px tall (1.0 when unknown)."""
    if not height:
        return 1.0
    factor = TARGET_LETTER_HEIGHT / height
    return float(min(MAX_ENLARGE, max(MIN_SHRINK, factor)))


def resize(image: np.ndarray, factor: float) -> np.ndarray:
    """`image` resized by `factor` (area averaging down, cubic up); unchanged near 1."""
    if abs(factor - 1.0) < 0.05:
        return image
    height, width = image.shape[:2]
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    method = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    return cv2.resize(image, size, interpolation=method)


def shrink(image: np.ndarray, factor: float) -> np.ndarray:
    """`image` made `factor` (< 1) times as large, quickly: for measuring, not for reading.

    Area averaging by a whole factor is many times faster in OpenCV than by any other
    (measured: benchmarks/README.md#letter-size), so the picture is halved by area
    averaging while it stays larger than wanted, and the last step (less than a halving)
    is interpolated.
    """
    if abs(factor - 1.0) < 0.05:
        return image
    height, width = image.shape[:2]
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    while image.shape[1] // 2 >= size[0] and image.shape[0] // 2 >= size[1]:
        half = (image.shape[1] // 2, image.shape[0] // 2)
        image = cv2.resize(image, half, interpolation=cv2.INTER_AREA)
    if (image.shape[1], image.shape[0]) == size:
        return image
    return cv2.resize(image, size, interpolation=cv2.INTER_LINEAR)
