"""The object commands in the window: real Qt widgets offscreen, the real engine, the camera
faked by generated pictures."""

from __future__ import annotations

import gc
import threading
import time

import numpy as np
import pytest
from PySide6.QtWidgets import QPushButton

import benchmarks.object_scenes as scenes
from core.announce import Announcer
from core.commands import APP_COMMANDS, CommandRegistry
from core.faces.commands import FACE_COMMANDS
from core.objects.commands import OBJECT_COMMANDS
from core.objects.engine import ObjectEngine, create_engine
from core.objects.fakes import NullCodeReader, NullFeatures
from core.objects.store import ObjectsStore
from core.reading.commands import READING_COMMANDS
from gui.bridge import QtRunner
from gui.objects_controller import ObjectsController, ObjectsDialog


class Camera:
    """Gives whatever picture the test puts in front of it."""

    def __init__(self, frame: np.ndarray | None) -> None:
        self.frame = frame

    def __call__(self) -> np.ndarray | None:
        return self.frame


def texts(announcer: Announcer) -> list[str]:
    return [u.text for u in announcer.history()]


def make(qtbot, camera, *, synchronous=True, engine=None, reader=None):
    announcer = Announcer()
    controller = ObjectsController(
        latest_frame=camera,
        announcer=announcer,
        runner=QtRunner(synchronous=synchronous),
        engine_factory=(lambda: engine) if engine else create_engine,
        reader_factory=(lambda: reader) if reader else NullCodeReader,
        view_interval=0.01,
    )
    return controller, announcer


@pytest.fixture(scope="module")
def views() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(8)
    table = scenes.table(rng)
    tea, stranger = scenes.package(31), scenes.package(32)
    return {
        "tea": scenes.scene(tea, rng, background=table),
        "tea-turned": scenes.scene(tea, rng, scale=1.4, rotation=60, tilt=25, background=table),
        "stranger": scenes.scene(stranger, rng, background=table),
        "swatch": scenes.swatch((30, 160, 40), "warm lamp", rng),
    }


def test_keys_do_not_clash() -> None:
    registry = CommandRegistry(READING_COMMANDS + APP_COMMANDS + FACE_COMMANDS + OBJECT_COMMANDS)
    keys = [command.key for command in registry if command.key]
    assert len(set(keys)) == len(keys)
    assert {c.id for c in OBJECT_COMMANDS} == {
        "identify",
        "remember-object",
        "manage-objects",
        "colour",
    }


def test_teach_identify_and_forget_through_commands(qtbot, views) -> None:
    camera = Camera(views["tea"])
    objects, announcer = make(qtbot, camera)
    registry = CommandRegistry(READING_COMMANDS + APP_COMMANDS + OBJECT_COMMANDS)
    for command_id, handler in objects.handlers().items():
        registry.bind(command_id, handler)
    asked: list[str] = []
    objects.ask_name = lambda title, initial: asked.append(title) or "Green tea"
    registry.trigger("remember-object")
    assert asked == ["Remember this object"]
    assert texts(announcer)[-1] == "I will remember Green tea."
    assert [(o.name, o.views) for o in objects.objects()] == [("Green tea", 3)]
    camera.frame = views["tea-turned"]
    registry.trigger("identify")
    assert texts(announcer)[-1] in ("Green tea, I am sure.", "Probably Green tea.")
    camera.frame = views["stranger"]
    registry.trigger("identify")
    assert texts(announcer)[-1] == "I don't know this object."
    objects.forget("Green tea")
    camera.frame = views["tea-turned"]
    registry.trigger("identify")
    assert texts(announcer)[-1] == "I don't know this object."


def test_colour_command(qtbot, views) -> None:
    objects, announcer = make(qtbot, Camera(views["swatch"]))
    objects.colour()
    assert texts(announcer)[-1] == "Green."


def test_plain_object_is_not_remembered(qtbot) -> None:
    blank = np.full((720, 1280, 3), 200, np.uint8)
    objects, announcer = make(qtbot, Camera(blank), engine=ObjectEngine(NullFeatures()))
    objects.ask_name = lambda title, initial: pytest.fail("asked for a name")
    objects.remember_object()
    said = texts(announcer)
    assert "enough detail" in " ".join(said)
    assert said[-1].startswith("I could not get a good picture of the object.")
    assert objects.objects() == []


def test_no_camera_picture_is_said(qtbot) -> None:
    objects, announcer = make(qtbot, Camera(None))
    objects.identify()
    assert texts(announcer)[-1] == "There is no picture from the camera yet."
    assert not objects.busy


class SlowEngine(ObjectEngine):
    def __init__(self, release: threading.Event) -> None:
        super().__init__(NullFeatures(), segment=False)
        self.release = release

    def identify(self, frame, known):
        self.release.wait(5)
        return super().identify(frame, known)


def test_identify_does_not_block_the_ui(qtbot, views) -> None:
    # Earlier tests' parentless Qt objects must not be freed by a collection that happens
    # to run on the worker thread (Qt objects die on the thread that owns them).
    gc.collect()
    gc.disable()
    try:
        _identify_on_a_worker(qtbot, views)
    finally:
        gc.enable()


def _identify_on_a_worker(qtbot, views) -> None:
    release = threading.Event()
    objects, announcer = make(
        qtbot, Camera(views["tea"]), synchronous=False, engine=SlowEngine(release)
    )
    start = time.monotonic()
    objects.identify()
    assert time.monotonic() - start < 0.5
    assert objects.busy
    objects.identify()
    assert texts(announcer)[-1] == "Still working on the last object command."
    release.set()
    qtbot.waitUntil(lambda: not objects.busy, timeout=5000)
    assert texts(announcer)[-1] == "I don't know this object."
    objects.shutdown()


def test_manage_dialog_lists_renames_and_forgets(qtbot, views) -> None:
    objects, announcer = make(qtbot, Camera(views["tea"]))
    engine = create_engine()
    ObjectsStore.open().add("Soap", [engine.view(views["tea"])], engine.model_id)
    dialog = ObjectsDialog(objects)
    qtbot.addWidget(dialog)
    assert dialog.entries.count() == 1 and dialog.chosen() == "Soap"
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName()
    objects.ask_name = lambda title, initial: "Hand soap"
    dialog._rename()
    assert dialog.chosen() == "Hand soap"
    objects.confirm = lambda question: True
    dialog._forget()
    assert objects.objects() == []
    assert not dialog.buttons["forget"].isEnabled()
    assert texts(announcer)[-1] == "Forgot Hand soap."
