"""Speech starts before the whole page is recognised: the page's first lines read ahead.

The page's first few lines (its *head*, core/document/head.py) are found on the glance,
the small copy the page is first measured on, cut straight out of the frame
(core/document/fast_head.py) and read alone on this thread, while the other core
prepares the whole page and recognises it. Each piece of the head is handed on as soon as
it is read; then the rest of the page (its reading without the head's words) follows,
appended. The text only ever grows at its end, so what was shown and spoken stays valid.
Measured: benchmarks/README.md, "Streaming".
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

from core.document.dewarp import LineStraightening
from core.document.fast_head import cut_piece, glance_heads, prepared_size
from core.document.head import Head, find_heads
from core.document.prepare import Glance, PreparedPage, finish_page
from core.reading.confidence import has_words, mean_confidence
from core.reading.crops import PAD, cut, levelled, piece_layout, shifted_page
from core.reading.engines import Engines
from core.reading.stages.korean_again import korean_again_in
from core.reading.stages.orientation import reads_better_turned, turned_if_better
from core.reading.stages.recognition import PHOTO_CONFIDENCE, read_photo_page
from core.text.model import Block, Box, PageText, Word, with_words

log = logging.getLogger(__name__)
T = TypeVar("T")

#: A head read with less mean confidence is not spoken ahead: noise, or a picture.
HEAD_CONFIDENCE = 50.0
#: Blocks tried in turn for where reading starts, when the ones before hold no words (a
#: shadow in the corner of a book photo read as "|").
HEAD_TRIES = 3


@dataclass(frozen=True)
class ReadPart:
    """The text recognised so far, handed on while the rest is still being read.

    `page.text` of each later part starts with this part's text. `open_end` is true when
    the last paragraph continues in the next part (the head was cut inside a block).
    """

    page: PageText
    final: bool
    open_end: bool = False


#: The whole page recognised, stages included, given the column and photo readings that
#: may have been started ahead.
RecogniseWhole = Callable[
    [PreparedPage, Callable[[], PageText], Callable[[], PageText | None]], PageText
]


def read_streaming(
    glance: Glance,
    engines: Engines,
    recognise: RecogniseWhole,
    turned_recognise: Callable[[PreparedPage], PageText],
    on_part: Callable[[ReadPart], None],
) -> tuple[PreparedPage, PageText]:
    """The page of `glance` (already the right way up) recognised, its head handed to
    `on_part` piece by piece while a pool prepares the whole page and `recognise`s it.

    `turned_recognise` reads the page turned over, when its head shows it upside down.
    """
    pool = ThreadPoolExecutor(engines.workers, thread_name_prefix="ocr")
    preparing = pool.submit(finish_page, glance)
    column = Ahead(lambda: engines.read(preparing.result().image, "column"))
    photo = Ahead(lambda: read_photo_page(preparing.result(), engines))
    whole = pool.submit(lambda: recognise(preparing.result(), column.result, photo.result))
    try:
        letter = (glance.letter or 30.0) * glance.factor
        width, height = prepared_size(glance)
        heads = _head_candidates(glance, preparing)
        head, cut_out, from_frame = next(heads, (None, None, False))
        read: PageText | None = None  # the head's pieces read so far, joined
        read_box: Box | None = None
        index = 0
        while head is not None and cut_out is not None and index < len(head.pieces):
            box = head.pieces[index]
            layout = piece_layout(index, box, letter)
            if layout != "line" and index == 0:
                # Lines our line finder could not part: their first line alone cannot be
                # told from the rest of the page's words, so the page is read whole first.
                log.info("The first lines could not be parted; the page is read whole")
                break
            crop = levelled(cut_out(box))
            piece = korean_again_in(engines.read(crop, layout), crop, engines)
            if index == 0 and not has_words(piece):
                log.info("No words where reading would start (%r); next block", piece.text)
                head, cut_out, from_frame = next(heads, (None, None, False))
                continue
            if index == 0 and reads_better_turned(crop, piece, engines):
                return turned_if_better(preparing.result(), whole.result, turned_recognise)
            if piece.is_empty or mean_confidence(piece) < HEAD_CONFIDENCE:
                log.info("Head reads poorly (%.0f): %r", mean_confidence(piece), piece.text)
                if index == 0:
                    head, cut_out, from_frame = next(heads, (None, None, False))
                    continue
                break
            piece = shifted_page(piece, box.left - PAD, box.top - PAD, width, height)
            read = piece if read is None else joined(read, piece, True, letter)
            read_box = box if read_box is None else read_box.union(box)
            index += 1
            last = index == len(head.pieces)
            on_part(ReadPart(read, final=False, open_end=head.open_end or not last))
            photo_like = mean_confidence(read) < PHOTO_CONFIDENCE
            if index == 1 and photo_like and engines.photo_reads(read.text):
                photo.start(pool)  # a photo's first line: its reading need not wait
        # This core is free now: start the reading the page will likely need. A Latin
        # head read unsure is a photo's: the photo engine's; else perhaps a column.
        if read is None or not engines.photo_reads(read.text):
            column.start(pool)
        elif mean_confidence(read) < PHOTO_CONFIDENCE:
            photo.start(pool)
        prepared = preparing.result()
        if read is None or read_box is None or head is None:
            return prepared, whole.result()
        open_end = head.open_end or read_box != head.box
        # A head cut from the frame was cut before the lines were straightened.
        straightening = prepared.straightening if from_frame else None
        rest = without_box(whole.result(), read_box, straightening)
        return prepared, joined(read, rest, open_end, prepared.letter_height)
    finally:
        # A reading started ahead and not needed is left to finish on its own.
        pool.shutdown(wait=False, cancel_futures=True)


class Ahead(Generic[T]):
    """A reading that may be started ahead of need on a pool, or else done when asked for.

    Once the head is read, one core is free while the other reads the page with
    Tesseract's layout, and most photographed pages are read again (by the photo engine,
    or as one column): that reading starts then, which saves its whole time. Where it is
    not needed (a clean scan), it finishes on its own while the page is being spoken.
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


