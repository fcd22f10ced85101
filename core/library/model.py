"""What the library hands around: documents kept, their pages, and what a search found.

Plain frozen dataclasses, so the Library window, the command line and the exports share
them and they can cross threads.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.plumbing.errors import UserFacingError
from core.text.model import PageText

#: Where a document came from: a Read, an auto-captured page, a book, a stretch of live text.
KINDS = ("read", "page", "book", "live")


class LibraryError(UserFacingError):
    """The library cannot be read or written, or a document asked for is not in it."""


@dataclass(frozen=True)
class DocumentSummary:
    """One line of the library's list: enough to show and announce a document."""

    id: int
    title: str
    kind: str
    created: float
    """Epoch seconds when it was first kept."""
    changed: float
    """Epoch seconds when pages were last added."""
    pages: int
    first_line: str
    position: int
    """Character offset in the document's `text` where reading stopped (0: the start)."""


@dataclass(frozen=True)
class LibraryPage:
    """One page as kept: its text with its structure, and a small picture of it."""

    number: int
    """1-based."""
    page: PageText
    thumbnail: bytes | None
    """JPEG, longest side at most 480 px and at most 60 kB; None when no image was given."""


@dataclass(frozen=True)
class LibraryDocument:
    """A whole document: its summary and its pages in order."""

    summary: DocumentSummary
    pages: tuple[LibraryPage, ...]

    @property
    def text(self) -> str:
        """The pages' text joined by a blank line (what `position` counts in)."""
        return "\n\n".join(page.page.text for page in self.pages)


@dataclass(frozen=True)
class SearchHit:
    """A page that has every word searched for, and the line that shows it."""

    summary: DocumentSummary
    page: int
    """1-based page the match is on."""
    line: str
    """The line of that page that matched."""
