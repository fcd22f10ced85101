"""Pieces of a page stacked on one white sheet, so one Tesseract run reads them all.

One Tesseract process per block would pay a process start and a model load for every block
(measured: benchmarks/README.md#one-sheet-for-many-pieces). Stacked one under the other with
a blank gap between them, the blocks are read in a single run, in the same order, and each
line found is given back to the piece it lies on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from core.text.model import Block, Box, Line, PageText, shifted_block


@dataclass(frozen=True)
class Sheet:
    """The stacked picture and where each piece lies on it (its top row)."""

    image: np.ndarray
    tops: tuple[int, ...]
    heights: tuple[int, ...]

    def piece_at(self, row: int) -> int | None:
        """The index of the piece covering `row` of the sheet; None in a gap."""
        for index, (top, height) in enumerate(zip(self.tops, self.heights, strict=True)):
            if top <= row < top + height:
                return index
        return None


def stack(pieces: Sequence[np.ndarray], gap: int) -> Sheet:
    """`pieces` (all grey, or all colour) one under the other, left-aligned, `gap` rows
    of white between them; a gap wider than a line's spacing keeps Tesseract from joining
    the last line of one piece to the first of the next."""
    if not pieces:
        raise ValueError("nothing to stack")
    colour = pieces[0].ndim == 3
    width = max(piece.shape[1] for piece in pieces)
    height = sum(piece.shape[0] for piece in pieces) + gap * (len(pieces) + 1)
    shape = (height, width, 3) if colour else (height, width)
    image = np.full(shape, 255, np.uint8)
    tops: list[int] = []
    row = gap
    for piece in pieces:
        rows, columns = piece.shape[:2]
        image[row : row + rows, :columns] = piece
        tops.append(row)
        row += rows + gap
    return Sheet(image, tuple(tops), tuple(piece.shape[0] for piece in pieces))


#: Tesseract reads no picture taller or wider than 32767 px ("Image too large"): a sheet of
#: a webcam photo's three columns scaled up to OCR size was 48449 px tall
#: (benchmarks/column_pages.py).
MOST_ROWS = 32000


def stacks(pieces: Sequence[np.ndarray], gap: int) -> list[tuple[int, Sheet]]:
    """`pieces` stacked on as few sheets as keep each at most MOST_ROWS tall (a piece
    taller than that alone on its own sheet, cut to it), with the index of each sheet's
    first piece."""
    made: list[tuple[int, Sheet]] = []
    first, rows = 0, gap
    for index, piece in enumerate(pieces):
        if index > first and rows + piece.shape[0] + gap > MOST_ROWS:
            made.append((first, stack(pieces[first:index], gap)))
            first, rows = index, gap
        rows += piece.shape[0] + gap
    if pieces:
        made.append((first, stack(pieces[first:], gap)))
    return [(start, _cut_to_size(sheet)) for start, sheet in made]


def _cut_to_size(sheet: Sheet) -> Sheet:
    """`sheet` cut to MOST_ROWS rows (only a single piece that tall is cut)."""
    if sheet.image.shape[0] <= MOST_ROWS:
        return sheet
    heights = tuple(
        min(height, MOST_ROWS - top) for top, height in zip(sheet.tops, sheet.heights, strict=True)
    )
    return Sheet(sheet.image[:MOST_ROWS], sheet.tops, heights)


def unstack(read: PageText, sheet: Sheet, places: Sequence[tuple[int, int]]) -> list[Block]:
    """The lines read on `sheet`, one block per piece in the pieces' order, moved to where
    each piece came from: `places[i]` is the page pixel of piece i's top-left corner."""
    lines: list[list[Line]] = [[] for _ in sheet.tops]
    for line in read.lines():
        index = sheet.piece_at(line.box.top + line.box.height // 2)
        if index is not None and line.words:
            lines[index].append(line)
    blocks: list[Block] = []
    for index, found in enumerate(lines):
        if found:
            left, top = places[index]
            block = Block(tuple(found), Box.enclosing(line.box for line in found))
            blocks.append(shifted_block(block, left, top - sheet.tops[index]))
    return blocks


def read_stacked(
    pieces: Sequence[np.ndarray],
    places: Sequence[tuple[int, int]],
    gap: int,
    read: Callable[[np.ndarray], PageText],
) -> list[Block]:
    """`pieces` read by `read` on as few sheets as it takes (see `stacks`), one block per
    piece with lines, moved to where it came from (`places`, as for `unstack`)."""
    blocks: list[Block] = []
    for first, sheet in stacks(pieces, gap):
        part = places[first : first + len(sheet.tops)]
        blocks.extend(unstack(read(sheet.image), sheet, part))
    return blocks
