"""The page recognised: Tesseract's own layout, or the reading that beats it.

Tesseract's automatic layout reads most pages best, but not all, so a reading it gives
unsure or with many of our layout's lines left without words is second-guessed:
- photographed Latin text goes to the photo engine (PP-OCR), its lines put in our
  layout's order (core/document/arrange.py); Korean pages and clean scans stay with
  Tesseract;
- the page is read as one column, which keeps the lines Tesseract's layout can lose on
  a plain Korean page;
- running text in a few blocks is read block by block, each block levelled on its own,
  for a page photographed at an angle, which slopes differently from top to bottom.
The reading with the most confident characters is kept. Measured: benchmarks/README.md,
"Which reading is kept".
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Literal, NamedTuple

from core.document.arrange import arranged, side_by_side
from core.document.lines import lines_covered
from core.document.prepare import PreparedPage
from core.document.sheet import read_stacked
from core.reading.confidence import confident_characters, mean_confidence
from core.reading.crops import PAD, cut, levelled
from core.reading.engines import PHOTO_MAX_HANGUL, Engines, PageReading
from core.text.model import PageText
from core.text.script import hangul_share, letter_count

log = logging.getLogger(__name__)

#: The page is read block by block when it has at most this many text blocks and no
#: table...
BLOCKS_MAX = 16
#: ...and that reading is kept when it has this many times the confident characters of
#: the best whole-page reading.
BLOCKS_MARGIN = 1.15
#: Mean word confidence of Tesseract's reading below which a Latin page is read by the
#: photo engine (clean scans read at 95-96).
PHOTO_CONFIDENCE = 93.0
#: A layout reading with fewer letters than this lost the page: its script is not known.
FEW_LETTERS = 20
#: Mean word confidence below which the automatic layout is second-guessed...
RETRY_CONFIDENCE = 90.0
#: ...or the share of our layout's lines it must have read...
RETRY_COVERAGE = 0.5
#: ...or, on a Korean page, this share: Tesseract's layout loses Korean lines more often.
RETRY_COVERAGE_KOREAN = 0.9

#: Blocks of Tesseract's reading side by side, each of this many lines or more and this
#: many letter heights wide: the page is in columns of prose, and read as one column it
#: would be read across them. Prose columns are wider, a form's labels or a bill's numbers
#: narrower (benchmarks/README.md, "Time per page").
COLUMN_LINES = 3
COLUMN_LETTERS = 20

#: A reading of the page perhaps started ahead on the other core (see streaming.Ahead).
ReadAhead = Callable[[], PageText]
PhotoAhead = Callable[[], PageText | None]


class Recognised(NamedTuple):
    """The page as recognised, and which engine read it."""

    page: PageText
    engine: Literal["tesseract", "photo"]


def recognise(
    reading: PageReading,
    read_column: ReadAhead | None = None,
    read_photo: PhotoAhead | None = None,
) -> Recognised:
    """The page read with Tesseract's layout, or by the reading that beats it.

    `read_column` and `read_photo` give the page read as one column and by the photo
    engine, perhaps started ahead on the other core; else they are read here when needed.
    """
    prepared, engines = reading.prepared, reading.engines
    picture = prepared.image
    page = engines.read(picture)
    confidence = mean_confidence(page)
    covered = lines_covered(page, prepared, reading.lines)

    @functools.cache
    def as_column() -> PageText:
        return engines.read(picture, "column") if read_column is None else read_column()

    if confidence < PHOTO_CONFIDENCE and engines.photo_reads(page.text):
        # A layout reading that lost (almost) the whole page cannot tell its script: a
        # Korean page read as nothing would go to the photo engine, which reads Hangul as
        # junk. The page read as one column then tells.
        lost = letter_count(page.text) < FEW_LETTERS
        if not lost or engines.photo_reads(as_column().text):
            photo = read_photo() if read_photo is not None else read_photo_page(prepared, engines)
            if photo is not None:
                return Recognised(photo, "photo")
    korean = hangul_share(page.text) > PHOTO_MAX_HANGUL
    if confidence < RETRY_CONFIDENCE or covered < (
        RETRY_COVERAGE_KOREAN if korean else RETRY_COVERAGE
    ):
        unsure = confidence < RETRY_CONFIDENCE
        blocks = read_blocks(prepared, engines) if unsure and _reads_as_blocks(prepared) else None
        if in_prose_columns(page, prepared.letter_height):
            log.info(
                "Confidence %.0f, %.0f %% of lines read; in columns", confidence, covered * 100
            )
        else:
            column = as_column()
            log.info(
                "Confidence %.0f, %.0f %% of lines read; one column reads %.0f",
                confidence,
                covered * 100,
                mean_confidence(column),
            )
            if confident_characters(column) > confident_characters(page):
                page = column
        if blocks is not None and (
            confident_characters(blocks) > BLOCKS_MARGIN * confident_characters(page)
        ):
            log.info("Block by block reads %.0f", confident_characters(blocks))
            page = blocks
    return Recognised(page, "tesseract")


def read_photo_page(prepared: PreparedPage, engines: Engines) -> PageText | None:
    """The page read by the photo engine, its lines put in our layout's order; None when
    it fails or reads nothing (Tesseract's readings are used then)."""
    assert engines.photo is not None
    try:
        lines = engines.photo.recognize(prepared.image, engines.languages)
    except Exception:
        log.exception("The photo engine failed; reading with Tesseract only")
        return None
    page = arranged(lines, prepared.text_regions)
    log.info("Photo engine: %d lines in %d blocks", len(lines.blocks), len(page.blocks))
    return None if page.is_empty else page


def read_blocks(prepared: PreparedPage, engines: Engines) -> PageText:
    """The page read block by block in our layout's order, each block levelled on its
    own, all in one Tesseract run (see core/document/sheet.py)."""
    picture = prepared.image
    height, width = picture.shape[:2]
    boxes = [region.box for region in prepared.text_regions]
    crops = [levelled(cut(picture, box)) for box in boxes]
    places = [(box.left - PAD, box.top - PAD) for box in boxes]
    gap = max(2 * PAD, round(3 * prepared.letter_height))
    blocks = read_stacked(crops, places, gap, lambda sheet: engines.read(sheet, "block"))
    return PageText(tuple(blocks), width, height, engines.languages)


def _reads_as_blocks(prepared: PreparedPage) -> bool:
    """Whether reading block by block is worth trying: running text in a few blocks; not
    tables (a receipt's prices lose their labels) nor pages of many blocks (a magazine
    page, whose blocks cut through its photo and wrapped text)."""
    regions = prepared.text_regions
    tables = any(region.kind == "table" for region in regions)
    return 0 < len(regions) <= BLOCKS_MAX and not tables


def in_prose_columns(page: PageText, letter: float) -> bool:
    """Whether Tesseract's reading has columns of prose side by side: blocks of
    `COLUMN_LINES` lines or more, `COLUMN_LETTERS` letter heights wide or more."""
    return side_by_side(
        [
            block.box
            for block in page.blocks
            if len(block.lines) >= COLUMN_LINES and block.box.width >= COLUMN_LETTERS * letter
        ]
    )
