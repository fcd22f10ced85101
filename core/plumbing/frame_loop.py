"""A thread that shows a watcher each new camera frame, off the UI thread.

Hands-free reading's scene watcher and live text each run one. Like the magnifier's render
loop it polls the frame reader's newest frame (never a queue: a frame it was too slow for
is simply skipped) and works on its own thread, so the live view never waits for it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np

from core.plumbing.polling_thread import PollingThread

log = logging.getLogger(__name__)

LatestFrame = Callable[[], "tuple[int, np.ndarray] | None"]
OnFrame = Callable[[np.ndarray, float], object]
POLL_INTERVAL = 0.005
STOP_TIMEOUT = 1.0


class FrameLoop:
    """Feeds `latest()` frames, with their time, to `on_frame` on a daemon thread while
    running; `on_start` runs before each start (a watcher forgets the last run's view)."""

    def __init__(
        self,
        latest: LatestFrame,
        on_frame: OnFrame,
        *,
        name: str,
        what: str,
        on_start: Callable[[], None] = lambda: None,
    ) -> None:
        self._latest = latest
        self._on_frame = on_frame
        self._on_start = on_start
        self._what = what
        self._thread = PollingThread(name, what, stop_timeout=STOP_TIMEOUT)
        self._last_sequence: int | None = None
        self.frames_seen = 0
        self.seconds = 0.0

    @property
    def running(self) -> bool:
        return self._thread.running

    def start(self) -> None:
        if self.running:
            return
        self._last_sequence = None
        self._on_start()
        self._thread.start(self._run)

    def stop(self) -> None:
        self._thread.stop()

    def step(self) -> bool:
        """Look at the newest frame if it is new; True when one was looked at."""
        latest = self._latest()
        if latest is None or latest[0] == self._last_sequence:
            return False
        self._last_sequence = latest[0]
        started = time.perf_counter()
        self._on_frame(latest[1], time.monotonic())
        self.seconds += time.perf_counter() - started
        self.frames_seen += 1
        return True

    def _run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                if self.step():
                    continue
            except Exception:
                log.exception("%s failed", self._what)
                stop.wait(0.5)  # a persistent bug must not spin a core
            stop.wait(POLL_INTERVAL)
