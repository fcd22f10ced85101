"""The thread that shows auto-capture each new camera frame, off the UI thread.

Like the magnifier's render loop it polls the frame reader's newest frame (never a queue:
a frame it was too slow for is simply skipped) and works on its own thread, so the live
view never waits for it. The watcher's work per frame is well under a millisecond and
OpenCV releases the GIL while it runs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np

from core.plumbing.polling_thread import PollingThread
from core.scene.autocapture import AutoCapture

log = logging.getLogger(__name__)

LatestFrame = Callable[[], "tuple[int, np.ndarray] | None"]
POLL_INTERVAL = 0.005
STOP_TIMEOUT = 1.0


class SceneLoop:
    """Feeds `latest()` frames to `capture` on a daemon thread while running."""

    def __init__(self, latest: LatestFrame, capture: AutoCapture) -> None:
        self._latest = latest
        self.capture = capture
        self._thread = PollingThread("bitna-scene", "The scene watcher", stop_timeout=STOP_TIMEOUT)
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
        self.capture.watcher.reset()
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
        self.capture.on_frame(latest[1], time.monotonic())
        self.seconds += time.perf_counter() - started
        self.frames_seen += 1
        return True

    def _run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                if self.step():
                    continue
            except Exception:
                log.exception("Watching the scene failed")
                stop.wait(0.5)  # a persistent bug must not spin a core
            stop.wait(POLL_INTERVAL)
