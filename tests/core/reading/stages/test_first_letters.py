"""First letters a reading left out ("명:" for "성명:") read back: with real Tesseract on a
generated Korean form, and the rules that keep a bullet, a box or a rule from being read
into a word."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from benchmarks.document_pages import generate, specs
from core.ocr.tesseract import TesseractEngine
from core.reading.pipeline import ReadPipeline
from core.reading.stages.first_letters import _ink_before, _with_head
from core.text.model import Box, Word
from core.text.structure import document_of

LETTER = 30


def word(text: str, left: int, confidence: float = 95.0, top: int = 100) -> Word:
    return Word(text, Box(left, top, 20 * len(text), LETTER), confidence)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="no Tesseract")
def test_bold_korean_labels_keep_their_first_syllable_with_real_tesseract() -> None:
    """Tesseract reads this form's "성명:", "고객번호:" and "예금주:" without their first
    syllable; each is read again with the ink before it."""
    spec = next(s for s in specs() if s.name == "form_ko_none")
    image, _ = generate(spec)
    page = ReadPipeline(TesseractEngine(), "kor+eng").read(image).page
    fields = {part.label: part.value for part in document_of(page).fields()}
    assert fields["성명"] == "정우진"
    assert fields["고객번호"] == "84690718"
    assert fields["예금주"] == "정우진"


def test_a_word_read_again_keeps_only_whole_letters_added_in_front() -> None:
    label = word("명:", 200)
    again = [Word("성명:", Box(170, 100, 83, LETTER), 97.0)]
    # The box reaches from the ink read again to the word's right edge.
    assert _with_head(label, again, 170) == Word("성명:", Box(170, 100, 70, LETTER), 95.0)
    # An echo of the lower half read as a word of its own is left out.
    echo = Word("uT:", Box(180, 115, 60, 14), 83.0)
    assert _with_head(label, [*again, echo], 170) is not None
    for head in ("•", "ㅁ", "1", "|"):  # a bullet, a box, a digit or a rule: no letters
        assert _with_head(label, [Word(head + "명:", again[0].box, 97.0)], 170) is None
    assert _with_head(label, [Word("성명:", again[0].box, 40.0)], 170) is None  # unsure
    assert _with_head(label, [Word("성별:", again[0].box, 97.0)], 170) is None  # changed
    assert _with_head(label, [Word("명:", again[0].box, 97.0)], 170) is None  # nothing new
    assert _with_head(word("ount:", 200), [Word("Amount:", again[0].box, 90.0)], 150)


def ink_with(*spans: tuple[int, int]) -> np.ndarray:
    ink = np.zeros((300, 600), bool)
    for left, right in spans:
        ink[105:125, left:right] = True
    return ink


def test_ink_close_before_a_word_is_its_lost_letters() -> None:
    label = word("명:", 300)
    boxes = [label.box]
    assert _ink_before(label, ink_with((270, 296)), boxes, LETTER) == 270  # a syllable
    # Two syllables with the small gap between a syllable's parts.
    assert _ink_before(label, ink_with((240, 262), (266, 296)), boxes, LETTER) == 240


def test_ink_that_is_not_a_lost_letter_is_left_alone() -> None:
    label = word("명:", 300)
    boxes = [label.box]
    assert _ink_before(label, ink_with(), boxes, LETTER) is None  # nothing there
    assert _ink_before(label, ink_with((250, 270)), boxes, LETTER) is None  # a word space
    assert _ink_before(label, ink_with((292, 295)), boxes, LETTER) is None  # a rule
    assert _ink_before(label, ink_with((0, 296)), boxes, LETTER) is None  # a picture's ink
    other = Word("가", Box(268, 100, 28, LETTER), 90.0)  # letters already read
    assert _ink_before(label, ink_with((270, 296)), [*boxes, other.box], LETTER) is None


def test_a_bullet_before_a_word_is_not_a_letter() -> None:
    label = word("Take", 300)
    ink = np.zeros((300, 600), bool)
    ink[110:120, 276:290] = True  # a bullet: a third of a letter high
    assert _ink_before(label, ink, [label.box], LETTER) is None
