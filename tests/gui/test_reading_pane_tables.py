"""The reading pane shows a table as a grid (real Qt widgets, offscreen): its cells in a
QTextTable under the announcement, the spoken word marked in its cell, the caret in a cell
giving a place in the page text, lines a low-vision reader can see; and a page without
tables shown exactly as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QImage, QTextCursor, QTextTable
from PySide6.QtWidgets import QApplication

from core.ocr.fakes import RecordingOcr
from core.reading.presented import presented
from core.reading.reflow import reflowed_text
from core.settings import Settings
from core.sources.files import FileSource
from core.speech.fakes import RecordingSpeech
from core.text.model import Block, Box, Cell, Line, PageText, Table, Word, page_from_text
from core.themes import THEMES, Theme, contrast_ratio
from gui.app import Bitna
from gui.reading_pane import MIN_BORDER, MIN_UNSURE_THICKNESS, ReadingPane
from gui.style import style_sheet
from tests.conftest import marked_frame
from tests.core.reading.test_table_reading import bill
from tests.gui.conftest import mark_under

THEME = THEMES["yellow-on-black"]
#: A pane as wide as beside the camera view on a small screen: too narrow for the bill's
#: four columns at 28 points, wide enough for a record of a row.
NARROW = 520


@pytest.fixture
def styled() -> Iterator[None]:
    """The window's style sheet, as the app sets it: the theme's colours."""
    style(THEME)
    yield
    style(None)


def style(theme: Theme | None) -> None:
    """Style the application in `theme`'s colours as the app does (None: unstyled)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(style_sheet(theme, 24) if theme else "")


@pytest.fixture
def pane(qtbot, styled) -> ReadingPane:
    """The pane at the default print size, styled as in the window."""
    pane = ReadingPane(THEME, 28)
    qtbot.addWidget(pane)
    pane.resize(1000, 800)
    pane.show()
    return pane


def tables(pane: ReadingPane) -> list[QTextTable]:
    frames = pane.document().rootFrame().childFrames()
    return [frame for frame in frames if isinstance(frame, QTextTable)]


def cell_texts(table: QTextTable) -> list[list[str]]:
    """The table's cells' texts, row by row, a merged cell once."""
    rows = []
    for r in range(table.rows()):
        row, c = [], 0
        while c < table.columns():
            cell = table.cellAt(r, c)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(
                cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor
            )
            row.append(cursor.selectedText())
            c += cell.columnSpan()
        rows.append(row)
    return rows


def put_caret(pane: ReadingPane, position: int) -> None:
    cursor = pane.textCursor()
    cursor.setPosition(position)
    pane.setTextCursor(cursor)


def cell_start(table: QTextTable, row: int, column: int) -> int:
    return table.cellAt(row, column).firstCursorPosition().position()


def marked_cell(pane: ReadingPane) -> tuple[int, int] | None:
    """(row, column) of the grid cell the highlight is in; None outside a grid."""
    selections = pane.extraSelections()
    cursor = QTextCursor(selections[0].cursor)
    table = cursor.currentTable()
    if table is None:
        return None
    cell = table.cellAt(cursor)
    return cell.row(), cell.column()


def long_bill(rows: int = 30) -> PageText:
    """A bill of many rows: taller than the pane."""
    lines, cells = [], []
    names = ("Date", "Item", "Amount")
    for r in range(rows + 1):
        texts = names if r == 0 else (f"{r:02d}/11", f"Item {r}", f"{r}.00")
        row_cells, words = [], []
        for c, text in enumerate(texts):
            box = Box(100 + 400 * c, 200 + 50 * r, 380, 40)
            row_cells.append(Cell(text, box, 95.0))
            words += [Word(token, box, 95.0) for token in text.split()]
        cells.append(tuple(row_cells))
        lines.append(Line(tuple(words), Box.enclosing(w.box for w in words)))
    table = Block(tuple(lines), Box(100, 200, 1200, 50 * (rows + 1)), Table(tuple(cells)))
    return PageText((*page_from_text("Statement").blocks, table), 1400, 2000, "eng")


