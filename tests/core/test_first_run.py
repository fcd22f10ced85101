"""The first-run guide's model: when it opens, its steps, and what the user's choices change."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from core.first_run import (
    NO_GUIDE_VARIABLE,
    STEP_IDS,
    FirstRunGuide,
    Keys,
    should_show_guide,
)
from core.plumbing.i18n import current_language
from core.settings import Settings, load_settings, save_settings
from core.speech.pyttsx3_synth import Pyttsx3Synthesizer

KEYS = {
    "read": Keys("Read", "R", "Ctrl+Alt+R"),
    "stop": Keys("Stop", "Escape", "Ctrl+Alt+S"),
    "repeat": Keys("Repeat", "F4", "Ctrl+Alt+A"),
    "first-run-guide": Keys("First-run guide", "F1", ""),
}


@pytest.fixture(scope="module")
def voices():
    """espeak-ng's real voices."""
    return Pyttsx3Synthesizer().voices()


def guide_for(settings: Settings | None = None, **overrides) -> FirstRunGuide:
    values = {
        "cameras": [],
        "source_name": "Demo camera (English letter)",
        "voices": [],
        "keys": KEYS,
    }
    values.update(overrides)
    return FirstRunGuide(settings or Settings(), **values)


def go_to(guide: FirstRunGuide, step_id: str) -> None:
    while guide.step.id != step_id:
        assert guide.next()


def test_the_guide_opens_until_it_was_done_once() -> None:
    assert should_show_guide(Settings(), environ={})
    assert not should_show_guide(Settings(first_run_done=True), environ={})
    assert not should_show_guide(Settings(), no_guide=True, environ={})
    assert not should_show_guide(Settings(), environ={NO_GUIDE_VARIABLE: "1"})
    assert should_show_guide(Settings(), environ={NO_GUIDE_VARIABLE: "0"})


def test_first_run_done_is_saved_and_loaded(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(first_run_done=True), path)
    assert load_settings(path).first_run_done is True
    assert Settings().first_run_done is False


def test_steps_go_forward_and_back_in_order() -> None:
    guide = guide_for()
    seen = [guide.step.id]
    while guide.next():
        seen.append(guide.step.id)
    assert seen == list(STEP_IDS)
    assert guide.finished and not guide.skipped
    assert guide.settings.first_run_done is True
    guide = guide_for()
    assert guide.back() is False
    guide.next()
    step = guide.step
    assert (step.id, step.number, step.total) == ("camera", 2, len(STEP_IDS))
    assert step.heading == f"Step 2 of {len(STEP_IDS)}: Camera"
    assert step.spoken.startswith(step.heading)
    assert guide.back() and guide.step.id == "welcome"


def test_skipping_ends_the_guide_for_good() -> None:
    guide = guide_for()
    guide.next()
    settings = guide.skip()
    assert guide.skipped and guide.finished
    assert settings.first_run_done is True
    assert not should_show_guide(settings, environ={})


def test_camera_step_says_what_was_found() -> None:
    guide = guide_for(cameras=[])
    go_to(guide, "camera")
    assert "demo camera" in guide.step.text
    guide = guide_for(cameras=["HD Webcam"], source_name="USB camera 0: HD Webcam")
    go_to(guide, "camera")
    assert "found a camera: HD Webcam" in guide.step.text
    assert "USB camera 0: HD Webcam" in guide.step.text
    guide = guide_for(cameras=["HD Webcam", "Doc cam"])
    go_to(guide, "camera")
    assert "found 2 cameras: HD Webcam, Doc cam" in guide.step.text


def test_speech_step_lets_the_screen_reader_speak_instead() -> None:
    guide = guide_for()
    go_to(guide, "speech")
    step = guide.step
    assert "Did you hear that?" in step.text
    assert [option.value for option in step.options] == ["bitna", "screen-reader"]
    assert step.selected == "bitna"
    assert guide.choose("screen-reader").speech_output == "screen-reader"
    assert guide.step.selected == "screen-reader"


def test_choosing_korean_switches_the_interface_at_once() -> None:
    guide = guide_for()
    go_to(guide, "language")
    assert [option.label for option in guide.step.options] == ["English", "한국어"]
    assert guide.step.selected == "en"
    settings = guide.choose("ko")
    assert settings.ui_language == "ko"
    assert current_language() == "ko"
    assert guide.step.selected == "ko"


def test_voice_step_offers_the_voices_of_the_interface_language(voices) -> None:
    guide = guide_for(voices=voices)
    go_to(guide, "voice")
    english = guide.step.options
    assert len(english) > 1
    assert all(any(v.id == option.value and v.speaks("en") for v in voices) for option in english)
    chosen = english[1].value
    assert guide.choose(chosen).voice_en == chosen
    assert guide.step.selected == chosen
    guide.back()
    guide.choose("ko")
    guide.next()
    korean = guide.step.options
    assert korean and all(
        any(v.id == option.value and v.speaks("ko") for v in voices) for option in korean
    )
    assert guide.choose(korean[0].value).voice_ko == korean[0].value
    assert guide.settings.voice_en == chosen


def test_voice_step_without_voices_goes_on() -> None:
    guide = guide_for(voices=[])
    go_to(guide, "voice")
    assert guide.step.options == ()
    assert "No voice" in guide.step.text
    assert guide.next() and guide.step.id == "keys"
    with pytest.raises(ValueError):
        guide.choose("anything")


def test_keys_step_teaches_the_users_own_keys() -> None:
    guide = guide_for()
    go_to(guide, "keys")
    text = guide.step.text
    for part in ("R", "Ctrl+Alt+R", "Escape", "Ctrl+Alt+S", "F4", "Ctrl+Alt+A"):
        assert part in text
    keys = dict(KEYS, read=dataclasses.replace(KEYS["read"], key="Ctrl+R", global_key=""))
    guide = guide_for(keys=keys)
    go_to(guide, "keys")
    assert "Read: press Ctrl+R." in guide.step.text
    assert "Ctrl+Alt+R" not in guide.step.text


def test_last_step_says_how_to_hear_the_guide_again() -> None:
    guide = guide_for()
    go_to(guide, "done")
    assert guide.is_last
    assert "press F1" in guide.step.text
    guide = guide_for(keys={k: v for k, v in KEYS.items() if k != "first-run-guide"})
    go_to(guide, "done")
    assert "Help menu" in guide.step.text
