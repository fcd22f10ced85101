"""Run slow work off the caller's thread and hand back `(result, error)`.

The window passes a runner whose callbacks arrive on the UI thread; tests and the command
line pass `InlineRunner`, which runs the work at once, so the same flow is tested without
threads or sleeps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any, BaseException | None], None]


class TaskRunner(Protocol):
    """Runs `work` somewhere and calls `done(result, error)` when it ends."""

    def submit(self, work: Callable[[], Any], done: Done) -> None: ...

    def shutdown(self) -> None: ...


def _outcome(work: Callable[[], Any]) -> tuple[Any, BaseException | None]:
    try:
        return work(), None
    except Exception as error:  # handed back to the caller, who tells the user
        log.debug("Task failed", exc_info=True)
        return None, error


class InlineRunner:
    """Runs work immediately on the calling thread (tests, the command line)."""

    def submit(self, work: Callable[[], Any], done: Done) -> None:
        done(*_outcome(work))

    def shutdown(self) -> None:
        """Nothing to stop."""


class ThreadRunner:
    """Runs work on a small pool of threads; `done` is called on the worker thread.

    `deliver` lets a caller move `done` to another thread (the window posts it to the UI).
    """

    def __init__(
        self,
        workers: int = 1,
        *,
        name: str = "bitna-worker",
        deliver: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._deliver = deliver

    def submit(self, work: Callable[[], Any], done: Done) -> None:
        future: Future[tuple[Any, BaseException | None]] = self._pool.submit(_outcome, work)

        def finished(completed: Future[tuple[Any, BaseException | None]]) -> None:
            result, error = completed.result()
            if self._deliver is None:
                done(result, error)
            else:
                self._deliver(lambda: done(result, error))

        future.add_done_callback(finished)

    def shutdown(self) -> None:
        """Drop queued work and let running work finish in the background."""
        self._pool.shutdown(wait=False, cancel_futures=True)
