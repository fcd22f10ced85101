"""The live text benchmark's videos (benchmarks/live_videos.py, issue 23) show what their
truth says: a line is readable where the truth puts it, and is no longer there once the
truth says it has gone; lines come, go and come back as the scenario moves the box."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import cv2
import numpy as np
import pytesseract
import pytest

from benchmarks.live_text import score
from benchmarks.live_videos import SIZE, Script, load_truth, slow_entry, truth_of, write
from core.text.metrics import cer


def turned_quickly() -> Script:
    """A box with a line printed twice slid in, held, turned to its other face, taken away."""
    script = Script(seed=11)
    script.empty(0.3)
    script.move("mango", 0, 0.8, into=True)
    script.hold("mango", 0, 1.6)
    script.turn("mango", 0, 1, 0.6)
    script.hold("mango", 1, 1.6)
    script.move("mango", 1, 0.6, into=False)
    script.empty(0.4)
    return script


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    clip = write(turned_quickly(), "turned", tmp_path_factory.mktemp("live"))
    return clip.path, load_truth(clip.truth_path)


def frame_at(path: Path, seconds: float, fps: float) -> np.ndarray:
    capture = cv2.VideoCapture(str(path))
    capture.set(cv2.CAP_PROP_POS_FRAMES, round(seconds * fps))
    ok, frame = capture.read()
    capture.release()
    assert ok
    return frame


def read_line(frame: np.ndarray, box: list[int]) -> str:
    x0, y0, x1, y1 = box
    crop = frame[max(0, y0 - 8) : y1 + 8, max(0, x0 - 8) : x1 + 8]
    return pytesseract.image_to_string(crop, lang="eng+kor", config="--psm 7").strip()


def error(truth: str, read: str) -> float:
    """CER without spaces: Tesseract spaces Korean syllables apart, which is not misplacing."""
    return cer(truth.replace(" ", ""), read.replace(" ", ""))


def test_every_line_is_readable_inside_the_frame_between_coming_and_going(
    video: tuple[Path, dict],
) -> None:
    _, truth = video
    appearances = truth["appearances"]
    assert {a["face"] for a in appearances} == {"front", "side"}
    for a in appearances:
        assert a["readable_from"] is not None, a["text"]
        assert a["visible_from"] <= a["readable_from"] <= a["readable_until"] < a["gone_at"]
        assert a["gone_at"] <= truth["duration"]
        x0, y0, x1, y1 = a["box"]
        assert 0 <= x0 < x1 <= SIZE[0] and 0 <= y0 < y1 <= SIZE[1]
    front = [a for a in appearances if a["face"] == "front"]
    side = [a for a in appearances if a["face"] == "side"]
    # Turned: the front's lines are gone before the side's become readable.
    assert max(a["gone_at"] for a in front) <= min(a["readable_from"] for a in side)


def test_a_line_printed_twice_is_two_lines_in_two_places(video: tuple[Path, dict]) -> None:
    _, truth = video
    twice = [a for a in truth["appearances"] if a["text"] == "Shake well"]
    assert len(twice) == 2
    assert twice[0]["appear_id"] != twice[1]["appear_id"]
    assert twice[0]["readable_from"] == twice[1]["readable_from"]  # on one face, together
    assert abs(twice[0]["box"][1] - twice[1]["box"][1]) > 50  # one above the other


def test_the_video_shows_each_line_where_its_truth_says_and_not_after_it_went(
    video: tuple[Path, dict],
) -> None:
    path, truth = video
    fps = truth["fps"]
    read_then, read_after = [], []
    for a in truth["appearances"]:
        then = frame_at(path, a["readable_from"], fps)
        read_then.append(error(a["text"], read_line(then, a["box"])))
        gone = frame_at(path, min(a["gone_at"] + 0.1, truth["duration"] - 1 / fps), fps)
        read_after.append(error(a["text"], read_line(gone, a["box"])))
    # Tesseract may miss one line even well placed ("1 L" on its own is hard for it).
    assert sum(value <= 0.25 for value in read_then) >= len(read_then) - 1, read_then
    assert all(value > 0.5 for value in read_after), read_after


def test_a_box_pushed_in_slowly_shows_its_lines_one_by_one_from_the_top() -> None:
    appearances = truth_of(slow_entry(quick=True))
    starts = [a.readable_from for a in appearances if a.readable_from is not None]
    assert len(starts) == len(appearances)
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)  # one by one, not all at once


def test_a_box_taken_away_and_brought_back_shows_its_lines_again() -> None:
    script = Script(seed=3)
    for _ in range(2):
        script.move("tea", 0, 0.8, into=True)
        script.hold("tea", 0, 1.5)
        script.move("tea", 0, 0.6, into=False)
        script.empty(0.5)
    appearances = truth_of(script)
    by_text: dict[str, list] = {}
    for a in appearances:
        by_text.setdefault(a.text, []).append(a)
    assert by_text and all(len(both) == 2 for both in by_text.values())
    for first, second in by_text.values():
        assert first.gone_at is not None and second.readable_from is not None
        assert first.appear_id != second.appear_id
        assert first.gone_at < second.visible_from


def test_the_score_counts_a_line_printed_twice_and_said_twice_as_two_lines_said_once() -> None:
    appearances = [asdict(a) for a in truth_of(turned_quickly())]
    front = [a for a in appearances if a["face"] == "front"]
    ready = max(a["readable_from"] for a in front)
    said = [(ready + 0.2 * n, a["text"].lower()) for n, a in enumerate(front)]  # no case heard
    found = score(appearances, said)
    assert found.once == len(front) and found.repeated == 0 and found.not_in_view == 0
    assert found.missed == len(appearances) - len(front)  # the side's lines were not said
    twice = [when for when, text in said if text == "shake well"]
    again = score(appearances, [*said, (twice[-1] + 0.1, "Shake well")])
    assert again.repeated == 1 and again.once == len(front) - 1


def test_the_score_tells_a_line_said_after_its_box_went_from_one_never_there() -> None:
    appearances = [asdict(a) for a in truth_of(turned_quickly())]
    first = appearances[0]
    late = score(appearances, [(first["gone_at"] + 1.0, first["text"])])
    assert late.not_in_view == 1 and late.gone == 1 and late.once == 0
    made_up = score(appearances, [(first["readable_from"] + 0.5, "Free shipping today")])
    assert made_up.not_in_view == 1 and made_up.garbled == 1 and made_up.gone == 0
    misread = score(appearances, [(first["readable_from"] + 0.5, first["text"][:-2] + "x")])
    assert misread.once == 1  # a letter or two misread is still the line
