"""The stage that reads tables as tables: rows of cells in order, and no cell left unread.

The table's words are taken from wherever the reading put them (an engine's layout often
reads a table column after column) and put back as one block, a line per row, with its
`Table` of cells. A cell that holds ink but no word (a column of right-aligned numbers
the engine dropped) is cut out and read on its own; all such cells in one Tesseract run.
"""

from __future__ import annotations

import dataclasses
import logging
import statistics
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np

from core.document.lighting import ink_mask
from core.document.sheet import read_stacked
from core.document.tables import (
    FoundCell,
    FoundTable,
    find_tables,
    rule_like,
    rule_strokes,
    short_cells,
)
from core.ocr.base import NumberReader
from core.reading.crops import cut, padded
from core.reading.engines import PageReading
from core.reading.stages.echoes import without_echoes
from core.reading.stages.korean_again import korean_again_in
from core.text.model import Block, Box, Cell, Line, PageText, Table, Word
from core.text.script import hangul_share

log = logging.getLogger(__name__)

#: Pixels of a cell's edge left out when looking for ink in it (a rule, a neighbour's ink).
EDGE = 4
#: A word this share of which lies inside a larger word of its cell is that word's ink
#: read twice, whatever its text (stages/echoes.py drops only pieces repeating the text).
ECHO_INSIDE = 0.6
#: A number read with this confidence or more is not read again.
SURE_NUMBER = 90.0
#: A word taller than this many letter heights was read across two lines of a cell.
TALL_WORD = 1.8
#: Words read again in an empty cell are kept at this confidence or more.
CELL_CONFIDENCE = 60.0
#: A header row of names has at most this share of numbers among its words.
HEADER_NUMBERS = 0.2
#: An unruled table without a header row of names is one when this share of its cells
#: are numbers or times (a timetable).
NUMBER_TABLE = 0.6
#: At most this many empty cells are read again per page (more is a picture's ink).
MAX_CELLS = 60


def read_tables(page: PageText, reading: PageReading) -> PageText:
    """The stage: `page` with each table it holds as one block of rows, its cells read."""
    prepared = reading.prepared
    grey = prepared.image  # grey, at OCR scale
    ink = ink_mask(grey)
    letter = prepared.letter_height
    candidates = find_tables(list(page.words()), grey, letter)
    for table in candidates:  # rules are not read as "|" or "1"
        grey = np.maximum(grey, rule_strokes(grey, table.box, letter))
    kept = [
        (original, again)
        for original in candidates
        if _is_table(again := _korean_again_in_cells(original, grey, reading))
    ]
    if not kept:
        return page
    found = [_without_ink_read_twice(again) for _, again in kept]
    # The cells left unread and the doubtful numbers (cells with words) are read at once,
    # on the two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        unread = pool.submit(_with_unread_cells, found, grey, ink, letter, reading)
        numbers = pool.submit(_with_numbers_read_again, found, grey, letter, reading)
        found = _merged(found, unread.result(), numbers.result())
    # Read whole, cells holding lines of prose or their neighbours' words are columns of
    # a page, not a table: those are left as the page read them.
    sane = [t for t, table in enumerate(found) if _sane(table, letter)]
    if not sane:
        return page
    # Which table took each word of the page, before any cell was read again.
    owner = {id(word): index for index, t in enumerate(sane) for word in kept[t][0].words()}
    found = [found[t] for t in sane]
    log.info("Tables: %s", ", ".join(f"{len(t.rows)}x{len(t.columns)} {t.ruling}" for t in found))
    return _with_table_blocks(page, found, owner)


def _sane(table: FoundTable, letter: float) -> bool:
    """A few words a cell, and no phrase repeating another cell of its row."""
    if not short_cells([cell for row in table.rows for cell in row], table.ruling, letter):
        return False
    for row in table.rows:
        phrases = [cell.text for cell in row if len(cell.text.split()) >= 3]
        if len(set(phrases)) < len(phrases):
            return False  # equal amounts may repeat; a phrase is one line read twice
    return True


