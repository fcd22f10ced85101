"""The Read and Stop commands as a Qt-free flow: capture → recognise → show → speak.

The window and tests drive the same object. Recognition runs on the runner given (a worker
thread in the app, inline in tests); results come back as `(result, error)` and are applied
here. A generation counter makes Stop win over a recognition still running: its late result
is dropped instead of starting to speak after the user asked for silence.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.announce import Announcer, Role
from core.errors import UserFacingError
from core.i18n import tr
from core.ocr.model import PageText
from core.pipeline import ReadPipeline, ReadResult
from core.reading import Chunk, split_for_speech
from core.speech.base import SpeechEvent
from core.workers import TaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SpokenWord:
    """A word being spoken now, as an offset and length in the page's text."""

    start: int
    length: int


class ReadingFlow:
    """Carries out Read and Stop, and tells the window what to show."""

    def __init__(
        self,
        *,
        capture: Callable[[], np.ndarray | None],
        pipeline: Callable[[], ReadPipeline],
        runner: TaskRunner,
        announcer: Announcer,
        on_page: Callable[[PageText], None] = lambda page: None,
        on_word: Callable[[SpokenWord], None] = lambda word: None,
    ) -> None:
        self._capture = capture
        self._pipeline = pipeline
        self._runner = runner
        self._announcer = announcer
        self._on_page = on_page
        self._on_word = on_word
        self._generation = 0
        # Sentences handed to speech and not yet started, in order; and those started, by
        # utterance id. Matching on "started" (not on speak()'s return value) works whether
        # speech events arrive later on another thread or at once inside speak().
        self._queued: deque[Chunk] = deque()
        self._speaking: dict[int, Chunk] = {}
        #: Where in the page text speech is (the word last heard), for pause and resume.
        self.position = 0
        self.paused = False
        self.page: PageText | None = None

    def read(self) -> None:
        """Capture the newest frame and read it aloud."""
        frame = self._capture()
        if frame is None:
            self._announcer.announce(
                tr("There is no picture from the camera yet. Wait a moment and try again."),
                Role.ERROR,
                interrupt=True,
            )
            return
        self._generation += 1
        generation = self._generation
        self._forget_sentences()
        self._announcer.announce(tr("Reading."), interrupt=True)
        pipeline = self._pipeline()
        self._runner.submit(
            lambda: pipeline.read(frame),
            lambda result, error: self._recognised(generation, result, error),
        )

    def stop(self) -> None:
        """Silence speech and forget any recognition still running."""
        self._generation += 1
        self.paused = False
        self._forget_sentences()
        if self._announcer.speech is not None:
            self._announcer.speech.stop()
        self._announcer.announce(tr("Stopped."), speak=False)

    def pause(self) -> None:
        """Pause reading at the word being spoken, or go on from where it paused."""
        if self.paused and self.page is not None:
            self.paused = False
            self._announcer.announce(tr("Going on."), speak=False)
            self.speak_page(self.page, self.position)
            return
        if not (self._speaking or self._queued):
            self._announcer.announce(tr("Nothing is being read."), speak=False)
            return
        self.paused = True
        self._forget_sentences()
        if self._announcer.speech is not None:
            self._announcer.speech.stop()
        self._announcer.announce(tr("Paused."), speak=False)

    def on_speech_event(self, event: SpeechEvent) -> None:
        """Map a spoken word back to the page (call on the UI thread)."""
        if event.kind == "started" and self._queued and self._queued[0].text == event.text:
            started = self._queued.popleft()
            self._speaking[event.utterance] = started
            self.position = started.start
            return
        chunk = self._speaking.get(event.utterance)
        if chunk is None:
            return
        if event.kind == "word" and event.mark is not None:
            self.position = chunk.start + event.mark.start
            self._on_word(SpokenWord(self.position, event.mark.length))
        elif event.kind == "finished":
            del self._speaking[event.utterance]
            if event.completed and not self._speaking and not self._queued:
                self._announcer.announce(tr("End of page."), speak=False)

    def _forget_sentences(self) -> None:
        self._queued.clear()
        self._speaking.clear()

    def _recognised(
        self, generation: int, result: ReadResult | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:
            log.info("Dropping a recognition that was stopped")
            return
        if error is not None:
            self._report(error)
            return
        assert result is not None
        page = result.page
        if page.is_empty:
            self._announcer.announce(
                tr("No text found. Put the page under the camera, in good light, and try again."),
                Role.ERROR,
                interrupt=True,
            )
            return
        self.page = page
        self._on_page(page)
        self.speak_page(page)

    def speak_page(self, page: PageText, start: int = 0) -> None:
        """Speak the page from offset `start`, sentence by sentence, keeping each one's place."""
        self._forget_sentences()
        self.paused = False
        self.position = start
        for piece in split_for_speech(page.text[start:]):
            chunk = Chunk(piece.text, piece.start + start, piece.language)
            self._queued.append(chunk)
            if self._announcer.announce(chunk.text, Role.READING, language=chunk.language) is None:
                self._queued.pop()  # Not spoken (no speech service): nothing to follow.

    def _report(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            message = error.message
        else:
            log.error("Reading failed", exc_info=error)
            message = tr("Reading failed because of an error in Bitna. Please try again.")
        self._announcer.announce(message, Role.ERROR, interrupt=True)
