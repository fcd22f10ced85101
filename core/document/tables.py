"""Tables on a recognised page: rows, columns and cells, ruled or not.

Bills, statements and timetables print their numbers in columns, often without a rule
between them and right-aligned, and an OCR engine's layout reads such columns one after
another or drops them. Here the words are put back on the rows they share across the
page, and the columns are found from the ink rather than from the words alone, so a
column the engine left without words still shows (its cells are then read again).

How, in letter heights `m` of the prepared page:
1. Visual rows: words whose middles lie within half a letter of each other, whatever
   block the engine put them in.
2. Candidate rows: rows whose words fall apart into two or more pieces at gaps wider than
   `CELL_GAP` (a column gap, not a word space). Runs of candidate rows close above each
   other make a table region; a row of one piece between them stays (a wrapped cell).
3. Columns: across the region's rows, the x positions where hardly any row has ink
   (`GUTTER_SHARE`) are gutters; the runs between them are columns. A header over two
   columns crosses a gutter in one row only, so it spans them instead of joining them.
4. Rules: long horizontal and vertical strokes of ink say whether the table is a grid,
   ruled between rows only, or not ruled; with rules, lines between the same two rules
   are one row (a cell wrapped on two lines).
5. Prose in columns is not a table: a table's cells hold a few words (`short_cells`).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from core.document.lighting import ink_mask
from core.text.model import Box, Ruling, Word

#: Words further apart than this many letter heights on one row are in different cells.
CELL_GAP = 1.6
#: Rows of a table lie at most this many letter heights apart (bottom to next top).
ROW_GAP = 3.5
#: A table has at least this many rows with two cells or more.
MIN_ROWS = 3
#: An x position is in a gutter when at most this share of the table's rows have ink there.
GUTTER_SHARE = 0.2
#: ...and a gutter is at least this many letter heights wide.
GUTTER_WIDTH = 0.8
#: A table's filled cells hold at most this many words (the median): prose lines hold more...
SHORT_CELL_WORDS = 3.5
#: ...or this many in a grid or in narrow columns (a leaflet's "every 4 to 6 hours")...
LONG_CELL_WORDS = 6
#: ...narrow: the median cell's words at most this many letter heights wide (a column of
#: prose is wider).
NARROW_CELL = 16
#: A name over a group of columns is centred over them within this many letter heights.
GROUP_CENTRE = 1.5
#: Word pairs at most this many letter heights apart show the lines' slope...
SLOPE_REACH = 4
#: ...when there are at least this many.
MIN_SLOPES = 10
#: A first or last column without a header whose cells are this share marks ("|)") is the
#: page's edge read as letters.
EDGE_MARKS = 0.6
#: The lines of a wrapped cell are closer than this share of the usual gap between rows.
WRAPPED_GAP = 0.6
#: Rules part at least this share of a ruled table's rows (a photo may lose some).
RULED_ROWS = 0.6
#: A header row's middle is at most this many letter heights above the rule under it.
HEADER_ON_RULE = 2.5
#: A rule is at most this many letter heights thick.
RULE_THICKNESS = 0.35
#: Grey level below which a pixel may belong to a rule (text ink is darker, below 170).
FAINT_INK = 225
#: A rule is a stroke at least this share of the table's width (height) long.
RULE_SHARE = 0.4


@dataclass(frozen=True)
class FoundCell:
    """A cell as found: the words in it (maybe none), its box, the columns it covers."""

    words: tuple[Word, ...]
    box: Box
    first_column: int
    span: int = 1

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)


@dataclass(frozen=True)
class FoundTable:
    """A table found on the page: rows of cells, the columns' x ranges, its ruling."""

    rows: tuple[tuple[FoundCell, ...], ...]
    columns: tuple[tuple[int, int], ...]
    box: Box
    ruling: Ruling
    #: Rows of names over groups of columns on top ("Dose" over "How much", "How often").
    groups: int = 0

    def words(self) -> list[Word]:
        return [word for row in self.rows for cell in row for word in cell.words]


