"""What the people list and the objects list share: named things in one owner-only SQLite file.

Both lists live in the user data folder, readable by their owner alone; every change is one
transaction, so a crash leaves a list as it was before or after, never half. A damaged file
is moved aside (with its journal, kept for a human to look at) and a new, empty list started,
with a `notice` that says so; nothing else in the data folder is touched. Each list keeps its
own schema, queries, words and export format; only the file handling lives here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from core.plumbing.atomic import write_atomically
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

MAX_NAME_LENGTH = 80
_SIDE_FILES = ("-journal", "-wal", "-shm")
_Result = TypeVar("_Result")


def clean_name(name: str, error: type[UserFacingError]) -> str:
    """The name as stored: trimmed, inner spaces collapsed; `error` when empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise error(tr("Please type a name."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise error(
            tr("That name is too long. Use at most {count} letters.", count=MAX_NAME_LENGTH)
        )
    return cleaned


class NamedStore:
    """One list in one SQLite file; each call opens its own short connection.

    Short connections make a store safe to use from the UI thread and a worker alike.
    A subclass names its schema, tables, error and log label, and says its own messages.
    """

    schema: ClassVar[str]
    schema_version: ClassVar[int] = 1
    tables: ClassVar[frozenset[str]]
    """Tables a sound file of this list has (a file with others is someone else's)."""
    error: ClassVar[type[UserFacingError]]
    label: ClassVar[str]
    """What the log calls the list, such as "People list"."""
    export_format: ClassVar[str]
    secure_delete: ClassVar[bool] = False
    """Overwrite deleted rows with zeros (the people list: no forgotten face lingers)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notice: str | None = None
        """Set when a damaged list was moved aside on opening: say it to the user."""
        self.backup: Path | None = None

    # What each list says -------------------------------------------------------------------
    def _newer_message(self) -> str:
        """The file was written by a newer Bitna."""
        raise NotImplementedError

    def _damaged_notice(self, backup: str) -> str:
        """The file was damaged and kept as `backup`; a new list starts."""
        raise NotImplementedError

    def _unusable_message(self, reason: str) -> str:
        """SQLite failed with `reason`."""
        raise NotImplementedError

    # Opening ------------------------------------------------------------------------------
    def _prepare(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.path.exists():
            problem = self._problem()
            if problem is not None:
                self._set_aside(problem)
        self._create_owner_only()
        rewritten = False
        try:
            with self._connect() as connection:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version > self.schema_version:
                    raise self.error(self._newer_message())
                if version == self.schema_version:
                    self._create_tables(connection)  # no-ops unless a table is missing
                    return
                # New or older: create and upgrade in one transaction, so a crash leaves
                # the file as it was or wholly upgraded. Asked again under the lock, in
                # case another Bitna upgraded it meanwhile.
                connection.execute("BEGIN IMMEDIATE")
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version == self.schema_version:
                    return
                self._create_tables(connection)
                rewritten = self._upgrade(connection, version)
                connection.execute(f"PRAGMA user_version = {self.schema_version}")
        except sqlite3.Error as error:
            raise self._unusable(error) from error
        if rewritten:
            self._compact()

    def _create_tables(self, connection: sqlite3.Connection) -> None:
        """The schema's CREATE ... IF NOT EXISTS statements, in the open transaction (a
        trigger's body, with its own semicolons, stays one statement)."""
        statement = ""
        for piece in self.schema.split(";"):
            statement += piece + ";"
            if sqlite3.complete_statement(statement):
                if statement.strip(" \n;"):
                    connection.execute(statement)
                statement = ""

    def _upgrade(self, connection: sqlite3.Connection, version: int) -> bool:
        """Bring a file of schema `version` (0: new) up to date inside the open transaction,
        after the schema's CREATE ... IF NOT EXISTS ran; True when rows were rewritten (the
        file is then compacted, so no old row lingers in a free page)."""
        return False

    def _problem(self) -> str | None:
        """Why the existing file cannot be used, or None when it is sound."""
        try:
            connection = sqlite3.connect(self.path)
            try:
                rows = connection.execute("PRAGMA quick_check").fetchall()
                if [tuple(row) for row in rows] != [("ok",)]:
                    return "; ".join(str(row[0]) for row in rows[:5])
                query = "SELECT name FROM sqlite_master WHERE type='table'"
                tables = {row[0] for row in connection.execute(query)} - {"sqlite_sequence"}
                if tables and not tables >= self.tables:
                    return f"unexpected tables {sorted(tables)}"
            finally:
                connection.close()
        except sqlite3.DatabaseError as error:
            return str(error)
        return None

    def _set_aside(self, problem: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        counter = 1
        while backup.exists():
            backup = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{counter}")
            counter += 1
        os.replace(self.path, backup)
        for suffix in _SIDE_FILES:
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                os.replace(side, backup.with_name(backup.name + suffix))
        log.error("%s %s is damaged (%s); kept as %s", self.label, self.path, problem, backup)
        self.backup = backup
        self.notice = self._damaged_notice(backup.name)

    def _create_owner_only(self) -> None:
        descriptor = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(descriptor)
        os.chmod(self.path, 0o600)  # also narrows a file an older version left readable

    # Working ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection whose block is one transaction: committed, or rolled back on error."""
        connection = sqlite3.connect(self.path, timeout=10)
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            if self.secure_delete:
                connection.execute("PRAGMA secure_delete = ON")
            with connection:
                yield connection
        finally:
            connection.close()

    def _unusable(self, error: sqlite3.Error) -> UserFacingError:
        log.error("%s %s: %s", self.label, self.path, error)
        return self.error(self._unusable_message(str(error)))

    def _run(self, work: Callable[[sqlite3.Connection], _Result]) -> _Result:
        """`work` in one transaction; a SQLite failure becomes the list's own error."""
        try:
            with self._connect() as connection:
                return work(connection)
        except sqlite3.Error as error:
            raise self._unusable(error) from error

    def _compact(self) -> None:
        """Rewrite the file after deleting, so deleted rows do not linger in free pages."""
        try:
            connection = sqlite3.connect(self.path)
            try:
                connection.execute("VACUUM")
            finally:
                connection.close()
        except sqlite3.Error as error:
            log.warning("Could not compact %s: %s", self.path, error)

    # Export and import --------------------------------------------------------------------
    def _write_export(self, path: Path, key: str, items: list[Any]) -> None:
        """Save `items` under `key` as this list's JSON export (written atomically)."""
        document = {"format": self.export_format, "version": self.schema_version, key: items}
        text = json.dumps(document, ensure_ascii=False, indent=1)
        write_atomically(path, text.encode("utf-8"))

    def _read_export(self, path: Path, bad: UserFacingError) -> dict[str, Any]:
        """The JSON document in `path` when it is this list's export; else raises `bad`."""
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise bad from error
        if not isinstance(document, dict) or document.get("format") != self.export_format:
            raise bad
        return document
