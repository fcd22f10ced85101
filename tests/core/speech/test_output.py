"""SystemAudioOutput's kept-open player process, against a fake pacat/aplay that plays in real time.

The fake reads raw samples, "plays" them on the clock (after an optional start delay), prints
pacat's "Time:" reports and can fail or die on request, so the stream logic is tested
without a sound server. tests/core/speech/test_playback.py plays through a real PulseAudio.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.plumbing.errors import SpeechError
from core.speech import Audio, Speaker, SpeechEvent, SystemAudioOutput, Voice
from core.speech import output as output_module
from core.speech.base import estimate_marks
from core.speech.output import no_device_error

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux players")

FAKE_PLAYER = """\
import json, os, sys, threading, time

name = os.path.basename(sys.argv[0])
begin = time.monotonic() + float(os.environ.get("FAKE_PLAYER_DELAY", "0"))  # plays from then
with open(os.environ["FAKE_PLAYER_LOG"], "a") as log:
    log.write(json.dumps({"pid": os.getpid(), "argv": sys.argv, "begin": begin}) + "\\n")
if os.environ.get("FAKE_PLAYER_FAIL"):
    sys.stderr.write("Connection failure: Connection refused\\n")
    sys.exit(1)
if name == "pacat":
    rate = int(next(a for a in sys.argv if a.startswith("--rate=")).split("=")[1])
else:
    rate = int(sys.argv[sys.argv.index("-r") + 1])
die_after = float(os.environ.get("FAKE_PLAYER_DIE", "inf"))
lock = threading.Lock()
state = {"received": 0.0, "eof": False}

def read():
    while data := os.read(0, 65536):
        with lock:
            state["received"] += len(data) / 2 / rate
    with lock:
        state["eof"] = True

threading.Thread(target=read, daemon=True).start()
played, last, reported = 0.0, time.monotonic(), 0.0
while True:
    time.sleep(0.005)
    now = time.monotonic()
    with lock:
        if now > begin:
            played = min(state["received"], played + now - max(last, begin))
        done = state["eof"] and played >= state["received"]
    last = now
    if played > die_after:
        sys.stderr.write("Stream error: the device went away\\n")
        sys.exit(2)
    if name == "pacat" and now - reported >= 0.05:
        sys.stderr.write(f"Time: {played:.3f} sec; Latency: 0 usec.        \\r")
        sys.stderr.flush()
        reported = now
    if done:
        break
"""


class FakePlayers:
    """Fake pacat and aplay first on PATH; `started()` lists each process they ran."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.log = tmp_path / "players.jsonl"
        self.log.touch()
        self._monkeypatch = monkeypatch
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        for name in ("pacat", "aplay"):
            script = bin_dir / name
            script.write_text(f"#!{sys.executable}\n{FAKE_PLAYER}")
            script.chmod(0o755)
        monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
        monkeypatch.setenv("FAKE_PLAYER_LOG", str(self.log))

    def set(self, **settings: object) -> None:
        """FAKE_PLAYER_<NAME> for the next processes: delay, die, fail."""
        for name, value in settings.items():
            self._monkeypatch.setenv(f"FAKE_PLAYER_{name.upper()}", str(value))

    def started(self) -> list[dict]:
        return [json.loads(line) for line in self.log.read_text().splitlines()]


