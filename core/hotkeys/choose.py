"""Pick the global hotkey backend that works on this system, falling back to none."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from core.hotkeys.base import HotkeyBackend, HotkeyUnavailableError, NullHotkeys, Pressed
from core.hotkeys.keyboard_backend import KeyboardHotkeys
from core.hotkeys.pynput_backend import PynputHotkeys

log = logging.getLogger(__name__)


def candidates() -> list[HotkeyBackend]:
    """Backends worth trying here, best first."""
    if sys.platform == "win32":
        return [KeyboardHotkeys(), PynputHotkeys()]
    if sys.platform == "darwin":
        return [PynputHotkeys()]
    backends: list[HotkeyBackend] = []
    if os.environ.get("DISPLAY") and os.environ.get("XDG_SESSION_TYPE") != "wayland":
        backends.append(PynputHotkeys())
    if os.geteuid() == 0 and os.path.isdir("/dev/input"):
        backends.append(KeyboardHotkeys())
    return backends


def start_hotkeys(
    bindings: Mapping[str, str],
    pressed: Pressed,
    backends: list[HotkeyBackend] | None = None,
) -> tuple[HotkeyBackend, HotkeyUnavailableError | None]:
    """Start the first backend that works; else NullHotkeys and the reason (to say once)."""
    problem: HotkeyUnavailableError | None = None
    for backend in candidates() if backends is None else backends:
        try:
            backend.start(bindings, pressed)
        except HotkeyUnavailableError as error:
            problem = error
            continue
        return backend, None
    if problem is None:
        from core.hotkeys.pynput_backend import _unavailable

        problem = HotkeyUnavailableError(_unavailable())
    return NullHotkeys(), problem
