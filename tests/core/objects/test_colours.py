"""Colour names: swatches on paper under three lamps, stripes, no paper, Korean words."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from benchmarks import object_scenes as scenes
from core.objects.colours import describe_colours, name_lab
from core.plumbing.i18n import set_language
from tests.core.objects.conftest import bitna, through_file_source

SWATCHES = {  # RGB as people name them
    "red": (200, 30, 30),
    "yellow": (240, 215, 40),
    "dark green": (20, 80, 35),
    "blue": (30, 80, 200),
    "light blue": (150, 195, 240),
    "brown": (120, 70, 30),
    "pink": (240, 150, 185),
    "white": (250, 250, 250),
    "black": (25, 25, 25),
}


def card(rgb, light: str, tmp_path: Path, stripes=None, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    bgr = tuple(reversed(rgb))
    frame = scenes.swatch(bgr, light, rng, stripes=tuple(reversed(stripes)) if stripes else None)
    return through_file_source(frame, tmp_path / "card.png")


@pytest.mark.parametrize("light", list(scenes.WHITE_BALANCES))
def test_swatches_are_named_under_every_lamp(tmp_path, light) -> None:
    for name, rgb in SWATCHES.items():
        report = describe_colours(card(rgb, light, tmp_path))
        assert report.key == name, (name, light)
        assert report.reference == "paper"


def test_the_lamp_would_fool_a_naive_reading(tmp_path) -> None:
    """Under a warm lamp, white paper's pixels are orange: the balance is what fixes it."""
    frame = card(SWATCHES["white"], "warm lamp", tmp_path)
    lab = cv2.cvtColor(frame[340:380, 620:660], cv2.COLOR_BGR2LAB).reshape(-1, 3).mean(axis=0)
    assert name_lab(lab[0] * 100 / 255, lab[1] - 128, lab[2] - 128)[0] != "white"
    assert describe_colours(frame).key == "white"


def test_stripes_are_described(tmp_path) -> None:
    report = describe_colours(card((20, 30, 100), "cool shade", tmp_path, stripes=(250, 250, 250)))
    assert report.key == "dark blue with white stripes"
    assert report.sentence() == "Dark blue with white stripes."


def test_without_paper_the_average_is_used() -> None:
    rng = np.random.default_rng(5)
    for lamp, gains in scenes.WHITE_BALANCES.items():
        frame = scenes.table(rng).astype(np.float32) * 0.35  # a dark cloth, no paper
        frame[240:480, 480:800] = (40, 40, 200)  # a red card (BGR) straight on it
        frame = np.clip(frame * np.array(gains, np.float32), 0, 255).astype(np.uint8)
        report = describe_colours(frame)
        assert report.reference == "average", lamp
        assert report.parts[0].base == "red", lamp


def test_a_black_picture_says_it_is_too_dark() -> None:
    report = describe_colours(np.zeros((480, 640, 3), np.uint8))
    assert report.sentence().startswith("I cannot tell the colour")


def test_korean_names(tmp_path) -> None:
    set_language("ko")
    sentence = describe_colours(card(SWATCHES["blue"], "daylight", tmp_path)).sentence()
    assert sentence == "파란색."


def test_command_line(tmp_path, capsys) -> None:
    path = tmp_path / "swatch.png"
    cv2.imwrite(str(path), card(SWATCHES["red"], "warm lamp", tmp_path))
    assert bitna("colour", str(path)) == 0
    assert capsys.readouterr().out.strip() == "Red."
