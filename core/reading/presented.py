"""A page as it is said and shown: each table announced, then read row by row.

Heard as a stream of numbers, a table is soup. So a table is announced first ("Table, 5
rows, 4 columns: Service, Units, Rate, Amount."), then each row is one sentence that starts
with its first cell and gives every other filled cell with its column's header ("Water
supply. Units 29, Rate 5.70, Amount 165.30."), or without the headers once they were heard
(`headers="once"`). The result is an ordinary page: speech, the highlight, the reading pane,
navigation and saving all work on it unchanged; every word keeps its place on the paper
(a header said with a cell has the header's box) and its confidence.
"""

from __future__ import annotations

from typing import Literal

from core.plumbing.i18n import tr
from core.text.model import Block, Box, Cell, Line, PageText, Table, Word

#: With every cell, or once before the rows (the choices of core.settings.TABLE_HEADERS).
Headers = Literal["every", "once"]


def presented(page: PageText, headers: Headers = "every") -> PageText:
    """`page` (as read) with its tables put as they are said; a page without tables as it
    is."""
    if not any(block.table is not None for block in page.blocks):
        return page
    blocks: list[Block] = []
    for block in page.blocks:
        if block.table is None:
            blocks.append(block)
        else:
            blocks.extend(_said(block.table, block.box, headers))
    return PageText(tuple(blocks), page.width, page.height, page.languages)


def announcement(table: Table) -> str:
    """ "Table, 5 rows, 4 columns" (the header rows not counted)."""
    if len(table.body) == 1:
        return tr("Table, 1 row, {columns} columns", columns=table.columns)
    return tr("Table, {rows} rows, {columns} columns", rows=len(table.body), columns=table.columns)


def _said(table: Table, box: Box, headers: Headers) -> list[Block]:
    """The announcement, then one block of the rows, a line (and sentence) each."""
    names = table.headers()
    first = _words(announcement(table) + (":" if table.header else "."), box)
    for row in table.head:  # a row of names over groups of columns, then the names
        header_cells = [cell for cell in row if cell.text]
        for index, cell in enumerate(header_cells):
            last = index == len(header_cells) - 1
            first += _cell_words(cell, "." if last else ",")
    lines = [_line(first)]
    for row in table.body:
        words = _row_words(row, names, headers == "every" and table.header)
        if words:
            lines.append(_line(words))
    blocks = [Block((lines[0],), lines[0].box)]
    if len(lines) > 1:  # the rows keep their table, for moving by row and cell
        blocks.append(Block(tuple(lines[1:]), box, table))
    return blocks


def _row_words(row: tuple[Cell, ...], names: list[str], with_headers: bool) -> list[Word]:
    """A row as one sentence: its first filled cell, then each other filled cell, with its
    column's header before it when asked."""
    filled: list[tuple[int, Cell]] = []
    column = 0
    for cell in row:
        if cell.text:
            filled.append((column, cell))
        column += cell.span
    words: list[Word] = []
    for index, (column, cell) in enumerate(filled):
        last = index == len(filled) - 1
        mark = "." if last or index == 0 else ","
        if index > 0 and with_headers and names[column] and names[column] != cell.text:
            words += _words(names[column], cell.box)
        words += _cell_words(cell, mark)
    return words


def _cell_words(cell: Cell, mark: str) -> list[Word]:
    """The cell's text as words on its box, `mark` after the last unless it ends in one."""
    words = _words(cell.text, cell.box, cell.confidence)
    if words and not words[-1].text.endswith((".", ",", ":", "!", "?")):
        last = words[-1]
        words[-1] = Word(last.text + mark, last.box, last.confidence)
    return words


def _words(text: str, box: Box, confidence: float = 100.0) -> list[Word]:
    """`text`'s words spread over `box` in proportion to their length."""
    tokens = text.split()
    total = sum(len(token) for token in tokens) or 1
    words, left = [], box.left
    for token in tokens:
        width = max(1, round(box.width * len(token) / total))
        words.append(Word(token, Box(left, box.top, width, box.height), confidence))
        left += width
    return words


def _line(words: list[Word]) -> Line:
    return Line(tuple(words), Box.enclosing(word.box for word in words))
