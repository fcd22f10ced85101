"""The face commands in the window: real Qt widgets offscreen, fakes for the camera."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.announce import Announcer
from core.commands import APP_COMMANDS, CommandRegistry
from core.faces.commands import FACE_COMMANDS
from core.faces.engine import FaceEngine
from core.faces.fakes import RecordingDetector, RecordingEmbedder, face_at
from core.faces.model import DetectedFace
from core.faces.store import PeopleStore
from core.reading.commands import READING_COMMANDS
from gui.bridge import QtRunner
from gui.faces_controller import FacesController, NameDialog, PeopleDialog


class SlowDetector(RecordingDetector):
    def __init__(self, faces: list[DetectedFace], release: threading.Event) -> None:
        super().__init__(faces)
        self.release = release

    def detect(self, frame: np.ndarray) -> list[DetectedFace]:
        self.release.wait(5)
        return super().detect(frame)


def texts(announcer: Announcer) -> list[str]:
    return [u.text for u in announcer.history()]


@pytest.fixture
def frame() -> np.ndarray:
    return np.random.default_rng(4).integers(0, 255, (480, 640, 3), np.uint8)


def controller(qtbot, frame, detector, *, synchronous: bool = True) -> FacesController:
    announcer = Announcer()
    engine = FaceEngine(detector, RecordingEmbedder())
    faces = FacesController(
        latest_frame=lambda: frame,
        announcer=announcer,
        runner=QtRunner(synchronous=synchronous),
        engine_factory=lambda: engine,
        enrol_timeout=3,
    )
    faces.announcer = announcer  # type: ignore[attr-defined]
    return faces


def test_commands_have_unique_ids_and_keys() -> None:
    registry = CommandRegistry(READING_COMMANDS + APP_COMMANDS + FACE_COMMANDS)
    keys = [command.key for command in registry]
    assert len(set(keys)) == len(keys)
    global_keys = [command.global_key for command in registry if command.global_key]
    assert len(set(global_keys)) == len(global_keys)
    assert {c.id for c in FACE_COMMANDS} == {"faces", "remember-person", "manage-people"}


def test_faces_command_describes_without_blocking_the_ui(qtbot, frame) -> None:
    release = threading.Event()
    detector = SlowDetector([face_at(20, 100, 200), face_at(500, 100, 40)], release)
    faces = controller(qtbot, frame, detector, synchronous=False)
    registry = CommandRegistry(READING_COMMANDS + APP_COMMANDS + FACE_COMMANDS)
    for command_id, handler in faces.handlers().items():
        registry.bind(command_id, handler)
    start = time.monotonic()
    registry.trigger("faces")
    assert time.monotonic() - start < 0.5  # handed to the worker at once
    assert faces.busy
    registry.trigger("faces")  # a second press while busy is answered, not queued
    assert "Still working on the last face command." in texts(faces.announcer)
    release.set()
    qtbot.waitUntil(lambda: not faces.busy, timeout=5000)
    assert texts(faces.announcer)[-1] == (
        "Two people. Someone you have not introduced, on the left, close. "
        "Someone you have not introduced, on the right, far away."
    )
    faces.shutdown()


def test_remember_then_recognise(qtbot, frame) -> None:
    faces = controller(qtbot, frame, RecordingDetector([face_at(240, 120, 160)]))
    asked: list[str] = []
    faces.ask_name = lambda title, initial: asked.append(title) or "Min-su"
    # Each frame differs a little, as a live camera's do.
    frames = iter(np.roll(frame, i, axis=1) for i in range(1000))
    faces._latest_frame = lambda: next(frames)
    faces.remember_person()
    assert asked == ["Remember this person"]
    said = texts(faces.announcer)
    assert said[0].startswith("Look at the camera.")
    assert "Picture 3 of 3 taken." in said and said[-1] == "I will remember Min-su."
    assert [(p.name, p.samples) for p in PeopleStore.open().people()] == [("Min-su", 3)]
    faces._latest_frame = lambda: np.roll(frame, 1, axis=1)
    faces.describe()
    assert texts(faces.announcer)[-1] == "One person. Min-su, in the centre, close."


def test_remember_with_no_face_says_so(qtbot, frame) -> None:
    faces = controller(qtbot, frame, RecordingDetector([]))
    faces._enrol_timeout = 0.3
    faces.ask_name = lambda title, initial: pytest.fail("must not ask for a name")
    faces.remember_person()
    said = texts(faces.announcer)
    assert "I cannot see a face. Face the camera." in said
    assert said[-1].startswith("I could not get a good picture of a face.")
    assert PeopleStore.open().people() == []


def test_a_damaged_list_is_announced(qtbot, frame) -> None:
    from core.faces.store import default_path

    default_path().write_bytes(b"not sqlite" * 50)
    faces = controller(qtbot, frame, RecordingDetector([]))
    faces.describe()
    assert any("damaged" in text for text in texts(faces.announcer))


def test_name_dialog_is_labelled_and_needs_a_name(qtbot) -> None:
    dialog = NameDialog("Remember this person")
    qtbot.addWidget(dialog)
    assert dialog.field.accessibleName() == "Name"
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.field, "  Kim   Min-su ")
    assert dialog.ok.isEnabled()
    assert dialog.name() == "Kim Min-su"
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).accessibleName() == "Cancel"


def test_manage_people_rename_forget_and_forget_all(qtbot, frame) -> None:
    store = PeopleStore.open()
    store.add("Ann", [np.ones(128)], "fake-thumbnail")
    store.add("Bo", [np.zeros(128)], "fake-thumbnail")
    faces = controller(qtbot, frame, RecordingDetector([]))
    dialog = PeopleDialog(faces)
    qtbot.addWidget(dialog)
    assert dialog.entries.count() == 2 and dialog.chosen() == "Ann"
    assert dialog.entries.item(0).text() == "Ann, pictures: 1"
    for button in dialog.buttons.values():
        assert button.accessibleName() and button.accessibleDescription()
    faces.ask_name = lambda title, initial: "Anne"
    qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
    assert [p.name for p in store.people()] == ["Anne", "Bo"]
    assert dialog.chosen() == "Anne"
    faces.confirm = lambda question: False
    qtbot.mouseClick(dialog.buttons["forget"], Qt.MouseButton.LeftButton)
    assert len(store.people()) == 2
    faces.confirm = lambda question: True
    qtbot.mouseClick(dialog.buttons["forget"], Qt.MouseButton.LeftButton)
    assert [p.name for p in store.people()] == ["Bo"]
    qtbot.mouseClick(dialog.buttons["forget-all"], Qt.MouseButton.LeftButton)
    assert store.people() == []
    assert not dialog.buttons["forget"].isEnabled()
    assert texts(faces.announcer)[-3:] == [
        "Anne is now called Anne.".replace("Anne is", "Ann is"),
        "Forgot Anne.",
        "Forgot everyone. People forgotten: 1.",
    ]
