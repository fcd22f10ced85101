"""Pick the global hotkey backend that works on this system, falling back to none."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from core.hotkeys.base import HotkeyBackend, HotkeyUnavailableError, NullHotkeys, Pressed
from core.hotkeys.keyboard_backend import KeyboardHotkeys
from core.hotkeys.pynput_backend import PynputHotkeys, _unavailable
from core.plumbing.i18n import tr

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
    if problem is not None:
        log.info("No global hotkey backend works here: %s", problem.message)
    # One message with this platform's way out, whichever backend failed last.
    return NullHotkeys(), HotkeyUnavailableError(unavailable_message())


def unavailable_message(platform: str | None = None) -> str:
    """What to say when no global hotkey backend can start: what still works, and the fix."""
    platform = platform or sys.platform
    if platform == "darwin":
        return tr(
            "Global hotkeys need permission. In System Settings, Privacy & Security, allow "
            "Bitna under Accessibility and Input Monitoring, then start Bitna again. "
            "Bitna's keys work in its window meanwhile."
        )
    if platform == "win32":
        return tr(
            "Global hotkeys could not start. Bitna's keys work in its window, and a desktop "
            "shortcut to 'bitna send read' can be given a shortcut key in its properties."
        )
    return _unavailable()
