"""Speech history: everything Bitna said this session, to review at the user's own pace."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from core.announce import Utterance
from core.plumbing.i18n import tr
from gui.dialog_buttons import dialog_buttons


class HistoryDialog(QDialog):
    """A list of past utterances, newest last and selected, so arrows go back in time."""

    def __init__(self, history: list[Utterance], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Speech history"))
        label = QLabel(tr("&Everything Bitna said, newest last:"))
        self.entries = QListWidget()
        self.entries.setAccessibleName(tr("Speech history"))
        self.entries.setAccessibleDescription(
            tr("Use the up and down arrows to go through what Bitna said.")
        )
        self.entries.setWordWrap(True)
        label.setBuddy(self.entries)
        for utterance in history:
            self.entries.addItem(f"{utterance.time:%H:%M:%S}  {utterance.text}")
        if history:
            self.entries.setCurrentRow(len(history) - 1)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.entries, 1)
        layout.addWidget(buttons)
        self.resize(1000, 700)
        self.entries.setFocus()
