"""The people the user taught Bitna: names and face descriptors in one SQLite file.

Only descriptors are kept, never photos, and they are kept encrypted (biometric data):
each one sealed with AES-GCM (`core.faces.sealing`) under a key kept outside the file, in
the system keyring or a key file (`core.faces.key_store`), bound to its row so it cannot be
moved to another person. A key check beside them tells a lost or wrong key from damage.
Deleted rows are overwritten (secure_delete). Exports are sealed with the user's passphrase.
The file handling (owner-only, one transaction per change, a damaged file moved aside with a
`notice`, upgrades in one transaction) is `core.named_lists.store`'s, shared with the
objects list. Schema 1 (before encryption) kept raw float32 and is encrypted on first open.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.faces import key_store, sealing
from core.faces.model import (
    KnownDescriptors,
    PeopleLockedError,
    PeopleStoreError,
    Person,
    WrongPassphraseError,
)
from core.named_lists import store as named_store
from core.named_lists.store import MAX_NAME_LENGTH, NamedStore
from core.plumbing.atomic import write_atomically
from core.plumbing.i18n import tr
from core.plumbing.paths import data_dir

__all__ = [
    "MAX_NAME_LENGTH",
    "MIN_PASSPHRASE",
    "Imported",
    "PeopleStore",
    "check_new_passphrase",
    "clean_name",
    "default_path",
    "not_encrypted_note",
]

log = logging.getLogger(__name__)
FILE_NAME = "people.db"
SCHEMA_VERSION = 2
"""1: descriptors as raw float32; 2: descriptors sealed, and the key check."""
EXPORT_FORMAT = "bitna-people"
EXPORT_VERSION = 2
"""1: plain JSON (Bitna before encryption, still imported); 2: sealed with a passphrase."""
MIN_PASSPHRASE = 8
_KEY_CHECK = "key-check"
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
CREATE TABLE IF NOT EXISTS secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
"""


def default_path() -> Path:
    """people.db in the user data folder (or BITNA_DATA_DIR)."""
    return data_dir() / FILE_NAME


def clean_name(name: str) -> str:
    """The name as stored: trimmed, inner spaces collapsed; error when empty or too long."""
    return named_store.clean_name(name, PeopleStoreError)


def check_new_passphrase(passphrase: str) -> str:
    """The passphrase for a new export, or an error saying why it will not do."""
    if not passphrase:
        raise PeopleStoreError(tr("Please type a passphrase."))
    if len(passphrase) < MIN_PASSPHRASE:
        raise PeopleStoreError(
            tr("Use a passphrase of at least {count} characters.", count=MIN_PASSPHRASE)
        )
    return passphrase


def not_encrypted_note(file_name: str) -> str:
    """Said after importing a plain list saved by a Bitna from before encryption."""
    return tr(
        "{file} was not encrypted: anyone with a copy of it can read the faces in it. "
        "Delete it, and export again to keep an encrypted copy.",
        file=file_name,
    )


def _key(name: str) -> str:
    return clean_name(name).casefold()


def _blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, "<f4").ravel().tobytes()


@dataclass(frozen=True)
class Imported:
    """What an import added: how many people, and whether the file was encrypted."""

    people: int
    encrypted: bool


