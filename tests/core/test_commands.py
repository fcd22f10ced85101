from __future__ import annotations

import pytest

from core.commands import CommandRegistry, all_commands

COMMANDS = all_commands()


def test_ids_and_keys_are_unique() -> None:
    assert len({c.id for c in COMMANDS}) == len(COMMANDS)
    keys = [c.key for c in COMMANDS if c.key]
    assert len(set(keys)) == len(keys)
    global_keys = [c.global_key for c in COMMANDS if c.global_key]
    assert len(set(global_keys)) == len(global_keys)


def test_trigger_calls_the_bound_handler_once() -> None:
    registry = CommandRegistry()
    calls: list[str] = []
    registry.bind("read", lambda: calls.append("read"))
    assert registry.trigger("read") is True
    assert calls == ["read"]


def test_listeners_hear_each_command_before_it_is_carried_out() -> None:
    registry = CommandRegistry()
    calls: list[str] = []
    registry.bind("read", lambda: calls.append("read"))
    registry.listen(lambda command_id: calls.append(f"heard {command_id}"))
    registry.trigger("read")
    assert calls == ["heard read", "read"]
    assert registry.trigger("stop") is False  # unbound: nothing to hear
    assert calls == ["heard read", "read"]


def test_unbound_command_reports_false_and_unknown_raises() -> None:
    registry = CommandRegistry()
    assert registry.trigger("stop") is False
    with pytest.raises(KeyError):
        registry.trigger("no-such-command")
    with pytest.raises(KeyError):
        registry.bind("no-such-command", lambda: None)
