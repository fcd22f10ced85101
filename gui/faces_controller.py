"""Who is there, in the window: describe the faces, teach a new one, manage the people list.

Face work runs on its own worker (`QtRunner`), so neither the camera view nor reading waits
for it; results and guidance come back to the UI thread before anything is said or shown.
The engine (mediapipe and dlib, about a second to load) is built on first use, on the worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.announce import Announcer, Role
from core.commands import CommandRegistry
from core.errors import UserFacingError
from core.faces.describe import describe
from core.faces.engine import FaceEngine, create_engine
from core.faces.enrolment import SAMPLES, collect
from core.faces.model import Person
from core.faces.store import PeopleStore, clean_name
from core.i18n import tr
from core.workers import TaskRunner
from gui.bridge import QtRunner, UiPost
from gui.dialog_buttons import ok_cancel
from gui.settings_dialog import plain_label

log = logging.getLogger(__name__)


def _name_buttons(dialog: QDialog) -> QDialogButtonBox:
    return ok_cancel(dialog)


class NameDialog(QDialog):
    """Asks for a person's name: one labelled field, OK and Cancel; OK needs a name."""

    def __init__(self, title: str, initial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout()
        label_text = tr("&Name:")
        self.field = QLineEdit(initial)
        self.field.setAccessibleName(plain_label(label_text))
        self.field.setAccessibleDescription(tr("The name Bitna will say when it sees this person."))
        self.field.setMaxLength(80)
        label = QLabel(label_text)
        label.setBuddy(self.field)
        form.addRow(label, self.field)
        self.buttons = _name_buttons(self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()
        self.field.setFocus()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.field.text().strip()))

    def name(self) -> str:
        return " ".join(self.field.text().split())