def test_a_table_shows_as_a_grid_under_its_announcement(pane: ReadingPane) -> None:
    page = presented(bill())
    pane.show_page(page)
    [table] = tables(pane)
    assert cell_texts(table) == [
        ["Service", "Units", "Rate", "Amount"],
        ["Water supply", "29", "5.70", "165.30"],
        ["Wastewater", "29", "4.50", "130.50"],
        ["Total", "", "", "347.95"],
    ]
    assert table.format().headerRowCount() == 1
    before = pane.toPlainText()[: table.firstPosition()]
    assert before.rstrip().endswith("Table, 3 rows, 4 columns: Service, Units, Rate, Amount.")
    assert before.startswith("Riverside Water")
    # The header row is bold, the rest is not.
    assert table.cellAt(0, 2).firstCursorPosition().charFormat().fontWeight() == QFont.Weight.Bold
    body = QTextCursor(pane.document())
    body.setPosition(cell_start(table, 1, 2) + 1)
    assert body.charFormat().fontWeight() != QFont.Weight.Bold
    assert pane.textCursor().position() == 0


def test_a_spoken_cell_word_is_marked_in_its_cell(pane: ReadingPane) -> None:
    page = presented(bill())
    text = reflowed_text(page)
    pane.show_page(page)
    pane.highlight(text.index("4.50"), 4)
    assert pane.highlighted_text() == "4.50" and marked_cell(pane) == (2, 2)
    pane.highlight(text.index("165.30."), len("165.30."))  # the row's full stop is not shown
    assert pane.highlighted_text() == "165.30" and marked_cell(pane) == (1, 3)
    pane.highlight(text.index("supply."), len("supply."))
    assert pane.highlighted_text() == "supply" and marked_cell(pane) == (1, 0)
    # The announcement is text above the grid: its words are marked there.
    pane.highlight(text.index("Table"), 5)
    assert pane.highlighted_text() == "Table" and marked_cell(pane) is None
    # A word of a page no longer shown changes nothing.
    pane.highlight(len(text) + 5, 3)
    assert pane.highlighted_text() == "Table"


def test_a_header_said_with_a_cell_marks_the_header_cell_without_scrolling(
    qtbot, pane: ReadingPane
) -> None:
    page = presented(long_bill())
    text = reflowed_text(page)
    pane.show_page(page)
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 0  # the table is taller than the pane
    amount = text.index("30.00")
    pane.highlight(amount, 5)  # far down: brought into view
    assert pane.highlighted_text() == "30.00" and marked_cell(pane) == (30, 2)
    scrolled = bar.value()
    assert scrolled > 0
    header = text.rindex("Amount", 0, amount)
    pane.highlight(header, 6)  # "Amount" said before it
    assert pane.highlighted_text() == "Amount" and marked_cell(pane) == (0, 2)
    assert bar.value() == scrolled  # the view stays on the row being read


def test_the_caret_in_the_grid_gives_its_place_in_the_page_text(pane: ReadingPane) -> None:
    page = presented(bill())
    text = reflowed_text(page)
    pane.show_page(page)
    [table] = tables(pane)
    put_caret(pane, cell_start(table, 2, 2) + 2)  # inside "4.50"
    assert pane.caret_position() == text.index("4.50") + 2
    put_caret(pane, cell_start(table, 2, 2))  # at the cell's start: the cell as said
    assert pane.caret_position() == text.index("Rate 4.50")
    put_caret(pane, cell_start(table, 3, 1))  # an empty cell: its row
    assert pane.caret_position() == text.index("Total.")
    put_caret(pane, cell_start(table, 0, 1))  # a header: where it is announced
    assert pane.caret_position() == text.index("Units,")
    put_caret(pane, 4)  # the text above the grid, as before
    assert pane.caret_position() == 4


