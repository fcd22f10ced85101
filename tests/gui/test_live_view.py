"""The live view widget, offscreen: real Qt, real OpenCV, the demo camera, real Tesseract."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from core.magnifier.control import PAN_STEP
from core.magnifier.modes import bgra
from core.ocr.tesseract import TesseractEngine
from core.reading.pipeline import ReadPipeline
from core.sources.demo import DemoSource
from core.sources.reader import FrameReader
from gui.bridge import QtRunner
from gui.live_view import FRAME_WIDTH, LiveView


@pytest.fixture
def reader(qtbot):
    reader = FrameReader(DemoSource("en", seed=4, fps=30))
    reader.start()
    qtbot.waitUntil(lambda: reader.latest() is not None, timeout=5000)
    yield reader
    reader.stop()


@pytest.fixture
def view(qtbot, reader):
    view = LiveView(reader.latest)
    qtbot.addWidget(view)
    view.resize(812, 612)  # an 800×600 picture inside the focus ring's room
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.frames_shown > 0, timeout=5000)
    yield view
    view.stop()


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width()].copy()


def test_it_shows_the_camera_at_its_frame_rate_without_dropping(qtbot, view, reader) -> None:
    qtbot.wait(300)  # past the start
    shown, read, dropped = view.frames_shown, reader.frames_read, view.frames_dropped
    qtbot.wait(1500)
    new_frames = reader.frames_read - read
    assert new_frames >= 30  # the demo camera gives 30 a second
    assert view.frames_shown - shown >= 0.9 * new_frames
    assert view.frames_dropped - dropped <= 2
    assert view.loop.display_size == (800, 600)


def test_rendering_runs_off_the_ui_thread(qtbot, view) -> None:
    threads: set[int] = set()
    render = view.loop._renderer.render

    def spy(*args, **kwargs):
        threads.add(threading.get_ident())
        return render(*args, **kwargs)

    view.loop._renderer.render = spy
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert threading.main_thread().ident not in threads


def test_arrow_keys_pan_and_stop_when_released(qtbot, view) -> None:
    view.magnifier.update(zoom=4.0)
    view.setFocus()
    start = view.state.centre[0]
    qtbot.keyPress(view, Qt.Key.Key_Right)
    # A tap moves a tenth of the view at once (a quarter of the picture is in view at 4×).
    assert view.state.centre[0] - start >= PAN_STEP / 4 * 0.99
    assert view.magnifier.panning
    qtbot.wait(300)  # held: keeps gliding
    held = view.state.centre[0]
    assert held > start + PAN_STEP / 4
    qtbot.keyRelease(view, Qt.Key.Key_Right)
    assert not view.magnifier.panning
    stopped = view.state.centre[0]
    qtbot.wait(100)
    assert view.state.centre[0] == stopped


def test_plus_and_minus_ask_for_the_zoom_commands(qtbot, view) -> None:
    view.setFocus()
    with qtbot.waitSignal(view.command_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert signal.args == ["zoom-in"]
    with qtbot.waitSignal(view.command_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert signal.args == ["zoom-out"]


def test_the_wheel_zooms_about_the_pointer(qtbot, view) -> None:
    view.magnifier.update(zoom=2.0)
    point = QPointF(FRAME_WIDTH + 600, FRAME_WIDTH + 150)
    before = view.magnifier.geometry().view_to_picture(600, 150)
    event = QWheelEvent(
        point,
        view.mapToGlobal(point),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    with qtbot.waitSignal(view.wheel_zoomed):
        QApplication.sendEvent(view, event)
    assert view.state.zoom == 2.5
    after = view.magnifier.geometry().view_to_picture(600, 150)
    assert after == pytest.approx(before, abs=0.5)


def test_a_two_colour_mode_shows_only_its_two_colours(qtbot, view) -> None:
    view.magnifier.update(zoom=8.0, mode="yellow-on-blue", centre=(0.42, 0.3))
    qtbot.waitUntil(lambda: view._shown is not None and view._shown.state.mode == "yellow-on-blue")
    qtbot.wait(100)
    picture = pixels(view.grab().toImage())[FRAME_WIDTH:-FRAME_WIDTH, FRAME_WIDTH:-FRAME_WIDTH]
    found = {tuple(int(v) for v in c) for c in np.unique(picture.reshape(-1, 4), axis=0)}
    assert found == {bgra("#ffff00"), bgra("#0000ff")}
    share = np.mean(np.all(picture == bgra("#ffff00"), axis=2))
    assert 0.02 < share < 0.5  # text, not noise and not a flood


def test_the_view_keeps_moving_while_a_page_is_recognised(qtbot, view, reader) -> None:
    runner = QtRunner()
    pipeline = ReadPipeline(TesseractEngine(), "eng")
    frame = view.capture_frame()
    results: list[object] = []
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    shown = view.frames_shown
    runner.submit(
        lambda: pipeline.read(frame), lambda result, error: results.append(result or error)
    )
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    timer.stop()
    runner.shutdown()
    seconds = sum(gaps)
    assert seconds > 0.3  # recognising took a while…
    assert max(gaps) < 0.25  # …and the UI thread never stalled
    assert view.frames_shown - shown >= 0.7 * 30 * seconds  # nearly every frame was shown
    assert "Riverside" in str(getattr(results[0], "page", results[0]).text)


def test_freeze_holds_the_picture_and_capture_gives_it(qtbot, view) -> None:
    view.magnifier.toggle_freeze()
    qtbot.waitUntil(lambda: view.loop._frozen is not None)
    frozen = view.capture_frame()
    qtbot.wait(300)
    assert np.array_equal(view.capture_frame(), frozen)
    shown = view._shown.frame_sequence
    qtbot.wait(200)
    assert view._shown.frame_sequence == shown
    view.magnifier.toggle_freeze()
    qtbot.waitUntil(lambda: view._shown.frame_sequence > shown)


def test_a_hidden_view_stops_rendering(qtbot, view) -> None:
    view.hide()
    assert not view.loop.running
    view.show()
    assert view.loop.running


def test_screen_readers_hear_the_zoom_and_mode(qtbot, view) -> None:
    view.describe_source("Demo camera")
    view.magnifier.update(zoom=4.0, mode="yellow-on-black")
    description = view.accessibleDescription()
    assert "Demo camera" in description and "Zoom 4 times" in description
    assert "Yellow on black" in description
