"""Real playback through pacat into a private PulseAudio null sink, recorded back with parec.

Skipped where PulseAudio is not installed; the unit tests in test_speech.py and
test_output.py need no sound server.
"""

from __future__ import annotations

import array
import itertools
import shutil
import time
from collections.abc import Iterator

import pytest

from benchmarks.pulse_rig import LOUD, RATE, Recorder, private_pulseaudio
from core.speech import Speaker, SpeechEvent, Synthesizer, SystemAudioOutput
from core.text.script import language_of

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not all(shutil.which(p) for p in ("pulseaudio", "pacat", "parec", "espeak-ng")),
        reason="needs pulseaudio, pulseaudio-utils and espeak-ng",
    ),
]


@pytest.fixture(scope="module")
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PulseAudio of our own, so no other session is disturbed."""
    try:
        with private_pulseaudio(tmp_path_factory.mktemp("pulse")) as server:
            yield server
    except RuntimeError as error:
        pytest.skip(str(error))


@pytest.fixture(scope="module")
def recorder(pulse_server: str) -> Iterator[Recorder]:
    recorder = Recorder(pulse_server)
    yield recorder
    recorder.close()


def loud_samples(samples: bytes) -> list[int]:
    """The indices of the loud samples of 16-bit `samples`."""
    return [i for i, v in enumerate(array.array("h", samples)) if abs(v) > LOUD]


def loud_span(samples: bytes) -> tuple[float, float]:
    """Seconds from the start of `samples` to its first and last loud sample."""
    loud = loud_samples(samples)
    return loud[0] / RATE, loud[-1] / RATE


def longest_pause(samples: bytes) -> float:
    """The longest silence (seconds) between two loud samples of `samples`."""
    loud = loud_samples(samples)
    return max((b - a for a, b in itertools.pairwise(loud)), default=0) / RATE


Heard = list[tuple[float, SpeechEvent]]


@pytest.fixture
def speaking(
    pulse_server: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Synthesizer, Speaker, Heard]]:
    """espeak-ng played with pacat into the private server: the synthesizer, the speaker,
    and every event the speaker sends with the time it came."""
    from core.speech.pyttsx3_synth import Pyttsx3Synthesizer

    monkeypatch.setenv("PULSE_SERVER", pulse_server)
    synth = Pyttsx3Synthesizer()
    output = SystemAudioOutput()
    assert output.player == "pacat"
    speaker = Speaker(synth, output)
    events: Heard = []
    speaker.add_listener(lambda event: events.append((time.monotonic(), event)))
    try:
        yield synth, speaker, events
    finally:
        speaker.close()


def stop_and_listen(speaker: Speaker, recorder: Recorder) -> tuple[float, float]:
    """Stop the speaker; seconds until it was idle, and until the last sound was heard."""
    stop_at = time.monotonic()
    speaker.stop()
    assert speaker.wait_until_idle(1)
    idle_after = time.monotonic() - stop_at
    time.sleep(0.5)
    _, heard_to = recorder.sound_between(stop_at - 1, time.monotonic())
    sound_after = heard_to - stop_at
    print(
        f"stop: idle after {idle_after * 1000:.0f} ms, "
        f"sound until {sound_after * 1000:.0f} ms after stop()"
    )
    return idle_after, sound_after


def test_real_playback_is_whole_on_time_and_stoppable(
    speaking: tuple[Synthesizer, Speaker, Heard], recorder: Recorder
) -> None:
    synth, speaker, events = speaking
    for text in ("Hello. This is a test of real playback timing.", "빛나는 글을 읽어 줍니다."):
        events.clear()
        utterance = speaker.speak(text)
        assert speaker.wait_until_idle(20)
        time.sleep(0.5)
        voice = speaker.voice_for(language_of(text))
        assert voice is not None
        audio = synth.synthesize(text, voice.id, 175)
        (started,) = [t for t, e in events if e.kind == "started"]
        heard_from, heard_to = recorder.sound_between(started - 0.3, time.monotonic())
        lead, tail = loud_span(audio.samples)
        delay = heard_from - started - lead
        print(
            f"{text[:12]!r}: start delay {delay * 1000:.0f} ms, heard "
            f"{heard_to - heard_from:.3f} s of {tail - lead:.3f} s"
        )
        assert abs(delay) < 0.25
        assert heard_to - heard_from == pytest.approx(tail - lead, rel=0.05)
        assert [e.completed for _, e in events if e.kind == "finished"] == [True]
        assert not [e for _, e in events if e.kind == "error"]

    events.clear()
    utterance = speaker.speak("This goes on for a long time. " * 5)
    time.sleep(1.5)
    idle_after, sound_after = stop_and_listen(speaker, recorder)
    assert idle_after < 0.1
    assert sound_after < 0.15
    finished = [e for _, e in events if e.kind == "finished" and e.utterance == utterance]
    assert [e.completed for e in finished] == [False]


PAGE = (
    "The quick brown fox jumps over the lazy dog.",
    "Bitna reads printed text aloud.",
    "This is the third sentence on the page.",
)
SPLIT = 0.2  # seconds of silence that part two sentences (none of PAGE has one inside)


def test_queued_sentences_follow_each_other_without_gaps(
    speaking: tuple[Synthesizer, Speaker, Heard], recorder: Recorder
) -> None:
    """A page read sentence by sentence: no silence added between them, words on time, stop."""
    synth, speaker, events = speaking
    voice = speaker.voice_for("en")
    assert voice is not None
    audios = [synth.synthesize(text, voice.id, 175) for text in PAGE]
    assert all(audio.sample_rate == RATE for audio in audios)
    assert all(longest_pause(audio.samples) < SPLIT for audio in audios)
    spans = [loud_span(audio.samples) for audio in audios]
    # espeak-ng's own silence between two sentences: the end of one, the start of the next
    own = [
        audio.duration - tail + next_lead
        for audio, (_, tail), (next_lead, _) in zip(audios, spans, spans[1:], strict=False)
    ]
    ids = [speaker.speak(text) for text in PAGE]
    assert speaker.wait_until_idle(30)
    time.sleep(0.5)
    started = min(t for t, e in events if e.kind == "started")
    heard = recorder.sounds_between(started - 0.3, time.monotonic(), SPLIT)
    assert len(heard) == len(PAGE), heard
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(heard)]
    print(f"espeak's own pause between sentences: {', '.join(f'{p:.3f}' for p in own)} s")
    print(f"silence heard between them: {', '.join(f'{g:.3f}' for g in gaps)} s")
    print(f"sentences heard {', '.join(f'{b - a:.3f}' for a, b in heard)} s", end=" ")
    print(f"of {', '.join(f'{tail - lead:.3f}' for lead, tail in spans)} s")
    for (first, last), (lead, tail) in zip(heard, spans, strict=True):
        assert last - first == pytest.approx(tail - lead, abs=0.03)  # whole
    for gap, pause in zip(gaps, own, strict=True):
        # Only what playback adds: espeak-ng's own pause alone was 0.30-0.36 s here.
        assert gap - pause <= 0.1
    for utterance, audio, (first, _), (lead, _) in zip(ids, audios, heard, spans, strict=True):
        words = [(t, e.mark) for t, e in events if e.kind == "word" and e.utterance == utterance]
        assert len(words) == len(audio.marks)
        errors = [t - (first - lead + m.sample / audio.sample_rate) for t, m in words if m]
        print(f"word events {min(errors) * 1000:+.0f}..{max(errors) * 1000:+.0f} ms")
        assert all(abs(error) < 0.25 for error in errors)
    assert [e.completed for _, e in events if e.kind == "finished"] == [True] * len(PAGE)
    assert not [e for _, e in events if e.kind == "error"]

    events.clear()
    ids = [speaker.speak(text) for text in PAGE]
    while not [e for _, e in events if e.kind == "started" and e.utterance == ids[1]]:
        time.sleep(0.01)
    time.sleep(0.6)
    idle_after, sound_after = stop_and_listen(speaker, recorder)
    assert idle_after < 0.1
    assert sound_after < 0.1
    finished = {e.utterance: e.completed for _, e in events if e.kind == "finished"}
    assert finished == {ids[0]: True, ids[1]: False, ids[2]: False}
