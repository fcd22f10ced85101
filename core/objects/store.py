"""The objects the user taught Bitna: names, keypoint views and named barcodes, in SQLite.

Only keypoints and their descriptors are kept, never pictures. The file handling (owner-only,
one transaction per change, a damaged file moved aside with a `notice`) is
`core.named_lists.store`'s, shared with the people list. Arrays are stored as raw little-endian
bytes (float32 points, uint8 descriptors), never pickled.
"""

from __future__ import annotations

import base64
import logging
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.named_lists import store as named_store
from core.named_lists.store import MAX_NAME_LENGTH, NamedStore
from core.objects.model import KnownViews, ObjectsStoreError, TaughtObject, ViewFeatures
from core.plumbing.i18n import tr
from core.plumbing.paths import data_dir

__all__ = ["MAX_NAME_LENGTH", "ObjectsStore", "clean_code", "clean_name", "default_path"]

log = logging.getLogger(__name__)

FILE_NAME = "objects.db"
SCHEMA_VERSION = 1
EXPORT_FORMAT = "bitna-objects"
MAX_CODE_LENGTH = 64
_SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS views (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    object_id INTEGER NOT NULL REFERENCES objects(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    count INTEGER NOT NULL,
    points BLOB NOT NULL,
    descriptors BLOB NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS views_by_model ON views(model);
CREATE TABLE IF NOT EXISTS codes (
    code TEXT PRIMARY KEY,
    object_id INTEGER NOT NULL REFERENCES objects(id) ON DELETE CASCADE
);
"""


def default_path() -> Path:
    """objects.db in the user data folder (or BITNA_DATA_DIR)."""
    return data_dir() / FILE_NAME


def clean_name(name: str) -> str:
    """The name as stored: trimmed, inner spaces collapsed; error when empty or too long."""
    return named_store.clean_name(name, ObjectsStoreError)


def clean_code(code: str) -> str:
    """A barcode's number or text as stored: trimmed; error when empty or too long."""
    cleaned = code.strip()
    if not cleaned or len(cleaned) > MAX_CODE_LENGTH:
        raise ObjectsStoreError(tr("That is not a barcode Bitna can remember."))
    return cleaned


def _view_row(view: ViewFeatures) -> tuple[int, int, int, bytes, bytes]:
    points = np.asarray(view.points, "<f4").reshape(-1, 2)
    descriptors = np.asarray(view.descriptors, np.uint8).reshape(points.shape[0], -1)
    return view.width, view.height, points.shape[0], points.tobytes(), descriptors.tobytes()


def _view_from(
    width: int, height: int, count: int, points: bytes, descriptors: bytes
) -> ViewFeatures:
    return ViewFeatures(
        np.frombuffer(points, "<f4").reshape(count, 2).astype(np.float32),
        np.frombuffer(descriptors, np.uint8).reshape(count, -1).copy(),
        width,
        height,
    )


class ObjectsStore(NamedStore):
    """Reads and changes the objects list; each method opens its own short connection."""

    schema = _SCHEMA
    schema_version = SCHEMA_VERSION
    tables = frozenset({"objects", "views", "codes"})
    error = ObjectsStoreError
    label = "Objects list"
    export_format = EXPORT_FORMAT

    @classmethod
    def open(cls, path: Path | None = None) -> ObjectsStore:
        """Open (or create) the list, setting aside a damaged file."""
        store = cls(path or default_path())
        store._prepare()
        return store

    def _newer_message(self) -> str:
        return tr("The list of objects was saved by a newer Bitna. Update Bitna to use it.")

    def _damaged_notice(self, backup: str) -> str:
        return tr(
            "The list of objects Bitna knows was damaged and could not be read. It was kept "
            "as {backup}. Bitna starts a new, empty list: teach the objects again, or import "
            "a saved list.",
            backup=backup,
        )

    def _unusable_message(self, reason: str) -> str:
        return tr(
            "The list of objects could not be used: {reason}. Close other copies of "
            "Bitna and check the disk has room.",
            reason=reason,
        )

    # Reading ------------------------------------------------------------------------------
    def objects(self) -> list[TaughtObject]:
        """Everything taught, in alphabetical order, with how many views each has."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT o.id, o.name, COUNT(v.id) FROM objects o "
                "LEFT JOIN views v ON v.object_id = o.id GROUP BY o.id ORDER BY o.key"
            ).fetchall()
        )
        return [TaughtObject(id=row[0], name=row[1], views=row[2]) for row in rows]

    def find(self, name: str) -> TaughtObject | None:
        """The object with this name (ignoring case and extra spaces), if taught."""
        key = clean_name(name).casefold()
        return next((item for item in self.objects() if item.name.casefold() == key), None)

    def known(self, model_id: str) -> KnownViews:
        """Every view made by `model_id`, with the name it belongs to."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT o.name, v.id, v.width, v.height, v.count, v.points, v.descriptors "
                "FROM views v JOIN objects o ON o.id = v.object_id WHERE v.model = ? "
                "ORDER BY v.id",
                (model_id,),
            ).fetchall()
        )
        known = KnownViews()
        for name, _id, width, height, count, points, descriptors in rows:
            try:
                known.views.append(_view_from(width, height, count, points, descriptors))
            except ValueError:
                log.warning("Skipping a damaged view of %s", name)
                continue
            known.names.append(name)
        ids = [row[1] for row in rows]
        known.version = f"{model_id}:{len(ids)}:{max(ids, default=0)}:{sum(ids)}"
        return known

    def code_names(self) -> dict[str, str]:
        """Every barcode the user named, with its name."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT c.code, o.name FROM codes c JOIN objects o ON o.id = c.object_id"
            ).fetchall()
        )
        return {code: name for code, name in rows}

    # Changing -----------------------------------------------------------------------------
    @staticmethod
    def _object_id(connection: sqlite3.Connection, name: str, now: float) -> int:
        connection.execute(
            "INSERT OR IGNORE INTO objects (name, key, created) VALUES (?, ?, ?)",
            (name, name.casefold(), now),
        )
        row = connection.execute("SELECT id FROM objects WHERE key = ?", (name.casefold(),))
        return int(row.fetchone()[0])

    def add(
        self,
        name: str,
        views: Sequence[ViewFeatures],
        model_id: str,
        codes: Sequence[str] = (),
    ) -> TaughtObject:
        """Remember `name` with these views (and barcodes), or add them to that object."""
        cleaned = clean_name(name)
        if not views and not codes:
            raise ObjectsStoreError(tr("Nothing was captured, so nothing was remembered."))
        now = time.time()
        cleaned_codes = [clean_code(code) for code in codes]

        def work(connection: sqlite3.Connection) -> None:
            object_id = self._object_id(connection, cleaned, now)
            connection.executemany(
                "INSERT INTO views (object_id, model, width, height, count, points, "
                "descriptors, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(object_id, model_id, *_view_row(view), now) for view in views],
            )
            connection.executemany(
                "INSERT OR REPLACE INTO codes (code, object_id) VALUES (?, ?)",
                [(code, object_id) for code in cleaned_codes],
            )

        self._run(work)
        found = self.find(cleaned)
        assert found is not None
        return found

    def name_code(self, code: str, name: str) -> TaughtObject:
        """Give a barcode a name (the object of that name is created when new)."""
        return self.add(name, [], "", codes=[code])

    def rename(self, old: str, new: str) -> None:
        """Give a taught object another name; an error when the new name is taken."""
        old_key, cleaned = clean_name(old).casefold(), clean_name(new)

        def work(connection: sqlite3.Connection) -> None:
            taken = connection.execute(
                "SELECT id FROM objects WHERE key = ? AND key != ?", (cleaned.casefold(), old_key)
            ).fetchone()
            if taken is not None:
                raise ObjectsStoreError(
                    tr("Bitna already knows an object called {name}.", name=cleaned)
                )
            changed = connection.execute(
                "UPDATE objects SET name = ?, key = ? WHERE key = ?",
                (cleaned, cleaned.casefold(), old_key),
            ).rowcount
            if not changed:
                raise ObjectsStoreError(
                    tr("Bitna does not know an object called {name}.", name=old)
                )

        self._run(work)

    def forget(self, name: str) -> bool:
        """Delete one object, its views and its barcodes; False when there was none."""
        key = clean_name(name).casefold()
        return bool(
            self._run(lambda c: c.execute("DELETE FROM objects WHERE key = ?", (key,)).rowcount)
        )

    def forget_all(self) -> int:
        """Delete every object; returns how many were forgotten."""

        def work(connection: sqlite3.Connection) -> int:
            connection.execute("DELETE FROM codes")
            connection.execute("DELETE FROM views")
            return int(connection.execute("DELETE FROM objects").rowcount)

        count = self._run(work)
        self._compact()
        return count

    # Export and import --------------------------------------------------------------------
    def export_json(self, path: Path) -> int:
        """Write every object to a JSON file (owner-only); returns how many objects."""

        def work(connection: sqlite3.Connection) -> dict[str, dict[str, Any]]:
            entries: dict[str, dict[str, Any]] = {}
            for object_id, name in connection.execute("SELECT id, name FROM objects ORDER BY key"):
                views = [
                    {
                        "model": model,
                        "width": width,
                        "height": height,
                        "count": count,
                        "points": base64.b64encode(points).decode("ascii"),
                        "descriptors": base64.b64encode(descriptors).decode("ascii"),
                    }
                    for model, width, height, count, points, descriptors in connection.execute(
                        "SELECT model, width, height, count, points, descriptors FROM views "
                        "WHERE object_id = ? ORDER BY id",
                        (object_id,),
                    )
                ]
                codes = [
                    row[0]
                    for row in connection.execute(
                        "SELECT code FROM codes WHERE object_id = ? ORDER BY code", (object_id,)
                    )
                ]
                entries[name] = {"name": name, "views": views, "codes": codes}
            return entries

        entries = self._run(work)
        self._write_export(path, "objects", list(entries.values()))
        return len(entries)

    def import_json(self, path: Path) -> int:
        """Add the objects in an exported file (merged by name); returns how many objects."""
        bad = ObjectsStoreError(
            tr("{path} is not a list of objects saved by Bitna.", path=path.name)
        )
        document = self._read_export(path, bad)
        try:
            entries = _validated(document)
        except (KeyError, TypeError, ValueError) as error:
            raise bad from error
        now = time.time()

        def work(connection: sqlite3.Connection) -> None:
            for name, views, codes in entries:
                object_id = self._object_id(connection, name, now)
                connection.executemany(
                    "INSERT INTO views (object_id, model, width, height, count, points, "
                    "descriptors, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(object_id, model, *_view_row(view), now) for model, view in views],
                )
                connection.executemany(
                    "INSERT OR REPLACE INTO codes (code, object_id) VALUES (?, ?)",
                    [(code, object_id) for code in codes],
                )

        self._run(work)
        return len(entries)


def _validated(
    document: dict[str, Any],
) -> list[tuple[str, list[tuple[str, ViewFeatures]], list[str]]]:
    """The objects in an import file, checked before anything is written."""
    entries = []
    for item in document["objects"]:
        name = clean_name(str(item["name"]))
        views = []
        for view in item.get("views") or []:
            count = int(view["count"])
            if not 0 < count <= 10_000:
                raise ValueError("count")
            features = _view_from(
                int(view["width"]),
                int(view["height"]),
                count,
                base64.b64decode(view["points"], validate=True),
                base64.b64decode(view["descriptors"], validate=True),
            )
            if not np.isfinite(features.points).all():
                raise ValueError("points")
            views.append((str(view["model"]), features))
        codes = [clean_code(str(code)) for code in item.get("codes") or []]
        entries.append((name, views, codes))
    return entries
