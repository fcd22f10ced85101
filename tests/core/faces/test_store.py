"""The people list: SQLite in the data folder, owner-only, transactions, damage handled."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import numpy as np
import pytest

from core.faces.model import PeopleStoreError
from core.faces.store import Imported, PeopleStore, default_path
from core.plumbing.paths import data_dir

MODEL = "test-model"


def vector(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=128).astype(np.float32)


@pytest.fixture
def store() -> PeopleStore:
    return PeopleStore.open()


def test_lives_in_the_data_folder_readable_by_owner_only(store: PeopleStore) -> None:
    assert store.path == default_path() == data_dir() / "people.db"
    store.add("Kit", [vector(1)], MODEL)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700


def test_an_existing_readable_file_is_narrowed_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "people.db"
    PeopleStore.open(path)
    os.chmod(path, 0o644)
    PeopleStore.open(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_add_find_known_rename_forget(store: PeopleStore) -> None:
    store.add("  Kit   Harington ", [vector(1), vector(2)], MODEL)
    store.add("kit harington", [vector(3)], MODEL)  # same person, more samples
    store.add("Rose", [vector(4)], MODEL)
    store.add("Rose", [vector(5)], "another-model")
    assert [(p.name, p.samples) for p in store.people()] == [("Kit Harington", 3), ("Rose", 2)]
    known = store.known(MODEL)
    assert known.names == ["Kit Harington"] * 3 + ["Rose"]
    np.testing.assert_array_equal(known.vectors[3], vector(4))
    store.rename("KIT HARINGTON", "Jon")
    assert store.find("jon") is not None and store.find("Kit Harington") is None
    with pytest.raises(PeopleStoreError, match="already knows someone called rose"):
        store.rename("Jon", "rose")
    assert store.forget("jon") is True
    assert store.forget("jon") is False
    assert store.known(MODEL).names == ["Rose"]
    # Forgetting removes the descriptors too, not just the name.
    with sqlite3.connect(store.path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM descriptors").fetchone()[0] == 2
    assert store.forget_all() == 1
    assert store.people() == [] and store.known(MODEL).names == []


def test_bad_names_are_refused(store: PeopleStore) -> None:
    with pytest.raises(PeopleStoreError, match="type a name"):
        store.add("   ", [vector(1)], MODEL)
    with pytest.raises(PeopleStoreError, match="too long"):
        store.add("x" * 81, [vector(1)], MODEL)
    assert store.people() == []


def test_vectors_are_sealed_not_raw_floats_nor_pickles(store: PeopleStore) -> None:
    store.add("Kit", [vector(1)], MODEL)
    with sqlite3.connect(store.path) as connection:
        blob = connection.execute("SELECT vector FROM descriptors").fetchone()[0]
    assert len(blob) == 12 + 128 * 4 + 16  # nonce, ciphertext, tag
    assert vector(1).astype("<f4").tobytes()[:16] not in blob
    assert not blob.startswith(b"\x80")  # a pickle's protocol byte
    np.testing.assert_array_equal(store.known(MODEL).vectors[0], vector(1))


def test_a_failed_change_leaves_the_list_as_it_was(store: PeopleStore) -> None:
    store.add("Kit", [vector(1)], MODEL)
    with pytest.raises(ValueError):
        store.add("Rose", [vector(2), "not a vector"], MODEL)  # type: ignore[list-item]
    assert [p.name for p in store.people()] == ["Kit"]


def test_a_damaged_file_is_kept_aside_and_nothing_else_lost(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.json").write_text('{"theme": "white-on-black"}')
    damaged = b"this is not a database at all" * 200
    (folder / "people.db").write_bytes(damaged)
    store = PeopleStore.open(folder / "people.db")
    assert store.notice is not None and store.backup is not None
    assert "damaged" in store.notice and store.backup.name in store.notice
    assert "introduce people again" in store.notice
    assert store.backup.read_bytes() == damaged
    assert (folder / "settings.json").read_text() == '{"theme": "white-on-black"}'
    # The new list works and is owner-only.
    store.add("Kit", [vector(1)], MODEL)
    assert [p.name for p in PeopleStore.open(folder / "people.db").people()] == ["Kit"]
    assert stat.S_IMODE((folder / "people.db").stat().st_mode) == 0o600


def test_a_truncated_database_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "people.db"
    store = PeopleStore.open(path)
    for i in range(40):
        store.add(f"Person {i}", [vector(i)] * 4, MODEL)
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 4000 + data[4100:])
    again = PeopleStore.open(path)
    assert again.notice is not None
    assert again.backup is not None and again.backup.exists()
    assert again.people() == []


def test_a_sound_file_is_not_moved(tmp_path: Path) -> None:
    path = tmp_path / "people.db"
    PeopleStore.open(path).add("Kit", [vector(1)], MODEL)
    again = PeopleStore.open(path)
    assert again.notice is None and again.backup is None
    assert sorted(tmp_path.iterdir()) == [path, tmp_path / "people.key"]


def test_export_and_import(store: PeopleStore, tmp_path: Path) -> None:
    store.add("Kit", [vector(1), vector(2)], MODEL)
    store.add("민수", [vector(3)], MODEL)
    file = tmp_path / "people.json"
    assert store.export_people(file, "correct horse") == 2
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    document = json.loads(file.read_text(encoding="utf-8"))
    assert document["format"] == "bitna-people" and document["version"] == 2
    assert "민수" not in file.read_text(encoding="utf-8")  # names are sealed too
    other = PeopleStore.open(tmp_path / "other.db")
    other.add("Kit", [vector(9)], MODEL)
    assert other.needs_passphrase(file)
    assert other.import_people(file, "correct horse") == Imported(people=2, encrypted=True)
    assert [(p.name, p.samples) for p in other.people()] == [("Kit", 3), ("민수", 1)]
    np.testing.assert_allclose(other.known(MODEL).vectors[-1], vector(3), atol=1e-6)


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"format": "other"}',
        '{"format": "bitna-people", "people": [{}]}',
        '{"format": "bitna-people", "people": [{"name": "A", "descriptors": '
        '[{"model": "m", "vector": ["x"]}]}]}',
        '{"format": "bitna-people", "version": 2, "encryption": {"kdf": "scrypt"}, '
        '"sealed": "AAAA"}',
    ],
)
def test_a_bad_import_changes_nothing(store: PeopleStore, tmp_path: Path, content: str) -> None:
    store.add("Kit", [vector(1)], MODEL)
    file = tmp_path / "bad.json"
    file.write_text(content)
    with pytest.raises(PeopleStoreError, match="not a list of people"):
        store.import_people(file, "any passphrase")
    assert [(p.name, p.samples) for p in store.people()] == [("Kit", 1)]
