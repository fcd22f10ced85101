"""Export and Import in the People window: a file dialog, then a passphrase, said aloud.

Qt's file dialogs and the passphrase dialog's getter are replaced (they are modal); the
buttons, the store, the encryption and the announcements are the real ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from core.announce import Announcer
from core.faces.engine import FaceEngine
from core.faces.fakes import RecordingDetector, RecordingEmbedder
from core.faces.store import PeopleStore
from gui import passphrase_dialog
from gui.bridge import QtRunner
from gui.faces_controller import FacesController, PeopleDialog
from gui.passphrase_dialog import PassphraseDialog

FACES_DATA = Path(__file__).resolve().parents[1] / "core" / "faces" / "data"
V1_EXPORT = FACES_DATA / "people-v1-export.json"
MODEL = "fake-thumbnail"


def texts(announcer: Announcer) -> list[str]:
    return [u.text for u in announcer.history()]


@pytest.fixture
def faces(qtbot) -> FacesController:
    engine = FaceEngine(RecordingDetector([]), RecordingEmbedder())
    controller = FacesController(
        latest_frame=lambda: None,
        announcer=Announcer(),
        runner=QtRunner(synchronous=True),
        engine_factory=lambda: engine,
    )
    return controller


@pytest.fixture
def dialog(qtbot, faces: FacesController) -> PeopleDialog:
    window = PeopleDialog(faces)
    qtbot.addWidget(window)
    return window


class Answers:
    """What the patched dialogs answer, in turn, and what they were asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save: list[str] = []
        self.open: list[str] = []
        self.passphrases: list[str | None] = []
        self.asked: list[tuple[str, bool, str]] = []
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (self.save.pop(0), "People lists")
        )
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *a, **k: (self.open.pop(0), "People lists")
        )
        monkeypatch.setattr(passphrase_dialog, "ask_passphrase", self._passphrase)

    def _passphrase(self, parent, title: str, *, twice: bool, problem: str = "") -> str | None:
        self.asked.append((title, twice, problem))
        return self.passphrases.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def click(qtbot, dialog: PeopleDialog, key: str) -> None:
    qtbot.mouseClick(dialog.buttons[key], Qt.MouseButton.LeftButton)


def test_export_then_import_with_the_passphrase(
    qtbot, tmp_path: Path, faces: FacesController, answers: Answers
) -> None:
    store = PeopleStore.open()
    store.add("Ann", [np.full(128, 0.25, np.float32)], MODEL)
    window = PeopleDialog(faces)
    qtbot.addWidget(window)
    for key in ("export", "import"):
        button = window.buttons[key]
        assert button.isEnabled() and button.accessibleName() and button.accessibleDescription()
    assert window.buttons["export"].accessibleName() == "Export"

    target = tmp_path / "people.json"
    answers.save.append(str(target))
    answers.passphrases.append("a long passphrase")
    click(qtbot, window, "export")
    assert answers.asked == [("Passphrase for the exported list", True, "")]
    assert texts(faces._announcer)[-1] == "Saved 1 people to people.json, encrypted."
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 2

    store.forget_all()
    window.refresh()
    assert not window.buttons["export"].isEnabled()  # nothing to export
    assert window.buttons["import"].isEnabled()  # an empty list can be filled
    answers.open.append(str(target))
    answers.passphrases.append("a long passphrase")
    click(qtbot, window, "import")
    assert answers.asked[-1] == ("Passphrase of people.json", False, "")
    assert texts(faces._announcer)[-1] == "Added 1 people from people.json."
    assert window.entries.item(0).text() == "Ann, pictures: 1"  # the list shows them
    np.testing.assert_array_equal(store.known(MODEL).vectors[0], np.full(128, 0.25))


def test_a_wrong_passphrase_is_said_shown_and_changes_nothing(
    qtbot, tmp_path: Path, faces: FacesController, dialog: PeopleDialog, answers: Answers
) -> None:
    other = PeopleStore.open(tmp_path / "other" / "people.db")
    other.add("Bo", [np.ones(128, np.float32)], MODEL)
    exported = tmp_path / "bo.json"
    other.export_people(exported, "the right passphrase")
    store = PeopleStore.open()
    store.add("Ann", [np.zeros(128, np.float32)], MODEL)
    dialog.refresh()
    before = store.path.read_bytes()

    answers.open.append(str(exported))
    answers.passphrases[:] = ["the wrong passphrase", None]  # wrong, then Cancel
    click(qtbot, dialog, "import")

    wrong = "The passphrase does not open this file. Check it and try again; nothing was changed."
    assert texts(faces._announcer)[-2:] == [wrong, "Nothing was imported."]
    assert answers.asked[1] == ("Passphrase of bo.json", False, wrong)  # shown when asked again
    assert store.path.read_bytes() == before
    assert [p.name for p in store.people()] == ["Ann"]

    answers.open.append(str(exported))
    answers.passphrases[:] = ["the wrong passphrase", "the right passphrase"]
    click(qtbot, dialog, "import")
    assert texts(faces._announcer)[-2:] == [wrong, "Added 1 people from bo.json."]
    assert [p.name for p in store.people()] == ["Ann", "Bo"]


