"""The camera lost and back, in the real window: said within 2 s, retried, and never frozen.

Real Qt widgets (offscreen) and real espeak-ng synthesis; only the camera is a stand-in
(a recording source that can be "unplugged", or a real video file that disappears like a
pulled USB stick), and the loudspeaker is recorded. Every test also measures the longest
time the UI thread went without processing events: a frozen window is a lost user.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox

from core.announce import Role
from core.ocr.tesseract import TesseractEngine
from core.settings import Settings
from core.sources.base import FrameSource
from core.sources.camera import CameraInfo
from core.sources.fakes import RecordingSource
from core.sources.files import FileSource
from core.speech.base import SpeechEvent
from core.speech.fakes import RecordingOutput
from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
from core.speech.speaker import Speaker
from gui import app as app_module
from gui.app import Bitna
from gui.settings_dialog import SettingsDialog

STOPPED = "The camera stopped sending pictures. Check its cable; Bitna keeps trying."
BACK = "The camera is back."
ANNOUNCE_WITHIN = 2.0  # seconds from the last frame to the message, seen and heard
# The UI thread must never go this long without handling events. Frozen means seconds (the
# cameras below take 2.5 s to open); on a shared, loaded 2-core machine a few hundred ms of
# plain scheduling noise were seen, so the bar sits well above that and well below frozen.
STALL_LIMIT = 1.0


def picture(value: int) -> np.ndarray:
    frame = np.full((240, 320, 3), value, np.uint8)
    cv2.putText(frame, str(value), (20, 120), cv2.FONT_HERSHEY_SIMPLEX, 2, (255, 255, 255), 3)
    return frame


class StallMeter:
    """Counts the longest gap between ticks of a 10 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst, self._last = 0.0, time.monotonic()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.worst

    def _tick(self) -> None:
        now = time.monotonic()
        self.worst = max(self.worst, now - self._last)
        self._last = now


class Heard:
    """What the speech service started saying, and when (on the speech thread)."""

    def __init__(self, speech: Speaker) -> None:
        self.started: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        speech.add_listener(self._event)

    def _event(self, event: SpeechEvent) -> None:
        if event.kind == "started":
            with self._lock:
                self.started.append((time.monotonic(), event.text))

    def first(self, text: str, after: float = 0.0) -> float | None:
        with self._lock:
            return next((t for t, said in self.started if said == text and t >= after), None)


def make_bitna(qtbot, source: FrameSource, tmp_path: Path) -> tuple[Bitna, Heard]:
    speech = Speaker(Pyttsx3Synthesizer(), RecordingOutput())
    heard = Heard(speech)
    bitna = Bitna(
        settings=Settings(ocr_languages="eng", global_hotkeys=False),
        source=source,
        speech=speech,
        ocr=TesseractEngine(),
        settings_path=tmp_path / "settings.json",
    )
    qtbot.addWidget(bitna.window)
    bitna.start()
    qtbot.waitUntil(lambda: bitna.reader.latest() is not None, timeout=15000)
    qtbot.waitUntil(lambda: not speech.is_busy, timeout=10000)  # "Bitna is ready…" said
    return bitna, heard


@pytest.fixture
def meter(qtbot) -> Iterator[StallMeter]:
    meter = StallMeter()
    meter.start()
    yield meter
    meter.stop()


def shown(bitna: Bitna) -> str:
    return bitna.window.status.text()


def said_as_error(bitna: Bitna, text: str) -> bool:
    return any(u.text == text and u.role is Role.ERROR for u in bitna.announcer.history())


