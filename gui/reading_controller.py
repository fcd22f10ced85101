"""The reading commands: moving through the page, speed, spelling, and saving or copying it.

Moving and spelling are the Qt-free ReadingFlow's; this wires them to commands and adds
what needs Qt: the reading pane's caret (read from the cursor), the save dialog and the
clipboard. Saving runs on a worker, since speaking a long page into a file takes seconds.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from core.announce import Announcer, Role
from core.plumbing.errors import message_for
from core.plumbing.i18n import tr
from core.plumbing.workers import TaskRunner
from core.reading.export import export_audio, export_page, mp3_available
from core.reading.flow import ReadingFlow
from core.reading.spoken import UnsureSpeech
from core.settings import SPEECH_RATE, Settings
from gui.reading_pane import ReadingPane

#: Saved with the page's structure (the page as read); text is saved as it is shown.
STRUCTURED = (".html", ".htm", ".docx", ".md", ".json")

log = logging.getLogger(__name__)

RATE_STEP = 25  # words per minute per press of Faster or Slower
_NAME_WORDS = 5  # words of the page's start in a suggested file name
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')

#: Asks where to save: (title, suggested path, file type filter) → the path, or None.
AskPath = Callable[[str, Path, str], Path | None]


def ask_save_path(parent: QWidget | None) -> AskPath:
    """Qt's save dialog (keyboard and screen-reader friendly, with an overwrite question)."""

    def ask(title: str, suggested: Path, filters: str) -> Path | None:
        chosen, selected = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        if not chosen:
            return None
        path = Path(chosen)
        suffix = re.search(r"\*(\.\w+)", selected)
        if not path.suffix and suffix:  # a name typed without one: the chosen kind's
            path = path.with_suffix(suffix.group(1))
        return path

    return ask


def documents_folder() -> Path:
    """The user's Documents folder, else their home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path.home()


def suggested_name(text: str, suffix: str, today: date | None = None) -> str:
    """A file name from the page's first words and the date: "Riverside Library 2026-11-25.txt"."""
    words = " ".join(text.split()[:_NAME_WORDS])
    words = " ".join(_UNSAFE.sub(" ", words).split()).strip(" .")[:60].strip()
    stamp = (today or date.today()).isoformat()
    return f"{words or tr('Bitna page')} {stamp}{suffix}"


