"""Where reading starts: the first few lines of the page, cut out so they can be read alone.

Speech can begin as soon as these lines are recognised, while the rest of the page is
still being read on the other core. The head is the first text block in reading order
that looks like running text (wide enough for a few words), cut between lines: its first
line, read in a fraction of a second, then the next few, read while the first is spoken.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from core.document.layout import Region
from core.document.lighting import ink_mask
from core.text.model import Box

#: Lines read ahead of the rest of the page: the first alone (it is spoken soonest), then
#: the next ones together (they are spoken while the rest of the page is recognised).
HEAD_LINES = 6
#: A block narrower than this many letter heights (a page number, a speck) does not start
#: the reading: its few characters are read with the rest of the page.
MIN_HEAD_LETTERS = 6.0
#: One-line blocks overlapping this share of the lower one's height lie on one row.
ROW_OVERLAP = 0.6
#: ...and are joined when at most this many letter heights apart.
ROW_GAP_LETTERS = 4.0
#: An empty vertical run this many letter heights wide through the head's lines is a gap
#: between columns (word spaces are under one letter height wide).
GUTTER_LETTERS = 1.5
#: How far (columns per row) that gap may lean, tried upright first: a page in perspective
#: and not flattened has its lines levelled but its columns' edges still leaning.
LEANS = tuple(sorted((step / 100 for step in range(-15, 16)), key=abs))


@dataclass(frozen=True)
class Head:
    """The first lines to read, in pieces read one after another: boxes in the prepared
    page's pixels.

    `open_end` is true when the last piece ends inside a paragraph, so the lines after it
    continue the same paragraph.
    """

    pieces: tuple[Box, ...]
    open_end: bool

    @property
    def box(self) -> Box:
        """All the head's lines."""
        return Box.enclosing(self.pieces)


def line_bands(ink: np.ndarray, letter: float) -> list[tuple[int, int]]:
    """(top, bottom) rows of the body of each line of text in a block's ink, top to bottom.

    A line's body (where its small letters sit) holds far more ink per row than the gap
    between lines, even where ascenders and descenders of close lines touch: rows with a
    sixth of the busiest rows' ink or more are body rows. Runs shorter than a third of a
    letter (a stray mark, the tops of a few capitals) are not lines.
    """
    if ink.size == 0:
        return []
    counts = np.count_nonzero(ink, axis=1).astype(np.float32)
    busy = float(np.percentile(counts, 90))
    if busy <= 0:
        return []
    rows = counts >= busy / 6
    bands: list[list[int]] = []
    for row in np.flatnonzero(rows):
        if bands and row - bands[-1][1] <= 1:
            bands[-1][1] = int(row)
        else:
            bands.append([int(row), int(row)])
    tall_enough = letter / 3
    return [(top, bottom + 1) for top, bottom in bands if bottom + 1 - top >= tall_enough]


def find_head(
    image: np.ndarray, regions: tuple[Region, ...], letter: float, lines: int = HEAD_LINES
) -> Head | None:
    """The head of a prepared page (grey, upright), or None when no block starts it.

    `regions` are the text regions in reading order.
    """
    return next(find_heads(image, regions, letter, lines), None)


