"""Even out the light on a photographed page, so the paper is white and the ink dark.

Phone and desk-camera photos have shadows, warm light and a falloff towards the corners;
Tesseract binarises with one global threshold and loses text in the darker parts. Each
colour channel is divided by an estimate of the paper under it (the image with the ink
removed by a maximum filter at low resolution), which makes the paper 255 everywhere.
The darkest channel is then kept rather than the luminance: yellow and light-red headings
(common in school sheets) are nearly white in luminance but dark in their blue or green
channel, and on white paper the darkest channel is still near 255.

Light letters on a dark ground (a road sign, a label, a dark slide) have no paper to
divide by: there the picture is turned into its negative first (`light_on_dark`).
"""

from __future__ import annotations

import logging

import cv2
import numpy as np

from core.document.textsize import letter_count

log = logging.getLogger(__name__)

#: Width of the low-resolution copy used to estimate the paper; small enough that letters
#: of any readable size are at most a few pixels wide there and vanish under the filter.
BACKGROUND_WIDTH = 256
_MAX_FILTER = 5


def paper_background(channel: np.ndarray) -> np.ndarray:
    """The paper's brightness under every pixel of `channel` (uint8, full size)."""
    height, width = channel.shape[:2]
    scale = min(1.0, BACKGROUND_WIDTH / max(width, height))
    small = cv2.resize(
        channel,
        (max(1, round(width * scale)), max(1, round(height * scale))),
        interpolation=cv2.INTER_AREA,
    )
    kernel = np.ones((_MAX_FILTER, _MAX_FILTER), np.uint8)
    paper = cv2.dilate(small, kernel)
    paper = cv2.GaussianBlur(paper, (0, 0), 2.0)
    return cv2.resize(paper, (width, height), interpolation=cv2.INTER_LINEAR)


def even_out(image: np.ndarray) -> np.ndarray:
    """A grey page on white paper: lighting divided out, coloured ink kept dark."""
    channels = cv2.split(image) if image.ndim == 3 else [image]
    levelled = []
    for channel in channels:
        paper = paper_background(channel)
        levelled.append(cv2.divide(channel, np.maximum(paper, 1), scale=255))
    grey = levelled[0] if len(levelled) == 1 else np.minimum.reduce(levelled[:3])
    return np.ascontiguousarray(grey)


def ink_mask(grey: np.ndarray, threshold: int = 170) -> np.ndarray:
    """Where the ink is (255) on an evened-out page (for layout and measuring, not for OCR)."""
    return cv2.threshold(grey, threshold - 1, 255, cv2.THRESH_BINARY_INV)[1]


#: Share of a picture that is ink above which it may be light text on a dark ground.
#: Measured: benchmarks/README.md#light-text-on-a-dark-ground
DARK_GROUND_INK = 0.2


def light_on_dark(image: np.ndarray, ink: np.ndarray) -> np.ndarray | None:
    """The ink of `image`'s negative when its text is light on a dark ground, else None.

    `ink` is `ink_mask(even_out(image))`. Read as dark on light, such a picture is mostly
    "ink" (its ground); its negative has less ink and more letter-shaped marks in it. A
    dark page on light paper has far more ink in its negative, so it stays as it is.
    """
    if np.count_nonzero(ink) <= DARK_GROUND_INK * ink.size:
        return None
    negative = ink_mask(even_out(cv2.bitwise_not(image)))
    less_ink = np.count_nonzero(negative) < np.count_nonzero(ink)
    if less_ink and letter_count(negative) > letter_count(ink):
        return negative
    return None
