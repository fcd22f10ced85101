"""Asks for the passphrase of an exported people list: twice for a new one, once to open one.

The fields hide what is typed (a screen reader says "star" or nothing per letter, as for
any password field); a line under them says what is wrong (too short, not the same, or the
passphrase did not open the file), and OK stays off until the passphrase will do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.faces.store import MIN_PASSPHRASE
from core.plumbing.i18n import tr
from gui.dialog_buttons import ok_cancel
from gui.settings_dialog import plain_label


class PassphraseDialog(QDialog):
    """One passphrase field (opening a file), or two that must match (a new export)."""

    def __init__(
        self,
        title: str,
        *,
        twice: bool,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._twice = twice
        form = QFormLayout()
        self.field = self._field(
            form,
            tr("&Passphrase:"),
            tr(
                "At least {count} characters. You will need it to import the list again: "
                "Bitna cannot recover it.",
                count=MIN_PASSPHRASE,
            )
            if twice
            else tr("The passphrase this list was saved with."),
        )
        self.again: QLineEdit | None = None
        if twice:
            self.again = self._field(
                form, tr("Passphrase &again:"), tr("Type the same passphrase again.")
            )
        self.status = QLabel(problem)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status.setAccessibleName(tr("Problem"))
        self.status.setAccessibleDescription(tr("What is wrong with the passphrase, if anything."))
        self.buttons = ok_cancel(self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._problem = problem
        self._update()
        self.field.setFocus()

    def _field(self, form: QFormLayout, text: str, description: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(plain_label(text))
        field.setAccessibleDescription(description)
        field.textChanged.connect(self._update)
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
        return field

    def _update(self) -> None:
        typed = self.field.text()
        problem = ""
        if self.again is not None:
            if typed and len(typed) < MIN_PASSPHRASE:
                problem = tr(
                    "Use a passphrase of at least {count} characters.", count=MIN_PASSPHRASE
                )
            elif self.again.text() and self.again.text() != typed:
                problem = tr("The two passphrases are not the same.")
        ready = bool(typed) and (
            self.again is None or (len(typed) >= MIN_PASSPHRASE and self.again.text() == typed)
        )
        # The last attempt's problem stays until something new is typed.
        self.status.setText(problem or ("" if typed else self._problem))
        self.ok.setEnabled(ready)

    def passphrase(self) -> str:
        return self.field.text()


def ask_passphrase(
    parent: QWidget | None, title: str, *, twice: bool, problem: str = ""
) -> str | None:
    """The passphrase typed (twice alike when `twice`), or None when cancelled; `problem`
    is shown above the buttons (the last one did not open the file)."""
    dialog = PassphraseDialog(title, twice=twice, problem=problem, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()
