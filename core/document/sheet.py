"""Pieces of a page stacked on one white sheet, so one Tesseract run reads them all.

One Tesseract process per block would pay a process start and a model load for every block
(measured: benchmarks/README.md#one-sheet-for-many-pieces). Stacked one under the other with
a blank gap between them, the blocks are read in a single run, in the same order, and each
line found is given back to the piece it lies on.
"""

from __future__ import annotations

from collections.abc import Sequence
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