def find_tables(words: Sequence[Word], grey: np.ndarray, letter: float) -> list[FoundTable]:
    """The tables among `words` (boxes in the pixels of the page `grey`), top to bottom."""
    words = [word for word in words if not rule_like(word.text)]
    slope = _slope(words, letter)
    rows = visual_rows(words, letter, slope, _inked_middles(words, grey))
    tables = []
    for region in _regions(rows, letter):
        table = _table(_trimmed(region, letter), grey, letter, slope)
        if table is not None:
            tables.append(_with_group_row(_without_edge_marks(table), rows, letter))
    return tables


def rule_like(text: str) -> bool:
    """A rule read as a letter ("|", "[", "—", the Hangul vowel "ㅣ"), not a word of the table."""
    return bool(text) and all(character in "|[]!—–-_:;'‘’ㅣ" for character in text)


#: "Label: value", a field of a form or a letter's head, not a table's cell.
_FIELD = re.compile(r"^[^:：\d][^:：]{0,40}[:：](\s*\S.*)?$")


def _trimmed(region: list[list[Word]], letter: float) -> list[list[Word]]:
    """The region without rows above or below the table proper: rows of fewer pieces
    than most of its rows, or holding a field ("Account number: 67576382" beside an
    address), that a table's header or last row is close to."""
    counts = [len(_pieces(row, letter)) for row in region]
    multi = [count for count in counts if count >= 2]
    if not multi:
        return region
    usual = statistics.mode(multi)

    def outside(row: list[Word], count: int) -> bool:
        fields = sum(1 for piece in _pieces(row, letter) if _FIELD.match(_text(piece)))
        return count < usual - 1 or count < 2 or fields > 0

    start, end = 0, len(region)
    while start < end and outside(region[start], counts[start]):
        start += 1
    while end > start and outside(region[end - 1], counts[end - 1]) and counts[end - 1] < 2:
        end -= 1
    return region[start:end]


def _text(words: Sequence[Word]) -> str:
    return " ".join(word.text for word in words)


#: A word's box this many times the page's usual word height is more than its letters (see
#: visual_rows).
TALL_BOX = 1.8


def visual_rows(
    words: Sequence[Word],
    letter: float,
    slope: float = 0.0,
    centre: Callable[[Word], float] | None = None,
) -> list[list[Word]]:
    """The words grouped into the rows they lie on across the page, top to bottom, each
    left to right. A photographed page levelled to within a degree still slopes by half a
    letter across a table: the words' middles (`centre`, by default their boxes') are
    measured square to the lines' `slope` (`_slope`)."""
    centre = centre or _middle

    def middle(word: Word) -> float:
        return centre(word) - slope * (word.box.left + word.box.width / 2)

    rows: list[list[Word]] = []
    middles: list[float] = []
    for word in sorted(words, key=middle):
        here = middle(word)
        if middles and abs(here - middles[-1]) <= letter / 2:
            rows[-1].append(word)
            middles[-1] = statistics.fmean(middle(each) for each in rows[-1])
        else:
            rows.append([word])
            middles.append(here)
    return [sorted(row, key=lambda word: word.box.left) for row in rows]


def _inked_middles(words: Sequence[Word], grey: np.ndarray) -> Callable[[Word], float]:
    """Each word's middle, from its ink where its box is drawn tall: Tesseract may box a
    word over blank paper below it ("액" 80 px high on a header row of 35), and its box's
    middle then falls between rows."""
    heights = [word.box.height for word in words]
    usual = statistics.median(heights) if heights else 0.0
    ink: np.ndarray | None = None
    inked: dict[int, float] = {}

    def middle(word: Word) -> float:
        nonlocal ink
        box = word.box
        if box.height <= TALL_BOX * usual:
            return _middle(word)
        if id(word) not in inked:
            ink = ink_mask(grey) if ink is None else ink
            rows = np.flatnonzero(
                ink[max(0, box.top) : box.bottom, max(0, box.left) : box.right].any(axis=1)
            )
            top = max(0, box.top)
            inked[id(word)] = top + (rows[0] + rows[-1]) / 2 if rows.size else _middle(word)
        return inked[id(word)]

    return middle


def _middle(word: Word) -> float:
    return word.box.top + word.box.height / 2


