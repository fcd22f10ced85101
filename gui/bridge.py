"""Bring work done on other threads back to the UI thread.

No Qt object is touched off the UI thread: other threads put callables on a plain queue,
and a UI-thread timer runs them. (This began as a workaround for PySide6 6.12.0, whose
Signal.emit() corrupts reference counts on any thread, now excluded in pyproject.toml; it
stays because it keeps every Qt call on one thread by construction, with no reliance on
queued-connection rules, for at most 10 ms of delay.)

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

from PySide6.QtCore import QObject, QTimer, Signal

from core.plumbing.workers import Done, InlineRunner, outcome

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How often the UI thread looks for posted work: well under what a person notices.
POLL_MS = 10


class UiPost(QObject):
    """Runs callables posted from any thread on the UI thread, in the order posted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[Callable[[], object]] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.drain)
        self._timer.start()
        self._home = threading.current_thread()

    def post(self, function: Callable[[], object]) -> None:
        """Run `function` on the UI thread: now if called there, else soon; any thread."""
        if threading.current_thread() is self._home:
            self.drain()  # keep the order: anything posted earlier runs first
            _run_logged(function)
            return
        self._queue.put(function)

    def drain(self) -> None:
        """Run everything posted so far (the timer calls this; tests may too)."""
        while True:
            try:
                function = self._queue.get_nowait()
            except queue.Empty:
                return
            _run_logged(function)


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
        self._post = UiPost(self)

    def submit(self, work: Callable[[], T], done: Done[T]) -> None:
        """Run `work` on a worker; `done(result, error)` runs later on the UI thread."""
        if self._inline is not None:
            self._inline.submit(work, lambda result, error: self._apply(done, result, error))
            return
        assert self._pool is not None

        def task() -> None:
            result, error = outcome(work)
            self._post.post(lambda: self._apply(done, result, error))

        self._pool.submit(task)

    def post(self, function: Callable[[], object]) -> None:
        """Run `function` on the UI thread, in order with the results of submitted work."""
        self._post.post(function)

    def shutdown(self) -> None:
        """Drop queued work; running work finishes in the background."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def _apply(self, done: Done[T], result: T | None, error: BaseException | None) -> None:
        try:
            done(result, error)
        except Exception:
            log.exception("A task's result could not be applied")
        self.finished.emit(result, error)
