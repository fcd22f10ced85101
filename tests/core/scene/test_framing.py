"""Framing guidance on frames with one thing wrong, made from real scanned pages."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest

from benchmarks.scene_videos import desk, fit, framing_cases, load_pages, place
from core.scene.framing import Problem, assess, reading_remedies

MOVES = {"left": "to the right", "right": "to the left", "top": "down", "bottom": "up"}


def test_every_cut_off_side_is_named_with_the_way_to_move_the_page(shared_data: Path) -> None:
    cases = [c for c in framing_cases(shared_data / "documents") if c.expect in MOVES]
    assert len(cases) == 16
    for case in cases:
        framing = assess(case.frame)
        assert framing.cut_sides == (case.expect,), case.name
        assert framing.blocking
        advice = framing.advice()
        assert f"Move it {MOVES[case.expect]}." in advice, (case.name, advice)


@pytest.mark.parametrize(
    ("expect", "problem", "words"),
    [
        ("too-far", Problem.TOO_FAR, "too small"),
        ("too-dark", Problem.TOO_DARK, "too dark"),
        ("glare", Problem.GLARE, "reflection"),
        ("tilted", Problem.TILTED, "tilted"),
        ("no-page", Problem.NO_PAGE, "No page in view"),
    ],
)
def test_each_problem_is_found_and_explained(
    shared_data: Path, expect: str, problem: Problem, words: str
) -> None:
    cases = [c for c in framing_cases(shared_data / "documents") if c.expect == expect]
    assert cases
    for case in cases:
        framing = assess(case.frame)
        assert problem in framing.problems, (case.name, framing)
        assert words in framing.advice()


def test_a_well_placed_page_is_ready(shared_data: Path) -> None:
    cases = [c for c in framing_cases(shared_data / "documents") if c.expect == "ok"]
    assert cases
    for case in cases:
        framing = assess(case.frame)
        assert framing.ok and not framing.blocking, (case.name, framing)
        assert framing.advice() == "The whole page is in view. Ready to read."


def test_the_tilt_says_which_way_to_turn(shared_data: Path) -> None:
    page = fit(load_pages(shared_data / "documents", 1)[0], share=0.6)
    # cv2 turns anticlockwise for a positive angle: the page must go back clockwise.
    for angle, turn in ((20, "clockwise"), (-20, "anticlockwise")):
        frame = desk()
        place(frame, page, 380, 150, angle=angle)
        framing = assess(frame)
        assert Problem.TILTED in framing.problems
        assert framing.advice().endswith(f"Turn it a little {turn}.")


def test_glare_is_advice_not_a_reason_to_refuse(shared_data: Path) -> None:
    case = next(c for c in framing_cases(shared_data / "documents", 1) if c.expect == "glare")
    framing = assess(case.frame)
    assert framing.problems == (Problem.GLARE,) and not framing.blocking


def test_a_page_filling_the_view_is_not_cut_off(shared_data: Path) -> None:
    scan = cv2.imread(str(shared_data / "documents" / "scans" / "phototest.tif"))
    framing = assess(cv2.resize(scan, (1280, 960)))
    assert Problem.CUT_OFF not in framing.problems and not framing.blocking


def test_what_helps_a_hard_reading_is_what_the_framing_measured(shared_data: Path) -> None:
    """After a page read with many unsure words: the framing's own sentences for what it
    found and could be done about, and nothing where it found nothing to do."""
    cases = {c.name: c.frame for c in framing_cases(shared_data / "documents", 1)}
    assert reading_remedies(cases["page0-dark"]) == (
        "It is too dark. Turn on a light or move the page to a brighter place."
    )
    assert reading_remedies(cases["page0-glare"]) == (
        "There is a bright reflection on the page. Tilt the page or move the light."
    )
    assert "tilted" in (reading_remedies(cases["page0-tilted"]) or "")
    assert reading_remedies(cases["page0-good"]) is None
    assert reading_remedies(cases["empty-desk"]) is None  # no page: nothing a reader can do
