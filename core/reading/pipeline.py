"""From a captured picture to recognised text: the one place the app and `bitna read` share.

1. `core.document.prepare_page` finds and flattens the page, evens out the light, turns it
   upright when it lies sideways, scales it to the letter size Tesseract reads best,
   deskews it and finds its text blocks in reading order (`PreparedPage.regions`).
2. Streaming: the page's first few lines (the *head*, `core.document.head`) are read alone
   on one core while the whole page is prepared and read on the other. The head is found
   on the glance, the small copy the page is first measured on, and cut straight out of
   the frame (`core.document.fast_head`), so its first line is read before the whole page
   is even prepared (on a 12 MP photo: 0.3 s instead of 0.8 s to reach it). When the
   glance's first block holds no words, the prepared page's blocks are tried. The head is
   handed on as soon as it is recognised, so speech starts in a fraction of the time the
   whole page takes; the rest of the page (its reading without the head's words) follows,
   appended. The text only ever grows at its end, so what was shown and spoken stays valid.
3. Whether a page is upside down cannot be seen in the ink's profile: when the head reads
   with low confidence it is read turned by 180° too, and when that reads clearly better
   the whole page is read turned over as well and the better reading kept (rare, so the
   cost is paid only then). A page lying sideways is upside down half the time once
   turned a quarter, so its first line is read both ways before it is prepared
   (`_way_up`), and it is never read whole twice.
4. Tesseract 5.3's automatic layout (psm 3) sometimes loses most lines of a plain Korean
   page (CER 0.78 on the Korean demo letter) that reading it as one column gets right
   (CER 0.02). So a page read with low confidence, or with many of our layout's lines left
   without words, is read again as one column, and the reading with more confident
   characters is kept. The column reading starts as soon as the head is read, on the
   core the head has freed, in case it is needed.

5. A page photographed at an angle slopes differently from top to bottom; Tesseract's
   layout breaks its lines apart. When such a page reads unsure and is running text in a
   few blocks (no tables), it is also read block by block in our layout's order, each
   block levelled on its own, and that reading is kept when it is clearly more confident
   (the two phone photos of the benchmark: CER 0.42-0.56 to 0.08-0.10).

6. Photographed Latin text (a page Tesseract reads unsure, with no Korean in it) is read
   by the photo engine (PP-OCR, core/ocr/ppocr.py) instead, on the same prepared page,
   its lines put in reading order by core/document/arrange.py; it starts as soon as the
   head reads unsure and Latin. The benchmark's 15 photos: median CER 0.12 with
   Tesseract's best reading, 0.05 with the photo engine. Korean pages and clean scans
   stay with Tesseract; when Tesseract's layout lost (almost) the whole page, the page
   read as one column tells whether it is Korean.

7. Tesseract's readings are tidied: a piece of a word read twice goes
   (core/reading/stages/echoes.py), a heading above all other blocks comes first and a footer below
   them all last (core/reading/stages/page_edges.py), and read in Korean with another language,
   Latin junk on Korean lines is read again in Korean alone (core/reading/stages/korean_again.py).

Why the page is not always read as our own blocks one by one: measured on the benchmark
(benchmarks/ocr_accuracy.py), block reading lost on the UNLV magazine pages (CER 0.45 vs
0.05: blocks cut through the photo and the wrapped text) and on receipts (prices torn
from their labels), and each block costs a Tesseract start.
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

import cv2
import numpy as np

from core.document.arrange import arranged
from core.document.fast_head import cut_piece, glance_heads, middle_square, prepared_size
from core.document.head import Head, find_heads
from core.document.lighting import ink_mask
from core.document.prepare import Glance, PreparedPage, finish_page, glance_at, prepare_page
from core.document.sheet import stack, unstack
from core.document.skew import best_angle, rotate
from core.document.textsize import letters_only
from core.ocr.base import Layout, OcrEngine
from core.ocr.ppocr import reads
from core.reading.stages.echoes import without_echoes
from core.reading.stages.korean_again import korean_again, reads_korean_again
from core.reading.stages.lost_lines import (
    confident_new_lines,
    cut_box,
    in_white,
    line_boxes,
    unread_lines,
    with_lines,
    worth_reading,
)
from core.reading.stages.page_edges import edges_in_place
from core.text.model import Block, Box, PageText, Word, shifted_block, with_words
from core.text.script import hangul_count, hangul_share, letter_count

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Tesseract processes run at once: one per core on the 2-core machines Bitna targets.
WORKERS = 2
#: The page is turned over when the turned reading has this many times the confident text.
TURN_MARGIN = 1.5
#: Mean word confidence of the head below which the page may be upside down.
TURN_SUSPECT = 70.0
#: ...and the gain in mean confidence that shows it is, when read turned.
TURN_GAIN = 20.0
#: Confident characters the head must hold read turned for that to say anything.
TURN_MIN_TEXT = 8.0
#: A head read with less mean confidence is not spoken ahead: noise, or a picture.
HEAD_CONFIDENCE = 50.0
#: Blocks tried in turn for where reading starts, when the ones before hold no words (a
#: shadow in the corner of a book photo read as "|").
HEAD_TRIES = 3
#: A first piece of the head taller than this many letter heights holds lines our line
#: finder could not part (the sloping, dot-printed header of receipt 011: 12.5; single
#: lines measured 1.6-5.3, headings included). Read as one line it is junk, which passed
#: for an upside-down page: it is read as a block when testing which way up the page is,
#: and the page is then read whole instead of streamed from it.
LINE_MAX_LETTERS = 6.0
#: A piece of the head still sloping this many degrees after the page was deskewed is
#: levelled on its own.
LEVEL_DEGREES = 1.0
#: The page is read block by block when it has at most this many text blocks and no
#: table...
BLOCKS_MAX = 16
#: ...and that reading is kept when it has this many times the confident characters of
#: the best whole-page reading (receipts 010 and 219 gain 1-2 % and read worse).
BLOCKS_MARGIN = 1.15
#: A page whose Tesseract reading has more Hangul letters than this share is Korean: the
#: photo engine, which cannot read Korean, is not used on it.
PHOTO_MAX_HANGUL = 0.05
#: Mean word confidence of Tesseract's reading below which a Latin page is read by the
#: photo engine. On the benchmark, Tesseract reads the photos at 51-91 (svt 122617: 91,
#: CER 0.027, and 0.015 by the photo engine) and the clean scans at 95-96, but for
#: eurotext (90: six languages read as English; CER 0.027, and 0.010 so).
PHOTO_CONFIDENCE = 93.0
#: A layout reading with fewer letters than this lost the page: its script is not known.
FEW_LETTERS = 20
#: Mean word confidence below which the automatic layout is second-guessed...
RETRY_CONFIDENCE = 90.0
#: ...or the share of our layout's lines it must have read (lost lines: 0.29-0.36 on the
#: Korean demo letter; 0.64-1.0 on every scan, camera page and receipt measured).
RETRY_COVERAGE = 0.5
#: ...or, on a Korean page, this share: Tesseract's layout loses Korean lines more often,
#: and keeps more of them when it does (a small photo of the Korean demo letter: 0.64,
#: CER 0.39; read as one column, 0).
RETRY_COVERAGE_KOREAN = 0.9


@dataclass(frozen=True)
class ReadResult:
    """A recognised page and what it took to get it.

    `page` boxes are in the pixels of `prepared.image` (the flattened, upright page).
    """

    page: PageText
    seconds: float
    prepared: PreparedPage | None = None


@dataclass(frozen=True)
class ReadPart:
    """The text recognised so far, handed on while the rest is still being read.

    `page.text` of each later part starts with this part's text. `open_end` is true when
    the last paragraph continues in the next part (the head was cut inside a block).
    """

    page: PageText
    final: bool
    open_end: bool = False


def mean_confidence(page: PageText) -> float:
    """The words' mean confidence (0 for a page without words)."""
    confidences = [word.confidence for word in page.words()]
    return sum(confidences) / len(confidences) if confidences else 0.0


