"""Who's here in the window: the setting's checkbox, and names said from camera frames."""

from __future__ import annotations

import dataclasses
import threading

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from core.announce import Announcer
from core.faces.engine import FaceEngine
from core.faces.fakes import RecordingDetector, RecordingEmbedder, face_at
from core.faces.store import PeopleStore
from core.settings import Settings
from gui.bridge import QtRunner
from gui.faces_controller import FacesController
from gui.settings_dialog import Choices, SettingsDialog


class Camera:
    """A camera whose picture the test changes: someone in view, or an empty room."""

    def __init__(self, frame: np.ndarray) -> None:
        self.frame: np.ndarray | None = frame
        self.sequence = 0
        self.lock = threading.Lock()

    def __call__(self) -> tuple[int, np.ndarray] | None:
        with self.lock:
            self.sequence += 1
            return None if self.frame is None else (self.sequence, self.frame)


class Door(RecordingDetector):
    """Finds the face while `inside` is set."""

    def __init__(self) -> None:
        super().__init__([face_at(200, 100, 160)])
        self.inside = threading.Event()

    def detect(self, frame: np.ndarray) -> list:
        return super().detect(frame) if self.inside.is_set() else []


def test_the_checkbox_sets_the_setting_and_is_off_by_default(qtbot) -> None:
    assert Settings().announce_arrivals is False
    dialog = SettingsDialog(Settings(), Choices(cameras=[], languages=["eng"]))
    qtbot.addWidget(dialog)
    box = dialog.fields["announce_arrivals"]
    assert isinstance(box, QCheckBox) and not box.isChecked()
    assert box.accessibleName() == "Say when a person Bitna knows comes into view"
    assert "once" in box.accessibleDescription()
    dialog.show()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert dialog.settings().announce_arrivals is True


def test_a_known_person_coming_into_view_is_announced_once(qtbot) -> None:
    frame = np.random.default_rng(3).integers(0, 255, (480, 640, 3), np.uint8)
    door = Door()
    engine = FaceEngine(door, RecordingEmbedder())
    store = PeopleStore.open()
    store.add("Ann", [engine.descriptor(frame, face_at(200, 100, 160))], engine.model_id)
    camera = Camera(frame)
    announcer = Announcer()
    reading = threading.Event()
    faces = FacesController(
        latest_frame=lambda: frame,
        announcer=announcer,
        runner=QtRunner(),
        engine_factory=lambda: engine,
        frames=camera,
        is_reading=reading.is_set,
    )
    faces.arrivals.interval = 0.05
    faces.arrivals.away = 0.5

    def said() -> list[str]:
        return [u.text for u in announcer.history() if "is here" in u.text]

    try:
        faces.apply_settings(Settings())
        assert faces.arrivals_loop is not None and not faces.arrivals_loop.running
        faces.apply_settings(dataclasses.replace(Settings(), announce_arrivals=True))
        assert faces.arrivals_loop.running
        door.inside.set()
        qtbot.waitUntil(lambda: said() == ["Ann is here."], timeout=5000)
        qtbot.wait(400)  # she stays: not said again
        assert said() == ["Ann is here."]
        # She leaves and comes back while Bitna reads aloud: her name waits for the end.
        door.inside.clear()
        qtbot.wait(800)
        reading.set()
        door.inside.set()
        qtbot.wait(400)
        assert said() == ["Ann is here."]
        reading.clear()
        qtbot.waitUntil(lambda: said() == ["Ann is here."] * 2, timeout=5000)
        # Turned off: no more checks.
        faces.apply_settings(Settings())
        assert not faces.arrivals_loop.running
        checks = faces.arrivals.checks
        qtbot.wait(200)
        assert faces.arrivals.checks == checks
    finally:
        faces.shutdown()


def test_without_face_libraries_the_check_stops_and_says_why(qtbot) -> None:
    from core.faces.model import FacesUnavailableError

    def missing() -> FaceEngine:
        raise FacesUnavailableError("Face detection is not installed.")

    camera = Camera(np.zeros((480, 640, 3), np.uint8))
    announcer = Announcer()
    store = PeopleStore.open()
    store.add("Ann", [np.ones(128, np.float32)], "any-model")
    faces = FacesController(
        latest_frame=lambda: None,
        announcer=announcer,
        runner=QtRunner(),
        engine_factory=missing,
        frames=camera,
    )
    try:
        faces.apply_settings(dataclasses.replace(Settings(), announce_arrivals=True))
        qtbot.waitUntil(lambda: any("stopped" in u.text for u in announcer.history()), timeout=5000)
        assert faces.arrivals_loop is not None and not faces.arrivals_loop.running
        [said] = [u.text for u in announcer.history()]
        assert said == ("Saying who comes into view stopped: Face detection is not installed.")
    finally:
        faces.shutdown()