def _merged(
    found: list[FoundTable], first: list[FoundTable], second: list[FoundTable]
) -> list[FoundTable]:
    """`found` with each cell as `first` changed it, else as `second` did."""
    merged = []
    for table, one, other in zip(found, first, second, strict=True):
        rows = tuple(
            tuple(a if a != cell else b for cell, a, b in zip(row, row_one, row_other, strict=True))
            for row, row_one, row_other in zip(table.rows, one.rows, other.rows, strict=True)
        )
        merged.append(dataclasses.replace(table, rows=rows))
    return merged


def _without_ink_read_twice(table: FoundTable) -> FoundTable:
    """`table` without the words of a cell that lie mostly inside a larger word of the
    same cell: the top of a line's letters read again as a line of their own above it
    ("1~2정 Al", the "Al" inside "1~2정")."""
    rows = []
    for row in table.rows:
        cells = []
        for cell in row:
            words = tuple(
                word
                for word in cell.words
                if not any(
                    other is not word
                    and other.box.area > word.box.area
                    and other.box.shared_area(word.box) >= ECHO_INSIDE * word.box.area
                    for other in cell.words
                )
            )
            cells.append(dataclasses.replace(cell, words=words))
        rows.append(tuple(cells))
    return dataclasses.replace(table, rows=tuple(rows))


def _with_unread_cells(
    tables: list[FoundTable], grey: np.ndarray, ink: np.ndarray, letter: float, reading: PageReading
) -> list[FoundTable]:
    """The tables with their cells read on their own where they hold letters no word
    covers (an empty cell, a wrapped cell whose first line the reading dropped), or words
    as tall as two lines (two lines read as one)."""
    empty = [
        (t, r, c)
        for t, table in enumerate(tables)
        for r, row in enumerate(table.rows)
        for c, cell in enumerate(row)
        if _holds_letters(_unread_ink(ink, cell, letter), cell.box, letter)
        or any(word.box.height > TALL_WORD * letter for word in cell.words)
    ]
    empty = [(t, r, c) for t, r, c in empty if cut(grey, _inner(tables[t].rows[r][c].box)).size]
    if not empty or len(empty) > MAX_CELLS:
        return tables
    boxes = [_inner(tables[t].rows[r][c].box) for t, r, c in empty]
    crops = [padded(cut(grey, box)) for box in boxes]
    places = [(box.left - 10, box.top - 10) for box in boxes]  # crops.padded's border
    read = read_stacked(
        crops, places, max(20, round(3 * letter)), lambda s: reading.engines.read(s, "block")
    )
    words_by_cell: dict[tuple[int, int, int], list[Word]] = {}
    for block in read:
        key = _key_at(block.box, empty, boxes)
        if key is not None:
            kept = [
                word
                for line in block.lines
                for word in line.words
                if word.confidence >= CELL_CONFIDENCE and not rule_like(word.text.strip())
            ]
            words_by_cell.setdefault(key, []).extend(kept)
    log.info("%d empty cells with ink read again: %d read", len(empty), len(words_by_cell))
    changed = list(tables)
    for (t, r, c), words in words_by_cell.items():
        table = changed[t]
        rows = [list(row) for row in table.rows]
        cell = rows[r][c]
        tall = any(word.box.height > TALL_WORD * letter for word in cell.words)
        if not _adds_to(cell.text, " ".join(word.text for word in words), trusted=not tall):
            continue  # the reading alone found no more than the page's, or other words
        rows[r][c] = FoundCell(tuple(words), cell.box, cell.first_column, cell.span)
        changed[t] = dataclasses.replace(table, rows=tuple(tuple(row) for row in rows))
    return changed


