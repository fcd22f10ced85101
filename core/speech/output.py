"""Playing audio through the system's own player, so a missing sound device becomes an error.

A player program per platform (pacat or aplay, afplay) rather than an audio library: nothing
to compile or bundle, `stop()` is a process kill, and its exit code and stderr tell us
when there is nowhere to play to, which pyttsx3's own playback silently ignores.

On Linux one player process stays open between utterances and is fed raw samples, so a page
read sentence by sentence has no gaps: a process per sentence (paplay, aplay) leaves
silences between sentences, in opening the stream and waiting for it to drain (measured:
benchmarks/README.md#playback).
PulseAudio's pacat also reports how far playback has got ("Time:" lines with -v), which
puts our clock of what has been heard on the server's; aplay gets the clock from the first
write. The process ends when stopped (the next utterance starts a new one), when the
sample rate changes, and after a few idle seconds, so the sound device is not held open.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass

from core.plumbing.errors import SpeechError
from core.plumbing.i18n import tr
from core.speech.base import SAMPLE_WIDTH, Audio

log = logging.getLogger(__name__)

_KILL_AFTER = 0.05  # seconds between asking a player to stop and killing it
STREAM_LATENCY_MS = 50  # pacat --latency-msec: how far ahead of the ear the server buffers
ALSA_BUFFER_US = 100_000  # aplay --buffer-time
ASSUMED_LATENCY = 0.02  # s from write to ear until the server says otherwise (aplay: always)
IDLE_CLOSE = 5.0  # seconds without audio after which the player process ends
MIN_SECONDS = 0.2  # shorter audio is padded with silence, or a stream may never start it
_CHECK = 0.02  # seconds between looks at the player process while audio plays
FIRST_REPORT_WAIT = 0.5  # s a new pacat has to report before its clock is guessed instead
_TIME_LINE = re.compile(rb"Time: (\d+(?:\.\d+)?) sec")

if sys.platform == "win32":
    import winsound

    def _winsound_play(wav: bytes) -> None:
        winsound.PlaySound(wav, winsound.SND_MEMORY | winsound.SND_NODEFAULT)

    def _winsound_stop() -> None:
        winsound.PlaySound(None, winsound.SND_PURGE)

else:

    def _winsound_play(wav: bytes) -> None:
        raise RuntimeError("winsound exists only on Windows")

    def _winsound_stop() -> None:
        """Nothing plays through winsound off Windows."""


def no_device_error() -> SpeechError:
    """The one message a user hears (reads) when sound cannot be played."""
    return SpeechError(
        tr(
            "No audio output device was found. Connect speakers or headphones, or check "
            "the sound settings. The text is still shown on screen."
        )
    )


def sound_server_running() -> bool:
    """Whether a PulseAudio or PipeWire server answers (`pactl info` succeeds)."""
    if shutil.which("pactl") is None:
        return False
    try:
        result = subprocess.run(["pactl", "info"], capture_output=True, timeout=3, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.info("pactl info failed: %s", exc)
        return False
    return result.returncode == 0


class _Stream:
    """One player process reading raw 16-bit mono PCM on stdin, and the clock of its audio.

    Positions are seconds of audio since the process started. `_end` is the monotonic time
    at which everything written will have been heard: predicted at each write (ASSUMED_LATENCY
    after it, or right after what is queued), then corrected by every "Time:" report of
    pacat, which is the server's own count of what has been heard.
    """

    def __init__(self, command: list[str], rate: int, reports: bool) -> None:
        self.name = command[0]
        self.rate = rate
        self._reports = reports  # the player prints "Time:" lines (pacat -v)
        self._born = time.monotonic()
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "LC_ALL": "C"},  # the reports we read are in English
        )
        self._lock = threading.Lock()
        self._written = 0.0
        self._end = 0.0
        self._reported = 0.0  # the last position the player reported
        self._report_count = 0
        self._advanced = False  # a report has shown playback moving
        self._messages: deque[str] = deque(maxlen=20)  # its last other lines, for the log
        self._reader = threading.Thread(
            target=self._read_messages, name=f"bitna-{self.name}", daemon=True
        )
        self._reader.start()

    def reserve(self, seconds: float) -> float:
        """Account for `seconds` about to be written; returns the position they start at."""
        with self._lock:
            start = self._written
            self._written += seconds
            self._end = max(self._end, time.monotonic() + ASSUMED_LATENCY) + seconds
            return start

    def write(self, samples: bytes) -> None:
        """Hand `samples` to the player; blocks while its pipe is full (OSError once it died)."""
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(samples)
        stdin.flush()

    def position(self) -> float:
        """Seconds of audio heard so far."""
        now = time.monotonic()
        with self._lock:
            predicted = self._written - max(0.0, self._end - now)
            if (
                self._reports
                and not self._advanced
                and (self._report_count or now < self._born + FIRST_REPORT_WAIT)
            ):
                # A new stream may start late (a sound server that was at rest): its next
                # sample is still to come until the server says it has played some.
                return min(predicted, self._reported - ASSUMED_LATENCY)
            return predicted

    def end_time(self) -> float:
        """When all audio written so far will have been heard (time.monotonic())."""
        with self._lock:
            return self._end

    def alive(self) -> bool:
        return self.process.poll() is None

    def messages(self) -> str:
        """What the player printed (its last lines), once it has exited."""
        self._reader.join(0.5)
        return " | ".join(self._messages)

    def close(self, kill: bool) -> None:
        """End the process: at once, or (`kill` False) asking it to exit first."""
        if self.process.poll() is None:
            if kill:
                self.process.kill()
            else:
                self.process.terminate()
                try:
                    self.process.wait(0.5)
                except subprocess.TimeoutExpired:
                    self.process.kill()
        self.process.wait()
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):  # unread samples in the pipe: it is gone anyway
                self.process.stdin.close()

    def _read_messages(self) -> None:
        """Read stderr until the process ends: timing reports, and messages for the log."""
        stderr = self.process.stderr
        assert stderr is not None
        pending = b""
        while chunk := os.read(stderr.fileno(), 4096):
            now = time.monotonic()
            *lines, pending = re.split(rb"[\r\n]", (pending + chunk).replace(b"\x1b[K", b""))
            for line in lines:
                match = _TIME_LINE.match(line)
                if match:
                    self._heard(float(match.group(1)), now)
                elif line.strip():
                    self._messages.append(line.decode("utf-8", "replace").strip())
        if pending.strip():
            self._messages.append(pending.decode("utf-8", "replace").strip())
        stderr.close()

    def _heard(self, position: float, now: float) -> None:
        """The server has played up to `position`: what is left plays on from `now`."""
        with self._lock:
            self._report_count += 1
            self._advanced = self._advanced or position > self._reported
            self._reported = position
            if position < self._written:
                self._end = now + self._written - position


@dataclass(frozen=True)
class _Playing:
    audio: Audio
    stream: _Stream
    start: float  # stream position of the audio's first sample


class SystemAudioOutput:
    """Plays through pacat/aplay (Linux), afplay (macOS) or winsound (Windows).

    `player` forces one of "pacat", "aplay", "afplay", "winsound" (default: chosen for this
    system on first use; "paplay" is taken as "pacat"); `device` is handed to pacat/aplay
    as their device name. pacat and aplay run as one process kept between utterances.
    """

    PLAYERS = ("pacat", "aplay", "afplay", "winsound")
    STREAMING = ("pacat", "aplay")

    def __init__(self, player: str | None = None, device: str | None = None) -> None:
        if player == "paplay":
            player = "pacat"  # the same program, from the same package
        if player is not None and player not in self.PLAYERS:
            raise ValueError(f"player must be one of {self.PLAYERS}, not {player!r}")
        self._player = player
        self._device = device
        self._choosing = threading.Lock()
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None  # afplay
        self._stopping = False
        self._stream: _Stream | None = None  # pacat, aplay
        self._playing: _Playing | None = None
        self._wake = threading.Event()  # set by stop()
        self._idle_timer: threading.Timer | None = None
        self._failing = False  # the last play failed: say why in the log once per outage

    @property
    def player(self) -> str:
        """The player in use, chosen once (asking the sound server costs a process)."""
        with self._choosing:  # play() and heard() may both ask first
            if self._player is None:
                if sys.platform == "win32":
                    self._player = "winsound"
                elif sys.platform == "darwin":
                    self._player = "afplay"
                else:
                    self._player = "pacat" if sound_server_running() else "aplay"
                log.info("Playing speech with %s", self._player)
            return self._player

    def play(self, audio: Audio) -> None:
        """Play `audio` to the end or until `stop()`; SpeechError when nothing can play.

        Returns when the last sample has been heard (as far as the player can tell).
        """
        if not audio.samples:
            return
        if self.player == "winsound":
            self._play_winsound(audio)
        elif self.player == "afplay":
            self._play_afplay(audio)
        else:
            self._play_stream(audio)
        if self._failing:
            log.info("Sound plays again through %s", self.player)
        self._failing = False

    def _failed(self, message: str, *args: object) -> SpeechError:
        """Log why playing failed (once per outage: without a sound device every utterance
        fails the same way) and return the error the user is told."""
        log.log(logging.DEBUG if self._failing else logging.ERROR, message, *args)
        self._failing = True
        return no_device_error()

    def heard(self, audio: Audio) -> float | None:
        """Seconds of `audio` heard so far, by the player's clock.

        Negative while it is still to come (also just before play() has taken it); None when
        this player cannot tell (afplay, winsound): then time it from the call to play().
        """
        if self.player not in self.STREAMING:
            return None
        with self._lock:
            playing = self._playing
        if playing is None or playing.audio is not audio:
            return -ASSUMED_LATENCY
        return playing.stream.position() - playing.start

    def stop(self) -> None:
        """Silence the current audio; `play()` returns at once (any thread may call this)."""
        with self._lock:
            process = self._process
            self._stopping = True
            stream = None
            if self._playing is not None:  # an idle stream is silent already: keep it
                stream, self._stream = self._stream, None
            self._wake.set()
        if self._player == "winsound":  # not self.player: stop() must never run pactl
            _winsound_stop()
        elif process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(_KILL_AFTER)
            except subprocess.TimeoutExpired:
                process.kill()
        if stream is not None:
            stream.close(kill=True)

    def close(self) -> None:
        """Stop, and end the player process kept between utterances."""
        self.stop()
        with self._lock:
            stream, self._stream = self._stream, None
            self._cancel_idle_close()
        if stream is not None:
            stream.close(kill=False)

    # --- pacat and aplay: one process for many utterances -----------------------------------

    def _stream_command(self, rate: int) -> list[str]:
        """pacat or aplay reading raw samples at `rate` from stdin, with a short buffer."""
        if self.player == "pacat":
            command = [
                *("pacat", "-v", "--playback", "--raw", "--format=s16le", "--channels=1"),
                *(f"--rate={rate}", f"--latency-msec={STREAM_LATENCY_MS}"),
                *("--client-name=Bitna", "--stream-name=Speech"),
            ]
            if self._device:
                command.append(f"--device={self._device}")
            return command
        command = [
            *("aplay", "-q", "-t", "raw", "-f", "S16_LE", "-c", "1", "-r", str(rate)),
            f"--buffer-time={ALSA_BUFFER_US}",
        ]
        if self._device:
            command += ["-D", self._device]
        return [*command, "-"]

    def _open_stream(self, rate: int) -> _Stream:
        """The stream to play at `rate`: the one kept open, else a new process. Under _lock."""
        stream = self._stream
        if stream is not None and stream.rate == rate and stream.alive():
            return stream
        if stream is not None:
            if not stream.alive():  # e.g. the sound server restarted while we were idle
                log.info("%s had ended (%s); starting it again", stream.name, stream.messages())
            threading.Thread(target=stream.close, args=(False,), daemon=True).start()
            self._stream = None
        command = self._stream_command(rate)
        try:
            self._stream = _Stream(command, rate, reports=self.player == "pacat")
        except OSError as exc:
            raise self._failed("Cannot run the audio player %s: %s", command[0], exc) from exc
        return self._stream

    def _play_stream(self, audio: Audio) -> None:
        samples = audio.samples
        short = int(MIN_SECONDS * audio.sample_rate) * SAMPLE_WIDTH - len(samples)
        if short > 0:
            samples += bytes(short)
        seconds = len(samples) / SAMPLE_WIDTH / audio.sample_rate
        with self._lock:
            self._cancel_idle_close()
            self._stopping = False
            self._wake = wake = threading.Event()
            stream = self._open_stream(audio.sample_rate)
            start = stream.reserve(seconds)
            self._playing = _Playing(audio, stream, start)
        try:
            self._feed(stream, samples, wake)
        finally:
            with self._lock:
                self._playing = None
                stopped = self._stopping
                if not stopped and self._stream is stream:
                    self._schedule_idle_close(stream)

    def _feed(self, stream: _Stream, samples: bytes, wake: threading.Event) -> None:
        """Write `samples`, then wait until they have been heard or stop() has come."""
        with contextlib.suppress(OSError):  # it died: stopped or failed, told apart below
            stream.write(samples)
        while stream.alive():
            left = stream.end_time() - time.monotonic()
            if left <= 0 or wake.wait(min(left, _CHECK)):
                return
        with self._lock:
            if self._stopping:
                return
            if self._stream is stream:
                self._stream = None
        stream.close(kill=True)
        raise self._failed(
            "%s exited with %s: %s", stream.name, stream.process.returncode, stream.messages()
        )

    def _schedule_idle_close(self, stream: _Stream) -> None:
        """End `stream` if no audio comes for IDLE_CLOSE seconds. Under _lock."""

        def close_if_idle() -> None:
            with self._lock:
                if self._stream is not stream or self._playing is not None:
                    return
                self._stream = None
                self._idle_timer = None
            stream.close(kill=False)

        self._idle_timer = threading.Timer(IDLE_CLOSE, close_if_idle)
        self._idle_timer.daemon = True
        self._idle_timer.start()

    def _cancel_idle_close(self) -> None:
        """Under _lock."""
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None

    # --- afplay and winsound: a call per utterance ----------------------------------------------

    def _run_player(self, command: list[str], stdin: bytes | None) -> None:
        """Run a player process to its end, and turn its failure into the user's error."""
        with self._lock:
            self._stopping = False
            try:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            except OSError as exc:
                raise self._failed(
                    "Cannot run the audio player %s: %s", command[0], exc
                ) from exc
            self._process = process
        try:
            _, stderr = process.communicate(stdin)
        finally:
            with self._lock:
                self._process = None
                stopped = self._stopping
        if process.returncode != 0 and not stopped:
            raise self._failed(
                "%s exited with %s: %s",
                command[0],
                process.returncode,
                stderr.decode("utf-8", "replace").strip(),
            )

    def _play_afplay(self, audio: Audio) -> None:
        """afplay cannot read a pipe, so it gets a temporary file."""
        handle, path = tempfile.mkstemp(prefix="bitna-", suffix=".wav")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(audio.to_wav_bytes())
            self._run_player(["afplay", path], None)
        finally:
            os.remove(path)

    def _play_winsound(self, audio: Audio) -> None:
        """Synchronous PlaySound from memory; `stop()` purges it from another thread."""
        with self._lock:
            self._stopping = False
        try:
            _winsound_play(audio.to_wav_bytes())
        except RuntimeError as exc:
            with self._lock:
                stopped = self._stopping
            if not stopped:
                raise self._failed("winsound could not play: %s", exc) from exc
