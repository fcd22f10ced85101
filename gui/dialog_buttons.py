"""The buttons at the foot of Bitna's dialogs, translated and named for screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from core.plumbing.i18n import tr

Button = QDialogButtonBox.StandardButton


def dialog_buttons(dialog: QDialog, *which: Button) -> QDialogButtonBox:
    """A button box with OK, Cancel and/or Close, wired to accept or reject `dialog`."""
    labels = {Button.Ok: tr("OK"), Button.Cancel: tr("Cancel"), Button.Close: tr("Close")}
    buttons = QDialogButtonBox()
    for standard in which:
        button = buttons.addButton(standard)
        button.setText(labels[standard])
        button.setAccessibleName(labels[standard])
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel for `dialog`."""
    return dialog_buttons(dialog, Button.Ok, Button.Cancel)
