"""The render thread: newest camera frame in, finished screen picture out, never a queue.

The UI thread must never wait, and a magnifier that lags behind the hand makes people
sea-sick. So a thread of its own renders only the newest frame (counting any it never saw
as dropped), and hands the picture over through three buffers: the one on screen, the
newest finished one, and the one being drawn. A finished picture the UI never took is
replaced, not queued, and counted as superseded. OpenCV releases the GIL, so rendering
really runs beside the UI on another core.

Between pictures the thread sleeps until there is something to do: the frame reader wakes
it when a different picture comes (`FrameFeed`), a view change (zoom, pan, colours, size)
or stop wakes it, and a held pan wakes it at the redraw rate. A still picture given again
(the same frame object under a new number) is not drawn again, so a window on a still page
or a frozen view costs nothing but a look every `IDLE_WAIT`. A plain `LatestFrame` that
cannot say when a frame comes is looked at every `POLL_INTERVAL` instead.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from core.magnifier.control import Magnifier
from core.magnifier.geometry import Size, ViewGeometry, orient
from core.magnifier.render import Renderer
from core.magnifier.state import ViewState
from core.plumbing.polling_thread import PollingThread

log = logging.getLogger(__name__)

LatestFrame = Callable[[], "tuple[int, np.ndarray] | None"]


@runtime_checkable
class FrameFeed(Protocol):
    """A `LatestFrame` that also calls its listeners when a different picture is stored
    (`core.sources.reader.NewestFrame`), so the render thread need not poll it."""

    def __call__(self) -> tuple[int, np.ndarray] | None: ...

    def add_listener(self, wake: Callable[[], None]) -> None: ...

    def remove_listener(self, wake: Callable[[], None]) -> None: ...


POLL_INTERVAL = 0.003
"""Seconds between looks at a `LatestFrame` that is no `FrameFeed`: far below a frame."""
IDLE_WAIT = 0.5
"""Longest sleep between looks even when nothing woke the thread: a safety net only."""
MIN_REDRAW_INTERVAL = 1 / 60
"""A view change alone (panning a frozen or still picture) redraws at most 60 times a second."""
STOP_TIMEOUT = 1.0


@dataclass(frozen=True)
class Rendered:
    """A finished picture: BGRA, owned by the UI until it takes the next one."""

    image: np.ndarray
    geometry: ViewGeometry
    frame_sequence: int
    state: ViewState


class RenderLoop:
    """Renders the newest frame for the view on a daemon thread.

    `on_rendered` is called on the render thread after each picture; a GUI either posts a
    repaint from it or polls `has_ready`, and calls `take()` when it paints. Give it a
    `FrameFeed` (the frame reader's `latest`) and the thread sleeps between pictures.
    """

    def __init__(
        self,
        latest: LatestFrame,
        magnifier: Magnifier,
        on_rendered: Callable[[], None] = lambda: None,
        renderer: Renderer | None = None,
    ) -> None:
        self._latest = latest
        self._feed = latest if isinstance(latest, FrameFeed) else None
        self.magnifier = magnifier
        self._on_rendered = on_rendered
        self._renderer = renderer or Renderer()
        self._display_size: Size | None = None
        self._buffers: list[np.ndarray | None] = [None, None, None]
        self._held: int | None = None  # on screen
        self._ready: int | None = None  # finished, not yet taken
        self._ready_info: Rendered | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread = PollingThread(
            "bitna-magnifier",
            "The magnifier's render thread",
            wake=self._wake.set,
            stop_timeout=STOP_TIMEOUT,
        )
        self._last_sequence: int | None = None
        self._last_state: ViewState | None = None
        self._last_size: Size | None = None
        self._last_render = 0.0
        self._deferred = False  # a view change waits for MIN_REDRAW_INTERVAL to pass
        self._republished = False  # the picture shown was given again since (a still)
        self._frame: tuple[int, np.ndarray] | None = None  # the frame last rendered
        self._frozen: tuple[int, np.ndarray] | None = None
        self.frames_rendered = 0
        self.frames_dropped = 0  # camera frames never rendered (a newer one was taken)
        self.frames_superseded = 0  # rendered, but replaced before the UI took them
        self.render_seconds = 0.0
        magnifier.add_listener(self._wake.set)

    # Control (UI thread)
    @property
    def display_size(self) -> Size | None:
        return self._display_size

    @display_size.setter
    def display_size(self, size: Size) -> None:
        self._display_size = (max(1, size[0]), max(1, size[1]))
        self.magnifier.display_size = self._display_size
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread.running

    def start(self) -> None:
        if self.running:
            return
        self._last_sequence = None  # frames that passed while stopped are not "dropped"
        self._republished = False
        if self._feed is not None:
            self._feed.add_listener(self._wake.set)
        self._thread.start(self._run)

    def stop(self) -> None:
        if self._feed is not None:
            self._feed.remove_listener(self._wake.set)
        self._thread.stop()

    @property
    def has_ready(self) -> bool:
        """True when a finished picture waits to be taken."""
        return self._ready is not None

    def take(self) -> Rendered | None:
        """The newest finished picture not yet taken, which the UI then owns; else None.

        The previous picture taken goes back to the pool: stop using it.
        """
        with self._lock:
            if self._ready is None:
                return None
            self._held, self._ready = self._ready, None
            info, self._ready_info = self._ready_info, None
        return info

    def capture(self) -> np.ndarray | None:
        """What the user sees, whole: the frozen frame or the newest, turned as shown."""
        state = self.magnifier.state
        source = self._frozen if state.frozen and self._frozen is not None else self._latest()
        if source is None:
            return None
        turned = orient(source[1], state.rotation, state.mirror)
        return turned.copy() if turned is source[1] else turned

    def current_frame(self) -> np.ndarray | None:
        """The camera frame behind the picture now shown (read-only), else the newest."""
        current = self._frozen or self._frame or self._latest()
        return None if current is None else current[1]

    # The thread
    def _run(self, stop: threading.Event) -> None:
        log.debug("Render thread started")
        while not stop.is_set():
            try:
                self.step()
            except Exception:
                log.exception("Rendering a frame failed")
                stop.wait(0.5)  # a persistent bug must not spin a core
            # Cleared after the wait and before the next step: a wake-up that comes during a
            # step makes the wait return at once, one during the wait is seen by the step.
            self._wake.wait(self._next_look())
            self._wake.clear()
        log.debug("Render thread stopped")

    def _next_look(self) -> float:
        """Seconds the thread may sleep unless woken."""
        if self._feed is None:
            return POLL_INTERVAL
        if self._deferred or self.magnifier.panning:  # due again at the redraw rate
            since = time.monotonic() - self._last_render
            return min(MIN_REDRAW_INTERVAL, max(0.0, MIN_REDRAW_INTERVAL - since))
        return IDLE_WAIT

    def step(self, now: float | None = None) -> bool:
        """Render once if there is something new to show; True when a picture was made.

        The thread calls this in a loop; tests and benchmarks may call it directly.
        """
        now = time.monotonic() if now is None else now
        self._deferred = False
        state = self.magnifier.advance(now)
        size = self._display_size
        if size is None:
            return False
        latest = self._latest()
        fresh = False
        if latest is not None and latest[0] != self._last_sequence:
            if state.frozen:
                self._last_sequence = latest[0]  # a frozen view skips frames on purpose
            elif self._frame is not None and latest[1] is self._frame[1]:
                self._last_sequence = latest[0]  # the same picture again: nothing to draw
                self._republished = True
            else:
                # Numbers skipped after a picture was given again may be more of the same
                # picture, slept through on purpose: not counted as dropped.
                skipped = 0 if self._last_sequence is None else latest[0] - self._last_sequence
                if skipped > 1 and not self._republished:
                    self.frames_dropped += skipped - 1
                self._last_sequence = latest[0]
                self._republished = False
                fresh = True
        if state.frozen:
            if self._frozen is None:
                self._frozen = self._frame or latest  # freeze what the user is looking at
            current = self._frozen
        else:
            self._frozen = None
            current = latest if fresh else self._frame
        if current is None:
            return False
        changed = state != self._last_state or size != self._last_size or current is not self._frame
        if not fresh:
            self._deferred = changed and now - self._last_render < MIN_REDRAW_INTERVAL
            if not changed or self._deferred:
                return False
        sequence, frame = current
        self.magnifier.frame_size = (frame.shape[1], frame.shape[0])
        index, out = self._free_buffer(size)
        started = time.perf_counter()
        geometry = self._renderer.render(frame, state, out, new_frame=fresh)
        self.render_seconds += time.perf_counter() - started
        self._frame, self._last_state, self._last_size, self._last_render = (
            current,
            state,
            size,
            now,
        )
        self.frames_rendered += 1
        with self._lock:
            if self._ready is not None:
                self.frames_superseded += 1
            self._ready = index
            self._ready_info = Rendered(out, geometry, sequence, state)
        self._on_rendered()
        return True

    def _free_buffer(self, size: Size) -> tuple[int, np.ndarray]:
        with self._lock:
            index = next(i for i in range(3) if i not in (self._held, self._ready))
        buffer = self._buffers[index]
        if buffer is None or buffer.shape[:2] != (size[1], size[0]):
            buffer = np.empty((size[1], size[0], 4), np.uint8)
            self._buffers[index] = buffer
        return index, buffer
