"""Where a frame's text lies, found cheaply, and its lines read by Tesseract.

A box held under the camera is a small part of the frame: reading the whole 1080p frame
with Tesseract's page layout costs seconds, most of it on the desk and the hand. Lines of
print are found first on a small copy (strong edges closed along the line into bars), the
bars grouped into the patches of print they belong to, and only those patches are read, each
scaled so its letters are the size Tesseract reads best, stacked on one sheet and read in
one run (`core.document.sheet.stacks`). Korean words read as Latin junk are read again in
Korean alone, as pages are (`core.reading.stages.korean_again`).
"""

from __future__ import annotations

import itertools
import logging
import statistics
from collections.abc import Callable
from dataclasses import dataclass, replace

import cv2
import numpy as np

from core.document.sheet import stacks
from core.live.label import read_label
from core.live.model import SeenLine
from core.ocr.base import OcrEngine
from core.reading.stages.korean_again import korean_again, reads_korean_again
from core.text.model import Box, Line, PageText, Word
from core.text.script import hangul_count, language_of, letter_count

log = logging.getLogger(__name__)

#: A line with this many Hangul syllables standing alone as words is read again in Korean
#: alone for its spacing.
SPLIT_SYLLABLES = 2
#: The width of the copy print is looked for on.
SEARCH_WIDTH = 960
#: A bar of print on that copy is this many pixels tall at least and at most.
BAR_HEIGHTS = (5, 70)
#: The height patches are scaled to, in pixels of their median bar: Tesseract's best size.
READ_HEIGHT = 40
#: A patch read is never scaled up by more than this (a speck is not worth an upscale).
MOST_UPSCALE = 3.0
#: A word Tesseract is less sure of than this is dropped (but Hangul: Tesseract gives a
#: Korean word read again in Korean alone 0 even when right); a line that keeps none is
#: dropped.
LEAST_WORD_CONFIDENCE = 20.0
#: Blank rows between patches on the sheet, in read heights.
GAP_LINES = 2


@dataclass(frozen=True)
class Patch:
    """A patch of print in the frame, and the median height of its bars (frame pixels)."""

    box: Box
    bar_height: float


def find_patches(frame: np.ndarray) -> list[Patch]:
    """The patches of print in `frame` (BGR or grey), top to bottom."""
    grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    height, width = grey.shape
    scale = min(1.0, SEARCH_WIDTH / width)
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    bars = _bars(small)
    if not bars:
        return []
    patches = _group(bars, small.shape)
    found = []
    for box, heights in patches:
        grown = _grow(box, round(statistics.median(heights) * 0.6), small.shape)
        found.append(
            Patch(_scaled(grown, 1 / scale, (height, width)), statistics.median(heights) / scale)
        )
    return sorted(found, key=lambda patch: (patch.box.top, patch.box.left))


def _bars(small: np.ndarray) -> list[Box]:
    """Bars of print: strong edges closed along the line, shaped like a run of letters."""
    gradient = cv2.morphologyEx(small, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    _, edges = cv2.threshold(gradient, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # Otsu on a smooth desk finds noise; print has edges far stronger than that.
    edges[gradient < 40] = 0
    along = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1))
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, along)
    # Components, not outer contours: the edge of the box's face encloses its print.
    count, _, stats, _ = cv2.connectedComponentsWithStats(closed)
    bars = []
    low, high = BAR_HEIGHTS
    for left, top, w, h, _pixels in stats[1:count]:
        if not low <= h <= high or w < max(12, 1.2 * h):
            continue
        fill = cv2.countNonZero(edges[top : top + h, left : left + w]) / (w * h)
        if 0.15 <= fill <= 0.9:
            bars.append(Box(int(left), int(top), int(w), int(h)))
    return bars


