"""The face commands, gathered into the app's command list by `core/commands.py`.

Keys avoid the other commands' (reading's, the window's, the magnifier's Ctrl+M and
Ctrl+Shift+M), the zoom keys and the arrows: F alone for the one a user presses often,
Ctrl+T ("teach") to teach, Ctrl+Shift+T to manage; Ctrl+Alt+F system-wide, beside the other
Ctrl+Alt hotkeys.
"""

from __future__ import annotations

from core.plumbing.command import Command
from core.plumbing.i18n import mark_tr

FACE_COMMANDS: tuple[Command, ...] = (
    Command(
        "faces",
        mark_tr("Who is there"),
        mark_tr("Say how many people are in front of the camera, who they are and where."),
        "F",
        "Ctrl+Alt+F",
    ),
    Command(
        "remember-person",
        mark_tr("Remember this person"),
        mark_tr("Learn the face in front of the camera and ask for the person's name."),
        "Ctrl+T",
    ),
    Command(
        "manage-people",
        mark_tr("People Bitna knows"),
        mark_tr("List, rename, add photos of, or forget the people Bitna has learned."),
        "Ctrl+Shift+T",
    ),
)