def _head_candidates(
    glance: Glance, preparing: Future[PreparedPage]
) -> Iterator[tuple[Head, Callable[[Box], np.ndarray], bool]]:
    """Where reading could start, each with how to cut its pieces out and whether that is
    from the frame (not the prepared page), best bet first.

    First the head found on the glance, cut straight from the frame (soonest); then, when
    it holds no words, the heads of the prepared page, whose layout is found at OCR scale.
    The glance's later blocks are not tried: its coarser layout can join a heading and a
    paragraph with the shadow beside them, and starting at its next block would skip them.
    """
    tried: list[Box] = []
    for head in itertools.islice(glance_heads(glance), 1):
        tried.append(head.pieces[0])
        yield head, functools.partial(cut_piece, glance), True
    prepared = preparing.result()
    picture, letter = prepared.image, prepared.letter_height
    heads = find_heads(picture, prepared.text_regions, letter)
    untried = (head for head in heads if not any(_same_place(head.pieces[0], box) for box in tried))
    for head in itertools.islice(untried, HEAD_TRIES):
        yield head, functools.partial(cut, picture), False


def _same_place(first: Box, second: Box) -> bool:
    """Whether two boxes cover mostly the same place: they share more than half of what
    they cover together (a heading cut with the shadow beside it is another place)."""
    shared = first.shared_area(second)
    together = first.area + second.area - shared
    return shared > together / 2


def without_box(
    page: PageText, box: Box, straightening: LineStraightening | None = None
) -> PageText:
    """`page` without the words whose centre lies in `box` (they were read with the head).

    The head was cut from the page before its lines were straightened (`straightening`,
    when they were): each word's centre is taken back to where it lay then.
    """

    def outside(word: Word) -> bool:
        x = word.box.left + word.box.width / 2
        y = word.box.top + word.box.height / 2
        if straightening is not None:
            y = straightening.source_y(x, y)
        return not (box.left <= x < box.right and box.top <= y < box.bottom)

    return with_words(page, lambda word: (word,) if outside(word) else ())


def joined(head: PageText, rest: PageText, open_end: bool, letter: float) -> PageText:
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