@pytest.fixture
def players(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakePlayers:
    return FakePlayers(tmp_path, monkeypatch)


@pytest.fixture
def make_output() -> Iterator[Callable[..., SystemAudioOutput]]:
    made: list[SystemAudioOutput] = []

    def make(player: str = "pacat") -> SystemAudioOutput:
        made.append(SystemAudioOutput(player=player))
        return made[-1]

    yield make
    for output in made:
        output.close()


def silence(seconds: float, rate: int = 22050) -> Audio:
    return Audio(bytes(2 * round(seconds * rate)), rate)


def timed(action: Callable[[], object]) -> float:
    start = time.monotonic()
    action()
    return time.monotonic() - start


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("player", ["pacat", "aplay"])
def test_one_process_plays_utterances_back_to_back(players, make_output, player) -> None:
    output = make_output(player)
    times = [timed(lambda: output.play(silence(0.4))) for _ in range(3)]
    assert len(players.started()) == 1
    assert all(0.38 < t < 0.55 for t in times), times
    if player == "pacat":
        argv = players.started()[0]["argv"]
        assert "--raw" in argv and "--rate=22050" in argv and "--channels=1" in argv
        assert any(a.startswith("--latency-msec=") for a in argv)


def test_play_waits_for_what_the_server_says_was_heard(players, make_output) -> None:
    """A stream that starts late (as on an idle PulseAudio null sink) is followed, not guessed."""
    players.set(delay=0.6)
    output = make_output()
    audio = silence(0.5)
    seen: list[tuple[float, float | None]] = []
    player = threading.Thread(target=output.play, args=(audio,))
    player.start()
    while player.is_alive():
        seen.append((time.monotonic(), output.heard(audio)))
        time.sleep(0.02)
    ended = time.monotonic()
    begin = players.started()[0]["begin"]  # when the fake began to play, on our clock
    assert ended - begin == pytest.approx(0.5, abs=0.08)
    assert all(h is not None and h < 0 for t, h in seen if t < begin - 0.02)
    assert all(h == pytest.approx(t - begin, abs=0.08) for t, h in seen if t > begin + 0.1)
    assert output.heard(audio) < 0  # no longer the audio being played


def test_words_wait_for_the_audio_to_be_heard(players, make_output) -> None:
    players.set(delay=0.6)
    rate = 8000
    text = "one two three four"
    audio = Audio(bytes(2 * rate), rate, estimate_marks(text, rate))

    class Synth:
        def voices(self) -> list[Voice]:
            return [Voice("en", "English", ("en",))]

        def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio:
            return audio

    speaker = Speaker(Synth(), make_output())
    events: list[tuple[float, SpeechEvent]] = []
    speaker.add_listener(lambda e: events.append((time.monotonic(), e)))
    speaker.speak(text)
    assert speaker.wait_until_idle(5)
    speaker.close()
    begin = players.started()[0]["begin"]
    words = [(t - begin, e.mark) for t, e in events if e.kind == "word" and e.mark]
    assert len(words) == 4
    for when, mark in words:  # late by up to one report of the player (every 50 ms)
        assert -0.02 < when - mark.sample / rate < 0.1


def test_a_new_sample_rate_starts_a_new_process(players, make_output) -> None:
    output = make_output()
    output.play(silence(0.2, 22050))
    output.play(silence(0.2, 16000))
    output.play(silence(0.2, 16000))
    started = players.started()
    assert len(started) == 2
    assert "--rate=22050" in started[0]["argv"] and "--rate=16000" in started[1]["argv"]
    deadline = time.monotonic() + 2
    while alive(started[0]["pid"]) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not alive(started[0]["pid"])


def test_stop_silences_at_once_and_the_next_play_starts_afresh(players, make_output) -> None:
    output = make_output()
    failures: list[BaseException] = []

    def play() -> None:
        try:
            output.play(silence(3))
        except BaseException as exc:
            failures.append(exc)

    player = threading.Thread(target=play)
    player.start()
    time.sleep(0.3)
    stopped_in = timed(output.stop)
    player.join(0.1)
    assert not player.is_alive()
    assert stopped_in < 0.1
    assert not failures
    assert not alive(players.started()[0]["pid"])
    output.stop()  # nothing playing: harmless
    assert timed(lambda: output.play(silence(0.3))) < 0.5
    assert len(players.started()) == 2


def test_stop_while_idle_keeps_the_process(players, make_output) -> None:
    output = make_output()
    output.play(silence(0.2))
    output.stop()
    output.play(silence(0.2))
    assert len(players.started()) == 1


def test_an_idle_player_is_closed(players, make_output, monkeypatch) -> None:
    monkeypatch.setattr(output_module, "IDLE_CLOSE", 0.2)
    output = make_output()
    output.play(silence(0.2))
    (first,) = players.started()
    time.sleep(0.8)
    assert not alive(first["pid"])
    output.play(silence(0.2))
    assert len(players.started()) == 2


def test_a_player_that_ended_while_idle_is_started_again(players, make_output) -> None:
    output = make_output()
    output.play(silence(0.2))
    os.kill(players.started()[0]["pid"], 9)
    time.sleep(0.1)
    output.play(silence(0.2))  # no error: the sound server may just have restarted
    assert len(players.started()) == 2


@pytest.mark.parametrize("player", ["pacat", "aplay"])
def test_a_player_that_cannot_connect_is_the_users_error(
    players, make_output, caplog, player
) -> None:
    players.set(fail=1)
    output = make_output(player)
    start = time.monotonic()
    with caplog.at_level(logging.ERROR), pytest.raises(SpeechError) as raised:
        output.play(silence(2))
    assert time.monotonic() - start < 1
    assert raised.value.message == no_device_error().message
    assert any(
        f"{player} exited with 1" in r.getMessage() and "Connection refused" in r.getMessage()
        for r in caplog.records
    )


def test_a_player_dying_mid_utterance_is_the_users_error(players, make_output) -> None:
    players.set(die=0.3)
    output = make_output()
    start = time.monotonic()
    with pytest.raises(SpeechError):
        output.play(silence(2))
    assert time.monotonic() - start < 1
    players.set(die="inf")
    output.play(silence(0.2))  # and the next utterance has a working player again


def test_a_missing_player_program_is_the_users_error(make_output, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SpeechError):
        make_output().play(silence(0.2))


def test_paplay_is_taken_as_pacat() -> None:
    assert SystemAudioOutput(player="paplay").player == "pacat"
    with pytest.raises(ValueError):
        SystemAudioOutput(player="mplayer")


@pytest.mark.skipif(shutil.which("pacat") is None, reason="needs pacat (pulseaudio-utils)")
def test_real_pacat_without_a_sound_server_reports_the_error_event(
    monkeypatch, tmp_path: Path
) -> None:
    """On this machine: no sound card, and PULSE_SERVER points nowhere."""
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-such-socket")
    rate = 8000

    class Synth:
        def voices(self) -> list[Voice]:
            return [Voice("en", "English", ("en",))]

        def synthesize(self, text: str, voice_id: str | None, rate_: int) -> Audio:
            return Audio(bytes(2 * rate), rate)

    speaker = Speaker(Synth(), SystemAudioOutput(player="pacat"))
    events: list[SpeechEvent] = []
    speaker.add_listener(events.append)
    try:
        for _ in range(2):  # the second proves the speech thread survived the first
            start = time.monotonic()
            events.clear()
            speaker.speak("Anything.")
            assert speaker.wait_until_idle(5)
            assert time.monotonic() - start < 1
            (error,) = [e for e in events if e.kind == "error"]
            assert error.error is not None
            assert error.error.message == no_device_error().message
            assert [e.completed for e in events if e.kind == "finished"] == [False]
    finally:
        speaker.close()


def test_an_outage_is_logged_once_until_sound_plays_again(players, make_output, caplog) -> None:
    """Without a device every utterance fails the same way: one error in the log, not one
    per sentence; once sound has played again, the next failure is news."""
    output = make_output("aplay")

    def errors() -> int:
        return sum(r.levelno == logging.ERROR for r in caplog.records)

    with caplog.at_level(logging.DEBUG):
        players.set(fail=1)
        for _ in range(3):
            with pytest.raises(SpeechError):
                output.play(silence(0.2))
        assert errors() == 1
        players.set(fail="")  # the player starts as it should again
        output.play(silence(0.2))
        players.set(fail=1)
        os.kill(players.started()[-1]["pid"], 9)  # the device goes: its player ends
        time.sleep(0.1)
        with pytest.raises(SpeechError):
            output.play(silence(0.2))
        assert errors() == 2
