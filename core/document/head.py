"""Where reading starts: the first few lines of the page, cut out so they can be read alone.

Speech can begin as soon as these lines are recognised, while the rest of the page is
still being read on the other core. The head is the first text block in reading order
that looks like running text (wide enough for a few words), cut between lines after
`HEAD_LINES` lines: small enough to read in a fraction of a second, long enough to speak
for several seconds while the rest is recognised.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.document.layout import Region
from core.document.lighting import ink_mask
from core.ocr.model import Box

#: Lines read ahead of the rest of the page.
HEAD_LINES = 3
#: A block narrower than this many letter heights (a page number, a speck) does not start
#: the reading: its few characters are read with the rest of the page.
MIN_HEAD_LETTERS = 6.0


@dataclass(frozen=True)
class Head:
    """The first lines to read: `box` in the prepared page's pixels.

    `open_end` is true when the cut falls inside a block, so the lines after it continue
    the same paragraph.
    """

    box: Box
    open_end: bool


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
    for region in regions:
        box = region.box
        if region.kind == "figure" or box.width < MIN_HEAD_LETTERS * letter:
            continue
        crop = image[box.top : box.bottom, box.left : box.right]
        bands = line_bands(ink_mask(crop), letter)
        if len(bands) <= lines + 1:
            return Head(box, open_end=False)
        cut = (bands[lines - 1][1] + bands[lines][0]) // 2
        return Head(Box(box.left, box.top, box.width, cut), open_end=True)
    return None
