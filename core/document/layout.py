"""Text blocks, columns and pictures on a prepared page, and the order a person reads them.

Tesseract's own layout analysis sometimes orders columns, drop capitals and headings
wrongly, and breaks apart the lines of a page photographed at an angle. Here the page is
cut into blocks in reading order, kept as data the reading uses: the first block's first
lines are read ahead so speech starts early (`core.document.head`); a page that reads
unsure is read again block by block, the blocks stacked on one sheet for a single
Tesseract run (`core.document.sheet`); the photo engine's lines are put in this order
(`core.document.arrange`).

How, on the ink mask at OCR scale (letter height `m`):
1. Letter-sized components make the text mask; pictures (large dark areas) and rules are
   left out.
2. Gutters are empty vertical runs taller than a few lines: column gaps, not word spaces.
3. Letters are smeared sideways into line segments, cut at gutters.
4. Line segments stacked closely, overlapping sideways and of similar height form blocks.
   Side-by-side blocks whose lines sit on the same rows and of which one is narrow (a
   receipt's prices, a table's numbers) are one table block, read row by row.
5. Reading order (after Breuel, "High performance document layout analysis", 2003): a
   block comes before another that it overlaps sideways and lies above; and before one
   entirely to its right unless something spanning both lies between them in height
   (a title across columns), or it lies below that one with nothing in its column
   reaching up beside it (a centred title above a heading at the left margin). The order
   is a topological sort of these rules.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np

from core.text.model import Box

log = logging.getLogger(__name__)

RegionKind = Literal["text", "table", "figure"]

#: Empty vertical runs at least this many letter heights tall separate columns.
GUTTER_LETTERS = 4.0
#: ...and at least this many letter heights wide (aligned word spaces make narrow rivers).
GUTTER_WIDTH_LETTERS = 0.8
#: Letters closer than this many letter heights on one row belong to one line segment.
WORD_GAP_LETTERS = 1.1
#: Lines closer than this many letter heights above each other belong to one block.
LINE_GAP_LETTERS = 0.9
#: Work at this letter height (px): layout needs no finer detail, and it is fast.
_WORK_LETTER = 8.0


@dataclass(frozen=True)
class Region:
    """A part of the page: `order` is its place in reading order (figures: -1)."""

    box: Box
    kind: RegionKind
    order: int
    line_count: int = 0


def _letter_components(ink: np.ndarray, letter: float) -> np.ndarray:
    """Stats rows (x, y, w, h, area) of components that look like letters or digits."""
    _count, _labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    stats = stats[1:]
    if not len(stats):
        return stats
    width = stats[:, cv2.CC_STAT_WIDTH]
    height = stats[:, cv2.CC_STAT_HEIGHT]
    keep = (height >= 0.3 * letter) & (height <= 5 * letter) & (width <= 8 * letter)
    keep |= (height < 0.3 * letter) & (width < 1.5 * letter) & (height >= 0.12 * letter)  # dots
    return stats[keep]


def _dark_areas(raw: np.ndarray | None, letter: float, shape: tuple[int, int]) -> np.ndarray:
    """Mask of pictures (and desk) at work scale: large areas mostly dark in the raw image."""
    if raw is None:
        return np.zeros(shape, np.uint8)
    small = cv2.resize(raw, (shape[1], shape[0]), interpolation=cv2.INTER_AREA)
    paper = float(np.percentile(small, 95))
    dark = (small < 0.5 * paper).astype(np.uint8)  # shadows on paper stay brighter than this
    window = max(3, int(3 * _WORK_LETTER))
    density = cv2.blur(dark.astype(np.float32), (window, window))
    dense = (density > 0.6).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dense)
    mask = np.zeros(shape, np.uint8)
    minimum = (8 * _WORK_LETTER) ** 2
    for index in range(1, count):
        if stats[index, cv2.CC_STAT_AREA] >= minimum:
            mask[labels == index] = 1
    return cv2.dilate(mask, np.ones((5, 5), np.uint8))


def vertical_runs(empty: np.ndarray) -> np.ndarray:
    """Length of the vertical run of empty pixels through each pixel (0 on ink)."""
    height = empty.shape[0]
    up = np.zeros(empty.shape, np.int32)
    down = np.zeros(empty.shape, np.int32)
    running = np.zeros(empty.shape[1], np.int32)
    for row in range(height):
        running = (running + 1) * empty[row]
        up[row] = running
    running[:] = 0
    for row in range(height - 1, -1, -1):
        running = (running + 1) * empty[row]
        down[row] = running
    return np.maximum(up + down - 1, 0)


def _boxes(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    return [tuple(int(value) for value in stats[index, :4]) for index in range(1, count)]  # type: ignore[misc]


class _Blocks:
    """Union-find over line segments."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        self.parent[self.find(first)] = self.find(second)


