"""The library keeps pages with their structure and pictures, finds them in English and
Korean, remembers where reading stopped, and forgets for good."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from core.library.model import LibraryError
from core.library.store import Library, default_path
from core.library.thumbnails import LONGEST_SIDE, MAX_BYTES
from core.text.model import page_from_text
from tests.core.library.pages import (
    ENGLISH_LETTER,
    keep_three,
    letter,
    with_heading,
)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "library.db")


def noisy_photo(height: int = 3000, width: int = 4000) -> np.ndarray:
    """A camera-sized picture full of detail, the hardest kind to make small."""
    return np.random.default_rng(3).integers(0, 256, (height, width, 3), dtype=np.uint8)


def test_the_file_is_in_the_data_folder_and_only_its_owner_may_read_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BITNA_DATA_DIR", str(tmp_path / "data"))
    library = Library.open()
    library.keep([page_from_text("A letter")], kind="read")
    assert library.path == default_path() == tmp_path / "data" / "library.db"
    assert stat.S_IMODE(os.stat(library.path).st_mode) == 0o600


def test_a_kept_document_comes_back_page_for_page_with_its_structure(library: Library) -> None:
    pages = [letter(), page_from_text("Page two\n\nMore text.")]
    document_id = library.keep(pages, kind="book", images=[noisy_photo(), None])
    document = library.document(document_id)
    assert [page.number for page in document.pages] == [1, 2]
    assert [page.page for page in document.pages] == pages
    assert document.pages[0].page.blocks[-1].table is not None
    assert document.text == pages[0].text + "\n\n" + pages[1].text
    summary = document.summary
    assert (summary.id, summary.kind, summary.pages, summary.position) == (
        document_id,
        "book",
        2,
        0,
    )
    assert summary.first_line == "Riverside Water"
    assert document.pages[1].thumbnail is None


def test_thumbnails_are_small_jpegs(library: Library) -> None:
    document_id = library.keep(
        [page_from_text("a"), page_from_text("b")],
        kind="read",
        images=[noisy_photo(), np.full((200, 100), 255, np.uint8)],
    )
    big, small = (page.thumbnail for page in library.document(document_id).pages)
    for data in (big, small):
        assert data is not None and data[:2] == b"\xff\xd8" and len(data) <= MAX_BYTES
    picture = cv2.imdecode(np.frombuffer(big, np.uint8), cv2.IMREAD_COLOR)
    assert max(picture.shape[:2]) <= LONGEST_SIDE
    assert cv2.imdecode(np.frombuffer(small, np.uint8), cv2.IMREAD_COLOR).shape[:2] == (200, 100)


def test_the_title_is_the_first_heading_else_the_first_line_and_can_be_changed(
    library: Library,
) -> None:
    headed = library.keep([with_heading("Council Tax Bill", "Dear resident")], kind="read")
    plain = library.keep([page_from_text("\n\nDear resident\nsecond line")], kind="page")
    named = library.keep([page_from_text("x y z")], kind="live", title="  My   notes ")
    titles = {summary.id: summary.title for summary in library.documents()}
    assert titles == {headed: "Council Tax Bill", plain: "Dear resident", named: "My notes"}
    library.rename(plain, "Letter from the council")
    assert library.document(plain).summary.title == "Letter from the council"
    with pytest.raises(LibraryError):
        library.rename(plain, "   ")


def test_documents_are_listed_newest_first_and_growing_moves_one_up(library: Library) -> None:
    first = library.keep([page_from_text("first")], kind="book")
    time.sleep(0.01)
    second = library.keep([page_from_text("second")], kind="read")
    assert [summary.id for summary in library.documents()] == [second, first]
    assert [summary.id for summary in library.documents(limit=1)] == [second]
    time.sleep(0.01)
    library.add_pages(first, [page_from_text("third page"), page_from_text("fourth")])
    summaries = library.documents()
    assert [summary.id for summary in summaries] == [first, second]
    assert summaries[0].pages == 3
    assert [page.page.text for page in library.document(first).pages] == [
        "first",
        "third page",
        "fourth",
    ]
    assert library.search("fourth")[0].page == 3


def test_where_reading_stopped_is_remembered(library: Library) -> None:
    document_id = library.keep([page_from_text(ENGLISH_LETTER)], kind="read")
    library.set_position(document_id, 42)
    assert library.document(document_id).summary.position == 42
    assert Library.open(library.path).documents()[0].position == 42


def test_an_unknown_document_says_so(library: Library) -> None:
    for action in (
        lambda: library.document(99),
        lambda: library.forget(99),
        lambda: library.rename(99, "x"),
        lambda: library.set_position(99, 1),
        lambda: library.add_pages(99, [page_from_text("x")]),
    ):
        with pytest.raises(LibraryError, match="no document 99"):
            action()
    with pytest.raises(LibraryError):
        library.keep([page_from_text("   ")], kind="read")


# Finding ---------------------------------------------------------------------------------


@pytest.fixture
def stocked(library: Library) -> dict[str, int]:
    return keep_three(library)


def found(library: Library, words: str) -> list[tuple[int, str]]:
    return [(hit.summary.id, hit.line) for hit in library.search(words)]


def test_korean_is_found_inside_longer_words(library: Library, stocked: dict[str, int]) -> None:
    bill = stocked["bill"]
    assert found(library, "청구서") == [(bill, "수도요금청구서")]
    assert found(library, "수도요금") == [(bill, "수도요금청구서")]
    # Two syllables, shorter than a trigram: still found, in every document that has it.
    assert found(library, "요금") == [(bill, "수도요금청구서")]
    assert [id_ for id_, _ in found(library, "납부")] == [stocked["notice"], bill]
    assert found(library, "납부 기한") == [(bill, "납부 기한은 12월 20일입니다.")]
    assert found(library, "자동이체") == [(stocked["notice"], "자동이체를 신청하시면 편리합니다.")]


def test_english_words_ignore_case_and_all_words_must_be_there(
    library: Library, stocked: dict[str, int]
) -> None:
    letter_id = stocked["letter"]
    balance = "The balance on your account is 1,204.50 dollars."
    assert found(library, "BALANCE") == [(letter_id, balance)]
    assert found(library, "account dollars") == [(letter_id, balance)]
    assert found(library, "statement balance") == [
        (letter_id, "Your bank statement for November is ready.")
    ]
    assert found(library, "balance 청구서") == []
    assert found(library, "is") == [(letter_id, "Your bank statement for November is ready.")]
    assert found(library, "") == []
    assert found(library, "zebra") == []


def test_search_characters_are_taken_literally(library: Library) -> None:
    library.keep([page_from_text('Discount 50% off\nfile_name here\nsay "hi" now')], kind="read")
    assert found(library, "%")[0][1] == "Discount 50% off"
    assert found(library, "e_")[0][1] == "file_name here"
    assert found(library, '"hi"')[0][1] == 'say "hi" now'
    assert found(library, "5_%") == []
    assert found(library, "AND OR NOT") == []


def test_hits_are_newest_first_one_per_page(library: Library) -> None:
    old = library.keep([page_from_text("water bill"), page_from_text("water again")], kind="book")
    time.sleep(0.01)
    new = library.keep([page_from_text("the water is cold")], kind="read")
    hits = library.search("water")
    assert [(hit.summary.id, hit.page) for hit in hits] == [(new, 1), (old, 1), (old, 2)]
    assert len(library.search("water", limit=2)) == 2


# Forgetting ------------------------------------------------------------------------------


def test_a_forgotten_document_is_gone_and_not_found(
    library: Library, stocked: dict[str, int]
) -> None:
    library.forget(stocked["bill"])
    assert found(library, "청구서") == []
    assert found(library, "요금") == []
    assert stocked["bill"] not in [summary.id for summary in library.documents()]
    with sqlite3.connect(library.path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM page_data").fetchone()[0] == 2
    # Overwritten, not left in the free space (Debian builds SQLite so; others are asked).
    assert "납부 기한은 12월 20일입니다".encode() not in library.path.read_bytes()


def test_forgetting_everything_leaves_nothing_in_the_file(
    library: Library, stocked: dict[str, int]
) -> None:
    library.forget_all()
    assert library.documents() == []
    assert found(library, "balance") == []
    data = library.path.read_bytes()
    for secret in ("1,204.50", "수도요금청구서", "자동이체"):
        assert secret.encode() not in data
    assert library.size_bytes() == len(data)
    library.keep([page_from_text("after")], kind="read")  # still usable
    assert found(library, "after")


def test_a_damaged_file_is_kept_aside_and_a_new_library_starts(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    path.write_bytes(b"this is not a database" * 100)
    library = Library.open(path)
    assert library.notice is not None and library.backup is not None
    assert library.backup.read_bytes().startswith(b"this is not")
    assert library.documents() == []
