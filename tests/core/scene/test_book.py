"""Book mode: a two-page spread read left then right, pages kept, moved through and saved."""

from __future__ import annotations

import wave
from pathlib import Path

import cv2
import pytest

from benchmarks.scene_videos import desk, load_pages, place
from core.reading.pipeline import ReadPipeline
from core.scene.book import Book, read_pages, split_spread, titled
from core.text.model import page_from_text
from tests.conftest import spread


def test_a_spread_is_split_at_the_gutter_and_a_single_page_is_not(shared_data: Path) -> None:
    documents = shared_data / "documents"
    halves = split_spread(spread(documents))
    assert len(halves) == 2
    assert abs(halves[0].shape[1] - halves[1].shape[1]) < 0.3 * halves[0].shape[1]
    pages = load_pages(documents, 5)
    for page in (pages[0], pages[4]):  # a wide page with lines across the middle; a tall one
        frame = desk()
        small = cv2.resize(page, None, fx=600 / page.shape[0], fy=600 / page.shape[0])
        place(frame, small, (1280 - small.shape[1]) // 2, 60)
        assert len(split_spread(frame)) == 1


def test_the_left_page_is_read_before_the_right(shared_data: Path) -> None:
    from core.ocr.tesseract import TesseractEngine

    pages = read_pages(spread(shared_data / "documents"), ReadPipeline(TesseractEngine(), "eng"))
    assert len(pages) == 2
    left, right = (page.text.casefold() for page in pages)
    assert "brown" in left and "fox" in left and "12 point" not in left  # eurotext
    assert "12 point" in right and "jumped" in right and "duck" not in right  # phototest


def test_pages_are_kept_in_order_and_moved_through() -> None:
    book = Book()
    assert book.step(+1) is None and book.current == 0
    for text in ("First page.", "Second page.", "Third page."):
        book.add(page_from_text(text))
    assert len(book) == 3 and book.current == 3
    assert book.step(+1) is None and book.current == 3  # no page after the last
    assert book.step(-1) is not None and book.current == 2
    assert book.go_to(1) is not None and book.current == 1
    assert book.step(-1) is None and book.current == 1
    assert book.go_to(7) is None and book.current == 1
    assert book.text() == (
        "Page 1.\n\nFirst page.\n\nPage 2.\n\nSecond page.\n\nPage 3.\n\nThird page."
    )
    spoken = titled([(2, book.pages[1]), (3, book.pages[2])]).text
    assert spoken == "Page 2.\n\nSecond page.\n\nPage 3.\n\nThird page."


def test_the_book_is_saved_as_one_text_file_or_one_sound_file(tmp_path: Path) -> None:
    book = Book()
    book.add(page_from_text("The left page."))
    book.add(page_from_text("The right page."))
    assert book.export(tmp_path / "book.txt") is None
    assert (tmp_path / "book.txt").read_text(encoding="utf-8") == book.text()
    seconds = book.export(tmp_path / "book.wav", rate=200)
    if seconds is None:
        pytest.fail("a .wav name must give sound")
    with wave.open(str(tmp_path / "book.wav")) as sound:
        measured = sound.getnframes() / sound.getframerate()
    assert 1.5 < measured < 10 and abs(measured - seconds) < 0.1
