"""From a captured picture to recognised text: the one place the app and `bitna read` share.

1. `core.document.prepare_page` finds and flattens the page, evens out the light, turns it
   upright when it lies sideways, scales it to the letter size Tesseract reads best,
   deskews it and finds its text blocks in reading order (`PreparedPage.regions`).
2. The prepared page is read whole with Tesseract's automatic layout (psm 3). Meanwhile,
   on the second core, the largest block is read both ways up: whether a page is upside
   down cannot be seen in the ink's profile. When the turned reading has clearly more
   confident characters, the page is turned over and read again (rare, so the cost is
   paid only then).
3. Tesseract 5.3's automatic layout sometimes loses most lines of a plain Korean page
   (CER 0.78 on the Korean demo letter, mean word confidence 78) that reading it as one
   column gets right (CER 0.02, confidence 92). So a page read with low confidence is read
   again as one column, and the reading with more confident characters is kept.

Why whole-page psm 3 and not our own blocks read one by one (psm 6, in parallel): measured
on the benchmark (benchmarks/ocr_accuracy.py), our block reading was faster on two cores but
lost on the UNLV magazine pages (CER 0.45 vs 0.05: blocks cut through the photo and the
wrapped text) and on receipts; our layout is kept as data (`ReadResult.prepared.regions`)
and `regions()` is the interface a block-by-block reader will fill in when it wins.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from core.document.layout import Region
from core.document.prepare import PreparedPage, prepare_page
from core.ocr.base import OcrEngine
from core.ocr.model import PageText

log = logging.getLogger(__name__)

#: Tesseract processes run at once: one per core on the 2-core machines Bitna targets.
WORKERS = 2
#: The page is turned over when the turned reading has this many times the confident text.
TURN_MARGIN = 1.5
#: Mean word confidence below which the automatic layout is second-guessed.
RETRY_CONFIDENCE = 90.0


@dataclass(frozen=True)
class ReadResult:
    """A recognised page and what it took to get it.

    `page` boxes are in the pixels of `prepared.image` (the flattened, upright page).
    """

    page: PageText
    seconds: float
    prepared: PreparedPage | None = None


@dataclass(frozen=True)
class RegionText:
    """One block of the page, read: `page` boxes are in the prepared page's pixels."""

    region: Region
    page: PageText


def mean_confidence(page: PageText) -> float:
    """The words' mean confidence (0 for a page without words)."""
    confidences = [word.confidence for word in page.words()]
    return sum(confidences) / len(confidences) if confidences else 0.0


def confident_characters(page: PageText) -> float:
    """Characters weighted by how sure the engine is of them: more is a better reading."""
    return sum(len(word.text) * word.confidence / 100 for word in page.words())


class ReadPipeline:
    """Recognises the text in a picture with the given engine and languages."""

    def __init__(self, engine: OcrEngine, languages: str, *, workers: int = WORKERS) -> None:
        self.engine = engine
        self.languages = languages
        self.workers = max(1, workers)

    def prepare(self, image: np.ndarray) -> PreparedPage:
        """The page found, flattened, levelled, upright, scaled, with its blocks in order."""
        return prepare_page(image)

    def read(self, image: np.ndarray) -> ReadResult:
        """Recognise `image`; raises the engine's UserFacingError when it cannot."""
        started = time.perf_counter()
        self.engine.probe()
        prepared = self.prepare(image)
        prepared, page = self._read_prepared(prepared)
        seconds = time.perf_counter() - started
        log.info("Read %d words in %.2f s", sum(1 for _ in page.words()), seconds)
        return ReadResult(page, seconds, prepared)

    def regions(self, image: np.ndarray) -> Iterator[RegionText]:
        """The page's blocks, read, in reading order.

        Today they come once the whole page is read (see the module's note on why); a
        caller that speaks each as it comes will start earlier once blocks are read one
        by one, with no change on its side.
        """
        result = self.read(image)
        for order, block in enumerate(result.page.blocks):
            region = Region(block.box, "text", order, len(block.lines))
            part = PageText((block,), result.page.width, result.page.height, self.languages)
            yield RegionText(region, part)

    def _read_prepared(self, prepared: PreparedPage) -> tuple[PreparedPage, PageText]:
        picture = prepared.image
        regions = prepared.text_regions
        with ThreadPoolExecutor(self.workers, thread_name_prefix="ocr") as pool:
            whole = pool.submit(self.engine.recognize, picture, self.languages)
            turned = pool.submit(self._reads_better_turned, prepared, regions)
            if turned.result():
                whole.cancel()
                prepared = prepared.turned_over()
                picture = prepared.image
                page = self.engine.recognize(picture, self.languages)
            else:
                page = whole.result()
        if mean_confidence(page) < RETRY_CONFIDENCE:
            column = self.engine.recognize(picture, self.languages, "column")
            log.info(
                "Low confidence %.0f; one column reads %.0f",
                mean_confidence(page),
                mean_confidence(column),
            )
            if confident_characters(column) > confident_characters(page):
                page = column
        return prepared, page

    def _reads_better_turned(self, prepared: PreparedPage, regions: tuple[Region, ...]) -> bool:
        """True when the largest block reads clearly better turned by 180°."""
        if not regions:
            return False
        largest = max(regions, key=lambda r: r.box.width * r.box.height)
        crop = prepared.crop(largest)
        as_is = confident_characters(self.engine.recognize(crop, self.languages, "block"))
        turned_crop = np.ascontiguousarray(crop[::-1, ::-1])
        turned = confident_characters(self.engine.recognize(turned_crop, self.languages, "block"))
        log.debug("Largest block reads %.0f as is, %.0f turned", as_is, turned)
        if turned > TURN_MARGIN * as_is + 5:
            log.info("Page is upside down (%.0f vs %.0f); turning it", turned, as_is)
            return True
        return False