class PeopleDialog(QDialog):
    """The people Bitna knows, with buttons to rename, add photos, forget one or everyone."""

    def __init__(self, controller: FacesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(tr("People Bitna knows"))
        label = QLabel(tr("&People Bitna knows:"))
        self.entries = QListWidget()
        self.entries.setAccessibleName(tr("People Bitna knows"))
        self.entries.setAccessibleDescription(
            tr("Use the up and down arrows to choose a person, then a button below.")
        )
        label.setBuddy(self.entries)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, description, action in (
            ("rename", tr("&Rename…"), tr("Give the chosen person another name."), self._rename),
            (
                "add",
                tr("&Add photos…"),
                tr("Take more pictures of the chosen person, so Bitna knows them better."),
                self._add_photos,
            ),
            ("forget", tr("&Forget"), tr("Forget the chosen person."), self._forget),
            ("forget-all", tr("Forget &everyone"), tr("Forget all the people."), self._forget_all),
        ):
            button = QPushButton(text)
            button.setAccessibleName(plain_label(text).rstrip("…"))
            button.setAccessibleDescription(description)
            button.clicked.connect(action)
            row.addWidget(button)
            self.buttons[key] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(tr("Close"))
        close_button.setAccessibleName(tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.entries, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(1000, 700)
        self.refresh()
        self.entries.setFocus()

    def refresh(self, select: str | None = None) -> None:
        """Show the list as stored now, keeping (or moving to) a selection."""
        current = select or self.chosen()
        self.entries.clear()
        people: list[Person] = self._controller.people()
        for person in people:
            item = QListWidgetItem(
                tr("{name}, pictures: {count}", name=person.name, count=person.samples)
            )
            item.setData(256, person.name)  # Qt.UserRole
            self.entries.addItem(item)
            if current and person.name.casefold() == current.casefold():
                self.entries.setCurrentItem(item)
        if people and self.entries.currentRow() < 0:
            self.entries.setCurrentRow(0)
        if not people:
            self.entries.addItem(tr("Nobody yet. Use Remember this person to introduce someone."))
        for button in self.buttons.values():
            button.setEnabled(bool(people))

    def chosen(self) -> str | None:
        item = self.entries.currentItem()
        value = item.data(256) if item is not None else None
        return str(value) if value else None

    def _rename(self) -> None:
        name = self.chosen()
        if name is None:
            return
        new = self._controller.ask_name(tr("Rename {name}", name=name), name)
        if new and self._controller.rename(name, new):
            self.refresh(new)

    def _add_photos(self) -> None:
        name = self.chosen()
        if name is not None:
            self.accept()
            self._controller.remember_person(name)

    def _forget(self) -> None:
        name = self.chosen()
        if name is not None and self._controller.confirm(
            tr("Forget {name}? Bitna will no longer recognise them.", name=name)
        ):
            self._controller.forget(name)
            self.refresh()

    def _forget_all(self) -> None:
        if self._controller.confirm(tr("Forget everyone? This cannot be undone.")):
            self._controller.forget_all()
            self.refresh()


class FacesController(QObject):
    """Carries out the "faces", "remember-person" and "manage-people" commands."""

    def __init__(
        self,
        *,
        latest_frame: Callable[[], np.ndarray | None],
        announcer: Announcer,
        parent_widget: QWidget | None = None,
        runner: TaskRunner | None = None,
        engine_factory: Callable[[], FaceEngine] = create_engine,
        store_factory: Callable[[], PeopleStore] = PeopleStore.open,
        enrol_timeout: float = 25.0,
    ) -> None:
        super().__init__(parent_widget)
        self._latest_frame = latest_frame
        self._announcer = announcer
        self._parent = parent_widget
        self._runner: TaskRunner = runner or QtRunner(parent=self)
        self._engine_factory = engine_factory
        self._store_factory = store_factory
        self._engine: FaceEngine | None = None
        self._engine_lock = threading.Lock()
        self._store: PeopleStore | None = None
        self._ui = UiPost(self)
        self._busy = False
        self._cancel = threading.Event()
        self._enrol_timeout = enrol_timeout
        self.ask_name: Callable[[str, str], str | None] = self._ask_name_dialog
        """Asks for a name (title, initial); tests replace it."""
        self.confirm: Callable[[str], bool] = self._confirm_dialog
        """Asks yes or no; tests replace it."""

    def bind(self, commands: CommandRegistry) -> None:
        """Make the three face commands do their work."""
        commands.bind("faces", self.describe)
        commands.bind("remember-person", lambda: self.remember_person())
        commands.bind("manage-people", self.manage_people)

    @property
    def busy(self) -> bool:
        return self._busy

    # Engine and store -----------------------------------------------------------------------
    def _engine_now(self) -> FaceEngine:
        """The engine, built on first use (on the worker: it takes about a second)."""
        with self._engine_lock:
            if self._engine is None:
                self._engine = self._engine_factory()
            return self._engine

    def store(self) -> PeopleStore:
        """The people list, opened on first use; a damaged one is reported once."""
        if self._store is None:
            self._store = self._store_factory()
            if self._store.notice:
                self._announcer.announce(self._store.notice, Role.ERROR)
        return self._store

    def people(self) -> list[Person]:
        try:
            return self.store().people()
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return []

    def _frame(self) -> np.ndarray | None:
        frame = self._latest_frame()
        return None if frame is None else np.array(frame, copy=True)

    def _start(self) -> bool:
        if self._busy:
            self._announcer.announce(tr("Still working on the last face command."))
            return False
        try:
            self.store()
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return False
        self._busy = True
        self._cancel.clear()
        return True

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self._announcer.announce(error.message, Role.ERROR)
        else:
            log.error("Face work failed", exc_info=error)
            self._announcer.announce(
                tr("Something went wrong while looking at faces. Please try again."), Role.ERROR
            )

    # Commands -------------------------------------------------------------------------------
    def describe(self) -> None:
        """Say how many people are in the latest frame, who they are and where."""
        frame = self._frame()
        if frame is None:
            self._announcer.announce(tr("There is no picture from the camera yet."), Role.ERROR)
            return
        if not self._start():
            return
        store = self.store()

        def work() -> str:
            engine = self._engine_now()
            return describe(engine.identify(frame, store.known(engine.model_id)))

        def done(text: str | None, error: BaseException | None) -> None:
            self._busy = False
            if error is not None:
                self._failed(error)
            elif text:
                self._announcer.announce(text, interrupt=True)

        self._runner.submit(work, done)

    def remember_person(self, name: str | None = None) -> None:
        """Take several good pictures of the face in view, then ask for (or use) the name."""
        if not self._start():
            return
        store = self.store()
        self._announcer.announce(
            tr(
                "Look at the camera. I will take {count} pictures and tell you what to change.",
                count=SAMPLES,
            ),
            interrupt=True,
        )

        def advise(text: str) -> None:
            self._ui.post(lambda: self._announcer.announce(text))

        def work() -> list[np.ndarray]:
            return collect(
                self._engine_now(),
                self._frame,
                advise,
                timeout=self._enrol_timeout,
                cancelled=self._cancel,
            )

        def done(descriptors: list[np.ndarray] | None, error: BaseException | None) -> None:
            self._busy = False
            if error is not None:
                self._failed(error)
                return
            if self._cancel.is_set():
                self._announcer.announce(tr("Stopped. Nothing was remembered."))
                return
            if not descriptors:
                self._announcer.announce(
                    tr(
                        "I could not get a good picture of a face. Nothing was remembered. "
                        "Try again facing the camera, in good light."
                    ),
                    Role.ERROR,
                )
                return
            chosen = name or self.ask_name(tr("Remember this person"), "")
            if not chosen:
                self._announcer.announce(tr("Nothing was remembered."))
                return
            assert self._engine is not None
            try:
                person = store.add(chosen, descriptors, self._engine.model_id)
            except UserFacingError as problem:
                self._announcer.announce(problem.message, Role.ERROR)
                return
            self._announcer.announce(tr("I will remember {name}.", name=person.name))

        self._runner.submit(work, done)

    def cancel(self) -> None:
        """Stop taking pictures (the Stop command)."""
        self._cancel.set()

    def manage_people(self) -> None:
        """Open the list of people, to rename, add photos, or forget."""
        try:
            self.store()
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return
        PeopleDialog(self, self._parent).exec()

    def rename(self, old: str, new: str) -> bool:
        try:
            self.store().rename(old, clean_name(new))
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return False
        self._announcer.announce(tr("{old} is now called {new}.", old=old, new=clean_name(new)))
        return True

    def forget(self, name: str) -> None:
        try:
            forgotten = self.store().forget(name)
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return
        if forgotten:
            self._announcer.announce(tr("Forgot {name}.", name=name))

    def forget_all(self) -> None:
        try:
            count = self.store().forget_all()
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return
        self._announcer.announce(tr("Forgot everyone. People forgotten: {count}.", count=count))

    def shutdown(self) -> None:
        """Stop enrolment and free the engine."""
        self._cancel.set()
        if isinstance(self._runner, QtRunner) and self._runner.parent() is self:
            self._runner.shutdown()
        with self._engine_lock:
            if self._engine is not None:
                self._engine.close()

    # Dialogs --------------------------------------------------------------------------------
    def _ask_name_dialog(self, title: str, initial: str) -> str | None:
        dialog = NameDialog(title, initial, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name() or None

    def _confirm_dialog(self, question: str) -> bool:
        box = QMessageBox(self._parent)
        box.setWindowTitle(tr("People Bitna knows"))
        box.setText(question)
        box.setIcon(QMessageBox.Icon.Question)
        yes = box.addButton(tr("Yes"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(tr("No"), QMessageBox.ButtonRole.NoRole)
        yes.setAccessibleName(tr("Yes"))
        no.setAccessibleName(tr("No"))
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes
