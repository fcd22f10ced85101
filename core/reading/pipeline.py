"""From a captured picture to recognised text: the one place the app and `bitna read` share.

A frame goes through these stages, in this order (docs/architecture.md tells the story):

1. glance (core/document/prepare.py `glance_at`): the page found on a small copy, its
   letters measured, and whether it lies sideways; where its ink shows no lines, a
   little of it read to know whether there is text at all (stages/text_probe.py
   `look_for_text`): none ends the reading at once;
2. orientation (stages/orientation.py `way_up`): which way up, by reading, where the ink
   cannot tell;
3. prepare (core/document/prepare.py `finish_page`): flattened, evened out, scaled,
   deskewed, curled lines straightened, its blocks found in reading order;
4. recognition (stages/recognition.py `recognise`): Tesseract's layout, or the reading
   that beats it: the photo engine, one column, or block by block with each block
   levelled;
5. the page stages (`PAGE_STAGES` below, for Tesseract's readings; then
   `STRUCTURE_STAGES`, for every reading), each a module with one entry function that
   takes the page and gives it back;
6. upright (stages/orientation.py `upright`): a page read at once and unsure is read
   turned over too, and the better reading kept;
7. a reading with no word read surely is marks read as text, not text
   (stages/text_probe.py `holds_text`): "no text", whichever stage made it.

Streaming (streaming.py) runs 3-5 on the other core while the page's first lines are read
and handed on, so speech starts in a fraction of the time the whole page takes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from core.document.prepare import PreparedPage, finish_page, glance_at, prepare_page
from core.ocr.base import OcrEngine
from core.reading.engines import WORKERS, Engines, PageReading
from core.reading.stages.columns import columns_in_order
from core.reading.stages.echoes import without_echoes
from core.reading.stages.fields import values_beside_labels
from core.reading.stages.first_letters import read_first_letters
from core.reading.stages.glued import split_glued_amounts
from core.reading.stages.korean_again import read_korean_again
from core.reading.stages.lost_lines import read_lost_lines
from core.reading.stages.orientation import upright, way_up
from core.reading.stages.page_edges import edges_in_place
from core.reading.stages.recognition import PhotoAhead, ReadAhead, recognise
from core.reading.stages.tables import read_tables
from core.reading.stages.text_probe import holds_text, look_for_text
from core.reading.stages.unread_ink import name_unread_ink
from core.reading.streaming import ReadPart, read_streaming
from core.text.model import PageText

__all__ = ["PAGE_STAGES", "STRUCTURE_STAGES", "ReadPart", "ReadPipeline", "ReadResult"]

log = logging.getLogger(__name__)


class PageStage(Protocol):
    """A stage of the read path: takes the recognised page and gives it back."""

    def __call__(self, page: PageText, reading: PageReading, /) -> PageText: ...


#: What a page Tesseract recognised goes through, in order. (The photo engine's pages come
#: whole, in our layout's order, and skip them.)
PAGE_STAGES: tuple[PageStage, ...] = (
    read_lost_lines,  # lines the reading left without words, read on their own
    without_echoes,  # pieces of words read twice, dropped
    split_glued_amounts,  # a Korean label run into its amount ("합계4,140,160"), split
    columns_in_order,  # columns side by side read one after the other
    edges_in_place,  # a heading above all first, a footer below all last
    read_korean_again,  # Latin junk on Korean lines, read again in Korean alone
    read_first_letters,  # a word's first letters left out ("명:" for "성명:"), read back
)

#: What every recognised page goes through after that, whichever engine read it.
STRUCTURE_STAGES: tuple[PageStage, ...] = (
    values_beside_labels,  # a form's value put after its label, wherever it was read
    read_tables,  # tables as rows of cells, empty cells with ink read on their own
    name_unread_ink,  # pictures, codes, stamps and signatures named where they lie
)


@dataclass(frozen=True)
class ReadResult:
    """A recognised page and what it took to get it.

    `page` boxes are in the pixels of `prepared.image` (the flattened, upright page).
    """

    page: PageText
    seconds: float
    prepared: PreparedPage | None = None


class ReadPipeline:
    """Recognises the text in a picture with the given engine and languages."""

    def __init__(
        self,
        engine: OcrEngine,
        languages: str,
        *,
        workers: int = WORKERS,
        streaming: bool = True,
        photo_engine: OcrEngine | None = None,
    ) -> None:
        self.engines = Engines.of(engine, languages, photo_engine, workers)
        #: Read the head ahead of the rest (False: the whole page at once, for comparison).
        self.streaming = streaming

    @property
    def languages(self) -> str:
        return self.engines.languages

    def prepare(self, image: np.ndarray) -> PreparedPage:
        """The page found, flattened, levelled, upright, scaled, with its blocks in order."""
        return prepare_page(image)

    def read(self, image: np.ndarray) -> ReadResult:
        """Recognise `image`; raises the engine's UserFacingError when it cannot."""
        return self.stream(image, lambda part: None)

    def stream(self, image: np.ndarray, on_part: Callable[[ReadPart], None]) -> ReadResult:
        """Recognise `image`, calling `on_part` (on this thread) as soon as the page's first
        lines are known and once more with the whole page (`final`)."""
        started = time.perf_counter()
        self.engines.tesseract.probe()
        glance = glance_at(image)
        sighting = look_for_text(glance, self.engines) if glance is not None else None
        prepared: PreparedPage | None
        if sighting is not None and not sighting.text:  # nothing prepared, nothing read
            prepared, page = None, PageText.empty(image.shape[1], image.shape[0], self.languages)
        elif glance is None:  # a sliver with no page in it
            prepared = prepare_page(image)
            prepared, page = upright(
                prepared, self.recognised(prepared), self.engines, self.recognised
            )
        elif not self.streaming:  # at once: the screen-reader route
            prepared = finish_page(way_up(glance, self.engines, sighting))
            prepared, page = upright(
                prepared, self.recognised(prepared), self.engines, self.recognised
            )
        else:
            prepared, page = read_streaming(
                way_up(glance, self.engines, sighting),
                self.engines,
                self.recognised,
                self.recognised,
                on_part,
            )
        if not page.is_empty and not holds_text(page):  # whatever stage made it: marks, not text
            log.info("Nothing read surely, taken for marks: %r", page.text[:80])
            page = PageText.empty(image.shape[1], image.shape[0], self.languages)
        seconds = time.perf_counter() - started
        log.info("Read %d words in %.2f s", sum(1 for _ in page.words()), seconds)
        on_part(ReadPart(page, final=True))
        return ReadResult(page, seconds, prepared)

    def recognised(
        self,
        prepared: PreparedPage,
        read_column: ReadAhead | None = None,
        read_photo: PhotoAhead | None = None,
    ) -> PageText:
        """The prepared page recognised and put through the page stages.

        The whole page, head included: its layout is found on all of it, and a streamed
        head's words are taken out afterwards, so a head that reads poorly can be dropped
        without losing its text.
        """
        reading = PageReading(prepared, self.engines)
        page, engine = recognise(reading, read_column, read_photo)
        stages = PAGE_STAGES + STRUCTURE_STAGES if engine == "tesseract" else STRUCTURE_STAGES
        for stage in stages:
            page = stage(page, reading)
        return page
