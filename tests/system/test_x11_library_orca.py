"""End to end: the Library window with the real Orca (issue 24).

Bitna runs on a private X server with Orca (tests/system/x11_session.py), its library
holding three documents and its speech going to the screen reader. Ctrl+L opens the
Library; moving through the list with the arrow keys, Orca must say each document as
"title, date, pages"; typing a search, Orca must say how many documents were found.
Skips like the other X11 tests when the tools are missing.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from core.library.store import Library
from core.text.model import page_from_text
from tests.system.conftest import orca_then_bitna
from tests.system.x11_session import Orca

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

TITLES = ("Northern Gas", "수도요금청구서", "Pancakes")  # kept in this order: newest last


def said(orca: Orca, wanted: str, timeout: float = 15) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(wanted in line for line in orca.speech()):
            return True
        time.sleep(0.2)
    return False


def test_orca_reads_the_library_item_by_item_and_the_count_found(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(
        json.dumps({"version": 1, "speech_output": "screen-reader", "first_run_done": True})
    )
    library = Library.open(data / "library.db")
    for title, text in zip(
        TITLES,
        (
            "Your bill for November is 42 pounds.",
            "이번 달 수도요금은 12,300원입니다.",
            "Mix the flour and the milk.",
        ),
        strict=True,
    ):
        library.keep([page_from_text(f"{title}\n\n{text}")], kind="read")
    with orca_then_bitna(tmp_path, data) as (session, orca, _app):
        session.xdotool("key", "ctrl+l")
        dialog = session.find_window("^Library")
        session.focus(dialog)
        assert said(orca, "List with 3 items."), orca.speech_lines()
        assert said(orca, "Pancakes, "), orca.speech_lines()  # the newest, chosen
        for key in ("Down", "Down", "Up"):
            session.xdotool("key", key)
            time.sleep(1.0)
        assert said(orca, "수도요금청구서, "), orca.speech_lines()
        assert said(orca, "Northern Gas, "), orca.speech_lines()
        session.xdotool("key", "shift+Tab")  # to the search field (Orca 43 may not say it)
        time.sleep(1.0)
        session.xdotool("type", "--delay", "150", "bill")
        assert said(orca, "1 document found."), orca.speech_lines()
        print("\nWhat Orca said (its debug log's SPEECH OUTPUT lines):")
        for line in orca.speech_lines():
            print(f"  {line}")
        orca.stop()
    items = [line for line in orca.speech() if line.startswith(TITLES)]
    assert items and all(", 1 page" in line for line in items), items
