"""Frame sources with real OpenCV and real files (this machine has no camera), and the reader."""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest

from core.plumbing.errors import CameraError
from core.plumbing.i18n import set_language
from core.sources import (
    CameraInfo,
    DemoSource,
    FileSource,
    FrameReader,
    NullSource,
    RecordingSource,
    UsbCamera,
    list_cameras,
    open_source,
)
from core.sources import camera as camera_module
from core.sources.reader import NewestFrame

LEVELS = (20, 60, 100, 140, 180, 220)  # one grey per video frame, far apart for a lossy codec
STOPPED = "The camera stopped sending pictures. Check its cable; Bitna keeps trying."


def wait_for(condition: Callable[[], bool], timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def grey_level(frame: np.ndarray) -> int:
    return round(float(frame.mean()))


def level_index(frame: np.ndarray) -> int:
    """Which of LEVELS a decoded frame shows (the codec moves each grey a little)."""
    level = grey_level(frame)
    index = min(range(len(LEVELS)), key=lambda i: abs(LEVELS[i] - level))
    assert abs(LEVELS[index] - level) <= 8, f"grey {level} is none of {LEVELS}"
    return index


def write_video(path: Path, fourcc: str, fps: float = 20.0) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*fourcc), fps, (160, 120))
    assert writer.isOpened(), f"OpenCV cannot write {fourcc} here"
    for level in LEVELS:
        writer.write(np.full((120, 160, 3), level, np.uint8))
    writer.release()
    return path


def solid(bgr: tuple[int, int, int], shape: tuple[int, int] = (48, 64)) -> np.ndarray:
    return np.full((*shape, 3), bgr, np.uint8)


# Files that play like a camera


@pytest.mark.parametrize(("name", "fourcc"), [("page.mp4", "mp4v"), ("page.avi", "MJPG")])
def test_video_plays_in_order_and_loops(tmp_path: Path, name: str, fourcc: str) -> None:
    source = FileSource(write_video(tmp_path / name, fourcc))
    source.open()
    try:
        assert source.frame_interval == pytest.approx(1 / 20)
        assert source.name == f"File: {name}"
        frames = [source.read() for _ in range(len(LEVELS) * 2 + 3)]
    finally:
        source.close()

    assert all(f is not None and f.shape == (120, 160, 3) and f.dtype == np.uint8 for f in frames)
    shown = [level_index(f) for f in frames if f is not None]
    assert shown == [i % len(LEVELS) for i in range(len(frames))]


def test_video_through_the_reader_is_paced_and_loops(tmp_path: Path) -> None:
    errors: list[CameraError] = []
    reader = FrameReader(FileSource(write_video(tmp_path / "page.mp4", "mp4v")), errors.append)
    started = time.monotonic()
    reader.start()
    try:
        assert wait_for(lambda: reader.frames_read >= 2 * len(LEVELS) + 2, timeout=5)
        elapsed = time.monotonic() - started
        latest = reader.latest()
    finally:
        reader.stop()

    assert latest is not None
    sequence, frame = latest
    assert sequence >= 2 * len(LEVELS) + 2
    level_index(frame)  # one of the frames written
    assert elapsed >= 0.5  # 14 frames at 20 fps: paced like a camera, not read flat out
    assert not errors


def test_folder_of_pictures_plays_in_natural_order_and_loops(tmp_path: Path) -> None:
    colours = {"page_1.png": (0, 0, 255), "page_2.jpg": (0, 255, 0), "page_10.tif": (255, 0, 0)}
    for name, colour in colours.items():
        assert cv2.imwrite(str(tmp_path / name), solid(colour))
    (tmp_path / "notes.txt").write_text("not a page")

    source = FileSource(tmp_path)
    source.open()
    try:
        assert source.frame_interval == pytest.approx(0.5)
        assert source.name == f"Folder: {tmp_path.name}"
        frames = [source.read() for _ in range(7)]
    finally:
        source.close()

    expected = [(0, 0, 255), (0, 255, 0), (255, 0, 0)] * 3
    for frame, colour in zip(frames, expected, strict=False):
        assert frame is not None
        assert np.abs(frame[24, 32].astype(int) - colour).max() <= 3  # JPEG is near enough


def test_folder_skips_damaged_pictures(tmp_path: Path) -> None:
    assert cv2.imwrite(str(tmp_path / "a.png"), solid((10, 20, 30)))
    (tmp_path / "b.png").write_text("damaged")
    source = FileSource(tmp_path)
    source.open()
    frames = [source.read() for _ in range(3)]
    assert all(f is not None and tuple(f[0, 0]) == (10, 20, 30) for f in frames)