def confident_characters(page: PageText) -> float:
    """Characters weighted by how sure the engine is of them: more is a better reading."""
    return sum(len(word.text) * word.confidence / 100 for word in page.words())


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
        self.engine = engine
        self.languages = languages
        #: The engine for photographed Latin text, when there is one (see _read_photo).
        self.photo_engine = photo_engine if photo_engine is not None and reads(languages) else None
        self.workers = max(1, workers)
        #: Read the head ahead of the rest (False: the whole page at once, for comparison).
        self.streaming = streaming

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
        self.engine.probe()
        glance = glance_at(image)
        if glance is None or not self.streaming:
            # At once (the screen-reader route), or a sliver with no page in it.
            prepared = self.prepare(image) if glance is None else finish_page(self._way_up(glance))
            page = self._read_whole(prepared)
            prepared, page = self._upright(prepared, page)
        else:
            prepared, page = self._read_streaming(glance, on_part)
        seconds = time.perf_counter() - started
        log.info("Read %d words in %.2f s", sum(1 for _ in page.words()), seconds)
        on_part(ReadPart(page, final=True))
        return ReadResult(page, seconds, prepared)

    def _read_streaming(
        self, glance: Glance, on_part: Callable[[ReadPart], None]
    ) -> tuple[PreparedPage, PageText]:
        """The head read on this thread, cut from the frame as soon as the glance has found
        it, while the pool prepares the whole page and reads it."""
        glance = self._way_up(glance)
        pool = ThreadPoolExecutor(self.workers, thread_name_prefix="ocr")
        preparing = pool.submit(finish_page, glance)

        def read_column() -> PageText:
            return self.engine.recognize(preparing.result().image, self.languages, "column")

        column = _Ahead(read_column)
        photo = _Ahead(lambda: self._read_photo(preparing.result()))
        whole = pool.submit(
            lambda: self._read_whole(preparing.result(), column.result, photo.result)
        )
        try:
            letter = (glance.letter or 30.0) * glance.factor
            width, height = prepared_size(glance)
            heads = _head_candidates(glance, preparing)
            head, cut = next(heads, (None, None))
            read: PageText | None = None  # the head's pieces read so far, joined
            read_box: Box | None = None
            index = 0
            while head is not None and cut is not None and index < len(head.pieces):
                box = head.pieces[index]
                layout = _piece_layout(index, box, letter)
                if layout != "line" and index == 0:
                    # Lines our line finder could not part (receipt 011's sloping, dotted
                    # header: nine lines in one piece). Read as one line it was junk that
                    # passed for an upside-down page; read as a block, its words would be
                    # Tesseract's where the page is read by the photo engine, and its
                    # first line alone cannot be told from the rest of the page's words
                    # (CER 0.038 -> 0.060-0.068). The page is read whole, then spoken.
                    log.info("The first lines could not be parted; the page is read whole")
                    break
                crop = _levelled(cut(box))
                piece = self.engine.recognize(crop, self.languages, layout)
                piece = self._korean_again(piece, crop)
                if index == 0 and not _has_words(piece):
                    log.info("No words where reading would start (%r); next block", piece.text)
                    head, cut = next(heads, (None, None))
                    continue
                if index == 0 and self._reads_better_turned(crop, piece):
                    return self._turned_if_better(preparing.result(), whole.result)
                if piece.is_empty or mean_confidence(piece) < HEAD_CONFIDENCE:
                    log.info("Head reads poorly (%.0f): %r", mean_confidence(piece), piece.text)
                    if index == 0:
                        head, cut = next(heads, (None, None))
                        continue
                    break
                piece = shifted_page(piece, box.left - _PAD, box.top - _PAD, width, height)
                read = piece if read is None else _joined(read, piece, True, letter)
                read_box = box if read_box is None else read_box.union(box)
                index += 1
                last = index == len(head.pieces)
                on_part(ReadPart(read, final=False, open_end=head.open_end or not last))
                photo_like = mean_confidence(read) < PHOTO_CONFIDENCE
                if index == 1 and photo_like and self._photo_reads(read.text):
                    photo.start(pool)  # a photo's first line: its reading need not wait
            # This core is free now: start the reading the page will likely need. A Latin
            # head read unsure is a photo's: the photo engine's; else perhaps a column.
            if read is None or not self._photo_reads(read.text):
                column.start(pool)
            elif mean_confidence(read) < PHOTO_CONFIDENCE:
                photo.start(pool)
            prepared = preparing.result()
            if read is None or read_box is None or head is None:
                return prepared, whole.result()
            open_end = head.open_end or read_box != head.box
            rest = without_box(whole.result(), read_box)
            return prepared, _joined(read, rest, open_end, prepared.letter_height)
        finally:
            # A column reading started ahead and not needed is left to finish on its own.
            pool.shutdown(wait=False, cancel_futures=True)

    def _way_up(self, glance: Glance) -> Glance:
        """A sideways page turned so its text reads, not upside down.

        The ink shows that a page lies sideways, but not which way round: it is turned a
        quarter counter-clockwise, which leaves it upside down half the time. That was
        found only once its head read poorly, and then the whole page was read both ways
        up. So the first line of a sideways page is read both ways first, before the
        page is prepared, and the way that reads more confidently is kept.
        """
        if glance.turn_unsure:
            return self._turned_by_reading(glance)
        if not glance.quarter_turns:
            return glance
        head = next(glance_heads(glance), None)
        if head is None:
            return glance
        box = head.pieces[0]
        crop = _levelled(cut_piece(glance, box))
        upside_down = np.ascontiguousarray(crop[::-1, ::-1])
        layout = _piece_layout(0, box, (glance.letter or 30.0) * glance.factor)
        with ThreadPoolExecutor(1, thread_name_prefix="ocr-turned") as other_core:
            reading_turned = other_core.submit(
                self.engine.recognize, upside_down, self.languages, layout
            )
            as_is = self.engine.recognize(crop, self.languages, layout)
            turned = reading_turned.result()
        as_is_text, turned_text = confident_characters(as_is), confident_characters(turned)
        log.info("Sideways page: its first line reads %.0f, %.0f turned", as_is_text, turned_text)
        if turned_text >= TURN_MIN_TEXT and turned_text > as_is_text:
            return glance.turned_over()
        return glance

    def _turned_by_reading(self, glance: Glance) -> Glance:
        """The glance turned the way its text reads, when the ink could not tell whether it
        runs across or up and down (dense small print in narrow columns).

        A square from the middle of the page is read as it is and turned a quarter either
        way, on both cores; the text reads only the right way (a photographed magazine
        page, UNLV 8071: 123 confident characters upright, 27 and 12 turned; a square of 16
        letters chose wrongly on one photo). When no way reads clearly best, the ink's
        guess stands.
        """
        square = middle_square(glance)
        turns = {0: square, 1: np.rot90(square), 3: np.rot90(square, 3)}
        with ThreadPoolExecutor(self.workers, thread_name_prefix="ocr-turns") as pool:
            readings = {
                turn: pool.submit(
                    self.engine.recognize, np.ascontiguousarray(image), self.languages, "block"
                )
                for turn, image in turns.items()
            }
            text = {turn: confident_characters(read.result()) for turn, read in readings.items()}
        best = max(text, key=lambda turn: text[turn])
        others = max(value for turn, value in text.items() if turn != best)
        log.info("Which way the text runs: %s confident characters by quarter turns", text)
        if text[best] < TURN_MIN_TEXT or text[best] < TURN_MARGIN * others:
            return glance.measured(bool(glance.quarter_turns))
        measured = glance.measured(best != 0)
        return measured.turned_over() if best == 3 else measured

    def _read_whole(
        self,
        prepared: PreparedPage,
        read_column: Callable[[], PageText] | None = None,
        read_photo: Callable[[], PageText | None] | None = None,
    ) -> PageText:
        """The page read with Tesseract's layout, or as one column when that reads better.

        The whole page, head included: its layout is found on all of it, and the head's
        words are taken out afterwards (`without_box`), so a head that reads poorly can be
        dropped without losing its text. `read_column` gives the page read as one column
        (perhaps read ahead on the other core).
        """
        picture = prepared.image
        page = self.engine.recognize(picture, self.languages)
        lines = line_boxes(prepared)
        confidence, covered = mean_confidence(page), lines_covered(page, prepared, lines)

        @functools.cache
        def as_column() -> PageText:
            if read_column is None:
                return self.engine.recognize(picture, self.languages, "column")
            return read_column()

        if confidence < PHOTO_CONFIDENCE and self._photo_reads(page.text):
            # A layout reading that lost (almost) the whole page cannot tell its script:
            # a Korean page read as nothing would go to the photo engine, which reads
            # Hangul as junk. The page read as one column then tells.
            lost = letter_count(page.text) < FEW_LETTERS
            if not lost or self._photo_reads(as_column().text):
                photo = read_photo() if read_photo is not None else self._read_photo(prepared)
                if photo is not None:
                    return photo
        korean = hangul_share(page.text) > PHOTO_MAX_HANGUL
        if confidence < RETRY_CONFIDENCE or covered < (
            RETRY_COVERAGE_KOREAN if korean else RETRY_COVERAGE
        ):
            unsure = confidence < RETRY_CONFIDENCE
            blocks = self._read_blocks(prepared) if unsure and _reads_as_blocks(prepared) else None
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
        page = self._with_lost_lines(prepared, page, lines)
        return self._korean_again(edges_in_place(without_echoes(page)), picture)

    def _with_lost_lines(
        self, prepared: PreparedPage, page: PageText, lines: list[Box]
    ) -> PageText:
        """`page` with the lines its reading left out read on their own and put back in
        their place (see core/reading/stages/lost_lines.py); one Tesseract run for them all."""
        picture, letter = prepared.image, prepared.letter_height
        lost = worth_reading(unread_lines(page, lines, picture.shape), letter)
        if not lost:
            return page
        boxes = [cut_box(box, letter, picture.shape[0]) for box in lost]
        crops = [in_white(_cut_prepared(picture, box), letter) for box in boxes]
        sheet = stack([_levelled(crop) for crop, _ in crops], gap=round(3 * letter))
        read = self.engine.recognize(sheet.image, self.languages, "block")
        places = [
            (box.left - _PAD - border, box.top - _PAD - border)
            for box, (_, border) in zip(boxes, crops, strict=True)
        ]
        found = [line for block in unstack(read, sheet, places) for line in block.lines]
        new = confident_new_lines(found, page)
        log.info("%d lines without words read again: %d kept", len(lost), len(new))
        return with_lines(page, new, letter) if new else page

    def _korean_again(self, page: PageText, picture: np.ndarray) -> PageText:
        """`page` with Korean words misread as Latin junk read again in Korean alone (see
        core/reading/stages/korean_again.py), when the page is read in Korean and another language."""
        if not reads_korean_again(self.languages):
            return page
        return korean_again(
            page, picture, lambda sheet: self.engine.recognize(sheet, "kor", "block")
        )

    def _photo_reads(self, text: str) -> bool:
        """Whether the photo engine should read this page: there is one for the languages,
        and what Tesseract read is not Korean (which the photo engine cannot read)."""
        return self.photo_engine is not None and hangul_share(text) <= PHOTO_MAX_HANGUL

    def _read_photo(self, prepared: PreparedPage) -> PageText | None:
        """The page read by the photo engine, its lines put in our layout's order.

        Used for pages in Latin script that Tesseract reads below `PHOTO_CONFIDENCE`. On
        the benchmark's 15 photos: CER 0.12 with Tesseract at its best (layout, column and
        block readings), 0.05 so; it takes 2-3 s more than Tesseract on a 12 MP photo.
        None when it fails or reads nothing; Tesseract's readings are used then.
        """
        assert self.photo_engine is not None
        try:
            lines = self.photo_engine.recognize(prepared.image, self.languages)
        except Exception:
            log.exception("The photo engine failed; reading with Tesseract only")
            return None
        page = arranged(lines, prepared.text_regions)
        log.info("Photo engine: %d lines in %d blocks", len(lines.blocks), len(page.blocks))
        return None if page.is_empty else page

    def _read_blocks(self, prepared: PreparedPage) -> PageText:
        """The page read block by block in our layout's order, each block levelled on its
        own.

        A page photographed at an angle slopes differently from top to bottom, and no one
        turn of the whole page levels all its lines; Tesseract's layout then breaks lines
        apart (svt 122629: CER 0.56, hist_geo: 0.42). Levelled block by block, they read
        at CER 0.10 and 0.08.
        """
        picture = prepared.image
        height, width = picture.shape[:2]
        boxes = [region.box for region in prepared.text_regions]
        crops = [_levelled(_cut_prepared(picture, box)) for box in boxes]
        # One Tesseract run for all the blocks (see core/document/sheet.py).
        sheet = stack(crops, gap=max(2 * _PAD, round(3 * prepared.letter_height)))
        read = self.engine.recognize(sheet.image, self.languages, "block")
        places = [(box.left - _PAD, box.top - _PAD) for box in boxes]
        return PageText(tuple(unstack(read, sheet, places)), width, height, self.languages)

    def _upright(self, prepared: PreparedPage, page: PageText) -> tuple[PreparedPage, PageText]:
        """The page read at once (not streamed), turned over when it was upside down.

        The same test as the streamed reading's, on the first line of the page's head,
        made only when the page read unsure (an upright page costs nothing more).
        """
        if mean_confidence(page) >= TURN_SUSPECT:
            return prepared, page
        picture = prepared.image
        head = find_heads(picture, prepared.text_regions, prepared.letter_height)
        first = next(head, None)
        if first is None:
            return prepared, page
        box = first.pieces[0]
        crop = _levelled(_cut_prepared(picture, box))
        layout = _piece_layout(0, box, prepared.letter_height)
        line = self.engine.recognize(crop, self.languages, layout)
        if self._reads_better_turned(crop, line):
            return self._turned_if_better(prepared, lambda: page)
        return prepared, page

    def _turned_if_better(
        self, prepared: PreparedPage, as_is: Callable[[], PageText]
    ) -> tuple[PreparedPage, PageText]:
        """The whole page read turned over, when that reads better than it read as it is.

        One line is a small sample: a receipt's logo read as junk either way once passed
        for upside down (receipt 011: 40 vs 1 confident characters for its first line,
        then the whole page turned read at confidence 30 instead of 59). So the whole page
        decides, read both ways at once (this thread turned, the pool's as it is), and
        nothing is handed on before that: the page is spoken whole, the rare price of an
        upside-down page.
        """
        turned = prepared.turned_over()
        turned_page = self._read_whole(turned)
        as_is_page = as_is()
        turned_text, as_is_text = (
            confident_characters(turned_page),
            confident_characters(as_is_page),
        )
        log.info("The page reads %.0f as it is, %.0f turned over", as_is_text, turned_text)
        if turned_text > as_is_text:
            return turned, turned_page
        return prepared, as_is_page

    def _reads_better_turned(self, head_image: np.ndarray, head: PageText) -> bool:
        """True when the head, read unsure, reads clearly better turned by 180°.

        Upside-down Latin text still reads with middling confidence (a demo letter's
        closing line: 60, against 96 turned), so the test is a clear gain in mean
        confidence without losing text, or much more confident text.
        """
        if mean_confidence(head) >= TURN_SUSPECT:
            return False
        turned_image = np.ascontiguousarray(head_image[::-1, ::-1])
        turned = self.engine.recognize(turned_image, self.languages, "block")
        as_is_text, turned_text = confident_characters(head), confident_characters(turned)
        gain = mean_confidence(turned) - mean_confidence(head)
        log.debug("The head reads %.0f as is, %.0f turned", as_is_text, turned_text)
        if turned_text < TURN_MIN_TEXT:
            return False  # a scrap either way up (a page scan's "PUPPY;": 3 vs 0)
        if (gain >= TURN_GAIN and turned_text >= as_is_text) or (
            turned_text > TURN_MARGIN * as_is_text + 5
        ):
            log.info("The page may be upside down (%.0f vs %.0f)", turned_text, as_is_text)
            return True
        return False


