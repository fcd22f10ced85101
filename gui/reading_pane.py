"""The large-print reading pane: the recognised text, with the spoken word marked.

A page's tables are shown as grids, or a record per row while the pane is too narrow for
their columns (core/reading/pane_layout.py lays the page out and links every cell to the
text that says it); everything else is the reflowed page text. Offsets given to and taken
from the pane (the spoken word, the caret) are offsets into that page text, whatever the
pane shows.

Words the reading marks unsure (by default the numbers that may be misread, as speech says
"unsure" before them) are bold, with a thick zigzag under them in their text's colour: a
mark of shape, not of colour, seen in every theme. Qt's own wavy underline stays 1 px thin
at any size of print, too faint at the sizes low-vision readers use, so the pane paints
the zigzag itself over what Qt drew, as thick as a tenth of the print. Their letters keep a
wavy underline format (in no colour: the zigzag shows it), which is what screen readers
report of them. Nothing is added to the text: a "?" put beside them would shift every
offset after it (the spoken word's highlight, the caret), and a screen reader would read it
out as part of the text.
"""

from __future__ import annotations

import bisect
import logging
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextLength,
    QTextLine,
    QTextOption,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from core.plumbing.i18n import tr
from core.reading import navigation
from core.reading.pane_layout import Grid, PaneLayout, Run, Shown, pane_layout, plain_layout
from core.text.model import PageText
from core.themes import Theme

log = logging.getLogger(__name__)

