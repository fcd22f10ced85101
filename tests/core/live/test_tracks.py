"""Lines followed from reading to reading: said once per appearance, by place and text."""

from __future__ import annotations

from core.live.model import SeenLine
from core.live.tracks import Tracker
from core.text.model import Box

FRAME = (720, 1280, 3)


def line(text: str, left: int, top: int, confidence: float = 95.0, cut: bool = False) -> SeenLine:
    return SeenLine(text, Box(left, top, 12 * len(text), 24), confidence, "en", cut)


def say_ready(tracker: Tracker, now: float = 100.0) -> list[str]:
    said = []
    for track in tracker.ready(FRAME, now):
        track.spoken = True
        said.append(track.line.text)
    return said


def test_a_line_is_said_once_while_it_stays_in_view_even_as_the_view_drifts() -> None:
    tracker = Tracker()
    said = []
    for step in range(6):
        drift = 4 * (step % 3)
        tracker.update(
            [line("Shake well", 300 + drift, 200)], (4.0 if step % 3 else -8.0, 0.0), FRAME, step
        )
        said += say_ready(tracker)
    assert said == ["Shake well"]


def test_two_identical_lines_are_two_lines() -> None:
    tracker = Tracker()
    tracker.update([line("Shake well", 300, 200), line("Shake well", 300, 260)], (0, 0), FRAME, 0)
    assert say_ready(tracker) == ["Shake well", "Shake well"]
    tracker.update([line("Shake well", 301, 201), line("Shake well", 301, 261)], (1, 1), FRAME, 1)
    assert say_ready(tracker) == []


def test_a_line_that_leaves_and_comes_back_is_said_again() -> None:
    tracker = Tracker()
    tracker.update([line("Best before 03/2027", 300, 200)], (0, 0), FRAME, 0)
    assert say_ready(tracker) == ["Best before 03/2027"]
    tracker.update([], (0, 0), FRAME, 1)
    assert say_ready(tracker) == []  # missed once: may be a bad reading
    tracker.update([], (0, 0), FRAME, 2)  # missed twice: gone
    tracker.update([line("Best before 03/2027", 320, 210)], (0, 0), FRAME, 3)
    assert say_ready(tracker) == ["Best before 03/2027"]


def test_a_line_moved_out_of_the_frame_is_forgotten_at_once() -> None:
    tracker = Tracker()
    tracker.update([line("Net wt 400 g", 300, 200)], (0, 0), FRAME, 0)
    say_ready(tracker)
    tracker.update([], (-900.0, 0.0), FRAME, 1)
    assert tracker.tracks == []


def test_a_new_face_at_the_same_place_is_new_text() -> None:
    tracker = Tracker()
    tracker.update([line("Whole grain cereal", 300, 200)], (0, 0), FRAME, 0)
    assert say_ready(tracker) == ["Whole grain cereal"]
    tracker.update([line("Heat and serve", 300, 204)], (0, 0), FRAME, 1)
    assert say_ready(tracker) == ["Heat and serve"]


def test_a_line_cut_by_the_edge_waits_until_it_is_whole() -> None:
    tracker = Tracker()
    tracker.update([line("Net wt 4", 1100, 200, cut=True)], (0, 0), FRAME, 0)
    assert say_ready(tracker) == []
    tracker.update([line("Net wt 400 g", 1000, 200)], (-100.0, 0.0), FRAME, 1)
    assert say_ready(tracker) == ["Net wt 400 g"]


def test_part_of_a_line_said_hidden_by_a_hand_is_not_said_again() -> None:
    tracker = Tracker()
    tracker.update([line("Net weight 400 g", 300, 200)], (0, 0), FRAME, 0)
    say_ready(tracker)
    tracker.update([line("Ne", 300, 200)], (0, 0), FRAME, 1)
    assert say_ready(tracker) == []


def test_an_unsure_line_is_said_only_once_read_alike_twice() -> None:
    tracker = Tracker()
    tracker.update([line("Keep refrigerated", 300, 200, confidence=70)], (0, 0), FRAME, 0)
    assert say_ready(tracker) == []
    tracker.update([line("Keep refrigerated", 302, 200, confidence=72)], (2, 0), FRAME, 1)
    assert say_ready(tracker) == ["Keep refrigerated"]


def test_lines_are_said_in_reading_order() -> None:
    tracker = Tracker()
    lines = [line("OAT CRUNCH", 300, 100), line("Whole grain", 300, 160), line("400 g", 300, 220)]
    tracker.update(lines, (0, 0), FRAME, 0)
    assert say_ready(tracker) == ["OAT CRUNCH", "Whole grain", "400 g"]


def test_a_sure_line_waits_a_moment_for_an_unsure_line_above_it() -> None:
    tracker = Tracker()
    lines = [line("Ingredients", 300, 100, confidence=60), line("Shake well", 300, 160)]
    tracker.update(lines, (0, 0), FRAME, 0.0)
    assert say_ready(tracker, now=0.3) == []
    tracker.update(lines, (0, 0), FRAME, 0.4)  # read alike twice: settled
    assert say_ready(tracker, now=0.4) == ["Ingredients", "Shake well"]


def test_a_line_that_stays_unreadable_does_not_hold_back_the_rest() -> None:
    tracker = Tracker()
    tracker.update([line("Ingr3d", 300, 100, confidence=40)], (0, 0), FRAME, 0.0)
    tracker.update(
        [line("Ingr3d", 300, 100, confidence=40), line("Shake well", 300, 160)], (0, 0), FRAME, 0.5
    )
    assert say_ready(tracker, now=0.6) == []
    assert say_ready(tracker, now=1.2) == ["Shake well"]


def test_a_short_line_read_only_now_and_then_beside_the_rest_is_said_once() -> None:
    tracker = Tracker()
    said = []
    for step in range(8):
        lines = [line("Mango Juice", 300, 100), line("Shake well", 300, 220)]
        if step in (0, 5):  # "1 L" between them, read in two readings of eight
            lines.insert(1, line("1 L", 300, 160))
        tracker.update(lines, (0, 0), FRAME, step * 0.4)
        said += say_ready(tracker)
    assert said == ["Mango Juice", "1 L", "Shake well"]


def test_a_line_is_said_again_when_its_object_went_and_came_back() -> None:
    tracker = Tracker()
    said = []
    lines = [line("Mango Juice", 300, 100), line("1 L", 300, 160)]
    for step, seen in enumerate([lines, [line("Mango Juice", 300, 100)], [], [], lines]):
        tracker.update(seen, (0, 0), FRAME, step * 0.4)
        said += say_ready(tracker)
    assert said == ["Mango Juice", "1 L", "Mango Juice", "1 L"]