class _Ahead(Generic[T]):
    """A reading that may be started ahead of need on a pool, or else done when asked for.

    Once the head is read, one core is free while the other reads the page with
    Tesseract's layout. Most photographed pages are read again (their layout reading is
    below `RETRY_CONFIDENCE`): Latin ones by the photo engine, others as one column. So
    that reading starts then, and that saves its whole time (receipt 218: 2.7 s to 1.7 s
    for the column). Where it is not needed (a clean scan), it is left to finish on its
    own while the page is being spoken.
    """

    def __init__(self, read: Callable[[], T]) -> None:
        self._read = read
        self._future: Future[T] | None = None
        self._taken = False
        self._lock = threading.Lock()

    def start(self, pool: ThreadPoolExecutor) -> None:
        """Begin reading on `pool`, unless the reading was already asked for."""
        with self._lock:
            if self._future is None and not self._taken:
                self._future = pool.submit(self._read)

    def result(self) -> T:
        """The reading: waited for when started ahead, else done now on this thread."""
        with self._lock:
            self._taken = True
            future = self._future
        return future.result() if future is not None else self._read()


#: White border around the head: Tesseract misreads text that touches the image's edge.
_PAD = 10


def _padded(crop: np.ndarray) -> np.ndarray:
    return cv2.copyMakeBorder(crop, _PAD, _PAD, _PAD, _PAD, cv2.BORDER_CONSTANT, value=255)


