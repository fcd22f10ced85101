"""What the stages of a reading share: the engines and languages, and the prepared page."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from core.document.lines import line_boxes
from core.document.prepare import PreparedPage
from core.ocr.base import Layout, OcrEngine
from core.ocr.ppocr import reads
from core.text.model import Box, PageText
from core.text.script import hangul_share

#: Tesseract processes run at once: one per core on the 2-core machines Bitna targets.
WORKERS = 2
#: A page whose Tesseract reading has more Hangul letters than this share is Korean: the
#: photo engine, which cannot read Korean, is not used on it.
PHOTO_MAX_HANGUL = 0.05


@dataclass(frozen=True)
class Engines:
    """The engines a reading uses, the languages it reads, and the cores it may use.

    `photo` reads photographed Latin text (core/ocr/ppocr.py); None where there is none
    for these languages.
    """

    tesseract: OcrEngine
    languages: str
    photo: OcrEngine | None = None
    workers: int = WORKERS

    @classmethod
    def of(
        cls, tesseract: OcrEngine, languages: str, photo: OcrEngine | None, workers: int
    ) -> Engines:
        """The engines for `languages`, the photo engine kept only where it reads them."""
        photo = photo if photo is not None and reads(languages) else None
        return cls(tesseract, languages, photo, max(1, workers))

    def read(self, image: np.ndarray, layout: Layout | None = None) -> PageText:
        """`image` read by Tesseract in the reading's languages."""
        return self.tesseract.recognize(image, self.languages, layout)

    def photo_reads(self, text: str) -> bool:
        """Whether the photo engine should read this page: there is one for the languages,
        and what Tesseract read is not Korean (which the photo engine cannot read)."""
        return self.photo is not None and hangul_share(text) <= PHOTO_MAX_HANGUL


@dataclass(frozen=True)
class PageReading:
    """What a stage that takes the recognised page and gives it back may use."""

    prepared: PreparedPage
    engines: Engines

    @functools.cached_property
    def lines(self) -> list[Box]:
        """Every text line our layout found on the prepared page (found once)."""
        return line_boxes(self.prepared)
