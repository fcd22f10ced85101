"""Stand-in sources: one that never gives a frame, and a recording fake for tests.

NullSource is the last fallback (the app keeps working with no picture); RecordingSource
plays given frames and can be "unplugged" and "plugged back in" on cue.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import numpy as np

from core.plumbing.errors import CameraError
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)


class NullSource:
    """Opens fine and never gives a frame."""

    frame_interval: float = 0.1

    @property
    def name(self) -> str:
        return tr("No camera")

    def open(self) -> None:
        pass

    def read(self) -> np.ndarray | None:
        return None

    def close(self) -> None:
        pass


class RecordingSource:
    """Returns `frames` in a loop and records every call, for tests.

    After `fail_after` reads it returns None (unplugged) until `recover()`; set `open_error`
    to make `open()` raise it. Thread-safe: the reader thread calls it while a test looks.
    """

    def __init__(
        self,
        frames: Sequence[np.ndarray],
        *,
        fail_after: int | None = None,
        frame_interval: float = 0.01,
        name: str = "Recording source",
    ) -> None:
        if not frames:
            raise ValueError("RecordingSource needs at least one frame")
        self.frames = list(frames)
        self.fail_after = fail_after
        self.frame_interval = frame_interval
        self.open_error: CameraError | None = None
        self.calls: list[str] = []
        self.reads = 0  # calls to read(), frames or not
        self.frames_given = 0
        self.is_open = False
        self._name = name
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._name

    @property
    def opens(self) -> int:
        return self.calls.count("open")

    @property
    def closes(self) -> int:
        return self.calls.count("close")

    def open(self) -> None:
        with self._lock:
            self.calls.append("open")
            if self.open_error is not None:
                raise self.open_error
            self.is_open = True

    def read(self) -> np.ndarray | None:
        with self._lock:
            self.calls.append("read")
            self.reads += 1
            if not self.is_open or self.failed:
                return None
            frame = self.frames[self.frames_given % len(self.frames)]
            self.frames_given += 1
            return frame

    def close(self) -> None:
        with self._lock:
            self.calls.append("close")
            self.is_open = False

    @property
    def failed(self) -> bool:
        """True once `fail_after` frames were given (the camera is "unplugged")."""
        return self.fail_after is not None and self.frames_given >= self.fail_after

    def unplug(self) -> None:
        """Stop giving frames from now on."""
        with self._lock:
            self.fail_after = self.frames_given

    def recover(self) -> None:
        """Give frames again (the camera is "plugged back in")."""
        with self._lock:
            self.fail_after = None
            self.open_error = None
