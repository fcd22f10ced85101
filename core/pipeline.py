"""From a captured picture to recognised text: the one place the app and `bitna read` share.

Today it hands a grey copy of the frame to the OCR engine; finding and flattening the page
(perspective, orientation, lighting, scale) slots in at `prepare()`.

Tesseract 5.3's automatic layout (columns, pictures) sometimes loses most lines of a plain
Korean page (CER 0.78 on the Korean demo letter, mean word confidence 78) that reading it as
one column gets right (CER 0.02, confidence 92). So a page read with low confidence is read
again as one column, and the reading with more confident characters is kept. Multi-column
pages read with high confidence and are not read twice.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import cv2
import numpy as np

from core.ocr.base import OcrEngine
from core.ocr.model import PageText

#: Mean word confidence below which the automatic layout is second-guessed.
RETRY_CONFIDENCE = 90.0

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReadResult:
    """A recognised page and what it took to get it."""

    page: PageText
    seconds: float


def prepare(image: np.ndarray) -> np.ndarray:
    """The picture as the OCR engine reads it best (grey, 8-bit)."""
    if image.ndim == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return image


def mean_confidence(page: PageText) -> float:
    """The words' mean confidence (0 for a page without words)."""
    confidences = [word.confidence for word in page.words()]
    return sum(confidences) / len(confidences) if confidences else 0.0


def confident_characters(page: PageText) -> float:
    """Characters weighted by how sure the engine is of them: more is a better reading."""
    return sum(len(word.text) * word.confidence / 100 for word in page.words())


class ReadPipeline:
    """Recognises the text in a picture with the given engine and languages."""

    def __init__(self, engine: OcrEngine, languages: str) -> None:
        self.engine = engine
        self.languages = languages

    def read(self, image: np.ndarray) -> ReadResult:
        """Recognise `image`; raises the engine's UserFacingError when it cannot."""
        started = time.perf_counter()
        self.engine.probe()
        picture = prepare(image)
        page = self.engine.recognize(picture, self.languages)
        if mean_confidence(page) < RETRY_CONFIDENCE:
            column = self.engine.recognize(picture, self.languages, "column")
            log.info(
                "Low confidence %.0f; one column reads %.0f",
                mean_confidence(page),
                mean_confidence(column),
            )
            if confident_characters(column) > confident_characters(page):
                page = column
        seconds = time.perf_counter() - started
        log.info("Read %d words in %.2f s", sum(1 for _ in page.words()), seconds)
        return ReadResult(page, seconds)
