"""The library in the window: the Library command, opening a document to read, and keeping
where its reading stopped.

A document opened from the Library window is shown in the reading pane as one page (its
pages one after the other) and read from where its reading stopped, or from the start.
While it is the page being read, each sentence heard moves its place in the library, so
Stop, Pause, reading another page or quitting all leave it where the user was; read to its
end, it starts again from the beginning next time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core.announce import Announcer, Role
from core.library.model import LibraryDocument, LibraryError
from core.plumbing.errors import message_for
from core.plumbing.i18n import tr
from core.reading import navigation
from core.reading.flow import ReadingFlow
from core.reading.presented import presented
from core.text.model import PageText
from gui.bridge import QtRunner
from gui.known_list_dialog import confirm
from gui.library_dialog import LibraryDialog, pages_text
from gui.library_keeper import LibraryKeeper

log = logging.getLogger(__name__)


def whole_page(document: LibraryDocument) -> PageText:
    """The document's pages as one page, in order: its `text` is the document's `text`."""
    pages = [kept.page for kept in document.pages]
    blocks = tuple(block for page in pages for block in page.blocks)
    width = max((page.width for page in pages), default=0)
    height = sum(page.height for page in pages)
    languages = next((page.languages for page in pages if page.languages), "")
    return PageText(blocks, width, height, languages)


@dataclass(frozen=True)
class Opened:
    """A library document being read: its id, and the page the flow reads."""

    id: int
    page: PageText


class LibraryController(QObject):
    """Carries out the Library command and keeps an opened document's place."""

    def __init__(
        self,
        *,
        keeper: LibraryKeeper,
        announcer: Announcer,
        flow: ReadingFlow,
        show_page: Callable[[PageText], None],
        parent_widget: QWidget | None = None,
        synchronous: bool = False,
    ) -> None:
        super().__init__()
        self._keeper = keeper
        self._announcer = announcer
        self._flow = flow
        self._show_page = show_page
        self._parent = parent_widget
        self._export_runner = QtRunner(synchronous=synchronous, parent=self)
        self.dialog: LibraryDialog | None = None
        self.opened: Opened | None = None
        self._saved_position: int | None = None
        #: Asks before deleting everything (tests answer it).
        self.confirm: Callable[[QWidget | None, str], bool] = lambda parent, question: confirm(
            parent, tr("Library"), question
        )

    def handlers(self) -> dict[str, Callable[[], None]]:
        """Command id → handler."""
        return {"library": self.show}

    def shutdown(self) -> None:
        self._export_runner.shutdown()

    def show(self) -> None:
        """Open the Library window (or bring it to the front)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = LibraryDialog(
            self._keeper, self._announcer, self.open_document, self._export_runner, self._parent
        )
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()  # the keyboard goes to the list at once

    def _closed(self, dialog: LibraryDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def open_document(self, document: LibraryDocument, position: int) -> None:
        """Show `document` in the reading pane and read it aloud from `position`."""
        self.note_position()  # the document read until now keeps its place
        page = presented(whole_page(document), self._flow.table_headers)
        position = min(max(0, position), len(page.text))
        if self._announcer.speech is not None:
            self._announcer.speech.stop()
        self._flow.read_page = whole_page(document)
        self._show_page(page)
        self.opened = Opened(document.summary.id, page)
        self._saved_position = position
        summary = document.summary
        self._announcer.announce(
            tr("Opened {title}, {pages}.", title=summary.title, pages=pages_text(summary.pages)),
            interrupt=True,
        )
        self._flow.speak_page(page, position)

    def note_position(self) -> None:
        """Keep where reading of the opened document is (after each sentence, and when
        it stops); once read to its end, the next reading starts at the beginning."""
        opened = self.opened
        if opened is None or self._flow.page is not opened.page:
            return
        position = self._flow.position
        if (
            not self._flow.reading
            and not self._flow.paused
            and navigation.step(opened.page.text, "sentence", position, +1) is None
        ):
            position = 0  # read to the end
        if position == self._saved_position:
            return
        self._saved_position = position
        self._keeper.use(
            lambda library: library.set_position(opened.id, position), self._position_kept
        )

    def _position_kept(self, _result: object, error: BaseException | None) -> None:
        if isinstance(error, LibraryError):
            # Deleted from the Library window while it was read: nothing left to keep.
            log.info("The reading position was not kept: %s", error.message)
            self.opened = None
            return
        if error is not None:
            generic = tr("Where reading stopped could not be kept because of an error.")
            message = message_for(error, generic, log=log, doing="Keeping the reading position")
            self._announcer.announce(message, Role.ERROR)

    def forget_all(self, parent: QWidget | None) -> None:
        """Delete every document kept, once the user has said yes (from Settings)."""
        question = tr(
            "Delete everything in the library? Every document kept will be gone for good."
        )
        if not self.confirm(parent, question):
            self._announcer.announce(tr("Nothing was deleted."))
            return
        self._keeper.use(lambda library: library.forget_all(), self._forgot_all)

    def _forgot_all(self, _result: object, error: BaseException | None) -> None:
        if error is not None:
            generic = tr("The library could not be emptied because of an error.")
            message = message_for(error, generic, log=log, doing="Emptying the library")
            self._announcer.announce(message, Role.ERROR)
            return
        self.opened = None
        self._announcer.announce(tr("Everything in the library is deleted."))
