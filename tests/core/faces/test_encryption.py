"""Faces kept encrypted: no descriptor's bytes in the file, the key outside it, a lost key
said plainly, old lists encrypted on first open, exports sealed with a passphrase."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import numpy as np
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from core.faces import key_store
from core.faces.model import PeopleLockedError, PeopleStoreError, WrongPassphraseError
from core.faces.store import Imported, PeopleStore
from core.plumbing.atomic import create_atomically

MODEL = "dlib-resnet-v1"
DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[3]


def descriptor(rng: np.random.Generator) -> np.ndarray:
    """A realistic stand-in for dlib's descriptor: 128 small float32 values."""
    return (rng.normal(size=128) * 0.1).astype(np.float32)


def fixture_vectors() -> list[np.ndarray]:
    """The descriptors in data/people-v1.db, drawn as its README says: Kit 2, 민수 1."""
    rng = np.random.default_rng(2026)
    return [(rng.normal(size=128) * 0.1).astype(np.float32) for _ in range(3)]


def windows(data: bytes, width: int = 16) -> set[bytes]:
    return {data[i : i + width] for i in range(len(data) - width + 1)}


def leaked(store_path: Path, secrets: list[bytes]) -> list[str]:
    """Which of the list's files hold any 16-byte window of any of `secrets`."""
    found = []
    for suffix in ("", "-wal", "-journal", "-shm"):
        file = store_path.with_name(store_path.name + suffix)
        if not file.exists():
            continue
        present = windows(file.read_bytes())
        for index, secret in enumerate(secrets):
            if any(window in present for window in windows(secret)):
                found.append(f"{file.name}: secret {index}")
    return found


def raw(vector: np.ndarray) -> bytes:
    return np.asarray(vector, "<f4").tobytes()


class MemoryKeyring(KeyringBackend):
    """A system keyring that lives in memory, as Secret Service or the Keychain would."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


class BrokenKeyring(MemoryKeyring):
    """A keyring whose every call fails (D-Bus gone, a locked collection...)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


@pytest.fixture
def system_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """The keyring in use for this test: an in-memory one (the tests' default is none)."""
    monkeypatch.delenv("BITNA_NO_KEYRING")
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


# No descriptor in the file ----------------------------------------------------------------


def test_no_descriptor_bytes_appear_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "people.db"
    store = PeopleStore.open(path)
    rng = np.random.default_rng(5)
    enrolled = {f"Person {n}": [descriptor(rng) for _ in range(3)] for n in range(20)}
    for name, vectors in enrolled.items():
        store.add(name, vectors, MODEL)
    secrets = [raw(v) for vectors in enrolled.values() for v in vectors]
    assert len(leaked(path, secrets)) == 0
    # Not after a checkpoint and a compaction either, nor in a journal kept in WAL mode.
    holder = sqlite3.connect(path)  # kept open, so the WAL stays while it is looked at
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("SELECT COUNT(*) FROM people").fetchone()
    store.add("Person late", [descriptor(rng)], MODEL)
    assert path.with_name("people.db-wal").stat().st_size > 0
    assert leaked(path, secrets) == []
    holder.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
    assert leaked(path, secrets) == []
    # The key is not in the file either, and the list still opens with it.
    key = (tmp_path / "people.key").read_bytes()
    assert len(key) == 32 and key not in path.read_bytes()
    known = PeopleStore.open(path).known(MODEL)
    np.testing.assert_array_equal(known.vectors[0], enrolled["Person 0"][0])
    assert len(known.names) == 61
    # The check can fail: the raw bytes of a plain float32 list would be found.
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE v (b BLOB)")
        connection.execute("INSERT INTO v VALUES (?)", (secrets[7],))
    assert leaked(plain, secrets) == ["plain.db: secret 7"]


