"""The speech layer against the real espeak-ng: lengths, queueing, stop, word timing, errors."""

from __future__ import annotations

import re
import subprocess
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.plumbing.errors import SpeechError
from core.speech import Audio, Speaker, SpeechEvent, Synthesizer, SystemAudioOutput, Voice
from core.speech.fakes import RecordingOutput
from core.speech.output import no_device_error
from core.text.script import language_of
from tests.core.conftest import needs_espeak

pytestmark = needs_espeak

ENGLISH = (
    "Bitna reads printed text aloud for people who cannot see it. Place a page under the "
    "camera, press the read button, and listen. The words are highlighted on the screen as "
    "they are spoken, so a person with some sight can follow along. Reading can be stopped "
    "at any time, and the speed of the voice can be changed in the settings."
)
KOREAN = "빛나는 인쇄된 글을 소리 내어 읽어 줍니다. 책을 카메라 아래에 놓고 읽기 단추를 누르세요."
LONG = "This is a long sentence that keeps going for quite a while. " * 6


class Events:
    """Collects SpeechEvents with their arrival times; lets a test wait for one."""

    def __init__(self) -> None:
        self.items: list[tuple[float, SpeechEvent]] = []
        self._changed = threading.Condition()

    def __call__(self, event: SpeechEvent) -> None:
        with self._changed:
            self.items.append((time.monotonic(), event))
            self._changed.notify_all()

    def of(self, kind: str, utterance: int | None = None) -> list[SpeechEvent]:
        with self._changed:
            return [
                e
                for _, e in self.items
                if e.kind == kind and (utterance is None or e.utterance == utterance)
            ]

    def wait_for(self, kind: str, utterance: int, timeout: float = 10) -> SpeechEvent:
        with self._changed:
            self._changed.wait_for(lambda: self._find(kind, utterance), timeout)
            found = self._find(kind, utterance)
        assert found is not None, f"no {kind} event for utterance {utterance}"
        return found

    def _find(self, kind: str, utterance: int) -> SpeechEvent | None:
        for _, event in self.items:
            if event.kind == kind and event.utterance == utterance:
                return event
        return None


class SpySynthesizer:
    """The real synthesizer, remembering which voice each call asked for."""

    def __init__(self, real: Synthesizer) -> None:
        self.real = real
        self.voice_ids: list[str | None] = []

    def voices(self) -> list[Voice]:
        return self.real.voices()

    def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio:
        self.voice_ids.append(voice_id)
        return self.real.synthesize(text, voice_id, rate)


@pytest.fixture(scope="module")
def synth():
    from core.speech.pyttsx3_synth import Pyttsx3Synthesizer

    return Pyttsx3Synthesizer()


@pytest.fixture
def make_speaker(synth) -> Iterator:
    made: list[Speaker] = []

    def make(output, synthesizer=None, rate: int = 175) -> tuple[Speaker, Events]:
        speaker = Speaker(synthesizer or synth, output, rate)
        events = Events()
        speaker.add_listener(events)
        made.append(speaker)
        return speaker, events

    yield make
    for speaker in made:
        speaker.close()


def wav_frames(path: Path) -> tuple[int, int]:
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        return wav.getnframes(), wav.getframerate()


# --- saved files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "rate"),
    [(ENGLISH, "en", 175), (ENGLISH, "en", 320), (KOREAN, "ko", 175)],
    ids=["english-paragraph", "english-fast", "korean-sentence"],
)
def test_saved_wav_is_as_long_as_espeak_ng_makes_it(
    make_speaker, tmp_path: Path, text: str, language: str, rate: int
) -> None:
    speaker, _ = make_speaker(RecordingOutput(), rate=rate)
    voice = speaker.voice_for(language)
    assert voice is not None
    ours, reference = tmp_path / "ours.wav", tmp_path / "espeak.wav"

    seconds = speaker.save_wav(text, ours, language)
    subprocess.run(
        ["espeak-ng", "-v", voice.id, "-s", str(rate), "-w", str(reference), text], check=True
    )

    our_frames, our_rate = wav_frames(ours)
    ref_frames, ref_rate = wav_frames(reference)
    assert our_rate == ref_rate
    assert seconds == pytest.approx(our_frames / our_rate)
    assert our_frames == pytest.approx(ref_frames, rel=0.10)
    print(f"{language}@{rate}: ours {seconds:.3f} s, espeak-ng -w {ref_frames / ref_rate:.3f} s")


def test_speaking_after_save_wav_goes_to_the_output(make_speaker, tmp_path: Path) -> None:
    output = RecordingOutput()
    speaker, events = make_speaker(output)
    path = tmp_path / "saved.wav"
    speaker.save_wav("This goes to the file.", path)
    saved = path.read_bytes()

    utterance = speaker.speak("And this goes to the speakers.")
    assert speaker.wait_until_idle(10)

    assert events.wait_for("finished", utterance).completed
    assert len(output.played) == 1 and output.played[0].duration > 1
    assert path.read_bytes() == saved