#: A grid's lines, at least this many pixels, and thicker as the print grows.
MIN_BORDER = 2
#: How the words that may be misread are underlined (with their letters bold).
_UNSURE_UNDERLINE = QTextCharFormat.UnderlineStyle.WaveUnderline
#: The zigzag under them: at least this many pixels thick, and a tenth of the print's size.
MIN_UNSURE_THICKNESS = 3.0
#: Records wider than the pane (the largest print) scroll sideways: a bar as big as the
#: window's upright ones.
_SIDEWAYS_BAR = (
    " QScrollBar:horizontal { height: 28px; }"
    " QScrollBar::handle:horizontal { min-height: 0px; min-width: 44px; }"
)


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
        self._page: PageText | None = None  # shown with show_page, to lay out again
        self._records = False  # its tables shown a record per row, as the pane is narrow
        self._grid_width = 0.0  # how wide the pane must be for them to show as grids
        self._fitting = False
        self._refit_pending = False
        self._marked: tuple[int, int] | None = None  # the spoken word marked (start, length)
        self._unsure: tuple[int, ...] = ()  # offsets of the words marked unsure
        self._unsure_spans: list[tuple[int, int]] = []  # and where they are in the document
        self._layout = plain_layout("")
        self._starts: list[int] = [0]  # where each piece of the layout starts in the document
        self._tables: list[tuple[QTextTable, Grid]] = []
        self._text_wrap = self.wordWrapMode()  # text wraps anywhere when a word is too long
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
        self.setStyleSheet(f"QTextEdit {{ font-size: {point_size}pt; }}{_SIDEWAYS_BAR}")
        font = QFont(self.font())
        font.setPointSize(point_size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        if self._page is not None and self._layout.has_grid:
            self._fit(keep=True)  # grids or records, for the new size of print
        else:
            self._style_tables()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._style_tables()
        if self._marked is not None:
            self.highlight(*self._marked)  # the spoken word in the new colours
        self.viewport().update()  # the zigzags, in the new text colour

    def show_text(self, text: str) -> None:
        """Replace the pane's text and move the caret to its start."""
        self._has_page = True
        self._page = None
        self._unsure = ()
        self._show(plain_layout(text))

    def show_page(self, page: PageText, unsure: Sequence[int] = ()) -> None:
        """Show a presented page (core/reading/presented.py): its text reflowed, each table
        as a grid under its announcement (a record per row while the pane is too narrow for
        its columns); the caret at its start. The words starting at the offsets `unsure`
        are marked as maybe misread (see the module's note)."""
        self._has_page = True
        self._page = page
        self._unsure = tuple(unsure)
        self._fit(keep=False)

    def mark_unsure(self, unsure: Sequence[int]) -> None:
        """Mark the words of the page shown starting at the offsets `unsure` as maybe
        misread, and no others (the setting for them changed)."""
        if self._page is None or tuple(unsure) == self._unsure:
            return
        self._unsure = tuple(unsure)
        self._fit(keep=True)

    def unsure_text(self) -> list[str]:
        """The words drawn as unsure, in order: what tests check."""
        found: list[str] = []
        end = -1
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().underlineStyle() == _UNSURE_UNDERLINE:
                    if found and fragment.position() == end:
                        found[-1] += fragment.text()
                    else:
                        found.append(fragment.text())
                    end = fragment.position() + fragment.length()
                fragments += 1
            block = block.next()
        return found

    def unsure_mark_thickness(self) -> float:
        """How thick the zigzag under an unsure word is, in pixels: a tenth of the print."""
        pixels = QFontInfo(self.document().defaultFont()).pixelSize()
        return max(MIN_UNSURE_THICKNESS, pixels / 10)

    def unsure_mark_areas(self) -> list[QRectF]:
        """Where the zigzags under the unsure words are, in the viewport (a rectangle for
        each line a word is on): what tests check."""
        thickness = self.unsure_mark_thickness()
        return [
            _stroked(_zigzag(run.left, run.right, run.baseline, thickness), thickness)
            for start, end in self._unsure_spans
            for run in self._runs(start, end)
        ]

    @property
    def shows_records(self) -> bool:
        """Whether the page's tables are shown a record per row (the pane is too narrow)."""
        return self._records

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
        self._marked = (start, length)
        if shown.follow:
            self._scroll_into_view(cursor)

    def highlighted_text(self) -> str:
        """The word now marked ("" when none): what tests and the screen reader check."""
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def clear_highlight(self) -> None:
        self.setExtraSelections([])
        self._marked = None

    def scroll_to(self, offset: int) -> None:
        """Bring the text at `offset` into view, leaving the caret where it is."""
        if 0 <= offset <= self._layout.length:
            shown = self._layout.near(offset)
            if shown is not None:
                self._scroll_into_view(self._cursor(shown))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Qt's painting of the text, then the zigzags under the unsure words over it."""
        super().paintEvent(event)
        if not self._unsure_spans:
            return
        painter = QPainter(self.viewport())
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_unsure(painter, QRectF(event.rect()))
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Show the tables as grids again once they fit, or as records once they do not;
        after the event, as Qt sends it from inside its own layout too (a scroll bar shown)."""
        super().resizeEvent(event)
        if self._refit_due() and not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self._refit)

    def _refit_due(self) -> bool:
        if self._fitting or self._page is None or not self._layout.has_grid:
            return False
        if self._records:
            return self.viewport().width() >= self._grid_width
        return self._too_wide()

    def _refit(self) -> None:
        self._refit_pending = False
        if self._refit_due():
            self._fit(keep=True)

    # Showing a layout ---------------------------------------------------------------------

    def _fit(self, *, keep: bool) -> None:
        """Lay the page out with its tables as grids, or a record per row when a grid is
        wider than the pane: sideways scrolling would hide what each row is, and breaking a
        number to fit ("$1.1" over "0") would misread. `keep` keeps the caret and the marked
        word where they are in the page's text."""
        assert self._page is not None
        caret = self.caret_position() if keep else None
        marked = self._marked if keep else None
        self._fitting = True  # the scroll bars come and go meanwhile: no resizing now
        try:
            self._records = False
            self._show(pane_layout(self._page))
            if self._layout.has_grid and self._too_wide():
                self._grid_width = self.document().documentLayout().documentSize().width()
                self._records = True
                self._show(pane_layout(self._page, records=True))
        finally:
            self._fitting = False
        log.debug("Tables shown as %s", "records" if self._records else "grids")
        if caret:  # (at 0, the start, where _show leaves it)
            shown = self._layout.near(caret)
            if shown is not None:
                cursor = self._cursor(shown)
                cursor.clearSelection()
                self.setTextCursor(cursor)
        if marked is not None:
            self.highlight(*marked)

    def _too_wide(self) -> bool:
        """Whether the pane's content is wider than the width it is laid out to (the
        pane's, as last known: a scroll bar coming meanwhile narrows it after this)."""
        document = self.document()
        room = document.textWidth() if document.textWidth() > 0 else self.viewport().width()
        return document.documentLayout().documentSize().width() > room

    def _show(self, layout: PaneLayout) -> None:
        """Replace the pane's content with `layout`, the caret at its start."""
        self._layout = layout
        self._tables = []
        self._unsure_spans = []
        self.setExtraSelections([])
        self._marked = None
        if not layout.has_grid:
            self.setWordWrapMode(self._text_wrap)
            self.setPlainText(layout.pieces[0])  # exactly as text was always shown
            self._starts = [0]
        else:
            # A grid's cells wrap between words only: "$1.1" over "0" would misread. Records
            # too wide for the pane (the largest print) scroll sideways, following the word.
            self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
            self._build(layout)
        self._mark_unsure()
        self.horizontalScrollBar().setValue(0)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _mark_unsure(self) -> None:
        """Make the unsure words bold with a wavy underline, and note where they are for
        painting their zigzags (the underline has no colour: Qt would draw it 1 px thin)."""
        if not self._unsure or self._page is None:
            return
        text = self._page.text
        form = QTextCharFormat()
        form.setUnderlineStyle(_UNSURE_UNDERLINE)
        form.setUnderlineColor(QColor(Qt.GlobalColor.transparent))
        form.setFontWeight(QFont.Weight.Bold)
        form.setToolTip(tr("May be misread"))
        spans = []
        for offset in self._unsure:
            word = navigation.unit_at(text, "word", offset)
            if word is None or word.start != offset or word.end > self._layout.length:
                continue
            shown = self._layout.to_pane(word.start, word.end - word.start)
            if shown is not None:
                cursor = self._cursor(shown)
                cursor.mergeCharFormat(form)
                spans.append((cursor.selectionStart(), cursor.selectionEnd()))
        self._unsure_spans = spans

    # The zigzags under the unsure words ----------------------------------------------------

    def _paint_unsure(self, painter: QPainter, area: QRectF) -> None:
        """A zigzag under each unsure word, line by line as it wraps, in the colour of its
        letters: the text's, or the spoken word's or the selection's where they are drawn
        on those backgrounds (which end at the line's foot)."""
        thickness = self.unsure_mark_thickness()
        pen = QPen(QColor(self._theme.foreground), thickness)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        recoloured = self._recoloured()
        for start, end in self._unsure_spans:
            for run in self._runs(start, end):
                path = _zigzag(run.left, run.right, run.baseline, thickness)
                band = _stroked(path, thickness)
                if not band.intersects(area):
                    continue
                rest = QRegion(band.toAlignedRect())
                for (first, last), colour in reversed(recoloured):  # the last drawn on top
                    part = self._region(run, band, max(start, first), min(end, last)) & rest
                    rest -= part
                    _draw(painter, pen, path, colour, part)
                _draw(painter, pen, path, QColor(self._theme.foreground), rest)
        painter.setClipping(False)

    def _region(self, line: _Run, band: QRectF, start: int, end: int) -> QRegion:
        """Where the letters [start, end) of the document on `line` are, in `band` down to
        the line's foot, in whole pixels (so the zigzag's parts in different colours meet
        without a seam)."""
        region = QRegion()
        top = math.floor(band.top())
        foot = math.ceil(min(band.bottom(), line.bottom))
        for run in self._runs(start, end):
            if abs(run.baseline - line.baseline) < 1:  # on that line
                left, right = round(run.left), round(run.right)
                region |= QRegion(left, top, right - left, foot - top)
        return region

    def _recoloured(self) -> list[tuple[tuple[int, int], QColor]]:
        """The stretches of the document whose letters are drawn in another colour: the
        spoken word, then the selection (which Qt draws over it)."""
        parts = []
        for selection in self.extraSelections():
            colour = selection.format.foreground().color()
            cursor = selection.cursor
            parts.append(((cursor.selectionStart(), cursor.selectionEnd()), colour))
        cursor = self.textCursor()
        if cursor.hasSelection():
            colour = self.palette().color(QPalette.ColorRole.HighlightedText)
            parts.append(((cursor.selectionStart(), cursor.selectionEnd()), colour))
        return parts

    def _runs(self, start: int, end: int) -> Iterator[_Run]:
        """The stretch [start, end) of the document, a run per line it is on, where the
        viewport shows it (in a table's cell too, as the layout places its blocks)."""
        document = self.document()
        layout = document.documentLayout()
        across = self.horizontalScrollBar()
        sideways = across.maximum() - across.value() if self.isRightToLeft() else across.value()
        scrolled = QPointF(sideways, self.verticalScrollBar().value())
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            lines = block.layout()
            origin = layout.blockBoundingRect(block).topLeft() - scrolled
            first, last = start - block.position(), end - block.position()
            for index in range(lines.lineCount()):
                line = lines.lineAt(index)
                begin = max(first, line.textStart())
                finish = min(last, line.textStart() + line.textLength())
                if begin >= finish:
                    continue
                left, right = _x(line, begin), _x(line, finish)
                yield _Run(
                    origin.x() + min(left, right),
                    origin.x() + max(left, right),
                    origin.y() + line.y() + line.ascent(),
                    origin.y() + line.y() + line.height(),
                )
            block = block.next()

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
        log.debug("Showing %d grids", len(self._tables))

    def _style_tables(self) -> None:
        """Draw every grid in the theme's text colour, with lines and room that grow with
        the print, its names bold."""
        if not self._tables:
            return
        line = QFontMetricsF(self.document().defaultFont()).lineSpacing()
        border = max(MIN_BORDER, round(line / 16))
        padding = round(line / 4)
        colour = QBrush(QColor(self._theme.foreground))
        headers = self._record_headers_width(padding * 2 + border)
        for table, grid in self._tables:
            form = QTextTableFormat()
            form.setBorder(border)
            form.setBorderBrush(colour)
            form.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            form.setBorderCollapse(True)
            form.setCellSpacing(0)
            form.setCellPadding(padding)
            form.setTopMargin(round(line / 2))
            form.setBottomMargin(round(line / 2))
            form.setWidth(QTextLength())  # as wide as its text, up to the pane: compact rows
            form.setHeaderRowCount(grid.header_rows)
            if grid.record and grid.columns == 2:
                form.setColumnWidthConstraints([headers, QTextLength()])
            table.setFormat(form)
            self._style_cells(table, grid, border, colour)

    def _record_headers_width(self, room: float) -> QTextLength:
        """One width for the headers' column of every record, so that the values line
        up from record to record; the widest header's (`room` for its padding and line),
        but at most half the pane, where a long header wraps instead."""
        bold = QFont(self.document().defaultFont())
        bold.setWeight(QFont.Weight.Bold)
        metrics = QFontMetricsF(bold)
        widths = [
            metrics.horizontalAdvance(row[0].text)
            for _, grid in self._tables
            if grid.record and grid.columns == 2
            for row in grid.rows[grid.header_rows :]
        ]
        width = max(widths, default=0.0) + room
        if width > 0.45 * max(1.0, self.document().textWidth()):
            return QTextLength(QTextLength.Type.PercentageLength, 45)
        return QTextLength(QTextLength.Type.FixedLength, math.ceil(width))

    @staticmethod
    def _style_cells(table: QTextTable, grid: Grid, border: float, colour: QBrush) -> None:
        """Every cell's lines as thick as the grid's (collapsed borders are the cells'
        own); the cells that name (headers, a record's names) bold; a doubled line under
        the header rows."""
        for r, row in enumerate(grid.rows):
            column = 0
            for cell in row:
                found = table.cellAt(r, column)
                column += cell.span
                form = QTextTableCellFormat()
                form.setBorder(border)
                form.setBorderBrush(colour)
                form.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                if cell.name:
                    form.setFontWeight(QFont.Weight.Bold)
                if r == grid.header_rows - 1:
                    form.setBottomBorder(border * 2)  # where the names end and rows begin
                found.setFormat(form)
                if cell.name:
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
        across = self.horizontalScrollBar()
        if across.maximum() > 0:  # records wider than the pane
            start = QTextCursor(cursor)
            start.setPosition(cursor.selectionStart())
            across.setValue(
                _sideways(
                    across.value() + self.cursorRect(start).left(),
                    across.value() + area.right(),
                    self.viewport().width(),
                    self.fontMetrics().height(),
                )
            )


@dataclass(frozen=True)
class _Run:
    """A stretch of text on one line, in the viewport's pixels."""

    left: float
    right: float
    baseline: float
    bottom: float


def _zigzag(left: float, right: float, baseline: float, thickness: float) -> QPainterPath:
    """A zigzag from `left` to `right` under a `baseline`, to draw `thickness` thick: a
    third of that under the baseline, clear of the letters; its points half as far again
    apart up and down as it is thick, and twice that along, so that it reads as a zigzag,
    not a rule as the spoken word's underline. It fills a font's descent and a little of
    the room above the next line."""
    high = baseline + thickness / 3 + thickness / 2  # the stroke's centre at its peaks
    low = high + 1.5 * thickness
    step = 2 * thickness
    path = QPainterPath(QPointF(left, high))
    x, up = left, True
    while x < right:
        after = min(x + step, right)
        start, goal = (high, low) if up else (low, high)
        path.lineTo(after, start + (goal - start) * (after - x) / step)
        x, up = after, not up
    return path


def _draw(painter: QPainter, pen: QPen, path: QPainterPath, colour: QColor, where: QRegion) -> None:
    """Draw `path` with `pen` in `colour`, only in `where`."""
    if where.isEmpty():
        return
    pen.setColor(colour)
    painter.setPen(pen)
    painter.setClipRegion(where)
    painter.drawPath(path)


def _stroked(path: QPainterPath, thickness: float) -> QRectF:
    """Where `path` drawn `thickness` thick (flat ends, round joins) paints."""
    return path.boundingRect().adjusted(0, -thickness / 2, 0, thickness / 2)


def _x(line: QTextLine, position: int) -> float:
    """Where on `line` the letter at `position` in its block starts."""
    found = line.cursorToX(position)
    x = found[0] if isinstance(found, tuple) else found  # (x, position) in PySide6
    return float(x)  # type: ignore[arg-type]


def _sideways(left: int, right: int, width: int, margin: int) -> int:
    """Where to scroll a view `width` wide to show [left, right) of what it shows: not at
    all when that is in view from the start, so each row's first cell (what the row is)
    stays in view as long as it can; else just far enough, the word `margin` from the edge."""
    if right + margin <= width:
        return 0
    return max(0, min(right + margin - width, left - margin))


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
