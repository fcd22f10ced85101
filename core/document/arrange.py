"""Lines found one by one, put in reading order by our layout: blocks, then rows.

An engine that finds lines but not columns (PP-OCR) gives them in an order of its own,
which tears a receipt's rows into cells ("TOTAL", then later "4.00") and runs across the
columns of a page. Our layout already knows the page's blocks in reading order
(core/document/layout.py); each line goes to the block it lies in, and within a block
lines on the same row are joined left to right, rows top to bottom. So a receipt's
"TOTAL ... RM4.00" is one line, spoken as one.

Our layout can miss a page's columns, though: one region covering both columns of a
photographed scan, or regions each reaching across two columns, whose rows then glue
side-by-side lines together. So the columns are first looked for in the lines themselves
(see _line_columns). Measured: benchmarks/README.md#putting-lines-in-order
"""

from __future__ import annotations

import logging
import statistics
from collections.abc import Callable, Sequence
from itertools import pairwise

from core.document.gutters import parted_at_gutters
from core.document.layout import Region, reading_order
from core.text.model import Block, Box, Line, PageText

#: Two lines are on one row when they share this much of the lower one's height.
ROW_OVERLAP = 0.5
#: A blank space taller than this many line heights (the median) between two lines ends a
#: paragraph.
PARAGRAPH_GAP = 0.8
#: A block of at least this many lines beside another such block makes a page of columns.
COLUMN_LINES = 5
#: A table's column holds lines of at most this many words on average (prices, codes)...
TABLE_CELL_WORDS = 3.0
#: ...most of which share a row with a line of the block beside it.
TABLE_PARTNERS = 0.6
#: A line continues the column of the nearest line above it when the two share more than
#: this part of the narrower one's width...
COLUMN_OVERLAP = 0.5
#: ...and the blank between them is less than this many line heights (the median).
COLUMN_GAP = 1.5
#: A line that reaches over two lines lying side by side within this many line heights of
#: it (a heading over two columns, or two columns' lines read as one) joins no column.
BRIDGE_REACH = 3.0
#: ...and over each of them by more than this many line heights.
BRIDGE_OVER = 0.5
#: A bridge lying within a column of text above it but for this many line heights either
#: side continues that column (its lines widen under a caption; a photographed page's
#: column edges drift a little).
BRIDGE_WITHIN = 1.0

log = logging.getLogger(__name__)


def arranged(page: PageText, regions: Sequence[Region]) -> PageText:
    """`page`'s lines in reading order: where the lines themselves lie in columns side by
    side, column by column (see _line_columns); else on a page of text columns, grouped
    into `regions` (blocks in reading order; a line outside every block goes to the
    nearest), each block's lines joined into rows, and blocks that are the columns of one
    table read as one, row by row (see _table). On other pages, the engine's order, as
    one block."""
    blocks_in_order = [region for region in regions if region.kind != "figure"]
    by_columns = in_columns(page)
    if by_columns is not None:
        return by_columns
    lines = list(page.lines())
    if not _has_columns(blocks_in_order):
        # The engine's own order (top to bottom, left to right within a few pixels) keeps a
        # receipt's label before its price; rows joined from boxes do worse, as the boxes
        # of lines still sloping a little overlap the next row.
        paragraphs = tuple(_paragraphs(lines))
        return PageText(paragraphs, page.width, page.height, page.languages)
    groups: list[list[Line]] = [[] for _ in blocks_in_order]
    for line in lines:
        groups[_nearest(line.box, blocks_in_order)].append(line)
    groups = _tables_joined(groups)
    blocks: list[Block] = []
    for group in groups:
        rows = _rows(group)
        if rows:
            blocks.append(Block(tuple(rows), Box.enclosing(row.box for row in rows)))
    return PageText(tuple(blocks), page.width, page.height, page.languages)


def in_columns(page: PageText) -> PageText | None:
    """`page` read column by column, each column's lines joined into rows and cut into
    paragraphs, when its lines lie in columns of text side by side (see _line_columns);
    else None. Lines read across a gutter are parted there (core/document/gutters.py), but
    only here: where no columns are found (a receipt's labels and prices) they stay whole."""
    lines = list(page.lines())
    # Word spaces lined up down a table or a list look like gutters too, and part every
    # row into cells: then the whole lines are tried as well.
    for tried in (parted_at_gutters(lines), lines):
        columns = _line_columns(tried)
        text = [group for group in columns if _text_column(group)]
        if any(_beside(a, b) for i, a in enumerate(text) for b in text[i + 1 :]):
            log.debug("Columns found from %d lines: %d groups", len(tried), len(columns))
            return PageText(_column_blocks(columns), page.width, page.height, page.languages)
    return None


