"""`bitna send`: the single-instance socket, owner-only, JSON only."""

from __future__ import annotations

import os
import stat
import time

import pytest

from core.plumbing.instance import CommandServer, NotRunningError, address, send_command
from tests.core.conftest import one_line_error, run_bitna


def test_commands_reach_the_running_instance() -> None:
    received: list[str] = []

    def handle(command: str) -> str | None:
        received.append(command)
        return None if command == "read" else f"No command {command}"

    server = CommandServer(handle)
    server.start()
    try:
        assert send_command("read").ok
        reply = send_command("fly")
        assert not reply.ok and reply.message == "No command fly"
        assert received == ["read", "fly"]
        if os.name == "posix":
            assert stat.S_IMODE(os.stat(address()).st_mode) == 0o600
    finally:
        server.stop()
    with pytest.raises(NotRunningError):
        send_command("read")


def test_a_client_without_the_secret_is_refused(tmp_path, monkeypatch) -> None:
    received: list[str] = []
    server = CommandServer(lambda command: received.append(command))
    server.start()
    try:
        from multiprocessing import AuthenticationError
        from multiprocessing.connection import Client

        with pytest.raises((AuthenticationError, EOFError, OSError)):
            Client(address(), "AF_UNIX", authkey=b"wrong key").send_bytes(b'{"command":"read"}')
        time.sleep(0.2)
        assert received == []
        assert send_command("read").ok  # still serving after the refusal
    finally:
        server.stop()


def test_send_from_the_command_line() -> None:
    line = one_line_error(run_bitna("send", "read", timeout=30))
    assert line == "bitna: Bitna is not running. Start it first."
    listing = run_bitna("send", "--list", timeout=30)
    assert listing.returncode == 0
    assert "read\tRead\tR, Ctrl+Alt+R" in listing.stdout.splitlines()
