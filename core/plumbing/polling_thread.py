"""Starting and stopping one daemon thread that works beside the UI thread.

The camera's frame reader, the magnifier's render loop and the scene watcher each run
such a thread so the UI thread never waits (the render loop sleeps until a frame or a
view change wakes it). Each start gets a fresh stop event (a thread
that outlives its stop still sees its own event set), and stopping never waits forever,
nor on the thread itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

STOP_TIMEOUT = 1.0
"""Seconds `stop` waits for the thread to end before giving up on it (it is a daemon)."""


class PollingThread:
    """One named daemon thread running `target(stop)` until `stop` is set."""

    def __init__(
        self,
        name: str,
        what: str,
        wake: Callable[[], None] = lambda: None,
        stop_timeout: float = STOP_TIMEOUT,
    ) -> None:
        self._name = name
        self._what = what
        """The thread in a log line, such as "The scene watcher"."""
        self._wake = wake
        """Called on stopping, after the stop event is set: ends a wait on another event."""
        self._stop_timeout = stop_timeout
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def started(self) -> bool:
        """Started and not stopped since (the thread may have ended on its own)."""
        return self._thread is not None

    def start(self, target: Callable[[threading.Event], None]) -> None:
        """Run `target` with a fresh stop event on a new thread (call only when not running)."""
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=target, args=(self._stop,), name=self._name, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Ask the thread to end and wait for it a little (not when called from it)."""
        thread, self._thread = self._thread, None
        self._stop.set()
        self._wake()
        if thread is not None and thread is not threading.current_thread():
            thread.join(self._stop_timeout)
            if thread.is_alive():
                log.warning("%s did not stop in time", self._what)
