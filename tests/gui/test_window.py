"""The real window, offscreen: real Qt widgets, real Tesseract, real espeak-ng synthesis.

Only the loudspeaker is recorded instead of played: this machine has no sound card.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible as GuiAccessible

from core.ocr.tesseract import TesseractEngine
from core.settings import Settings
from core.sources.demo import DemoSource
from core.speech.fakes import RecordingOutput
from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
from core.speech.speaker import Speaker
from core.text.metrics import cer
from gui.app import Bitna
from gui.main_window import BUTTONS
from tests.conftest import DEMO


@pytest.fixture
def output() -> RecordingOutput:
    return RecordingOutput(realtime=True)


@pytest.fixture
def bitna(qtbot, output: RecordingOutput, tmp_path: Path):
    speech = Speaker(Pyttsx3Synthesizer(), output)
    app = Bitna(
        settings=Settings(ocr_languages="eng"),
        source=DemoSource("en", seed=3),
        speech=speech,
        ocr=TesseractEngine(),
        speech_log=tmp_path / "said.txt",
        settings_path=tmp_path / "settings.json",
    )
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: app.reader.latest() is not None, timeout=5000)
    yield app
    app.shutdown()


def test_read_button_reads_the_demo_page(qtbot, bitna: Bitna, output: RecordingOutput, tmp_path):
    window = bitna.window
    shown_before = window.live_view.frames_shown
    qtbot.mouseClick(window.buttons["read"], Qt.MouseButton.LeftButton)
    truth = (DEMO / "demo_en.txt").read_text(encoding="utf-8")
    # The first lines come first (streaming), then the whole page.
    qtbot.waitUntil(lambda: bitna.flow.page is not None, timeout=60000)
    first = window.reading_pane.toPlainText()
    assert first and truth.startswith(first.split("\n")[0])
    qtbot.waitUntil(lambda: not bitna.flow.recognising, timeout=60000)
    assert cer(truth, window.reading_pane.toPlainText()) <= 0.05
    # The camera view kept running while the page was recognised.
    assert window.live_view.frames_shown > shown_before
    # Speech was asked for and real audio produced, sentence by sentence.
    qtbot.waitUntil(lambda: len(output.played) >= 3, timeout=20000)
    assert all(audio.duration > 0.3 for audio in output.played[1:3])
    # The spoken word is marked in the pane, and it is a word of the page.
    qtbot.waitUntil(lambda: window.reading_pane.highlighted_text() != "", timeout=20000)
    assert window.reading_pane.highlighted_text() in window.reading_pane.toPlainText()
    said = (tmp_path / "said.txt").read_text(encoding="utf-8")
    assert "\treading\t" in said


def test_keys_trigger_the_same_commands(qtbot, bitna: Bitna):
    calls: list[str] = []
    bitna.commands.bind("read", lambda: calls.append("read"))
    bitna.commands.bind("stop", lambda: calls.append("stop"))
    bitna.window.actions_by_id["read"].trigger()
    bitna.window.actions_by_id["stop"].trigger()
    assert calls == ["read", "stop"]
    assert bitna.window.actions_by_id["read"].shortcut().toString() == "R"


def test_stop_silences_at_once(qtbot, bitna: Bitna, output: RecordingOutput):
    bitna.announcer.announce("This is a long sentence that takes a few seconds to say aloud.")
    bitna.announcer.announce("And another one after it.")
    qtbot.mouseClick(bitna.window.buttons["stop"], Qt.MouseButton.LeftButton)
    assert bitna.speech.wait_until_idle(0.5)
    assert bitna.window.status.text() == "Stopped."


def test_every_control_is_named_and_big_enough(qtbot, bitna: Bitna):
    window = bitna.window
    window.resize(1400, 900)
    for command_id in BUTTONS:
        button = window.buttons[command_id]
        interface = GuiAccessible.queryAccessibleInterface(button)
        assert interface.text(GuiAccessible.Text.Name)
        assert interface.text(GuiAccessible.Text.Description)
        assert button.width() >= 44 and button.height() >= 44
    for widget in (window.reading_pane, window.live_view):
        assert GuiAccessible.queryAccessibleInterface(widget).text(GuiAccessible.Text.Name)
    view = GuiAccessible.queryAccessibleInterface(window.live_view)
    assert view.role() == GuiAccessible.Role.Graphic
    assert view.text(GuiAccessible.Text.Description).startswith("Live picture from")


def test_tab_order_follows_the_layout(qtbot, bitna: Bitna):
    window = bitna.window
    expected = [*(window.buttons[c] for c in BUTTONS), window.reading_pane, window.live_view]
    widget = expected[0]
    seen = [widget]
    for _ in expected[1:]:
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        seen.append(widget)
    assert seen == expected


def test_demo_page_switches_and_is_announced(qtbot, bitna: Bitna):
    bitna.commands.trigger("next-demo-page")
    assert "Korean" in bitna.announcer.last().text
    assert bitna.source.page == "ko"


def test_korean_ui(qtbot, bitna: Bitna):
    bitna.apply_settings(Settings(ui_language="ko"))
    assert bitna.window.buttons["read"].accessibleName() == "읽기"
