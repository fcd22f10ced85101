"""What a command is: an id, a translatable label and description, and default keys.

The list of commands is `core/commands.py`; each capability declares its own with this
type, so none of them needs the list.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    """Something the user can do, with the key that does it in the window.

    `label` and `description` are English source strings; show them through `tr()`.
    `key` uses Qt's portable key-sequence text ("R", "Escape", "Ctrl+,"); `global_key` is
    the default system-wide hotkey ("" for none), chosen not to clash with NVDA, JAWS,
    Orca or common desktop keys (see core/hotkeys/conflicts.py).
    """

    id: str
    label: str
    description: str
    key: str
    global_key: str = ""