def test_arrow_keys_move_the_caret_through_the_cells(qtbot, pane: ReadingPane) -> None:
    page = presented(bill())
    text = reflowed_text(page)
    pane.show_page(page)
    [table] = tables(pane)
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus, timeout=2000)
    for _ in range(20):  # down the text, into the first column
        if pane.textCursor().currentTable() is not None:
            break
        qtbot.keyClick(pane, Qt.Key.Key_Down)
    cursor = pane.textCursor()
    assert cursor.currentTable() is not None
    assert table.cellAt(cursor).row() == 0
    qtbot.keyClick(pane, Qt.Key.Key_Down)
    assert table.cellAt(pane.textCursor()).row() == 1
    assert pane.caret_position() == text.index("Water supply.")
    qtbot.keyClick(pane, Qt.Key.Key_Down)
    assert pane.caret_position() == text.index("Wastewater.")
    for _ in range(len("Wastewater") + 1):  # to the next cell
        qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert table.cellAt(pane.textCursor()).column() == 1
    assert pane.caret_position() == text.index("Units 29, Rate 4.50")


def test_the_screen_reader_reads_the_grid_by_caret(pane: ReadingPane) -> None:
    pane.show_page(presented(bill()))
    accessible = QAccessible.queryAccessibleInterface(pane)
    assert accessible is not None
    assert accessible.text(QAccessible.Text.Name) == "Reading pane"
    assert accessible.text(QAccessible.Text.Description) == (
        "The text Bitna recognised. Use the arrow keys to read it."
    )
    [table] = tables(pane)
    put_caret(pane, cell_start(table, 2, 3))
    text = accessible.textInterface()
    assert text is not None and text.cursorPosition() == cell_start(table, 2, 3)
    assert text.text(cell_start(table, 2, 3), cell_start(table, 2, 3) + 6) == "130.50"


def test_the_grid_is_drawn_in_the_themes_text_colour_and_grows_with_the_print(
    pane: ReadingPane,
) -> None:
    pane.show_page(presented(bill()))
    [table] = tables(pane)
    form = table.format()
    assert form.border() >= MIN_BORDER
    assert form.borderBrush().color() == QColor(THEME.foreground)
    cell = table.cellAt(1, 1).format().toTableCellFormat()
    assert cell.leftBorder() >= MIN_BORDER
    assert cell.leftBorderBrush().color() == QColor(THEME.foreground)
    assert contrast_ratio(THEME.foreground, THEME.background) >= 7
    # No colour of their own for the cells' text: the pane's, the theme's text colour.
    foreground = table.cellAt(1, 1).firstCursorPosition().charFormat().foreground()
    assert foreground.style() == Qt.BrushStyle.NoBrush
    small = pane.cursorRect(table.cellAt(1, 1).firstCursorPosition()).height()
    pane.set_theme(THEMES["black-on-white"])
    assert table.format().borderBrush().color() == QColor("#000000")
    assert table.cellAt(1, 1).format().toTableCellFormat().leftBorderBrush().color() == QColor(
        "#000000"
    )
    pane.resize(1400, 800)
    pane.set_point_size(48)  # laid out again for the new print; the grid still fits
    [table] = tables(pane)
    assert table.format().border() > form.border()
    assert table.format().borderBrush().color() == QColor("#000000")
    assert pane.cursorRect(table.cellAt(1, 1).firstCursorPosition()).height() > 1.5 * small


def runs(colours: list[bool]) -> list[int]:
    """The lengths of the runs of True."""
    found, length = [], 0
    for hit in [*colours, False]:
        if hit:
            length += 1
        elif length:
            found.append(length)
            length = 0
    return found


def test_grid_lines_are_drawn_at_least_two_pixels_wide(qtbot, pane: ReadingPane) -> None:
    pane.show_page(presented(bill()))
    [table] = tables(pane)
    qtbot.wait(50)
    image: QImage = pane.viewport().grab().toImage()
    line = QColor(THEME.foreground).rgb()
    text_top = pane.cursorRect(table.cellAt(1, 1).firstCursorPosition())
    announced = QTextCursor(pane.document())
    announced.setPosition(table.firstPosition() - 1)
    top = pane.cursorRect(announced).bottom() + 1  # under the announcement (nothing follows)
    # Down the padding left of the first column's text: only the lines across the grid.
    x = pane.cursorRect(table.cellAt(1, 0).firstCursorPosition()).left() - 4
    down = runs([image.pixel(x, y) == line for y in range(top, image.height())])
    assert len(down) == 5 and min(down) >= MIN_BORDER  # above, under each of 4 rows
    assert max(down) >= 2 * MIN_BORDER  # the line under the header is doubled
    # Across the padding above the first body row's text: the lines between the columns.
    y = text_top.top() - 3
    across = runs([image.pixel(x, y) == line for x in range(image.width())])
    assert len(across) == 5 and min(across) >= MIN_BORDER


