"""The library of everything read: documents, their pages and pictures, in one SQLite file.

The file lives in the user data folder, readable by its owner alone, and its handling (a
damaged file moved aside with a `notice`, one transaction per change) is
`core.named_lists.store`'s. Each page keeps its text (searched with SQLite FTS5's trigram
tokenizer, so "청구서" finds "수도요금청구서"; words shorter than three letters, like "요금",
are found by scanning the text), its structure as compressed JSON, and a small JPEG. The
index keeps which trigrams each page has, not where (`detail='none'`): a third of the
size, and the text cannot be pieced together from it.
Deleting overwrites what was deleted (`secure_delete`); forgetting everything also
rewrites the file, so nothing forgotten lingers in it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import numpy as np

from core.library.model import (
    KINDS,
    DocumentSummary,
    LibraryDocument,
    LibraryError,
    LibraryPage,
    SearchHit,
)
from core.library.page_codec import packed, unpacked
from core.library.thumbnails import thumbnail
from core.named_lists.store import NamedStore
from core.plumbing.i18n import tr
from core.plumbing.paths import data_dir
from core.text.model import PageText
from core.text.structure import document_of

log = logging.getLogger(__name__)

FILE_NAME = "library.db"
SCHEMA_VERSION = 1
MAX_TITLE_LENGTH = 120
#: FTS5's trigram tokenizer indexes runs of three characters: shorter words are scanned for.
_TRIGRAM = 3
_WILD = re.compile(r"[%_\\]")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    created REAL NOT NULL,
    changed REAL NOT NULL,
    pages INTEGER NOT NULL DEFAULT 0,
    first_line TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS documents_by_change ON documents(changed DESC, id DESC);
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (document_id, number)
);
CREATE TABLE IF NOT EXISTS page_data (
    page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
    structure BLOB NOT NULL,
    thumbnail BLOB
);
CREATE VIRTUAL TABLE IF NOT EXISTS pages_fts USING fts5(
    text, content='pages', content_rowid='id', tokenize='trigram', detail='none'
);
CREATE TRIGGER IF NOT EXISTS pages_kept AFTER INSERT ON pages BEGIN
    INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS pages_forgotten AFTER DELETE ON pages BEGIN
    INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""
_SUMMARY = "SELECT id, title, kind, created, changed, pages, first_line, position FROM documents"


def default_path() -> Path:
    """library.db in the user data folder (or BITNA_DATA_DIR)."""
    return data_dir() / FILE_NAME


class Library(NamedStore):
    """Keeps, finds and forgets documents; each call opens its own short connection, so
    the window and a worker thread can both use one."""

    schema = _SCHEMA
    schema_version = SCHEMA_VERSION
    tables: ClassVar[frozenset[str]] = frozenset({"documents", "pages", "page_data"})
    error = LibraryError
    label = "Library"
    export_format = "bitna-library"
    secure_delete = True  # what is forgotten is overwritten, not left in free pages

    _checked: ClassVar[set[Path]] = set()
    """Files checked whole in this process: a library of 10,000 pages takes a third of a
    second to check (benchmarks/library.py), too long for each opening of the window."""

    @classmethod
    def open(cls, path: Path | None = None) -> Library:
        """Open (or create) the library, setting aside a damaged file (checked whole the
        first time this process opens it)."""
        library = cls(path or default_path())
        library._prepare()
        cls._checked.add(library.path.resolve())
        return library

    def _problem(self) -> str | None:
        if self.path.resolve() in self._checked:
            return None
        return super()._problem()

    def _newer_message(self) -> str:
        return tr("The library was saved by a newer Bitna. Update Bitna to use it.")

    def _damaged_notice(self, backup: str) -> str:
        return tr(
            "The library of what Bitna read was damaged and could not be opened. It was kept "
            "as {backup}. Bitna starts a new, empty library.",
            backup=backup,
        )

    def _unusable_message(self, reason: str) -> str:
        return tr(
            "The library could not be used: {reason}. Close other copies of Bitna and "
            "check the disk has room.",
            reason=reason,
        )

    # Keeping ------------------------------------------------------------------------------
    def keep(
        self,
        pages: Sequence[PageText],
        *,
        kind: str,
        title: str | None = None,
        images: Sequence[np.ndarray | None] | None = None,
    ) -> int:
        """Keep `pages` as a new document (one transaction); its id. The title is `title`,
        else the first heading, else the first line."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        if not any(page.text.strip() for page in pages):
            raise LibraryError(tr("There is no text to keep in the library."))
        rows = _page_rows(pages, images)
        name = _clean_title(title) if title is not None else ""
        name = name or _title_of(pages)
        line = _first_line("\n".join(page.text for page in pages))
        now = time.time()

        def work(connection: sqlite3.Connection) -> int:
            document_id = connection.execute(
                "INSERT INTO documents (title, kind, created, changed, pages, first_line) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (name, kind, now, now, len(rows), line),
            ).lastrowid
            assert document_id is not None
            _insert_pages(connection, document_id, 1, rows)
            return int(document_id)

        document_id = self._run(work)
        log.info("Kept %d page(s) as document %d", len(rows), document_id)
        return document_id

    def add_pages(
        self,
        document_id: int,
        pages: Sequence[PageText],
        images: Sequence[np.ndarray | None] | None = None,
    ) -> None:
        """Add `pages` at the end of a document (a book or live text grows), in one
        transaction; LibraryError when there is no such document."""
        rows = _page_rows(pages, images)
        if not rows:
            return
        now = time.time()

        def work(connection: sqlite3.Connection) -> None:
            found = connection.execute(
                "SELECT pages, first_line FROM documents WHERE id = ?", (document_id,)
            ).fetchone()
            if found is None:
                raise _unknown(document_id)
            last = connection.execute(
                "SELECT COALESCE(MAX(number), 0) FROM pages WHERE document_id = ?",
                (document_id,),
            ).fetchone()[0]
            _insert_pages(connection, document_id, last + 1, rows)
            line = found[1] or _first_line("\n".join(page.text for page in pages))
            connection.execute(
                "UPDATE documents SET pages = ?, changed = ?, first_line = ? WHERE id = ?",
                (last + len(rows), now, line, document_id),
            )

        self._run(work)

    def rename(self, document_id: int, title: str) -> None:
        """Give a document another title; LibraryError when the title is empty."""
        name = _clean_title(title)
        if not name:
            raise LibraryError(tr("Please type a title."))
        self._change(document_id, "UPDATE documents SET title = ? WHERE id = ?", name)

    def set_position(self, document_id: int, position: int) -> None:
        """Remember where reading stopped: a character offset in the document's text."""
        self._change(
            document_id, "UPDATE documents SET position = ? WHERE id = ?", max(0, position)
        )

    def _change(self, document_id: int, sql: str, value: object) -> None:
        def work(connection: sqlite3.Connection) -> None:
            if not connection.execute(sql, (value, document_id)).rowcount:
                raise _unknown(document_id)

        self._run(work)

    # Forgetting ---------------------------------------------------------------------------
    def forget(self, document_id: int) -> None:
        """Delete one document with its pages and pictures, overwriting them in the file."""

        def work(connection: sqlite3.Connection) -> None:
            if not connection.execute(
                "DELETE FROM documents WHERE id = ?", (document_id,)
            ).rowcount:
                raise _unknown(document_id)

        self._run(work)
        log.info("Forgot document %d", document_id)

    def forget_all(self) -> None:
        """Delete every document, then rewrite the file so nothing of them is left in it."""

        def work(connection: sqlite3.Connection) -> None:
            connection.execute("DELETE FROM page_data")
            connection.execute("DELETE FROM pages")
            connection.execute("DELETE FROM documents")
            connection.execute("INSERT INTO pages_fts(pages_fts) VALUES ('delete-all')")

        self._run(work)
        self._compact()
        log.info("Forgot every document in the library")

    # Reading ------------------------------------------------------------------------------
    def documents(self, limit: int | None = None) -> list[DocumentSummary]:
        """Every document (or the newest `limit`), newest first."""
        sql = f"{_SUMMARY} ORDER BY changed DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._run(lambda c: c.execute(sql).fetchall())
        return [_summary(row) for row in rows]

    def document(self, document_id: int) -> LibraryDocument:
        """The whole document: its pages with their structure and pictures."""

        def work(connection: sqlite3.Connection) -> LibraryDocument:
            row = connection.execute(f"{_SUMMARY} WHERE id = ?", (document_id,)).fetchone()
            if row is None:
                raise _unknown(document_id)
            pages = connection.execute(
                "SELECT p.number, d.structure, d.thumbnail FROM pages p "
                "JOIN page_data d ON d.page_id = p.id WHERE p.document_id = ? ORDER BY p.number",
                (document_id,),
            ).fetchall()
            return LibraryDocument(
                _summary(row),
                tuple(
                    LibraryPage(number, _page(data, document_id), pic)
                    for number, data, pic in pages
                ),
            )

        return self._run(work)

    def search(self, words: str, limit: int = 200) -> list[SearchHit]:
        """Pages that have every word of `words` (as a part of a word too: "청구서" finds
        "수도요금청구서"), newest document first; one hit per page, with its matching line."""
        terms = list(dict.fromkeys(words.split()))
        if not terms:
            return []
        # The index answers LIKE for words of three letters or more (and checks each page it
        # offers against the text); shorter words, and words with LIKE's own wildcards
        # (which need ESCAPE, which the index does not take), are looked for page by page.
        indexed = [term for term in terms if len(term) >= _TRIGRAM and not _WILD.search(term)]
        where: list[str] = []
        parameters: list[object] = []
        if indexed:
            likes = " AND ".join("text LIKE ?" for _ in indexed)
            where.append(f"p.id IN (SELECT rowid FROM pages_fts WHERE {likes})")
            parameters += [f"%{term}%" for term in indexed]
        for term in terms:
            if term not in indexed:
                where.append("p.text LIKE ? ESCAPE '\\'")
                parameters.append(f"%{_like(term)}%")
        # Documents newest first, each one's pages in order (both from indexes, no sort), so
        # a common word stops at `limit` hits instead of sorting every page that has it.
        sql = (
            "SELECT d.id, d.title, d.kind, d.created, d.changed, d.pages, d.first_line, "
            "d.position, p.number, p.text FROM documents d CROSS JOIN pages p "
            f"ON p.document_id = d.id WHERE {' AND '.join(where)} "
            "ORDER BY d.changed DESC, d.id DESC, p.number LIMIT ?"
        )
        parameters.append(int(limit))
        rows = self._run(lambda c: c.execute(sql, parameters).fetchall())
        return [SearchHit(_summary(row[:8]), row[8], matching_line(row[9], terms)) for row in rows]

    def size_bytes(self) -> int:
        """How much room the library takes on disk, its journal included."""
        total = 0
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                total += os.path.getsize(f"{self.path}{suffix}")
        return total


