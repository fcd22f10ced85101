"""Even out the light on a photographed page, so the paper is white and the ink dark.

Phone and desk-camera photos have shadows, warm light and a falloff towards the corners;
Tesseract binarises with one global threshold and loses text in the darker parts. Each
colour channel is divided by an estimate of the paper under it (the image with the ink
removed by a maximum filter at low resolution), which makes the paper 255 everywhere.
The darkest channel is then kept rather than the luminance: yellow and light-red headings
(common in school sheets) are nearly white in luminance but dark in their blue or green
channel, and on white paper the darkest channel is still near 255.
"""

from __future__ import annotations

import logging

import cv2
import numpy as np

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
