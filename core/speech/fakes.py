"""Stand-ins for tests and for running without sound: same interfaces, nothing audible.

The outputs take real synthesized audio (so timing and stop behaviour are real); the speech
services skip synthesis and report events at once, so UI code can be tested in isolation.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from collections.abc import Callable

from core.plumbing.errors import SpeechError
from core.speech.base import Audio, SpeechEvent, Voice, estimate_marks

log = logging.getLogger(__name__)

_FAKE_SAMPLE_RATE = 16000


class NullOutput:
    """Plays nothing and returns at once."""

    def play(self, audio: Audio) -> None:
        """Discard `audio`."""

    def stop(self) -> None:
        """Nothing to stop."""


class RecordingOutput:
    """Keeps every Audio it is asked to play; with `realtime`, takes as long as the audio.

    `error` makes every play() raise it, like a machine without a sound device.
    """

    def __init__(self, realtime: bool = False, error: SpeechError | None = None) -> None:
        self.realtime = realtime
        self.error = error
        self.played: list[Audio] = []
        self.started_at: list[float] = []  # time.monotonic() when each play() began
        self.completed: list[bool] = []  # False where stop() cut it short
        self.stops = 0
        self._stop = threading.Event()

    def play(self, audio: Audio) -> None:
        """Record `audio`; in realtime mode wait its duration unless stopped."""
        if self.error is not None:
            raise self.error
        self._stop.clear()
        self.started_at.append(time.monotonic())
        self.played.append(audio)
        interrupted = self.realtime and self._stop.wait(audio.duration)
        self.completed.append(not interrupted)

    def stop(self) -> None:
        """End the current play() at once."""
        self.stops += 1
        self._stop.set()


class _InstantSpeech:
    """A SpeechService that finishes each utterance before speak() returns."""

    emit_words = False

    def __init__(self) -> None:
        self._listeners: list[Callable[[SpeechEvent], None]] = []
        self._ids = itertools.count(1)
        self.rate = 175
        self.voice_choice: dict[str, str] = {}
        self.closed = False

    def speak(self, text: str, language: str | None = None) -> int:
        """Report started (and words) and finished at once, on the caller's thread."""
        utterance = next(self._ids)
        self._record(text, language)
        self._emit(SpeechEvent("started", utterance, text))
        if self.emit_words:
            for mark in estimate_marks(text, round(_seconds(text, self.rate) * _FAKE_SAMPLE_RATE)):
                self._emit(SpeechEvent("word", utterance, text, mark=mark))
        self._emit(SpeechEvent("finished", utterance, text, completed=True))
        return utterance

    def _record(self, text: str, language: str | None) -> None:
        """Hook for subclasses that keep what was said."""

    def stop(self) -> None:
        """Nothing is ever in progress."""

    def save_wav(
        self, text: str, path: str | os.PathLike[str], language: str | None = None
    ) -> float:
        """Write silence as long as the text would take, so file flows can be tested."""
        audio = Audio(
            bytes(2 * round(_seconds(text, self.rate) * _FAKE_SAMPLE_RATE)), _FAKE_SAMPLE_RATE
        )
        audio.save_wav(path)
        return audio.duration

    def add_listener(self, listener: Callable[[SpeechEvent], None]) -> None:
        """Listeners are called synchronously from speak()."""
        self._listeners.append(listener)

    def set_rate(self, words_per_minute: int) -> None:
        """Remembered in `.rate`."""
        self.rate = words_per_minute

    def set_voice(self, language: str, voice_id: str | None) -> None:
        """Remembered in `.voice_choice`."""
        if voice_id is None:
            self.voice_choice.pop(language, None)
        else:
            self.voice_choice[language] = voice_id

    def voices(self) -> list[Voice]:
        """No voices."""
        return []

    @property
    def is_busy(self) -> bool:
        """Never busy: every utterance ends inside speak()."""
        return False

    def wait_until_idle(self, timeout: float | None = None) -> bool:
        """Always idle."""
        return True

    def close(self) -> None:
        """Remembered in `.closed`."""
        self.closed = True

    def _emit(self, event: SpeechEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("A speech listener failed on %s", event.kind)


class NullSpeech(_InstantSpeech):
    """Says nothing, but reports "started" and "finished" so UI flows still move on."""


class RecordingSpeech(_InstantSpeech):
    """Keeps what would have been said, stopped and saved; emits word events too."""

    emit_words = True

    def __init__(self) -> None:
        super().__init__()
        self.spoken: list[tuple[str, str | None]] = []
        self.saved: list[tuple[str, str, str | None]] = []  # (text, path, language)
        self.stops = 0

    def _record(self, text: str, language: str | None) -> None:
        self.spoken.append((text, language))

    def stop(self) -> None:
        """Counted in `.stops`."""
        self.stops += 1

    def save_wav(
        self, text: str, path: str | os.PathLike[str], language: str | None = None
    ) -> float:
        """Record the call in `.saved` and write a silent WAV of plausible length."""
        self.saved.append((text, os.fspath(path), language))
        return super().save_wav(text, path, language)

    def voices(self) -> list[Voice]:
        """One English and one Korean voice, named like espeak-ng's."""
        return [
            Voice("gmw/en-US", "English (America)", ("en-us",)),
            Voice("ko", "Korean", ("ko",)),
        ]


def _seconds(text: str, words_per_minute: int) -> float:
    """How long `text` takes at `words_per_minute` (at least a tenth of a second)."""
    return max(0.1, len(text.split()) * 60 / max(1, words_per_minute))