class ReadingController(QObject):
    """Carries out the reading commands for the window."""

    def __init__(
        self,
        *,
        flow: ReadingFlow,
        announcer: Announcer,
        pane: ReadingPane,
        runner: TaskRunner,
        settings: Callable[[], Settings],
        change_settings: Callable[[Settings], None],
        ask_path: AskPath | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._flow = flow
        self._announcer = announcer
        self._pane = pane
        self._runner = runner
        self._settings = settings
        self._change_settings = change_settings
        self._ask_path = ask_path or ask_save_path(pane.window())
        self.saving = False

    def handlers(self) -> dict[str, Callable[[], None]]:
        """Command id → handler, for the reading commands."""
        flow = self._flow
        return {
            "faster": lambda: self.change_rate(+RATE_STEP),
            "slower": lambda: self.change_rate(-RATE_STEP),
            "previous-sentence": lambda: flow.move("sentence", -1),
            "next-sentence": lambda: flow.move("sentence", +1),
            "previous-line": lambda: flow.move("line", -1),
            "next-line": lambda: flow.move("line", +1),
            "previous-word": lambda: flow.move("word", -1),
            "next-word": lambda: flow.move("word", +1),
            "next-unsure": lambda: flow.move_unsure(+1),
            "previous-unsure": lambda: flow.move_unsure(-1),
            "spell-word": flow.spell_word,
            "go-to-start": flow.go_to_start,
            "go-to-end": flow.go_to_end,
            "read-from-cursor": self.read_from_cursor,
            "save-text": self.save_text,
            "save-audio": self.save_audio,
            "copy-text": self.copy_text,
            "summary": flow.summarise,
            "table-cell-down": lambda: flow.table_move(+1, 0),
            "table-cell-up": lambda: flow.table_move(-1, 0),
            "table-cell-right": lambda: flow.table_move(0, +1),
            "table-cell-left": lambda: flow.table_move(0, -1),
            "table-next-row": lambda: flow.table_row(+1),
            "table-previous-row": lambda: flow.table_row(-1),
            "table-header": flow.table_header,
            "table-where": flow.table_where,
        }

    def apply_settings(self, settings: Settings) -> None:
        unsure = UnsureSpeech(numbers=settings.unsure_numbers, words=settings.unsure_words)
        page = self._flow.page
        if unsure != self._flow.unsure and page is not None:
            self._pane.mark_unsure(unsure.offsets(page, 0, len(page.text)))
        self._flow.unsure = unsure
        self._flow.table_headers = "once" if settings.table_headers == "once" else "every"

    # Commands ---------------------------------------------------------------------------
    def change_rate(self, step: int) -> None:
        """Speak faster or slower; heard at once when reading (it goes on from the word)."""
        settings = self._settings()
        rate = SPEECH_RATE.clamp(settings.speech_rate + step)
        if rate == settings.speech_rate:
            limit = tr("fastest") if step > 0 else tr("slowest")
            self._announcer.announce(tr("Already the {limit} speed.", limit=limit))
            return
        self._change_settings(dataclasses.replace(settings, speech_rate=rate))
        reading = self._flow.reading
        message = (
            tr("Faster: {rate} words per minute.", rate=rate)
            if step > 0
            else tr("Slower: {rate} words per minute.", rate=rate)
        )
        # Reading, the new speed itself is the answer: show it, and go on at that speed.
        self._announcer.announce(message, speak=not reading)
        self._flow.refresh()

    def read_from_cursor(self) -> None:
        """Read on from the caret in the reading pane."""
        position = self._pane.caret_position()
        if position is None:
            self._announcer.announce(tr("There is no page yet. Press Read first."))
            return
        self._flow.read_from(position)

    def copy_text(self) -> None:
        text = self._page_text()
        if text is None:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self._announcer.announce(tr("The page's text is copied."))

    def save_text(self) -> None:
        """Save the page as text as shown, or as a web page or Word document with its
        headings, fields and tables."""
        text = self._page_text()
        if text is None:
            return
        filters = ";;".join(
            (tr("Text files (*.txt)"), tr("Web pages (*.html)"), tr("Word documents (*.docx)"))
        )
        path = self._ask(tr("Save text"), suggested_name(text, ".txt"), filters)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".txt")
        shown, read = self._flow.page, self._flow.read_page
        page = read if read is not None and path.suffix.lower() in STRUCTURED else shown
        assert page is not None
        self._runner.submit(
            lambda: export_page(page, path),
            lambda _result, error: self._saved(path, error, None),
        )

    def save_audio(self) -> None:
        text = self._page_text()
        if text is None:
            return
        if self.saving:
            self._announcer.announce(tr("A sound file is being saved. Please wait."))
            return
        mp3 = mp3_available()
        filters = tr("Sound files (*.mp3 *.wav)") if mp3 else tr("Sound files (*.wav)")
        suffix = ".mp3" if mp3 else ".wav"
        path = self._ask(tr("Save audio"), suggested_name(text, suffix), filters)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(suffix)
        rate = self._settings().speech_rate
        self.saving = True
        self._announcer.announce(tr("Saving the sound file."))
        self._runner.submit(
            lambda: export_audio(text, path, rate=rate),
            lambda seconds, error: self._audio_saved(path, seconds, error),
        )

    # Helpers ----------------------------------------------------------------------------
    def _page_text(self) -> str | None:
        page = self._flow.page
        if page is None or not page.text.strip():
            self._announcer.announce(tr("There is no page yet. Press Read first."))
            return None
        return page.text

    def _ask(self, title: str, name: str, filters: str) -> Path | None:
        path = self._ask_path(title, documents_folder() / name, filters)
        if path is None:
            self._announcer.announce(tr("Not saved."))
        return path

    def _audio_saved(self, path: Path, seconds: float | None, error: BaseException | None) -> None:
        self.saving = False
        self._saved(path, error, seconds)

    def _saved(self, path: Path, error: BaseException | None, seconds: float | None) -> None:
        if error is not None:
            generic = tr("The file could not be saved because of an error in Bitna.")
            message = message_for(error, generic, log=log, doing=f"Saving {path}")
            self._announcer.announce(message, Role.ERROR)
            return
        if seconds is None:
            self._announcer.announce(tr("Saved {name}.", name=path.name))
        else:
            minutes, rest = divmod(round(seconds), 60)
            self._announcer.announce(
                tr(
                    "Saved {name}: {minutes} min {seconds} s of speech.",
                    name=path.name,
                    minutes=minutes,
                    seconds=rest,
                )
            )