def test_a_page_without_tables_shows_exactly_as_before(qtbot, pane: ReadingPane) -> None:
    page = page_from_text("Riverside Library.\nDear reader, your book is here.\n\nThank you.")
    before = ReadingPane(THEME, 28)
    qtbot.addWidget(before)
    before.show_text(reflowed_text(page))  # what the app did until now
    pane.show_page(page)
    assert not tables(pane)
    assert pane.toPlainText() == before.toPlainText()
    assert pane.document().toHtml() == before.document().toHtml()
    for view in (pane, before):
        view.highlight(page.text.index("your"), 4)
        put_caret(view, 25)
    assert pane.highlighted_text() == before.highlighted_text() == "your"
    assert pane.caret_position() == before.caret_position() == 25


def test_plain_text_after_a_table_and_a_page_shown_again(pane: ReadingPane) -> None:
    page = presented(bill())
    pane.show_page(page)
    pane.show_page(page)  # the head, then the whole page: one grid
    assert len(tables(pane)) == 1
    pane.show_text("Page 2. Nothing here.")
    assert not tables(pane) and pane.toPlainText() == "Page 2. Nothing here."
    pane.highlight(8, 7)
    assert pane.highlighted_text() == "Nothing"


class QuietSpeech(RecordingSpeech):
    """Records what is spoken but sends no events: the page stays "being read"."""

    def _emit(self, event) -> None:
        pass


def test_the_window_shows_a_read_table_and_reads_on_from_a_cell(qtbot, tmp_path: Path) -> None:
    # A sheet with a few marks under the camera, so the fake reading is the whole page.
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), marked_frame(1400, 800))
    speech = QuietSpeech()
    app = Bitna(
        settings=Settings(ocr_languages="eng"),
        source=FileSource(blank),
        speech=speech,
        ocr=RecordingOcr([bill()] * 3),
        speech_log=tmp_path / "said.txt",
        settings_path=tmp_path / "settings.json",
        synchronous=True,
    )
    qtbot.addWidget(app.window)
    app.window.show()
    try:
        app.start()
        qtbot.waitUntil(lambda: app.reader.latest() is not None, timeout=5000)
        pane = app.window.reading_pane
        app.window.resize(2400, 1000)  # room beside the camera view for the bill's columns
        app.commands.trigger("read")
        qtbot.waitUntil(lambda: bool(tables(pane)), timeout=20000)
        [table] = tables(pane)
        assert cell_texts(table)[2] == ["Wastewater", "29", "4.50", "130.50"]
        put_caret(pane, cell_start(table, 2, 2))
        mark = len(speech.spoken)
        app.commands.trigger("read-from-cursor")
        said = [text for text, _ in speech.spoken[mark:]]
        assert said[0].startswith("Rate 4.50, Amount 130.50.")
        # The window made narrow: a record per row, the caret kept on the same cell.
        app.window.resize(800, 1000)
        qtbot.waitUntil(lambda: pane.shows_records, timeout=5000)
        assert len(tables(pane)) == 3
        assert pane.caret_position() == reflowed_text(app.flow.page).index("Rate 4.50")
    finally:
        app.shutdown()


