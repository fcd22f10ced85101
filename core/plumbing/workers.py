"""Run slow work off the caller's thread and hand back `(result, error)`.

The window passes a runner whose callbacks arrive on the UI thread; tests and the command
line pass `InlineRunner`, which runs the work at once, so the same flow is tested without
threads or sleeps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
#: Called with what the work returned, or None and the exception it raised.
Done = Callable[[T | None, BaseException | None], None]


class TaskRunner(Protocol):
    """Runs `work` somewhere and calls `done(result, error)` when it ends."""

    def submit(self, work: Callable[[], T], done: Done[T]) -> None: ...

    def post(self, function: Callable[[], object]) -> None:
        """Run `function` where `done` runs (the UI thread), in order with the results:
        work in progress hands partial results back this way."""
        ...

    def shutdown(self) -> None: ...


def outcome(work: Callable[[], T]) -> tuple[T | None, BaseException | None]:
    """Run `work`: `(result, None)`, or `(None, error)` when it raised."""
    try:
        return work(), None
    except Exception as error:  # handed back to the caller, who tells the user
        log.debug("Task failed", exc_info=True)
        return None, error


class InlineRunner:
    """Runs work immediately on the calling thread (tests, the command line)."""

    def submit(self, work: Callable[[], T], done: Done[T]) -> None:
        done(*outcome(work))

    def post(self, function: Callable[[], object]) -> None:
        """Run `function` now."""
        function()

    def shutdown(self) -> None:
        """Nothing to stop."""