def test_forgetting_a_person_leaves_neither_name_nor_face_behind(tmp_path: Path) -> None:
    path = tmp_path / "people.db"
    store = PeopleStore.open(path)
    rng = np.random.default_rng(6)
    store.add("Rose", [descriptor(rng)], MODEL)
    store.add("Zebediah Quartermaine", [descriptor(rng), descriptor(rng)], MODEL)
    with sqlite3.connect(path) as connection:
        sealed = [row[0] for row in connection.execute("SELECT vector FROM descriptors")][1:]
    assert all(seal in path.read_bytes() for seal in sealed)
    assert b"Zebediah Quartermaine" in path.read_bytes()

    assert store.forget("zebediah quartermaine")

    data = path.read_bytes()
    assert b"Zebediah" not in data and b"zebediah" not in data
    assert leaked(path, sealed) == []
    assert store.known(MODEL).names == ["Rose"]


def test_a_descriptor_moved_to_another_person_does_not_open(tmp_path: Path) -> None:
    path = tmp_path / "people.db"
    store = PeopleStore.open(path)
    rng = np.random.default_rng(7)
    kit, rose = descriptor(rng), descriptor(rng)
    store.add("Kit", [kit], MODEL)
    store.add("Rose", [rose, descriptor(rng)], MODEL)
    with sqlite3.connect(path) as connection:
        blobs = dict(connection.execute("SELECT id, vector FROM descriptors"))
        connection.execute("UPDATE descriptors SET vector = ? WHERE id = 1", (blobs[2],))
        connection.execute("UPDATE descriptors SET vector = ? WHERE id = 2", (blobs[1],))
    known = store.known(MODEL)
    # Neither swapped face is named as the other person: both rows are left out.
    assert known.names == ["Rose"]
    assert not any(np.array_equal(row, kit) or np.array_equal(row, rose) for row in known.vectors)


# Where the key is kept --------------------------------------------------------------------


def test_without_a_keyring_the_key_is_an_owner_only_file(tmp_path: Path) -> None:
    store = PeopleStore.open(tmp_path / "people.db")
    assert store.key_place() == f"a key file in {tmp_path}"
    store.add("Kit", [descriptor(np.random.default_rng(1))], MODEL)
    key = tmp_path / "people.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(key.read_bytes()) == 32
    assert store.key_place() == f"a key file in {tmp_path}"


def test_with_a_system_keyring_the_key_is_kept_there(
    tmp_path: Path, system_keyring: MemoryKeyring
) -> None:
    store = PeopleStore.open(tmp_path / "people.db")
    assert store.key_place() == "the system keyring"
    vector = descriptor(np.random.default_rng(2))
    store.add("Kit", [vector], MODEL)
    assert not (tmp_path / "people.key").exists()
    ((service, username),) = system_keyring.entries
    assert service == "Bitna" and str(tmp_path.resolve()) in username
    np.testing.assert_array_equal(PeopleStore.open(store.path).known(MODEL).vectors[0], vector)

    system_keyring.entries.clear()  # the keyring emptied: a new store object must ask it
    with pytest.raises(PeopleLockedError, match="cannot be unlocked"):
        PeopleStore.open(store.path).known(MODEL)


@pytest.mark.parametrize("backend", [fail.Keyring, BrokenKeyring])
def test_a_failing_keyring_counts_as_none(
    tmp_path: Path, system_keyring: MemoryKeyring, backend: type[KeyringBackend]
) -> None:
    keyring.set_keyring(backend())
    store = PeopleStore.open(tmp_path / "people.db")
    store.add("Kit", [descriptor(np.random.default_rng(3))], MODEL)
    assert (tmp_path / "people.key").exists()
    assert store.key_place() == f"a key file in {tmp_path}"
    assert PeopleStore.open(store.path).known(MODEL).names == ["Kit"]


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_lost_key_is_said_plainly_and_forgetting_everyone_starts_afresh(
    tmp_path: Path, how: str
) -> None:
    path = tmp_path / "people.db"
    PeopleStore.open(path).add("Kit", [descriptor(np.random.default_rng(4))], MODEL)
    key = tmp_path / "people.key"
    key.unlink()
    if how == "replaced":
        key.write_bytes(os.urandom(32))
    before = path.read_bytes()

    store = PeopleStore.open(path)  # opens: the names can still be listed and forgotten
    assert [person.name for person in store.people()] == ["Kit"]
    for attempt in (
        lambda: store.known(MODEL),
        lambda: store.add("Rose", [np.ones(128, np.float32)], MODEL),
        lambda: store.export_people(tmp_path / "out.json", "long enough"),
    ):
        with pytest.raises(PeopleLockedError) as raised:
            attempt()
        message = raised.value.message
        assert "cannot be unlocked" in message and f"a key file in {tmp_path}" in message
        assert "Put the key back" in message and "forget everyone" in message
    assert path.read_bytes() == before  # nothing changed, no key made over the lost one
    assert not (tmp_path / "out.json").exists()

    assert store.forget_all() == 1
    store.add("Rose", [np.ones(128, np.float32)], MODEL)
    assert PeopleStore.open(path).known(MODEL).names == ["Rose"]


