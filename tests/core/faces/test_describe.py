"""Describing who is there: count, left/centre/right, near/far, names, in English and Korean."""

from __future__ import annotations

import pytest

from core.faces.describe import describe, distance, side
from core.faces.fakes import face_at
from core.faces.model import SeenFace
from core.plumbing.i18n import set_language


def seen(x: int, size: int, name: str | None = None) -> SeenFace:
    return SeenFace(face_at(x, 100, size, 640, 480), name)


def test_no_one() -> None:
    assert describe([]) == "No one in view."


def test_two_people_left_and_right_near_and_far() -> None:
    text = describe([seen(500, 40), seen(20, 200, "Kit")])
    assert text == (
        "Two people. Kit, on the left, close. "
        "Someone you have not introduced, on the right, far away."
    )


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (0.05, "on the left"),
        (0.32, "on the left"),
        (0.34, "in the centre"),
        (0.5, "in the centre"),
        (0.66, "in the centre"),
        (0.68, "on the right"),
    ],
)
def test_sides(x: float, expected: str) -> None:
    assert side(x) == expected


def test_mirrored_camera_swaps_sides_and_order() -> None:
    assert side(0.1, mirrored=True) == "on the right"
    text = describe([seen(20, 100, "Ann"), seen(500, 100, "Bo")], mirrored=True)
    assert text.index("Bo") < text.index("Ann")
    assert "Bo, on the left" in text


@pytest.mark.parametrize(
    ("height", "expected"),
    [
        (0.6, "close"),
        (0.25, "close"),
        (0.2, "a few steps away"),
        (0.1, "a few steps away"),
        (0.05, "far away"),
    ],
)
def test_distances(height: float, expected: str) -> None:
    assert distance(height) == expected


def test_a_crowd_is_counted_and_the_known_named() -> None:
    crowd = [seen(10 + 70 * i, 40) for i in range(8)]
    crowd[7] = seen(10 + 70 * 7, 40, "Rose")
    text = describe(crowd)
    assert text.startswith("8 people.")
    assert text.count("Someone you have not introduced") == 6
    assert "And 2 more." in text and "Among them: Rose." in text


def test_korean() -> None:
    set_language("ko")
    text = describe([seen(20, 200, "김민수"), seen(500, 40)])
    assert "김민수" in text
    assert not any(word in text for word in ("people", "left", "right", "close"))
    assert any("\uac00" <= ch <= "\ud7a3" for ch in text.replace("김민수", ""))