def _overlap(first_start: int, first_end: int, second_start: int, second_end: int) -> int:
    return min(first_end, second_end) - max(first_start, second_start)


def find_regions(ink: np.ndarray, letter: float, raw: np.ndarray | None = None) -> list[Region]:
    """Text blocks in reading order, then figures, on `ink` (255 = ink) with letters
    `letter` px tall. `raw` (the page's grey before evening out the light) shows pictures."""
    scale = min(1.0, _WORK_LETTER / max(letter, 1.0))
    height, width = ink.shape
    work_shape = (max(1, round(height * scale)), max(1, round(width * scale)))
    work_letter = letter * scale
    pictures = _dark_areas(raw, letter, work_shape)

    text = np.zeros(work_shape, np.uint8)
    for x, y, w, h, _area in _letter_components(ink, letter):
        left, top = int(x * scale), int(y * scale)
        right = max(left + 1, int((x + w) * scale))
        bottom = max(top + 1, int((y + h) * scale))
        centre_y, centre_x = (
            min((top + bottom) // 2, work_shape[0] - 1),
            min((left + right) // 2, work_shape[1] - 1),
        )
        if pictures[centre_y, centre_x]:
            continue
        text[top:bottom, left:right] = 1

    word_joined = cv2.dilate(text, np.ones((1, max(1, round(0.5 * work_letter))), np.uint8))
    runs = vertical_runs((word_joined == 0).astype(np.int32))
    tall = (runs >= GUTTER_LETTERS * work_letter).astype(np.uint8)
    # Rivers of word spaces that happen to line up are narrow; column gaps are wider.
    gutter_width = max(1, round(GUTTER_WIDTH_LETTERS * work_letter))
    gutters = cv2.morphologyEx(tall, cv2.MORPH_OPEN, np.ones((1, gutter_width), np.uint8))
    smear = max(1, round(WORD_GAP_LETTERS * work_letter))
    lines_mask = cv2.morphologyEx(text, cv2.MORPH_CLOSE, np.ones((1, smear), np.uint8))
    lines_mask[(gutters > 0) & (text == 0)] = 0
    segments = _boxes(lines_mask)
    segments = [s for s in segments if s[3] >= 0.4 * work_letter and s[2] >= 0.3 * work_letter]
    segments = _join_rows(segments)
    blocks = _group_lines(segments, work_letter)
    blocks = _merge_tables(blocks, work_letter)
    blocks = _merge_overlapping(blocks)

    ordered = reading_order([box for box, _lines, _kind in blocks])
    regions: list[Region] = []
    for position, index in enumerate(ordered):
        (x, y, w, h), line_count, kind = blocks[index]
        regions.append(
            Region(_scaled_box(x, y, w, h, scale, width, height), kind, position, line_count)
        )
    for x, y, w, h in _boxes(pictures):
        regions.append(Region(_scaled_box(x, y, w, h, scale, width, height), "figure", -1))
    log.debug("Layout: %d text blocks, %d figures", len(ordered), len(regions) - len(ordered))
    return regions


def _scaled_box(x: int, y: int, w: int, h: int, scale: float, width: int, height: int) -> Box:
    """A work-scale box back at page scale, with a margin of a few pixels, clipped."""
    margin = 0.6 * _WORK_LETTER
    left = max(0, int((x - margin) / scale))
    top = max(0, int((y - margin) / scale))
    right = min(width, int((x + w + margin) / scale))
    bottom = min(height, int((y + h + margin) / scale))
    return Box(left, top, right - left, bottom - top)


_Block = tuple[tuple[int, int, int, int], int, RegionKind]


def _pairwise(boxes: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per pair of boxes (x, y, w, h rows): sideways overlap, downwards overlap, the gap
    between them sideways, and both heights (as matrices)."""
    x, y, w, h = (boxes[:, i : i + 1].astype(np.int64) for i in range(4))
    across = np.minimum(x + w, (x + w).T) - np.maximum(x, x.T)
    down = np.minimum(y + h, (y + h).T) - np.maximum(y, y.T)
    return across, down, -across, h, h.T


def _union(boxes: np.ndarray, linked: np.ndarray) -> np.ndarray:
    """Boxes of the connected groups of `linked` (a symmetric boolean matrix)."""
    groups = _Blocks(len(boxes))
    for first, second in zip(*np.nonzero(np.triu(linked, 1)), strict=True):
        groups.join(int(first), int(second))
    merged: dict[int, list[int]] = {}
    for index in range(len(boxes)):
        merged.setdefault(groups.find(index), []).append(index)
    result = []
    for members in merged.values():
        part = boxes[members]
        left, top = part[:, 0].min(), part[:, 1].min()
        right, bottom = (part[:, 0] + part[:, 2]).max(), (part[:, 1] + part[:, 3]).max()
        result.append((left, top, right - left, bottom - top))
    return np.array(result, dtype=np.int64).reshape(-1, 4)


def _join_rows(segments: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Join segments on one row whose gap is small for their own size: the words of a large
    heading are far apart measured in body-text letters, but close in their own."""
    boxes = np.array(segments, dtype=np.int64).reshape(-1, 4)
    for _ in range(3):
        if len(boxes) < 2:
            break
        _across, down, gap, h1, h2 = _pairwise(boxes)
        low, high = np.minimum(h1, h2), np.maximum(h1, h2)
        linked = (gap <= 0.8 * low) & (high <= 1.5 * low) & (down >= 0.6 * low)
        joined = _union(boxes, linked)
        if len(joined) == len(boxes):
            break
        boxes = joined
    return [tuple(int(v) for v in box) for box in boxes]  # type: ignore[misc]


def _group_lines(segments: list[tuple[int, int, int, int]], letter: float) -> list[_Block]:
    """Join line segments into blocks (see the module's step 4)."""
    order = sorted(range(len(segments)), key=lambda index: segments[index][1])
    groups = _Blocks(len(segments))
    for position, first in enumerate(order):
        x1, y1, w1, h1 = segments[first]
        for second in order[position + 1 :]:
            x2, y2, w2, h2 = segments[second]
            if y2 - (y1 + h1) > LINE_GAP_LETTERS * letter:
                break
            if y2 < y1 + h1 * 0.5:
                continue  # on the same row: side by side, not stacked
            sideways = _overlap(x1, x1 + w1, x2, x2 + w2)
            if sideways < 0.5 * min(w1, w2):
                continue
            if max(h1, h2) > 1.7 * min(h1, h2) and max(h1, h2) > 1.5 * letter:
                continue  # a heading above its text: separate blocks
            groups.join(first, second)
    members: dict[int, list[int]] = {}
    for index in range(len(segments)):
        members.setdefault(groups.find(index), []).append(index)
    blocks: list[_Block] = []
    for indices in members.values():
        left = min(segments[i][0] for i in indices)
        top = min(segments[i][1] for i in indices)
        right = max(segments[i][0] + segments[i][2] for i in indices)
        bottom = max(segments[i][1] + segments[i][3] for i in indices)
        blocks.append(((left, top, right - left, bottom - top), len(indices), "text"))
    return blocks


def _merge_tables(blocks: list[_Block], letter: float) -> list[_Block]:
    """Join side-by-side blocks on the same rows where one is narrow: read as a table.

    The first pair that qualifies (first block, then second, in list order) is joined, the
    joined block goes last, and the search starts over. A page of small print has
    thousands of blocks and a hundred joins, so which pairs qualify is kept as a matrix
    over slots in list order (a joined block takes a new slot at the end, its two leave
    theirs), and only the joined block's row and column are weighed again.
    """
    slots: list[_Block | None] = list(blocks)
    joins = _table_joins(slots, slots, letter)
    while True:
        flat = int(np.argmax(joins)) if joins.size else 0
        if not joins.size or not joins.flat[flat]:
            return [block for block in slots if block is not None]
        first, second = divmod(flat, len(slots))
        one, other = slots[first], slots[second]
        assert one is not None and other is not None
        (x1, y1, w1, h1), count1, _ = one
        (x2, y2, w2, h2), count2, _ = other
        left, top = min(x1, x2), min(y1, y2)
        right, bottom = max(x1 + w1, x2 + w2), max(y1 + h1, y2 + h2)
        merged: _Block = ((left, top, right - left, bottom - top), max(count1, count2), "table")
        slots[first] = slots[second] = None
        joins[[first, second], :] = False
        joins[:, [first, second]] = False
        slots.append(merged)
        grown = np.zeros((len(slots), len(slots)), dtype=bool)
        grown[:-1, :-1] = joins
        grown[-1, :] = _table_joins([merged], slots, letter)[0]
        grown[:, -1] = _table_joins(slots, [merged], letter)[:, 0]
        grown[-1, -1] = False
        joins = grown


def _table_joins(
    firsts: list[_Block | None], seconds: list[_Block | None], letter: float
) -> np.ndarray:
    """[i, j]: whether `seconds[j]` joins `firsts[i]` as a table column to its right: it
    starts right of it, within 25 letters; one of them is narrow (12 letters at most);
    both have 2 lines or more, about as many (a table's columns do); they share 0.6 of the
    lower one's rows. Empty slots (None) join nothing, nor does a block itself."""

    def columns(chosen: list[_Block | None]) -> tuple[np.ndarray, ...]:
        rows = [(*block[0], block[1]) if block is not None else (0, 0, 0, 0, 0) for block in chosen]
        table = np.array(rows, dtype=np.int64).reshape(-1, 5)
        present = np.array([block is not None for block in chosen], dtype=bool)
        return (*(table[:, i : i + 1] for i in range(5)), present[:, None])

    x1, y1, w1, h1, n1, present1 = columns(firsts)
    x2, y2, w2, h2, n2, present2 = (part.T for part in columns(seconds))
    down = np.minimum(y1 + h1, y2 + h2) - np.maximum(y1, y2)
    gap = x2 - (x1 + w1)  # from the first's right edge to the second's left edge
    joins = (
        present1
        & present2
        & (gap >= 0)
        & (gap <= 25 * letter)
        & (np.minimum(w1, w2) <= 12 * letter)
        & (np.minimum(n1, n2) >= 2)
        & (np.abs(n1 - n2) <= 0.5 * np.maximum(n1, n2))
        & (down >= 0.6 * np.minimum(h1, h2))
    )
    if firsts is seconds:
        np.fill_diagonal(joins, False)
    return joins


def _merge_overlapping(blocks: list[_Block]) -> list[_Block]:
    """Join blocks whose boxes overlap, so no ink is read twice."""
    while len(blocks) > 1:
        boxes = np.array([box for box, _n, _k in blocks], dtype=np.int64)
        across, down, _gap, _h1, _h2 = _pairwise(boxes)
        areas = boxes[:, 2:3] * boxes[:, 3:4]
        smaller = np.minimum(areas, areas.T)
        linked = (across > 0) & (down > 0) & (across * down >= 0.3 * smaller)
        np.fill_diagonal(linked, False)
        if not linked.any():
            break
        groups = _Blocks(len(blocks))
        for first, second in zip(*np.nonzero(linked), strict=True):
            groups.join(int(first), int(second))
        merged: dict[int, list[int]] = {}
        for index in range(len(blocks)):
            merged.setdefault(groups.find(index), []).append(index)
        result: list[_Block] = []
        for members in merged.values():
            part = boxes[members]
            left, top = int(part[:, 0].min()), int(part[:, 1].min())
            right = int((part[:, 0] + part[:, 2]).max())
            bottom = int((part[:, 1] + part[:, 3]).max())
            lines = sum(blocks[i][1] for i in members)
            kind: RegionKind = "table" if any(blocks[i][2] == "table" for i in members) else "text"
            result.append(((left, top, right - left, bottom - top), lines, kind))
        blocks = result
    return blocks


def reading_order(boxes: list[tuple[int, int, int, int]]) -> list[int]:
    """Indices of `boxes` (x, y, w, h) in the order a person reads them (module step 5).

    Block a comes before block b when they share columns (they overlap sideways by more
    than 0.3 of the narrower; a wide line or a caption touching a neighbouring column a
    little still counts as beside it) and a's middle is higher; or when a lies left of b,
    no block between them in height spans both (`_separated`), and a's column runs beside
    b (`_beside`). The pairs are weighed as matrices: a glance at small print in columns
    has hundreds of blocks.
    """
    count = len(boxes)
    if count == 0:
        return []
    x, y, w, h = (np.array([box[i] for box in boxes], dtype=np.float64) for i in range(4))
    across = np.minimum.outer(x + w, x + w) - np.maximum.outer(x, x)
    shares = across > 0.3 * np.minimum.outer(w, w)  # shares[a, b]: a and b share columns
    middle, centre = y + h / 2, x + w / 2
    above = shares & (middle[:, None] < middle[None, :])
    left = ~shares & (centre[:, None] < centre[None, :])
    precedes = above | (left & _beside(y, h, shares) & ~_separated(middle, shares))
    np.fill_diagonal(precedes, False)
    before = [set(np.flatnonzero(precedes[:, b]).tolist()) for b in range(count)]
    order: list[int] = []
    placed: set[int] = set()
    while len(order) < count:
        ready = [i for i in range(count) if i not in placed and before[i] <= placed]
        if not ready:  # a cycle (odd overlaps): break it with the topmost block left
            ready = [i for i in range(count) if i not in placed]
        chosen = min(ready, key=lambda i: (boxes[i][1], boxes[i][0]))
        order.append(chosen)
        placed.add(chosen)
    return order


def _beside(y: np.ndarray, h: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """[a, b]: block a's column runs beside b: a shares rows with b (starts above b's
    bottom), or a block above a in its column starts above b's bottom.

    A block entirely below and to the left of another is not beside it when nothing in
    its column reaches up that far: a page's centred title is read before the section
    heading under it at the left margin, not after.
    """
    bottom = y + h
    # The top of the highest block above a in a's column (inf where there is none).
    above_a = shares & (y[:, None] < y[None, :])  # [c, a]
    highest = np.where(above_a, y[:, None], np.inf).min(axis=0)
    reach = np.minimum(y, highest)
    return reach[:, None] < bottom[None, :]


def _separated(middle: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """[a, b]: some block whose middle lies between a's and b's spans across both."""
    count = len(middle)
    separated = np.zeros((count, count), dtype=bool)
    for a in range(count):
        spanning = np.flatnonzero(shares[:, a])  # blocks reaching across a
        if len(spanning) == 0:
            continue
        low = np.minimum(middle[a], middle)  # per b
        high = np.maximum(middle[a], middle)
        between = (low[None, :] < middle[spanning, None]) & (middle[spanning, None] < high[None, :])
        separated[a] = (shares[spanning] & between).any(axis=0)
    return separated
