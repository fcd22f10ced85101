"""Key combinations a global hotkey must not take from the user's other tools.

A hotkey grabbed by Bitna stops working in the screen reader or desktop that owned it, so
new bindings are checked against these and against each other before they are saved.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.hotkeys.base import normalise_combination
from core.plumbing.i18n import mark_tr, tr

#: Combinations owned by screen readers and desktops, with who owns them.
RESERVED: dict[str, str] = {
    "Ctrl+Alt+N": mark_tr("NVDA (starts NVDA)"),
    "Ctrl+Alt+J": mark_tr("JAWS (starts JAWS)"),
    "Ctrl+Alt+Delete": mark_tr("the system"),
    "Ctrl+Alt+T": mark_tr("the desktop (opens a terminal)"),
    "Ctrl+Alt+L": mark_tr("the desktop (locks the screen)"),
    "Ctrl+Alt+D": mark_tr("the desktop (shows the desktop)"),
    "Ctrl+Alt+Left": mark_tr("NVDA and JAWS (table navigation)"),
    "Ctrl+Alt+Right": mark_tr("NVDA and JAWS (table navigation)"),
    "Ctrl+Alt+Up": mark_tr("NVDA and JAWS (table navigation)"),
    "Ctrl+Alt+Down": mark_tr("NVDA and JAWS (table navigation)"),
    "Ctrl+Alt+Tab": mark_tr("the system (switches windows)"),
    "Alt+Tab": mark_tr("the system (switches windows)"),
    "Alt+F4": mark_tr("the system (closes windows)"),
    "Ctrl+Alt+Enter": mark_tr("Narrator"),
    "Ctrl+Alt+Backspace": mark_tr("the X server"),
}
RESERVED.update({f"Ctrl+Alt+F{n}": mark_tr("the system (switches consoles)") for n in range(1, 13)})


def conflicts(bindings: Mapping[str, str], labels: Mapping[str, str]) -> list[str]:
    """Sentences naming every clash in `bindings` (command id → combination)."""
    problems: list[str] = []
    owner_of: dict[str, str] = {}
    for command, combination in bindings.items():
        if not combination:
            continue
        try:
            key = normalise_combination(combination)
        except ValueError:
            problems.append(tr("{key} is not a key combination Bitna can use.", key=combination))
            continue
        label = labels.get(command, command)
        if key in RESERVED:
            problems.append(
                tr(
                    "{key} for {command} is already used by {owner}.",
                    key=key,
                    command=label,
                    owner=tr(RESERVED[key]),
                )
            )
        elif key in owner_of:
            problems.append(
                tr(
                    "{key} is given to both {first} and {second}.",
                    key=key,
                    first=labels.get(owner_of[key], owner_of[key]),
                    second=label,
                )
            )
        else:
            owner_of[key] = command
        if not any(modifier in key for modifier in ("Ctrl+", "Alt+", "Meta+")):
            problems.append(
                tr(
                    "{key} for {command} has no Ctrl, Alt or Windows key, so it would stop that "
                    "key from typing in other programs.",
                    key=key,
                    command=label,
                )
            )
    return problems
