"""The Library window: find what was read before, open it to read on, rename, export, delete.

A search field over a list of documents, newest first, each read by a screen reader as one
line: "title, date, pages, first line" (for a search, the line that matched). Typing
searches after a short pause and says how many documents were found; Enter opens the
chosen document into the reading pane (asking whether to read on from where reading
stopped), Delete asks and deletes, F2 renames. Every use of the library runs on its own
thread (`gui.library_keeper.LibraryKeeper`); the window fills in when the answer comes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.announce import Announcer, Role
from core.library.model import DocumentSummary, LibraryDocument, SearchHit
from core.library.store import Library
from core.live.dates import date_in_words
from core.plumbing.errors import message_for
from core.plumbing.i18n import tr
from core.plumbing.workers import TaskRunner
from gui.dialog_buttons import dialog_buttons
from gui.dialog_size import fit_to_contents
from gui.known_list_dialog import ask_name, confirm
from gui.library_keeper import LibraryKeeper
from gui.reading_controller import AskPath, ask_save_path, documents_folder, suggested_name
from gui.settings_dialog import plain_label

log = logging.getLogger(__name__)

#: Milliseconds of no typing before the search runs (each key does not search).
SEARCH_PAUSE_MS = 300
#: Letters of a first line shown in the list (a screen reader reads the whole item).
LINE_LETTERS = 120
_ID_ROLE = 256  # Qt.UserRole: the document id behind a list entry
#: Pages a search looks at, at most (a word on every page of a large library stops there).
SEARCH_LIMIT = 1000

#: What the user chose when a document read part way is opened.
ReadOn = Literal["on", "start"] | None


@dataclass(frozen=True)
class Entry:
    """One row of the list: a document, and the line shown for it."""

    summary: DocumentSummary
    line: str
    """The first line, or for a search the line that matched."""


def when(seconds: float) -> str:
    """A date and time a screen reader says well: "7 December 2026 17:35"."""
    moment = datetime.fromtimestamp(seconds)
    day = date_in_words(moment.year, moment.month, moment.day, None)
    return f"{day} {moment:%H:%M}"


def pages_text(count: int) -> str:
    return tr("1 page") if count == 1 else tr("{count} pages", count=count)


def opening_words(count: int, chosen: str) -> str:
    """What is said as the window opens: how many documents, and the one chosen."""
    if count == 0:
        return tr("Library: it is empty. What Bitna reads is kept here.")
    if count == 1:
        return tr("Library: 1 document. {entry}", entry=chosen)
    return tr("Library: {count} documents, newest first. {entry}", count=count, entry=chosen)


def entry_text(entry: Entry) -> str:
    """ "Gas bill, 7 December 2026 17:35, 2 pages, Pay by 14 December" (one line)."""
    line = " ".join(entry.line.split())
    if len(line) > LINE_LETTERS:
        line = line[: LINE_LETTERS - 1].rstrip() + "…"
    parts = [entry.summary.title, when(entry.summary.created), pages_text(entry.summary.pages)]
    if line and line != entry.summary.title:
        parts.append(line)
    return ", ".join(parts)


def entries_found(hits: list[SearchHit]) -> list[Entry]:
    """One entry per document, newest first, with its first matching line."""
    seen: set[int] = set()
    entries = []
    for hit in hits:
        if hit.summary.id not in seen:
            seen.add(hit.summary.id)
            entries.append(Entry(hit.summary, hit.line))
    return entries


def ask_read_on(parent: QWidget | None, title: str, percent: int) -> ReadOn:
    """Ask whether to read on from where reading stopped: Enter reads on, Escape cancels."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Library"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        tr(
            "Reading of “{title}” stopped {percent}% of the way through. "
            "Read on from there, or start at the beginning?",
            title=title,
            percent=percent,
        )
    )
    read_on = box.addButton(tr("Read &on"), QMessageBox.ButtonRole.AcceptRole)
    start = box.addButton(tr("From the &start"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    for button in (read_on, start, cancel):
        button.setAccessibleName(plain_label(button.text()))
    box.setDefaultButton(read_on)
    box.setEscapeButton(cancel)
    _room_for_buttons(box)
    box.exec()
    clicked = box.clickedButton()
    return "on" if clicked is read_on else "start" if clicked is start else None


def _room_for_buttons(box: QMessageBox) -> None:
    """Make `box` wide enough for its buttons in large print.

    A message box sizes itself from its text, before the style sheet's large font and
    padding reach its buttons, which are then cut short ("ad" for "Read on"); widening its
    text to the buttons' whole width keeps every button's name in view.
    """
    buttons = box.buttons()
    for button in buttons:
        button.ensurePolished()
    spacing, icon_and_margins = 24, 110
    needed = sum(button.sizeHint().width() + spacing for button in buttons) - icon_and_margins
    box.setStyleSheet(f"QLabel#qt_msgbox_label {{ min-width: {max(0, needed)}px; }}")


class LibraryDialog(QDialog):
    """The list of documents kept, with a search field and buttons for what can be done.

    `open_document(document, position)` shows a document in the reading pane and reads it
    from `position`. The questions (`confirm`, `ask_title`, `ask_read_on`, `ask_path`)
    are attributes, so tests can answer them.
    """

    def __init__(
        self,
        keeper: LibraryKeeper,
        announcer: Announcer,
        open_document: Callable[[LibraryDocument, int], None],
        export_runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._keeper = keeper
        self._announcer = announcer
        self._open_document = open_document
        self._export_runner = export_runner
        self._asked = 0  # the newest list asked for: older answers are dropped
        self._searched = ""  # the words the list shows the documents found for
        self._opening_said = False  # what the window holds, said once when it first lists
        self.confirm: Callable[[str], bool] = lambda question: confirm(
            self, tr("Library"), question
        )
        self.ask_title: Callable[[str], str | None] = lambda title: ask_name(
            self, tr("Rename {title}", title=title), title, tr("The document's new title.")
        )
        self.ask_read_on: Callable[[str, int], ReadOn] = lambda title, percent: ask_read_on(
            self, title, percent
        )
        self.ask_path: AskPath = ask_save_path(self)
        self.setWindowTitle(tr("Library"))

        search_label = QLabel(tr("&Search:"))
        self.search = QLineEdit()
        self.search.setAccessibleName(tr("Search"))
        self.search.setAccessibleDescription(
            tr(
                "Type words to find in what was read, in English or Korean. The list below "
                "shows the documents found; press Enter or Down to go to it."
            )
        )
        self.search.setClearButtonEnabled(False)
        search_label.setBuddy(self.search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_now)

        list_label = QLabel(tr("Do&cuments, newest first:"))
        self.documents = QListWidget()
        self.documents.setObjectName("documents")  # its rows ruled apart (gui/style.py)
        self.documents.setWordWrap(True)
        self.documents.setAccessibleName(tr("Documents"))
        self.documents.setAccessibleDescription(
            tr(
                "Each document's title, date, pages and first line. Enter opens it in the "
                "reading pane, Delete deletes it, F2 renames it."
            )
        )
        list_label.setBuddy(self.documents)
        self.documents.activated.connect(lambda _index: self.open_chosen())
        self.documents.currentRowChanged.connect(lambda _row: self._enable())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.documents)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in the search edits
        delete.activated.connect(self.delete_chosen)
        QShortcut(QKeySequence("F2"), self).activated.connect(self.rename_chosen)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)  # Down from the search: the list
        down.activated.connect(self.documents.setFocus)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        for key, text, description, action in (
            (
                "open",
                tr("&Open"),
                tr("Open the chosen document in the reading pane and read it aloud."),
                self.open_chosen,
            ),
            ("rename", tr("&Rename…"), tr("Give the chosen document a new title."), None),
            (
                "export",
                tr("E&xport…"),
                tr(
                    "Save the chosen document as text, a web page, a Word document, an "
                    "EPUB book, braille or an audio book."
                ),
                self.export_chosen,
            ),
            ("delete", tr("&Delete"), tr("Delete the chosen document from the library."), None),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setAccessibleName(plain_label(text).rstrip("…"))
            button.setAccessibleDescription(description)
            if action is not None:
                button.clicked.connect(action)
            row.addWidget(button)
            self.buttons[key] = button
        self.buttons["rename"].clicked.connect(self.rename_chosen)
        self.buttons["delete"].clicked.connect(self.delete_chosen)
        row.addStretch(1)
        close = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.close_button.setAccessibleDescription(tr("Close the library."))

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(list_label)
        layout.addWidget(self.documents, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        order = [self.search, self.documents, *self.buttons.values(), self.close_button]
        for before, after in pairwise(order):
            self.setTabOrder(before, after)
        self.resize(1100, 750)
        self._enable()
        self.refresh()
        self.documents.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_to_contents(self)

    # The list -----------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Ask for the list again: the documents found for the search words, or all."""
        self._timer.stop()
        self._asked += 1
        asked, words = self._asked, " ".join(self.search.text().split())
        chosen = self.chosen()
        keep = select if select is not None else chosen.id if chosen is not None else None

        def listed(library: Library) -> tuple[list[Entry], bool]:
            if words:
                hits = library.search(words, limit=SEARCH_LIMIT)
                return entries_found(hits), len(hits) >= SEARCH_LIMIT
            summaries = library.documents()
            return [Entry(summary, summary.first_line) for summary in summaries], False

        self._keeper.use(
            listed, lambda answer, error: self._listed(asked, words, keep, answer, error)
        )

    def _search_now(self) -> None:
        """Enter in the search field: search at once (if still waiting), then go to the list."""
        if self._timer.isActive():
            self.refresh()
        self.documents.setFocus()

    def _listed(
        self,
        asked: int,
        words: str,
        select: int | None,
        answer: tuple[list[Entry], bool] | None,
        error: BaseException | None,
    ) -> None:
        if asked != self._asked:
            return  # typed on meanwhile: a newer list is coming
        entries, more = answer or ([], False)
        if error is not None:
            generic = tr("The library could not be read because of an error.")
            message = message_for(error, generic, log=log, doing="Listing the library")
            self._announcer.announce(message, Role.ERROR)
        self.documents.clear()
        for entry in entries:
            item = QListWidgetItem(entry_text(entry))
            item.setData(_ID_ROLE, entry.summary)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
            self.documents.addItem(item)
            if entry.summary.id == select:
                self.documents.setCurrentItem(item)
        if entries and self.documents.currentRow() < 0:
            self.documents.setCurrentRow(0)
        if not entries:
            empty = tr("Nothing found.") if words else tr("The library is empty.")
            self.documents.addItem(empty)
            self.documents.setCurrentRow(0)
        self._enable()
        if words and words != self._searched:
            count = len(entries)
            if more:  # the search stopped at its limit: there are more
                found = tr("{count} or more documents found.", count=count)
            elif count == 1:
                found = tr("1 document found.")
            else:
                found = tr("{count} documents found.", count=count)
            self._announcer.announce(found, interrupt=True)
        elif not words and not self._opening_said and error is None:
            # Without a screen reader, Bitna's own voice is all that says the window opened.
            self._opening_said = True
            current = self.documents.currentItem()
            chosen = current.text() if current is not None and entries else ""
            self._announcer.announce(opening_words(len(entries), chosen), interrupt=True)
        self._searched = words

    def chosen(self) -> DocumentSummary | None:
        item = self.documents.currentItem()
        value = item.data(_ID_ROLE) if item is not None else None
        return value if isinstance(value, DocumentSummary) else None

    def entry_texts(self) -> list[str]:
        """What the list shows, row by row (what a screen reader reads)."""
        return [self.documents.item(row).text() for row in range(self.documents.count())]

    def _enable(self) -> None:
        chosen = self.chosen() is not None
        for button in self.buttons.values():
            button.setEnabled(chosen)

    # What can be done with a document -----------------------------------------------------
    def open_chosen(self) -> None:
        """Open the chosen document; when reading of it stopped part way, ask where from."""
        summary = self.chosen()
        if summary is None:
            return
        self._keeper.use(
            lambda library: library.document(summary.id),
            lambda document, error: self._fetched(document, error),
        )

    def _fetched(self, document: LibraryDocument | None, error: BaseException | None) -> None:
        if error is not None or document is None:
            self._failed(error, tr("The document could not be opened because of an error."))
            return
        summary = document.summary
        length = len(document.text)
        position = summary.position if 0 < summary.position < length else 0
        if position:
            choice = self.ask_read_on(summary.title, round(100 * position / max(1, length)))
            if choice is None:
                return
            if choice == "start":
                position = 0
        self.accept()
        self._open_document(document, position)

    def rename_chosen(self) -> None:
        summary = self.chosen()
        if summary is None:
            return
        title = self.ask_title(summary.title)
        title = " ".join((title or "").split())
        if not title or title == summary.title:
            return

        def renamed(_result: object, error: BaseException | None) -> None:
            if error is not None:
                self._failed(error, tr("The document could not be renamed because of an error."))
                return
            self._announcer.announce(tr("{old} is now titled {new}.", old=summary.title, new=title))
            self.refresh(summary.id)

        self._keeper.use(lambda library: library.rename(summary.id, title), renamed)

    def delete_chosen(self) -> None:
        summary = self.chosen()
        if summary is None:
            return
        question = tr(
            "Delete “{title}” from the library? It cannot be brought back.", title=summary.title
        )
        if not self.confirm(question):
            self._announcer.announce(tr("Nothing was deleted."))
            return
        row = self.documents.currentRow()
        following = self.documents.item(row + 1) or self.documents.item(row - 1)
        after = following.data(_ID_ROLE) if following is not None else None
        select = after.id if isinstance(after, DocumentSummary) else None

        def deleted(_result: object, error: BaseException | None) -> None:
            if error is not None:
                self._failed(error, tr("The document could not be deleted because of an error."))
                return
            self._announcer.announce(tr("Deleted {title}.", title=summary.title))
            self.refresh(select)

        self._keeper.use(lambda library: library.forget(summary.id), deleted)

    def export_chosen(self) -> None:
        summary = self.chosen()
        if summary is None:
            return
        filters = ";;".join(
            (
                tr("Text files (*.txt)"),
                tr("Web pages (*.html)"),
                tr("Word documents (*.docx)"),
                tr("EPUB books (*.epub)"),
                tr("Braille files (*.brf)"),
                tr("Audio books (*.m3u)"),
            )
        )
        suggested = documents_folder() / suggested_name(summary.title, ".txt")
        path = self.ask_path(tr("Export"), suggested, filters)
        if path is None:
            self._announcer.announce(tr("Not exported."))
            return
        if not path.suffix:
            path = path.with_suffix(".txt")
        from core.library.export import EXPORT_SUFFIXES  # python-docx, ebooklib: on use

        if path.suffix.lower() not in EXPORT_SUFFIXES:
            self._announcer.announce(
                tr(
                    "Bitna cannot export as {suffix}. Choose one of: {suffixes}.",
                    suffix=path.suffix,
                    suffixes=" ".join(EXPORT_SUFFIXES),
                ),
                Role.ERROR,
            )
            return
        self._announcer.announce(tr("Exporting {title}.", title=summary.title))
        self._keeper.use(
            lambda library: library.document(summary.id),
            lambda document, error: self._export(document, error, path),
        )

    def _export(
        self, document: LibraryDocument | None, error: BaseException | None, path: Path
    ) -> None:
        if error is not None or document is None:
            self._failed(error, tr("The document could not be exported because of an error."))
            return

        from core.library.export import export_document

        def exported(saved: Path | None, error: BaseException | None) -> None:
            if error is not None or saved is None:
                self._failed(error, tr("The document could not be exported because of an error."))
                return
            self._announcer.announce(tr("Saved {name}.", name=saved.name))

        # Audio books take minutes: not on the library's thread, where pages are kept.
        self._export_runner.submit(lambda: export_document(document, path), exported)

    def _failed(self, error: BaseException | None, generic: str) -> None:
        message = message_for(error, generic, log=log, doing="A library change")
        self._announcer.announce(message, Role.ERROR)
