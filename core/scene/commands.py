"""The hands-free commands: auto-capture, framing help, and book mode's pages.

Keys avoid every other command's and the screen readers' (core/hotkeys/conflicts.py):
Ctrl+Shift with a letter for the toggles, Ctrl+Shift+PgUp/PgDown to turn the book's pages
(PgUp/PgDown alone scroll the reading pane), Ctrl+G to go to a page as in editors, and
Shift+F4 beside F4 (repeat). The global hotkeys are the ones used with the hands busy:
switch auto-capture, ask where the page is, turn the book's pages.
"""

from __future__ import annotations

from core.plumbing.command import Command
from core.plumbing.i18n import mark_tr

HANDSFREE_COMMANDS: tuple[Command, ...] = (
    Command(
        "auto-capture",
        mark_tr("Auto-capture"),
        mark_tr("Turn hands-free reading on or off: each new page is read once it lies still."),
        "Ctrl+Shift+A",
        "Ctrl+Alt+H",
    ),
    Command(
        "where-is-page",
        mark_tr("Where is the page?"),
        mark_tr("Say whether the whole page is in view, and which way to move it if not."),
        "Ctrl+Shift+G",
        "Ctrl+Alt+W",
    ),
    Command(
        "book-mode",
        mark_tr("Book mode"),
        mark_tr("Turn book mode on or off: read left page then right, and keep the pages."),
        "Ctrl+Shift+B",
    ),
    Command(
        "next-page",
        mark_tr("Next page"),
        mark_tr("Read the next page of the book."),
        "Ctrl+Shift+PgDown",
        "Ctrl+Alt+PgDown",
    ),
    Command(
        "previous-page",
        mark_tr("Previous page"),
        mark_tr("Read the previous page of the book."),
        "Ctrl+Shift+PgUp",
        "Ctrl+Alt+PgUp",
    ),
    Command(
        "go-to-page",
        mark_tr("Go to page"),
        mark_tr("Choose a page of the book by its number and read it."),
        "Ctrl+G",
    ),
    Command(
        "export-book",
        mark_tr("Save book"),
        mark_tr("Save all the book's pages as one text file or one sound file."),
        "Ctrl+Shift+E",
    ),
    Command(
        "reread-page",
        mark_tr("Read page again"),
        mark_tr("Read the book's current page again, or the page in view even if already read."),
        "Shift+F4",
    ),
)
