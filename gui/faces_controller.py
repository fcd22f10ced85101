"""Who is there, in the window: describe the faces, teach a new one, manage the people list.

The people list's Export and Import save and read a list encrypted with a passphrase the
user chooses (asked twice to save, once to open); a list saved by a Bitna from before
encryption still imports, with a word that it was not encrypted.

Face work runs on its own worker (`QtRunner`), so neither the camera view nor reading waits
for it; results and guidance come back to the UI thread before anything is said or shown.
The engine (mediapipe and dlib, about a second to load) is built on first use, on the worker.
With the `announce_arrivals` setting on, a frame loop (`core.faces.arrivals`) says who comes
into view while the camera gives pictures, waiting while Bitna reads aloud.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from core.announce import Announcer, Role
from core.faces.arrivals import Arrivals
from core.faces.describe import describe
from core.faces.engine import FaceEngine, create_engine
from core.faces.enrolment import SAMPLES, collect
from core.faces.model import KnownDescriptors, Person, WrongPassphraseError
from core.faces.store import PeopleStore, not_encrypted_note
from core.plumbing.errors import UserFacingError, message_for
from core.plumbing.frame_loop import FrameLoop, LatestFrame
from core.plumbing.i18n import tr
from core.plumbing.workers import TaskRunner
from core.settings import Settings
from gui import passphrase_dialog
from gui.bridge import QtRunner
from gui.known_list_dialog import (
    KnownListActions,
    KnownListDialog,
    KnownListWords,
    ListButton,
    NameDialog,
    ask_name,
    confirm,
)
from gui.reading_controller import ask_save_path, documents_folder

__all__ = ["FacesController", "NameDialog", "PeopleDialog"]

log = logging.getLogger(__name__)


class PeopleDialog(KnownListDialog):
    """The people Bitna knows, with buttons to rename, add photos, forget one or everyone."""

    def __init__(self, controller: FacesController, parent: QWidget | None = None) -> None:
        words = KnownListWords(
            title=tr("People Bitna knows"),
            label=tr("&People Bitna knows:"),
            choose=tr("Use the up and down arrows to choose a person, then a button below."),
            rename_description=tr("Give the chosen person another name."),
            add=tr("&Add photos…"),
            add_description=tr(
                "Take more pictures of the chosen person, so Bitna knows them better."
            ),
            forget_description=tr("Forget the chosen person."),
            forget_all=tr("Forget &everyone"),
            forget_all_description=tr("Forget all the people."),
            empty=tr("Nobody yet. Use Remember this person to introduce someone."),
            forget_question=lambda name: tr(
                "Forget {name}? Bitna will no longer recognise them.", name=name
            ),
            forget_all_question=tr("Forget everyone? This cannot be undone."),
        )
        more = [
            ListButton(
                "export",
                tr("E&xport…"),
                tr("Save everyone to a file, encrypted with a passphrase you choose."),
                controller.export_people,
                needs_entries=True,
            ),
            ListButton(
                "import",
                tr("&Import…"),
                tr("Add the people from a file saved by Export."),
                controller.import_people,
                needs_entries=False,
            ),
        ]
        super().__init__(
            controller,
            words,
            lambda: [(person.name, person.samples) for person in controller.people()],
            controller.remember_person,
            parent,
            more,
        )


class FacesController(QObject, KnownListActions[PeopleStore]):
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
        frames: LatestFrame | None = None,
        is_reading: Callable[[], bool] = lambda: False,
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
        self._busy = False
        self._cancel = threading.Event()
        self._enrol_timeout = enrol_timeout
        self.ask_name: Callable[[str, str], str | None] = self._ask_name_dialog
        """Asks for a name (title, initial); tests replace it."""
        self.confirm: Callable[[str], bool] = self._confirm_dialog
        """Asks yes or no; tests replace it."""
        self._is_reading = is_reading
        self.arrivals = Arrivals(
            self._engine_now,
            self._known_now,
            lambda text: self._runner.post(lambda: self._say_arrival(text)),
            self._arrivals_wait,
        )
        self.arrivals_loop: FrameLoop | None = (
            FrameLoop(
                frames,
                self._check_arrivals,
                name="bitna-arrivals",
                what="Who's here",
                on_start=self.arrivals.reset,
            )
            if frames is not None
            else None
        )

    def handlers(self) -> dict[str, Callable[[], None]]:
        """Command id → handler, for the three face commands."""
        return {
            "faces": self.describe,
            "remember-person": lambda: self.remember_person(),
            "manage-people": self.manage_people,
        }

    @property
    def busy(self) -> bool:
        return self._busy

    def apply_settings(self, settings: Settings) -> None:
        """Start or stop saying who comes into view, as the setting says."""
        if self.arrivals_loop is None:
            return
        if settings.announce_arrivals:
            self.arrivals_loop.start()
        else:
            self.arrivals_loop.stop()

    # Who's here (on the arrivals thread, then the UI thread) --------------------------------
    def _known_now(self) -> KnownDescriptors:
        return self.store().known(self._engine_now().model_id)

    def _arrivals_wait(self) -> bool:
        """Names wait while Bitna reads aloud or another face command is at work."""
        return self._busy or self._is_reading()

    def _check_arrivals(self, frame: np.ndarray, now: float) -> None:
        try:
            self.arrivals.on_frame(frame, now)
        except UserFacingError as error:  # no face libraries, an unreadable people list
            if self.arrivals_loop is not None:
                self.arrivals_loop.stop()
            message = error.message
            self._runner.post(lambda: self._arrivals_failed(message))

    def _arrivals_failed(self, reason: str) -> None:
        self._announcer.announce(
            tr("Saying who comes into view stopped: {reason}", reason=reason), Role.ERROR
        )

    def _say_arrival(self, text: str) -> None:
        running = self.arrivals_loop is not None and self.arrivals_loop.running
        if running and not self._arrivals_wait():
            self._announcer.announce(text)

    # Engine and store -----------------------------------------------------------------------
    def _engine_now(self) -> FaceEngine:
        """The engine, built on first use (on the worker: it takes about a second)."""
        with self._engine_lock:
            if self._engine is None:
                self._engine = self._engine_factory()
            return self._engine

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
        if not self._store_ready():
            return False
        self._busy = True
        self._cancel.clear()
        return True

    def _failed(self, error: BaseException) -> None:
        generic = tr("Something went wrong while looking at faces. Please try again.")
        message = message_for(error, generic, log=log, doing="Face work")
        self._announcer.announce(message, Role.ERROR)

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
            return describe(engine.identify(frame, store.known(engine.model_id), thorough=True))

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
            self._runner.post(lambda: self._announcer.announce(text))

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
            engine = self._engine
            assert engine is not None
            self._keep_as(
                name,
                tr("Remember this person"),
                lambda chosen: store.add(chosen, descriptors, engine.model_id),
            )

        self._runner.submit(work, done)

    def cancel(self) -> None:
        """Stop taking pictures (the Stop command)."""
        self._cancel.set()

    def manage_people(self) -> None:
        """Open the list of people, to rename, add photos, or forget."""
        if self._store_ready():
            PeopleDialog(self, self._parent).exec()

    def export_people(self) -> None:
        """Ask for a file and a passphrase (twice), then save everyone there, encrypted."""
        if not self._store_ready():
            return
        path = ask_save_path(self._parent)(
            tr("Export the people list"),
            documents_folder() / "bitna-people.json",
            tr("People lists (*.json);;All files (*)"),
        )
        passphrase = None
        if path is not None:
            passphrase = passphrase_dialog.ask_passphrase(
                self._parent, tr("Passphrase for the exported list"), twice=True
            )
        if path is None or passphrase is None:
            self._announcer.announce(tr("Nothing was exported."))
            return
        try:
            count = self.store().export_people(path, passphrase)
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return
        self._announcer.announce(
            tr("Saved {count} people to {path}, encrypted.", count=count, path=path.name)
        )

    def import_people(self) -> None:
        """Ask for a file (and its passphrase, again after a wrong one), then add its people."""
        if not self._store_ready():
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self._parent,
            tr("Import a people list"),
            str(documents_folder()),
            tr("People lists (*.json);;All files (*)"),
        )
        if not chosen:
            self._announcer.announce(tr("Nothing was imported."))
            return
        path, store, problem = Path(chosen), self.store(), ""
        try:
            while True:
                passphrase = None
                if store.needs_passphrase(path):
                    passphrase = passphrase_dialog.ask_passphrase(
                        self._parent,
                        tr("Passphrase of {file}", file=path.name),
                        twice=False,
                        problem=problem,
                    )
                    if passphrase is None:
                        self._announcer.announce(tr("Nothing was imported."))
                        return
                try:
                    imported = store.import_people(path, passphrase)
                    break
                except WrongPassphraseError as wrong:
                    problem = wrong.message  # said now, and shown when asked again
                    self._announcer.announce(problem, Role.ERROR)
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return
        added = tr("Added {count} people from {path}.", count=imported.people, path=path.name)
        if not imported.encrypted:
            added += " " + not_encrypted_note(path.name)
        self._announcer.announce(added)

    def _forgot_all_message(self, count: int) -> str:
        return tr("Forgot everyone. People forgotten: {count}.", count=count)

    def shutdown(self) -> None:
        """Stop enrolment and free the engine."""
        self._cancel.set()
        if self.arrivals_loop is not None:
            self.arrivals_loop.stop()
        if isinstance(self._runner, QtRunner) and self._runner.parent() is self:
            self._runner.shutdown()
        with self._engine_lock:
            if self._engine is not None:
                self._engine.close()

    # Dialogs --------------------------------------------------------------------------------
    def _ask_name_dialog(self, title: str, initial: str) -> str | None:
        return ask_name(self._parent, title, initial)

    def _confirm_dialog(self, question: str) -> bool:
        return confirm(self._parent, tr("People Bitna knows"), question)
