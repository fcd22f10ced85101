"""After a reading the camera's view made poor, the user hears what to do about it."""

from __future__ import annotations

import numpy as np

from core.announce import Announcer
from core.document.prepare import PreparedPage
from core.plumbing.workers import InlineRunner
from core.reading.advice import reading_advice, small_print_advice
from core.reading.flow import ReadingFlow
from core.reading.pipeline import ReadResult
from core.speech.fakes import RecordingSpeech
from core.text.lexicon import NullLexicon
from core.text.model import Block, Box, Line, PageText, Word
from tests.conftest import marked_frame


def result(frame_letter: float, confidence: float, scale: float = 4.0) -> ReadResult:
    """A reading of a page whose letters were `frame_letter` px tall in the frame."""
    words = tuple(
        Word(text, Box(100 * i, 10, 90, 28), confidence)
        for i, text in enumerate(["물레방아부터", "열람실까지"])
    )
    box = Box.enclosing(word.box for word in words)
    page = PageText((Block((Line(words, box),), box),), 400, 60, "kor+eng")
    prepared = PreparedPage(
        np.full((60, 400), 255, np.uint8), (), frame_letter * scale, scale=scale
    )
    return ReadResult(page, 1.0, prepared)


def test_small_print_read_unsure_is_told_to_bring_the_camera_closer() -> None:
    """A webcam's view of three Korean columns: letters 7 px, words at 41 (CER 0.69)."""
    advice = small_print_advice(result(7.0, 41.0))
    assert advice is not None and "closer" in advice


def test_no_advice_for_large_print_a_sure_reading_or_no_page() -> None:
    assert small_print_advice(result(13.0, 41.0)) is None  # the Korean page at an angle
    assert small_print_advice(result(7.0, 97.0)) is None  # English small print read surely
    assert small_print_advice(ReadResult(result(7.0, 41.0).page, 1.0, None)) is None
    empty = ReadResult(PageText.empty(400, 60), 1.0, result(7.0, 41.0).prepared)
    assert small_print_advice(empty) is None


class FixedPipeline:
    """Gives one reading, whole, as the pipeline's stream does."""

    languages = "kor+eng"

    def __init__(self, read: ReadResult) -> None:
        self.result = read

    def stream(self, image, on_part) -> ReadResult:
        return self.result


def test_the_flow_shows_the_advice_at_once_and_says_it_after_the_page() -> None:
    speech = RecordingSpeech()
    announcer = Announcer(speech)
    flow = ReadingFlow(
        capture=marked_frame,
        pipeline=lambda: FixedPipeline(result(7.0, 41.0)),  # type: ignore[arg-type, return-value]
        runner=InlineRunner(),
        announcer=announcer,
    )
    speech.add_listener(flow.on_speech_event)
    flow.read()
    said = [text for text, _ in speech.spoken]
    shown = [u.text for u in announcer.history() if not u.spoken]
    advice = small_print_advice(result(7.0, 41.0))
    assert advice in shown  # shown when the page came
    assert said[-1] == advice  # said after the page's words
    assert said.index(advice) > said.index("물레방아부터 열람실까지")


def _unsure_page(unsure: int, sure: int) -> ReadResult:
    """A page in large print of `unsure` words read at 30 and `sure` words at 95."""
    confidences = [30.0] * unsure + [95.0] * sure
    words = tuple(
        Word(f"word{i}x" if c < 50 else "word", Box(60 * i, 10, 50, 28), c)
        for i, c in enumerate(confidences)
    )
    box = Box.enclosing(word.box for word in words)
    page = PageText((Block((Line(words, box),), box),), 60 * len(words), 60, "eng")
    prepared = PreparedPage(np.full((60, 400), 255, np.uint8), (), 30.0, scale=1.0)
    return ReadResult(page, 1.0, prepared)


def test_a_page_with_more_than_a_fifth_of_its_words_unsure_gets_advice() -> None:
    lexicon = NullLexicon()
    advice = reading_advice(_unsure_page(3, 7), lexicon)
    assert advice is not None and "light" in advice and "flat" in advice
    assert reading_advice(_unsure_page(2, 8), lexicon) is None  # a fifth: not yet
    # Small print, read unsure, is told the one thing to do instead.
    assert reading_advice(result(7.0, 41.0), lexicon) == small_print_advice(result(7.0, 41.0))
