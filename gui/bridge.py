"""Bring work done on other threads back to the UI thread, the one way it is done.

`ui_thread().post(function)` runs `function` on the UI thread. Other threads never touch a
Qt object but one: they put the callable on a plain queue and emit a signal of the one
`UiThread` object, queued to the UI thread, which then runs what waits. Nothing polls, so
an idle window sleeps until there is work (a laptop on battery keeps its charge).

`QtRunner` is the window's `TaskRunner`: work runs on a worker thread and its `(result,
error)` comes back on the UI thread, both to the `done` callback and as the `finished`
signal. With `synchronous=True` (tests) the work runs at once, in order, on the caller.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from core.plumbing.workers import Done, InlineRunner, outcome

log = logging.getLogger(__name__)

T = TypeVar("T")


class UiThread(QObject):
    """Runs callables posted from any thread on the UI thread, in the order posted.

    Build it on the UI thread (`ui_thread()` does, on first use); it lives there.
    """

    _wake = Signal()  # emitted by other threads, delivered on the UI thread

    def __init__(self) -> None:
        super().__init__()
        self._queue: queue.SimpleQueue[Callable[[], object]] = queue.SimpleQueue()
        self._lock = threading.Lock()  # guards _woken
        self._woken = False  # a wake-up is on its way: later posts need not send another
        self._home = threading.current_thread()
        self._wake.connect(self._run_posted, Qt.ConnectionType.QueuedConnection)

    def post(self, function: Callable[[], object], owner: QObject | None = None) -> None:
        """Run `function` on the UI thread: now if called there, else soon; any thread.

        With an `owner`, `function` is dropped if the owner is deleted before it runs (a
        late camera or speech report for a window already shut down).
        """
        if owner is not None:
            function = _while_alive(owner, function)
        if threading.current_thread() is self._home:
            self._run_posted()  # keep the order: anything posted earlier runs first
            _run_logged(function)
            return
        self._queue.put(function)
        with self._lock:
            if self._woken:
                return
            self._woken = True
        try:
            self._wake.emit()
        except RuntimeError:  # the app is gone (a worker finishing after shutdown)
            log.debug("Work posted after the UI thread ended is dropped")

    def pending(self) -> int:
        """How many posted callables wait for the UI thread."""
        return self._queue.qsize()

    @Slot()
    def _run_posted(self) -> None:
        with self._lock:
            # Cleared before running: a callable that opens a modal dialog runs a nested
            # event loop, and what is posted meanwhile must wake that loop.
            self._woken = False
        while True:
            try:
                function = self._queue.get_nowait()
            except queue.Empty:
                return
            _run_logged(function)


_instance: UiThread | None = None


def ui_thread() -> UiThread:
    """The one `UiThread`, built on first use: on the UI thread (Python's main thread)."""
    global _instance
    if _instance is None or not shiboken6.isValid(_instance):
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("The UI thread's poster must be built on the UI thread")
        _instance = UiThread()
    return _instance


def _while_alive(owner: QObject, function: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        return function() if shiboken6.isValid(owner) else None

    return run


def _run_logged(function: Callable[[], object]) -> None:
    try:
        function()
    except Exception:
        log.exception("Posted work failed on the UI thread")


class QtRunner(QObject):
    """A TaskRunner whose results arrive on the UI thread as `(result, error)`."""

    finished = Signal(object, object)  # result, error: emitted on the UI thread only

    def __init__(
        self, workers: int = 1, *, synchronous: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._inline = InlineRunner() if synchronous else None
        self._pool = None if synchronous else ThreadPoolExecutor(workers, "bitna-task")
        self._ui = ui_thread()

    def submit(self, work: Callable[[], T], done: Done[T]) -> None:
        """Run `work` on a worker; `done(result, error)` runs later on the UI thread."""
        if self._inline is not None:
            self._inline.submit(work, lambda result, error: self._apply(done, result, error))
            return
        assert self._pool is not None

        def task() -> None:
            result, error = outcome(work)
            self._ui.post(lambda: self._apply(done, result, error), owner=self)

        self._pool.submit(task)

    def post(self, function: Callable[[], object]) -> None:
        """Run `function` on the UI thread, in order with the results of submitted work."""
        self._ui.post(function, owner=self)

    def shutdown(self, *, finish: bool = False) -> None:
        """Drop queued work; running work finishes in the background. With `finish`, wait
        for all work submitted to end (writes that must not be lost at exit)."""
        if self._pool is not None:
            self._pool.shutdown(wait=finish, cancel_futures=not finish)

    def _apply(self, done: Done[T], result: T | None, error: BaseException | None) -> None:
        try:
            done(result, error)
        except Exception:
            log.exception("A task's result could not be applied")
        self.finished.emit(result, error)
