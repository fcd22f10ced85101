"""The reading pane's content laid out without Qt: a table as a grid (or a record per row),
every cell linked to the words that say it, both ways (a spoken word to its cell, the
caret back to the text)."""

from __future__ import annotations

from core.plumbing.i18n import set_language
from core.reading.navigation import word_offsets
from core.reading.pane_layout import Grid, PaneLayout, Run, pane_layout, plain_layout
from core.reading.presented import presented
from core.reading.reflow import reflowed_text
from core.text.model import Block, Box, Cell, Line, PageText, Table, Word, page_from_text
from tests.core.reading.test_table_reading import bill


def table_page(rows: list[list[str]], header_rows: int = 1, spans: dict | None = None) -> PageText:
    """A title, then a table as the read path gives it (a line per row); `spans` maps
    (row, cell) to the columns a cell covers."""
    spans = spans or {}
    lines, cells = [], []
    for r, row in enumerate(rows):
        left, row_cells, words = 100, [], []
        for c, text in enumerate(row):
            span = spans.get((r, c), 1)
            box = Box(left, 200 + 60 * r, 300 * span - 20, 40)
            left += 300 * span
            row_cells.append(Cell(text, box, 95.0, span))
            words += [Word(token, box, 95.0) for token in text.split()]
        cells.append(tuple(row_cells))
        lines.append(Line(tuple(words), Box.enclosing(w.box for w in words)))
    table = Table(tuple(cells), header_rows=header_rows)
    block = Block(tuple(lines), Box(100, 200, 2000, 60 * len(rows)), table)
    return PageText((*page_from_text("Timetable").blocks, block), 2200, 900, "eng")