def find_heads(
    image: np.ndarray, regions: tuple[Region, ...], letter: float, lines: int = HEAD_LINES
) -> Iterator[Head]:
    """Every block that could start the reading, in reading order, each as a head.

    The first is the head; the next ones are where to start instead when the first turns
    out to hold no words (a shadow in a corner, a rule, a smudge).
    """
    taken: set[int] = set()
    for index, region in enumerate(regions):
        if index in taken or region.kind == "figure":
            continue
        box = region.box
        if region.line_count == 1:
            box, beside = _whole_row(index, regions, letter)
            taken.update(beside)
        if box.width < MIN_HEAD_LETTERS * letter:
            continue
        crop = image[box.top : box.bottom, box.left : box.right]
        bands = line_bands(ink_mask(crop), letter)
        if not bands:
            continue
        open_end = len(bands) > lines
        bands = bands[: lines + 1]
        cuts = [0] + [(above[1] + below[0]) // 2 for above, below in itertools.pairwise(bands)]
        if not open_end:
            cuts.append(box.height)
        width = _before_gutter(ink_mask(crop[: cuts[-1]]), letter)
        pieces = [Box(box.left, box.top + cuts[0], width, cuts[1] - cuts[0])]
        if len(cuts) > 2:
            pieces.append(Box(box.left, box.top + cuts[1], width, cuts[-1] - cuts[1]))
        yield Head(tuple(pieces), open_end or width < box.width)


def _whole_row(index: int, regions: tuple[Region, ...], letter: float) -> tuple[Box, list[int]]:
    """The one-line block `index` joined with the one-line blocks next to it on its row,
    and their indexes.

    Our layout cuts a letter-spaced heading ("d a t e l i n e") or a running header with
    its page number set apart ("248   BOSTON COOKING-SCHOOL COOK BOOK") into pieces;
    started from one piece, the reading would speak "BOSTON", then "248 COOKING-SCHOOL
    COOK BOOK". Blocks of several lines (columns) and blocks further than `ROW_GAP_LETTERS`
    away (the other half of a road sign) are not joined, and a gap between columns is
    still cut off by `_before_gutter`.
    """
    box = regions[index].box
    beside: list[int] = []
    grown = True
    while grown:
        grown = False
        for other, region in enumerate(regions):
            if other == index or other in beside or region.kind == "figure":
                continue
            if region.line_count == 1 and _next_on_row(box, region.box, letter):
                beside.append(other)
                box = box.union(region.box)
                grown = True
    return box, beside


def _next_on_row(row: Box, other: Box, letter: float) -> bool:
    low = min(row.height, other.height)
    overlap = min(row.bottom, other.bottom) - max(row.top, other.top)
    gap = max(other.left - row.right, row.left - other.right)
    return (
        overlap >= ROW_OVERLAP * low
        and max(row.height, other.height) <= 2 * low
        and gap <= ROW_GAP_LETTERS * letter
    )


def _before_gutter(ink: np.ndarray, letter: float) -> int:
    """The width of the head up to the first gap between columns (all of it when none).

    Our layout sometimes joins the lines of two columns into one block (a magazine page of
    the UNLV set); reading those lines straight across would mix the columns. On a page
    photographed in perspective and not flattened, the gap leans while the lines are level
    (UNLV 8071 small: 7°), and a narrow gutter shows no empty run straight down: it is
    looked for upright first, then leaning a little more each way (`LEANS`).
    """
    width = ink.shape[1]
    inked = np.flatnonzero(np.count_nonzero(ink, axis=0))
    if inked.size == 0:
        return width
    gutter = max(2, int(GUTTER_LETTERS * letter))
    for lean in LEANS:
        found = _leaning_gutter(ink, lean, gutter, int(MIN_HEAD_LETTERS * letter), int(inked[-1]))
        if found is not None:
            return found
    return width


def _leaning_gutter(ink: np.ndarray, lean: float, gutter: int, start: int, stop: int) -> int | None:
    """Where a gap of at least `gutter` columns, running down `ink` and moving `lean`
    columns right per row, first opens between `start` and `stop`: the x its left edge
    reaches furthest right, so that a cut there parts the columns on every row."""
    rows, width = ink.shape
    shifts = np.round(lean * (np.arange(rows) - rows / 2)).astype(int)
    columns = np.arange(width)[None, :] + shifts[:, None]
    inside = (columns >= 0) & (columns < width)
    taken = np.take_along_axis(ink, np.clip(columns, 0, width - 1), axis=1)
    empty = ~(inside & (taken > 0)).any(axis=0)
    wide = max(gutter, int(shifts.max() - shifts.min()))
    run = 0
    for column in range(start, stop):
        run = run + 1 if empty[column] else 0
        if run >= wide:
            return column - run + 1 + int(shifts.max())
    return None