def test_still_image_is_a_steady_picture(tmp_path: Path) -> None:
    assert cv2.imwrite(str(tmp_path / "page.png"), solid((1, 2, 3)))
    source = FileSource(tmp_path / "page.png")
    source.open()
    assert source.frame_interval == pytest.approx(0.1)
    first = source.read()
    assert first is not None
    first[:] = 0  # a caller drawing on its frame must not change the next one
    second = source.read()
    assert second is not None and tuple(second[0, 0]) == (1, 2, 3)
    assert source.still


def test_only_a_single_picture_is_still(tmp_path: Path) -> None:
    video = FileSource(write_video(tmp_path / "page.avi", "MJPG"))
    (tmp_path / "pages").mkdir()
    assert cv2.imwrite(str(tmp_path / "pages" / "a.png"), solid((1, 1, 1)))
    folder = FileSource(tmp_path / "pages")
    for source in (video, folder):
        source.open()
        assert not source.still
        source.close()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("nowhere.png", None, "does not exist. Check the name, or choose another camera source."),
        ("page.png", b"just text", "is not an image Bitna can read"),
        ("film.mp4", b"not really a video" * 100, "could not be played"),
        ("page.xyz", b"what is this" * 100, "is not a picture or video Bitna can play"),
        ("empty.jpg", b"", "is empty"),
    ],
)
def test_unreadable_paths_raise_camera_error(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CameraError) as caught:
        FileSource(path).open()
    assert message in caught.value.message
    assert str(path) in caught.value.message


def test_empty_folder_raises_camera_error(tmp_path: Path) -> None:
    with pytest.raises(CameraError, match="has no pictures in it"):
        FileSource(tmp_path).open()


# The reader


class CountingSource:
    """Makes a new frame per read and remembers them weakly, to see which ones stay alive."""

    name = "counting"
    frame_interval = 0.002

    def __init__(self) -> None:
        self.made: list[weakref.ref[np.ndarray]] = []

    def open(self) -> None:
        pass

    def read(self) -> np.ndarray:
        frame = np.full((8, 8, 3), len(self.made) % 256, np.uint8)
        self.made.append(weakref.ref(frame))
        return frame

    def close(self) -> None:
        pass


def test_reader_keeps_only_the_newest_frame() -> None:
    source = CountingSource()
    reader = FrameReader(source)
    reader.start()
    assert wait_for(lambda: reader.frames_read >= 50)
    reader.stop()

    latest = reader.latest()
    assert latest is not None
    sequence, frame = latest
    assert sequence == reader.frames_read == len(source.made)
    assert frame[0, 0, 0] == (len(source.made) - 1) % 256  # the last one read
    alive = [ref for ref in source.made if ref() is not None]
    assert alive == [source.made[-1]]  # no queue of old frames anywhere


def test_reader_sequence_rises_and_frames_match() -> None:
    frames = [solid((i, i, i), (4, 4)) for i in range(10)]
    source = RecordingSource(frames, frame_interval=0.005)
    reader = FrameReader(source)
    reader.start()
    seen: list[tuple[int, int]] = []
    deadline = time.monotonic() + 1
    while time.monotonic() < deadline:
        latest = reader.latest()
        if latest is not None:
            seen.append((latest[0], int(latest[1][0, 0, 0])))
        time.sleep(0.003)
    reader.stop()

    sequences = [s for s, _ in seen]
    assert sequences == sorted(sequences) and len(set(sequences)) > 20
    assert all(value == (sequence - 1) % 10 for sequence, value in seen)


def test_a_still_picture_is_read_once_and_given_again_as_the_same_frame(tmp_path: Path) -> None:
    assert cv2.imwrite(str(tmp_path / "page.png"), solid((1, 2, 3)))
    source = FileSource(tmp_path / "page.png")
    reads: list[int] = []
    read = source.read
    source.read = lambda: reads.append(1) or read()  # type: ignore[method-assign]
    errors: list[CameraError] = []
    woken: list[float] = []
    reader = FrameReader(source, errors.append)
    reader.latest.add_listener(lambda: woken.append(time.monotonic()))
    reader.start()
    try:
        assert wait_for(lambda: reader.latest() is not None)
        first = reader.latest()
        time.sleep(1.3)  # longer than a camera may stay silent before it counts as unplugged
        last = reader.latest()
    finally:
        reader.stop()
    assert first is not None and last is not None
    assert len(reads) == 1  # read (and copied) once, not ten times a second
    assert last[1] is first[1]  # the same picture: nothing to draw again
    assert last[0] - first[0] >= 10  # still numbered on: the scene watcher's clock
    assert len(woken) == 1  # a listener hears of the picture once
    assert not errors


