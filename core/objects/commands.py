"""The object, code and colour commands, for the app's command list and keys.

Keys avoid the reading, magnifier and face commands': I ("identify") alone for the one
pressed often, Ctrl+I to teach, Ctrl+Shift+I to manage, and O ("colOur") for the colour;
Ctrl+Alt+I and Ctrl+Alt+O system-wide, beside the other Ctrl+Alt hotkeys and clear of the
screen readers' (core/hotkeys/conflicts.py).
"""

from __future__ import annotations

from core.plumbing.command import Command
from core.plumbing.i18n import mark_tr

OBJECT_COMMANDS: tuple[Command, ...] = (
    Command(
        "identify",
        mark_tr("What is this"),
        mark_tr(
            "Name the object in front of the camera, if you taught it, and read any barcode "
            "or QR code."
        ),
        "I",
        "Ctrl+Alt+I",
    ),
    Command(
        "remember-object",
        mark_tr("Remember this object"),
        mark_tr(
            "Learn the object in front of the camera from a few sides and ask for its name. "
            "For a banknote, teach each side under the same name."
        ),
        "Ctrl+I",
    ),
    Command(
        "manage-objects",
        mark_tr("Objects Bitna knows"),
        mark_tr("List, rename, add pictures of, or forget the objects Bitna has learned."),
        "Ctrl+Shift+I",
    ),
    Command(
        "colour",
        mark_tr("Colour"),
        mark_tr("Say the main colours in the middle of the camera's view."),
        "O",
        "Ctrl+Alt+O",
    ),
)