def _tables_joined(groups: list[list[Line]]) -> list[list[Line]]:
    """Groups that are columns of one table merged (at the first one's place in order).

    Our layout can cut a receipt into a column of item names and columns of prices and
    discounts; read block by block, every price would come after all the names. A block
    of short lines (a few words each) whose lines mostly share a row with lines of another
    block is a column of that block's table.
    """
    owner = list(range(len(groups)))

    def root(index: int) -> int:
        while owner[index] != index:
            index = owner[index]
        return index

    for i, first in enumerate(groups):
        for j in range(i + 1, len(groups)):
            if _table(first, groups[j]) or _table(groups[j], first):
                owner[root(j)] = root(i)
    merged: dict[int, list[Line]] = {}
    for index, group in enumerate(groups):
        merged.setdefault(root(index), []).extend(group)
    return [merged[index] for index in sorted(merged)]


def _table(column: list[Line], other: list[Line]) -> bool:
    """Whether `column` (short lines) is a column beside `other`, row for row."""
    if not column or not other:
        return False
    words = sum(len(line.words) for line in column) / len(column)
    if words > TABLE_CELL_WORDS:
        return False
    partnered = sum(1 for line in column if any(_same_row([mate], line) for mate in other))
    return partnered >= TABLE_PARTNERS * len(column)


