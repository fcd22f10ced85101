"""The render loop: newest frame only, drops counted, freeze, and safe buffer hand-over."""

from __future__ import annotations

import time

import numpy as np

from core.magnifier.control import Magnifier
from core.magnifier.loop import RenderLoop
from core.magnifier.state import ViewState


class Frames:
    """A stand-in for FrameReader.latest with frames the test publishes."""

    def __init__(self) -> None:
        self.latest: tuple[int, np.ndarray] | None = None
        self.sequence = 0

    def publish(self, value: int) -> np.ndarray:
        self.sequence += 1
        frame = np.full((120, 160, 3), value, np.uint8)
        frame[:10, :10] = 255 - value  # a corner to tell orientation
        self.latest = (self.sequence, frame)
        return frame

    def __call__(self) -> tuple[int, np.ndarray] | None:
        return self.latest


def make_loop(state: ViewState | None = None) -> tuple[Frames, RenderLoop]:
    frames = Frames()
    loop = RenderLoop(frames, Magnifier(state))
    loop.display_size = (160, 120)
    return frames, loop


def test_only_new_frames_are_rendered_and_skipped_ones_are_counted() -> None:
    frames, loop = make_loop()
    assert loop.step() is False  # no frame yet
    frames.publish(10)
    assert loop.step() is True
    assert loop.step(time.monotonic() + 1) is False  # nothing new
    for value in (20, 30, 40):
        frames.publish(value)
    assert loop.step() is True
    assert loop.frames_dropped == 2
    shown = loop.take()
    assert shown is not None and shown.frame_sequence == 4
    assert shown.image[60, 80, 0] == 40
    assert loop.take() is None


def test_pictures_the_ui_never_took_are_replaced_not_queued() -> None:
    frames, loop = make_loop()
    for value in (10, 20, 30):
        frames.publish(value)
        loop.step()
    assert loop.frames_superseded == 2
    assert loop.take().frame_sequence == 3


def test_the_picture_on_screen_is_never_drawn_over() -> None:
    frames, loop = make_loop()
    frames.publish(10)
    loop.step()
    held = loop.take()
    copy = held.image.copy()
    for value in range(20, 200, 10):  # the UI is busy: many pictures pass untaken
        frames.publish(value)
        loop.step()
    assert np.array_equal(held.image, copy)
    newest = loop.take()
    assert newest.image[60, 80, 0] == 190 and newest.image is not held.image


def test_freeze_holds_the_picture_the_user_saw() -> None:
    frames, loop = make_loop()
    frames.publish(50)
    loop.step()
    loop.magnifier.toggle_freeze()
    loop.step()
    for value in (60, 70, 80):
        frames.publish(value)
        loop.step()
    assert loop.frames_dropped == 0  # frozen frames are skipped on purpose
    assert loop.take().image[60, 80, 0] == 50
    captured = loop.capture()
    assert captured is not None and captured[60, 80, 0] == 50
    loop.magnifier.toggle_freeze()
    assert loop.capture()[60, 80, 0] == 80
    frames.publish(90)
    loop.step()
    assert loop.take().image[60, 80, 0] == 90
    assert loop.frames_dropped == 0


def test_a_view_change_redraws_the_same_frame() -> None:
    frames, loop = make_loop()
    frames.publish(50)
    loop.step()
    loop.take()
    loop.magnifier.update(mode="white-on-black")
    assert loop.step(time.monotonic() + 1) is True
    assert loop.take().frame_sequence == 1


def test_capture_is_turned_as_shown() -> None:
    frames, loop = make_loop(ViewState(rotation=90))
    frame = frames.publish(100)
    captured = loop.capture()
    assert captured.shape == (160, 120, 3)
    assert captured[0, -1, 0] == 155  # the top-left corner is now top-right
    assert np.array_equal(frame[:10, :10], np.full((10, 10, 3), 155))  # the source is untouched


def test_the_thread_renders_on_its_own_and_stops() -> None:
    frames, loop = make_loop()
    loop.start()
    try:
        for value in range(10):
            frames.publish(value)
            deadline = time.monotonic() + 2
            while loop.frames_rendered <= value and time.monotonic() < deadline:
                time.sleep(0.002)
        assert loop.frames_rendered == 10
        assert loop.frames_dropped == 0
    finally:
        loop.stop()
    assert not loop.running


