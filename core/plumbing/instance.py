"""One Bitna per user, and `bitna send COMMAND` from any other process.

The running app listens on a local socket (a Unix socket in an owner-only folder; a named
pipe on Windows). Clients must prove they know a secret kept in an owner-only file, so
only the same user can send commands. Messages are JSON (never pickle). This is the only
socket Bitna ever opens.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path

import platformdirs

from core.plumbing.atomic import write_atomically
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr
from core.plumbing.paths import APP_NAME, DATA_DIR_VARIABLE, config_dir

log = logging.getLogger(__name__)

KEY_FILE = "instance.key"
#: Handles a command id; returns None when done, or a message saying why not.
Handler = Callable[[str], "str | None"]


class NotRunningError(UserFacingError):
    """No Bitna is running for this user."""


@dataclass(frozen=True)
class Reply:
    ok: bool
    message: str


def _family() -> str:
    return "AF_PIPE" if sys.platform == "win32" else "AF_UNIX"


def address() -> str:
    """Where this user's Bitna listens (follows BITNA_DATA_DIR, so test runs stay apart)."""
    if sys.platform == "win32":
        user = os.environ.get("USERNAME", "user")
        folder = str(config_dir()).encode()
        suffix = (
            f"-{hashlib.sha256(folder).hexdigest()[:12]}"
            if os.environ.get(DATA_DIR_VARIABLE)
            else ""
        )
        return rf"\\.\pipe\bitna-{user}{suffix}"
    folder = (
        config_dir()
        if os.environ.get(DATA_DIR_VARIABLE)
        else Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
    )
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return str(folder / "bitna.sock")


def _secret(create: bool) -> bytes:
    path = config_dir() / KEY_FILE
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if not create:
            raise
    secret = secrets.token_bytes(32)
    write_atomically(path, secret)
    return secret


def send_command(command: str, timeout: float = 3.0) -> Reply:
    """Ask the running Bitna to carry out `command`; NotRunningError when there is none."""
    try:
        connection = Client(address(), _family(), authkey=_secret(create=False))
    except (OSError, EOFError, AuthenticationError) as error:
        log.info("No running Bitna: %r", error)
        raise NotRunningError(tr("Bitna is not running. Start it first.")) from error
    with connection:
        connection.send_bytes(json.dumps({"command": command}).encode())
        if not connection.poll(timeout):
            return Reply(False, tr("Bitna did not answer."))
        answer = json.loads(connection.recv_bytes(4096))
    return Reply(bool(answer.get("ok")), str(answer.get("message", "")))


class CommandServer:
    """Accepts commands from `bitna send` on a background thread."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    def start(self) -> None:
        """Listen; raises OSError when another Bitna already does."""
        where = address()
        if _family() == "AF_UNIX" and os.path.exists(where):
            os.unlink(where)  # Left by a Bitna that crashed; a live one answered the probe.
        self._listener = Listener(where, _family(), authkey=_secret(create=True))
        if _family() == "AF_UNIX":
            os.chmod(where, 0o600)
        self._thread = threading.Thread(target=self._serve, name="bitna-commands", daemon=True)
        self._thread.start()
        log.info("Listening for commands at %s", where)

    def stop(self) -> None:
        """Stop listening and remove the socket."""
        if self._listener is None:
            return
        self._stopping.set()
        self._wake()
        if self._thread is not None:
            self._thread.join(2)
        self._listener.close()
        self._listener = None

    def _wake(self) -> None:
        """Make a blocked accept() return, without waiting for an answer.

        A plain connection that hangs up at once: it wakes accept() (which then fails the
        handshake and sees the stop flag), and it cannot hang if the thread already left.
        """
        if _family() == "AF_UNIX":
            with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX) as wake:
                wake.connect(address())
            return

        def knock() -> None:
            with contextlib.suppress(OSError, EOFError, AuthenticationError):
                Client(address(), _family(), authkey=_secret(create=False)).close()

        threading.Thread(target=knock, daemon=True).start()

    def _serve(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                connection = self._listener.accept()
            except (OSError, EOFError, AuthenticationError) as error:  # e.g. a wrong key
                if self._stopping.is_set():
                    return
                log.warning("Refused a command connection: %r", error)
                continue
            with connection:
                if not self._stopping.is_set():
                    self._answer(connection)

    def _answer(self, connection: Connection) -> None:
        try:
            if not connection.poll(2):
                return
            request = json.loads(connection.recv_bytes(4096))
            command = str(request["command"])
            problem = self._handler(command)
            reply = {"ok": problem is None, "message": problem or ""}
            connection.send_bytes(json.dumps(reply).encode())
        except (OSError, EOFError, ValueError, KeyError, TypeError) as error:
            log.warning("Bad command request: %r", error)