def test_unplugged_camera_is_announced_within_2_s_and_its_return_too(
    qtbot, tmp_path: Path, meter: StallMeter
) -> None:
    source = RecordingSource([picture(60), picture(120)], frame_interval=0.03)
    bitna, heard = make_bitna(qtbot, source, tmp_path)
    try:
        qtbot.waitUntil(lambda: bitna.window.live_view.frames_shown > 3, timeout=5000)
        meter.start()
        source.unplug()
        unplugged = time.monotonic()

        qtbot.waitUntil(lambda: shown(bitna) == STOPPED, timeout=4000)
        seen = time.monotonic() - unplugged
        qtbot.waitUntil(lambda: heard.first(STOPPED, unplugged) is not None, timeout=4000)
        spoken = (heard.first(STOPPED, unplugged) or 0.0) - unplugged
        assert seen <= ANNOUNCE_WITHIN and spoken <= ANNOUNCE_WITHIN, (seen, spoken)
        assert said_as_error(bitna, STOPPED)

        # Bitna keeps trying on its own: no second message while the camera stays away.
        qtbot.wait(2500)
        assert [u.text for u in bitna.announcer.history()].count(STOPPED) == 1
        assert source.opens >= 2  # closed and opened again, about every second

        source.recover()
        plugged = time.monotonic()
        qtbot.waitUntil(lambda: shown(bitna) == BACK, timeout=4000)
        qtbot.waitUntil(lambda: heard.first(BACK, plugged) is not None, timeout=4000)
        back_after = (heard.first(BACK, plugged) or 0.0) - plugged
        assert back_after <= ANNOUNCE_WITHIN, back_after
        # The picture moves again: the view is not frozen on the last frame.
        frames = bitna.window.live_view.frames_shown
        qtbot.waitUntil(lambda: bitna.window.live_view.frames_shown > frames + 3, timeout=3000)
        assert meter.stop() < STALL_LIMIT, meter.worst
        print(
            f"\nunplugged: shown after {seen:.2f} s, spoken after {spoken:.2f} s; "
            f"back: spoken after {back_after:.2f} s; worst UI stall {meter.worst * 1000:.0f} ms"
        )
    finally:
        bitna.shutdown()


def write_video(path: Path, frames: int = 20) -> None:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 20.0, (320, 240))
    for index in range(frames):
        writer.write(picture(40 + index * 5))
    writer.release()


def test_a_video_file_that_goes_away_is_announced_and_comes_back(
    qtbot, tmp_path: Path, meter: StallMeter
) -> None:
    """A real FileSource whose file disappears (the USB stick it was on was pulled out)."""
    video = tmp_path / "stick" / "page.avi"
    video.parent.mkdir()
    write_video(video)
    bitna, heard = make_bitna(qtbot, FileSource(video), tmp_path)
    try:
        meter.start()
        away = tmp_path / "away.avi"
        shutil.move(video, away)  # the file's frames end, and reopening it fails
        moved = time.monotonic()
        qtbot.waitUntil(lambda: shown(bitna) == STOPPED, timeout=6000)
        # The end of the file is noticed when the loop comes round (at most 1 s of video),
        # then the usual second without frames.
        assert time.monotonic() - moved <= 1.0 + ANNOUNCE_WITHIN
        qtbot.waitUntil(lambda: heard.first(STOPPED, moved) is not None, timeout=4000)

        shutil.move(away, video)
        qtbot.waitUntil(lambda: shown(bitna) == BACK, timeout=4000)
        qtbot.waitUntil(lambda: heard.first(BACK, moved) is not None, timeout=4000)
        assert bitna.reader.latest() is not None
        assert meter.stop() < STALL_LIMIT, meter.worst
    finally:
        bitna.shutdown()


class SlowToOpen(RecordingSource):
    """A camera whose driver takes seconds to open (some USB document cameras do)."""

    def __init__(self, seconds: float) -> None:
        super().__init__([picture(200)], frame_interval=0.03, name="Slow camera")
        self.seconds = seconds

    def open(self) -> None:
        time.sleep(self.seconds)
        super().open()


class StuckRead(RecordingSource):
    """An unplugged camera whose driver blocks in read() instead of failing at once."""

    def read(self) -> np.ndarray | None:
        if self.failed:
            time.sleep(0.4)
        return super().read()


def choose_camera_in_settings(qtbot, bitna: Bitna, spec: str) -> float:
    """Open Settings, pick `spec` as the camera and press OK, like a user would.

    Returns the seconds the UI thread spent after OK before it could go on.
    """
    bitna.commands.trigger("settings")  # the choices are listed on a worker first
    qtbot.waitUntil(lambda: bitna.settings_dialog is not None, timeout=8000)
    dialog = bitna.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    assert dialog.faces_key is not None
    assert "a key file in" in dialog.faces_key.text()  # the window says where, too
    combo = dialog.fields["camera"]
    assert isinstance(combo, QComboBox)
    index = combo.findData(spec)
    if index < 0:
        combo.addItem(spec, spec)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
    accepted = time.monotonic()
    dialog.accept()
    return time.monotonic() - accepted


