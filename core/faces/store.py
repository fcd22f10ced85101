"""The people the user taught Bitna: names and face descriptors in one SQLite file.

Only descriptors are kept, never photos. The file handling (owner-only, one transaction per
change, a damaged file moved aside with a `notice`) is `core.named_lists.store`'s, shared with
the objects list. Vectors are stored as raw little-endian float32 (no pickle).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.faces.model import KnownDescriptors, PeopleStoreError, Person
from core.named_lists import store as named_store
from core.named_lists.store import MAX_NAME_LENGTH, NamedStore
from core.plumbing.i18n import tr
from core.plumbing.paths import data_dir

__all__ = ["MAX_NAME_LENGTH", "PeopleStore", "clean_name", "default_path"]

log = logging.getLogger(__name__)
FILE_NAME = "people.db"
SCHEMA_VERSION = 1
EXPORT_FORMAT = "bitna-people"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS descriptors (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    dims INTEGER NOT NULL,
    vector BLOB NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS descriptors_by_model ON descriptors(model);
"""


def default_path() -> Path:
    """people.db in the user data folder (or BITNA_DATA_DIR)."""
    return data_dir() / FILE_NAME


def clean_name(name: str) -> str:
    """The name as stored: trimmed, inner spaces collapsed; error when empty or too long."""
    return named_store.clean_name(name, PeopleStoreError)


def _key(name: str) -> str:
    return clean_name(name).casefold()


def _blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, "<f4").ravel().tobytes()


