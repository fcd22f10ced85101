"""The large-print reading pane: the recognised text, with the spoken word marked.

A page's tables are shown as grids (core/reading/pane_layout.py lays the page out and links
every cell to the text that says it); everything else is the reflowed page text. Offsets
given to and taken from the pane (the spoken word, the caret) are offsets into that page
text, whatever the pane shows.
"""

from __future__ import annotations

import bisect
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from core.plumbing.i18n import tr
from core.reading.pane_layout import Grid, PaneLayout, Run, Shown, pane_layout, plain_layout
from core.text.model import PageText
from core.themes import Theme

log = logging.getLogger(__name__)

#: A grid's lines, at least this many pixels, and thicker as the print grows.
MIN_BORDER = 2


class ReadingPane(QTextEdit):
    """Read-only text a screen reader can browse by caret, with a follow-along highlight."""

    def __init__(self, theme: Theme, point_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setAcceptRichText(False)
        self._theme = theme
        self._has_page = False
        self._layout = plain_layout("")
        self._starts: list[int] = [0]  # where each piece of the layout starts in the document
        self._tables: list[tuple[QTextTable, Grid]] = []
        self.set_point_size(point_size)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Reading pane"))
        self.setAccessibleDescription(
            tr("The text Bitna recognised. Use the arrow keys to read it.")
        )
        if not self._has_page:
            # Real text, not a placeholder: it wraps, keeps full contrast and is read aloud.
            self._show(plain_layout(tr("Press Read to recognise the page under the camera.")))

    @property
    def point_size(self) -> int:
        """The reading text's size in points."""
        return self._point_size

    def set_point_size(self, point_size: int) -> None:
        """Size the reading text; a rule of the pane's own, as the window's style sheet
        sizes every widget's text and would otherwise win over the font."""
        self._point_size = point_size
        self.setStyleSheet(f"QTextEdit {{ font-size: {point_size}pt; }}")
        font = QFont(self.font())
        font.setPointSize(point_size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._style_tables()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._style_tables()

    def show_text(self, text: str) -> None:
        """Replace the pane's text and move the caret to its start."""
        self._has_page = True
        self._show(plain_layout(text))

    def show_page(self, page: PageText) -> None:
        """Show a presented page (core/reading/presented.py): its text reflowed, each table
        as a grid under its announcement; the caret at its start."""
        self._has_page = True
        self._show(pane_layout(page))

    def caret_position(self) -> int | None:
        """Where the caret is in the page's text; None while no page is shown. In a grid:
        the word of the cell it is in, or the cell as it is said when it is at the cell's
        start (see pane_layout.PaneLayout.to_text)."""
        if not self._has_page:
            return None
        piece, at = self._place(self.textCursor().position())
        return self._layout.to_text(piece, at)

    def highlight(self, start: int, length: int) -> None:
        """Mark the word being spoken (colours and underline) and scroll it into view."""
        if start < 0 or start + length > self._layout.length:
            return  # a word of a page no longer shown (speech events arrive a little late)
        shown = self._layout.to_pane(start, length)
        if shown is None:
            self.clear_highlight()  # said but not shown: the mark after a cell
            return
        cursor = self._cursor(shown)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        marked = QTextCharFormat()
        marked.setForeground(QColor(self._theme.highlight_foreground))
        marked.setBackground(QColor(self._theme.highlight_background))
        marked.setFontUnderline(True)
        selection.format = marked
        self.setExtraSelections([selection])
        if shown.follow:
            self._scroll_into_view(cursor)

    def highlighted_text(self) -> str:
        """The word now marked ("" when none): what tests and the screen reader check."""
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def clear_highlight(self) -> None:
        self.setExtraSelections([])

    def scroll_to(self, offset: int) -> None:
        """Bring the text at `offset` into view, leaving the caret where it is."""
        if 0 <= offset <= self._layout.length:
            shown = self._layout.near(offset)
            if shown is not None:
                self._scroll_into_view(self._cursor(shown))

    # Showing a layout ---------------------------------------------------------------------

    def _show(self, layout: PaneLayout) -> None:
        """Replace the pane's content with `layout`, the caret at its start."""
        self._layout = layout
        self._tables = []
        self.setExtraSelections([])
        if not layout.has_grid:
            self.setPlainText(layout.pieces[0])  # exactly as text was always shown
            self._starts = [0]
        else:
            self._build(layout)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _build(self, layout: PaneLayout) -> None:
        """The document of runs of text and tables, noting where each piece starts."""
        document = self.document()
        document.setUndoRedoEnabled(False)  # a read-only pane has nothing to undo
        document.clear()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        starts: list[int] = []
        for item in layout.items:
            if isinstance(item, Run):  # after a table, on the block that follows it
                starts.append(cursor.position())
                cursor.insertText(item.text)
                continue
            table = cursor.insertTable(len(item.rows), item.columns)
            self._tables.append((table, item))
            for r, row in enumerate(item.rows):
                column = 0
                for cell in row:
                    if cell.span > 1:
                        table.mergeCells(r, column, 1, cell.span)
                    column += cell.span
            for r, row in enumerate(item.rows):
                column = 0
                for cell in row:
                    place = table.cellAt(r, column).firstCursorPosition()
                    starts.append(place.position())
                    place.insertText(cell.text)
                    column += cell.span
            cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.endEditBlock()
        document.setUndoRedoEnabled(True)
        self._starts = starts
        self._style_tables()
        log.debug("Showing %d tables as grids", len(self._tables))

    def _style_tables(self) -> None:
        """Draw every grid in the theme's text colour, with lines and room that grow with
        the print, and its header row bold."""
        if not self._tables:
            return
        line = QFontMetricsF(self.document().defaultFont()).lineSpacing()
        border = max(MIN_BORDER, round(line / 16))
        colour = QBrush(QColor(self._theme.foreground))
        for table, grid in self._tables:
            form = QTextTableFormat()
            form.setBorder(border)
            form.setBorderBrush(colour)
            form.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            form.setBorderCollapse(True)
            form.setCellSpacing(0)
            form.setCellPadding(round(line / 4))
            form.setTopMargin(round(line / 2))
            form.setBottomMargin(round(line / 2))
            form.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
            form.setHeaderRowCount(grid.header_rows)
            table.setFormat(form)
            self._style_cells(table, grid, border, colour)

    @staticmethod
    def _style_cells(table: QTextTable, grid: Grid, border: float, colour: QBrush) -> None:
        """Every cell's lines as thick as the grid's (collapsed borders are the cells'
        own); the header rows bold, with a doubled line under them."""
        for r, row in enumerate(grid.rows):
            header = r < grid.header_rows
            column = 0
            for cell in row:
                found = table.cellAt(r, column)
                column += cell.span
                form = QTextTableCellFormat()
                form.setBorder(border)
                form.setBorderBrush(colour)
                form.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                if header:
                    form.setFontWeight(QFont.Weight.Bold)
                if r == grid.header_rows - 1:
                    form.setBottomBorder(border * 2)  # where the names end and rows begin
                found.setFormat(form)
                if header:
                    bold = QTextCharFormat()
                    bold.setFontWeight(QFont.Weight.Bold)
                    text = found.firstCursorPosition()
                    text.setPosition(
                        found.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor
                    )
                    text.mergeCharFormat(bold)

    # Between the page text and the document -----------------------------------------------

    def _cursor(self, shown: Shown) -> QTextCursor:
        """A cursor over the `shown` stretch of the document."""
        text = self._layout.pieces[shown.piece]
        start = self._starts[shown.piece] + _units(text[: shown.at])
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        end = start + _units(text[shown.at : shown.at + shown.length])
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _place(self, position: int) -> tuple[int, int]:
        """(piece, letter in it) at a document position: the nearest piece before it."""
        piece = max(0, bisect.bisect_right(self._starts, position) - 1)
        text = self._layout.pieces[piece]
        return piece, _index(text, position - self._starts[piece])

    def _scroll_into_view(self, cursor: QTextCursor) -> None:
        # Scroll without moving the caret: a moving caret would make screen readers talk.
        area = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        viewport = self.viewport().height()
        if area.top() < 0 or area.bottom() > viewport:
            bar.setValue(bar.value() + area.top() - viewport // 3)


def _units(text: str) -> int:
    """`text`'s length in the document, which counts UTF-16 code units."""
    return sum(2 if ord(character) > 0xFFFF else 1 for character in text)


def _index(text: str, units: int) -> int:
    """The index in `text` of the letter `units` UTF-16 code units in (clamped to it)."""
    count = 0
    for index, character in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(character) > 0xFFFF else 1
    return len(text)
