"""Column gutters found from the words' boxes, and lines read across a gutter parted there.

PP-OCR finds lines, not columns: where a page's columns stand close (a magazine's 4-5 mm
gutter, a photographed page still in perspective), it reads many rows of two columns as
one line each, "house ply, he talked", and no ordering of whole lines can undo that. Our
layout's pixels do not always show the gutter either: on a page photographed at an angle it
slants, and at the layout's working scale it closes. The words' boxes show it: a gutter is
a strip no word covers, running straight down several lines, with words beside it on
every row. A line with two words on either side of such a strip is parted between them.

Measured: benchmarks/README.md#columns-in-photos
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import cv2
import numpy as np

from core.document.layout import vertical_runs
from core.text.model import Box, Line, Word

#: The words are laid on a grid of this many cells to a line's height.
CELLS = 16
#: A gutter runs down at least this many line heights (a river of word spaces in
#: justified text does not run straight for long)...
GUTTER_LINES = 8.0
#: ...is at least this many line heights wide...
GUTTER_WIDTH = 0.3
#: ...and has a word within this many line heights of it, on one side or the other, on
#: every row (a blank row across the page, above or below a heading, ends it).
GUTTER_REACH = 2.0
#: Each word's box is taken this many line heights taller above and below, so the rows of
#: a column touch.
ROW_PAD = 0.25


@dataclass(frozen=True)
class Gutters:
    """Where the page's gutters are: a mask on a grid of CELLS to the median line height,
    sheared so that the columns' edges run straight down it."""

    mask: np.ndarray
    scale: float  # cells per page pixel
    slant: float  # how far the columns' edges move right per pixel down

    def between(self, left: float, right: float, y: float) -> bool:
        """Whether a gutter runs between `left` and `right` (page pixels) at height `y`."""
        shift = self.slant * y
        start = int(np.ceil((left - shift) * self.scale))
        stop = int((right - shift) * self.scale)
        middle = int(y * self.scale)
        rows = self.mask[max(0, middle - 1) : middle + 2, max(0, start) : max(0, stop)]
        return bool(rows.size) and bool(rows.all(axis=0).any())


def gutters(lines: list[Line]) -> Gutters:
    """The gutters between the page's `lines`."""
    height = statistics.median(line.box.height for line in lines)
    slant = _slant(lines, height)
    scale = CELLS / max(height, 1.0)
    shifts = [slant * (line.box.top + line.box.height / 2) for line in lines]
    offset = -min(0.0, *shifts)  # keep the sheared words on the grid
    right = max(line.box.right + shift for line, shift in zip(lines, shifts, strict=True))
    bottom = max(line.box.bottom for line in lines)
    pad = ROW_PAD * height
    covered = np.zeros((int(bottom * scale) + 2, int((right + offset) * scale) + 2), bool)
    for line, shift in zip(lines, shifts, strict=True):
        for word in line.words:
            box = word.box
            top = max(0, int((box.top - pad) * scale))
            left = int((box.left - shift + offset) * scale)
            stop = int(np.ceil((box.right - shift + offset) * scale))
            covered[top : int((box.bottom + pad) * scale) + 1, left:stop] = True
    reach = GUTTER_REACH * CELLS
    beside = (_distance_to_cover(covered) <= reach) | (
        _distance_to_cover(covered[:, ::-1])[:, ::-1] <= reach
    )
    runs = vertical_runs((beside & ~covered).astype(np.int32))
    tall = runs >= GUTTER_LINES * CELLS
    width = max(1, round(GUTTER_WIDTH * CELLS))
    kernel = np.ones((1, width), np.uint8)
    wide = cv2.morphologyEx(tall.astype(np.uint8), cv2.MORPH_OPEN, kernel) > 0
    # The offset is folded into the mask: `between` shears without it.
    cut = int(offset * scale)
    return Gutters(wide[:, cut:], scale, slant)


def _slant(lines: list[Line], height: float) -> float:
    """How far the columns' left edges move right per pixel down (a page photographed at
    an angle and not flattened leans): the median over lines that start within a line
    height of the line just above them."""
    slopes = []
    for line in lines:
        box = line.box
        below = [
            other.box
            for other in lines
            if 0 < other.box.top - box.top < 1.8 * height
            and abs(other.box.left - box.left) < height
            and min(other.box.right, box.right) - max(other.box.left, box.left)
            > 0.5 * min(box.width, other.box.width)
        ]
        if below:
            nearest = min(below, key=lambda other: other.top)
            slopes.append((nearest.left - box.left) / (nearest.top - box.top))
    return statistics.median(slopes) if len(slopes) >= 3 else 0.0


def _distance_to_cover(covered: np.ndarray) -> np.ndarray:
    """Per cell, how many cells it lies right of the nearest covered cell on its row
    (a large number where none is)."""
    columns = np.arange(covered.shape[1])
    last = np.where(covered, columns, -(10**6))
    return columns - np.maximum.accumulate(last, axis=1)


def parted_at_gutters(lines: list[Line]) -> list[Line]:
    """`lines`, each line that runs across a gutter parted there, the parts in its place
    from left to right."""
    if len(lines) < 2:
        return lines
    found = gutters(lines)
    parted: list[Line] = []
    for line in lines:
        words = sorted(line.words, key=lambda word: word.box.left)
        middle = line.box.top + line.box.height / 2
        start = 0
        for index in range(1, len(words)):
            if found.between(words[index - 1].box.right, words[index].box.left, middle):
                parted.append(_part(words[start:index], line.box))
                start = index
        parted.append(line if start == 0 else _part(words[start:], line.box))
    return parted


def _part(words: list[Word], box: Box) -> Line:
    """The line of `words`, as tall as the line it was part of (`box`)."""
    left = min(word.box.left for word in words)
    right = max(word.box.right for word in words)
    return Line(tuple(words), Box(left, box.top, right - left, box.height))
