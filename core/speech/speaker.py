"""The speech service: a queue of utterances spoken one after another on a thread of its own.

Synthesis and playback happen on the speech thread so `speak()` never blocks the window.
Playback runs on a helper thread while the speech thread watches the clock, so "word"
events follow what the listener hears (play start + mark offset), not how fast the
synthesizer ran, and every event still comes from the speech thread, in order. An output
that knows how much of the audio has been heard (`heard(audio)`, as SystemAudioOutput's
streams do) sets that clock, so a slow start of the sound stream does not put words early.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from core.plumbing.errors import SpeechError
from core.plumbing.i18n import tr
from core.speech.base import (
    Audio,
    AudioOutput,
    SpeechEvent,
    Synthesizer,
    Voice,
    WordMark,
)
from core.text.script import language_of

log = logging.getLogger(__name__)

DEFAULT_RATE = 175  # espeak-ng's own default, in words per minute
MIN_RATE = 80
MAX_RATE = 900
_STOP_RETRY = 0.02  # seconds between stop() calls while a player is slow to return
_CLOCK_CHECK = 0.05  # seconds between looks at an output's own clock while waiting for a word

Listener = Callable[[SpeechEvent], None]


@dataclass(frozen=True)
class _Utterance:
    id: int
    text: str
    language: str


class Speaker:
    """`SpeechService` over any `Synthesizer` and `AudioOutput`.

    Listeners are called from the speech thread; they must not block it (a Qt listener
    should only emit a signal). `is_busy` stays True until the last "finished" event has
    been delivered, so never wait for idle inside a listener.
    """

    def __init__(
        self, synthesizer: Synthesizer, output: AudioOutput, rate: int = DEFAULT_RATE
    ) -> None:
        self._synthesizer = synthesizer
        self._output = output
        self._rate = _clamp_rate(rate)
        self._voice_choice: dict[str, str] = {}
        self._voices: list[Voice] | None = None
        self._listeners: list[Listener] = []
        self._ids = itertools.count(1)
        self._lock = threading.Condition()
        self._queue: deque[_Utterance] = deque()
        self._dropped: list[_Utterance] = []
        self._current: _Utterance | None = None
        self._stopped = False  # stop() came for the current utterance
        self._wake = threading.Event()  # set by stop() or when playback ends
        self._closing = False
        self._failure: str | None = None  # the last failure logged, until speech works
        self._worker = threading.Thread(target=self._run, name="bitna-speech", daemon=True)
        self._worker.start()

    # --- SpeechService -----------------------------------------------------------------

    def speak(self, text: str, language: str | None = None) -> int:
        """Queue `text`; language None means "ko" when it has Hangul, else "en"."""
        utterance = _Utterance(next(self._ids), text, (language or language_of(text)).lower())
        with self._lock:
            if self._closing:
                raise RuntimeError("speak() after close()")
            self._queue.append(utterance)
            self._lock.notify_all()
        return utterance.id

    def stop(self) -> None:
        """Drop everything queued and silence the current utterance."""
        with self._lock:
            self._dropped.extend(self._queue)
            self._queue.clear()
            if self._current is not None:
                self._stopped = True
                self._wake.set()
            self._lock.notify_all()
        self._output.stop()

    def save_wav(
        self, text: str, path: str | os.PathLike[str], language: str | None = None
    ) -> float:
        """Write `text` as a WAV file with the voice and rate it would be spoken with."""
        audio = self._synthesize(text, (language or language_of(text)).lower())
        try:
            audio.save_wav(path)
        except OSError as exc:
            log.error("Cannot write %s: %s", path, exc)
            raise SpeechError(
                tr(
                    "The sound file {path} could not be saved. Check that the folder exists "
                    "and that there is free space.",
                    path=os.fspath(path),
                )
            ) from exc
        return audio.duration

    def add_listener(self, listener: Listener) -> None:
        """Call `listener` with every SpeechEvent (from the speech thread)."""
        with self._lock:
            self._listeners.append(listener)

    def set_rate(self, words_per_minute: int) -> None:
        """Speaking speed in words per minute (80–900).

        It applies from the next utterance synthesized, queued ones included, so a change
        is heard soon while a long text is being read.
        """
        self._rate = _clamp_rate(words_per_minute)

    def set_voice(self, language: str, voice_id: str | None) -> None:
        """Use `voice_id` for text in `language` ("en", "ko"); None chooses automatically.

        Like the rate, it applies from the next utterance synthesized, queued ones included.
        """
        with self._lock:
            if voice_id is None:
                self._voice_choice.pop(language.lower(), None)
            else:
                self._voice_choice[language.lower()] = voice_id

    def voices(self) -> list[Voice]:
        """The synthesizer's voices (asked once)."""
        if self._voices is None:
            self._voices = self._synthesizer.voices()
        return list(self._voices)

    @property
    def is_busy(self) -> bool:
        """Whether anything is queued, playing, or still owed a "finished" event."""
        with self._lock:
            return self._busy()

    def wait_until_idle(self, timeout: float | None = None) -> bool:
        """Block until everything queued has finished; False on timeout."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._busy(), timeout)

    def close(self) -> None:
        """Stop speaking and end the speech thread; speak() afterwards raises RuntimeError."""
        with self._lock:
            self._closing = True
        self.stop()
        close_output = getattr(self._output, "close", None)
        if callable(close_output):  # e.g. the player process SystemAudioOutput keeps open
            close_output()
        if threading.current_thread() is self._worker:
            return  # close() from a listener: the thread ends once this event returns
        self._worker.join(timeout=2)
        if self._worker.is_alive():
            log.error("The speech thread did not end within 2 s")

    # --- voices --------------------------------------------------------------------------

    def voice_for(self, language: str) -> Voice | None:
        """The voice `language` is spoken with: the chosen one, else the first that fits."""
        with self._lock:
            choice = dict(self._voice_choice)
        return choose_voice(self.voices(), language, choice)

    def _synthesize(self, text: str, language: str) -> Audio:
        voice = self.voice_for(language)
        return self._synthesizer.synthesize(text, voice.id if voice else None, self._rate)

    # --- the speech thread ------------------------------------------------------------------

    def _busy(self) -> bool:
        return bool(self._queue or self._dropped or self._current)

    def _run(self) -> None:
        """Take utterances one at a time until close()."""
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._closing or self._queue or self._dropped)
                dropped, self._dropped = self._dropped, []
                utterance = self._queue.popleft() if self._queue else None
                if utterance is None and not dropped and self._closing:
                    return
                self._current = utterance
                self._stopped = False
                self._wake = threading.Event()
            for gone in dropped:
                self._emit(SpeechEvent("finished", gone.id, gone.text, completed=False))
            if utterance is not None:
                self._speak_one(utterance)
            with self._lock:
                self._current = None
                self._lock.notify_all()

    def _speak_one(self, utterance: _Utterance) -> None:
        """Synthesize, play with word events on the audio clock, then report how it ended."""
        completed = False
        try:
            audio = self._synthesize(utterance.text, utterance.language)
            if not self._stop_requested():
                self._emit(SpeechEvent("started", utterance.id, utterance.text))
                completed = self._play(utterance, audio)
        except SpeechError as exc:
            # Once per outage: without a sound device every utterance fails the same way.
            repeated = exc.message == self._failure
            log.log(logging.DEBUG if repeated else logging.ERROR, "Speech failed: %s", exc.message)
            self._failure = exc.message
            self._emit(SpeechEvent("error", utterance.id, utterance.text, error=exc))
        except Exception:
            log.exception("Speech failed for utterance %d", utterance.id)
            error = SpeechError(tr("Speech stopped because of an unexpected problem. Try again."))
            self._emit(SpeechEvent("error", utterance.id, utterance.text, error=error))
        if completed:
            self._failure = None
        self._emit(SpeechEvent("finished", utterance.id, utterance.text, completed=completed))

    def _play(self, utterance: _Utterance, audio: Audio) -> bool:
        """Play on a helper thread; emit each mark when the clock reaches it. True if whole."""
        failure: list[BaseException] = []
        done = threading.Event()
        wake = self._wake

        def play() -> None:
            try:
                self._output.play(audio)
            except BaseException as exc:
                failure.append(exc)
            finally:
                done.set()
                wake.set()

        player = threading.Thread(target=play, name="bitna-playback", daemon=True)
        clock = _Clock(self._output, audio)
        player.start()
        marks = list(audio.marks)
        while marks:
            due = marks[0].sample / audio.sample_rate - clock.elapsed()
            if due <= 0:
                self._emit_word(utterance, marks.pop(0))
            elif wake.wait(due if clock.own else min(due, _CLOCK_CHECK)):
                break
        wake.wait()  # playback ended, or stop() was called
        while not done.is_set():  # stopped: repeat, as stop() may have beaten the player's start
            self._output.stop()
            done.wait(_STOP_RETRY)
        player.join()
        if failure:
            raise failure[0]
        if self._stop_requested():
            return False
        for mark in marks:  # playback ended a little before the clock did
            self._emit_word(utterance, mark)
        return True

    def _stop_requested(self) -> bool:
        with self._lock:
            return self._stopped

    def _emit_word(self, utterance: _Utterance, mark: WordMark) -> None:
        self._emit(SpeechEvent("word", utterance.id, utterance.text, mark=mark))

    def _emit(self, event: SpeechEvent) -> None:
        """Give `event` to every listener; a failing listener is logged, not fatal."""
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                log.exception("A speech listener failed on %s", event.kind)


class _Clock:
    """Seconds of one audio heard so far: the output's own count, or time since play()."""

    def __init__(self, output: AudioOutput, audio: Audio) -> None:
        self._heard: Callable[[Audio], float | None] | None = getattr(output, "heard", None)
        self._audio = audio
        self._start = time.monotonic()
        self.own = self._heard is None  # only the wall clock: no need to look again

    def elapsed(self) -> float:
        if self._heard is not None:
            seconds = self._heard(self._audio)
            if seconds is not None:
                return seconds
            self._heard = None  # this output cannot tell
            self.own = True
        return time.monotonic() - self._start


def choose_voice(voices: list[Voice], language: str, choice: dict[str, str]) -> Voice | None:
    """The voice for `language`: the one chosen for it (`choice`, by language), else the
    first that speaks it; None when none does. Shared by speech and the sound-file export."""
    code = language.lower()
    chosen = choice.get(code) or choice.get(code.split("-")[0])
    if chosen:
        for voice in voices:
            if voice.id == chosen:
                return voice
        log.warning("Voice %r is not installed; choosing one for %r", chosen, code)
    for candidate in (code, code.split("-")[0]):
        for voice in voices:
            if voice.speaks(candidate):
                return voice
    log.warning("No voice for language %r; using the synthesizer's default", code)
    return None


def _clamp_rate(words_per_minute: int) -> int:
    rate = max(MIN_RATE, min(MAX_RATE, int(words_per_minute)))
    if rate != words_per_minute:
        log.info("Speech rate %s is out of range; using %d", words_per_minute, rate)
    return rate
