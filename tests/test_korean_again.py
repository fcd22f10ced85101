"""Korean words misread as Latin junk in a kor+eng reading are read again in Korean alone;
English words, and English pages, are left as they were read."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from core.imageio import load_image
from core.ocr.korean_again import korean_again, reads_korean_again
from core.ocr.model import Block, Box, Line, PageText, Word
from core.ocr.tesseract import TesseractEngine
from core.pipeline import ReadPipeline

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no Tesseract")
PICTURE = np.full((100, 900), 255, np.uint8)


def page_of(*words: Word) -> PageText:
    box = Box.enclosing(word.box for word in words)
    return PageText((Block((Line(words, box),), box),), 900, 100, "kor+eng")


class KoreanReader:
    """A stand-in for Tesseract reading the stacked lines in Korean: gives `words` (in
    page pixels, as if the sheet were the page) and records each call."""

    def __init__(self, *words: Word) -> None:
        self.words = words
        self.calls: list[tuple[int, int]] = []

    def __call__(self, sheet: np.ndarray) -> PageText:
        self.calls.append(sheet.shape[:2])
        # The one line (40 px high, its top at 10, cut from row 0) is stacked on the sheet
        # below a gap of three line heights: 120 rows.
        shifted = tuple(
            Word(w.text, Box(w.box.left, w.box.top + 120, w.box.width, w.box.height), w.confidence)
            for w in self.words
        )
        box = Box.enclosing(word.box for word in shifted)
        return PageText((Block((Line(shifted, box),), box),), sheet.shape[1], sheet.shape[0], "kor")


def test_only_korean_read_with_another_language_is_read_again() -> None:
    assert reads_korean_again("kor+eng")
    assert reads_korean_again("eng+kor")
    assert not reads_korean_again("kor")
    assert not reads_korean_again("eng+fra")


def test_latin_junk_beside_sure_hangul_becomes_the_korean_reading() -> None:
    page = page_of(
        Word("사이판", Box(10, 10, 100, 40), 93),
        Word("SQA", Box(300, 10, 90, 40), 30),
        Word("추", Box(420, 10, 40, 40), 92),
    )
    reader = KoreanReader(
        Word("사이판", Box(10, 10, 100, 40), 90), Word("탓요소", Box(298, 10, 95, 40), 0)
    )
    assert korean_again(page, PICTURE, reader).text == "사이판 탓요소 추"
    assert len(reader.calls) == 1


def test_a_junk_box_reaching_over_the_next_words_takes_only_its_own_place() -> None:
    page = page_of(
        Word("계", Box(10, 10, 40, 40), 93),
        Word("eU7|", Box(70, 10, 590, 40), 9),  # Tesseract's box runs to the line's end
        Word("파악굴곡", Box(300, 10, 190, 40), 93),
        Word("정확", Box(560, 10, 100, 40), 97),
    )
    reader = KoreanReader(
        Word("카일키", Box(68, 10, 190, 40), 0),
        Word("파악굴곡", Box(282, 10, 190, 40), 93),
        Word("정확", Box(546, 10, 94, 40), 97),
    )
    assert korean_again(page, PICTURE, reader).text == "계 카일키 파악굴곡 정확"


def test_an_english_word_with_a_korean_ending_is_left_alone() -> None:
    # "Bitna는" read in kor+eng as "Bitnat}"; in Korean alone as "01123는": one syllable
    # for six Latin letters is an English word, not a Korean one.
    page = page_of(
        Word("Bitnat}", Box(10, 10, 160, 40), 20),
        Word("엔진으로", Box(200, 10, 150, 40), 95),
    )
    reader = KoreanReader(Word("01123는", Box(10, 10, 160, 40), 60))
    assert korean_again(page, PICTURE, reader).text == "Bitnat} 엔진으로"


def test_sure_english_words_and_unsure_ones_read_no_better_are_kept() -> None:
    page = page_of(
        Word("USB", Box(10, 10, 90, 40), 93),  # sure: never read again
        Word("et", Box(120, 10, 40, 40), 75),  # unsure, but the Korean reading is no surer
        Word("카메라", Box(200, 10, 120, 40), 95),
    )
    reader = KoreanReader(Word("라", Box(120, 10, 40, 40), 70))
    assert korean_again(page, PICTURE, reader).text == "USB et 카메라"


def test_a_line_without_sure_hangul_on_an_english_page_is_not_read_again() -> None:
    page = page_of(
        Word("TRENDYMAX", Box(10, 10, 300, 40), 40),
        Word("SDN", Box(330, 10, 90, 40), 60),
        Word("BHD", Box(440, 10, 90, 40), 93),  # an English page has words read surely
    )
    reader = KoreanReader(Word("스으", Box(10, 10, 300, 40), 90))
    assert korean_again(page, PICTURE, reader) is page
    assert reader.calls == []


@needs_tesseract
@pytest.mark.parametrize("name", ["kor_line_012", "kor_line_029"])
def test_korean_lines_read_in_korean_and_english_read_right(shared_data: Path, name: str) -> None:
    # Read in kor+eng, "라" came out as "et" and "탓요소" as "SQA".
    folder = shared_data / "documents" / "korean_lines"
    truth = (folder / f"{name}.gt.txt").read_text(encoding="utf-8").split()
    page = ReadPipeline(TesseractEngine(), "kor+eng").read(load_image(folder / f"{name}.png")).page
    assert page.text.split() == truth


@needs_tesseract
def test_a_korean_line_read_wholly_as_english_junk_is_read_again(shared_data: Path) -> None:
    # In kor+eng this line read "StRACH 2007!2 2 2'73H|'H": no Hangul left on it, and no
    # word read surely either.
    folder = shared_data / "documents" / "korean_lines"
    page = ReadPipeline(TesseractEngine(), "kor+eng").read(load_image(folder / "kor_line_007.png"))
    words = page.page.text.split()
    assert words[0] == "하였다년"
    assert not any(c.isascii() and c.isalpha() for c in page.page.text)


@needs_tesseract
def test_an_english_receipt_read_in_korean_and_english_is_not_read_again(
    shared_data: Path,
) -> None:
    image = load_image(shared_data / "documents" / "camera" / "receipts" / "011.jpg")
    engine = TesseractEngine()
    page = engine.recognize(image, "kor+eng")
    calls: list[object] = []

    def read_korean(sheet: np.ndarray) -> PageText:
        calls.append(sheet.shape)
        return engine.recognize(sheet, "kor", "block")

    assert korean_again(page, image, read_korean) is page
    assert calls == []