def shown_text(layout: PaneLayout, text: str, word: str, nth: int = 0) -> tuple[str, bool]:
    """What the pane marks for the `nth` `word` of the page text, and whether it follows it."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    shown = layout.to_pane(start, len(word))
    assert shown is not None, word
    return layout.pieces[shown.piece][shown.at : shown.at + shown.length], shown.follow


def grid(layout: PaneLayout) -> Grid:
    grids = [item for item in layout.items if isinstance(item, Grid)]
    assert len(grids) == 1
    return grids[0]


def piece_of(layout: PaneLayout, row: int, column: int) -> int:
    """The piece of the cell starting at `column` of grid row `row`."""
    edge = 0
    for cell in grid(layout).rows[row]:
        if edge == column:
            return cell.piece
        edge += cell.span
    raise AssertionError((row, column))


def test_a_page_without_tables_is_one_run_of_its_reflowed_text() -> None:
    page = page_from_text("Riverside Library\n\nDear reader, your book is here.")
    layout = pane_layout(page)
    text = reflowed_text(page)
    assert layout == plain_layout(text)
    assert layout.items == (Run(0, 0, text),) and not layout.has_grid
    shown = layout.to_pane(13, 6)
    assert shown is not None and (shown.piece, shown.at, shown.length) == (0, 13, 6)
    assert layout.to_text(0, 13) == 13
    assert layout.to_pane(len(text) + 1, 2) is None


def test_a_table_is_its_announcement_as_text_then_a_grid_of_its_cells() -> None:
    page = presented(bill())
    text = reflowed_text(page)
    layout = pane_layout(page)
    run, table = layout.items
    assert isinstance(run, Run) and isinstance(table, Grid)
    assert run.start == 0 and text.startswith(run.text)
    assert run.text.endswith("Table, 3 rows, 4 columns: Service, Units, Rate, Amount.")
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["Service", "Units", "Rate", "Amount"],
        ["Water supply", "29", "5.70", "165.30"],
        ["Wastewater", "29", "4.50", "130.50"],
        ["Total", "", "", "347.95"],
    ]
    assert table.columns == 4 and table.header_rows == 1
    # The pieces are in the pane's order: the run, then the cells row by row.
    assert layout.pieces[0] == run.text
    assert [layout.pieces[cell.piece] for row in table.rows for cell in row][:2] == [
        "Service",
        "Units",
    ]


def test_a_spoken_cell_word_is_marked_in_its_cell_without_the_mark_said_after_it() -> None:
    page = presented(bill())
    text = reflowed_text(page)
    layout = pane_layout(page)
    assert shown_text(layout, text, "4.50") == ("4.50", True)
    assert shown_text(layout, text, "165.30.") == ("165.30", True)
    assert shown_text(layout, text, "supply.") == ("supply", True)
    start = text.index("130.50")
    shown = layout.to_pane(start, 6)
    assert shown is not None and shown.piece == piece_of(layout, 2, 3)
    # The announcement is shown as text: its words are marked there.
    announced = text.index("Units")
    shown = layout.to_pane(announced, 5)
    assert shown is not None and shown.piece == 0 and shown.at == announced


def test_a_header_said_with_a_cell_marks_the_header_cell_without_scrolling_to_it() -> None:
    page = presented(bill())
    text = reflowed_text(page)
    layout = pane_layout(page)
    rate = text.index("Rate 4.50")
    shown = layout.to_pane(rate, 4)
    assert shown is not None and shown.piece == piece_of(layout, 0, 2)
    assert layout.pieces[shown.piece] == "Rate" and not shown.follow


def test_every_word_said_for_a_table_is_shown_in_it_in_both_header_modes() -> None:
    for headers in ("every", "once"):
        page = presented(bill(), headers)
        layout = pane_layout(page)
        table_words = [w for w in page.blocks[-1].lines for w in w.words]
        offsets = {id(word): offset for offset, word in word_offsets(page)}
        for word in table_words:
            assert layout.to_pane(offsets[id(word)], len(word.text)) is not None, word.text


def test_the_caret_in_a_cell_gives_its_place_in_the_page_text() -> None:
    page = presented(bill())
    text = reflowed_text(page)
    layout = pane_layout(page)
    # Inside a cell's word: that place in the word.
    assert layout.to_text(piece_of(layout, 2, 2), 2) == text.index("4.50") + 2
    assert layout.to_text(piece_of(layout, 1, 0), 8) == text.index("supply") + 2
    # At a cell's start: the cell as it is said, its header first.
    assert layout.to_text(piece_of(layout, 2, 2), 0) == text.index("Rate 4.50")
    assert layout.to_text(piece_of(layout, 1, 0), 0) == text.index("Water supply.")
    # An empty cell: its row's sentence.
    assert layout.to_text(piece_of(layout, 3, 1), 0) == text.index("Total.")
    # A header cell: where that header is announced.
    assert layout.to_text(piece_of(layout, 0, 1), 0) == text.index("Units,")
    assert layout.to_text(piece_of(layout, 0, 3), 3) == text.index("Amount.") + 3
    # The text before the table, as it is.
    assert layout.to_text(0, 5) == 5


def test_text_after_a_table_keeps_its_offsets() -> None:
    read = bill()
    after = page_from_text("Please pay by 24 January.").blocks
    page = presented(PageText((*read.blocks, *after), read.width, read.height, "eng"))
    text = reflowed_text(page)
    layout = pane_layout(page)
    last = layout.items[-1]
    assert isinstance(last, Run) and last.text == "Please pay by 24 January."
    assert last.start == text.index("Please")
    assert shown_text(layout, text, "January.") == ("January.", True)
    assert layout.to_text(last.piece, 4) == text.index("Please") + 4


def test_korean_announcement_links_the_header_cells_too() -> None:
    set_language("ko")
    page = presented(bill())
    text = reflowed_text(page)
    layout = pane_layout(page)
    assert text.split("\n\n")[1].startswith("표")
    assert layout.to_text(piece_of(layout, 0, 2), 0) == text.index("Rate,")
    assert shown_text(layout, text, "5.70") == ("5.70", True)


def test_spanning_cells_and_two_header_rows() -> None:
    rows = [
        ["", "Weekdays"],
        ["Stop", "101", "103", "105"],
        ["Bus Station", "06:05", "06:35", "07:05"],
        ["Mill Lane", "", "06:40", "07:10"],
    ]
    page = presented(table_page(rows, header_rows=2, spans={(0, 1): 3}))
    text = reflowed_text(page)
    layout = pane_layout(page)
    table = grid(layout)
    assert table.header_rows == 2 and table.columns == 4
    assert [(cell.text, cell.span) for cell in table.rows[0]] == [("", 1), ("Weekdays", 3)]
    assert [cell.text for cell in table.rows[3]] == ["Mill Lane", "", "06:40", "07:10"]
    # "103 06:35": the header is the column's name, in the lower header row.
    said = text.index("103 06:35")
    shown = layout.to_pane(said, 3)
    assert shown is not None and shown.piece == piece_of(layout, 1, 2) and not shown.follow
    assert shown_text(layout, text, "06:35,") == ("06:35", True)
    assert layout.to_text(piece_of(layout, 0, 1), 0) == text.index("Weekdays")
    assert layout.to_text(piece_of(layout, 1, 3), 0) == text.index("105")


def test_a_short_row_is_filled_out_and_a_cell_of_many_lines_is_one_line() -> None:
    page = presented(table_page([["Item", "Price", "Note"], ["Tea\nbags", "2.10"]]))
    layout = pane_layout(page)
    row = grid(layout).rows[1]
    assert [cell.text for cell in row] == ["Tea bags", "2.10", ""]
    assert layout.to_text(row[2].piece, 0) == reflowed_text(page).index("Tea bags.")


def test_words_that_are_not_a_cells_text_are_left_unshown() -> None:
    page = presented(bill())
    table_block = page.blocks[-1]
    first = table_block.lines[0]
    wrong = Line((Word("Wader", first.words[0].box, 50.0), *first.words[1:]), first.box)
    changed = Block((wrong, *table_block.lines[1:]), table_block.box, table_block.table)
    page = PageText((*page.blocks[:-1], changed), page.width, page.height, page.languages)
    text = reflowed_text(page)
    layout = pane_layout(page)
    assert layout.to_pane(text.index("Wader"), 5) is None  # not the cell's "Water supply"
    assert shown_text(layout, text, "29,") == ("29", True)
    # Between shown words, the pane keeps the nearest place before in view.
    near = layout.near(text.index("Wader"))
    assert near is not None and near.piece == 0


# A record per row, for a pane too narrow for the columns ---------------------------------


def records_of(layout: PaneLayout) -> list[list[list[str]]]:
    return [
        [[cell.text for cell in row] for row in item.rows]
        for item in layout.items
        if isinstance(item, Grid)
    ]


def test_each_row_is_a_record_of_its_name_over_its_cells_beside_their_headers() -> None:
    page = presented(bill())
    layout = pane_layout(page, records=True)
    assert isinstance(layout.items[0], Run) and layout.items[0].text.endswith("Amount.")
    assert records_of(layout) == [
        [["Water supply"], ["Units", "29"], ["Rate", "5.70"], ["Amount", "165.30"]],
        [["Wastewater"], ["Units", "29"], ["Rate", "4.50"], ["Amount", "130.50"]],
        [["Total"], ["Amount", "347.95"]],  # the empty cells are left out
    ]
    first = layout.items[1]
    assert isinstance(first, Grid) and first.columns == 2 and first.header_rows == 1
    assert first.rows[0][0].span == 2 and first.rows[0][0].name
    assert [cell.name for cell in first.rows[1]] == [True, False]


def test_in_a_record_the_header_said_with_a_cell_is_marked_beside_it() -> None:
    page = presented(bill())
    text = reflowed_text(page)
    layout = pane_layout(page, records=True)
    assert shown_text(layout, text, "4.50") == ("4.50", True)
    assert shown_text(layout, text, "130.50.") == ("130.50", True)
    rate = text.index("Rate 4.50")
    shown = layout.to_pane(rate, 4)
    assert shown is not None and shown.follow and layout.pieces[shown.piece] == "Rate"
    record = layout.items[2]
    assert isinstance(record, Grid) and shown.piece == record.rows[2][0].piece
    # The caret on the header beside a cell: the cell as it is said, its header first.
    assert layout.to_text(shown.piece, 2) == rate + 2
    assert layout.to_text(record.rows[2][1].piece, 0) == rate
    assert layout.to_text(record.rows[2][1].piece, 2) == text.index("4.50") + 2
    assert layout.to_text(record.rows[0][0].piece, 0) == text.index("Wastewater.")


def test_records_without_headers_said_or_without_a_header_row() -> None:
    once = presented(bill(), "once")
    text = reflowed_text(once)
    layout = pane_layout(once, records=True)
    record = layout.items[2]
    assert isinstance(record, Grid)
    label = record.rows[2][0]
    assert label.text == "Rate" and layout.to_text(label.piece, 0) == text.index("4.50")
    plain = presented(table_page([["Bus Station", "06:05"], ["Mill Lane", "06:10"]], 0))
    layout = pane_layout(plain, records=True)
    assert records_of(layout) == [[["Bus Station"], ["06:05"]], [["Mill Lane"], ["06:10"]]]
    assert all(item.columns == 1 for item in layout.items if isinstance(item, Grid))
    assert shown_text(layout, reflowed_text(plain), "06:10.") == ("06:10", True)


def test_a_record_names_each_cell_by_its_column_under_a_group() -> None:
    rows = [["", "Weekdays"], ["Stop", "101", "103"], ["Bus Station", "06:05", "06:35"]]
    page = presented(table_page(rows, header_rows=2, spans={(0, 1): 2}))
    layout = pane_layout(page, records=True)
    assert records_of(layout) == [[["Bus Station"], ["101", "06:05"], ["103", "06:35"]]]