class PeopleStore(NamedStore):
    """Reads and changes the people list; each method opens its own short connection."""

    schema = _SCHEMA
    schema_version = SCHEMA_VERSION
    tables = frozenset({"people", "descriptors"})
    error = PeopleStoreError
    label = "People list"
    export_format = EXPORT_FORMAT
    secure_delete = True

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._cipher_now: sealing.DescriptorCipher | None = None
        """The key's cipher once it was found to fit (the keyring is asked once)."""

    @classmethod
    def open(cls, path: Path | None = None) -> PeopleStore:
        """Open (or create) the list, setting aside a damaged file; an old one is encrypted."""
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

    def _locked_message(self) -> str:
        return tr(
            "The list of people cannot be unlocked: the key that encrypts their faces "
            "({where}) is missing or is not the one they were saved with. Put the key back "
            "from a backup, or forget everyone (Forget everyone in the People window, or "
            "bitna faces forget --all) and introduce them again.",
            where=self.key_place(),
        )

    # The key ------------------------------------------------------------------------------
    def key_place(self) -> str:
        """Where the key of this list is kept ("the system keyring", "a key file in ...")."""
        return key_store.where_kept(self.path.parent)

    def _cipher(self, connection: sqlite3.Connection) -> sealing.DescriptorCipher:
        """The cipher of this list's key, checked against the key check; a first key is made
        for a list without one. PeopleLockedError when the key is lost and faces are kept."""
        row = connection.execute("SELECT value FROM secrets WHERE name = ?", (_KEY_CHECK,))
        found = row.fetchone()
        check: bytes | None = found[0] if found else None
        if check is not None and self._cipher_now is not None and self._cipher_now.fits(check):
            return self._cipher_now
        folder = self.path.parent
        cipher = _cipher_of(key_store.read_key(folder))
        if check is not None and cipher is not None and cipher.fits(check):
            self._cipher_now = cipher
            return cipher
        if check is not None:
            kept = connection.execute("SELECT COUNT(*) FROM descriptors").fetchone()[0]
            if kept:
                log.error("%s %s: the key does not fit the faces kept", self.label, self.path)
                raise PeopleLockedError(self._locked_message())
            log.warning("%s: the key was lost with no faces kept; starting a new key", self.label)
        if cipher is None:
            try:
                if key_store.read_key(folder) is not None:  # a damaged key, nothing to lose
                    key_store.forget_key(folder)
                cipher = _cipher_of(key_store.create_key(folder))
            except OSError as error:  # the key file could not be written (disk full...)
                log.error("%s: could not keep a new key: %s", self.label, error)
                raise PeopleStoreError(self._unusable_message(str(error))) from error
            if cipher is None:
                raise PeopleLockedError(self._locked_message())
        connection.execute(
            "INSERT OR REPLACE INTO secrets (name, value) VALUES (?, ?)",
            (_KEY_CHECK, cipher.key_check()),
        )
        self._cipher_now = cipher
        return cipher

    def _upgrade(self, connection: sqlite3.Connection, version: int) -> bool:
        """Schema 1 kept raw float32 descriptors: seal each in place (one transaction)."""
        if version != 1:
            return False
        rows = connection.execute(
            "SELECT id, person_id, model, vector FROM descriptors ORDER BY id"
        ).fetchall()
        if not rows:
            return False
        cipher = self._cipher(connection)
        connection.executemany(
            "UPDATE descriptors SET vector = ? WHERE id = ?",
            [
                (cipher.seal(vector, sealing.descriptor_binding(row_id, person, model)), row_id)
                for row_id, person, model, vector in rows
            ],
        )
        log.info("%s: encrypted %d face descriptors kept by an older Bitna", self.label, len(rows))
        return True

    def _insert_descriptors(
        self,
        connection: sqlite3.Connection,
        person_id: int,
        descriptors: Sequence[tuple[str, np.ndarray]],
        now: float,
    ) -> None:
        """Add sealed descriptors: each row's id is bound into its seal, so the row is made
        first (with an empty blob) and the seal written to it in the same transaction."""
        cipher = self._cipher(connection)
        plain = [(model, int(np.asarray(v).size), _blob(v)) for model, v in descriptors]
        for model, dims, data in plain:
            row_id = connection.execute(
                "INSERT INTO descriptors (person_id, model, dims, vector, created) "
                "VALUES (?, ?, ?, ?, ?)",
                (person_id, model, dims, b"", now),
            ).lastrowid
            assert row_id is not None
            bound = sealing.descriptor_binding(row_id, person_id, model)
            connection.execute(
                "UPDATE descriptors SET vector = ? WHERE id = ?",
                (cipher.seal(data, bound), row_id),
            )

    def _opened(
        self, cipher: sealing.DescriptorCipher, rows: list[Any]
    ) -> list[tuple[Any, np.ndarray]]:
        """(label, vector) of each row (label, id, person, model, dims, sealed) that opens;
        a row whose seal fails (damaged, or moved from another row) is left out."""
        opened = []
        for label, row_id, person, model, dims, sealed in rows:
            try:
                data = cipher.open(sealed, sealing.descriptor_binding(row_id, person, model))
            except sealing.CannotOpenError:
                log.warning("%s: descriptor %d does not open; left out", self.label, row_id)
                continue
            if len(data) == dims * 4:
                opened.append((label, np.frombuffer(data, "<f4")))
        return opened

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
        """Every descriptor made by `model_id`, with the name it belongs to (decrypted)."""

        def work(connection: sqlite3.Connection) -> tuple[Any, list[Any]]:
            rows = connection.execute(
                "SELECT p.name, d.id, d.person_id, d.model, d.dims, d.vector FROM descriptors d "
                "JOIN people p ON p.id = d.person_id WHERE d.model = ? ORDER BY d.id",
                (model_id,),
            ).fetchall()
            return (self._cipher(connection) if rows else None), rows

        cipher, rows = self._run(work)
        if not rows:
            return KnownDescriptors()
        dims = rows[0][4]
        opened = self._opened(cipher, [row for row in rows if row[4] == dims])
        if not opened:
            return KnownDescriptors()
        vectors = np.stack([vector for _, vector in opened]).astype(np.float32)
        return KnownDescriptors(names=[name for name, _ in opened], vectors=vectors)

    # Changing -----------------------------------------------------------------------------
    def add(self, name: str, descriptors: Sequence[np.ndarray], model_id: str) -> Person:
        """Remember `name` with these descriptors, or add them to the person of that name."""
        cleaned = clean_name(name)
        if not descriptors:
            raise PeopleStoreError(tr("No face was captured, so nothing was remembered."))
        now = time.time()

        def work(connection: sqlite3.Connection) -> None:
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
            assert person_id is not None
            self._insert_descriptors(
                connection, person_id, [(model_id, vector) for vector in descriptors], now
            )

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
        """Delete everyone; returns how many people were forgotten. Works without the key,
        so a list whose key was lost can be started afresh."""

        def work(connection: sqlite3.Connection) -> int:
            connection.execute("DELETE FROM descriptors")
            return int(connection.execute("DELETE FROM people").rowcount)

        count = self._run(work)
        self._compact()
        return count

    # Export and import --------------------------------------------------------------------
    def export_people(self, path: Path, passphrase: str) -> int:
        """Write everyone to a file sealed with `passphrase` (owner-only); how many people."""
        check_new_passphrase(passphrase)

        def work(connection: sqlite3.Connection) -> tuple[Any, list[Any]]:
            rows = connection.execute(
                "SELECT p.id, p.name, d.id, d.person_id, d.model, d.dims, d.vector "
                "FROM people p LEFT JOIN descriptors d ON d.person_id = p.id "
                "ORDER BY p.key, d.id"
            ).fetchall()
            sealed = any(row[2] is not None for row in rows)
            return (self._cipher(connection) if sealed else None), rows

        cipher, rows = self._run(work)
        people: dict[int, tuple[str, list[dict[str, Any]]]] = {}
        for person_id, name, *_ in rows:
            people.setdefault(person_id, (name, []))
        descriptors = [((row[0], row[4]), *row[2:]) for row in rows if row[2] is not None]
        for (person_id, model), vector in self._opened(cipher, descriptors) if cipher else []:
            values = vector.astype(float).tolist()  # exact: float32 → float64 → float32
            people[person_id][1].append({"model": model, "vector": values})
        items = [{"name": name, "descriptors": kept} for name, kept in people.values()]
        header = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION}
        document = sealing.seal_document(header, {"people": items}, passphrase)
        write_atomically(path, json.dumps(document, indent=1).encode("utf-8"))
        return len(items)

    def _not_a_list(self, path: Path) -> PeopleStoreError:
        message = tr("{path} is not a list of people saved by Bitna.", path=path.name)
        return PeopleStoreError(message)

    def needs_passphrase(self, path: Path) -> bool:
        """True when `path` is an encrypted export (ask its passphrase); an error when it is
        no list of people at all."""
        return sealing.is_sealed(self._read_export(path, self._not_a_list(path)))

    def import_people(self, path: Path, passphrase: str | None = None) -> Imported:
        """Add the people in an exported file (merged by name). An encrypted file needs its
        passphrase (a wrong one changes nothing); a plain one from an older Bitna imports
        as it is, and `Imported.encrypted` says so."""
        bad = self._not_a_list(path)
        document = self._read_export(path, bad)
        encrypted = sealing.is_sealed(document)
        if encrypted:
            if passphrase is None:
                raise PeopleStoreError(
                    tr("{path} is encrypted: give its passphrase to import it.", path=path.name)
                )
            try:
                document = sealing.open_document(document, passphrase)
            except sealing.CannotOpenError as error:
                raise WrongPassphraseError(
                    tr(
                        "The passphrase does not open this file. Check it and try again; "
                        "nothing was changed."
                    )
                ) from error
            except (ValueError, UnicodeDecodeError) as error:
                raise bad from error
        elif document.get("version", 1) != 1:
            raise bad
        entries = _validated(document, bad)
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
                if descriptors:
                    self._insert_descriptors(connection, person_id, descriptors, now)

        self._run(work)
        return Imported(people=len(entries), encrypted=encrypted)


def _cipher_of(key: bytes | None) -> sealing.DescriptorCipher | None:
    """A cipher for `key`, or None when there is no key or it is not a key at all."""
    if key is None:
        return None
    try:
        return sealing.DescriptorCipher(key)
    except sealing.CannotOpenError:
        return None


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
