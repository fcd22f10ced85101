"""Helpers the end-to-end tests on a private desktop share (the desktop is x11_session.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.system.x11_session import (
    Bitna,
    LogLine,
    Orca,
    X11Session,
    missing_tools,
    orca_turn,
    other_orcas,
)


def no_picture_yet(line: LogLine) -> bool:
    """Bitna's answer to Read before the demo camera's first frame has come."""
    return line.role == "error" and line.text.startswith("There is no picture from the camera yet")


@contextmanager
def orca_then_bitna(tmp_path: Path, data: Path) -> Iterator[tuple[X11Session, Orca, Bitna]]:
    """A private desktop where Orca speaks, then Bitna (user data in `data`) on the demo
    camera, ready, its window focused. Skips where Orca or a tool is missing, or where
    another Orca of this user runs (Orca allows one per user)."""
    reason = missing_tools(orca=True)
    if reason is not None:
        pytest.skip(reason)
    with orca_turn() as my_turn, X11Session(tmp_path / "session") as session:
        if not my_turn:
            pytest.skip(f"another Orca of this user is running (PIDs {other_orcas()})")
        orca = session.start_orca(tmp_path / "orca-prefs", tmp_path / "orca.log")
        orca.wait_until_speaking(timeout=30)
        time.sleep(2)  # Orca has said "Screen reader on."; let it settle.
        app = session.start_bitna(data, tmp_path / "speech.log")
        window = app.wait_for_window()
        app.wait_for_line(lambda line: line.text.startswith("Bitna is ready"), 30)
        session.focus(window)
        yield session, orca, app