def matching_line(text: str, terms: Sequence[str]) -> str:
    """The first line of `text` with every term in it (ignoring case); else the line with
    the most; else the first line. Only lines where a term occurs are looked at."""
    if not terms:
        return _first_line(text)
    folded = [term.casefold() for term in terms]
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    best, best_count, seen = "", 0, set()
    for match in pattern.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        if start in seen:
            continue
        seen.add(start)
        end = text.find("\n", match.end())
        line = text[start : end if end >= 0 else len(text)]
        lower = line.casefold()
        count = sum(term in lower for term in folded)
        if count == len(folded):
            return line.strip()
        if count > best_count:
            best, best_count = line.strip(), count
    return best or _first_line(text)


def _page_rows(
    pages: Sequence[PageText], images: Sequence[np.ndarray | None] | None
) -> list[tuple[str, bytes, bytes | None]]:
    """Each page's text, packed structure and picture, made before the transaction."""
    pictures = list(images) if images is not None else []
    if len(pictures) > len(pages):
        raise ValueError("more images than pages")
    pictures += [None] * (len(pages) - len(pictures))
    return [
        (page.text, packed(page), thumbnail(picture))
        for page, picture in zip(pages, pictures, strict=True)
    ]


def _insert_pages(
    connection: sqlite3.Connection,
    document_id: int,
    first: int,
    rows: list[tuple[str, bytes, bytes | None]],
) -> None:
    for number, (text, structure, picture) in enumerate(rows, start=first):
        page_id = connection.execute(
            "INSERT INTO pages (document_id, number, text) VALUES (?, ?, ?)",
            (document_id, number, text),
        ).lastrowid
        connection.execute(
            "INSERT INTO page_data (page_id, structure, thumbnail) VALUES (?, ?, ?)",
            (page_id, structure, picture),
        )