class PeopleStore(NamedStore):
    """Reads and changes the people list; each method opens its own short connection."""

    schema = _SCHEMA
    schema_version = SCHEMA_VERSION
    tables = frozenset({"people", "descriptors"})
    error = PeopleStoreError
    label = "People list"
    export_format = EXPORT_FORMAT

    @classmethod
    def open(cls, path: Path | None = None) -> PeopleStore:
        """Open (or create) the list, setting aside a damaged file."""
        store = cls(path or default_path())
        store._prepare()
        return store

    def _newer_message(self) -> str:
        return tr("The list of people was saved by a newer Bitna. Update Bitna to use it.")

    def _damaged_notice(self, backup: str) -> str:
        return tr(
            "The list of people Bitna knows was damaged and could not be read. It was kept "
            "as {backup}. Bitna starts a new, empty list: introduce people again, or import "
            "a saved list.",
            backup=backup,
        )

    def _unusable_message(self, reason: str) -> str:
        return tr(
            "The list of people could not be used: {reason}. Close other copies of "
            "Bitna and check the disk has room.",
            reason=reason,
        )

    # Reading ------------------------------------------------------------------------------
    def people(self) -> list[Person]:
        """Everyone taught, in alphabetical order, with how many descriptors each has."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT p.id, p.name, COUNT(d.id) FROM people p "
                "LEFT JOIN descriptors d ON d.person_id = p.id GROUP BY p.id ORDER BY p.key"
            ).fetchall()
        )
        return [Person(id=row[0], name=row[1], samples=row[2]) for row in rows]

    def find(self, name: str) -> Person | None:
        """The person with this name (ignoring case and extra spaces), if taught."""
        key = _key(name)
        return next((person for person in self.people() if person.name.casefold() == key), None)

    def known(self, model_id: str) -> KnownDescriptors:
        """Every descriptor made by `model_id`, with the name it belongs to."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT p.name, d.dims, d.vector FROM descriptors d "
                "JOIN people p ON p.id = d.person_id WHERE d.model = ? ORDER BY d.id",
                (model_id,),
            ).fetchall()
        )
        if not rows:
            return KnownDescriptors()
        dims = rows[0][1]
        usable = [row for row in rows if row[1] == dims and len(row[2]) == dims * 4]
        vectors = np.stack([np.frombuffer(row[2], "<f4") for row in usable]).astype(np.float32)
        return KnownDescriptors(names=[row[0] for row in usable], vectors=vectors)

    # Changing -----------------------------------------------------------------------------
    def add(self, name: str, descriptors: Sequence[np.ndarray], model_id: str) -> Person:
        """Remember `name` with these descriptors, or add them to the person of that name."""
        cleaned = clean_name(name)
        if not descriptors:
            raise PeopleStoreError(tr("No face was captured, so nothing was remembered."))
        now = time.time()

        def work(connection: sqlite3.Connection) -> int:
            row = connection.execute(
                "SELECT id FROM people WHERE key = ?", (cleaned.casefold(),)
            ).fetchone()
            if row is None:
                person_id = connection.execute(
                    "INSERT INTO people (name, key, created) VALUES (?, ?, ?)",
                    (cleaned, cleaned.casefold(), now),
                ).lastrowid
            else:
                person_id = row[0]
            connection.executemany(
                "INSERT INTO descriptors (person_id, model, dims, vector, created) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (person_id, model_id, int(np.asarray(v).size), _blob(v), now)
                    for v in descriptors
                ],
            )
            return int(person_id or 0)

        self._run(work)
        found = self.find(cleaned)
        assert found is not None
        return found

    def rename(self, old: str, new: str) -> None:
        """Give a taught person another name; an error when the new name is taken."""
        old_key, cleaned = _key(old), clean_name(new)

        def work(connection: sqlite3.Connection) -> None:
            taken = connection.execute(
                "SELECT id FROM people WHERE key = ? AND key != ?", (cleaned.casefold(), old_key)
            ).fetchone()
            if taken is not None:
                raise PeopleStoreError(
                    tr("Bitna already knows someone called {name}.", name=cleaned)
                )
            changed = connection.execute(
                "UPDATE people SET name = ?, key = ? WHERE key = ?",
                (cleaned, cleaned.casefold(), old_key),
            ).rowcount
            if not changed:
                raise PeopleStoreError(tr("Bitna does not know anyone called {name}.", name=old))

        self._run(work)

    def forget(self, name: str) -> bool:
        """Delete one person and all their descriptors; False when there was nobody by that name."""
        key = _key(name)
        return bool(
            self._run(lambda c: c.execute("DELETE FROM people WHERE key = ?", (key,)).rowcount)
        )

    def forget_all(self) -> int:
        """Delete everyone; returns how many people were forgotten."""

        def work(connection: sqlite3.Connection) -> int:
            connection.execute("DELETE FROM descriptors")
            return int(connection.execute("DELETE FROM people").rowcount)

        count = self._run(work)
        self._compact()
        return count

    # Export and import --------------------------------------------------------------------
    def export_json(self, path: Path) -> int:
        """Write everyone to a JSON file (owner-only); returns how many people."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT p.name, d.model, d.vector FROM people p "
                "LEFT JOIN descriptors d ON d.person_id = p.id ORDER BY p.key, d.id"
            ).fetchall()
        )
        people: dict[str, list[dict[str, Any]]] = {}
        for name, model, vector in rows:
            entries = people.setdefault(name, [])
            if vector is not None:
                values = np.frombuffer(vector, "<f4").astype(float)
                entries.append({"model": model, "vector": [round(v, 7) for v in values.tolist()]})
        items = [{"name": name, "descriptors": d} for name, d in people.items()]
        self._write_export(path, "people", items)
        return len(people)

    def import_json(self, path: Path) -> int:
        """Add the people in an exported file (merged by name); returns how many people."""
        bad = PeopleStoreError(tr("{path} is not a list of people saved by Bitna.", path=path.name))
        entries = _validated(self._read_export(path, bad), bad)
        now = time.time()

        def work(connection: sqlite3.Connection) -> None:
            for name, descriptors in entries:
                connection.execute(
                    "INSERT OR IGNORE INTO people (name, key, created) VALUES (?, ?, ?)",
                    (name, name.casefold(), now),
                )
                person_id = connection.execute(
                    "SELECT id FROM people WHERE key = ?", (name.casefold(),)
                ).fetchone()[0]
                connection.executemany(
                    "INSERT INTO descriptors (person_id, model, dims, vector, created) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(person_id, model, v.size, _blob(v), now) for model, v in descriptors],
                )

        self._run(work)
        return len(entries)


def _validated(
    document: dict[str, Any], bad: PeopleStoreError
) -> list[tuple[str, list[tuple[str, np.ndarray]]]]:
    """The people in an import file, checked before anything is written."""
    if not isinstance(document.get("people"), list):
        raise bad
    entries = []
    for person in document["people"]:
        if not isinstance(person, dict) or not isinstance(person.get("name"), str):
            raise bad
        descriptors = []
        for item in person.get("descriptors") or []:
            if not isinstance(item, dict) or not isinstance(item.get("model"), str):
                raise bad
            try:
                vector = np.asarray(item.get("vector"), np.float32)
            except (TypeError, ValueError) as error:
                raise bad from error
            if vector.ndim != 1 or not 0 < vector.size <= 4096 or not np.isfinite(vector).all():
                raise bad
            descriptors.append((item["model"], vector))
        entries.append((clean_name(person["name"]), descriptors))
    return entries