class Feed(Frames):
    """A stand-in for the frame reader's slot that wakes its listeners, as NewestFrame does."""

    def __init__(self) -> None:
        super().__init__()
        self.listeners: list = []

    def add_listener(self, wake) -> None:
        self.listeners.append(wake)

    def remove_listener(self, wake) -> None:
        self.listeners.remove(wake)

    def publish(self, value: int) -> np.ndarray:
        frame = super().publish(value)
        for wake in self.listeners:
            wake()
        return frame

    def again(self) -> None:
        """The same picture given again under a new number (a still): wakes nobody."""
        assert self.latest is not None
        self.sequence += 1
        self.latest = (self.sequence, self.latest[1])


def make_fed_loop() -> tuple[Feed, RenderLoop, list[float]]:
    """A loop on a feed, started, that records when each step ran."""
    feed = Feed()
    loop = RenderLoop(feed, Magnifier())
    loop.display_size = (160, 120)
    steps: list[float] = []
    step = loop.step

    def counted(now: float | None = None) -> bool:
        steps.append(time.monotonic())
        return step(now)

    loop.step = counted  # type: ignore[method-assign]
    loop.start()
    return feed, loop, steps


def wait_until(condition, timeout: float = 2.0) -> float:
    """Seconds until `condition` held (fails the test after `timeout`)."""
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < timeout, "timed out"
        time.sleep(0.001)
    return time.monotonic() - started


def test_the_thread_sleeps_until_a_new_frame_or_a_view_change_wakes_it() -> None:
    feed, loop, steps = make_fed_loop()
    try:
        assert feed.listeners == [loop._wake.set]
        feed.publish(10)
        wait_until(lambda: loop.frames_rendered == 1)
        loop.take()
        time.sleep(0.3)  # idle: a look when woken, then none (no 3 ms polling)
        looked = len(steps)
        time.sleep(0.4)
        assert len(steps) - looked <= 1  # at most the safety net's look
        feed.publish(20)
        assert wait_until(lambda: loop.has_ready) < 0.1
        assert loop.take().image[60, 80, 0] == 20
        loop.magnifier.update(mode="white-on-black")  # a view change alone, while asleep
        assert wait_until(lambda: loop.has_ready) < 0.1
        assert loop.take().state.mode == "white-on-black"
        assert loop.frames_dropped == 0
    finally:
        stopping = time.monotonic()
        loop.stop()
        assert time.monotonic() - stopping < 0.2  # stop wakes it at once
    assert not loop.running and feed.listeners == []


def test_a_still_picture_given_again_is_not_drawn_again_nor_dropped() -> None:
    frames, loop = make_loop()
    frames.publish(10)
    assert loop.step() is True
    loop.take()
    for _ in range(5):
        frames.latest = (frames.sequence + 1, frames.latest[1])  # the same frame object
        frames.sequence += 1
        assert loop.step(time.monotonic() + 1) is False
    assert loop.frames_rendered == 1 and loop.frames_dropped == 0
    frames.sequence += 20  # more of the same, never looked at; then a new picture
    frames.publish(30)
    assert loop.step() is True
    assert loop.frames_dropped == 0
    frames.sequence += 2  # two real frames skipped
    frames.publish(40)
    loop.step()
    assert loop.frames_dropped == 2


def test_view_changes_faster_than_the_redraw_rate_are_shown_soon_not_lost() -> None:
    feed, loop, _ = make_fed_loop()
    try:
        feed.publish(10)
        wait_until(lambda: loop.frames_rendered == 1)
        for mode in ("white-on-black", "black-on-white", "yellow-on-black"):
            loop.magnifier.update(mode=mode)  # within one redraw interval
        assert wait_until(lambda: loop._last_state.mode == "yellow-on-black") < 0.2
    finally:
        loop.stop()


def test_a_held_pan_glides_on_its_own_at_the_redraw_rate() -> None:
    feed, loop, _ = make_fed_loop()
    try:
        feed.publish(10)
        wait_until(lambda: loop.frames_rendered == 1)
        loop.magnifier.update(zoom=4.0)
        wait_until(lambda: loop.frames_rendered == 2)
        start = loop.magnifier.state.centre[0]
        loop.magnifier.set_pan(1, 0)
        time.sleep(0.3)
        loop.magnifier.set_pan(0, 0)
        assert loop.magnifier.state.centre[0] > start
        assert loop.frames_rendered >= 2 + 8  # about 18 at 60 a second; a busy core is slower
    finally:
        loop.stop()