def test_a_pane_too_narrow_for_the_columns_shows_a_record_per_row(qtbot, pane: ReadingPane) -> None:
    page = presented(bill())
    text = reflowed_text(page)
    pane.resize(NARROW, 800)
    pane.show_page(page)
    assert pane.shows_records
    assert [cell_texts(table) for table in tables(pane)] == [
        [["Water supply"], ["Units", "29"], ["Rate", "5.70"], ["Amount", "165.30"]],
        [["Wastewater"], ["Units", "29"], ["Rate", "4.50"], ["Amount", "130.50"]],
        [["Total"], ["Amount", "347.95"]],
    ]
    bar = pane.horizontalScrollBar()  # nothing to scroll sideways (its range follows late)
    qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=2000)
    record = tables(pane)[1]
    assert record.cellAt(0, 0).columnSpan() == 2
    label = record.cellAt(2, 0).firstCursorPosition()
    assert label.charFormat().fontWeight() == QFont.Weight.Bold
    # The spoken word, and the header said with it, are marked side by side.
    pane.highlight(text.index("4.50"), 4)
    assert pane.highlighted_text() == "4.50" and marked_cell(pane) == (2, 1)
    pane.highlight(text.index("Rate 4.50"), 4)
    assert pane.highlighted_text() == "Rate" and marked_cell(pane) == (2, 0)
    put_caret(pane, record.cellAt(2, 1).firstCursorPosition().position())
    assert pane.caret_position() == text.index("Rate 4.50")


def test_the_pane_changes_between_grids_and_records_as_it_is_resized(
    qtbot, pane: ReadingPane
) -> None:
    page = presented(bill())
    text = reflowed_text(page)
    pane.show_page(page)
    assert not pane.shows_records
    [table] = tables(pane)
    put_caret(pane, cell_start(table, 2, 3) + 2)  # in "130.50"
    pane.highlight(text.index("4.50"), 4)
    pane.resize(NARROW, 800)
    qtbot.waitUntil(lambda: pane.shows_records, timeout=2000)
    # The caret and the marked word stay where they were in the page's text.
    assert pane.caret_position() == text.index("130.50") + 2
    assert pane.highlighted_text() == "4.50"
    pane.resize(1000, 800)
    qtbot.waitUntil(lambda: not pane.shows_records, timeout=2000)
    assert len(tables(pane)) == 1
    assert pane.caret_position() == text.index("130.50") + 2
    assert pane.highlighted_text() == "4.50" and marked_cell(pane) == (2, 2)
    pane.set_point_size(72)  # the largest print: the columns no longer fit
    assert pane.shows_records and pane.highlighted_text() == "4.50"


def test_an_unsure_number_in_a_grid_is_marked_in_grids_records_and_every_theme(
    qtbot, pane: ReadingPane
) -> None:
    page = presented(bill())
    number = page.text.index("130.50")
    pane.show_page(page, unsure=[number])
    assert tables(pane) and pane.unsure_text() == ["130.50"]
    # A zigzag in the text colour under it in its cell, none under the sure numbers.
    assert mark_under(pane, "130.50", THEME.foreground)[0] >= MIN_UNSURE_THICKNESS
    assert mark_under(pane, "165.30", THEME.foreground) == [0]
    pane.resize(NARROW, 800)  # a record per row: still marked
    qtbot.waitUntil(lambda: pane.shows_records, timeout=2000)
    assert pane.unsure_text() == ["130.50"]
    pane.scroll_to(number)
    assert mark_under(pane, "130.50", THEME.foreground)[0] >= MIN_UNSURE_THICKNESS
    pane.highlight(number, 6)  # the offsets the highlight uses are those of the page text
    assert pane.highlighted_text() == "130.50"
    for theme in THEMES.values():
        style(theme)
        pane.set_theme(theme)
        found = pane.document().find("130.50")
        found.setPosition(found.selectionEnd())  # the format of its last letter
        form = found.charFormat()
        assert form.underlineStyle() == form.UnderlineStyle.WaveUnderline  # for screen readers
        assert form.fontWeight() == QFont.Weight.Bold
        mark = mark_under(pane, "130.50", theme.highlight_foreground)  # it is the spoken word
        assert mark[0] >= MIN_UNSURE_THICKNESS
        assert mark_under(pane, "4.50", theme.foreground) == [0]
    style(THEME)
    pane.set_theme(THEME)
    pane.clear_highlight()
    assert mark_under(pane, "130.50", THEME.foreground)[0] >= MIN_UNSURE_THICKNESS
    pane.mark_unsure([])
    assert pane.unsure_text() == []
    assert mark_under(pane, "130.50", THEME.foreground) == [0]