def _levelled(crop: np.ndarray) -> np.ndarray:
    """A piece of the page (of the head, or a block), levelled on its own when its lines
    still slope, and padded.

    The page is deskewed as a whole, but a photographed page in perspective slopes
    differently from top to bottom: the heading of a page photographed at an angle (svt
    122629) still sloped by 13° and read "pes planter" at confidence 42; levelled, it
    reads "Les plantes" at 92. Word boxes stay those of the levelled piece (close enough
    for telling the head's words from the rest's, which is all they are used for).
    """
    angle, _ = best_angle(letters_only(ink_mask(crop)))  # not a shadow's or rule's edge
    if abs(angle) >= LEVEL_DEGREES:
        crop = rotate(crop, angle)
    return _padded(crop)


def _piece_layout(index: int, box: Box, letter: float) -> Layout:
    """How a piece of the head is read: its first piece as one line (soonest), unless it
    is too tall to be one (`LINE_MAX_LETTERS`); the rest, several lines, as a block."""
    return "line" if index == 0 and box.height <= LINE_MAX_LETTERS * letter else "block"


def _head_candidates(
    glance: Glance, preparing: Future[PreparedPage]
) -> Iterator[tuple[Head, Callable[[Box], np.ndarray]]]:
    """Where reading could start, each with how to cut its pieces out, best bet first.

    First the head found on the glance, cut straight from the frame (soonest); then, when
    it holds no words, the heads of the prepared page, whose layout is found at OCR scale.
    The glance's later blocks are not tried: its coarser layout can join a heading and a
    paragraph with the shadow beside them (boston_cooking_b), and starting at its next
    block would skip them.
    """
    tried: list[Box] = []
    for head in itertools.islice(glance_heads(glance), 1):
        tried.append(head.pieces[0])
        yield head, functools.partial(cut_piece, glance)
    prepared = preparing.result()
    picture, letter = prepared.image, prepared.letter_height
    heads = find_heads(picture, prepared.text_regions, letter)
    untried = (head for head in heads if not any(_same_place(head.pieces[0], box) for box in tried))
    for head in itertools.islice(untried, HEAD_TRIES):
        yield head, functools.partial(_cut_prepared, picture)


