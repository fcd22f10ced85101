"""The first-run guide's dialog and its place in the app: spoken, keyboard only, saved.

Real Qt widgets (offscreen) and real espeak-ng synthesis; only the loudspeaker is recorded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from core.announce import Announcer
from core.first_run import STEP_IDS, FirstRunGuide, Keys
from core.ocr.fakes import NullOcr
from core.settings import Settings
from core.sources.demo import DemoSource
from core.speech.fakes import RecordingOutput, RecordingSpeech
from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
from core.speech.speaker import Speaker
from core.themes import resolve_theme
from gui.app import Bitna
from gui.first_run import FirstRunDialog
from gui.style import style_sheet

KEYS = {
    "read": Keys("Read", "R", "Ctrl+Alt+R"),
    "stop": Keys("Stop", "Escape", "Ctrl+Alt+S"),
    "repeat": Keys("Repeat", "F4", "Ctrl+Alt+A"),
    "first-run-guide": Keys("First-run guide", "F1", ""),
}


@pytest.fixture
def output() -> RecordingOutput:
    return RecordingOutput()


@pytest.fixture
def speech(output: RecordingOutput):
    speaker = Speaker(Pyttsx3Synthesizer(), output)
    yield speaker
    speaker.close()


@pytest.fixture
def changes() -> list[Settings]:
    return []


@pytest.fixture
def dialog(qtbot, speech: Speaker, changes: list[Settings]) -> FirstRunDialog:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = resolve_theme("yellow-on-black", high_contrast=False, dark=True)
    app.setStyleSheet(style_sheet(theme, 24))
    guide = FirstRunGuide(
        Settings(),
        cameras=[],
        source_name="Demo camera (English letter)",
        voices=speech.voices(),
        keys=KEYS,
    )
    shown = FirstRunDialog(guide, Announcer(speech), changes.append)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    app.setStyleSheet("")


def said(dialog: FirstRunDialog) -> list[str]:
    return [utterance.text for utterance in dialog._announcer.history()]


def press(qtbot, dialog: FirstRunDialog, key: Qt.Key) -> None:
    widget = QApplication.focusWidget() or dialog
    qtbot.keyClick(widget, key)


def test_enter_walks_through_every_step_and_each_is_spoken(qtbot, dialog, speech, output):
    assert dialog.guide.step.id == "welcome"
    assert said(dialog)[-1].startswith("Step 1 of 7: Welcome.")
    for number, step_id in enumerate(STEP_IDS[1:], start=2):
        press(qtbot, dialog, Qt.Key.Key_Return)
        assert dialog.guide.step.id == step_id
        assert said(dialog)[-1].startswith(f"Step {number} of {len(STEP_IDS)}:")
        assert dialog.heading.text().startswith(f"Step {number} of")
        assert dialog.accessibleDescription() == dialog.guide.step.text
    assert dialog.next_button.text() == "&Finish"
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.guide.finished and not dialog.guide.skipped
    assert dialog.guide.settings.first_run_done
    # The speech test was really synthesized and played: real espeak-ng audio.
    assert speech.wait_until_idle(30)
    assert output.played and max(audio.duration for audio in output.played) > 1.0


def test_escape_skips_from_any_step(qtbot, dialog):
    press(qtbot, dialog, Qt.Key.Key_Return)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.guide.step.id == "speech"
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert dialog.result() == FirstRunDialog.DialogCode.Rejected
    assert dialog.guide.skipped
    assert dialog.guide.settings.first_run_done


def test_speech_test_can_hand_speech_to_the_screen_reader(qtbot, dialog, changes):
    while dialog.guide.step.id != "speech":
        press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.options.isVisible() and dialog.options.hasFocus()
    assert "Did you hear that?" in said(dialog)[-1]
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert changes[-1].speech_output == "screen-reader"
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.guide.step.id == "language"
    assert dialog.guide.settings.speech_output == "screen-reader"


def test_each_voice_speaks_as_the_user_arrows_onto_it(qtbot, dialog, speech, output, changes):
    while dialog.guide.step.id != "voice":
        press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.options.count() > 1
    assert speech.wait_until_idle(30)
    before = len(output.played)
    press(qtbot, dialog, Qt.Key.Key_Down)
    chosen = dialog.options.currentItem().data(Qt.ItemDataRole.UserRole)
    assert changes[-1].voice_en == chosen
    assert said(dialog)[-1] == "This is how this voice sounds."
    speech.set_voice("en", chosen)  # what the app's apply_settings does
    assert speech.wait_until_idle(30)
    assert len(output.played) > before
    assert speech.voice_for("en").id == chosen


def test_back_and_say_again(qtbot, dialog):
    assert not dialog.back_button.isEnabled()
    press(qtbot, dialog, Qt.Key.Key_Return)
    count = len(said(dialog))
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert len(said(dialog)) == count + 1 and said(dialog)[-1] == said(dialog)[-2]
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.guide.step.id == "welcome"


def test_controls_are_named_and_big_enough(qtbot, dialog):
    buttons = dialog.findChildren(QPushButton)
    assert len(buttons) == 4
    for button in buttons:
        assert button.accessibleName() and button.accessibleDescription()
        assert button.width() >= 44 and button.height() >= 44, button.accessibleName()
    assert dialog.next_button.isDefault()
    assert dialog.heading.font().bold()


# In the app ---------------------------------------------------------------------------------
@pytest.fixture
def bitna(qtbot, tmp_path: Path):
    app = Bitna(
        settings=Settings(ocr_languages="eng"),
        source=DemoSource("en", seed=3),
        speech=RecordingSpeech(),
        ocr=NullOcr(),
        synchronous=True,
        settings_path=tmp_path / "settings.json",
    )
    qtbot.addWidget(app.window)
    app.start()
    yield app
    app.shutdown()


def test_help_menu_opens_the_guide_and_skipping_is_saved(qtbot, bitna: Bitna, tmp_path: Path):
    action = bitna.window.actions_by_id["first-run-guide"]
    assert action.shortcut().toString() == "F1"
    assert action in bitna.window._help_menu.actions()
    assert bitna.window._help_menu.title() == "&Help"
    action.trigger()
    dialog = bitna.first_run_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.guide.step.id == "welcome"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert bitna.first_run_dialog is None
    assert bitna.settings.first_run_done
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert saved["first_run_done"] is True
    assert bitna.announcer.last().text == "Guide closed. Press F1 to hear it again."


def test_choices_in_the_guide_apply_to_the_running_app(qtbot, bitna: Bitna, tmp_path: Path):
    bitna.commands.trigger("first-run-guide")
    dialog = bitna.first_run_dialog
    assert dialog is not None
    for _ in range(3):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.guide.step.id == "language"
    qtbot.keyClick(dialog.options, Qt.Key.Key_Down)
    assert bitna.settings.ui_language == "ko"
    for _ in range(len(STEP_IDS) - 3):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert bitna.first_run_dialog is None
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert saved["ui_language"] == "ko" and saved["first_run_done"] is True


def test_reading_while_the_guide_is_open_closes_it_quietly(qtbot, bitna: Bitna, tmp_path: Path):
    """Read from a global hotkey during the guide: the page is shown, not covered."""
    bitna.commands.trigger("first-run-guide")
    dialog = bitna.first_run_dialog
    assert dialog is not None and dialog.isVisible()
    bitna.commands.trigger("stop")  # silencing the guide's speech leaves it open
    assert bitna.first_run_dialog is dialog and dialog.isVisible()
    bitna.commands.trigger("read")
    assert bitna.first_run_dialog is None and not dialog.isVisible()
    assert bitna.settings.first_run_done
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert saved["first_run_done"] is True
    said = [announcement.text for announcement in bitna.announcer.history()]
    assert "Guide closed. Press F1 to hear it again." not in said
