"""Saving a page as text and as sound (WAV, MP3), with the real espeak-ng.

The WAV's length is compared with what the `espeak-ng` program makes of the same text, the
MP3 is walked frame by frame (every frame header valid and back to back, as a decoder
reads it) and its length and size checked, and the voices are checked per sentence.
"""

from __future__ import annotations

import json
import os
import subprocess
import wave
from pathlib import Path

import pytest

import core.reading.export as export
from core.plumbing.errors import UserFacingError
from core.reading.export import export_audio, export_text
from core.speech import Audio, Synthesizer, Voice
from core.speech.speaker import choose_voice
from tests.core.conftest import needs_espeak

ENGLISH = (
    "Riverside Library. The large print book you asked for has arrived. We will keep it "
    "for you at the front desk until the end of the month.\n\n"
    "Our talking book club meets on Thursdays at two in the afternoon. New members are "
    "always welcome."
)
MIXED = "Welcome to the library. 도서관에 오신 것을 환영합니다. See you soon."


class SpySynthesizer:
    def __init__(self, real: Synthesizer) -> None:
        self.real = real
        self.calls: list[tuple[str, str | None, int]] = []

    def voices(self) -> list[Voice]:
        return self.real.voices()

    def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio:
        self.calls.append((text, voice_id, rate))
        return self.real.synthesize(text, voice_id, rate)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> SpySynthesizer:
    spy = SpySynthesizer(export._get_synthesizer())
    monkeypatch.setattr(export, "_synthesizer", spy)
    return spy


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        return wav.getnframes() / wav.getframerate()


def leftovers(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.startswith(".")]


# --- text -------------------------------------------------------------------------------------


def test_text_is_saved_as_utf8_and_replaces_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("old", encoding="utf-8")
    text = "Dear reader,\n\n빛나 도서관입니다. Thank you."
    export_text(text, path)
    assert path.read_bytes() == text.encode("utf-8")
    assert leftovers(tmp_path) == []


def test_text_into_a_folder_that_cannot_exist_says_what_to_do(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserFacingError) as caught:
        export_text("text", blocker / "page.txt")
    assert "could not be saved" in caught.value.message


# --- sound ------------------------------------------------------------------------------------


@needs_espeak
def test_wav_is_as_long_as_espeak_ng_makes_the_text(tmp_path: Path, spy: SpySynthesizer) -> None:
    path = tmp_path / "page.wav"
    seconds = export_audio(ENGLISH, path, rate=175)
    assert seconds == pytest.approx(wav_seconds(path), abs=0.001)
    voice = choose_voice(spy.voices(), "en", {})
    assert voice is not None
    reference = tmp_path / "espeak.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice.id, "-s", "175", "-w", str(reference), ENGLISH], check=True
    )
    print(f"\nexport_audio {seconds:.2f} s, espeak-ng -w {wav_seconds(reference):.2f} s")
    # Sentence by sentence, each ends with espeak-ng's own end-of-sentence pause.
    assert seconds == pytest.approx(wav_seconds(reference), rel=0.05)
    assert [text for text, _, _ in spy.calls] == [
        "Riverside Library.",
        "The large print book you asked for has arrived.",
        "We will keep it for you at the front desk until the end of the month.",
        "Our talking book club meets on Thursdays at two in the afternoon.",
        "New members are always welcome.",
    ]
    assert leftovers(tmp_path) == []


@needs_espeak
def test_each_sentence_gets_its_language_voice_and_the_rate(
    tmp_path: Path, spy: SpySynthesizer
) -> None:
    english = choose_voice(spy.voices(), "en", {})
    korean = choose_voice(spy.voices(), "ko", {})
    assert english is not None and korean is not None
    slow = export_audio(MIXED, tmp_path / "slow.wav", rate=120)
    fast = export_audio(MIXED, tmp_path / "fast.wav", rate=300)
    assert spy.calls[:3] == [
        ("Welcome to the library.", english.id, 120),
        ("도서관에 오신 것을 환영합니다.", korean.id, 120),
        ("See you soon.", english.id, 120),
    ]
    assert fast < slow * 0.7


@needs_espeak
def test_the_voices_and_rate_chosen_in_settings_are_used(
    tmp_path: Path, spy: SpySynthesizer
) -> None:
    english = [voice for voice in spy.voices() if voice.speaks("en")]
    if len(english) < 2:
        pytest.skip("only one English voice is installed")
    chosen = english[-1]
    settings = Path(os.environ["BITNA_DATA_DIR"]) / "settings.json"
    settings.write_text(json.dumps({"version": 1, "voice_en": chosen.id, "speech_rate": 220}))
    export_audio("Hello there.", tmp_path / "hello.wav")
    assert spy.calls == [("Hello there.", chosen.id, 220)]


def mp3_frames(data: bytes) -> tuple[int, int, int]:
    """Walk an MP3 as a decoder does: (frames, samples, sample rate); fails on a bad frame."""
    rates = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
    kbps_v1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
    kbps_v2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
    offset = 0
    if data[:3] == b"ID3":
        size = data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9]
        offset = 10 + size
    frames = samples = sample_rate = 0
    while offset < len(data):
        header = int.from_bytes(data[offset : offset + 4], "big")
        assert header >> 21 == 0x7FF, f"no frame sync at byte {offset}"
        version = (header >> 19) & 3
        layer = (header >> 17) & 3
        bitrate_index = (header >> 12) & 15
        rate_index = (header >> 10) & 3
        padding = (header >> 9) & 1
        assert version != 1 and layer == 1, "not MPEG layer III"
        assert 0 < bitrate_index < 15 and rate_index < 3
        sample_rate = rates[version][rate_index]
        if version == 3:
            length = 144000 * kbps_v1[bitrate_index] // sample_rate + padding
            samples += 1152
        else:
            length = 72000 * kbps_v2[bitrate_index] // sample_rate + padding
            samples += 576
        frames += 1
        offset += length
    assert offset == len(data), "the last frame is cut short"
    return frames, samples, sample_rate


@needs_espeak
def test_mp3_is_decodable_frame_by_frame_and_the_right_length(tmp_path: Path) -> None:
    pytest.importorskip("lameenc")
    wav_path, mp3_path = tmp_path / "page.wav", tmp_path / "page.mp3"
    wav_length = export_audio(ENGLISH, wav_path, rate=175)
    seconds = export_audio(ENGLISH, mp3_path, rate=175)
    assert seconds == pytest.approx(wav_length, rel=0.01)  # espeak-ng varies by a few ms
    data = mp3_path.read_bytes()
    frames, samples, sample_rate = mp3_frames(data)
    decoded = samples / sample_rate
    print(
        f"\nMP3: {len(data)} bytes, {frames} frames, {decoded:.2f} s at {sample_rate} Hz "
        f"(speech {seconds:.2f} s; WAV {wav_path.stat().st_size} bytes)"
    )
    # The encoder adds up to a few frames of delay and padding.
    assert seconds <= decoded <= seconds + 0.2
    expected_size = export.MP3_BIT_RATE * 1000 / 8 * seconds
    assert expected_size * 0.8 <= len(data) <= expected_size * 1.2 + 1000
    assert len(data) < wav_path.stat().st_size / 4


def test_mp3_without_an_encoder_says_so_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "lameenc", None)  # import fails
    with pytest.raises(UserFacingError) as caught:
        export_audio("Hello.", tmp_path / "page.mp3")
    assert "WAV" in caught.value.message
    assert os.listdir(tmp_path) == []
    assert export.mp3_available() is False


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [("Hello.", "page.ogg", ".wav or .mp3"), ("  \n ", "page.wav", "no text")],
)
def test_bad_requests_say_what_to_do(tmp_path: Path, text: str, name: str, words: str) -> None:
    with pytest.raises(UserFacingError) as caught:
        export_audio(text, tmp_path / name)
    assert words in caught.value.message
    assert os.listdir(tmp_path) == []


@needs_espeak
def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserFacingError) as caught:
        export_audio("Hello.", blocker / "page.wav")
    assert "could not be saved" in caught.value.message
    assert sorted(os.listdir(tmp_path)) == ["file"]