def test_switching_camera_while_it_is_lost_never_freezes_the_window(
    qtbot, tmp_path: Path, meter: StallMeter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user switches cameras in Settings while the camera is gone; the new one is slow."""
    lost = StuckRead([picture(30)], frame_interval=0.03, name="Lost camera")
    bitna, heard = make_bitna(qtbot, lost, tmp_path)
    slow = SlowToOpen(seconds=1.5)

    def open_source(spec: str) -> FrameSource:
        if spec != "2":
            raise AssertionError(spec)
        time.sleep(1.0)  # like "auto" trying a camera that takes its time
        slow.open()
        return slow

    monkeypatch.setattr(app_module, "open_source", open_source)
    try:
        lost.unplug()
        qtbot.waitUntil(lambda: shown(bitna) == STOPPED, timeout=4000)
        returned_after = choose_camera_in_settings(qtbot, bitna, "2")
        meter.start()  # from here on the camera opens (building the dialog is not measured)
        # The window answers while the camera opens: a key press works at once.
        calls: list[str] = []
        bitna.commands.bind("repeat", lambda: calls.append("repeat"))
        bitna.window.actions_by_id["repeat"].trigger()
        assert calls == ["repeat"]
        qtbot.waitUntil(lambda: bitna.source is slow, timeout=8000)
        qtbot.waitUntil(lambda: shown(bitna) == BACK, timeout=4000)
        latest = bitna.reader.latest()
        assert latest is not None and int(latest[1][5, 5, 0]) == 200
        assert bitna.settings.camera == "2"
        assert lost.calls[-1] == "close"
        worst = meter.stop()
        assert returned_after < 1.0, returned_after  # the dialog's OK did not wait for it
        assert worst < STALL_LIMIT, worst
        print(f"\nswitch to a camera slow to open: worst UI stall {worst * 1000:.0f} ms")
    finally:
        bitna.shutdown()


def test_a_camera_that_cannot_be_chosen_says_so_and_the_old_one_keeps_going(
    qtbot, tmp_path: Path, meter: StallMeter
) -> None:
    source = RecordingSource([picture(90)], frame_interval=0.03)
    bitna, _ = make_bitna(qtbot, source, tmp_path)
    try:
        meter.start()
        bitna.switch_source(str(tmp_path / "no-such-folder"))
        qtbot.waitUntil(
            lambda: shown(bitna).startswith("There is no camera or file called"), timeout=4000
        )
        frames = source.frames_given
        qtbot.waitUntil(lambda: source.frames_given > frames + 5, timeout=3000)
        assert bitna.source is source and bitna.reader.running
        assert meter.stop() < STALL_LIMIT, meter.worst
    finally:
        bitna.shutdown()


def test_settings_lists_cameras_on_a_worker_and_the_window_answers_meanwhile(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listing cameras probes devices (seconds on Windows): never on the UI thread."""
    listed_on: list[threading.Thread] = []

    def slow_list_cameras() -> list[CameraInfo]:
        listed_on.append(threading.current_thread())
        time.sleep(0.5)
        return [CameraInfo(0, "Document camera", 0, 0)]

    monkeypatch.setattr(app_module, "list_cameras", slow_list_cameras)
    bitna, heard = make_bitna(qtbot, RecordingSource([picture(30)], frame_interval=0.03), tmp_path)
    try:
        bitna.commands.trigger("settings")
        bitna.commands.trigger("settings")  # pressed twice: one dialog
        assert bitna.settings_dialog is None  # not yet: the cameras are being listed
        calls: list[str] = []
        bitna.commands.bind("repeat", lambda: calls.append("repeat"))
        bitna.window.actions_by_id["repeat"].trigger()
        assert calls == ["repeat"]
        qtbot.waitUntil(lambda: bitna.settings_dialog is not None, timeout=8000)
        dialog = bitna.settings_dialog
        assert dialog is not None and dialog.isVisible()
        assert listed_on and all(t is not threading.main_thread() for t in listed_on)
        combo = dialog.fields["camera"]
        assert isinstance(combo, QComboBox)
        assert combo.findText("Document camera", flags=Qt.MatchFlag.MatchContains) >= 0
        qtbot.wait(700)  # the second request's listing ends too: still one dialog
        assert bitna.settings_dialog is dialog
        dialog.reject()
        assert bitna.settings_dialog is None
        assert "Settings saved." not in [u.text for u in bitna.announcer.history()]
    finally:
        bitna.shutdown()