# --- queueing ----------------------------------------------------------------------------


def test_three_sentences_queued_quickly_are_all_played(make_speaker, synth) -> None:
    output = RecordingOutput()
    speaker, events = make_speaker(output)
    sentences = [
        "The first sentence is short.",
        "The second one is a little bit longer than the first.",
        "And the third.",
    ]
    ids = [speaker.speak(sentence) for sentence in sentences]
    assert speaker.wait_until_idle(10)

    assert len(output.played) == 3
    for sentence, audio in zip(sentences, output.played, strict=True):
        alone = synth.synthesize(sentence, speaker.voice_for("en").id, 175)
        assert audio.duration == pytest.approx(alone.duration, rel=0.10)
    assert [e.utterance for e in events.of("started")] == ids
    assert [(e.utterance, e.completed) for e in events.of("finished")] == [(i, True) for i in ids]


def test_speak_never_blocks(make_speaker) -> None:
    speaker, _ = make_speaker(RecordingOutput(realtime=True))
    start = time.monotonic()
    for _ in range(5):
        speaker.speak(LONG)
    assert time.monotonic() - start < 0.05
    assert speaker.is_busy


# --- stop --------------------------------------------------------------------------------


def test_stop_silences_at_once_and_drops_the_queue(make_speaker) -> None:
    output = RecordingOutput(realtime=True)
    speaker, events = make_speaker(output)
    first = speaker.speak(LONG)
    queued = [speaker.speak("Never to be heard."), speaker.speak("Nor this one.")]
    events.wait_for("started", first)
    time.sleep(0.3)

    start = time.monotonic()
    speaker.stop()
    assert speaker.wait_until_idle(1)
    latency = time.monotonic() - start
    print(f"stop latency {latency * 1000:.1f} ms")

    assert latency < 0.1
    assert len(output.played) == 1 and output.completed == [False]
    assert events.wait_for("finished", first).completed is False
    for utterance in queued:
        assert events.wait_for("finished", utterance).completed is False
        assert not events.of("started", utterance)

    after = speaker.speak("Still working.")  # the speaker is not broken by a stop
    assert events.wait_for("finished", after, timeout=10).completed


def test_stop_before_playback_starts_still_stops(make_speaker) -> None:
    output = RecordingOutput(realtime=True)
    speaker, events = make_speaker(output)
    for _ in range(20):  # stop() lands at every stage: queued, synthesizing, starting to play
        utterance = speaker.speak(LONG)
        speaker.stop()
        assert speaker.wait_until_idle(1)
        assert events.wait_for("finished", utterance).completed is False


# --- word marks --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [ENGLISH, KOREAN], ids=["english", "korean"])
def test_word_marks_point_at_the_words_in_order(synth, text: str) -> None:
    voice = next(v for v in synth.voices() if v.speaks(language_of(text)))
    audio = synth.synthesize(text, voice.id, 175)
    words = {(m.start(), len(m.group())) for m in re.finditer(r"\w+", text)}

    samples = [mark.sample for mark in audio.marks]
    assert samples == sorted(samples) and len(set(samples)) == len(samples)
    assert all(0 <= s < audio.sample_count for s in samples)
    assert all((mark.start, mark.length) in words for mark in audio.marks)
    starts = [mark.start for mark in audio.marks]
    assert starts == sorted(starts)
    assert len(audio.marks) >= 0.7 * len(words)  # espeak-ng folds a few, like "the"


def test_word_events_follow_playback_time(make_speaker) -> None:
    output = RecordingOutput(realtime=True)
    speaker, events = make_speaker(output)
    utterance = speaker.speak(ENGLISH[:160])
    events.wait_for("finished", utterance, timeout=20)

    audio = output.played[0]
    words = [(t, e.mark) for t, e in events.items if e.kind == "word"]
    assert len(words) == len(audio.marks) > 10
    errors = [t - (output.started_at[0] + m.sample / audio.sample_rate) for t, m in words]
    print(f"word event lag: max {max(errors) * 1000:.1f} ms, min {min(errors) * 1000:.1f} ms")
    assert all(abs(error) < 0.1 for error in errors)
    assert words[-1][0] - words[0][0] > 2  # spread over the playback, not all at once


# --- voices ------------------------------------------------------------------------------


def test_voices_include_english_and_korean(synth) -> None:
    voices = synth.voices()
    assert any(v.speaks("en") for v in voices)
    assert any(v.languages == ("ko",) for v in voices)
    assert not any(v.speaks("ko") and v.id == "inc/kok" for v in voices)  # Konkani is not Korean


def test_korean_text_picks_the_korean_voice(make_speaker, synth) -> None:
    spy = SpySynthesizer(synth)
    speaker, _ = make_speaker(RecordingOutput(), synthesizer=spy)
    speaker.speak("안녕하세요, 반갑습니다.")
    speaker.speak("Hello there.")
    speaker.speak("Hello there.", language="ko")
    assert speaker.wait_until_idle(10)
    english = speaker.voice_for("en")
    assert english is not None and english.speaks("en")
    assert spy.voice_ids == ["ko", english.id, "ko"]


