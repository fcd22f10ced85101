"""Reading while the page is still being recognised: real Tesseract, recorded speech.

The page's first lines are spoken before the rest of the page is recognised; what is
spoken, in order, is exactly the recognised text, nothing lost or said twice; Stop and
Pause work while the rest is still coming.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from core.announce import Announcer
from core.plumbing.workers import Done, InlineRunner
from core.reading.flow import ReadingFlow
from core.reading.pipeline import ReadPipeline
from core.speech.fakes import RecordingSpeech
from tests.core.conftest import demo_frame

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no Tesseract")


class StepRunner:
    """Runs work at once but holds what it hands back, for the test to apply step by step."""

    def __init__(self) -> None:
        self.steps: list[Callable[[], object]] = []

    def submit(self, work: Callable[[], Any], done: Done) -> None:
        result = work()
        self.steps.append(lambda: done(result, None))

    def post(self, function: Callable[[], object]) -> None:
        self.steps.append(function)

    def shutdown(self) -> None:
        """Nothing to stop."""


def flow_for(
    frame: np.ndarray, runner: Any, languages: str = "eng+kor"
) -> tuple[ReadingFlow, RecordingSpeech, list[tuple[str, int]]]:
    from core.ocr.tesseract import TesseractEngine

    speech = RecordingSpeech()
    shown: list[tuple[str, int]] = []  # (page text, sentences said when it was shown)
    flow = ReadingFlow(
        capture=lambda: frame,
        pipeline=lambda: ReadPipeline(TesseractEngine(), languages),
        runner=runner,
        announcer=Announcer(speech),
        on_page=lambda page: shown.append((page.text, len(speech.spoken))),
    )
    return flow, speech, shown


def page_sentences(speech: RecordingSpeech) -> list[str]:
    return [text for text, _ in speech.spoken if text != "Reading."]


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize(("page", "languages"), [("en", "eng+kor"), ("ko", "kor+eng")])
def test_first_lines_are_spoken_before_the_rest_and_nothing_is_lost(
    page: str, languages: str
) -> None:
    frame = demo_frame(page, seed=2)
    assert frame is not None
    flow, speech, shown = flow_for(frame, InlineRunner(), languages)
    flow.read()
    assert len(shown) == 2, "the first lines, then the whole page"
    (head, _), (whole, said_when_rest_came) = shown
    assert whole.startswith(head) and len(head) < len(whole)
    assert said_when_rest_came >= 2  # "Reading." and at least one sentence of the page
    # Everything recognised is spoken once, in order.
    assert words(" ".join(page_sentences(speech))) == words(whole)
    assert flow.page is not None and flow.page.text == whole
    assert not flow.recognising
    languages_said = {language for text, language in speech.spoken if text != "Reading."}
    assert languages_said == {"ko" if page == "ko" else "en"}


def test_stop_while_the_rest_is_recognised_says_nothing_more() -> None:
    frame = demo_frame("en", seed=4)
    assert frame is not None
    runner = StepRunner()
    flow, speech, shown = flow_for(frame, runner)
    flow.read()
    head_step, final_step = runner.steps
    head_step()
    said = len(speech.spoken)
    assert said >= 2
    flow.stop()
    final_step()
    assert len(speech.spoken) == said
    assert len(shown) == 1  # the rest is not shown either: the user stopped this reading
    assert not flow.recognising


def test_pause_during_the_first_lines_keeps_the_rest_for_later() -> None:
    frame = demo_frame("en", seed=6)
    assert frame is not None
    runner = StepRunner()
    flow, speech, shown = flow_for(frame, runner)
    flow.read()
    head_step, final_step = runner.steps
    head_step()
    head_said = page_sentences(speech)
    flow.pause()
    final_step()
    assert page_sentences(speech) == head_said  # nothing new while paused
    assert flow.page is not None and flow.page.text == shown[-1][0]
    flow.pause()  # go on: from the paused word to the end, rest included
    assert (
        words(" ".join(page_sentences(speech)[len(head_said) :]))[-3:] == words(flow.page.text)[-3:]
    )


def test_a_head_in_two_pieces_is_spoken_once(shared_data) -> None:
    from core.plumbing.imageio import load_image

    scan = load_image(shared_data / "documents" / "scans" / "phototest.tif")
    flow, speech, shown = flow_for(scan, InlineRunner(), "eng")
    flow.read()
    assert len(shown) == 3  # the first line, the next lines, the whole page
    assert words(" ".join(page_sentences(speech))) == words(shown[-1][0])
