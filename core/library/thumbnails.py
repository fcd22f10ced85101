"""A small picture of each page kept, for people who still see a little: JPEG, size-capped."""

from __future__ import annotations

import logging

import cv2
import numpy as np

log = logging.getLogger(__name__)

LONGEST_SIDE = 480
MAX_BYTES = 60_000
#: JPEG qualities tried in turn: 65 keeps print legible at 480 px in about 25-45 kB.
_QUALITIES = (65, 50, 35)


def thumbnail(image: np.ndarray | None) -> bytes | None:
    """`image` (BGR or grey) as a JPEG whose longest side is at most 480 px and whose
    size is at most 60 kB; None when there is no usable image."""
    if image is None or image.size == 0 or image.ndim not in (2, 3):
        return None
    picture = np.ascontiguousarray(image)
    if picture.dtype != np.uint8:
        picture = np.clip(picture, 0, 255).astype(np.uint8)
    side = LONGEST_SIDE
    while side >= 60:
        small = _shrunk(picture, side)
        for quality in _QUALITIES:
            ok, encoded = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, quality])
            if ok and encoded.size <= MAX_BYTES:
                return encoded.tobytes()
        side = side * 3 // 4
    log.warning("Could not make a thumbnail under %d bytes", MAX_BYTES)
    return None


def _shrunk(picture: np.ndarray, side: int) -> np.ndarray:
    height, width = picture.shape[:2]
    scale = side / max(height, width)
    if scale >= 1:
        return picture
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(picture, size, interpolation=cv2.INTER_AREA)