def test_a_plain_list_from_before_encryption_imports_with_a_note(
    qtbot, faces: FacesController, dialog: PeopleDialog, answers: Answers
) -> None:
    answers.open.append(str(V1_EXPORT))
    click(qtbot, dialog, "import")
    assert answers.asked == []  # no passphrase to ask for
    said = texts(faces._announcer)[-1]
    assert said.startswith("Added 2 people from people-v1-export.json.")
    assert "people-v1-export.json was not encrypted" in said
    assert [p.name for p in PeopleStore.open().people()] == ["Kit", "민수"]


def test_cancelling_either_dialog_changes_nothing(
    qtbot, tmp_path: Path, faces: FacesController, answers: Answers
) -> None:
    PeopleStore.open().add("Ann", [np.ones(128, np.float32)], MODEL)
    window = PeopleDialog(faces)
    qtbot.addWidget(window)
    answers.save.append("")  # the file dialog cancelled
    click(qtbot, window, "export")
    answers.save.append(str(tmp_path / "p.json"))
    answers.passphrases.append(None)  # the passphrase cancelled
    click(qtbot, window, "export")
    answers.open.append("")
    click(qtbot, window, "import")
    assert texts(faces._announcer)[-3:] == [
        "Nothing was exported.",
        "Nothing was exported.",
        "Nothing was imported.",
    ]
    assert not (tmp_path / "p.json").exists()


def test_the_passphrase_dialog_hides_and_checks_what_is_typed(qtbot) -> None:
    dialog = PassphraseDialog("Passphrase for the exported list", twice=True)
    qtbot.addWidget(dialog)
    assert dialog.again is not None
    fields = [dialog.field, dialog.again]
    for field in fields:
        assert field.echoMode() == QLineEdit.EchoMode.Password
        assert field.accessibleName() and field.accessibleDescription()
    assert [f.accessibleName() for f in fields] == ["Passphrase", "Passphrase again"]
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.field, "short")
    assert "at least 8 characters" in dialog.status.text() and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.field, " but long")
    qtbot.keyClicks(dialog.again, "short but lonG")
    assert dialog.status.text() == "The two passphrases are not the same."
    assert not dialog.ok.isEnabled()
    dialog.again.setText("short but long")
    assert dialog.status.text() == "" and dialog.ok.isEnabled()
    assert dialog.passphrase() == "short but long"
    assert dialog.status.accessibleName() == "Problem"


def test_opening_asks_once_and_shows_the_last_problem(qtbot) -> None:
    dialog = PassphraseDialog("Passphrase of bo.json", twice=False, problem="It did not open.")
    qtbot.addWidget(dialog)
    assert dialog.again is None
    assert dialog.status.text() == "It did not open."
    qtbot.keyClicks(dialog.field, "x")  # short is fine for opening: it was chosen before
    assert dialog.ok.isEnabled() and dialog.status.text() == ""


def test_a_lost_key_is_said_when_faces_are_looked_at(qtbot) -> None:
    from core.faces.fakes import face_at
    from core.plumbing.paths import data_dir

    PeopleStore.open().add("Ann", [np.ones(128, np.float32)], MODEL)
    (data_dir() / "people.key").unlink()
    frame = np.random.default_rng(4).integers(0, 255, (480, 640, 3), np.uint8)
    engine = FaceEngine(RecordingDetector([face_at(240, 120, 160)]), RecordingEmbedder())
    faces = FacesController(
        latest_frame=lambda: frame,
        announcer=Announcer(),
        runner=QtRunner(synchronous=True),
        engine_factory=lambda: engine,
    )
    faces.describe()
    said = texts(faces._announcer)[-1]
    assert said.startswith("The list of people cannot be unlocked")
    assert f"a key file in {data_dir()}" in said
