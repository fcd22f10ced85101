"""What is this, in the window: name a taught object, read codes, teach, manage, say colours.

All looking happens on the objects' own worker (`QtRunner`), so the camera view and reading
never wait; results come back to the UI thread before anything is said. The engine (ORB,
no model file) and the code reader are built on first use, on the worker. The manage
dialog and naming are the people list's too (`gui.known_list_dialog`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core.announce import Announcer, Role
from core.objects.codes import CodeReader, OpenCvCodeReader
from core.objects.colours import describe_colours
from core.objects.describe import describe
from core.objects.engine import ObjectEngine, create_engine
from core.objects.identify import look
from core.objects.model import CodeRead, TaughtObject, ViewFeatures
from core.objects.store import ObjectsStore
from core.plumbing.errors import UserFacingError, message_for
from core.plumbing.i18n import tr
from core.plumbing.workers import TaskRunner
from gui.bridge import QtRunner
from gui.known_list_dialog import (
    KnownListActions,
    KnownListDialog,
    KnownListWords,
    ask_name,
    confirm,
)

log = logging.getLogger(__name__)

VIEWS = 3
"""Pictures taken when teaching: the object turned a little between them."""
VIEW_INTERVAL = 1.5
"""Seconds between those pictures: time to turn the object."""


class ObjectsDialog(KnownListDialog):
    """The objects Bitna knows, with buttons to rename, add pictures, forget one or all."""

    def __init__(self, controller: ObjectsController, parent: QWidget | None = None) -> None:
        words = KnownListWords(
            title=tr("Objects Bitna knows"),
            label=tr("&Objects Bitna knows:"),
            choose=tr("Use the up and down arrows to choose an object, then a button below."),
            rename_description=tr("Give the chosen object another name."),
            add=tr("&Add pictures…"),
            add_description=tr(
                "Take more pictures of the chosen object, such as a banknote's other side."
            ),
            forget_description=tr("Forget the chosen object."),
            forget_all=tr("Forget &every object"),
            forget_all_description=tr("Forget every object."),
            empty=tr("Nothing yet. Use Remember this object to teach one."),
            forget_question=lambda name: tr(
                "Forget {name}? Bitna will no longer recognise it.", name=name
            ),
            forget_all_question=tr("Forget every object? This cannot be undone."),
        )
        super().__init__(
            controller,
            words,
            lambda: [(item.name, item.views) for item in controller.objects()],
            controller.remember_object,
            parent,
        )


class ObjectsController(QObject, KnownListActions[ObjectsStore]):
    """Carries out "identify", "remember-object", "manage-objects" and "colour"."""

    def __init__(
        self,
        *,
        latest_frame: Callable[[], np.ndarray | None],
        announcer: Announcer,
        parent_widget: QWidget | None = None,
        runner: TaskRunner | None = None,
        engine_factory: Callable[[], ObjectEngine] = create_engine,
        reader_factory: Callable[[], CodeReader] = OpenCvCodeReader,
        store_factory: Callable[[], ObjectsStore] = ObjectsStore.open,
        view_interval: float = VIEW_INTERVAL,
    ) -> None:
        super().__init__(parent_widget)
        self._latest_frame = latest_frame
        self._announcer = announcer
        self._parent = parent_widget
        self._runner: TaskRunner = runner or QtRunner(parent=self)
        self._engine_factory = engine_factory
        self._reader_factory = reader_factory
        self._store_factory = store_factory
        self._engine: ObjectEngine | None = None
        self._reader: CodeReader | None = None
        self._lock = threading.Lock()
        self._store: ObjectsStore | None = None
        self._busy = False
        self._cancel = threading.Event()
        self._view_interval = view_interval
        self.ask_name: Callable[[str, str], str | None] = self._ask_name_dialog
        """Asks for a name (title, initial); tests replace it."""
        self.confirm: Callable[[str], bool] = self._confirm_dialog
        """Asks yes or no; tests replace it."""

    def handlers(self) -> dict[str, Callable[[], None]]:
        """Command id → handler, for the four object commands."""
        return {
            "identify": self.identify,
            "remember-object": lambda: self.remember_object(),
            "manage-objects": self.manage_objects,
            "colour": self.colour,
        }

    @property
    def busy(self) -> bool:
        return self._busy

    # Parts, built on first use ------------------------------------------------------------
    def _parts(self) -> tuple[ObjectEngine, CodeReader]:
        with self._lock:
            if self._engine is None:
                self._engine = self._engine_factory()
            if self._reader is None:
                self._reader = self._reader_factory()
            return self._engine, self._reader

    def objects(self) -> list[TaughtObject]:
        try:
            return self.store().objects()
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return []

    def _frame(self) -> np.ndarray | None:
        frame = self._latest_frame()
        return None if frame is None else np.array(frame, copy=True)

    def _start(self, needs_store: bool = True) -> bool:
        if self._busy:
            self._announcer.announce(tr("Still working on the last object command."))
            return False
        if needs_store and not self._store_ready():
            return False
        self._busy = True
        self._cancel.clear()
        return True

    def _failed(self, error: BaseException) -> None:
        generic = tr("Something went wrong while looking at the object. Please try again.")
        message = message_for(error, generic, log=log, doing="Object work")
        self._announcer.announce(message, Role.ERROR)

    def _say_later(self, text: str) -> None:
        """Say `text` from the worker: posted to the UI thread."""
        self._runner.post(lambda: self._announcer.announce(text))

    def _no_frame(self) -> None:
        self._announcer.announce(tr("There is no picture from the camera yet."), Role.ERROR)

    # Commands -------------------------------------------------------------------------------
    def identify(self) -> None:
        """Name the taught object in view (or say it is not known) and read any code."""
        frame = self._frame()
        if frame is None:
            self._no_frame()
            return
        if not self._start():
            return
        store = self.store()

        def work() -> str:
            engine, reader = self._parts()
            known, names = store.known(engine.model_id), store.code_names()
            return describe(*look(frame, engine, reader, known, names))

        self._runner.submit(work, self._say)

    def colour(self) -> None:
        """Say the main colours in the middle of the view."""
        frame = self._frame()
        if frame is None:
            self._no_frame()
            return
        if not self._start(needs_store=False):
            return
        self._runner.submit(lambda: describe_colours(frame).sentence(), self._say)

    def _say(self, text: str | None, error: BaseException | None) -> None:
        self._busy = False
        if error is not None:
            self._failed(error)
        elif text:
            self._announcer.announce(text, interrupt=True)

    def remember_object(self, name: str | None = None) -> None:
        """Take a few pictures of the object in view, then ask for (or use) its name."""
        if self._latest_frame() is None:
            self._no_frame()
            return
        if not self._start():
            return
        store = self.store()
        self._announcer.announce(
            tr(
                "Hold the object in the middle of the view, printed side to the camera. I will "
                "take {count} pictures; turn it a little between them.",
                count=VIEWS,
            ),
            interrupt=True,
        )

        def work() -> tuple[list[ViewFeatures], list[CodeRead]]:
            engine, reader = self._parts()
            views: list[ViewFeatures] = []
            codes: list[CodeRead] = []
            for index in range(VIEWS):
                if index and self._cancel.wait(self._view_interval):
                    break
                frame = self._frame()
                if frame is None:
                    continue
                try:
                    views.append(engine.view(frame))
                except UserFacingError as problem:
                    self._say_later(problem.message)
                    continue
                codes += [code for code in reader.read(frame) if not code.is_qr]
                self._say_later(tr("Picture {n}.", n=len(views)))
            return views, codes

        def done(
            result: tuple[list[ViewFeatures], list[CodeRead]] | None,
            error: BaseException | None,
        ) -> None:
            self._busy = False
            if error is not None:
                self._failed(error)
                return
            if self._cancel.is_set():
                self._announcer.announce(tr("Stopped. Nothing was remembered."))
                return
            views, codes = result or ([], [])
            if not views:
                self._announcer.announce(
                    tr(
                        "I could not get a good picture of the object. Nothing was remembered. "
                        "Try again in good light, holding it still."
                    ),
                    Role.ERROR,
                )
                return
            engine = self._engine
            assert engine is not None
            texts = list(dict.fromkeys(code.text for code in codes))
            self._keep_as(
                name,
                tr("Remember this object"),
                lambda chosen: store.add(chosen, views, engine.model_id, codes=texts),
            )

        self._runner.submit(work, done)

    def cancel(self) -> None:
        """Stop taking pictures (the Stop command)."""
        self._cancel.set()

    def manage_objects(self) -> None:
        """Open the list of objects, to rename, add pictures, or forget."""
        if self._store_ready():
            ObjectsDialog(self, self._parent).exec()

    def _forgot_all_message(self, count: int) -> str:
        return tr("Forgot every object. Objects forgotten: {count}.", count=count)

    def shutdown(self) -> None:
        """Stop taking pictures and the worker."""
        self._cancel.set()
        if isinstance(self._runner, QtRunner) and self._runner.parent() is self:
            self._runner.shutdown()

    # Dialogs --------------------------------------------------------------------------------
    def _ask_name_dialog(self, title: str, initial: str) -> str | None:
        return ask_name(
            self._parent,
            title,
            initial,
            description=tr("The name Bitna will say when it sees this object."),
        )

    def _confirm_dialog(self, question: str) -> bool:
        return confirm(self._parent, tr("Objects Bitna knows"), question)