def _summary(row: Sequence[object]) -> DocumentSummary:
    return DocumentSummary(*row)  # type: ignore[arg-type]


def _page(data: bytes, document_id: int) -> PageText:
    try:
        return unpacked(data)
    except ValueError as error:
        log.error("Document %d has a damaged page: %s", document_id, error)
        raise LibraryError(
            tr(
                "A page of this document is damaged and cannot be shown. Forget the "
                "document and read the page again."
            )
        ) from error


def _unknown(document_id: int) -> LibraryError:
    return LibraryError(
        tr(
            "There is no document {id} in the library. List the library to see the numbers.",
            id=document_id,
        )
    )


def _clean_title(title: str) -> str:
    cleaned = " ".join(title.split())
    if len(cleaned) > MAX_TITLE_LENGTH:
        cleaned = cleaned[: MAX_TITLE_LENGTH - 1].rstrip() + "…"
    return cleaned


def _title_of(pages: Sequence[PageText]) -> str:
    """The first page's first heading, else the first line of text."""
    for page in pages:
        if page.text.strip():
            headings = [part.text for part in document_of(page).parts if part.kind == "heading"]
            if headings:
                return _clean_title(headings[0])
            return _clean_title(_first_line(page.text))
    return ""


def _first_line(text: str) -> str:
    line = next((line for line in text.splitlines() if line.strip()), "")
    return _clean_title(line)


def _like(term: str) -> str:
    """`term` for LIKE, its wildcards taken literally."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