def test_set_voice_overrides_and_none_restores(make_speaker, synth) -> None:
    spy = SpySynthesizer(synth)
    speaker, _ = make_speaker(RecordingOutput(), synthesizer=spy)
    automatic = speaker.voice_for("en").id
    for choice in ("gmw/en-US", "no-such-voice", None):  # a missing one: old settings
        speaker.set_voice("en", choice)
        speaker.speak("Hello.")
        assert speaker.wait_until_idle(10)
    assert spy.voice_ids == ["gmw/en-US", automatic, automatic]


def test_rate_changes_length(make_speaker, synth) -> None:
    output = RecordingOutput()
    speaker, _ = make_speaker(output)
    speaker.speak(ENGLISH[:120])
    speaker.wait_until_idle(10)
    speaker.set_rate(350)
    speaker.speak(ENGLISH[:120])
    speaker.wait_until_idle(10)
    slow, fast = (audio.duration for audio in output.played)
    assert fast < 0.7 * slow


# --- errors ------------------------------------------------------------------------------


def _assert_device_error_then_still_working(speaker: Speaker, events: Events, tmp_path: Path):
    for attempt in range(2):  # the second proves the speech thread survived the first
        utterance = speaker.speak(f"Attempt {attempt}.")
        error = events.wait_for("error", utterance).error
        assert isinstance(error, SpeechError)
        assert error.message == no_device_error().message
        assert events.wait_for("finished", utterance).completed is False
    assert speaker.save_wav("Saving still works.", tmp_path / "ok.wav") > 0.5


def test_no_sound_server_and_no_card_gives_the_user_message(
    make_speaker, monkeypatch, tmp_path: Path, caplog
) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-such-socket")
    output = SystemAudioOutput()
    speaker, events = make_speaker(output)
    _assert_device_error_then_still_working(speaker, events, tmp_path)
    assert output.player == "aplay"
    assert any("aplay exited" in r.getMessage() for r in caplog.records)  # stderr is logged


def test_aplay_with_a_missing_device_gives_the_user_message(make_speaker, tmp_path: Path) -> None:
    speaker, events = make_speaker(SystemAudioOutput(player="aplay", device="bitna_no_such_pcm"))
    _assert_device_error_then_still_working(speaker, events, tmp_path)


def test_missing_player_program_gives_the_user_message(
    make_speaker, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    speaker, events = make_speaker(SystemAudioOutput(player="aplay"))
    _assert_device_error_then_still_working(speaker, events, tmp_path)


def test_a_failing_listener_does_not_stop_speech(make_speaker) -> None:
    speaker, events = make_speaker(RecordingOutput())

    def broken(event: SpeechEvent) -> None:
        raise ValueError("listener bug")

    speaker.add_listener(broken)
    first, second = speaker.speak("One."), speaker.speak("Two.")
    assert events.wait_for("finished", first).completed
    assert events.wait_for("finished", second).completed


def test_close_ends_the_speech_thread(synth) -> None:
    speaker = Speaker(synth, RecordingOutput(realtime=True))
    speaker.speak(LONG)
    speaker.close()
    assert not speaker.is_busy
    assert not speaker._worker.is_alive()
    with pytest.raises(RuntimeError):
        speaker.speak("After close.")


def test_empty_text_is_spoken_as_nothing(make_speaker) -> None:
    output = RecordingOutput()
    speaker, events = make_speaker(output)
    for text in ("", "   \n"):
        utterance = speaker.speak(text)
        assert events.wait_for("finished", utterance).completed
    assert not events.of("error")
    assert all(audio.duration < 0.1 for audio in output.played)


def test_save_wav_while_speaking_keeps_both_whole(make_speaker, synth, tmp_path: Path) -> None:
    """espeak-ng's state is process-wide: the lock must keep the two utterances apart."""
    output = RecordingOutput()
    speaker, _ = make_speaker(output)
    voice = speaker.voice_for("en").id
    for _ in range(5):
        speaker.speak(ENGLISH)
    seconds = [speaker.save_wav(KOREAN, tmp_path / f"{i}.wav") for i in range(5)]
    assert speaker.wait_until_idle(20)

    korean = synth.synthesize(KOREAN, "ko", 175).duration
    english = synth.synthesize(ENGLISH, voice, 175).duration
    assert all(s == pytest.approx(korean, rel=0.02) for s in seconds)
    assert all(a.duration == pytest.approx(english, rel=0.02) for a in output.played)


def test_close_from_a_listener_does_not_deadlock(synth) -> None:
    speaker = Speaker(synth, RecordingOutput())
    speaker.add_listener(lambda event: speaker.close() if event.kind == "finished" else None)
    speaker.speak("Goodbye.")
    speaker._worker.join(5)
    assert not speaker._worker.is_alive()
