"""Global hotkeys through pynput: X11 and macOS (the only module that imports pynput).

pynput listens to the X server (or macOS's event tap) without root, which `keyboard` needs
on Linux. It cannot work on Wayland, where no ordinary app may watch the keyboard.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import Any

from core.hotkeys.base import HotkeyUnavailableError, Pressed, split_combination
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

_NAMES = {
    "Ctrl": "<ctrl>",
    "Alt": "<alt>",
    "Shift": "<shift>",
    "Meta": "<cmd>",
    "Space": "<space>",
    "Home": "<home>",
    "End": "<end>",
    "PgUp": "<page_up>",
    "PgDown": "<page_down>",
    "Left": "<left>",
    "Right": "<right>",
    "Up": "<up>",
    "Down": "<down>",
    "Insert": "<insert>",
    "Delete": "<delete>",
    "Backspace": "<backspace>",
    "Tab": "<tab>",
    "Enter": "<enter>",
}


def pynput_combination(combination: str) -> str:
    """ "Ctrl+Alt+R" in pynput's notation: "<ctrl>+<alt>+r"."""
    modifiers, key = split_combination(combination)
    if len(key) > 1 and key[0] == "F" and key[1:].isdigit():
        name = f"<{key.lower()}>"
    else:
        name = _NAMES.get(key, key.lower())
    return "+".join([*(_NAMES[m] for m in modifiers), name])


class PynputHotkeys:
    """pynput's GlobalHotKeys listener thread."""

    name = "pynput"

    def __init__(self) -> None:
        self._listener: Any = None

    def start(self, bindings: Mapping[str, str], pressed: Pressed) -> None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
            raise HotkeyUnavailableError(_unavailable())
        try:
            from pynput import keyboard
        except Exception as error:  # pynput raises assorted errors without a display
            log.info("pynput cannot load: %r", error)
            raise HotkeyUnavailableError(_unavailable()) from error
        hotkeys = {
            pynput_combination(combination): (lambda command=command: pressed(command))
            for combination, command in bindings.items()
        }
        try:
            listener = keyboard.GlobalHotKeys(hotkeys)
            listener.daemon = True
            listener.start()
            listener.wait()
        except Exception as error:
            log.info("pynput listener failed: %r", error)
            raise HotkeyUnavailableError(_unavailable()) from error
        self._listener = listener
        log.info("Global hotkeys via pynput: %s", ", ".join(hotkeys))

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None


def _unavailable() -> str:
    return tr(
        "Global hotkeys cannot work here. Bitna's keys work in its window, and "
        "'bitna send read' can be bound to a key in your desktop's settings."
    )
