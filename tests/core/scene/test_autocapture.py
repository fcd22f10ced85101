"""Auto-capture on generated camera videos played through the file frame source.

The videos (benchmarks/scene_videos.py) show real scanned pages put down, held, shaken,
relit and taken away by a hand; each frame's truth says which page lies at rest and
whether anything moved. Frames go through `FileSource` as a camera's would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.scene_videos import Clip, Script, Shot, write
from core.scene.autocapture import AutoCapture, Outcome
from core.sources.files import FileSource


def play(clip: Clip, capture: AutoCapture) -> list[int]:
    """Feed the clip through FileSource with its own clock; the frame numbers read."""
    read_at: list[int] = []
    source = FileSource(clip.path)
    source.open()
    try:
        for index in range(len(clip.truth)):
            frame = source.read()
            assert frame is not None
            before = len(read_frames)
            capture.on_frame(frame, index / clip.fps)
            read_at += [index] * (len(read_frames) - before)
    finally:
        source.close()
    return read_at


read_frames: list[np.ndarray] = []
said: list[str] = []


def make_capture(**options: Any) -> AutoCapture:
    read_frames.clear()
    said.clear()
    return AutoCapture(read_frame=read_frames.append, say=said.append, **options)


def check_each_page_once(clip: Clip, read_at: list[int]) -> None:
    shown = sorted({page for page, _ in clip.rests()})
    pages_read = [clip.truth[index].page for index in read_at]
    assert sorted(pages_read) == shown  # every page, once, and nothing else
    for index in read_at:
        truth = clip.truth[index]
        assert not truth.moving
        assert truth.rest_since is not None
        assert index / clip.fps - truth.rest_since <= 0.5


def test_pages_turned_by_hand_are_each_read_once_soon_after_they_lie_still(
    pages: list[np.ndarray], tmp_path: Path
) -> None:
    script = Script(pages[:3])
    script.empty(0.4)
    for index in range(3):
        script.slide_in(index)
        script.hold(index, 1.2)
        script.turn(index)
    clip = write(script, "turning", tmp_path)
    read_at = play(clip, make_capture())
    check_each_page_once(clip, read_at)
    assert said == []  # well framed pages need no advice


def test_shaking_and_light_changes_do_not_read_a_page_twice_or_while_it_moves(
    pages: list[np.ndarray], tmp_path: Path
) -> None:
    script = Script(pages[:2])
    for index in range(2):
        script.slide_in(index)
        script.hold(index, 0.8)
        script.hold(index, 0.8, jitter=8, seed=index)  # the camera shakes
        script.hold(index, 0.8)
        script.relight(index, 0.8, 0.6)  # the lamp dims
        script.hold(index, 0.5)
        script.relight(index, 1 / script.fps, 1.0)  # and is switched back on
        script.hold(index, 0.8)
        script.turn(index)
    clip = write(script, "shaking", tmp_path)
    capture = make_capture()
    read_at = play(clip, capture)
    check_each_page_once(clip, read_at)
    outcomes = [decision.outcome for decision in capture.decisions]
    # Each page settled again after the shake and was recognised as read: nothing said.
    assert outcomes.count(Outcome.SAME_PAGE) >= 2
    assert outcomes.count(Outcome.READ) == 2 and said == []


def test_a_page_left_for_long_is_read_once(pages: list[np.ndarray], tmp_path: Path) -> None:
    script = Script(pages[:1], fps=5)
    script.slide_in(0)
    script.hold(0, 20.0)
    clip = write(script, "long", tmp_path)
    read_at = play(clip, make_capture())
    assert len(read_at) == 1 and clip.truth[read_at[0]].page == 0


def test_a_cut_off_page_gets_advice_once_and_is_read_when_moved_into_view(
    pages: list[np.ndarray], tmp_path: Path
) -> None:
    script = Script(pages[:1])
    page = pages[0]
    _, y = script.rest_xy(0)
    script.shots += [Shot((0, -page.shape[1] // 3, y))] * 15  # a third off the left edge
    script.slide_in(0)  # then moved right, into view
    script.hold(0, 1.0)
    clip = write(script, "cut", tmp_path)
    read_at = play(clip, make_capture())
    assert len(said) == 1
    assert "on the left" in said[0] and "to the right" in said[0]
    assert len(read_at) == 1 and clip.truth[read_at[0]].page == 0


def test_an_empty_desk_is_neither_read_nor_talked_about(tmp_path: Path) -> None:
    script = Script([])
    script.empty(2.0)
    clip = write(script, "desk", tmp_path)
    capture = make_capture()
    assert play(clip, capture) == []
    assert said == []
    assert [d.outcome for d in capture.decisions] == [Outcome.NOTHING]


def turning_clip(pages: list[np.ndarray], folder: Path) -> Clip:
    script = Script(pages[:2])
    for index in range(2):
        script.slide_in(index)
        script.hold(index, 0.8)
        script.turn(index)
    script.empty(0.5)
    return write(script, "two", folder)


def test_a_new_page_waits_for_the_reading_unless_the_user_chose_to_interrupt(
    pages: list[np.ndarray], tmp_path: Path
) -> None:
    clip = turning_clip(pages, tmp_path)
    done = [False]
    interrupted: list[bool] = []
    waiting = make_capture(
        is_busy=lambda: bool(read_frames) and not done[0],  # reading since the first read
        interrupt=lambda: interrupted.append(True),
    )
    play(clip, waiting)
    # The first page is read; the second only waits: the first is still being read.
    outcomes = [decision.outcome for decision in waiting.decisions]
    assert outcomes.count(Outcome.READ) == 1 and outcomes.count(Outcome.QUEUED) == 1
    assert len(read_frames) == 1 and not interrupted
    done[0] = True  # the reading ends: the waiting page is read at the next frame
    waiting.on_frame(np.zeros((720, 1280, 3), np.uint8), 100.0)
    assert len(read_frames) == 2

    cutting = make_capture(
        is_busy=lambda: bool(read_frames),
        interrupt=lambda: interrupted.append(True),
        interrupt_on_turn=True,
    )
    play(clip, cutting)
    assert len(read_frames) == 2 and len(interrupted) == 1  # read at once, cutting off


def test_forget_reads_the_page_in_view_again(pages: list[np.ndarray], tmp_path: Path) -> None:
    script = Script(pages[:1])
    script.slide_in(0)
    script.hold(0, 1.0)
    clip = write(script, "again", tmp_path)
    capture = make_capture()
    play(clip, capture)
    assert len(read_frames) == 1
    capture.forget()
    play(clip, capture)  # the video loops back to the same page lying still
    assert len(read_frames) == 2


def test_the_hands_free_settings_are_checked_when_loaded() -> None:
    from core.settings import Settings, from_dict

    kept = from_dict(
        {"handsfree_sensitivity": 5, "handsfree_delay_ms": 600, "handsfree_turn": "interrupt"}
    )
    assert (kept.handsfree_sensitivity, kept.handsfree_delay_ms, kept.handsfree_turn) == (
        5,
        600,
        "interrupt",
    )
    dropped = from_dict(
        {"handsfree_sensitivity": 9, "handsfree_delay_ms": 20, "handsfree_turn": "never"}
    )
    defaults = Settings()
    assert (dropped.handsfree_sensitivity, dropped.handsfree_delay_ms) == (
        defaults.handsfree_sensitivity,
        defaults.handsfree_delay_ms,
    )
    assert dropped.handsfree_turn == "wait"


def test_a_page_read_with_the_read_key_is_not_read_again(
    pages: list[np.ndarray], tmp_path: Path
) -> None:
    script = Script(pages[:1])
    script.slide_in(0)
    script.hold(0, 1.0)
    clip = write(script, "by-hand", tmp_path)
    source = FileSource(clip.path)
    source.open()
    frames = [source.read() for _ in clip.truth]
    source.close()
    capture = make_capture()
    last = frames[-1]
    assert last is not None
    capture.mark_read(last)  # the user pressed R while the page lay there
    play(clip, capture)
    assert read_frames == []
    assert [d.outcome for d in capture.decisions] == [Outcome.SAME_PAGE]
