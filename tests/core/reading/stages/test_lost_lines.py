"""Lines Tesseract's layout drops are found and read on their own, in their place.

Tesseract's line finder dropped a whole line of a blurred letter photo ("The teacher, Ms
Jones, will call you") in every layout. Which lines it drops depends on the blur, so the
pipeline test makes an engine that drops one line of the demo letter from its whole-page
readings and reads everything else (the lost line cut out, too) with real Tesseract.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from core.ocr.base import EngineInfo, Layout
from core.reading.stages.lost_lines import (
    MAX_LINES,
    confident_new_lines,
    joined_on_rows,
    with_lines,
    worth_reading,
)
from core.text.metrics import normalise
from core.text.model import Block, Box, Line, PageText, Word
from tests.core.conftest import demo_frame, needs_tesseract


def word(text: str, left: int, top: int, width: int = 60, confidence: float = 95) -> Word:
    return Word(text, Box(left, top, width, 30), confidence)


def line(*words: Word) -> Line:
    return Line(words, Box.enclosing(w.box for w in words))


def page_of(*blocks: tuple[Line, ...]) -> PageText:
    made = tuple(Block(lines, Box.enclosing(each.box for each in lines)) for lines in blocks)
    return PageText(made, 1000, 1000, "eng")


def test_pieces_of_a_lost_line_on_one_row_are_joined_but_not_across_a_gutter() -> None:
    letter = 28.0
    pieces = [
        Box(100, 500, 80, 50),
        Box(620, 502, 300, 56),
        Box(185, 510, 60, 30),
        Box(250, 505, 340, 45),
    ]
    # 185 joins 100, 250 joins both, 620 is 30 px (about a letter) from 590: one line.
    assert joined_on_rows(pieces, letter) == [Box(100, 500, 820, 58)]
    columns = [Box(100, 500, 300, 50), Box(520, 500, 300, 50)]  # 120 px apart: a gutter
    assert joined_on_rows(columns, letter) == columns


def test_a_picture_is_not_read_as_lost_lines() -> None:
    letter = 28.0
    scraps = [Box(100, 100 + 60 * i, 200, 40) for i in range(MAX_LINES + 1)]
    assert worth_reading(scraps, letter) == []
    assert worth_reading([Box(100, 100, 600, 200)], letter) == []  # no line is that tall
    assert worth_reading(scraps[:2], letter) == scraps[:2]


def test_only_confident_words_the_page_lacks_are_kept() -> None:
    page = page_of((line(word("March.", 100, 400)),))
    found = [
        line(word("March.", 102, 401)),  # read already (our layout saw it as a lost line)
        line(word("Ws", 100, 500, confidence=40), word("|", 200, 500, confidence=90)),
        line(word("teacher,", 100, 600), word("is", 200, 600, confidence=60)),
    ]
    kept = confident_new_lines(found, page)
    assert [each.text for each in kept] == ["teacher,"]


def test_a_lost_line_goes_back_into_its_paragraph_or_before_the_block_below() -> None:
    letter = 28.0
    first = line(word("Your", 100, 100), word("class", 200, 100))
    second = line(word("last", 100, 140))
    after = line(word("before", 100, 300))
    page = page_of((first, second), (after,))
    lost_in_paragraph = line(word("pm", 100, 120))
    lost_between = line(word("teacher", 100, 230))
    placed = with_lines(page, [lost_between, lost_in_paragraph], letter)
    assert [block.text for block in placed.blocks] == [
        "Your class\npm\nlast",
        "teacher\nbefore",  # within 1.5 letters above it: the same paragraph
    ]
    far = line(word("Apart", 100, 200))
    alone = with_lines(page_of((first,), (after,)), [far], letter)
    assert [block.text for block in alone.blocks] == ["Your class", "Apart", "before"]


class DroppingEngine:
    """Real Tesseract, except that its readings of the whole page leave out one line."""

    def __init__(self, dropped: str) -> None:
        from core.ocr.tesseract import TesseractEngine

        self.engine = TesseractEngine()
        self.dropped = dropped
        self.dropped_lines = 0

    def probe(self) -> EngineInfo:
        return self.engine.probe()

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        page = self.engine.recognize(image, languages, layout)
        if layout not in (None, "column"):
            return page
        blocks = []
        for block in page.blocks:
            kept = tuple(each for each in block.lines if self.dropped not in each.text)
            self.dropped_lines += len(block.lines) - len(kept)
            if kept:
                blocks.append(Block(kept, block.box))
        return replace(page, blocks=tuple(blocks))


@needs_tesseract
@pytest.mark.parametrize("streaming", [True, False], ids=["streamed", "at-once"])
def test_a_line_the_layout_dropped_is_read_in_its_place(streaming: bool) -> None:
    from core.reading.pipeline import ReadPipeline

    frame = demo_frame("en", seed=3)
    engine = DroppingEngine("talking")
    text = ReadPipeline(engine, "eng", streaming=streaming).read(frame).page.text
    assert engine.dropped_lines  # the whole-page reading did lose the line
    expected = "until 28 March. Our talking book club meets on Thursdays at 2 pm"
    assert expected in normalise(text)
