from __future__ import annotations

import pytest

from core.commands import COMMANDS, CommandRegistry


def test_ids_and_keys_are_unique() -> None:
    assert len({c.id for c in COMMANDS}) == len(COMMANDS)
    assert len({c.key for c in COMMANDS}) == len(COMMANDS)


def test_trigger_calls_the_bound_handler_once() -> None:
    registry = CommandRegistry()
    calls: list[str] = []
    registry.bind("read", lambda: calls.append("read"))
    assert registry.trigger("read") is True
    assert calls == ["read"]


def test_unbound_command_reports_false_and_unknown_raises() -> None:
    registry = CommandRegistry()
    assert registry.trigger("stop") is False
    with pytest.raises(KeyError):
        registry.trigger("no-such-command")
    with pytest.raises(KeyError):
        registry.bind("no-such-command", lambda: None)
