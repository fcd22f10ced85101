"""A page mixing English and Korean is read with the English voice for English sentences and
the Korean voice for Korean ones, switched sentence by sentence, with real espeak-ng.

The reading flow hands the page to the real Speaker (espeak-ng through pyttsx3's binding)
playing into a recording output. The synthesizer is wrapped to note the voice each
utterance asked for; each played sound is then compared with what the `espeak-ng` program
makes of the same sentence with the voice expected, and with the other voice.
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from core.announce import Announcer
from core.ocr.fakes import RecordingOcr
from core.plumbing.workers import InlineRunner
from core.reading.flow import ReadingFlow
from core.reading.pipeline import ReadPipeline
from core.speech import Audio, Speaker, Synthesizer, Voice
from core.speech.fakes import RecordingOutput
from core.speech.speaker import choose_voice
from core.text.model import page_from_text
from tests.conftest import marked_frame

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")

MIXED = (
    "The library opens at nine in the morning. 도서관은 아침 아홉 시에 문을 엽니다. "
    "Please bring your card. 회원 카드를 꼭 가져오세요.\n\n"
    "Thank you for reading with Bitna."
)
ENGLISH_SENTENCES = [
    "The library opens at nine in the morning.",
    "Please bring your card.",
    "Thank you for reading with Bitna.",
]
KOREAN_SENTENCES = ["도서관은 아침 아홉 시에 문을 엽니다.", "회원 카드를 꼭 가져오세요."]
FRAME = marked_frame()


class SpySynthesizer:
    """The real synthesizer, noting the voice each utterance was made with."""

    def __init__(self, real: Synthesizer) -> None:
        self.real = real
        self.calls: list[tuple[str, str | None]] = []

    def voices(self) -> list[Voice]:
        return self.real.voices()

    def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio:
        self.calls.append((text, voice_id))
        return self.real.synthesize(text, voice_id, rate)


@pytest.fixture(scope="module")
def synth():
    from core.speech.pyttsx3_synth import Pyttsx3Synthesizer

    return Pyttsx3Synthesizer()


def espeak_ng(text: str, voice: str, rate: int, folder: Path) -> tuple[np.ndarray, float]:
    """The samples and seconds the `espeak-ng` program makes of `text` with `voice`."""
    path = folder / "reference.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(path), text], check=True)
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        return np.frombuffer(frames, "<i2").astype(float), wav.getnframes() / wav.getframerate()


def likeness(a: np.ndarray, b: np.ndarray) -> float:
    """Peak normalised cross-correlation: 1 for the same sound, whatever its delay."""
    size = len(a) + len(b)
    correlation = np.fft.irfft(np.fft.rfft(a, size) * np.conj(np.fft.rfft(b, size)), size)
    return float(correlation.max() / np.sqrt((a * a).sum() * (b * b).sum()))


def read_aloud(speaker: Speaker, text: str) -> None:
    flow = ReadingFlow(
        capture=lambda: FRAME,
        pipeline=lambda: ReadPipeline(RecordingOcr([page_from_text(text)]), "eng+kor"),
        runner=InlineRunner(),
        announcer=Announcer(speaker),
    )
    flow.speak_page(page_from_text(text))
    assert speaker.wait_until_idle(60)


def test_a_mixed_page_switches_voice_sentence_by_sentence(synth, tmp_path: Path) -> None:
    spy = SpySynthesizer(synth)
    output = RecordingOutput()
    speaker = Speaker(spy, output, 175)
    try:
        english, korean = speaker.voice_for("en"), speaker.voice_for("ko")
        assert english is not None and korean is not None
        assert english.speaks("en") and korean.speaks("ko")
        read_aloud(speaker, MIXED)
    finally:
        speaker.close()

    expected = [
        (ENGLISH_SENTENCES[0], english.id),
        (KOREAN_SENTENCES[0], korean.id),
        (ENGLISH_SENTENCES[1], english.id),
        (KOREAN_SENTENCES[1], korean.id),
        (ENGLISH_SENTENCES[2], english.id),
    ]
    assert spy.calls == expected
    assert len(output.played) == len(expected)

    # espeak-ng itself switches language inside an utterance by script, so lengths alone
    # hardly tell the voices apart; the sound's likeness to each voice's rendering does.
    print("\nsentence | voice | played s | espeak-ng s | like same voice | like other voice")
    for (sentence, voice), audio in zip(expected, output.played, strict=True):
        other = korean.id if voice == english.id else english.id
        played = np.frombuffer(audio.samples, "<i2").astype(float)
        same, same_seconds = espeak_ng(sentence, voice, 175, tmp_path)
        different, _ = espeak_ng(sentence, other, 175, tmp_path)
        like_same, like_other = likeness(played, same), likeness(played, different)
        print(
            f"{sentence[:24]:24} | {voice:7} | {audio.duration:5.2f} | {same_seconds:5.2f}"
            f" | {like_same:.2f} | {like_other:.2f}"
        )
        assert audio.duration == pytest.approx(same_seconds, rel=0.10)
        assert like_same > like_other + 0.1


def test_the_voices_chosen_in_settings_are_used_per_language(synth) -> None:
    voices = synth.voices()
    default = choose_voice(voices, "en", {})
    assert default is not None
    other_english = next((v for v in voices if v.speaks("en") and v.id != default.id), None)
    if other_english is None:
        pytest.skip("only one English voice is installed")
    spy = SpySynthesizer(synth)
    speaker = Speaker(spy, RecordingOutput(), 175)
    try:
        speaker.set_voice("en", other_english.id)  # what Settings does for voice_en
        read_aloud(speaker, "Hello there. 안녕하세요.")
        korean = speaker.voice_for("ko")
    finally:
        speaker.close()
    assert korean is not None
    assert spy.calls == [("Hello there.", other_english.id), ("안녕하세요.", korean.id)]


def test_the_korean_voice_choices_leave_out_konkani(qtbot) -> None:
    """Settings lists voices per language: "ko" is Korean, not Konkani ("kok")."""
    from core.settings import Settings
    from gui.settings_dialog import Choices, SettingsDialog

    voices = [
        Voice("ko", "Korean", ("ko",)),
        Voice("inc/kok", "Konkani", ("kok",)),
        Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
    ]
    dialog = SettingsDialog(Settings(), Choices(voices=voices))
    qtbot.addWidget(dialog)
    korean = dialog.fields["voice_ko"]
    english = dialog.fields["voice_en"]
    korean_ids = [korean.itemData(i) for i in range(korean.count())]
    english_ids = [english.itemData(i) for i in range(english.count())]
    assert korean_ids == ["", "ko"]
    assert english_ids == ["", "gmw/en"]