def _same_place(first: Box, second: Box) -> bool:
    """Whether two boxes cover mostly the same place: they share more than half of what
    they cover together (a heading cut with the shadow beside it is another place)."""
    width = min(first.right, second.right) - max(first.left, second.left)
    height = min(first.bottom, second.bottom) - max(first.top, second.top)
    if width <= 0 or height <= 0:
        return False
    shared = width * height
    together = first.width * first.height + second.width * second.height - shared
    return shared > together / 2


def _cut_prepared(picture: np.ndarray, box: Box) -> np.ndarray:
    return picture[box.top : box.bottom, box.left : box.right]


def _reads_as_blocks(prepared: PreparedPage) -> bool:
    """Whether reading block by block is worth trying: running text in a few blocks.

    Not tables (a receipt's prices lose their labels when their blocks are read apart:
    receipt 112 went from CER 0.17 to 0.47), nor pages of many blocks (a magazine page,
    whose blocks cut through its photo and wrapped text).
    """
    regions = prepared.text_regions
    tables = any(region.kind == "table" for region in regions)
    return 0 < len(regions) <= BLOCKS_MAX and not tables


def _has_words(page: PageText) -> bool:
    """Whether a piece read holds a word of three letters or digits or more, or three
    Hangul letters: not only marks and scraps like "|" or "i Ba" (the shadow in the
    corner of a book photo). A Korean heading read a syllable apart ("햇 살 약 국 복 약
    인내") is words: skipped, its page was read from its second line, the heading after.
    Two syllables are not enough: a road sign's "서울" read "서음" on its own."""
    return hangul_count(page.text) >= 3 or any(
        sum(character.isalnum() for character in word.text) >= 3 for word in page.words()
    )


