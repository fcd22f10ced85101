"""End to end: with "Speak with: My screen reader", Orca speaks the page Bitna reads.

Bitna runs on a private X server with the real Orca (tests/system/x11_session.py), its settings
saying speech_output = "screen-reader", so nothing is spoken by Bitna's own voice and every
announcement goes to the screen reader over AT-SPI. Read is pressed in the window; the
page's first sentence must then appear in Orca's debug log as something Orca said
("SPEECH OUTPUT: '…'"). Skips like the other X11 tests when the tools are missing.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.system.conftest import no_picture_yet, orca_then_bitna
from tests.system.x11_session import LogLine

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

READ_TIMEOUT = 60.0
#: The start of the English demo letter, as Bitna reads it.
DEMO_START = "Riverside Library"


def test_orca_speaks_the_page_through_the_screen_reader_route(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(
        json.dumps({"version": 1, "speech_output": "screen-reader", "first_run_done": True})
    )
    with orca_then_bitna(tmp_path, data) as (session, orca, app):
        # The demo camera's first frame may come after "ready": press R until it reads.
        page_line: LogLine | None = None
        for _ in range(20):
            before = len(app.log())
            session.xdotool("key", "r")
            line, _seen = app.wait_for_line(
                lambda line: (
                    (line.role == "reading" and DEMO_START in line.text)
                    or no_picture_yet(line)
                    or line.role == "error"
                ),
                READ_TIMEOUT,
                after=before,
                what="the page read (or an error)",
            )
            if line.role == "reading":
                page_line = line
                break
            assert no_picture_yet(line), f"Bitna said instead: {line.text}"
            time.sleep(0.5)
        assert page_line is not None, "the camera gave no picture"

        # Bitna itself said nothing aloud: every line of its log was handed on, not spoken,
        # and Orca spoke the page's first sentence.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if any(page_line.text in said for said in orca.speech()):
                break
            time.sleep(0.2)
        spoken = orca.speech()
        print("\nWhat Orca said (its debug log's SPEECH OUTPUT lines):")
        for said in orca.speech_lines():
            print(f"  {said}")
        orca.stop()

    # Orca 43 says a notification's role first ("notification Reading."). A page read in a
    # moment comes before Orca has said "Reading.", and the newer notification replaces
    # it: the page itself must then be said.
    assert any(page_line.text in said for said in spoken), (page_line.text, spoken)
    # The page went out as one message, not sentence by sentence (where each would cut
    # off the one before): the first and the last sentence are in the same utterance.
    last_line = [line for line in app.log() if line.role == "reading"][-1]
    assert any(page_line.text in said and last_line.text in said for said in spoken), spoken
