"""The Keys dialog: changes keys, names clashes, refuses to save them."""

from __future__ import annotations

from core.commands import CommandRegistry
from core.settings import Settings
from gui.keys_dialog import KeysDialog


def test_a_clash_is_named_and_blocks_ok(qtbot) -> None:
    dialog = KeysDialog(CommandRegistry(), Settings())
    qtbot.addWidget(dialog)
    assert dialog.problems_found() == []
    dialog.global_keys["stop"] = "Ctrl+Alt+R"
    dialog._check()
    assert "Ctrl+Alt+R is given to both Read and Stop." in dialog.problems.text()
    dialog._accept_if_valid()
    assert dialog.result() != KeysDialog.DialogCode.Accepted
    dialog.global_keys["stop"] = "Ctrl+Alt+N"
    dialog._check()
    assert "NVDA" in dialog.problems.text()


def test_only_changed_keys_are_saved(qtbot) -> None:
    dialog = KeysDialog(CommandRegistry(), Settings())
    qtbot.addWidget(dialog)
    dialog.global_keys["read"] = "Ctrl+Alt+Y"
    dialog.window_keys["stop"] = "S"
    dialog.enabled.setChecked(False)
    settings = dialog.settings()
    assert settings.global_keys == {"read": "Ctrl+Alt+Y"}
    assert settings.keys == {"stop": "S"}
    assert settings.global_hotkeys is False