def shifted_page(page: PageText, dx: int, dy: int, width: int, height: int) -> PageText:
    """`page` read from a crop, moved into the pixels of a `width`x`height` page."""
    blocks = tuple(shifted_block(block, dx, dy) for block in page.blocks)
    return PageText(blocks, width, height, page.languages)


def lines_covered(page: PageText, prepared: PreparedPage, lines: list[Box] | None = None) -> float:
    """The share of the text lines our layout found (`lines`, when already found) on which
    the recogniser found words.

    Tesseract's layout can lose whole lines yet be confident about the few it kept (the
    Korean demo letter: 5 of 14 lines at confidence 91); no confidence shows that.
    """
    lines = line_boxes(prepared) if lines is None else lines
    if not lines:
        return 1.0
    return 1 - len(unread_lines(page, lines, prepared.image.shape)) / len(lines)


def without_box(page: PageText, box: Box) -> PageText:
    """`page` without the words whose centre lies in `box` (they were read with the head)."""

    def outside(word: Word) -> bool:
        x = word.box.left + word.box.width / 2
        y = word.box.top + word.box.height / 2
        return not (box.left <= x < box.right and box.top <= y < box.bottom)

    return with_words(page, lambda word: (word,) if outside(word) else ())


def _joined(head: PageText, rest: PageText, open_end: bool, letter: float) -> PageText:
    """The head followed by the rest; a paragraph the head cut in two is made whole again.

    The rest's first block continues the head's paragraph when the head was cut inside a
    block and that block starts just below the head, overlapping it sideways.
    """
    if not head.blocks:
        return rest
    blocks = list(head.blocks)
    rest_blocks = list(rest.blocks)
    if open_end and rest_blocks:
        last, following = blocks[-1], rest_blocks[0]
        below = 0 <= following.box.top - last.box.bottom <= 3 * letter
        overlaps = (
            min(last.box.right, following.box.right) - max(last.box.left, following.box.left) > 0
        )
        if below and overlaps:
            blocks[-1] = Block(last.lines + following.lines, last.box.union(following.box))
            rest_blocks.pop(0)
    return PageText(tuple(blocks + rest_blocks), rest.width, rest.height, rest.languages)