def test_the_newest_frame_wakes_listeners_for_a_different_picture_only() -> None:
    slot = NewestFrame()
    woken: list[str] = []

    def broken() -> None:
        raise RuntimeError("bug in a listener")

    def wake() -> None:
        woken.append("woken")

    slot.add_listener(broken)
    slot.add_listener(wake)
    picture = solid((1, 1, 1))
    slot.store((1, picture))
    slot.store((2, picture))  # the same picture again
    assert slot() == (2, picture) and woken == ["woken"]
    slot.store((3, solid((1, 1, 1))))  # alike, but a new frame
    assert len(woken) == 2
    slot.store(None)
    assert slot() is None and len(woken) == 2
    slot.remove_listener(wake)
    slot.remove_listener(wake)  # twice is harmless
    slot.store((4, picture))
    assert len(woken) == 2


def test_unplugged_camera_is_reported_once_retried_and_recovers() -> None:
    errors: list[tuple[float, CameraError]] = []
    recovered: list[float] = []
    source = RecordingSource([solid((9, 9, 9))], fail_after=5, frame_interval=0.01)
    reader = FrameReader(
        source,
        on_error=lambda error: errors.append((time.monotonic(), error)),
        on_recovered=lambda: recovered.append(time.monotonic()),
    )
    reader.start()
    assert wait_for(lambda: source.failed)
    failed_at = time.monotonic()

    assert wait_for(lambda: bool(errors), timeout=2.0)
    assert errors[0][0] - failed_at <= 1.5
    assert errors[0][1].message == STOPPED
    time.sleep(2.3)  # retrying: close and open about every second, but no second report
    assert len(errors) == 1
    assert source.opens >= 3 and source.closes >= 2
    assert reader.frames_read == 5 and not recovered

    source.recover()
    assert wait_for(lambda: bool(recovered), timeout=1.5)
    assert wait_for(lambda: reader.frames_read > 10)
    stop_started = time.monotonic()
    reader.stop()
    assert time.monotonic() - stop_started < 0.5
    assert len(errors) == 1 and len(recovered) == 1
    assert source.calls[-1] == "close"


def test_source_that_cannot_open_is_reported_with_its_own_message() -> None:
    errors: list[CameraError] = []
    recovered: list[bool] = []
    source = RecordingSource([solid((1, 1, 1))])
    source.open_error = CameraError("Camera 3 could not be opened. Check that it is plugged in.")
    reader = FrameReader(source, errors.append, lambda: recovered.append(True))
    reader.start()
    assert wait_for(lambda: bool(errors), timeout=1.0)
    assert errors[0].message.startswith("Camera 3 could not be opened")
    source.recover()  # plugged in
    assert wait_for(lambda: bool(recovered), timeout=2.0)
    reader.stop()
    assert len(errors) == 1 and reader.frames_read > 0


class ExplodingSource:
    name = "exploding"
    frame_interval = 0.01

    def open(self) -> None:
        pass

    def read(self) -> np.ndarray | None:
        raise RuntimeError("driver bug")

    def close(self) -> None:
        raise OSError("cannot close either")


def test_exceptions_from_a_source_never_reach_the_caller() -> None:
    errors: list[CameraError] = []
    reader = FrameReader(ExplodingSource(), errors.append)
    reader.start()
    assert wait_for(lambda: bool(errors), timeout=2.0)
    reader.stop()
    assert [e.message for e in errors] == [STOPPED]


def test_a_source_that_never_gives_frames_is_reported() -> None:
    errors: list[CameraError] = []
    reader = FrameReader(NullSource(), errors.append)
    reader.start()
    assert wait_for(lambda: bool(errors), timeout=1.6)
    reader.stop()
    assert reader.latest() is None


def test_switch_closes_the_old_source_and_reads_the_new() -> None:
    old = RecordingSource([solid((1, 1, 1))])
    new = RecordingSource([solid((2, 2, 2))])
    reader = FrameReader(old)
    reader.start()
    assert wait_for(lambda: reader.frames_read > 3)
    sequence_before = reader.frames_read

    reader.switch(new)

    assert old.calls[-1] == "close" and not old.is_open
    assert wait_for(lambda: (reader.latest() or (0, solid((0, 0, 0))))[1][0, 0, 0] == 2)
    latest = reader.latest()
    assert latest is not None and latest[0] > sequence_before
    assert reader.source is new
    reader.stop()
    assert new.calls[0] == "open" and new.calls[-1] == "close"


def test_switching_away_from_a_broken_source_reports_recovery() -> None:
    errors: list[CameraError] = []
    recovered: list[bool] = []
    reader = FrameReader(NullSource(), errors.append, lambda: recovered.append(True))
    reader.start()
    assert wait_for(lambda: bool(errors), timeout=2.0)
    reader.switch(RecordingSource([solid((5, 5, 5))]))
    assert wait_for(lambda: bool(recovered), timeout=1.0)
    reader.stop()


