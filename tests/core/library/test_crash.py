"""Killed in the middle of keeping pages, the library loses nothing it said was kept.

A child process keeps five-page documents in a loop and prints each id once `keep`
returned; the test kills it with SIGKILL at a random moment, many times over, and checks
that the file opens, is sound, and has every document reported kept, whole.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

import pytest

from core.library.store import Library
from tests.core.reading.test_robustness_crash import kill_at_random

KILLS = 12

KEEP = """
import sys
from pathlib import Path
from core.library.store import Library
from core.text.model import page_from_text
library = Library.open(Path(sys.argv[1]))
start = int(sys.argv[2])
for n in range(start, start + 100000):
    pages = [page_from_text(f"document {n} page {p}\\n\\n요금 {n * 7 + p}") for p in range(5)]
    library.keep(pages, kind="book", title=f"doc {n}")
    print(n, flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.slow
def test_documents_reported_kept_survive_sigkill_mid_save(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    rng = random.Random(24)
    start = 0
    reported: set[int] = set()
    for _ in range(KILLS):
        last = kill_at_random(KEEP, path, start, rng)
        reported.update(range(start, last + 1))
        library = Library.open(path)
        assert library.notice is None  # never damaged
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            fts = "INSERT INTO pages_fts(pages_fts, rank) VALUES ('integrity-check', 1)"
            connection.execute(fts)  # raises when the index and the pages disagree
        documents = {summary.title: summary for summary in library.documents()}
        for n in reported:
            summary = documents[f"doc {n}"]
            assert summary.pages == 5
            document = library.document(summary.id)
            assert [page.page.text for page in document.pages] == [
                f"document {n} page {p}\n\n요금 {n * 7 + p}" for p in range(5)
            ]
        # Nothing half kept: every document has all five pages (the one killed mid-way
        # is either whole or absent).
        assert all(summary.pages == 5 for summary in documents.values())
        assert len(library.document(documents[f"doc {last}"].id).pages) == 5
        hits = library.search(f"document {last} page 4")
        assert (f"doc {last}", 5) in [(hit.summary.title, hit.page) for hit in hits]
        start = last + 2  # the next run's numbers never clash with one maybe kept unreported
    assert len(reported) > KILLS