def _with_numbers_read_again(
    tables: list[FoundTable], grey: np.ndarray, letter: float, reading: PageReading
) -> list[FoundTable]:
    """The tables with the cells of their columns of numbers read again as numbers only,
    where that reading is at least as sure: a digit is never left as the letter it looks
    like ("2¢" for "29")."""
    engine = reading.engines.tesseract
    if not isinstance(engine, NumberReader):
        return tables
    keys = [
        (t, r, c)
        for t, table in enumerate(tables)
        for c in _number_columns(table)
        for r, row in enumerate(table.rows)
        if c < len(row) and row[c].text and _doubtful(row[c])
    ]
    if not keys:
        return tables
    boxes = [_inner(tables[t].rows[r][c].box) for t, r, c in keys]
    places = [(box.left - 10, box.top - 10) for box in boxes]
    read = read_stacked(
        [padded(cut(grey, box)) for box in boxes],
        places,
        max(20, round(3 * letter)),
        lambda sheet: engine.recognize_numbers(sheet, reading.engines.languages, "block"),
    )
    changed = [[list(row) for row in table.rows] for table in tables]
    better = 0
    for block in read:
        key = _key_at(block.box, keys, boxes)
        if key is None:
            continue
        t, r, c = key
        cell = changed[t][r][c]
        words = tuple(word for line in block.lines for word in line.words if word.text.strip())
        if not words or not any(ch.isdigit() for word in words for ch in word.text):
            continue
        old = min((word.confidence for word in cell.words), default=0.0)
        new = min(word.confidence for word in words)
        misread = not _numeric(cell.text)  # "Ses" in a column of amounts
        better_read = new >= old or (misread and new >= CELL_CONFIDENCE)
        if better_read and " ".join(w.text for w in words) != cell.text:
            changed[t][r][c] = FoundCell(words, cell.box, cell.first_column, cell.span)
            better += 1
    log.info("%d cells of numbers read again: %d changed", len(keys), better)
    return [
        dataclasses.replace(table, rows=tuple(tuple(row) for row in rows))
        for rows, table in zip(changed, tables, strict=True)
    ]


def _korean_again_in_cells(table: FoundTable, grey: np.ndarray, reading: PageReading) -> FoundTable:
    """The table with Korean words misread as Latin junk read again in Korean alone,
    judged row by row: a header cell alone at the far right is on a row of Hangul words
    here, where the engine's layout may have read it as a line of its own."""
    rows_words = [tuple(word for cell in row for word in cell.words) for row in table.rows]
    lines = [Line(row, Box.enclosing(word.box for word in row)) for row in rows_words if row]
    if not lines:
        return table
    page = PageText(
        (Block(tuple(lines), Box.enclosing(line.box for line in lines)),),
        grey.shape[1],
        grey.shape[0],
        reading.engines.languages,
    )
    again = without_echoes(korean_again_in(page, grey, reading.engines))
    if again.text == page.text:
        return table
    words = list(again.words())
    rows = tuple(
        tuple(
            FoundCell(
                tuple(word for word in words if cell.box.holds_middle_of(word.box)),
                cell.box,
                cell.first_column,
                cell.span,
            )
            for cell in row
        )
        for row in table.rows
    )
    return dataclasses.replace(table, rows=rows)


def _doubtful(cell: FoundCell) -> bool:
    """A cell of a number column worth reading again: not a number, or read unsure."""
    sure = min((word.confidence for word in cell.words), default=0.0) >= SURE_NUMBER
    return not (_numeric(cell.text) and sure)


def _number_columns(table: FoundTable) -> list[int]:
    """The columns whose filled cells below the first row are mostly numbers."""
    numbers: list[int] = []
    for column in range(len(table.columns)):
        cells = [
            row[column].text
            for row in table.rows[1:]
            if column < len(row) and row[column].first_column == column and row[column].text
        ]
        digits = [text for text in cells if _numeric(text)]
        if cells and len(digits) >= 0.6 * len(cells):
            numbers.append(column)
    return numbers


