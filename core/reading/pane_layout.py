"""What the reading pane shows: running text, and each table as a grid, mapped to the text.

Speech, the highlight, navigation and "read from the caret" all use offsets into the
page's reflowed text (core/reading/reflow.py), where a table is its announcement and a
sentence per row (core/reading/presented.py). Seen as sentences, a table loses its columns,
so the pane shows the announcement as text and the table itself as a grid of its cells.
This module lays that out without Qt: the pane's content as *pieces* (a run of text, or one
cell of a grid) in the order the pane shows them, and links between the page text and the
pieces, both ways:

- `to_pane`: a spoken word to where it is shown (a cell's word to that word in its cell;
  a header said with a cell to the header cell, which the pane does not scroll to);
- `to_text`: a place in a piece (the caret) to the page text (in a cell's word, that word;
  at a cell's start, the cell as it is said, its header first; in an empty cell, its row's
  sentence; in a header cell, that header in the announcement).

A word belongs to the cell whose box holds its middle (presented.py puts every word said
for a cell, its header included, on the cell's box); the cell's own words are the last
ones there, so the words before them are its header.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from core.reading.navigation import word_offsets
from core.reading.reflow import reflowed_text
from core.text.model import Block, Cell, PageText, Table, Word

log = logging.getLogger(__name__)

#: What presented.py may put after a cell's last word.
_MARKS = ".,:;"


@dataclass(frozen=True)
class Run:
    """Page text shown as it is: piece `piece`, the page text from `start`."""

    piece: int
    start: int
    text: str


@dataclass(frozen=True)
class GridCell:
    """One cell of a grid: piece `piece`, its text on one line, the columns it covers, and
    whether it names something (a header; in a record, a row's name and each value's
    header), which the pane shows in bold."""

    piece: int
    text: str
    span: int = 1
    name: bool = False


@dataclass(frozen=True)
class Grid:
    """A table as rows of cells, each row filled out to `columns`; the first
    `header_rows` rows are its header (the column names, perhaps under names of groups of
    columns; in a record, the row's name)."""

    rows: tuple[tuple[GridCell, ...], ...]
    columns: int
    header_rows: int
    #: A record of one row (see `pane_layout`): its name, then its cells beside their
    #: headers, which the pane lines up with the other records'.
    record: bool = False


@dataclass(frozen=True)
class Link:
    """Page text [start, start + length) shown in piece `piece` from `at`, letter for
    letter. `follow` is false for a place the pane marks but does not scroll to: a header
    said again with every row is marked in the header row only while that is in view,
    rather than pulling the view up and down at each cell."""

    start: int
    length: int
    piece: int
    at: int
    follow: bool = True

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass(frozen=True)
class Shown:
    """Where page text is shown: `length` letters of piece `piece` from `at`."""

    piece: int
    at: int
    length: int
    follow: bool


@dataclass(frozen=True)
class PaneLayout:
    """The pane's content and its links to the page text (see the module's docstring)."""

    items: tuple[Run | Grid, ...]
    pieces: tuple[str, ...]
    shown: tuple[Link, ...]  # page text -> pane, by start; they do not overlap
    said: tuple[Link, ...]  # pane -> page text, by piece and place
    homes: tuple[int, ...]  # where each piece is said from when the caret is at its start
    length: int  # of the page text

    @property
    def has_grid(self) -> bool:
        return any(isinstance(item, Grid) for item in self.items)

    def to_pane(self, start: int, length: int) -> Shown | None:
        """Where the page text [start, start + length) is shown (its first shown part); None
        when it is not shown (the mark after a cell, an offset past the page)."""
        index = bisect.bisect_right([link.start for link in self.shown], start) - 1
        for link in self.shown[max(0, index) :]:
            if link.start >= start + max(length, 1):
                break
            first, last = max(start, link.start), min(start + length, link.end)
            if first < last or (first == last == start and link.start <= start < link.end):
                return Shown(link.piece, link.at + first - link.start, last - first, link.follow)
        return None

    def near(self, offset: int) -> Shown | None:
        """The place shown for `offset`, else the end of the nearest followed place before
        it (to scroll to a place between shown words, such as the mark after a cell)."""
        exact = self.to_pane(offset, 0)
        if exact is not None:
            return exact
        before = [link for link in self.shown if link.start <= offset and link.follow]
        if not before:
            return None
        return Shown(before[-1].piece, before[-1].at + before[-1].length, 0, True)

    def to_text(self, piece: int, at: int) -> int:
        """The page text offset for the place `at` in piece `piece` (the caret)."""
        links = [link for link in self.said if link.piece == piece]
        if not links or at <= links[0].at:
            return self.homes[piece]
        for link in reversed(links):
            if link.at <= at:
                return link.start + min(at - link.at, link.length)
        return self.homes[piece]


def plain_layout(text: str) -> PaneLayout:
    """Text without tables: one run, shown as it is."""
    link = Link(0, len(text), 0, 0)
    return PaneLayout((Run(0, 0, text),), (text,), (link,), (link,), (0,), len(text))


def pane_layout(page: PageText, *, records: bool = False) -> PaneLayout:
    """The pane's content for a presented `page`: each table's block of rows as a grid,
    the blocks between (the announcement among them) as runs of reflowed text.

    With `records`, for a pane too narrow for a table's columns, each row of the table is
    a small grid of its own instead: the row's name over its other cells, each beside its
    header. Every value is still next to what names it, without scrolling sideways, and no
    word or number is broken to fit.
    """
    text = reflowed_text(page)
    if not any(_is_grid(block) for block in page.blocks):
        return plain_layout(text)
    builder = _Builder(page, text)
    first = 0  # the first block of the run being gathered
    for index, block in enumerate(page.blocks):
        if _is_grid(block):
            if first < index:
                builder.run(first, index)
            if records:
                builder.records(index)
            else:
                builder.grid(index)
            first = index + 1
    if first < len(page.blocks):
        builder.run(first, len(page.blocks))
    return builder.layout()


def _is_grid(block: Block) -> bool:
    return block.table is not None and bool(block.table.rows) and bool(block.lines)


class _Builder:
    """Gathers the pieces and their links, in the order the pane shows them."""

    def __init__(self, page: PageText, text: str) -> None:
        self.page = page
        self.text = text
        self.starts: list[int] = []  # where each block starts (reflowing keeps offsets)
        offset = 0
        for block in page.blocks:
            self.starts.append(offset)
            offset += len(block.text) + 2  # "\n\n" between blocks
        self.offsets = {id(word): offset for offset, word in word_offsets(page)}
        self.items: list[Run | Grid] = []
        self.pieces: list[str] = []
        self.shown: list[Link] = []
        self.said: list[Link] = []
        self.homes: list[int] = []

    def layout(self) -> PaneLayout:
        return PaneLayout(
            tuple(self.items),
            tuple(self.pieces),
            tuple(sorted(self.shown, key=lambda link: link.start)),
            tuple(sorted(self.said, key=lambda link: (link.piece, link.at))),
            tuple(self.homes),
            len(self.text),
        )

    def _piece(self, text: str, home: int) -> int:
        self.pieces.append(text)
        self.homes.append(home)
        return len(self.pieces) - 1

    def run(self, first: int, end: int) -> None:
        """Blocks [first, end) as they are, one run."""
        start = self.starts[first]
        text = self.text[start : self.starts[end - 1] + len(self.page.blocks[end - 1].text)]
        piece = self._piece(text, start)
        link = Link(start, len(text), piece, 0)
        self.shown.append(link)
        self.said.append(link)
        self.items.append(Run(piece, start, text))

    def grid(self, index: int) -> None:
        """The table of block `index` as a grid, each cell linked to the words said for it."""
        block = self.page.blocks[index]
        table = block.table
        assert table is not None
        before = self.page.blocks[index - 1] if index > 0 else None
        row_homes = self._row_homes(index, table)
        header_home = self.starts[index - 1] if before is not None else self.starts[index]
        head = _header_rows(table)
        cells: dict[tuple[int, int], int] = {}  # (row, cell) -> piece
        rows: list[tuple[GridCell, ...]] = []
        for r, row in enumerate(table.rows):
            home = header_home if r < head else row_homes[r]
            grid_row = []
            for c, cell in enumerate(row):
                text = _one_line(cell.text)
                cells[(r, c)] = self._piece(text, home)
                grid_row.append(GridCell(cells[(r, c)], text, max(1, cell.span), r < head))
            missing = table.columns - sum(cell.span for cell in grid_row)
            grid_row += [GridCell(self._piece("", home), "", 1, r < head) for _ in range(missing)]
            rows.append(tuple(grid_row))
        self.items.append(Grid(tuple(rows), table.columns, head))
        for line in block.lines:
            self._link_row(line.words, table, cells)
        if head and before is not None and before.table is None and before.lines:
            self._link_announced_headers(list(before.lines[-1].words), table, cells)

    def records(self, index: int) -> None:
        """The table of block `index` as a record per row: a grid of the row's name (its
        first filled cell) over its other filled cells, each beside its column's header
        (no headers, no column of them). Rows without text are left out, as they are not
        said."""
        block = self.page.blocks[index]
        table = block.table
        assert table is not None
        names = table.headers()
        labelled = any(names)
        row_homes = self._row_homes(index, table)
        cells: dict[tuple[int, int], int] = {}  # (row, cell) -> piece
        labels: dict[tuple[int, int], int] = {}
        for r in range(_header_rows(table), len(table.rows)):
            home = row_homes[r]
            filled = [
                (c, column, cell)
                for c, column, cell in _columns(table.rows[r])
                if cell.text.split()
            ]
            if not filled:
                continue
            width = 2 if labelled else 1
            c, _, first = filled[0]
            cells[(r, c)] = self._piece(_one_line(first.text), home)
            rows: list[tuple[GridCell, ...]] = [
                (GridCell(cells[(r, c)], _one_line(first.text), width, True),)
            ]
            for c, column, cell in filled[1:]:
                record_row = []
                if labelled:
                    label = _one_line(names[column])
                    labels[(r, c)] = self._piece(label, home)
                    record_row.append(GridCell(labels[(r, c)], label, 1, True))
                cells[(r, c)] = self._piece(_one_line(cell.text), home)
                record_row.append(GridCell(cells[(r, c)], _one_line(cell.text)))
                rows.append(tuple(record_row))
            self.items.append(Grid(tuple(rows), width, 1, record=True))
        for line in block.lines:
            self._link_row(line.words, table, cells, labels)

    def _row_homes(self, index: int, table: Table) -> list[int]:
        """Where each row is said from: its sentence's start; for a row not said (it has no
        text), the next row said, else the end of the table's text."""
        block = self.page.blocks[index]
        said: dict[int, int] = {}
        for line in block.lines:
            if line.words and id(line.words[0]) in self.offsets:
                place = _cell_of(line.words[0], table)
                if place is not None:
                    said.setdefault(place[0], self.offsets[id(line.words[0])])
        home = self.starts[index] + len(block.text)
        homes = [home] * len(table.rows)
        for r in reversed(range(len(table.rows))):
            home = said.get(r, home)
            homes[r] = home
        return homes

    def _link_row(
        self,
        words: Sequence[Word],
        table: Table,
        cells: dict[tuple[int, int], int],
        labels: dict[tuple[int, int], int] | None = None,
    ) -> None:
        """Link the words of a row's sentence to their cells, and the headers said with
        them to their header cells (in a record, to the `labels` beside them)."""
        groups: list[tuple[tuple[int, int] | None, list[Word]]] = []
        for word in words:
            place = _cell_of(word, table)
            if groups and groups[-1][0] == place:
                groups[-1][1].append(word)
            else:
                groups.append((place, [word]))
        for place, group in groups:
            if place is None or place not in cells:
                continue
            r, c = place
            own = self._link(group, table.rows[r][c].text, cells[place])
            if not own:
                if own is None:
                    log.debug("The words said for cell %s are not its text", place)
                continue
            if id(group[0]) in self.offsets:
                self.homes[cells[place]] = self.offsets[id(group[0])]  # its header first
            said_header = group[: len(group) - own]
            if labels is not None:
                if place in labels:
                    self.homes[labels[place]] = self.homes[cells[place]]
                    if said_header:
                        label = labels[place]
                        self._link(said_header, self.pieces[label], label)
                continue
            header = _header_over(table, r, c)
            if header is not None and said_header:
                h, k = header
                self._link(said_header, table.rows[h][k].text, cells[header], said=False)

    def _link_announced_headers(
        self, words: list[Word], table: Table, cells: dict[tuple[int, int], int]
    ) -> None:
        """The announcement ends with the header cells, row by row: a caret in a header
        cell goes to where that header is announced."""
        named = [
            (r, c)
            for r in range(_header_rows(table))
            for c, cell in enumerate(table.rows[r])
            if cell.text.split()
        ]
        for r, c in reversed(named):
            matched = self._link(words, table.rows[r][c].text, cells[(r, c)], shown=False)
            if not matched:
                return
            first = words[len(words) - matched]
            if id(first) in self.offsets:
                self.homes[cells[(r, c)]] = self.offsets[id(first)]
            del words[len(words) - matched :]

    def _link(
        self, words: Sequence[Word], text: str, piece: int, *, said: bool = True, shown: bool = True
    ) -> int | None:
        """Link the last words of `words` to the words of `text` in piece `piece` (the last
        may carry the mark presented.py adds): shown there (followed when the words are the
        piece's own, `said`) and, when `said`, the caret there goes back to them. How many
        words that took; None when they are not `text`'s words."""
        tokens = text.split()
        if len(tokens) > len(words):
            return None
        tail = words[len(words) - len(tokens) :]
        for i, (word, token) in enumerate(zip(tail, tokens, strict=True)):
            if word.text != token and not (i == len(tokens) - 1 and _marked(word.text, token)):
                return None
        at = 0
        for word, token in zip(tail, tokens, strict=True):
            offset = self.offsets.get(id(word))
            if offset is not None:
                link = Link(offset, len(token), piece, at, follow=said)
                if shown:
                    self.shown.append(link)
                if said:
                    self.said.append(link)
            at += len(token) + 1
        return len(tokens)


def _one_line(text: str) -> str:
    """A cell's text as the pane shows it: its words on one line, one space apart."""
    return " ".join(text.split())


def _columns(row: Sequence[Cell]) -> list[tuple[int, int, Cell]]:
    """Each cell of `row` with its index and the first column it covers."""
    found, column = [], 0
    for index, cell in enumerate(row):
        found.append((index, column, cell))
        column += cell.span
    return found


def _marked(said: str, token: str) -> bool:
    """Whether `said` is `token` with a mark after it."""
    return len(said) == len(token) + 1 and said.startswith(token) and said[-1] in _MARKS


def _cell_of(word: Word, table: Table) -> tuple[int, int] | None:
    """(row, index in the row) of the cell whose box holds the middle of `word`."""
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.box.holds_middle_of(word.box):
                return r, c
    return None


def _header_rows(table: Table) -> int:
    """How many rows the header takes (the rows above the body)."""
    return len(table.rows) - len(table.body)


def _header_over(table: Table, row: int, cell: int) -> tuple[int, int] | None:
    """(row, index in the row) of the header named over the first column of `cell`: the
    lowest header row's cell over it with a name, as Table.headers() names a column."""
    head = _header_rows(table)
    if row < head:
        return None
    column = sum(c.span for c in table.rows[row][:cell])
    for r in reversed(range(head)):
        edge = 0
        for index, header in enumerate(table.rows[r]):
            edge += header.span
            if column < edge:
                if header.text.split():
                    return r, index
                break
    return None
