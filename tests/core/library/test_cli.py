"""`bitna library …` and `bitna read --keep` as a user runs them, in a data folder of the
test's own (BITNA_DATA_DIR)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from core.cli import parse, run
from core.library.store import Library
from tests.core.conftest import needs_tesseract, run_bitna
from tests.core.library.pages import keep_three


def bitna(*argv: str) -> int:
    return run(parse(list(argv)))


@pytest.fixture
def kept() -> dict[str, int]:
    return keep_three(Library.open())


def lines_of(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_list_shows_every_document_newest_first(
    kept: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert bitna("library", "list") == 0
    rows = [line.split("\t") for line in lines_of(capsys)]
    assert [(int(row[0]), row[2], row[3]) for row in rows] == [
        (kept["notice"], "1 page", "건강보험 안내문"),
        (kept["letter"], "1 page", "Dear Customer"),
        (kept["bill"], "1 page", "수도요금청구서"),
    ]
    time.strptime(rows[0][1], "%Y-%m-%d %H:%M")


def test_korean_search_finds_parts_of_words(
    kept: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    bill = str(kept["bill"])
    assert bitna("library", "search", "청구서") == 0
    *hits, count = lines_of(capsys)
    assert [hit.split("\t") for hit in hits] == [
        [bill, hits[0].split("\t")[1], "수도요금청구서", "page 1", "수도요금청구서"]
    ]
    assert count == "1 found."
    assert bitna("library", "search", "요금") == 0
    *hits, count = lines_of(capsys)
    assert [hit.split("\t")[0] for hit in hits] == [bill] and count == "1 found."
    assert bitna("library", "search", "납부") == 0
    *hits, count = lines_of(capsys)
    assert [hit.split("\t")[0] for hit in hits] == [str(kept["notice"]), bill]
    assert count == "2 found."


def test_english_search_needs_every_word(
    kept: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert bitna("library", "search", "balance", "ACCOUNT") == 0
    hit, count = lines_of(capsys)
    assert hit.split("\t")[0] == str(kept["letter"])
    assert hit.split("\t")[-1] == "The balance on your account is 1,204.50 dollars."
    assert count == "1 found."
    assert bitna("library", "search", "balance", "청구서") == 0
    assert lines_of(capsys) == ["Nothing found for balance 청구서."]


def test_show_export_and_forget(
    kept: dict[str, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bill = str(kept["bill"])
    assert bitna("library", "show", bill) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("수도요금청구서\n") and "납부 기한은 12월 20일입니다." in shown
    for suffix in (".txt", ".html", ".docx", ".epub"):
        assert bitna("library", "export", bill, str(tmp_path / f"bill{suffix}")) == 0
        assert (tmp_path / f"bill{suffix}").stat().st_size > 0
    assert (tmp_path / "bill.txt").read_text(encoding="utf-8").startswith("수도요금청구서")
    capsys.readouterr()
    assert bitna("library", "forget", bill) == 0
    assert lines_of(capsys) == ["Forgot 수도요금청구서."]
    assert bitna("library", "search", "청구서") == 0
    assert lines_of(capsys) == ["Nothing found for 청구서."]
    assert bitna("library", "forget", "--all") == 0
    assert lines_of(capsys) == ["Forgot everything in the library (2 documents)."]
    assert bitna("library", "list") == 0
    assert lines_of(capsys) == ["The library is empty."]


def test_mistakes_get_one_line_saying_what_to_do(
    kept: dict[str, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert bitna("library", "show", "999") == 1
    error = capsys.readouterr().err
    assert error.startswith("bitna: There is no document 999") and error.count("\n") == 1
    assert bitna("library", "export", str(kept["bill"]), str(tmp_path / "bill.pdf")) == 1
    assert ".epub .brf .m3u" in capsys.readouterr().err
    assert bitna("library", "forget") == 2
    assert "--all" in capsys.readouterr().err


@needs_tesseract
def test_read_keep_keeps_the_page_and_it_is_found(shared_data: Path) -> None:
    image = shared_data / "documents" / "scans" / "phototest.tif"
    result = run_bitna("read", str(image), "--lang", "eng", "--keep")
    assert result.returncode == 0, result.stderr
    assert "kept in the library as document 1" in result.stderr
    assert "quick brown" in result.stdout  # stdout stays the text alone
    search = run_bitna("library", "search", "quick", "brown")
    assert search.returncode == 0, search.stderr
    *hits, count = search.stdout.splitlines()
    assert hits and all(hit.startswith("1\t") and "quick brown" in hit for hit in hits)
    assert count == f"{len(hits)} found."
    library = Library.open(Path(os.environ["BITNA_DATA_DIR"]) / "library.db")
    (page,) = library.document(1).pages
    assert page.thumbnail is not None and page.page.text.strip() == result.stdout.strip()
    plain = run_bitna("read", str(image), "--lang", "eng")
    assert plain.returncode == 0 and len(library.documents()) == 1  # kept only when asked