def _slope(words: Sequence[Word], letter: float) -> float:
    """How far the lines drop per pixel across: the median over words and their next word
    on the right on the same line (within a few letters across and a third of a letter up
    or down); 0 with too few such pairs to tell."""
    ordered = sorted(words, key=lambda word: word.box.left)
    slopes = []
    for index, word in enumerate(ordered):
        for other in ordered[index + 1 :]:
            gap = other.box.left - word.box.right
            if gap > SLOPE_REACH * letter:
                break
            rise = _middle(other) - _middle(word)
            if gap >= 0 and abs(rise) <= letter / 3:
                run = (other.box.left + other.box.right - word.box.left - word.box.right) / 2
                slopes.append(rise / run)
                break
    return statistics.median(slopes) if len(slopes) >= MIN_SLOPES else 0.0


def _pieces(row: Sequence[Word], letter: float) -> list[list[Word]]:
    """A row's words cut at gaps wider than a word space."""
    pieces: list[list[Word]] = []
    for word in row:
        if pieces and word.box.left - pieces[-1][-1].box.right <= CELL_GAP * letter:
            pieces[-1].append(word)
        else:
            pieces.append([word])
    return pieces


def _regions(rows: list[list[Word]], letter: float) -> list[list[list[Word]]]:
    """Runs of rows that may be a table: rows of two pieces or more, close above each
    other, with rows of one piece between them kept."""
    regions: list[list[list[Word]]] = []
    current: list[list[Word]] = []
    pending: list[list[Word]] = []  # rows of one piece after the last candidate row
    for row in rows:
        close = bool(current) and _top(row) - _bottom((pending or current)[-1]) <= ROW_GAP * letter
        if _field_row(row, letter):  # a form's fields below a table end it
            if current:
                regions.append(current)
            current, pending = [], []
        elif len(_pieces(row, letter)) >= 2:
            if current and close:
                current.extend(pending)
            elif current:
                regions.append(current)
                current = []
            pending = []
            current.append(row)
        elif current and close:
            pending.append(row)
        else:
            if current:
                regions.append(current)
            current, pending = [], []
    if current:
        regions.append(current)
    return [region for region in regions if _multi_rows(region, letter) >= MIN_ROWS]


def _field_row(row: list[Word], letter: float) -> bool:
    """A row of two pieces or more one of which is a field ("Bank: || Harbour Savings")."""
    pieces = _pieces(row, letter)
    return len(pieces) >= 2 and any(_FIELD.match(_text(piece)) for piece in pieces)


def _multi_rows(region: list[list[Word]], letter: float) -> int:
    return sum(1 for row in region if len(_pieces(row, letter)) >= 2)


def _top(row: Sequence[Word]) -> int:
    return min(word.box.top for word in row)


def _bottom(row: Sequence[Word]) -> int:
    return max(word.box.bottom for word in row)


def _table(
    region: list[list[Word]], grey: np.ndarray, letter: float, slope: float
) -> FoundTable | None:
    box = Box.enclosing(word.box for row in region for word in row)
    ink = ink_mask(grey)
    horizontal, vertical, strokes = _rules(grey, box, letter)
    ruled = bool(horizontal)
    if len(horizontal) >= 2:  # a ruled table is what lies between its outer rules...
        # (a header may stand on the first rule found, the rule over it out of sight)
        top, bottom = min(horizontal) - HEADER_ON_RULE * letter, max(horizontal) + letter
        inside = [
            index
            for index, row in enumerate(region)
            if top <= (_top(row) + _bottom(row)) / 2 <= bottom
        ]
        if len(inside) >= MIN_ROWS:
            # Rows past a rule the photo faded that are cut like the table's are its own.
            counts = [len(_pieces(row, letter)) for row in region]
            usual = statistics.median(counts[index] for index in inside)
            first, last = inside[0], inside[-1]
            while first > 0 and counts[first - 1] >= max(2, usual - 1):
                first -= 1
            while last + 1 < len(region) and counts[last + 1] >= max(2, usual - 1):
                last += 1
            region = region[first : last + 1]
            box = Box.enclosing(word.box for row in region for word in row)
        else:  # ...unless the photo lost most of them: then it must pass as unruled
            ruled = False
    columns = _columns(region, cv2.subtract(ink, strokes), box, letter)
    if len(columns) < 2:
        return None
    grid = len(horizontal) >= 2 and bool(vertical)
    if ruled and not grid and not _rules_between_rows(region, horizontal):
        ruled = False  # a receipt's dashes above and below its totals rule no rows
    ruling: Ruling = "none" if not ruled else "grid" if grid else "rules"
    joined = _joined_rows(region, horizontal, letter)
    extents = [_between_rules(row, horizontal) for row in joined]
    # A row reaches to its rules, not over its neighbours' words (a rule the photo lost).
    for index in range(1, len(extents)):
        before, after = joined[index - 1], joined[index]
        top, bottom = extents[index]
        extents[index] = (max(top, min(_bottom(before), _top(after))), bottom)
        top, bottom = extents[index - 1]
        extents[index - 1] = (top, min(bottom, max(_top(after), _bottom(before))))
    walls = vertical if ruled else []
    rows = [
        _cells(row, columns, letter, span, slope, walls)
        for row, span in zip(joined, extents, strict=True)
    ]
    if len(rows) < MIN_ROWS or not _table_like(rows, ruling, letter):
        return None  # (rows between the same two rules are one row)
    return FoundTable(tuple(tuple(row) for row in rows), tuple(columns), box, ruling)