def test_a_key_file_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "people.key"
    create_atomically(path, b"first")
    with pytest.raises(FileExistsError):
        create_atomically(path, b"second")
    assert path.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["people.key"]  # no temporary left
    assert key_store.create_key(tmp_path) == b"first"  # another Bitna's key is used


# Lists made before encryption ----------------------------------------------------------------


def test_a_list_made_by_bitna_before_encryption_is_encrypted_on_first_open(
    tmp_path: Path,
) -> None:
    path = tmp_path / "people.db"
    shutil.copy(DATA / "people-v1.db", path)
    vectors = fixture_vectors()
    assert leaked(path, [raw(v) for v in vectors]) != []  # plain float32 before

    store = PeopleStore.open(path)

    assert store.notice is None and store.backup is None
    assert [(p.name, p.samples) for p in store.people()] == [("Kit", 2), ("민수", 1)]
    known = store.known(MODEL)
    assert known.names == ["Kit", "Kit", "민수"]
    np.testing.assert_array_equal(known.vectors, np.stack(vectors))
    assert leaked(path, [raw(v) for v in vectors]) == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
    again = PeopleStore.open(path)  # a second open changes nothing
    np.testing.assert_array_equal(again.known(MODEL).vectors, np.stack(vectors))


MIGRATE = """
import sys
from pathlib import Path
from core.faces.store import PeopleStore
print("ready", flush=True)
PeopleStore.open(Path(sys.argv[1]))
print("done", flush=True)
"""


