"""Playing audio through the system's own player, so a missing sound device becomes an error.

A player program per platform (paplay or aplay, afplay) rather than an audio library: nothing
to compile or bundle, `stop()` is a process kill, and its exit code and stderr tell us
when there is nowhere to play to, which pyttsx3's own playback silently ignored.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading

from core.errors import SpeechError
from core.i18n import tr
from core.speech.base import Audio

log = logging.getLogger(__name__)

_KILL_AFTER = 0.05  # seconds between asking a player to stop and killing it

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


class SystemAudioOutput:
    """Plays through paplay/aplay (Linux), afplay (macOS) or winsound (Windows).

    `player` forces one of "paplay", "aplay", "afplay", "winsound" (default: chosen for this
    system on first use); `device` is handed to paplay/aplay as their device name.
    """

    PLAYERS = ("paplay", "aplay", "afplay", "winsound")

    def __init__(self, player: str | None = None, device: str | None = None) -> None:
        if player is not None and player not in self.PLAYERS:
            raise ValueError(f"player must be one of {self.PLAYERS}, not {player!r}")
        self._player = player
        self._device = device
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._stopping = False

    @property
    def player(self) -> str:
        """The player in use, chosen once (asking the sound server costs a process)."""
        if self._player is None:
            if sys.platform == "win32":
                self._player = "winsound"
            elif sys.platform == "darwin":
                self._player = "afplay"
            else:
                self._player = "paplay" if sound_server_running() else "aplay"
            log.info("Playing speech with %s", self._player)
        return self._player

    def play(self, audio: Audio) -> None:
        """Play `audio` to the end or until `stop()`; SpeechError when nothing can play."""
        if not audio.samples:
            return
        if self.player == "winsound":
            self._play_winsound(audio)
        elif self.player == "afplay":
            self._play_afplay(audio)
        else:
            self._run_player(self._pipe_command(), audio.to_wav_bytes())

    def stop(self) -> None:
        """Silence the current audio; `play()` returns at once (any thread may call this)."""
        with self._lock:
            process = self._process
            self._stopping = True
        if self._player == "winsound":  # not self.player: stop() must never run pactl
            _winsound_stop()
        elif process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(_KILL_AFTER)
            except subprocess.TimeoutExpired:
                process.kill()

    def _pipe_command(self) -> list[str]:
        """paplay or aplay reading a WAV from stdin."""
        if self.player == "paplay":
            command = ["paplay"]
            if self._device:
                command.append(f"--device={self._device}")
            return command
        command = ["aplay", "-q", "-t", "wav"]
        if self._device:
            command += ["-D", self._device]
        return [*command, "-"]

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
                log.error("Cannot run the audio player %s: %s", command[0], exc)
                raise no_device_error() from exc
            self._process = process
        try:
            _, stderr = process.communicate(stdin)
        finally:
            with self._lock:
                self._process = None
                stopped = self._stopping
        if process.returncode != 0 and not stopped:
            log.error(
                "%s exited with %s: %s",
                command[0],
                process.returncode,
                stderr.decode("utf-8", "replace").strip(),
            )
            raise no_device_error()

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
                log.error("winsound could not play: %s", exc)
                raise no_device_error() from exc