def _columns(
    region: list[list[Word]], ink: np.ndarray, box: Box, letter: float
) -> list[tuple[int, int]]:
    """The columns' x ranges: runs between gutters, where hardly any row has ink (or a
    word: its ink may be faint)."""
    height, width = ink.shape[:2]
    left, right = max(0, box.left), min(width, box.right)
    if right - left < 2:
        return []
    covered = np.zeros(right - left, np.int32)
    for row in region:
        top, bottom = max(0, _top(row)), min(height, _bottom(row))
        inked: np.ndarray = np.any(ink[top:bottom, left:right] > 0, axis=0)
        for word in row:
            inked[max(0, word.box.left - left) : max(0, word.box.right - left)] = True
        covered += inked
    limit = max(1, int(GUTTER_SHARE * len(region)))
    columns: list[tuple[int, int]] = []
    for start, end in _runs(covered > limit):
        if columns and start + left - columns[-1][1] < GUTTER_WIDTH * letter:
            columns[-1] = (columns[-1][0], end + left)
        else:
            columns.append((start + left, end + left))
    return [column for column in columns if column[1] - column[0] >= letter / 2]


def _runs(flags: np.ndarray | np.bool_) -> list[tuple[int, int]]:
    """The [start, end) runs of True in a 1-D array."""
    padded = np.concatenate([[False], flags, [False]]).astype(np.int8)
    changes = np.flatnonzero(np.diff(padded))
    return [(int(start), int(end)) for start, end in zip(changes[::2], changes[1::2], strict=True)]


def rule_strokes(grey: np.ndarray, box: Box, letter: float) -> np.ndarray:
    """A mask (the size of `grey`) of the long strokes of rules in and around `box`."""
    return _rules(grey, box, letter)[2]


def _rules(grey: np.ndarray, box: Box, letter: float) -> tuple[list[int], list[int], np.ndarray]:
    """The y of each horizontal rule and the x of each vertical rule in and around `box`,
    and a mask (the size of `grey`) of their strokes. Thin rules photographed are light
    grey, lighter than ink: they are looked for in faint ink."""
    ink = ink_mask(grey, FAINT_INK)
    height, width = ink.shape[:2]
    strokes = np.zeros_like(ink)
    margin = round(2 * letter)
    top, bottom = max(0, box.top - margin), min(height, box.bottom + margin)
    left, right = max(0, box.left - margin), min(width, box.right + margin)
    crop = ink[top:bottom, left:right]
    if crop.size == 0:
        return [], [], strokes
    long_x = max(3, round(RULE_SHARE * crop.shape[1]))
    long_y = max(3, round(RULE_SHARE * crop.shape[0]))
    # Thickened a little across first: a photographed rule slopes or breaks by a pixel.
    thick_x = cv2.dilate(crop, np.ones((3, 1), np.uint8))
    thick_y = cv2.dilate(crop, np.ones((1, 3), np.uint8))
    across = cv2.morphologyEx(thick_x, cv2.MORPH_OPEN, np.ones((1, long_x), np.uint8))
    down = cv2.morphologyEx(thick_y, cv2.MORPH_OPEN, np.ones((long_y, 1), np.uint8))
    strokes[top:bottom, left:right] = cv2.dilate(cv2.max(across, down), np.ones((3, 3), np.uint8))
    thin = max(2, round(RULE_THICKNESS * letter))  # a shadow's edge or a dark band is wider
    rows = [
        top + (start + end) // 2
        for start, end in _runs(np.any(across, axis=1))
        if end - start <= thin
    ]
    cols = [
        left + (start + end) // 2
        for start, end in _runs(np.any(down, axis=0))
        if end - start <= thin
    ]
    return rows, cols, strokes