def test_switching_from_inside_the_error_callback() -> None:
    replacement = RecordingSource([solid((7, 7, 7))])
    reader: FrameReader

    def fall_back(error: CameraError) -> None:
        reader.switch(replacement)  # on the reader's own thread: must not deadlock or raise

    reader = FrameReader(NullSource(), fall_back)
    reader.start()
    assert wait_for(lambda: reader.frames_read > 0, timeout=2.5)
    latest = reader.latest()
    reader.stop()
    assert latest is not None and latest[1][0, 0, 0] == 7
    assert replacement.calls[-1] == "close"


class SlowSource(RecordingSource):
    def read(self) -> np.ndarray | None:
        time.sleep(0.2)
        return super().read()


def test_stop_is_quick_even_with_a_slow_source() -> None:
    reader = FrameReader(SlowSource([solid((1, 1, 1))], frame_interval=0.0))
    reader.start()
    time.sleep(0.3)
    started = time.monotonic()
    reader.stop()
    assert time.monotonic() - started < 0.5
    assert not reader.running


def test_callbacks_run_off_the_callers_thread_and_their_errors_are_contained() -> None:
    threads: list[threading.Thread] = []

    def broken_callback(error: CameraError) -> None:
        threads.append(threading.current_thread())
        raise ValueError("bug in the GUI")

    source = RecordingSource([solid((1, 1, 1))], fail_after=1)
    reader = FrameReader(source, broken_callback)
    reader.start()
    assert wait_for(lambda: bool(threads), timeout=2.0)
    source.recover()
    assert wait_for(lambda: reader.frames_read > 3)  # still reading after the callback raised
    reader.stop()
    assert threads[0] is not threading.current_thread()


# Specs, cameras


def test_open_source_specs(tmp_path: Path) -> None:
    demo = open_source("demo")
    assert isinstance(demo, DemoSource) and demo.page == "en"
    korean = open_source(" demo:ko ")
    assert isinstance(korean, DemoSource) and korean.page == "ko"
    camera = open_source("1")
    assert isinstance(camera, UsbCamera) and camera.index == 1
    assert isinstance(open_source("auto"), DemoSource)  # no camera on this machine
    assert cv2.imwrite(str(tmp_path / "page.png"), solid((1, 2, 3)))
    assert isinstance(open_source(str(tmp_path / "page.png")), FileSource)
    assert isinstance(open_source(str(tmp_path)), FileSource)


def test_demo_spec_follows_the_ui_language() -> None:
    set_language("ko")
    source = open_source("demo")
    assert isinstance(source, DemoSource) and source.page == "ko"


@pytest.mark.parametrize("spec", ["", "demo:xx", "-1", "camera", "/no/such/page.png"])
def test_bad_specs_raise_camera_error(spec: str) -> None:
    with pytest.raises(CameraError) as caught:
        open_source(spec)
    assert caught.value.message.endswith(".")


def test_no_cameras_here_quickly_and_quietly(capfd: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    assert list_cameras() == []
    assert time.monotonic() - started < 0.5
    assert capfd.readouterr().err == ""


def test_usb_camera_that_is_not_there_says_what_to_do(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = (
        "Camera 0 could not be opened. Check that it is plugged in and not used by another program."
    )
    with pytest.raises(CameraError) as caught:
        UsbCamera(0).open()
    assert caught.value.message == expected

    # The same through OpenCV itself (no fast path), and without OpenCV's console noise.
    monkeypatch.setattr(UsbCamera, "_missing_device_node", lambda self: False)
    camera = UsbCamera(0)
    with pytest.raises(CameraError) as caught:
        camera.open()
    assert caught.value.message == expected
    assert camera.read() is None
    camera.close()
    assert "WARN" not in capfd.readouterr().err


def test_linux_camera_names_come_from_sysfs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for node, name, index in (("video0", "HD Webcam", "0"), ("video1", "HD Webcam", "1")):
        (tmp_path / node).mkdir()
        (tmp_path / node / "name").write_text(name + "\n")
        (tmp_path / node / "index").write_text(index + "\n")
    (tmp_path / "video2").mkdir()
    (tmp_path / "video2" / "name").write_text("Document Camera\n")
    (tmp_path / "video3").mkdir()  # no name file
    monkeypatch.setattr(camera_module, "SYSFS_VIDEO", tmp_path)
    monkeypatch.setattr(camera_module.sys, "platform", "linux")

    cameras = list_cameras()

    assert cameras == [
        CameraInfo(0, "HD Webcam", 0, 0),
        CameraInfo(2, "Document Camera", 0, 0),
        CameraInfo(3, "USB camera 3", 0, 0),
    ]
    assert UsbCamera(2).name == "USB camera 2: Document Camera"
    assert UsbCamera(5).name == "USB camera 5"
