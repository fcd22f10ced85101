"""The large-print reading pane: the recognised text, with the spoken word marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from core.plumbing.i18n import tr
from core.themes import Theme


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
        self.set_point_size(point_size)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Reading pane"))
        self.setAccessibleDescription(
            tr("The text Bitna recognised. Use the arrow keys to read it.")
        )
        if not self._has_page:
            # Real text, not a placeholder: it wraps, keeps full contrast and is read aloud.
            self.setPlainText(tr("Press Read to recognise the page under the camera."))

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

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme

    def show_text(self, text: str) -> None:
        """Replace the pane's text and move the caret to its start."""
        self._has_page = True
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def caret_position(self) -> int | None:
        """Where the caret is in the page's text; None while no page is shown."""
        return self.textCursor().position() if self._has_page else None

    def highlight(self, start: int, length: int) -> None:
        """Mark the word being spoken (colours and underline) and scroll it into view."""
        if start < 0 or start + length > self.document().characterCount() - 1:
            return  # a word of a page no longer shown (speech events arrive a little late)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        marked = QTextCharFormat()
        marked.setForeground(QColor(self._theme.highlight_foreground))
        marked.setBackground(QColor(self._theme.highlight_background))
        marked.setFontUnderline(True)
        selection.format = marked
        self.setExtraSelections([selection])
        self._scroll_into_view(cursor)

    def highlighted_text(self) -> str:
        """The word now marked ("" when none): what tests and the screen reader check."""
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def clear_highlight(self) -> None:
        self.setExtraSelections([])

    def scroll_to(self, offset: int) -> None:
        """Bring the text at `offset` into view, leaving the caret where it is."""
        if 0 <= offset < self.document().characterCount():
            cursor = QTextCursor(self.document())
            cursor.setPosition(offset)
            self._scroll_into_view(cursor)

    def _scroll_into_view(self, cursor: QTextCursor) -> None:
        # Scroll without moving the caret: a moving caret would make screen readers talk.
        area = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        viewport = self.viewport().height()
        if area.top() < 0 or area.bottom() > viewport:
            bar.setValue(bar.value() + area.top() - viewport // 3)
