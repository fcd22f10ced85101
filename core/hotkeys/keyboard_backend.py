"""Global hotkeys through the `keyboard` package (the only module that imports it).

The right backend on Windows. On Linux it reads /dev/input and needs root; where it cannot,
`add_hotkey` fails (a bare AssertionError with no /dev/input) and the next backend is tried.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping
from typing import Any

from core.hotkeys.base import HotkeyUnavailableError, Pressed, split_combination
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

_NAMES = {
    "Ctrl": "ctrl",
    "Alt": "alt",
    "Shift": "shift",
    "Meta": "windows",
    "PgUp": "page up",
    "PgDown": "page down",
    "=": "=",
    "-": "-",
}


def keyboard_combination(combination: str) -> str:
    """ "Ctrl+Alt+R" in keyboard's notation: "ctrl+alt+r"."""
    modifiers, key = split_combination(combination)
    return "+".join([*(_NAMES[m] for m in modifiers), _NAMES.get(key, key.lower())])


class KeyboardHotkeys:
    """keyboard.add_hotkey for each binding."""

    name = "keyboard"

    def __init__(self) -> None:
        self._handles: list[Any] = []
        self._module: Any = None

    def start(self, bindings: Mapping[str, str], pressed: Pressed) -> None:
        try:
            import keyboard

            for combination, command in bindings.items():
                handle = keyboard.add_hotkey(
                    keyboard_combination(combination), pressed, args=(command,)
                )
                self._handles.append(handle)
        except Exception as error:  # ImportError, OSError, a bare AssertionError on Linux
            log.info("keyboard cannot listen: %r", error)
            self.stop()
            raise HotkeyUnavailableError(
                tr("Global hotkeys need permission to read the keyboard.")
            ) from error
        self._module = keyboard
        log.info("Global hotkeys via keyboard: %s", ", ".join(bindings))

    def stop(self) -> None:
        if self._module is not None:
            for handle in self._handles:
                with contextlib.suppress(KeyError, ValueError):
                    self._module.remove_hotkey(handle)
        self._handles.clear()
