"""Korean words misread as Latin junk in a kor+eng reading are read again in Korean alone;
English words, and English pages, are left as they were read."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from core.ocr.tesseract import TesseractEngine
from core.plumbing.imageio import load_image
from core.reading.pipeline import ReadPipeline
from core.reading.stages.korean_again import korean_again, reads_korean_again
from core.text.model import Block, Box, Line, PageText, Word
from tests.core.conftest import needs_tesseract

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


def test_an_english_word_with_a_korean_ending_keeps_its_english_start() -> None:
    # "Bitna는" read in kor+eng as "Bitnat}"; in Korean alone as "01123는": one syllable
    # for six Latin letters is an English word, not a Korean one, with a Korean ending.
    page = page_of(
        Word("Bitnat}", Box(10, 10, 160, 40), 20),
        Word("엔진으로", Box(200, 10, 150, 40), 95),
    )
    reader = KoreanReader(Word("01123는", Box(10, 10, 160, 40), 60))
    assert korean_again(page, PICTURE, reader).text == "Bitna는 엔진으로"


def test_a_korean_ending_is_not_taken_where_korean_alone_read_no_letters_before_it() -> None:
    # "PDF" (doubted) read in Korean alone as "『마": no Latin start read there to keep.
    page = page_of(
        Word("PDF", Box(10, 10, 99, 40), 79),
        Word("파일을", Box(130, 10, 150, 40), 93),
    )
    reader = KoreanReader(Word("『마", Box(10, 10, 68, 40), 20))
    assert korean_again(page, PICTURE, reader).text == "PDF 파일을"


def test_sure_english_words_and_unsure_ones_read_no_better_are_kept() -> None:
    page = page_of(
        Word("USB", Box(10, 10, 90, 40), 93),  # sure: never read again
        # unsure, but the Korean reading is no surer, and a syllable is wider than its place
        Word("et", Box(120, 10, 22, 40), 75),
        Word("카메라", Box(200, 10, 120, 40), 95),
    )
    reader = KoreanReader(Word("라", Box(120, 10, 22, 40), 70))
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


def test_a_word_as_wide_as_hangul_is_korean_misread_however_sure() -> None:
    # "버전을" read "HAS" at 90: three letters as wide as three syllables (46 px each).
    page = page_of(
        Word("Python", Box(10, 10, 156, 40), 96),
        Word("3.12", Box(190, 10, 101, 40), 95),
        Word("HAS", Box(320, 10, 138, 40), 90),
        Word("설치했습니다", Box(490, 10, 276, 40), 93),
    )
    reader = KoreanReader(
        Word("[100", Box(10, 10, 156, 40), 0),
        Word("3.12", Box(190, 10, 62, 40), 88),
        Word("버전을", Box(318, 10, 136, 40), 91),
        Word("설치했습니다", Box(490, 10, 276, 40), 93),
    )
    assert korean_again(page, PICTURE, reader).text == "Python 3.12 버전을 설치했습니다"


def test_wide_capitals_stay_when_korean_alone_reads_no_hangul_there() -> None:
    page = page_of(
        Word("WOW", Box(10, 10, 143, 40), 93),
        Word("이벤트", Box(190, 10, 138, 40), 93),
    )
    reader = KoreanReader(Word("'\\/(\\", Box(10, 10, 143, 40), 2))
    assert korean_again(page, PICTURE, reader).text == "WOW 이벤트"
    assert len(reader.calls) == 1  # read again (wide), and kept


def test_a_korean_reading_whose_syllables_fill_the_place_replaces_doubted_letters() -> None:
    # "떴다" read "ery" at 53; Korean alone reads "떻다" at 0 (its confidence says nothing),
    # two syllables where two syllables fit.
    page = page_of(
        Word("목도리를", Box(10, 10, 212, 40), 93),
        Word("ery", Box(260, 10, 113, 40), 53),
    )
    reader = KoreanReader(Word("떻다", Box(251, 10, 106, 40), 0))
    assert korean_again(page, PICTURE, reader).text == "목도리를 떻다"


def test_a_korean_word_run_into_the_next_sure_word_gives_only_its_part() -> None:
    # "열 수" read "S 수" in kor+eng (S at 90, as wide as a syllable), "열수" in Korean alone.
    page = page_of(
        Word("파일을", Box(10, 10, 150, 40), 93),
        Word("S", Box(180, 10, 43, 40), 90),
        Word("수", Box(239, 10, 49, 40), 97),
    )
    reader = KoreanReader(Word("열수", Box(180, 10, 108, 40), 77))
    assert korean_again(page, PICTURE, reader).text == "파일을 열 수"


def test_a_word_korean_alone_reads_the_same_is_not_doubted_with_its_neighbour() -> None:
    # "크기는 A4" read "A= &4": "&4" read the same in Korean alone is no Korean misread,
    # and "A=" alone is replaced.
    page = page_of(
        Word("A=", Box(10, 10, 134, 40), 68),
        Word("&4", Box(158, 10, 64, 40), 70),
        Word("용지입니다", Box(237, 10, 223, 40), 93),
    )
    reader = KoreanReader(
        Word("크기는", Box(10, 10, 134, 40), 74), Word("&4", Box(158, 10, 64, 40), 70)
    )
    assert korean_again(page, PICTURE, reader).text == "크기는 &4 용지입니다"


NANUM = Path("/usr/share/fonts/truetype/nanum")


def rendered(text: str, font: str, size: int) -> np.ndarray:
    """`text` drawn black on white in a Nanum font, as a printed line photographed close."""
    path = NANUM / font
    if not path.exists():
        pytest.skip(f"font {font} not installed (Debian: fonts-nanum)")
    face = ImageFont.truetype(str(path), size)
    left, top, right, bottom = (int(edge) for edge in face.getbbox(text))
    image = Image.new("L", (right - left + 20, bottom - top + 16), 255)
    ImageDraw.Draw(image).text((10 - left, 8 - top), text, font=face, fill=0)
    return np.array(image)


@needs_tesseract
@pytest.mark.parametrize(
    ("text", "font", "size"),
    [
        # kor+eng read "HAS" (90) for "버전을", "Zooml&" for "Zoom으로".
        ("Python 3.12 버전을 설치했습니다", "NanumGothic.ttf", 42),
        ("오늘 회의는 Zoom으로 진행됩니다", "NanumSquareR.ttf", 36),
    ],
)
def test_rendered_mixed_lines_read_right_in_korean_and_english(
    text: str, font: str, size: int
) -> None:
    page = ReadPipeline(TesseractEngine(), "kor+eng").read(rendered(text, font, size)).page
    assert page.text == text


@needs_tesseract
def test_a_rendered_korean_line_reads_in_korean_and_english_as_in_korean_alone() -> None:
    # kor+eng read "ery" (53) for "떴다"; Korean alone reads it "떻다".
    image = rendered("촉감이 부드러운 털실로 목도리를 떴다", "NanumBarunGothic.ttf", 42)
    engine = TesseractEngine()
    both = ReadPipeline(engine, "kor+eng").read(image).page.text
    assert both == ReadPipeline(engine, "kor").read(image).page.text
    assert not any(c.isascii() and c.isalpha() for c in both)


def test_a_line_that_slopes_across_several_lines_is_not_read_again() -> None:
    """A page at an angle read across its columns gave "lines" many word heights tall:
    read again, each brought back the words of the lines it crossed (three times the
    page's words) and the sheet of them was most of the page again."""
    level = (Word("사이판", Box(10, 10, 100, 40), 93), Word("SQA", Box(300, 10, 90, 40), 30))
    sloping = (
        Word("수도", Box(10, 100, 80, 40), 93),
        Word("Xq7", Box(300, 180, 90, 40), 30),
        Word("요금", Box(600, 260, 80, 40), 92),
    )
    lines = [Line(words, Box.enclosing(word.box for word in words)) for words in (level, sloping)]
    blocks = tuple(Block((line,), line.box) for line in lines)
    page = PageText(blocks, 900, 400, "kor+eng")
    reader = KoreanReader(Word("탓요소", Box(298, 10, 95, 40), 0))
    read = korean_again(page, np.full((400, 900), 255, np.uint8), reader)
    assert len(reader.calls) == 1
    assert reader.calls[0][0] == 120 + (40 + 2 * 10) + 120  # the level line alone, padded
    assert read.text.split("\n")[0] == "사이판 탓요소" and "Xq7" in read.text
