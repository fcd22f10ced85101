"""Stand-in OCR engines for tests and demos that must not depend on Tesseract.

They keep the `OcrEngine` contract, so code tested with them runs unchanged with Tesseract.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import numpy as np

from core.ocr.base import EngineInfo, Layout
from core.text.model import PageText, page_from_text

log = logging.getLogger(__name__)

FAKE_INFO = EngineInfo("Fake OCR", "0", ("eng", "kor"))


class NullOcr:
    """Reads nothing, always: for running the app where no OCR is wanted."""

    def probe(self) -> EngineInfo:
        """A made-up engine that claims English and Korean."""
        return FAKE_INFO

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        """An empty page of the image's size."""
        return PageText.empty(int(image.shape[1]), int(image.shape[0]), languages)


class RecordingOcr:
    """Returns prepared pages in turn and records every call, for asserting what was asked.

    `pages` may hold PageText or plain strings (turned into pages by `page_from_text`).
    After the last page, the last one is returned again (a page left under the camera reads
    the same); with no pages, every result is empty. `error`, when given, is raised by every
    `recognize` call instead, to test how callers report failures.
    """

    def __init__(
        self, pages: Sequence[PageText | str] | None = None, *, error: Exception | None = None
    ) -> None:
        self._pages = [
            page_from_text(page) if isinstance(page, str) else page for page in pages or ()
        ]
        self._error = error
        self._lock = threading.Lock()
        self.calls: list[tuple[tuple[int, ...], str]] = []

    def probe(self) -> EngineInfo:
        """A made-up engine that claims English and Korean."""
        return FAKE_INFO

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        """Record (image shape, languages), then give the next page (or raise `error`)."""
        with self._lock:
            index = len(self.calls)
            self.calls.append((tuple(int(size) for size in image.shape), languages))
        if self._error is not None:
            raise self._error
        if not self._pages:
            return PageText.empty(int(image.shape[1]), int(image.shape[0]), languages)
        return self._pages[min(index, len(self._pages) - 1)]
