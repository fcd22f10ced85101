"""The hotkey backend interface, key names, and the null and recording backends.

Key combinations are written the way Qt and users write them: "Ctrl+Alt+R". Each backend
translates that into its own library's notation. A backend that cannot start here raises
`HotkeyUnavailableError`; the app then says once that global hotkeys are off and keeps
working with in-window keys and `bitna send`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Protocol

from core.plumbing.errors import UserFacingError

log = logging.getLogger(__name__)

MODIFIERS = ("Ctrl", "Alt", "Shift", "Meta")
#: Keys other than letters and digits a combination may end with.
NAMED_KEYS = (
    "Space",
    "=",
    "-",
    ",",
    ".",
    "/",
    ";",
    "[",
    "]",
    "Home",
    "End",
    "PgUp",
    "PgDown",
    "Left",
    "Right",
    "Up",
    "Down",
    "Insert",
    "Delete",
    "Backspace",
    "Tab",
    "Enter",
)

Pressed = Callable[[str], None]


class HotkeyUnavailableError(UserFacingError):
    """No global hotkeys here (no display access, no permission, Wayland)."""


def split_combination(combination: str) -> tuple[list[str], str]:
    """("Ctrl+Alt+R") → (["Ctrl", "Alt"], "R"); raises ValueError when it is not one."""
    parts = combination.split("+")
    if combination.endswith("++"):
        parts = [*combination[:-2].split("+"), "+"]
    *modifiers, key = [part.strip() for part in parts]
    if not key or any(modifier not in MODIFIERS for modifier in modifiers):
        raise ValueError(f"Not a key combination: {combination!r}")
    if len(key) == 1:
        key = key.upper()
    elif key not in NAMED_KEYS and not (key[0] == "F" and key[1:].isdigit()):
        raise ValueError(f"Unknown key {key!r} in {combination!r}")
    ordered = [modifier for modifier in MODIFIERS if modifier in modifiers]
    return ordered, key


def normalise_combination(combination: str) -> str:
    """A combination written the one way Bitna compares them: "alt+ctrl+r" → "Ctrl+Alt+R"."""
    modifiers, key = split_combination(
        combination.title() if combination.islower() else combination
    )
    return "+".join([*modifiers, key])


class HotkeyBackend(Protocol):
    """Listens for key combinations system-wide and reports which command was pressed."""

    name: str

    def start(self, bindings: Mapping[str, str], pressed: Pressed) -> None:
        """Listen for `bindings` (combination → command id); call `pressed(command_id)`.

        `pressed` is called on the backend's own thread. Raises HotkeyUnavailableError.
        """
        ...

    def stop(self) -> None:
        """Stop listening; safe to call twice or before start()."""
        ...


class NullHotkeys:
    """No global hotkeys: the last fallback, so the app always starts."""

    name = "none"

    def start(self, bindings: Mapping[str, str], pressed: Pressed) -> None:
        """Listen for nothing."""

    def stop(self) -> None:
        """Nothing to stop."""


class RecordingHotkeys:
    """A backend for tests: remembers the bindings and lets a test press them."""

    name = "recording"

    def __init__(self) -> None:
        self.bindings: dict[str, str] = {}
        self._pressed: Pressed | None = None
        self.started = 0
        self.stopped = 0

    def start(self, bindings: Mapping[str, str], pressed: Pressed) -> None:
        self.bindings = {normalise_combination(k): v for k, v in bindings.items()}
        self._pressed = pressed
        self.started += 1

    def stop(self) -> None:
        self._pressed = None
        self.stopped += 1

    def press(self, combination: str) -> bool:
        """Simulate the user pressing `combination`; False when it is not bound."""
        command = self.bindings.get(normalise_combination(combination))
        if command is None or self._pressed is None:
            return False
        self._pressed(command)
        return True
