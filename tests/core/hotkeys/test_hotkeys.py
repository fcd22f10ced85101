"""Global hotkey backends, key notation and clashes with screen readers and desktops."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.commands import CommandRegistry, all_commands, global_bindings
from core.hotkeys.base import (
    HotkeyUnavailableError,
    NullHotkeys,
    RecordingHotkeys,
    normalise_combination,
    split_combination,
)
from core.hotkeys.choose import start_hotkeys
from core.hotkeys.conflicts import conflicts
from core.hotkeys.keyboard_backend import keyboard_combination
from core.hotkeys.pynput_backend import PynputHotkeys, pynput_combination
from core.settings import Settings


def test_notation() -> None:
    assert split_combination("Ctrl+Alt+R") == (["Ctrl", "Alt"], "R")
    assert normalise_combination("alt+ctrl+r") == "Ctrl+Alt+R"
    assert pynput_combination("Ctrl+Alt+R") == "<ctrl>+<alt>+r"
    assert pynput_combination("Ctrl+Alt+=") == "<ctrl>+<alt>+="
    assert pynput_combination("Ctrl+Shift+F5") == "<ctrl>+<shift>+<f5>"
    assert keyboard_combination("Ctrl+Alt+PgUp") == "ctrl+alt+page up"
    with pytest.raises(ValueError):
        split_combination("Hyper+R")


def test_default_hotkeys_clash_with_nothing() -> None:
    labels = {c.id: c.label for c in all_commands()}
    bindings = global_bindings(CommandRegistry(), Settings())
    assert {"read", "stop", "pause", "repeat", "show-window"} <= set(bindings)
    assert conflicts(bindings, labels) == []


def test_clashes_are_named() -> None:
    labels = {"read": "Read", "stop": "Stop"}
    problems = conflicts({"read": "Ctrl+Alt+N", "stop": "Ctrl+Alt+N"}, labels)
    assert any("NVDA" in problem for problem in problems)
    problems = conflicts({"read": "Ctrl+Alt+R", "stop": "ctrl+alt+r"}, labels)
    assert problems == ["Ctrl+Alt+R is given to both Read and Stop."]
    assert "no Ctrl" in conflicts({"read": "R"}, labels)[0]


def test_user_choices_override_defaults() -> None:
    settings = Settings(global_keys={"read": "Ctrl+Alt+Y", "stop": ""})
    bindings = global_bindings(CommandRegistry(), settings)
    assert bindings["read"] == "Ctrl+Alt+Y"
    assert "stop" not in bindings


def test_recording_backend_presses() -> None:
    backend = RecordingHotkeys()
    pressed: list[str] = []
    backend.start({"Ctrl+Alt+R": "read"}, pressed.append)
    assert backend.press("ctrl+alt+r")
    assert not backend.press("Ctrl+Alt+Q")
    assert pressed == ["read"]


def test_no_backend_falls_back_to_none_with_one_reason(monkeypatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    backend, problem = start_hotkeys({"Ctrl+Alt+R": "read"}, lambda c: None, [PynputHotkeys()])
    assert isinstance(backend, NullHotkeys)
    assert isinstance(problem, HotkeyUnavailableError)
    assert "bitna send" in problem.message


@pytest.mark.skipif(
    __import__("os").path.exists("/dev/input/event0"), reason="this machine has /dev/input"
)
def test_keyboard_backend_without_dev_input_is_unavailable() -> None:
    """Here (no /dev/input) `keyboard` fails with a bare AssertionError: we say why instead.

    In a child process: `keyboard` leaves threads behind that disturb later tests.
    """
    code = (
        "from core.hotkeys.base import HotkeyUnavailableError\n"
        "from core.hotkeys.keyboard_backend import KeyboardHotkeys\n"
        "try:\n"
        "    KeyboardHotkeys().start({'Ctrl+Alt+R': 'read'}, print)\n"
        "except HotkeyUnavailableError as error:\n"
        "    print('unavailable:', error.message)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.startswith("unavailable: "), result.stderr
