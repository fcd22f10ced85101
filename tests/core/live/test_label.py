"""Turning labels: a bottle turned under the camera is seen turning, unwrapped, joined and
read whole; a box slid sideways and a bottle held still are not turning labels."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pytest

from benchmarks.live_bottles import (
    BASE_RADIUS,
    Renderer,
    Shot,
    back_and_forth,
    shaking,
    steady_turn,
)
from core.live.label import TurningLabel, read_label
from core.text.metrics import cer, words_in_order
from tests.core.conftest import needs_tesseract

SIZE = (720, 560)
RADIUS = 200


def fed(shot: Shot, every: int = 3) -> tuple[TurningLabel, list[bool], Renderer]:
    """The shot's frames fed (every third), and whether it was turning after each."""
    renderer = Renderer(shot)
    label = TurningLabel()
    turning = []
    for index, (t, frame) in enumerate(renderer.frames()):
        if index % every == 0:
            label.feed(frame, t)
            turning.append(label.turning)
    return label, turning, renderer


def bottle(
    name: str, phase: Callable[[float], float], seconds: float, kind: str = "bottle"
) -> Shot:
    return Shot(name, "english", phase, seconds, kind=kind, size=SIZE, radius=RADIUS)


def test_a_turning_bottle_is_seen_turning_and_comes_full_circle() -> None:
    label, turning, _ = fed(bottle("turn", steady_turn(0.5, 6.0), 7.5))
    assert not any(turning[:4])  # still for the first half second
    assert sum(turning) >= 0.7 * (6.0 * 10)  # most of the turn's 60 fed frames
    assert label.complete
    assert label.covered == pytest.approx(360.0)


def test_a_bottle_turning_is_seen_turning_all_along_though_frames_come_unevenly() -> None:
    """A camera's frames come a few milliseconds early or late: turning must not flicker."""
    renderer = Renderer(bottle("turn", steady_turn(0.5, 6.0), 7.5))
    rng = np.random.default_rng(7)
    label = TurningLabel()
    turning = []
    for index in range(0, 225, 3):
        t = index / 30 + rng.uniform(-0.012, 0.012)
        label.feed(renderer.frame(index / 30, index), t)
        if 1.2 <= index / 30 <= 6.4:  # turning for more than half a second, not yet stopped
            turning.append(label.turning)
    assert all(turning), f"{turning.count(False)} of {len(turning)} fed frames not turning"


def test_a_label_taken_away_while_turning_is_complete_with_what_was_seen() -> None:
    turning = Renderer(bottle("turn", steady_turn(0.5, 6.0), 7.5))
    desk = Renderer(bottle("desk", lambda t: 0.0, 1.0, kind="desk"))
    label = TurningLabel()
    for index in range(0, 90, 3):  # three seconds: 150° turned
        label.feed(turning.frame(index / 30, index), index / 30)
    assert label.turning and not label.complete
    assert 150 <= label.covered < 260
    for index in range(0, 30, 3):  # then taken away, for a second
        label.feed(desk.frame(index / 30, index), 3.0 + index / 30)
    assert not label.turning
    assert label.complete
    strip = label.strip()
    assert strip is not None
    assert strip.shape[1] == pytest.approx(math.radians(label.covered) * RADIUS, rel=0.1)


def test_a_box_slid_sideways_is_not_a_turning_label() -> None:
    slide = lambda t: min(max(t - 0.5, 0.0), 2.0) * 0.5  # noqa: E731 - 200 px in 2 s
    label, turning, _ = fed(bottle("box", slide, 3.0, kind="box"))
    assert not any(turning)
    assert not label.complete
    assert label.strip() is None


def test_a_still_bottle_is_not_a_turning_label() -> None:
    label, turning, _ = fed(bottle("still", lambda t: 0.3, 3.0))
    assert not any(turning)
    assert label.strip() is None


@needs_tesseract
def test_a_whole_turn_reads_the_label_in_order() -> None:
    from core.ocr.tesseract import TesseractEngine

    engine = TesseractEngine()
    label, _, renderer = fed(bottle("turn", steady_turn(0.5, 6.0), 7.5))
    strip = label.strip()
    assert strip is not None
    # One turn, not more: the strip is the circumference (2πR) to a few per cent.
    assert strip.shape[1] == pytest.approx(2 * math.pi * RADIUS, rel=0.05)
    lines = read_label(strip, lambda image: engine.recognize(image, "eng", "column"))
    truth = [line.text for line in renderer.flat.lines]
    assert words_in_order(" ".join(truth), " ".join(lines)) >= 0.9
    # Each line once.
    assert len(" ".join(lines).split()) <= 1.1 * len(" ".join(truth).split())


@needs_tesseract
def test_a_half_turn_reads_the_half_seen() -> None:
    from core.ocr.tesseract import TesseractEngine

    engine = TesseractEngine()
    label, _, renderer = fed(bottle("half", steady_turn(0.5, 3.0, 0.5), 5.0))
    assert label.complete  # turned more than 90°, then stopped
    assert 180 <= label.covered < 300
    strip = label.strip()
    assert strip is not None
    lines = read_label(strip, lambda image: engine.recognize(image, "eng", "column"))
    seen = renderer.seen_lines()
    unseen = [line.text for line in renderer.flat.lines if line.text not in seen]
    assert seen and unseen
    assert words_in_order(" ".join(seen), " ".join(lines)) >= 0.9
    assert words_in_order(" ".join(unseen), " ".join(lines)) < 0.3


@needs_tesseract
def test_a_label_turned_back_and_forth_in_a_shaking_hand_is_read_once() -> None:
    from core.ocr.tesseract import TesseractEngine

    engine = TesseractEngine()
    shot = Shot(
        "hand",
        "english",
        back_and_forth(0.5, 140.0, 50.0, speed=60.0),
        11.0,
        size=SIZE,
        radius=RADIUS,
        sway=shaking(4.0),
        hand=True,
    )
    label, turning, renderer = fed(shot)
    assert label.complete and label.covered == pytest.approx(360.0)
    strip = label.strip()
    assert strip is not None
    lines = read_label(strip, lambda image: engine.recognize(image, "eng", "column"))
    truth = [line.text for line in renderer.flat.lines]
    assert words_in_order(" ".join(truth), " ".join(lines)) >= 0.9
    assert len(" ".join(lines).split()) <= 1.1 * len(" ".join(truth).split())


@needs_tesseract
def test_a_tins_lines_longer_than_half_round_come_out_whole_and_once() -> None:
    from core.ocr.tesseract import TesseractEngine

    engine = TesseractEngine()
    shot = Shot("tin", "tin", steady_turn(0.5, 6.0), 7.5, kind="tin", size=SIZE, radius=220)
    label, _, renderer = fed(shot)
    assert label.complete
    strip = label.strip()
    assert strip is not None
    lines = read_label(strip, lambda image: engine.recognize(image, "eng", "column"))
    for line in renderer.flat.lines:
        assert line.right - line.left > math.pi * BASE_RADIUS  # longer than half round
        whole = [read for read in lines if cer(line.text, read) < 0.1]
        assert len(whole) == 1, (line.text, lines)
