"""Open a dialog at the size its large text needs, centred, within the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def fit_to_contents(dialog: QDialog) -> None:
    """Resize and centre `dialog` once it is shown (call from its showEvent).

    Qt sizes a new dialog before the style sheet's large fonts apply, and then keeps it at
    that minimum; this opens it at the size its contents ask for, within the screen.
    """
    screen = dialog.screen()
    wanted = dialog.sizeHint().expandedTo(dialog.size())
    if screen is None:
        dialog.resize(wanted)
        return
    area = screen.availableGeometry()
    title_and_borders = dialog.frameGeometry().size() - dialog.geometry().size()
    dialog.resize(wanted.boundedTo(area.size() - title_and_borders))
    frame = dialog.frameGeometry()
    frame.moveCenter(area.center())
    dialog.move(frame.topLeft())
