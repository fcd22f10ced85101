"""Where a table's rows and cells are in the text of a presented page (see presented.py).

Moving through a table by row and by cell, like a screen reader's table commands, needs
to know which stretch of the page's text is which cell. A presented table is a block of
rows, a line per body row, whose `table` is the table; a word belongs to the cell whose
box holds its middle (a header said with a cell is placed on that cell).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.reading.navigation import Span, word_offsets
from core.text.model import Box, Cell, PageText, Table


@dataclass(frozen=True)
class CellPlace:
    """A cell of a presented table: which table (by its block), which body row, which
    cell of the row, and the stretch of page text that says it (None for an empty cell,
    which has no words)."""

    block: int
    table: Table
    row: int  # among the body rows
    column: int
    span: Span | None

    @property
    def rows(self) -> int:
        return len(self.table.body)


@dataclass(frozen=True)
class TableText:
    """The cells of a page's tables with the text that says each."""

    cells: tuple[CellPlace, ...]
    rows: dict[tuple[int, int], Span]  # (block, row): the row's line

    def at(self, offset: int) -> CellPlace | None:
        """The cell at `offset` in the page text, or the first cell of the row there."""
        for cell in self.cells:
            if cell.span is not None and cell.span.start <= offset < cell.span.end:
                return cell
        for (block, row), span in self.rows.items():
            if span.start <= offset <= span.end:
                return self.cell(block, row, 0)
        return None

    def cell(self, block: int, row: int, column: int) -> CellPlace | None:
        """The `column`th cell of `row` in the table of `block`, if there is one."""
        for cell in self.cells:
            if (cell.block, cell.row, cell.column) == (block, row, column):
                return cell
        return None

    def row(self, block: int, row: int) -> Span | None:
        """The text of a whole row."""
        return self.rows.get((block, row))


def table_text(page: PageText) -> TableText:
    """Where each table cell of a presented `page` is said."""
    offsets = {id(word): offset for offset, word in word_offsets(page)}
    cells: list[CellPlace] = []
    rows: dict[tuple[int, int], Span] = {}
    for index, block in enumerate(page.blocks):
        table = block.table
        if table is None:
            continue
        for row, (line, body) in enumerate(zip(block.lines, table.body, strict=False)):
            placed: dict[int, Span] = {}
            for word in line.words:
                start = offsets.get(id(word))
                column = _column_of(word.box, body)
                if start is None or column is None:
                    continue
                end = start + len(word.text)
                old = placed.get(column)
                placed[column] = Span(start, end) if old is None else Span(old.start, end)
            first = offsets.get(id(line.words[0])) if line.words else None
            if first is not None:
                rows[(index, row)] = Span(first, first + len(line.text))
            for column in range(len(body)):
                cells.append(CellPlace(index, table, row, column, placed.get(column)))
    return TableText(tuple(cells), rows)


def _column_of(box: Box, row: tuple[Cell, ...]) -> int | None:
    """The index of the cell in `row` whose box holds the middle of `box`."""
    middle_x = box.left + box.width / 2
    for index, cell in enumerate(row):
        if cell.box.left <= middle_x < cell.box.right:
            return index
    return None
