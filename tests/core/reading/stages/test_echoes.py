"""A piece of a word read again on its own is dropped; words beside each other are kept."""

from __future__ import annotations

from pathlib import Path

from core.ocr.tesseract import TesseractEngine
from core.plumbing.imageio import load_image
from core.reading.pipeline import ReadPipeline
from core.reading.stages.echoes import without_echoes
from core.text.model import Block, Box, Line, PageText, Word
from tests.core.conftest import needs_tesseract


def page_of(*lines: tuple[Word, ...]) -> PageText:
    boxes = [Box.enclosing(w.box for w in words) for words in lines]
    blocks = tuple(Block((Line(words, box),), box) for words, box in zip(lines, boxes, strict=True))
    return PageText(blocks, 800, 100, "kor")


def test_a_piece_read_inside_the_whole_word_goes() -> None:
    first = (Word("같은", Box(386, 3, 98, 53), 90), Word("고", Box(520, 11, 34, 29), 60))
    second = (Word("고철", Box(510, 3, 105, 53), 90), Word("공급", Box(648, 7, 97, 49), 90))
    cleaned = without_echoes(page_of(first, second))
    assert cleaned.text == "같은\n\n고철 공급"


def test_words_that_only_touch_or_differ_are_kept() -> None:
    words = (
        Word("a", Box(0, 0, 10, 20), 90),
        Word("and", Box(12, 0, 30, 20), 90),  # beside, not inside
        Word("x", Box(60, 0, 10, 20), 90),
        Word("box", Box(55, 0, 30, 20), 90),  # inside, but "x" is in "box": an echo
        Word("q", Box(100, 0, 10, 20), 90),
        Word("top", Box(95, 0, 30, 20), 90),  # inside, but "q" is not part of "top"
    )
    assert without_echoes(page_of(words)).text == "a and box q top"


@needs_tesseract
def test_a_korean_line_is_not_read_with_a_syllable_twice(shared_data: Path) -> None:
    folder = shared_data / "documents" / "korean_lines"
    image = load_image(folder / "kor_line_016.png")
    truth = (folder / "kor_line_016.gt.txt").read_text(encoding="utf-8").split()
    assert ReadPipeline(TesseractEngine(), "kor").read(image).page.text.split() == truth
