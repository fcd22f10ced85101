"""Quiet OpenCV's own console messages while Bitna reports problems in its own words.

OpenCV's log level is process-wide, so every change goes through one lock: two callers
changing it at once could leave it silenced for good.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import cv2

_lock = threading.Lock()


@contextmanager
def opencv_quiet(level: int = cv2.utils.logging.LOG_LEVEL_ERROR) -> Iterator[None]:
    """Set OpenCV's log level to `level` for the block (errors only, by default)."""
    with _lock:
        previous = cv2.utils.logging.getLogLevel()
        cv2.utils.logging.setLogLevel(level)
        try:
            yield
        finally:
            cv2.utils.logging.setLogLevel(previous)