def _paragraphs(lines: list[Line]) -> list[Block]:
    """Lines in order, cut into blocks where a blank space opens between two lines (more
    than PARAGRAPH_GAP line heights) or the next line starts above the last one, so that
    speech pauses and the paragraph keys stop where the page's own blocks end."""
    if not lines:
        return []
    heights = sorted(line.box.height for line in lines)
    gap = PARAGRAPH_GAP * heights[len(heights) // 2]
    groups: list[list[Line]] = [[lines[0]]]
    for before, line in pairwise(lines):
        if line.box.top - before.box.bottom > gap or line.box.bottom <= before.box.top:
            groups.append([line])
        else:
            groups[-1].append(line)
    return [Block(tuple(group), Box.enclosing(line.box for line in group)) for group in groups]


def _has_columns(regions: Sequence[Region]) -> bool:
    """Whether the page has columns of running text side by side (a magazine page), which
    must be read one after the other; else the engine's order reads best (receipts,
    worksheets: our blocks split a receipt's prices from their labels; measured:
    benchmarks/README.md#putting-lines-in-order)."""
    return side_by_side(
        [r.box for r in regions if r.kind == "text" and r.line_count >= COLUMN_LINES]
    )


def side_by_side(tall: list[Box]) -> bool:
    """Whether two of `tall` lie side by side: one left of the other, sharing more than
    half the shorter one's height."""
    return any(
        min(a.bottom, b.bottom) - max(a.top, b.top) > 0.5 * min(a.height, b.height)
        and (a.right <= b.left or b.right <= a.left)
        for i, a in enumerate(tall)
        for b in tall[i + 1 :]
    )


def _beside(first: list[Line], second: list[Line]) -> bool:
    """Whether two columns of lines stand side by side: their boxes share more than half
    the shorter one's height, and where their lines share a row, the lines of one lie all
    to the left of the other's. (Their boxes may overlap sideways: on a leaning page the
    left column's foot reaches under the right one's head.)"""
    a, b = _box(first), _box(second)
    if min(a.bottom, b.bottom) - max(a.top, b.top) <= 0.5 * min(a.height, b.height):
        return False
    pairs = [(x.box, y.box) for x in first for y in second if _share_row(x.box, y.box)]
    return bool(pairs) and (
        all(x.right <= y.left for x, y in pairs) or all(y.right <= x.left for x, y in pairs)
    )


def _line_columns(lines: list[Line]) -> list[list[Line]]:
    """The lines grouped into pieces of column: each line joins the nearest line above it
    that shares more than half the narrower one's width, less than COLUMN_GAP line heights
    above; bridges (see _bridges) join nothing. Measured:
    benchmarks/README.md#putting-lines-in-order
    """
    if not lines:
        return []
    height = statistics.median(line.box.height for line in lines)
    bridges = _bridges(lines, height)
    owner = list(range(len(lines)))

    def root(index: int) -> int:
        while owner[index] != index:
            index = owner[index]
        return index

    order = sorted(range(len(lines)), key=lambda index: lines[index].box.top)
    for place, index in enumerate(order):
        if index in bridges:
            found = _column_continued(lines[index].box, lines, order[:place], root, height)
            if found is None:
                continue
            bridges.discard(index)  # a line of its column: the lines below may continue it
            owner[index] = found
            continue
        above = [j for j in order[:place] if j not in bridges]
        joined = _line_above(lines[index].box, [lines[j].box for j in above], height)
        if joined is not None:
            owner[root(index)] = root(above[joined])
    groups: dict[int, list[Line]] = {}
    for index, line in enumerate(lines):
        groups.setdefault(root(index), []).append(line)
    return list(groups.values())


def _column_continued(
    box: Box,
    lines: list[Line],
    above: list[int],
    root: Callable[[int], int],
    height: float,
) -> int | None:
    """The root of the column of text, among the groups of the lines `above`, that a
    bridge with `box` continues, if any: one it lies within sideways (a column's lines run
    wider under a picture or a caption than beside it) and whose line just above it it
    continues. A heading or a row across two columns lies within neither."""
    members: dict[int, list[int]] = {}
    for index in above:
        members.setdefault(root(index), []).append(index)
    best: tuple[float, int] | None = None
    for key, indices in members.items():
        group = [lines[index] for index in indices]
        span = _box(group)
        inside = span.left - BRIDGE_WITHIN * height <= box.left and (
            box.right <= span.right + BRIDGE_WITHIN * height
        )
        if not inside or not _text_column(group):
            continue
        higher = [line.box for line in group if line.box.top < box.top]
        joined = _line_above(box, higher, height)
        if joined is not None and (best is None or higher[joined].bottom > best[0]):
            best = (higher[joined].bottom, key)
    return None if best is None else best[1]


def _line_above(box: Box, above: list[Box], height: float) -> int | None:
    """The index of the lowest of `above` that `box` continues in a column, if any."""
    best: int | None = None
    for index, other in enumerate(above):
        shared = min(box.right, other.right) - max(box.left, other.left)
        gap = box.top - other.bottom
        continues = shared > COLUMN_OVERLAP * min(box.width, other.width) and (
            -0.5 * height < gap < COLUMN_GAP * height
        )
        if continues and (best is None or other.bottom > above[best].bottom):
            best = index
    return best


def _bridges(lines: list[Line], height: float) -> set[int]:
    """Indices of lines reaching over two lines that lie side by side near them.

    A heading across both columns, or a row the engine read across both as one line,
    would otherwise join the two columns into one group, read row by row again.
    """
    found = set()
    for index, line in enumerate(lines):
        box = line.box
        near = [
            other.box
            for k, other in enumerate(lines)
            if k != index
            and abs(other.box.top - box.top) < BRIDGE_REACH * height
            # over it by more than a letter or two: the lines of a leaning page's columns
            # reach a little into each other's width
            and min(other.box.right, box.right) - max(other.box.left, box.left)
            > BRIDGE_OVER * height
        ]
        if any(a.right < b.left and _share_row(a, b) for a in near for b in near):
            found.add(index)
    return found


def _share_row(a: Box, b: Box) -> bool:
    """Whether `a` and `b` share more than ROW_OVERLAP of the lower one's height."""
    return min(a.bottom, b.bottom) - max(a.top, b.top) > ROW_OVERLAP * min(a.height, b.height)


def _text_column(group: list[Line]) -> bool:
    """Whether `group` is a column of running text: COLUMN_LINES lines or more, of more
    words than a table's cells (so a receipt's labels and prices never count)."""
    words = sum(len(line.words) for line in group)
    return len(group) >= COLUMN_LINES and words > TABLE_CELL_WORDS * len(group)


def _column_blocks(groups: list[list[Line]]) -> tuple[Block, ...]:
    """The groups in our layout's reading order, each group's lines joined into rows and
    cut into paragraphs where a blank opens between them."""
    boxes = [_box(group) for group in groups]
    blocks: list[Block] = []
    for index in reading_order([(b.left, b.top, b.width, b.height) for b in boxes]):
        blocks.extend(_paragraphs(_rows(groups[index])))
    return tuple(blocks)


def _box(lines: list[Line]) -> Box:
    """The box around `lines`."""
    return Box.enclosing(line.box for line in lines)


def _nearest(box: Box, regions: Sequence[Region]) -> int:
    """The region holding the centre of `box`, else the one closest to it."""
    x, y = box.left + box.width / 2, box.top + box.height / 2

    def distance(region: Region) -> float:
        r = region.box
        dx = max(r.left - x, 0.0, x - r.right)
        dy = max(r.top - y, 0.0, y - r.bottom)
        return dx * dx + dy * dy

    return min(range(len(regions)), key=lambda index: distance(regions[index]))


def _rows(lines: list[Line]) -> list[Line]:
    """Lines on the same row joined left to right; rows top to bottom."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: line.box.top + line.box.height / 2):
        row = rows[-1] if rows else None
        if row is not None and _same_row(row, line):
            row.append(line)
        else:
            rows.append([line])
    joined = []
    for row in rows:
        ordered = sorted(row, key=lambda line: line.box.left)
        words = tuple(word for line in ordered for word in line.words)
        joined.append(Line(words, Box.enclosing(line.box for line in ordered)))
    return joined


def _same_row(row: list[Line], line: Line) -> bool:
    """Whether `line` shares the row of the row's first line (not of the whole row: on a
    page that still slopes a little, each line would pull the next one in), beside the
    row's lines rather than under them (on a leaning page a paragraph's short last line
    and the indented first line of the next share half their height)."""
    anchor = row[0].box
    shared = min(anchor.bottom, line.box.bottom) - max(anchor.top, line.box.top)
    if shared <= ROW_OVERLAP * min(line.box.height, anchor.height):
        return False
    box = line.box
    return all(
        min(box.right, other.box.right) - max(box.left, other.box.left) <= 0.5 * box.height
        for other in row
    )
