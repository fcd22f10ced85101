"""Straighten tilted text and find pages lying sideways.

Both use the projection profile of the ink: when text lines run horizontally, the ink's
row sums alternate sharply between lines and gaps, so the variance of the row sums peaks
at the angle that makes lines level. Comparing that peak for the page as it is and turned
by 90° tells sideways pages from upright ones; whether a page is upside down cannot be
seen in the profile and is left to the recogniser (see `core.reading`).
"""

from __future__ import annotations

import logging

import cv2
import numpy as np

log = logging.getLogger(__name__)

_WORK_SIZE = 900
MAX_SKEW = 12.0


def _profile_score(ink: np.ndarray, angle: float) -> float:
    """How sharply the row sums alternate after turning `ink` by `angle` degrees."""
    height, width = ink.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    turned = cv2.warpAffine(ink, matrix, (width, height), flags=cv2.INTER_NEAREST)
    rows = turned.sum(axis=1, dtype=np.float64)
    return float(np.sum(np.diff(rows) ** 2))


def _small(ink: np.ndarray) -> np.ndarray:
    height, width = ink.shape
    scale = min(1.0, _WORK_SIZE / max(height, width))
    if scale < 1.0:
        ink = cv2.resize(ink, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return (ink > 64).astype(np.uint8)


def best_angle(ink: np.ndarray, limit: float = MAX_SKEW) -> tuple[float, float]:
    """The turn (degrees, counter-clockwise) that levels the lines of `ink`, and its score.

    Without ink there is nothing to level: 0. (Every angle then scored alike and the first
    tried, -13°, won: a blank page was turned and grown by half for nothing.)
    """
    small = _small(ink)
    if not small.any():
        return 0.0, 0.0
    coarse = np.arange(-limit, limit + 0.01, 1.0 if limit <= 15 else 2.0)
    scores = [_profile_score(small, float(angle)) for angle in coarse]
    centre = float(coarse[int(np.argmax(scores))])
    step = 1.0 if limit <= 15 else 2.0
    fine = np.arange(centre - step, centre + step + 0.01, 0.2)
    scores = [_profile_score(small, float(angle)) for angle in fine]
    index = int(np.argmax(scores))
    return float(fine[index]), float(scores[index])


#: Pieces smeared down over pieces smeared across (`vertical_ratio`) below which the
#: text runs up and down. Measured: benchmarks/README.md#sideways-pages
SIDEWAYS_RATIO = 0.75
#: Between these the ink cannot tell (dense small print in narrow columns, where smearing
#: down joins lines too), and the pipeline reads the page to know.
TURN_UNSURE = (0.6, 1.5)


def text_runs_vertically(ink: np.ndarray, letter: float | None = None) -> bool:
    """True when the lines of `ink` (letters only) run up/down: the page lies sideways."""
    return vertical_ratio(ink, letter) < SIDEWAYS_RATIO


def vertical_ratio(ink: np.ndarray, letter: float | None = None) -> float:
    """Pieces of `ink` (letters only) smeared down over pieces smeared across: well below 1
    when the text runs up and down, well above when it runs across.

    Letters of a line are close beside each other and further from the lines above and
    below, so smearing sideways joins far more of them than smearing up and down does.
    Counting the pieces is independent of the page's shape (a projection profile is not:
    a tall receipt scores differently turned, whatever its text does).
    """
    small = _small(ink)
    scale = small.shape[0] / ink.shape[0]
    reach = max(2, round((letter or 30.0) * scale * 0.8))
    across = cv2.dilate(small, np.ones((1, reach), np.uint8))
    down = cv2.dilate(small, np.ones((reach, 1), np.uint8))
    pieces_across = cv2.connectedComponents(across)[0]
    pieces_down = cv2.connectedComponents(down)[0]
    log.debug("Pieces smeared across %d, down %d", pieces_across, pieces_down)
    return pieces_down / max(1, pieces_across)


def rotation(width: int, height: int, angle: float) -> tuple[np.ndarray, tuple[int, int]]:
    """The affine matrix (2x3) that turns a `width`x`height` picture by `angle` degrees
    counter-clockwise onto a canvas grown so no corner is cut, and that canvas's size."""
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_width = int(height * sin + width * cos)
    new_height = int(height * cos + width * sin)
    matrix[0, 2] += new_width / 2 - width / 2
    matrix[1, 2] += new_height / 2 - height / 2
    return matrix, (new_width, new_height)


def rotate(image: np.ndarray, angle: float) -> np.ndarray:
    """`image` turned by `angle` degrees counter-clockwise, grown so no corner is cut,
    with white paper filling the new corners."""
    if abs(angle) < 0.05:
        return image
    height, width = image.shape[:2]
    matrix, size = rotation(width, height, angle)
    return cv2.warpAffine(
        image,
        matrix,
        size,
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )
