"""The speech vocabulary and the silent stand-ins, which other tests and the UI rely on."""

from __future__ import annotations

import io
import threading
import time
import wave
from pathlib import Path

import pytest

from core.plumbing.errors import SpeechError
from core.speech import (
    Audio,
    AudioOutput,
    Speaker,
    SpeechEvent,
    SpeechService,
    Synthesizer,
    SystemAudioOutput,
    Voice,
    WordMark,
)
from core.speech.base import estimate_marks
from core.speech.fakes import NullOutput, NullSpeech, RecordingOutput, RecordingSpeech


class ToneSynthesizer:
    """Silence of one second per word, with a mark per word: a synthesizer with no engine."""

    rate = 8000

    def voices(self) -> list[Voice]:
        return [Voice("en-voice", "English", ("en-us",)), Voice("ko-voice", "Korean", ("ko",))]

    def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio:
        samples = self.rate * len(text.split()) // 10
        return Audio(bytes(2 * samples), self.rate, estimate_marks(text, samples))


def test_audio_duration_and_wav_round_trip(tmp_path: Path) -> None:
    audio = Audio(bytes(2 * 11025), 22050)
    assert audio.duration == pytest.approx(0.5)
    with wave.open(io.BytesIO(audio.to_wav_bytes())) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        assert wav.getnframes() == 11025
    audio.save_wav(tmp_path / "a.wav")
    assert (tmp_path / "a.wav").read_bytes() == audio.to_wav_bytes()
    assert "samples" not in repr(audio)  # megabytes of PCM must not reach logs


def test_audio_rejects_broken_samples() -> None:
    with pytest.raises(ValueError):
        Audio(b"\x00\x00\x00", 22050)
    with pytest.raises(ValueError):
        Audio(b"", 0)


def test_voice_speaks_matches_whole_subtags() -> None:
    assert Voice("a", "A", ("en-us",)).speaks("en")
    assert Voice("a", "A", ("en-us",)).speaks("EN-US")
    assert not Voice("k", "Konkani", ("kok",)).speaks("ko")


def test_estimated_marks_cover_the_words() -> None:
    marks = estimate_marks("one  three five", 1200)
    assert marks == (WordMark(0, 3, 0), WordMark(5, 5, 300), WordMark(11, 4, 800))
    assert estimate_marks("   ", 100) == ()


def test_recording_output_realtime_and_stop() -> None:
    output = RecordingOutput(realtime=True)
    audio = Audio(bytes(2 * 8000 * 5), 8000)
    threading.Timer(0.2, output.stop).start()
    start = time.monotonic()
    output.play(audio)
    assert time.monotonic() - start < 0.4
    assert output.played == [audio] and output.completed == [False] and output.stops == 1


def test_recording_output_can_fail_like_a_missing_device() -> None:
    output = RecordingOutput(error=SpeechError("no device"))
    with pytest.raises(SpeechError):
        output.play(Audio(b"\x00\x00", 8000))
    NullOutput().play(Audio(b"\x00\x00", 8000))  # and the null one simply returns


def test_speaker_works_with_any_synthesizer_and_output() -> None:
    speaker = Speaker(ToneSynthesizer(), NullOutput())
    events: list[SpeechEvent] = []
    speaker.add_listener(events.append)
    first = speaker.speak("one two three")
    second = speaker.speak("넷 다섯")
    assert speaker.wait_until_idle(5)
    speaker.close()
    kinds = [(e.kind, e.utterance) for e in events]
    assert kinds == [
        ("started", first),
        *[("word", first)] * 3,
        ("finished", first),
        ("started", second),
        *[("word", second)] * 2,
        ("finished", second),
    ]
    assert speaker.voice_for("ko") == Voice("ko-voice", "Korean", ("ko",))


def test_null_speech_reports_start_and_finish() -> None:
    speech = NullSpeech()
    events: list[SpeechEvent] = []
    speech.add_listener(events.append)
    utterance = speech.speak("Hello there")
    assert [(e.kind, e.utterance, e.completed) for e in events] == [
        ("started", utterance, True),
        ("finished", utterance, True),
    ]
    assert not speech.is_busy and speech.wait_until_idle(0) and speech.voices() == []


def test_recording_speech_records_everything(tmp_path: Path) -> None:
    speech = RecordingSpeech()
    events: list[SpeechEvent] = []
    speech.add_listener(events.append)
    speech.speak("Hello there", "en")
    speech.speak("안녕하세요")
    speech.stop()
    seconds = speech.save_wav("Saved words here", tmp_path / "s.wav")
    assert speech.spoken == [("Hello there", "en"), ("안녕하세요", None)]
    assert speech.stops == 1
    assert speech.saved == [("Saved words here", str(tmp_path / "s.wav"), None)]
    with wave.open(str(tmp_path / "s.wav")) as wav:
        assert wav.getnframes() / wav.getframerate() == pytest.approx(seconds)
    words = [e.text[e.mark.start : e.mark.start + e.mark.length] for e in events if e.mark]
    assert words == ["Hello", "there", "안녕하세요"]
    assert {v.languages[0][:2] for v in speech.voices()} == {"en", "ko"}


def test_everything_fits_the_interfaces() -> None:
    """Checked by mypy: each class can stand where its Protocol is expected."""
    services: list[SpeechService] = [NullSpeech(), RecordingSpeech()]
    outputs: list[AudioOutput] = [NullOutput(), RecordingOutput(), SystemAudioOutput()]
    synthesizers: list[Synthesizer] = [ToneSynthesizer()]
    speaker = Speaker(synthesizers[0], outputs[0])
    services.append(speaker)
    speaker.close()
    assert len(services) == 3