def _group(bars: list[Box], shape: tuple[int, ...]) -> list[tuple[Box, list[int]]]:
    """Bars near each other (within about a line's height) as one patch each."""
    mask = np.zeros(shape[:2], np.uint8)
    for bar in bars:
        reach = max(2, bar.height // 2)
        cv2.rectangle(
            mask,
            (bar.left - reach * 2, bar.top - reach),
            (bar.right + reach * 2, bar.bottom + reach),
            255,
            -1,
        )
    _, labels = cv2.connectedComponents(mask)
    groups: dict[int, list[Box]] = {}
    for bar in bars:
        label = int(labels[bar.top + bar.height // 2, bar.left + bar.width // 2])
        groups.setdefault(label, []).append(bar)
    patches = []
    for members in groups.values():
        box = members[0]
        for member in members[1:]:
            box = box.union(member)
        patches.append((box, [member.height for member in members]))
    return patches


def _grow(box: Box, margin: int, shape: tuple[int, ...]) -> Box:
    left, top = max(0, box.left - margin), max(0, box.top - margin)
    right, bottom = min(shape[1], box.right + margin), min(shape[0], box.bottom + margin)
    return Box(left, top, right - left, bottom - top)


def _scaled(box: Box, factor: float, shape: tuple[int, int]) -> Box:
    left, top = int(box.left * factor), int(box.top * factor)
    right = min(shape[1], int(np.ceil(box.right * factor)))
    bottom = min(shape[0], int(np.ceil(box.bottom * factor)))
    return Box(left, top, right - left, bottom - top)


Read = Callable[[np.ndarray], PageText]


class LineReader:
    """Reads the lines of print in a frame: `reader(frame) -> list[SeenLine]`, in reading
    order patch by patch, each line's box in the frame's pixels."""

    def __init__(self, engine: OcrEngine | None = None, languages: str = "eng") -> None:
        if engine is None:
            from core.ocr.tesseract import TesseractEngine

            engine = TesseractEngine()
        self._engine = engine
        self.languages = languages

    def __call__(self, frame: np.ndarray) -> list[SeenLine]:
        patches = find_patches(frame)
        if not patches:
            return []
        grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        pieces, factors = [], []
        for patch in patches:
            factor = min(MOST_UPSCALE, READ_HEIGHT / max(1.0, patch.bar_height))
            box = patch.box
            crop = grey[box.top : box.bottom, box.left : box.right]
            smooth = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
            pieces.append(cv2.resize(crop, None, fx=factor, fy=factor, interpolation=smooth))
            factors.append(factor)
        seen: list[SeenLine] = []
        for first, sheet in stacks(pieces, GAP_LINES * READ_HEIGHT):
            page = self._read(sheet.image)
            spaced: dict[int, str] = {}
            if reads_korean_again(self.languages):
                page = korean_again(page, sheet.image, self._read_korean)
                spaced = self._korean_spacing(page, sheet.image)
            for line in page.lines():
                index = sheet.piece_at(line.box.top + line.box.height // 2)
                if index is None:
                    continue
                patch, factor = patches[first + index], factors[first + index]
                found = _seen(line, patch.box, factor, sheet.tops[index], spaced.get(id(line)))
                if found is not None:
                    seen.append(replace(found, cut=_cut(found.box, patch.box, grey.shape)))
        return seen

    def label_lines(self, strip: np.ndarray) -> list[str]:
        """The lines of a turned label's joined strip (`core.live.label`), in order."""
        return read_label(strip, self._read_column)

    def _read(self, image: np.ndarray) -> PageText:
        return self._engine.recognize(image, self.languages, "page")

    def _read_column(self, image: np.ndarray) -> PageText:
        page = self._engine.recognize(image, self.languages, "column")
        if reads_korean_again(self.languages):
            page = korean_again(page, image, self._read_korean)
        return page

    def _read_korean(self, image: np.ndarray) -> PageText:
        return self._engine.recognize(image, "kor", "block")

    def _korean_spacing(self, page: PageText, image: np.ndarray) -> dict[int, str]:
        """Lines of `page` (read from `image`) whose Hangul Tesseract split into syllables
        ("고 객 센터"), by id, written as the Korean model alone spaces them ("고객센터"),
        where it reads the same letters: read in two languages, Tesseract spaces Hangul
        by the gaps between syllables, which are as wide as the spaces between words."""
        lines = [line for line in page.lines() if _split_syllables(line) >= SPLIT_SYLLABLES]
        if not lines:
            return {}
        height, width = image.shape[:2]
        pad = READ_HEIGHT // 4
        crops = []
        for line in lines:
            box = line.box
            top, bottom = max(0, box.top - pad), min(height, box.bottom + pad)
            left, right = max(0, box.left - pad), min(width, box.right + pad)
            crops.append(image[top:bottom, left:right])
        spaced: dict[int, str] = {}
        for first, sheet in stacks(crops, GAP_LINES * READ_HEIGHT):
            for read in self._read_korean(sheet.image).lines():
                index = sheet.piece_at(read.box.top + read.box.height // 2)
                if index is None:
                    continue
                line = lines[first + index]
                text = spaced.get(id(line), "") + " " + read.text
                if "".join(text.split()) == "".join(line.text.split()):
                    spaced[id(line)] = text.strip()
        return spaced


def _cut(line: Box, patch: Box, shape: tuple[int, ...]) -> bool:
    """Whether `line` may be cut by the frame's edge: its patch of print reaches the edge
    and the line reaches nearly to that side of the patch (Tesseract drops a word the edge
    cuts through, so the line read can end well short of the edge)."""
    height, width = shape[:2]
    reach = 6 * line.height
    return (
        (patch.left <= 1 and line.left <= patch.left + reach)
        or (patch.right >= width - 1 and line.right >= patch.right - reach)
        or (patch.top <= 1 and line.top <= patch.top + line.height)
        or (patch.bottom >= height - 1 and line.bottom >= patch.bottom - line.height)
    )


def _joined(words: list[Word]) -> str:
    """The words as one line; Hangul pieces Tesseract split with no gap between them (a
    space narrower than a fifth of the line's height) written together, as printed."""
    text = words[0].text
    for before, word in itertools.pairwise(words):
        gap = word.box.left - before.box.right
        tight = gap < 0.2 * max(before.box.height, word.box.height)
        glued = tight and hangul_count(before.text[-1]) and hangul_count(word.text[0])
        text += ("" if glued else " ") + word.text
    return text


def _split_syllables(line: Line) -> int:
    """How many of `line`'s words are a lone Hangul syllable (with its punctuation)."""
    return sum(
        1 for word in line.words if hangul_count(word.text) == 1 and letter_count(word.text) == 1
    )


def _seen(
    line: Line, patch: Box, factor: float, top: int, spaced: str | None = None
) -> SeenLine | None:
    """`line` as read on a patch scaled by `factor` whose top lies at row `top` of the sheet,
    put back in the frame (`spaced`: its text as the Korean model spaces it); None for a
    line of nothing but unsure marks."""
    words = [
        word
        for word in line.words
        if word.confidence >= LEAST_WORD_CONFIDENCE or hangul_count(word.text)
    ]
    words = [word for word in words if any(ch.isalnum() for ch in word.text)]
    if not words:
        return None
    text = spaced if spaced is not None and len(words) == len(line.words) else _joined(words)
    box = words[0].box
    for word in words[1:]:
        box = box.union(word.box)
    frame_box = Box(
        patch.left + int(box.left / factor),
        patch.top + int((box.top - top) / factor),
        max(1, int(box.width / factor)),
        max(1, int(box.height / factor)),
    )
    confidence = sum(word.confidence for word in words) / len(words)
    return SeenLine(text, frame_box, confidence, language_of(text))
