"""Keeping what is read in the library, off the UI thread, and using the library from there.

Every use of the library (`core.library.store.Library`) runs on one worker thread of its
own, in the order asked: the library is opened there on first use and never touched from
another thread, and a book's or a live-text stretch's later pages wait for the document
its first pages made. Saving a page costs the UI thread only the hand-over; a failure is
said and shown (never a traceback), and reading goes on. With the `keep_library` setting
off nothing is kept, though the Library window still shows what was kept before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from PySide6.QtCore import QObject

from core.announce import Announcer, Role
from core.library.model import LibraryError
from core.library.store import Library
from core.plumbing.errors import message_for
from core.plumbing.i18n import tr
from core.plumbing.workers import Done
from core.settings import Settings
from core.text.model import PageText
from gui.bridge import QtRunner

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class Growing:
    """A document that grows page by page (a book, a stretch of live text).

    Its `id` is set on the library's thread when its first pages are kept and read only
    there, so pages handed over before that are added to the right document.
    """

    kind: str
    id: int | None = None
    title: str | None = None


class LibraryKeeper(QObject):
    """The window's one way to the library: keeps pages, and runs the Library window's work."""

    def __init__(
        self,
        *,
        announcer: Announcer,
        settings: Settings,
        open_library: Callable[[], Library] = Library.open,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._announcer = announcer
        self._open_library = open_library
        self._library: Library | None = None  # opened and used on the runner's thread only
        self._runner = QtRunner(synchronous=synchronous, parent=self)
        self.enabled = settings.keep_library
        self.pending = 0  # pages handed over and not yet kept (or failed)

    def apply_settings(self, settings: Settings) -> None:
        self.enabled = settings.keep_library

    def close(self) -> None:
        """Finish every save handed over (at exit: what was read is not lost)."""
        self._runner.shutdown(finish=True)

    # Keeping ------------------------------------------------------------------------------
    def keep(
        self, pages: Sequence[PageText], kind: str, images: Sequence[np.ndarray | None] = ()
    ) -> None:
        """Keep `pages` as a new document of `kind` ("read", "page"), when keeping is on."""
        if not self.enabled or not pages:
            return
        pages, pictures = tuple(pages), tuple(images) or None
        self._save(lambda library: library.keep(pages, kind=kind, images=pictures))

    def start(self, kind: str, title: str | None = None) -> Growing:
        """A new growing document ("book", "live"), kept from its first pages on."""
        return Growing(kind, title=title)

    def add(
        self, document: Growing, pages: Sequence[PageText], images: Sequence[np.ndarray | None] = ()
    ) -> None:
        """Add `pages` to `document` (made with its first pages), when keeping is on."""
        if not self.enabled or not pages:
            return
        pages, pictures = tuple(pages), tuple(images) or None

        def save(library: Library) -> None:
            if document.id is None:
                document.id = library.keep(
                    pages, kind=document.kind, title=document.title, images=pictures
                )
                return
            try:
                library.add_pages(document.id, pages, images=pictures)
            except LibraryError:  # deleted from the Library window meanwhile: a new one
                log.info("Growing document %s is gone; keeping its pages anew", document.id)
                document.id = library.keep(
                    pages, kind=document.kind, title=document.title, images=pictures
                )

        self._save(save)

    def _save(self, work: Callable[[Library], object]) -> None:
        self.pending += 1
        self.use(work, self._saved)

    def _saved(self, _result: object, error: BaseException | None) -> None:
        self.pending -= 1
        if error is not None:
            generic = tr("What was read could not be kept in the library because of an error.")
            message = message_for(error, generic, log=log, doing="Keeping a page in the library")
            self._announcer.announce(message, Role.ERROR)

    # Using --------------------------------------------------------------------------------
    def use(self, work: Callable[[Library], T], done: Done[T]) -> None:
        """Run `work(library)` on the library's thread; `done(result, error)` on the UI's."""
        self._runner.submit(lambda: work(self._opened()), done)

    def _opened(self) -> Library:
        """The library, opened on first use; a damaged file set aside is said once."""
        if self._library is None:
            self._library = self._open_library()
            notice = self._library.notice
            if notice:
                self._runner.post(lambda: self._announcer.announce(notice, Role.ERROR))
        return self._library