def _numeric(text: str) -> bool:
    """Mostly digits and the marks numbers carry, a unit or a misread letter allowed."""
    digits = sum(ch.isdigit() for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    return digits > 0 and letters <= max(1, digits // 3)


def _key_at(
    box: Box, keys: list[tuple[int, int, int]], boxes: list[Box]
) -> tuple[int, int, int] | None:
    for key, cell in zip(keys, boxes, strict=True):
        if cell.holds_middle_of(box):
            return key
    return None


def _adds_to(old: str, new: str, trusted: bool = True) -> bool:
    """Whether a cell read alone (`new`) adds to what the page's reading had (`old`):
    longer, not saying a word twice (a neighbour's words read into the cell), and keeping
    most of the old words unless those are not `trusted` (two lines read as one)."""
    old_words, new_words = old.split(), new.split()
    if len(new) <= len(old) or len(set(new_words)) < len(new_words):
        return False
    kept = sum(1 for word in old_words if word in new_words)
    return not trusted or kept * 2 >= len(old_words)


def _unread_ink(ink: np.ndarray, cell: FoundCell, letter: float) -> np.ndarray:
    """The page's ink with the cell's words (and a margin) blanked: what no word covers."""
    if not cell.words:
        return ink
    left = ink.copy()
    margin = round(0.3 * letter)
    for word in cell.words:
        box = word.box
        left[
            max(0, box.top - margin) : box.bottom + margin,
            max(0, box.left - margin) : box.right + margin,
        ] = 0
    return left


def _inner(box: Box) -> Box:
    return Box(box.left + EDGE, box.top - EDGE, max(1, box.width - 2 * EDGE), box.height + 2 * EDGE)


def _holds_letters(ink: np.ndarray, box: Box, letter: float) -> bool:
    """Whether the cell's inside holds a letter-sized mark (not only a rule's edge)."""
    inner = _inner(box)
    crop = cut(ink, inner)
    if crop.size == 0:
        return False
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(crop, connectivity=8)
    heights, widths = stats[1:count, cv2.CC_STAT_HEIGHT], stats[1:count, cv2.CC_STAT_WIDTH]
    letters = (heights >= 0.4 * letter) & (heights <= 2.5 * letter) & (widths <= 3 * letter)
    return bool(np.any(letters))


def _with_table_blocks(page: PageText, tables: list[FoundTable], owner: dict[int, int]) -> PageText:
    """`page` with the words the tables took out of their blocks (`owner`: the table each
    word's id went to), and each table put in as one block where its first word was in
    reading order."""
    # Each table goes where the block holding most of its words is (not where a scrap
    # of junk it took, read early, was).
    counts: dict[int, Counter[int]] = {}
    for index, block in enumerate(page.blocks):
        for line in block.lines:
            for word in line.words:
                if id(word) in owner:
                    counts.setdefault(owner[id(word)], Counter())[index] += 1
    home = {t: count.most_common(1)[0][0] for t, count in counts.items()}
    blocks: list[Block] = []
    placed: set[int] = set()
    for index, block in enumerate(page.blocks):
        lines: list[Line] = []
        for line in block.lines:
            kept = tuple(word for word in line.words if id(word) not in owner)
            for word in line.words:
                t = owner.get(id(word))
                if t is not None and t not in placed and home[t] == index:
                    if lines:  # what came before the table stays before it
                        blocks.append(_block(lines))
                        lines = []
                    blocks.append(_table_block(tables[t]))
                    placed.add(t)
            if kept:
                lines.append(Line(kept, Box.enclosing(word.box for word in kept)))
        if lines:
            blocks.append(_block(lines) if len(lines) != len(block.lines) else block)
    for t, table in enumerate(tables):  # a table whose every word was read again
        if t not in placed:
            blocks.append(_table_block(table))
    return PageText(tuple(blocks), page.width, page.height, page.languages)


def _block(lines: list[Line]) -> Block:
    return Block(tuple(lines), Box.enclosing(line.box for line in lines))


def _table_block(found: FoundTable) -> Block:
    """The table as a block: a line per row (its words in cell order) and its cells."""
    lines: list[Line] = []
    rows: list[tuple[Cell, ...]] = []
    groups = 0
    for index, row in enumerate(found.rows):
        cells = tuple(_cell(cell) for cell in row)
        words = tuple(word for cell in row for word in cell.words)
        if words:
            lines.append(Line(words, Box.enclosing(word.box for word in words)))
            rows.append(cells)
            groups += index < found.groups
    header = _has_header(rows[groups:])
    table = Table(tuple(rows), header_rows=groups + 1 if header else 0, ruling=found.ruling)
    return Block(tuple(lines), Box.enclosing(line.box for line in lines), table)


def _cell(found: FoundCell) -> Cell:
    confidence = min((word.confidence for word in found.words), default=100.0)
    return Cell(found.text, found.box, confidence, found.span)


def _is_table(table: FoundTable) -> bool:
    """Cells in most rows, and ruled, or headed by a row of names, or (a timetable, whose
    header holds trip numbers) three columns or more of mostly numbers and times. A
    receipt's items and prices line up like columns, but read as rows of cells they lose
    the order of the lines around them, and their reading is no better for it."""
    below_groups = table.rows[table.groups :]
    filled = [sum(1 for cell in row if cell.text) for row in below_groups]
    if filled[0] < 2 or sum(1 for count in filled if count >= 2) < 0.6 * len(filled):
        return False  # its columns were not found: a receipt's lines under dashes
    rows = [tuple(map(_cell, row)) for row in below_groups]
    if table.ruling != "none" or _names_header(rows):
        return True
    cells = [cell.text for row in rows[1:] for cell in row if cell.text]
    numbers = sum(1 for text in cells if _numeric(text))
    mostly_numbers = numbers >= NUMBER_TABLE * max(1, len(cells))
    return len(table.columns) >= 3 and mostly_numbers and _other_form_header(rows)


def _has_header(rows: list[tuple[Cell, ...]]) -> bool:
    """The first row is a header of names, or of another form than the cells below ("101"
    over times like "06:05": a timetable's trip numbers)."""
    return _names_header(rows) or _other_form_header(rows)


def _names_header(rows: list[tuple[Cell, ...]]) -> bool:
    """The first row names the columns: its first cell is filled, no cell is a number and
    hardly a word is ("Most in 24 hours"; a digit glued to Hangul is a word: "1회 용량",
    one dose), and the rows below hold digits. A receipt's "TAX AMT (S) 6% | RM 13.30"
    heads nothing."""
    if len(rows) < 2 or not rows[0][0].text:
        return False
    below = [" ".join(cell.text for cell in row) for row in rows[1:]]
    digits_below = statistics.fmean(any(c.isdigit() for c in text) for text in below)
    tokens = [token for cell in rows[0] for token in cell.text.split()]
    numbers = sum(1 for token in tokens if _numeric(token) and not hangul_share(token))
    names = numbers <= HEADER_NUMBERS * len(tokens) and not any(_numeric(c.text) for c in rows[0])
    return names and (digits_below >= 0.5 or len(rows[0]) >= 3)


def _other_form_header(rows: list[tuple[Cell, ...]]) -> bool:
    """In most columns the first row's cell is of another form than the cells below."""
    if len(rows) < 2:
        return False
    columns = [i for i in range(len(rows[0])) if rows[0][i].text]
    other = 0
    for i in columns:
        shapes = [_shape(row[i].text) for row in rows[1:] if i < len(row) and row[i].text]
        if shapes and _shape(rows[0][i].text) not in shapes:
            other += 1
    return len(columns) >= 2 and other > len(columns) / 2


def _shape(text: str) -> str:
    """A cell's form: digits as 9, letters as a ("06:05" -> "99:99", "Stop" -> "aaaa")."""
    return "".join("9" if c.isdigit() else "a" if c.isalpha() else c for c in text)
