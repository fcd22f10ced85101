"""Hands-free reading in the window: auto-capture, "Where is the page?" and book mode.

The scene watcher runs on its own thread (`core.scene.loop.SceneLoop`) over the frame
reader's newest frames, so the live view never waits for it; what it decides (read this
frame, say this advice) is posted to the UI thread. Framing checks, book pages' OCR and
saving the book run on a worker. Outside book mode a captured page is read by the normal
reading flow (`read_frame`); in book mode the pages of a spread are recognised here, kept
in the `Book`, and spoken through `speak_page` with their numbers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core.announce import Announcer, Role
from core.plumbing.errors import message_for
from core.plumbing.i18n import tr
from core.plumbing.workers import TaskRunner
from core.reading.export import mp3_available
from core.reading.flow import READING
from core.reading.pipeline import ReadPipeline
from core.scene.autocapture import AutoCapture
from core.scene.book import Book, read_pages, titled
from core.scene.framing import Framing, assess
from core.scene.loop import LatestFrame, SceneLoop
from core.settings import Settings
from core.text.model import PageText
from gui.goto_page_dialog import GoToPageDialog
from gui.library_keeper import Growing, LibraryKeeper
from gui.reading_controller import AskPath, ask_save_path, documents_folder

log = logging.getLogger(__name__)


class HandsFreeController(QObject):
    """Carries out the hands-free commands for the window."""

    def __init__(
        self,
        *,
        latest: LatestFrame,
        current_frame: Callable[[], np.ndarray | None],
        read_frame: Callable[[np.ndarray], None],
        speak_page: Callable[[PageText], None],
        is_reading: Callable[[], bool],
        stop_reading: Callable[[], None],
        pipeline: Callable[[], ReadPipeline],
        announcer: Announcer,
        runner: TaskRunner,
        settings: Settings,
        parent_widget: QWidget | None = None,
        ask_path: AskPath | None = None,
        ask_page: Callable[[int, int], int | None] | None = None,
        keeper: LibraryKeeper | None = None,
    ) -> None:
        super().__init__()
        self._current_frame = current_frame
        self._read_frame = read_frame
        self._speak_page = speak_page
        self._is_reading = is_reading
        self._stop_reading = stop_reading
        self._pipeline = pipeline
        self._announcer = announcer
        self._runner = runner
        self._parent = parent_widget
        self._ask_path = ask_path or ask_save_path(parent_widget)
        self._ask_page = ask_page or self._page_dialog
        self._rate: int | None = settings.speech_rate
        self.capture = AutoCapture(
            read_frame=lambda frame: runner.post(lambda: self._read(frame)),
            say=lambda text: runner.post(lambda: self._say(text)),
            is_busy=lambda: is_reading() or self._book_busy,
            interrupt=lambda: runner.post(self._stop_reading),
        )
        self.loop = SceneLoop(latest, self.capture)
        self.book = Book()
        self._keeper = keeper
        #: The book as kept in the library: one document that grows page by page.
        self._kept_book: Growing | None = None
        self.book_mode = False
        self._generation = 0
        self._book_busy = False  # a book page is being recognised
        self._book_next: np.ndarray | None = None  # and this one waits for it
        #: Called before auto-capture starts (live text, which would talk over it, stops).
        self.before_auto_capture: Callable[[], None] = lambda: None
        self.apply_settings(settings)

    # Wiring -------------------------------------------------------------------------------
    def handlers(self) -> dict[str, Callable[[], None]]:
        """Command id → handler, for the hands-free commands."""
        return {
            "auto-capture": self.toggle_auto_capture,
            "where-is-page": self.where_is_page,
            "book-mode": self.toggle_book_mode,
            "next-page": lambda: self.turn(+1),
            "previous-page": lambda: self.turn(-1),
            "go-to-page": self.go_to_page,
            "export-book": self.export_book,
            "reread-page": self.reread_page,
        }

    def apply_settings(self, settings: Settings) -> None:
        self._rate = settings.speech_rate
        self.capture.configure(
            delay=settings.handsfree_delay_ms / 1000,
            sensitivity=settings.handsfree_sensitivity,
            interrupt_on_turn=settings.handsfree_turn == "interrupt",
        )

    def shutdown(self) -> None:
        self.loop.stop()

    def cancel(self) -> None:
        """Stop: forget the book pages being recognised, so they are not read out later."""
        self._generation += 1
        self._book_busy = False
        self._book_next = None

    @property
    def auto_capture(self) -> bool:
        return self.loop.running

    # Commands -----------------------------------------------------------------------------
    def toggle_auto_capture(self) -> None:
        if self.loop.running:
            self.loop.stop()
            self._say(tr("Auto-capture off."))
            return
        self.before_auto_capture()
        self.capture.forget()
        self.loop.start()
        self._say(
            tr("Auto-capture on. Put a page under the camera; it is read once it lies still.")
        )

    def stop_auto_capture(self) -> None:
        """Auto-capture off, said so (live text, which would talk over it, takes its place)."""
        if self.loop.running:
            self.loop.stop()
            self._announcer.announce(tr("Auto-capture off."), speak=False)

    def where_is_page(self) -> None:
        frame = self._current_frame()
        if frame is None:
            self._say(tr("There is no picture from the camera yet. Wait a moment and try again."))
            return
        self._runner.submit(lambda: assess(frame), self._framing_done)

    def _framing_done(self, framing: Framing | None, error: BaseException | None) -> None:
        if error is not None or framing is None:
            log.error("Framing check failed", exc_info=error)
            self._say(tr("Bitna could not look at the picture. Please try again."), Role.ERROR)
            return
        self._say(framing.advice())

    def toggle_book_mode(self) -> None:
        self.book_mode = not self.book_mode
        if self.book_mode:
            self.book = Book()
            self._kept_book = self._keeper.start("book") if self._keeper is not None else None
            self._say(
                tr(
                    "Book mode on. Each page read is kept; an open book is read left page, "
                    "then right page."
                )
            )
        else:
            self._say(tr("Book mode off. The book keeps its {count} pages.", count=len(self.book)))

    def read_by_hand(self) -> None:
        """The Read command reads the page in view: auto-capture must not read it again."""
        frame = self._current_frame()
        if frame is not None and self.auto_capture:
            self.capture.mark_read(frame)

    def read_now(self) -> None:
        """Read the page in view into the book (the Read command, in book mode)."""
        frame = self._current_frame()
        if frame is None:
            self._say(tr("There is no picture from the camera yet. Wait a moment and try again."))
            return
        self._read(frame)

    def turn(self, direction: int) -> None:
        if not self._has_pages():
            return
        page = self.book.step(direction)
        if page is None:
            if direction > 0:
                self._say(tr("That was the last page, page {number}.", number=len(self.book)))
            else:
                self._say(tr("This is the first page."))
            return
        self._speak_book_page(self.book.current)

    def go_to_page(self) -> None:
        if not self._has_pages():
            return
        number = self._ask_page(len(self.book), self.book.current)
        if number is None:
            return
        if self.book.go_to(number) is None:
            self._say(tr("There is no page {number}.", number=number), Role.ERROR)
            return
        self._speak_book_page(number)

    def reread_page(self) -> None:
        """The book's current page again; without a book, the page in view, read or not."""
        if self.book.pages:
            self._speak_book_page(self.book.current)
            return
        self.capture.forget()
        self.read_now()

    def export_book(self) -> None:
        if not self._has_pages():
            return
        mp3 = mp3_available()
        filters = (
            tr("Text files (*.txt)")
            + ";;"
            + (tr("Sound files (*.mp3 *.wav)") if mp3 else tr("Sound files (*.wav)"))
        )
        path = self._ask_path(tr("Save book"), documents_folder() / tr("Book.txt"), filters)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".txt")
        book, rate, count = self.book, self._rate, len(self.book)
        self._say(tr("Saving the book."))
        self._runner.submit(
            lambda: book.export(path, rate),
            lambda seconds, error: self._exported(path, count, seconds, error),
        )

    def _exported(
        self, path: Path, count: int, seconds: float | None, error: BaseException | None
    ) -> None:
        if error is not None:
            self._report(error)
            return
        if seconds is None:
            self._say(tr("Saved {count} pages as {name}.", count=count, name=path.name))
        else:
            self._say(
                tr(
                    "Saved {count} pages as {name}, {minutes} minutes of sound.",
                    count=count,
                    name=path.name,
                    minutes=max(1, round(seconds / 60)),
                )
            )

    # Reading ------------------------------------------------------------------------------
    def _read(self, frame: np.ndarray) -> None:
        """Read a frame auto-capture chose (UI thread): into the book in book mode."""
        if not self.book_mode:
            self._read_frame(frame)
            return
        if self._book_busy:  # every page is kept, in order: this one comes next
            self._book_next = frame
            return
        self._book_busy = True
        generation = self._generation
        pipeline = self._pipeline()
        self._announcer.announce(tr(READING), interrupt=True)
        self._runner.submit(
            lambda: read_pages(frame, pipeline),
            lambda pages, error: self._book_pages_read(generation, pages, error, frame),
        )

    def _book_pages_read(
        self,
        generation: int,
        pages: list[PageText] | None,
        error: BaseException | None,
        frame: np.ndarray,
    ) -> None:
        if generation != self._generation:
            return  # stopped meanwhile
        self._book_busy = False
        try:
            self._keep_book_pages(pages, error, frame)
        finally:
            waiting, self._book_next = self._book_next, None
            if waiting is not None:
                self._read(waiting)

    def _keep_book_pages(
        self, pages: list[PageText] | None, error: BaseException | None, frame: np.ndarray
    ) -> None:
        if error is not None:
            self._report(error)
            return
        kept = [page for page in pages or [] if not page.is_empty]
        if not kept:
            self._say(
                tr("No text found. Put the page under the camera, in good light, and try again."),
                Role.ERROR,
            )
            return
        numbered = [(self.book.add(page), page) for page in kept]
        self._speak_page(titled(numbered))
        if self._keeper is not None and self._kept_book is not None:
            self._keeper.add(self._kept_book, kept, [frame] * len(kept))

    def _speak_book_page(self, number: int) -> None:
        page = self.book.page(number)
        if page is not None:
            if self._announcer.speech is not None:
                self._announcer.speech.stop()
            self._speak_page(titled([(number, page)]))

    def _has_pages(self) -> bool:
        if self.book.pages:
            return True
        self._say(
            tr("The book has no pages yet. Turn on book mode and put a page under the camera.")
        )
        return False

    def _page_dialog(self, count: int, current: int) -> int | None:
        dialog = GoToPageDialog(count, current, self._parent)
        if dialog.exec() != GoToPageDialog.DialogCode.Accepted:
            return None
        return dialog.number()

    def _say(self, text: str, role: Role = Role.STATUS) -> None:
        self._announcer.announce(text, role, interrupt=True)

    def _report(self, error: BaseException) -> None:
        generic = tr("Reading failed because of an error in Bitna. Please try again.")
        self._say(message_for(error, generic, log=log, doing="Hands-free reading"), Role.ERROR)
