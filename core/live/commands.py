"""The live text command: on and off, from the window, the menu and a global hotkey.

Ctrl+Shift+X in the window and Ctrl+Alt+X system-wide: neither is taken by another command
nor by the screen readers and desktops of core/hotkeys/conflicts.py.
"""

from __future__ import annotations

from core.plumbing.command import Command
from core.plumbing.i18n import mark_tr

LIVE_COMMANDS: tuple[Command, ...] = (
    Command(
        "live-text",
        mark_tr("Live text"),
        mark_tr(
            "Turn live text on or off: text held under the camera is read as it comes into "
            "view, each line once."
        ),
        "Ctrl+Shift+X",
        "Ctrl+Alt+X",
    ),
)
