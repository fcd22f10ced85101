"""Live text in the window: the command that turns it on and off, and what it says.

The engine (`core.live.engine.LiveText`) watches the frame reader's newest frames on its
own thread (`core.live.loop.LiveLoop`) and reads on one more; each line it hands over is
posted to the UI thread, said through the announcer and added to the reading pane. Speech
counts as busy from the moment a line is handed over until the speech service has
finished it, so the engine never hands over a second line while the first waits to be
posted: speech stays at most one line behind the view. A screen reader cannot say when it
is done, so for it a line is given the time it takes to say at an ordinary pace.

Each stretch of live text (from on to off) is kept in the library as one document, a
paragraph per line said, once live text turns off (or Bitna closes).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject

from core.announce import Announcer, Role
from core.live.engine import LiveText
from core.live.loop import LiveLoop
from core.live.regions import LineReader
from core.ocr.base import OcrEngine
from core.plumbing.errors import message_for
from core.plumbing.frame_loop import LatestFrame
from core.plumbing.i18n import tr
from core.plumbing.workers import TaskRunner
from core.settings import Settings
from core.text.model import page_from_text
from gui.library_keeper import LibraryKeeper

log = logging.getLogger(__name__)

#: Lines of live text the reading pane keeps, newest last.
PANE_LINES = 40
#: A screen reader's pace, in characters a second, for the time a line takes to say.
SCREEN_READER_PACE = 14.0


class LiveTextController(QObject):
    """Carries out the live-text command for the window."""

    def __init__(
        self,
        *,
        latest: LatestFrame,
        ocr: OcrEngine,
        languages: Callable[[], str],
        announcer: Announcer,
        speech_busy: Callable[[], bool | None],
        show_text: Callable[[str], None],
        runner: TaskRunner,
        settings: Settings,
        before_start: Callable[[], None] = lambda: None,
        keeper: LibraryKeeper | None = None,
    ) -> None:
        super().__init__()
        self._ocr = ocr
        self._languages = languages
        self._announcer = announcer
        self._speech_busy = speech_busy
        self._show_text = show_text
        self._runner = runner
        self._before_start = before_start
        self._handed = 0  # lines handed over and not yet given to speech
        self._quiet_at = 0.0  # when a line given to a screen reader is likely said
        self._lock = threading.Lock()
        self._lines: deque[str] = deque(maxlen=PANE_LINES)
        self._keeper = keeper
        self._said: list[str] = []  # every line said since live text turned on
        self._reader = LineReader(ocr)
        self.live = LiveText(
            read_lines=self._reader,
            read_label=self._reader.label_lines,
            say=self._hand_over,
            is_speaking=self._busy,
            on_error=lambda error: runner.post(lambda: self._failed(error)),
        )
        self.loop = LiveLoop(latest, self.live)
        self.apply_settings(settings)

    def handlers(self) -> dict[str, Callable[[], None]]:
        """Command id → handler."""
        return {"live-text": self.toggle}

    def apply_settings(self, settings: Settings) -> None:
        self._choice = settings.live_text_languages
        self.live.announce_expiry = settings.live_text_expiry

    @property
    def languages(self) -> str:
        """The languages live text reads in ("eng+kor")."""
        return self._reader.languages

    @property
    def running(self) -> bool:
        return self.loop.running

    def toggle(self) -> None:
        if self.loop.running:
            self.stop()
            self._announcer.announce(tr("Live text off."), interrupt=True)
            return
        self._before_start()
        self._reader.languages = self._choice or self._languages()
        self._lines.clear()
        self._said = []
        self.loop.start()
        self._announcer.announce(
            tr(
                "Live text on. Hold text under the camera; each line is read as it comes into view."
            ),
            interrupt=True,
        )

    def stop(self) -> None:
        """Stop watching; a line already handed to speech is let go with the rest."""
        self.loop.stop()
        with self._lock:
            self._handed = 0
        self._keep()

    def shutdown(self) -> None:
        self.loop.stop()
        self.live.close()
        self._keep()

    def _keep(self) -> None:
        """Keep the lines said since live text turned on as one document in the library."""
        said, self._said = self._said, []
        if self._keeper is None or not said:
            return
        page = page_from_text("\n\n".join(said))
        languages = self._reader.languages or page.languages
        self._keeper.keep([dataclasses.replace(page, languages=languages)], "live")

    # From the engine's thread ---------------------------------------------------------------
    def _busy(self) -> bool:
        with self._lock:
            handed = self._handed
        if handed:
            return True
        busy = self._speech_busy()  # None: a screen reader, which cannot tell
        return busy if busy is not None else time.monotonic() < self._quiet_at

    def _hand_over(self, text: str, language: str | None) -> None:
        with self._lock:
            self._handed += 1
        self._runner.post(lambda: self._say(text, language))

    # On the UI thread ---------------------------------------------------------------------
    def _say(self, text: str, language: str | None) -> None:
        try:
            if self.loop.running:
                self._announcer.announce(text, Role.READING, language=language)
                self._quiet_at = time.monotonic() + len(text) / SCREEN_READER_PACE
                self._lines.append(text)
                self._said.append(text)
                self._show_text("\n".join(self._lines))
        finally:
            with self._lock:
                self._handed = max(0, self._handed - 1)

    def _failed(self, error: Exception) -> None:
        if not self.loop.running:
            return
        self.stop()
        fallback = tr("Live text stopped: Bitna could not read the picture. Please try again.")
        message = message_for(error, fallback, log=log, doing="Live text")
        self._announcer.announce(message, Role.ERROR, interrupt=True)