def big_v1_list(path: Path, people: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """The v1 fixture grown to `people` people with rows as Bitna before encryption wrote."""
    shutil.copy(DATA / "people-v1.db", path)
    added = {}
    with sqlite3.connect(path) as connection:
        for n in range(people):
            person = connection.execute(
                "INSERT INTO people (name, key, created) VALUES (?, ?, 0)",
                (f"Person {n}", f"person {n}"),
            ).lastrowid
            vectors = np.stack([descriptor(rng) for _ in range(5)])
            connection.executemany(
                "INSERT INTO descriptors (person_id, model, dims, vector, created) "
                "VALUES (?, ?, 128, ?, 0)",
                [(person, MODEL, raw(v)) for v in vectors],
            )
            added[f"Person {n}"] = vectors
    return added


@pytest.mark.slow
def test_a_kill_during_the_upgrade_leaves_the_old_list_or_the_new(tmp_path: Path) -> None:
    rng = np.random.default_rng(8)
    timing = random.Random(11)
    template = tmp_path / "template.db"
    added = big_v1_list(template, 600, rng)  # 3,003 descriptors: the upgrade takes a while
    expected = np.concatenate([np.stack(fixture_vectors()), *added.values()])
    outcomes = []
    for attempt in range(12):
        folder = tmp_path / f"run{attempt}"
        folder.mkdir()
        path = folder / "people.db"
        shutil.copy(template, path)
        child = subprocess.Popen(
            [sys.executable, "-c", MIGRATE, str(path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(timing.uniform(0.0, 0.1))  # the upgrade takes some 70 ms here
        child.send_signal(signal.SIGKILL)
        finished = "done" in child.stdout.read()
        child.wait(timeout=10)
        with sqlite3.connect(path) as connection:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            blobs = [row[0] for row in connection.execute("SELECT vector FROM descriptors")]
        # Either wholly old (every row plain float32) or wholly new (every row sealed).
        assert version in (1, 2)
        assert all(len(blob) == (512 if version == 1 else 540) for blob in blobs)
        assert version == 2 or not finished
        outcomes.append(version)
        store = PeopleStore.open(path)
        assert store.notice is None
        np.testing.assert_array_equal(store.known(MODEL).vectors, expected)
        assert leaked(path, [raw(v) for v in expected[:50]]) == []
    print("outcomes (schema after the kill):", outcomes)


# Exports ------------------------------------------------------------------------------------


def enrolled_store(tmp_path: Path) -> PeopleStore:
    store = PeopleStore.open(tmp_path / "people.db")
    rng = np.random.default_rng(9)
    store.add("Kit", [descriptor(rng), descriptor(rng)], MODEL)
    store.add("Rose", [descriptor(rng)], MODEL)
    return store


def test_a_wrong_passphrase_says_so_and_changes_nothing(tmp_path: Path) -> None:
    store = enrolled_store(tmp_path)
    exported = tmp_path / "people.bitna.json"
    assert store.export_people(exported, "the right passphrase") == 2
    text = exported.read_text(encoding="utf-8")
    assert "Kit" not in text and "Rose" not in text
    other = PeopleStore.open(tmp_path / "other" / "people.db")
    other.add("Ann", [np.ones(128, np.float32)], MODEL)
    before = other.path.read_bytes()
    with pytest.raises(WrongPassphraseError, match="passphrase does not open this file"):
        other.import_people(exported, "the wrong passphrase")
    assert other.path.read_bytes() == before
    assert [(p.name, p.samples) for p in other.people()] == [("Ann", 1)]
    with pytest.raises(PeopleStoreError, match="is encrypted: give its passphrase"):
        other.import_people(exported)
    assert other.import_people(exported, "the right passphrase") == Imported(2, encrypted=True)
    np.testing.assert_array_equal(
        other.known(MODEL).vectors[1:], store.known(MODEL).vectors[[0, 1, 2]]
    )


def test_a_changed_export_header_does_not_open(tmp_path: Path) -> None:
    store = enrolled_store(tmp_path)
    exported = tmp_path / "people.json"
    store.export_people(exported, "the right passphrase")
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["encryption"]["kdf"] == "scrypt" and document["encryption"]["n"] >= 2**15
    document["encryption"]["p"] = 2
    exported.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(WrongPassphraseError):
        PeopleStore.open(tmp_path / "o.db").import_people(exported, "the right passphrase")


def test_a_short_passphrase_is_refused_and_nothing_written(tmp_path: Path) -> None:
    store = enrolled_store(tmp_path)
    for passphrase, message in (("", "type a passphrase"), ("short", "at least 8 characters")):
        with pytest.raises(PeopleStoreError, match=message):
            store.export_people(tmp_path / "out.json", passphrase)
    assert not (tmp_path / "out.json").exists()


def test_a_plain_export_from_bitna_before_encryption_still_imports(tmp_path: Path) -> None:
    store = PeopleStore.open(tmp_path / "people.db")
    exported = DATA / "people-v1-export.json"
    assert json.loads(exported.read_text(encoding="utf-8"))["version"] == 1
    assert not store.needs_passphrase(exported)
    assert store.import_people(exported) == Imported(people=2, encrypted=False)
    assert [(p.name, p.samples) for p in store.people()] == [("Kit", 2), ("민수", 1)]
    np.testing.assert_allclose(store.known(MODEL).vectors, np.stack(fixture_vectors()), atol=1e-6)
    assert leaked(store.path, [raw(v) for v in fixture_vectors()]) == []


def test_a_key_that_cannot_be_written_is_an_error_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args, **kwargs) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(key_store, "create_atomically", full)
    store = PeopleStore.open(tmp_path / "people.db")
    with pytest.raises(PeopleStoreError, match="No space left on device"):
        store.add("Kit", [np.ones(128, np.float32)], MODEL)
    assert store.people() == []


def test_a_plain_generated_list_imports_under_the_old_name(tmp_path: Path) -> None:
    generated = tmp_path / "generated.json"
    people = [
        {"name": f"P{n}", "descriptors": [{"model": MODEL, "vector": [n] * 128}]} for n in range(3)
    ]
    generated.write_text(json.dumps({"format": "bitna-people", "people": people}))
    store = PeopleStore.open(tmp_path / "people.db")
    assert store.import_people(generated).people == 3
    assert store.known(MODEL).names == ["P0", "P1", "P2"]
