"""Go to page: one labelled number field (1 to the book's length), OK and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from core.plumbing.i18n import tr
from gui.dialog_buttons import ok_cancel
from gui.settings_dialog import plain_label


class GoToPageDialog(QDialog):
    """Asks for a page number of a book of `count` pages, starting at `current`."""

    def __init__(self, count: int, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Go to page"))
        label_text = tr("&Page number (1 to {count}):", count=count)
        self.field = QSpinBox()
        self.field.setRange(1, max(1, count))
        self.field.setValue(min(max(1, current), max(1, count)))
        self.field.setAccessibleName(plain_label(label_text))
        self.field.setAccessibleDescription(
            tr("Type a page number or use the up and down arrows, then press Enter.")
        )
        self.field.setMinimumHeight(44)
        label = QLabel(label_text)
        label.setBuddy(self.field)
        form = QFormLayout()
        form.addRow(label, self.field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.field.selectAll()
        self.field.setFocus()

    def number(self) -> int:
        return self.field.value()
