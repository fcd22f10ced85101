"""Bring work done on other threads back to the UI thread as Qt signals.

`QtRunner` is the window's `TaskRunner`: work runs on a worker thread and its `(result,
error)` comes back through a queued signal, so widgets are only ever touched on the UI
thread. With `synchronous=True` (tests) the work runs at once, in order, on the caller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from core.workers import Done, InlineRunner

log = logging.getLogger(__name__)


class UiPost(QObject):
    """Runs callables on the thread this object lives on (the UI thread)."""

    posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.posted.connect(self._run)

    def post(self, function: Callable[[], None]) -> None:
        """Queue `function` to run on the UI thread; safe from any thread."""
        self.posted.emit(function)

    @Slot(object)
    def _run(self, function: Callable[[], None]) -> None:
        try:
            function()
        except Exception:
            log.exception("A task's result could not be applied")


class QtRunner(QObject):
    """A TaskRunner whose results arrive on the UI thread as a `(result, error)` signal."""

    finished = Signal(object, object, object)  # done callback, result, error

    def __init__(
        self, workers: int = 1, *, synchronous: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._inline = InlineRunner() if synchronous else None
        self._pool = None if synchronous else ThreadPoolExecutor(workers, "bitna-task")
        self.finished.connect(self._apply)

    def submit(self, work: Callable[[], Any], done: Done) -> None:
        """Run `work` on a worker; `done(result, error)` runs later on the UI thread."""
        if self._inline is not None:
            self._inline.submit(work, done)
            return
        assert self._pool is not None

        def task() -> None:
            try:
                result, error = work(), None
            except Exception as failure:
                result, error = None, failure
            self.finished.emit(done, result, error)

        self._pool.submit(task)

    def shutdown(self) -> None:
        """Drop queued work; running work finishes in the background."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    @Slot(object, object, object)
    def _apply(self, done: Done, result: Any, error: BaseException | None) -> None:
        try:
            done(result, error)
        except Exception:
            log.exception("A task's result could not be applied")
