"""The cost of keeping faces encrypted: opening the people list and reading its descriptors.

Each descriptor in people.db is sealed with AES-GCM (core/faces/sealing.py), so every
`known()` (what `who` and the Faces command read before matching) decrypts them all. This
times, for 2 people (10 descriptors) and 1,000 people (5,000 descriptors): opening the list,
the first `known()` of a new store object (it also reads the key from the keyring or key
file), a later `known()`, and one match of a face against them all; beside the peer, the
same rows kept as plain float32 as Bitna kept them before (schema 1) and read with
`np.frombuffer`. Target: all 5,000 descriptors decrypted in well under 50 ms.

    .venv/bin/python benchmarks/face_store.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("BITNA_NO_KEYRING", "1")  # the key file: no desktop keyring to ask

from core.faces.store import PeopleStore  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
MODEL = "dlib-resnet-v1"


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def sealed_list(path: Path, people: int, per_person: int) -> np.ndarray:
    """A people list of `people` with random unit descriptors; returns them all."""
    rng = np.random.default_rng(people)
    store = PeopleStore.open(path)
    vectors = rng.normal(size=(people * per_person, 128)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for n in range(people):
        store.add(f"Person {n}", list(vectors[n * per_person : (n + 1) * per_person]), MODEL)
    return vectors


def plain_copy(sealed: Path, plain: Path, vectors: np.ndarray) -> None:
    """The same list as Bitna kept it before encryption: raw float32 in each row."""
    plain.write_bytes(sealed.read_bytes())
    with sqlite3.connect(plain) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM descriptors ORDER BY id")]
        connection.executemany(
            "UPDATE descriptors SET vector = ? WHERE id = ?",
            [(v.astype("<f4").tobytes(), row) for v, row in zip(vectors, ids, strict=True)],
        )


def plain_known(path: Path) -> np.ndarray:
    """The peer: schema 1's `known()` (one query, np.frombuffer per row)."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT p.name, d.dims, d.vector FROM descriptors d "
            "JOIN people p ON p.id = d.person_id WHERE d.model = ? ORDER BY d.id",
            (MODEL,),
        ).fetchall()
    finally:
        connection.close()
    return np.stack([np.frombuffer(row[2], "<f4") for row in rows]).astype(np.float32)


def match(vectors: np.ndarray, face: np.ndarray) -> int:
    return int(np.argmin(np.linalg.norm(vectors - face, axis=1)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    args = parser.parse_args()
    runs = 5 if args.quick else 25
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for people, per_person in ((2, 5), (1000, 5)):
            sealed = Path(folder) / f"people-{people}.db"
            plain = Path(folder) / f"plain-{people}.db"
            vectors = sealed_list(sealed, people, per_person)
            plain_copy(sealed, plain, vectors)
            face = vectors[-1] + 0.01
            store = PeopleStore.open(sealed)
            assert np.array_equal(store.known(MODEL).vectors, vectors)
            assert np.array_equal(plain_known(plain), vectors)
            rows.append(
                {
                    "descriptors": len(vectors),
                    "open_ms": median_ms(lambda p=sealed: PeopleStore.open(p), runs),
                    "first_known_ms": median_ms(lambda p=sealed: PeopleStore(p).known(MODEL), runs),
                    "known_ms": median_ms(lambda s=store: s.known(MODEL), runs),
                    "plain_known_ms": median_ms(lambda p=plain: plain_known(p), runs),
                    "match_ms": median_ms(lambda v=vectors, f=face: match(v, f), runs),
                }
            )
    header = ("descriptors", "open", "1st known", "known", "plain known", "ratio", "match")
    print("{:>11} {:>9} {:>10} {:>9} {:>12} {:>6} {:>8}".format(*header))
    for row in rows:
        ratio = row["known_ms"] / row["plain_known_ms"]
        print(
            f"{row['descriptors']:>11} {row['open_ms']:>7.2f}ms {row['first_known_ms']:>8.2f}ms"
            f" {row['known_ms']:>7.2f}ms {row['plain_known_ms']:>10.2f}ms {ratio:>6.2f}"
            f" {row['match_ms']:>6.2f}ms"
        )
    RESULTS.mkdir(exist_ok=True)
    target = RESULTS / "face_store.json"
    target.write_text(json.dumps({"runs": runs, "rows": rows}, indent=2), encoding="utf-8")
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
