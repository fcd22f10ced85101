"""After a reading the camera's view made poor, the user hears what to do about it."""

from __future__ import annotations

import cv2
import numpy as np

from core.announce import Announcer
from core.document.prepare import PreparedPage
from core.plumbing.workers import InlineRunner
from core.reading.advice import reading_advice, small_print_advice
from core.reading.flow import ReadingFlow
from core.reading.pipeline import ReadResult
from core.reading.spoken import UnsureSpeech
from core.scene.framing import Framing, Problem
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


GENERAL = (
    "Many words on this page may be misread. For a better reading, give the page more "
    "light, hold it flat, and bring the camera a little closer."
)
DARK = "It is too dark. Turn on a light or move the page to a brighter place."
GLARE = "There is a bright reflection on the page. Tilt the page or move the light."


def test_a_page_with_more_than_a_fifth_of_its_words_unsure_gets_advice() -> None:
    lexicon = NullLexicon()
    assert reading_advice(_unsure_page(3, 7), lexicon) == GENERAL  # nothing measured
    assert reading_advice(_unsure_page(2, 8), lexicon) is None  # a fifth: not yet
    # Small print, read unsure, is told the one thing to do instead.
    assert reading_advice(result(7.0, 41.0), lexicon) == small_print_advice(result(7.0, 41.0))


def test_a_hard_page_is_told_what_the_framing_measured_instead_of_the_general_advice() -> None:
    lexicon = NullLexicon()
    dark_and_glare = Framing((Problem.TOO_DARK, Problem.GLARE), paper_level=60.0)
    advice = reading_advice(_unsure_page(3, 7), lexicon, dark_and_glare.remedies)
    assert advice == f"Many words on this page may be misread. {DARK} {GLARE}"
    tilted = Framing((Problem.TILTED,), tilt_degrees=-14.0)
    advice = reading_advice(_unsure_page(3, 7), lexicon, tilted.remedies)
    assert advice is not None and advice.endswith("The page is tilted. Turn it a little clockwise.")
    far = Framing((Problem.TOO_FAR,), letter_height=6.0)
    advice = reading_advice(_unsure_page(3, 7), lexicon, far.remedies)
    assert advice is not None and advice.endswith("Bring the camera closer to the page.")
    # Nothing found (or nothing to do about it): the general advice, as before.
    for found in (Framing(()), Framing((Problem.NO_TEXT,))):
        assert reading_advice(_unsure_page(3, 7), lexicon, found.remedies) == GENERAL


def test_the_view_is_measured_only_after_a_hard_page_and_a_failure_loses_nothing() -> None:
    lexicon = NullLexicon()
    asked: list[str] = []

    def view() -> str | None:
        asked.append("measured")
        return DARK

    assert reading_advice(_unsure_page(2, 8), lexicon, view) is None
    assert reading_advice(result(7.0, 41.0), lexicon, view) == small_print_advice(result(7.0, 41.0))
    assert asked == []  # an easy page, or small print: no framing to pay for

    def broken() -> str | None:
        raise cv2.error("no frame")

    assert reading_advice(_unsure_page(3, 7), lexicon, broken) == GENERAL


def test_the_flow_says_what_the_framing_measured_on_the_frame_it_read() -> None:
    speech = RecordingSpeech()
    announcer = Announcer(speech)
    frames: list[np.ndarray] = []

    def remedies(frame: np.ndarray) -> str | None:
        frames.append(frame)
        return GLARE

    frame = marked_frame()
    flow = ReadingFlow(
        capture=lambda: frame,
        pipeline=lambda: FixedPipeline(_unsure_page(3, 7)),  # type: ignore[arg-type, return-value]
        runner=InlineRunner(),
        announcer=announcer,
        remedies=remedies,
    )
    flow.unsure = UnsureSpeech(lexicon=NullLexicon())
    speech.add_listener(flow.on_speech_event)
    flow.read()
    said = [text for text, _ in speech.spoken]
    advice = f"Many words on this page may be misread. {GLARE}"
    assert said[-1] == advice and said.count(advice) == 1  # once, after the page
    assert len(frames) == 1 and frames[0] is frame