def _rules_between_rows(region: list[list[Word]], rules: list[int]) -> bool:
    """Whether rules part most of the region's rows from each other."""
    inside = [rule for rule in rules if _top(region[0]) <= rule <= _bottom(region[-1])]
    return len(inside) >= RULED_ROWS * (len(region) - 1)


def _joined_rows(region: list[list[Word]], rules: list[int], letter: float) -> list[list[Word]]:
    """The region's rows, those between the same two rules joined (a wrapped cell).

    Only when rules were found between most rows: a photo's thin rules can be missed,
    and rows between two rules far apart must not run together.
    """
    if len(rules) < 2 or not _rules_between_rows(region, rules):
        return _joined_unruled(region, letter)
    bands = [sum(1 for rule in rules if rule < (_top(row) + _bottom(row)) / 2) for row in region]
    gaps = [_top(after) - _bottom(before) for before, after in itertools.pairwise(region)]
    across = [gap for gap, a, b in zip(gaps, bands, bands[1:], strict=False) if a != b]
    usual = statistics.median(across) if across else 0.0
    joined: list[list[Word]] = [list(region[0])]
    for index in range(1, len(region)):
        band = bands[index]
        # Outside the outer rules (a header on the first, rows past a faded last) a row
        # has no rule on one side to end it; and a line as far from the one above as rows
        # across a rule are is a row whose rule the photo lost.
        between = 0 < band < len(rules)
        close = gaps[index - 1] < WRAPPED_GAP * usual
        if band == bands[index - 1] and between and close:
            joined[-1] = joined[-1] + region[index]
        else:
            joined.append(list(region[index]))
    return joined


def _joined_unruled(region: list[list[Word]], letter: float) -> list[list[Word]]:
    """Without rules, a row of one piece closer to the row above or below than rows
    usually are is part of that row: a cell wrapped on two lines, its other cells beside
    either line."""
    if len(region) < 3:
        return [list(row) for row in region]
    gaps = [_top(after) - _bottom(before) for before, after in itertools.pairwise(region)]
    usual = statistics.median(gaps)
    # Where each row goes: 0 its own, -1 with the row above, +1 with the row below.
    goes = [0] * len(region)
    for index, row in enumerate(region):
        if len(_pieces(row, letter)) != 1:
            continue
        above = gaps[index - 1] if index > 0 else None
        below = gaps[index] if index < len(gaps) else None
        closer = min((gap, way) for gap, way in ((above, -1), (below, +1)) if gap is not None)
        if closer[0] < WRAPPED_GAP * usual:
            goes[index] = closer[1]
    joined: list[list[Word]] = []
    carried: list[Word] = []
    for index, row in enumerate(region):
        if goes[index] == +1 and index + 1 < len(region):
            carried += row
        elif goes[index] == -1 and joined:
            joined[-1] = joined[-1] + carried + list(row)
            carried = []
        else:
            joined.append(carried + list(row))
            carried = []
    if carried:
        joined.append(carried)
    return joined


def _between_rules(row: list[Word], rules: list[int]) -> tuple[int, int]:
    """A row's top and bottom: the rules above and below it where they are close (a
    wrapped cell's line the reading dropped is still inside), else its words'."""
    top, bottom = _top(row), _bottom(row)
    middle = (top + bottom) / 2
    above = [rule for rule in rules if rule < middle]
    below = [rule for rule in rules if rule > middle]
    height = bottom - top
    if above and middle - max(above) < 3 * height:
        top = min(top, max(above) + 2)
    if below and min(below) - middle < 3 * height:
        bottom = max(bottom, min(below) - 2)
    return top, bottom


