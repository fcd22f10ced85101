"""The magnifier's live state, shared by the UI thread (keys, wheel) and the render thread.

Every change replaces the whole `ViewState` under a lock, so the render thread reads one
consistent state. Panning while an arrow key is held moves at a steady speed on screen
(the same share of the view per second at any zoom, so the page moves slower the more it
is magnified); the render thread advances it by the time that really passed, so the
speed does not depend on how often keys repeat or frames arrive.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from core.magnifier.geometry import (
    Size,
    ViewGeometry,
    clamp_centre,
    fit_rect,
    oriented_size,
    raw_to_oriented,
    view_geometry,
    zoom_about,
)
from core.magnifier.modes import ColourMode, mode_for, step_mode
from core.magnifier.page import find_page
from core.magnifier.state import (
    ADJUST_STEPS,
    GUIDES,
    MAX_MASK_HEIGHT,
    MIN_MASK_HEIGHT,
    ROTATIONS,
    ViewState,
    clamp_zoom,
    next_zoom_step,
    previous_zoom_step,
)

log = logging.getLogger(__name__)

#: Held arrow keys pan this share of the view per second.
PAN_SPEED = 0.6
#: A single tap of an arrow key pans this share of the view.
PAN_STEP = 0.1
#: The reading line moves this share of the view per key press.
GUIDE_STEP = 0.04
MASK_STEP = 0.05


class Magnifier:
    """Thread-safe holder of the view state, with the operations the keys and commands need.

    `frame_size` (the camera picture's) and `display_size` (the view's) are kept up to date
    by the render loop and the widget, so the centre can be kept on the picture.
    """

    def __init__(self, state: ViewState | None = None) -> None:
        self._state = state or ViewState()
        self._lock = threading.Lock()
        self._pan_direction = (0.0, 0.0)
        self._pan_clock: float | None = None
        self._listeners: list[Callable[[], None]] = []
        self.frame_size: Size | None = None
        self.display_size: Size | None = None

    def add_listener(self, listener: Callable[[], None]) -> None:
        """Call `listener` (on the changing thread) after every change."""
        self._listeners.append(listener)

    @property
    def state(self) -> ViewState:
        return self._state

    @property
    def mode(self) -> ColourMode:
        return mode_for(self._state.mode)

    def set_state(self, state: ViewState) -> ViewState:
        with self._lock:
            self._state = self._clamped(state)
        self._changed()
        return self._state

    def update(self, **changes: Any) -> ViewState:
        """Change some fields of the state; returns the new state."""
        with self._lock:
            self._state = self._clamped(replace(self._state, **changes))
        self._changed()
        return self._state

    # Zoom
    def zoom_in(self) -> ViewState:
        return self.set_zoom(next_zoom_step(self._state.zoom))

    def zoom_out(self) -> ViewState:
        return self.set_zoom(previous_zoom_step(self._state.zoom))

    def set_zoom(self, zoom: float, about: tuple[float, float] | None = None) -> ViewState:
        """Zoom to `zoom`, keeping what is at view point `about` (default: the middle) there."""
        geometry = self.geometry()
        if about is None or geometry is None:
            return self.update(zoom=clamp_zoom(zoom))
        new_zoom, centre = zoom_about(geometry, about, zoom)
        return self.update(zoom=new_zoom, centre=centre)

    def fit(self, frame: np.ndarray | None, *, width_only: bool = False) -> ViewState:
        """Show the whole page (or fill the view with its width), found in `frame`."""
        state = self._state
        size = self.display_size
        if frame is None or size is None:
            return self.update(zoom=1.0, centre=(0.5, 0.5))
        height, width = frame.shape[:2]
        page = find_page(frame) or (0, 0, width, height)
        rect = raw_to_oriented(page, (width, height), state.rotation, state.mirror)
        zoom, centre = fit_rect(rect, (width, height), size, state.rotation, width_only=width_only)
        return self.update(zoom=zoom, centre=centre)

    # Pan
    def pan_by(self, dx: float, dy: float) -> ViewState:
        """Move the view by (dx, dy) view widths and heights."""
        fx, fy = self._view_fraction()
        centre = self._state.centre
        return self.update(centre=(centre[0] + dx * fx, centre[1] + dy * fy))

    def drag_by(self, dx: float, dy: float) -> ViewState:
        """Move the page with the mouse by (dx, dy) view pixels (the page follows the hand)."""
        size = self.display_size
        if size is None:
            return self._state
        return self.pan_by(-dx / max(1, size[0]), -dy / max(1, size[1]))

    def set_pan(self, dx: float, dy: float) -> None:
        """Keep panning in direction (dx, dy) (each -1, 0 or 1) until set to (0, 0)."""
        with self._lock:
            self._pan_direction = (dx, dy)
            self._pan_clock = time.monotonic() if (dx or dy) else None
        self._changed()

    @property
    def panning(self) -> bool:
        return self._pan_clock is not None

    def advance(self, now: float | None = None) -> ViewState:
        """Move a held pan on by the time passed since the last call; returns the state."""
        if self._pan_clock is None:
            return self._state
        now = time.monotonic() if now is None else now
        with self._lock:
            if self._pan_clock is None:
                return self._state
            seconds = max(0.0, min(0.25, now - self._pan_clock))  # after a stall, no leap
            self._pan_clock = now
            dx, dy = self._pan_direction
        fx, fy = self._view_fraction()
        centre = self._state.centre
        step = PAN_SPEED * seconds
        with self._lock:
            self._state = self._clamped(
                replace(
                    self._state, centre=(centre[0] + dx * step * fx, centre[1] + dy * step * fy)
                )
            )
        return self._state

    # Orientation, colours, guides, freeze
    def rotate(self) -> ViewState:
        """Turn a quarter clockwise (0 → 90 → 180 → 270 → 0)."""
        index = ROTATIONS.index(self._state.rotation) if self._state.rotation in ROTATIONS else 0
        return self.update(rotation=ROTATIONS[(index + 1) % len(ROTATIONS)])

    def toggle_mirror(self) -> ViewState:
        return self.update(mirror=not self._state.mirror)

    def toggle_freeze(self) -> ViewState:
        return self.update(frozen=not self._state.frozen)

    def step_mode(self, steps: int) -> ViewState:
        return self.update(mode=step_mode(self._state.mode, steps).id)

    def adjust(self, brightness: int = 0, contrast: int = 0) -> ViewState:
        state = self._state
        return self.update(
            brightness=_clamp_step(state.brightness + brightness),
            contrast=_clamp_step(state.contrast + contrast),
        )

    def next_guide(self) -> ViewState:
        """No guide → reading line → mask → no guide."""
        index = GUIDES.index(self._state.guide) if self._state.guide in GUIDES else 0
        return self.update(guide=GUIDES[(index + 1) % len(GUIDES)])

    def move_guide(self, steps: int) -> ViewState:
        position = self._state.guide_position + steps * GUIDE_STEP
        return self.update(guide_position=min(1.0, max(0.0, position)))

    def resize_mask(self, steps: int) -> ViewState:
        height = self._state.mask_height + steps * MASK_STEP
        return self.update(mask_height=min(MAX_MASK_HEIGHT, max(MIN_MASK_HEIGHT, height)))

    # Geometry
    def geometry(self) -> ViewGeometry | None:
        """The view's geometry now, once a frame and the view's size are known."""
        if self.frame_size is None or self.display_size is None:
            return None
        state = self._state
        return view_geometry(
            self.frame_size,
            self.display_size,
            state.zoom,
            state.centre,
            state.rotation,
            state.mirror,
        )

    def _view_fraction(self) -> tuple[float, float]:
        """The view's width and height as fractions of the oriented picture's."""
        geometry = self.geometry()
        if geometry is None:
            zoom = self._state.zoom
            return 1 / zoom, 1 / zoom
        width, height = oriented_size(geometry.frame_size, geometry.rotation)
        left, top, right, bottom = geometry.visible
        return (right - left) / width, (bottom - top) / height

    def _clamped(self, state: ViewState) -> ViewState:
        zoom = clamp_zoom(state.zoom)
        centre = state.centre
        if not all(math.isfinite(value) for value in centre):
            centre = (0.5, 0.5)
        if self.frame_size is not None and self.display_size is not None:
            centre = clamp_centre(centre, zoom, self.frame_size, self.display_size, state.rotation)
        else:
            centre = (min(1.0, max(0.0, centre[0])), min(1.0, max(0.0, centre[1])))
        if zoom == state.zoom and centre == state.centre:
            return state
        return replace(state, zoom=zoom, centre=centre)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:
                log.exception("Magnifier listener failed")


def _clamp_step(value: int) -> int:
    return max(-ADJUST_STEPS, min(ADJUST_STEPS, value))
