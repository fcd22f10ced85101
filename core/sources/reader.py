"""One background thread per source that keeps only the newest frame.

The live view and OCR always want the picture as it is now, never a backlog: a queue would
show the user where the page was a second ago. So the thread overwrites a single slot, and
the UI takes whatever is newest when it repaints. Whoever wants to sleep until there is
something new to show (the magnifier's render thread) listens to the slot, which wakes it
only for a different picture. A still picture is read once and given again under new
numbers, at the source's pace, without being read or copied: the scene watcher counts time
by frames. Cameras get unplugged and USB hubs brown out; the reader says so once, keeps
retrying, and says when pictures are back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np

from core.plumbing.errors import CameraError
from core.plumbing.i18n import tr
from core.plumbing.polling_thread import PollingThread
from core.sources.base import FrameSource

log = logging.getLogger(__name__)

NO_FRAME_TIMEOUT = 1.0
"""Seconds without a frame before the source counts as stopped."""
RETRY_INTERVAL = 1.0
"""Seconds between attempts to reopen a stopped source."""
STOP_TIMEOUT = 0.5
_IDLE_WAIT = 0.02  # after a None from a source, so a dead one does not spin a core
_MIN_GAP = 0.002


Newest = tuple[int, np.ndarray]


class NewestFrame:
    """The reader's one slot: call it for the newest (sequence, frame), or None.

    `add_listener(wake)` has `wake()` called on the reader's thread each time a different
    picture is stored (it must return at once, like `threading.Event.set`); the same frame
    object stored again under a new number is the same picture and wakes nobody.
    """

    def __init__(self) -> None:
        self._value: Newest | None = None
        self._listeners: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def __call__(self) -> Newest | None:
        return self._value

    def add_listener(self, wake: Callable[[], None]) -> None:
        with self._lock:
            self._listeners.append(wake)

    def remove_listener(self, wake: Callable[[], None]) -> None:
        with self._lock:
            if wake in self._listeners:
                self._listeners.remove(wake)

    def store(self, value: Newest | None) -> None:
        with self._lock:
            previous, self._value = self._value, value
            changed = value is not None and (previous is None or previous[1] is not value[1])
            listeners = list(self._listeners) if changed else []
        for wake in listeners:
            try:
                wake()
            except Exception:
                log.exception("A new frame's listener failed")


class FrameReader:
    """Reads `source` on a daemon thread; `latest()` gives the newest (sequence, frame).

    `on_error` and `on_recovered` are called on the reader thread (a GUI must hand them to
    its own thread). Frames from `latest()` are shared: treat them as read-only. A source
    whose `still` attribute is true once it gave a frame (a file's single picture) is not read
    again: its frame is given again at its `frame_interval`.
    """

    def __init__(
        self,
        source: FrameSource,
        on_error: Callable[[CameraError], None] | None = None,
        on_recovered: Callable[[], None] | None = None,
    ) -> None:
        self._source = source
        self._on_error = on_error
        self._on_recovered = on_recovered
        self._newest = NewestFrame()
        self._sequence = 0
        self._frames_read = 0
        self._failing = False  # an error was reported and frames have not come back yet
        self._owe_recovery = False  # the source failing was switched away from
        self._lock = threading.Lock()
        self._thread = PollingThread(
            "bitna-frame-reader", "The frame reader", stop_timeout=STOP_TIMEOUT
        )

    @property
    def source(self) -> FrameSource:
        return self._source

    @property
    def frames_read(self) -> int:
        return self._frames_read

    @property
    def running(self) -> bool:
        return self._thread.running

    @property
    def failing(self) -> bool:
        """True between a reported error and the recovery."""
        return self._failing

    @property
    def latest(self) -> NewestFrame:
        """`latest()` is the newest frame and its sequence number (rising, also across
        switches), or None; `latest.add_listener` wakes a thread when a new picture comes."""
        return self._newest

    def start(self) -> None:
        """Start reading (opening the source happens on the thread; errors go to on_error)."""
        if self.running:
            return
        source = self._source
        self._thread.start(lambda stop: self._run(source, stop))

    def stop(self) -> None:
        """Stop reading and close the source; returns within STOP_TIMEOUT.

        Called from a callback on the reader's thread, it returns at once: the loop ends
        as soon as the callback returns. When a driver call is stuck, the thread closes
        the source once it returns.
        """
        self._thread.stop()

    def switch(self, source: FrameSource) -> None:
        """Close the current source and read from `source` instead."""
        was_running = self._thread.started
        self.stop()
        self._source = source
        self._newest.store(None)  # never show the old source's picture as the new one's
        # A new source deserves its own error report; its first frame still ends the outage.
        self._owe_recovery = self._owe_recovery or self._failing
        self._failing = False
        if was_running:
            self.start()

    # The thread
    def _run(self, source: FrameSource, stop: threading.Event) -> None:
        """Read until told to stop; never lets an exception escape."""
        try:
            self._read_loop(source, stop)
        except Exception:  # a bug: log it, do not kill the app's camera silently
            log.exception("The frame reader failed")
            self._report(CameraError(_stopped_message()))
        finally:
            try:
                source.close()
            except Exception:
                log.exception("Closing %r failed", source)

    def _read_loop(self, source: FrameSource, stop: threading.Event) -> None:
        opened = self._try_open(source)
        last_frame = last_attempt = time.monotonic()
        next_due = last_frame
        still: np.ndarray | None = None  # a still source's one picture, given again unread
        while not stop.is_set():
            started = time.monotonic()
            if still is not None:
                frame: np.ndarray | None = still
            else:
                frame = self._try_read(source) if opened else None
            now = time.monotonic()
            if stop.is_set():
                break  # a read that outlived stop() must not publish into the next source
            if frame is not None:
                self._publish(frame)
                if getattr(source, "still", False):  # (a file's picture, see FileSource)
                    still = frame
                last_frame = now
                if self._failing or self._owe_recovery:
                    self._recovered()
                # Paced sources: no drift and no catching up. A live camera's read() blocks
                # until its next frame; the small gap only stops an instant fake from spinning.
                interval = source.frame_interval
                next_due = max(next_due + interval, now) if interval > 0 else started + _MIN_GAP
                if next_due > now:
                    stop.wait(next_due - now)
                continue
            if not self._failing and opened and now - last_frame >= NO_FRAME_TIMEOUT:
                log.warning("%s gave no frame for %.1f s", source.name, now - last_frame)
                self._report(CameraError(_stopped_message()))
            if self._failing and now - last_attempt >= RETRY_INTERVAL:
                last_attempt = now
                _close_quietly(source)
                opened = self._try_open(source)
                last_frame = time.monotonic() if not self._failing else last_frame
            stop.wait(_IDLE_WAIT)

    def _try_open(self, source: FrameSource) -> bool:
        try:
            source.open()
        except CameraError as error:
            log.warning("Opening %s failed: %s", source.name, error.message)
            self._report(error)
            return False
        except Exception:
            log.exception("Opening %r failed", source)
            self._report(CameraError(_stopped_message()))
            return False
        return True

    def _try_read(self, source: FrameSource) -> np.ndarray | None:
        try:
            return source.read()
        except Exception:
            log.warning("Reading %s failed", source.name, exc_info=True)
            return None

    def _publish(self, frame: np.ndarray) -> None:
        with self._lock:
            self._sequence += 1
            self._frames_read += 1
            self._newest.store((self._sequence, frame))

    def _report(self, error: CameraError) -> None:
        """Tell the user once per outage; later failures of the same outage stay quiet."""
        if self._failing:
            return
        self._failing = True
        if self._on_error is not None:
            try:
                self._on_error(error)
            except Exception:
                log.exception("on_error callback failed")

    def _recovered(self) -> None:
        self._failing = self._owe_recovery = False
        log.info("Frames are coming again")
        if self._on_recovered is not None:
            try:
                self._on_recovered()
            except Exception:
                log.exception("on_recovered callback failed")


def switch_reader(
    reader: FrameReader, spec: str, opener: Callable[[str], FrameSource]
) -> FrameSource:
    """Let go of the current source, open `spec` with `opener` and read from it.

    Slow by nature (a driver may take seconds to open a camera, or to let go of one; "auto"
    opens cameras to find one), so call it on a worker, never on the UI thread. The old
    source is closed first, so "auto" can find the very camera that was in use. When `spec`
    cannot be opened, the old source is read again and the error raised.
    """
    was_running = reader.running
    reader.stop()
    try:
        source = opener(spec)
    except BaseException:
        if was_running:
            reader.start()
        raise
    reader.switch(source)
    if was_running:
        reader.start()
    return source


def _stopped_message() -> str:
    return tr("The camera stopped sending pictures. Check its cable; Bitna keeps trying.")


def _close_quietly(source: FrameSource) -> None:
    try:
        source.close()
    except Exception:
        log.warning("Closing %s failed", source.name, exc_info=True)