def _cells(
    row: list[Word],
    columns: list[tuple[int, int]],
    letter: float,
    extent: tuple[int, int] | None = None,
    slope: float = 0.0,
    walls: Sequence[int] = (),
) -> list[FoundCell]:
    """A row's cells, one per column; a piece of words over several columns spans them.

    The row may be several printed lines (a wrapped cell): each is cut into pieces on its
    own, and a cell's words are kept line by line, left to right.
    """
    pieces: list[tuple[int, list[Word]]] = []  # first column, words; line by line
    spans: dict[int, int] = {}
    for line in visual_rows(row, letter, slope):
        for piece in _walled(_pieces(line, letter), walls):
            start, end = piece[0].box.left, max(word.box.right for word in piece)
            covered = [
                i
                for i, (left, right) in enumerate(columns)
                if min(end, right) - max(start, left) > 0
            ]
            if not covered:
                middle = (start + end) / 2
                covered = [min(range(len(columns)), key=lambda i: _distance(columns[i], middle))]
            first = covered[0]
            pieces.append((first, piece))
            spans[first] = max(spans.get(first, 1), covered[-1] - first + 1)
    top, bottom = extent or (_top(row), _bottom(row))
    edges = _edges(columns, letter)
    starts: list[tuple[int, int]] = []  # each cell's first column and span
    column = 0
    while column < len(columns):
        span = min(spans.get(column, 1), len(columns) - column)
        starts.append((column, span))
        column += span
    # A piece in a column another cell spans (a wrapped line under a name over two
    # columns) is that cell's: no word is left out.
    words: dict[int, list[Word]] = {}
    for first, piece in pieces:
        owner = max(start for start, _ in starts if start <= first)
        words.setdefault(owner, []).extend(piece)
    return [
        FoundCell(
            tuple(words.get(start, ())),
            Box(edges[start], top, edges[start + span] - edges[start], bottom - top),
            start,
            span,
        )
        for start, span in starts
    ]


def _walled(pieces: list[list[Word]], walls: Sequence[int]) -> list[list[Word]]:
    """The pieces cut where a grid's vertical rule runs between two of their words (two
    times a column apart read close: "06:27 06:47")."""
    cut: list[list[Word]] = []
    for piece in pieces:
        cut.append([piece[0]])
        for before, word in itertools.pairwise(piece):
            if any(before.box.right <= wall <= word.box.left for wall in walls):
                cut.append([word])
            else:
                cut[-1].append(word)
    return cut


def _without_edge_marks(table: FoundTable) -> FoundTable:
    """`table` without a first or last column of marks only ("|)", "i}", "\\"): the edge
    of the page or its shadow read as letters, not a column of the table's."""
    for edge in (0, len(table.columns) - 1):
        covering = [
            cell
            for row in table.rows
            for cell in row
            if cell.first_column <= edge < cell.first_column + cell.span
        ]
        cells = [cell for cell in covering if cell.first_column == edge]
        if len(table.columns) <= 2 or any(cell.span > 1 for cell in covering):
            continue
        filled = [cell.text for cell in cells if cell.text]
        marks = [text for text in filled if len(text) <= 3 and not text.isalnum()]
        if table.rows[0][edge if edge == 0 else -1].text or len(marks) < EDGE_MARKS * len(filled):
            continue
        shift = 1 if edge == 0 else 0
        rows = tuple(
            tuple(
                dataclasses.replace(cell, first_column=cell.first_column - shift)
                for cell in row
                if cell.first_column != edge
            )
            for row in table.rows
        )
        columns = table.columns[1:] if edge == 0 else table.columns[:-1]
        return _without_edge_marks(dataclasses.replace(table, rows=rows, columns=columns))
    return table


def _edges(columns: Sequence[tuple[int, int]], letter: float) -> list[int]:
    """The x of each cell edge: a cell reaches half way into the gutters beside it (a
    column's ink range can be narrower than a number printed in it)."""
    edges = [columns[0][0] - round(letter)]
    edges += [(before[1] + after[0]) // 2 for before, after in itertools.pairwise(columns)]
    edges.append(columns[-1][1] + round(letter))
    return edges


def _with_group_row(table: FoundTable, rows: list[list[Word]], letter: float) -> FoundTable:
    """`table` with the row just above it when that row names groups of its columns: a
    few words close above the header, none over the first column ("Dose" over "How much"
    and "How often"; "Weekdays" over a timetable's trips). Each name spans the columns
    it is centred over."""
    first = [word for cell in table.rows[0] for word in cell.words]
    columns = table.columns
    if not first or len(columns) < 3:
        return table
    top = min(word.box.top for word in first)
    above = [row for row in rows if _bottom(row) <= top]
    if not above:
        return table
    row = above[-1]
    pieces = _pieces(row, letter)
    if (
        top - _bottom(row) > ROW_GAP * letter
        or row[0].box.left < columns[1][0] - letter
        or row[-1].box.right > columns[-1][1] + letter
        or any(len(piece) > 3 or _FIELD.match(_text(piece)) for piece in pieces)
    ):
        return table
    edges = _edges(columns, letter)
    spans: list[tuple[int, int, list[Word]]] = []  # first column, last column, words
    start = 1
    for index, piece in enumerate(pieces):
        middle = (piece[0].box.left + piece[-1].box.right) / 2
        limit = pieces[index + 1][0].box.left if index + 1 < len(pieces) else edges[-1] + 1
        runs = [
            (a, b)
            for a in range(start, len(columns))
            for b in range(a, len(columns))
            if edges[b + 1] <= limit
        ]
        if not runs:
            return table

        def off(run: tuple[int, int], middle: float = middle) -> float:
            return abs((columns[run[0]][0] + columns[run[1]][1]) / 2 - middle)

        centred = [run for run in runs if off(run) <= GROUP_CENTRE * letter]
        # The widest run it is centred over ("Weekdays" over three trips, not the middle
        # one), else the nearest.
        a, b = (
            max(centred, key=lambda run: (run[1] - run[0], -off(run)))
            if centred
            else min(runs, key=off)
        )
        spans.append((a, b, piece))
        start = b + 1
    box = Box.enclosing(word.box for word in row)
    named = {a: (b, piece) for a, b, piece in spans}
    cells: list[FoundCell] = []
    column = 0
    while column < len(columns):  # columns under no name get an empty cell each
        last, words = named.get(column, (column, []))
        cell_box = Box(edges[column], box.top, edges[last + 1] - edges[column], box.height)
        cells.append(FoundCell(tuple(words), cell_box, column, last - column + 1))
        column = last + 1
    return FoundTable(
        (tuple(cells), *table.rows),
        table.columns,
        Box.enclosing([table.box, box]),
        table.ruling,
        table.groups + 1,
    )


def _distance(column: tuple[int, int], x: float) -> float:
    left, right = column
    return 0.0 if left <= x <= right else min(abs(x - left), abs(x - right))


def _table_like(rows: list[list[FoundCell]], ruling: Ruling, letter: float) -> bool:
    """Not prose in columns (`short_cells`), nor a form's fields side by side."""
    filled = [cell for row in rows for cell in row if cell.words]
    fields = sum(1 for cell in filled if _FIELD.match(cell.text))
    return short_cells(filled, ruling, letter) and fields * 2 < len(filled)


def short_cells(cells: Sequence[FoundCell], ruling: Ruling, letter: float) -> bool:
    """A table's cells hold a few words (a name, a number, a date), the lines of a page's
    columns many; cells of a few more words are a table's in a grid, or when they are
    narrow (a dosage: "every 4 to 6 hours")."""
    filled = [cell for cell in cells if cell.words]
    if not filled:
        return False
    words = statistics.median(len(cell.text.split()) for cell in filled)
    if words <= SHORT_CELL_WORDS or (words <= LONG_CELL_WORDS and ruling == "grid"):
        return True
    widths = [
        max(word.box.right for word in cell.words) - min(word.box.left for word in cell.words)
        for cell in filled
    ]
    return words <= LONG_CELL_WORDS and statistics.median(widths) <= NARROW_CELL * letter
