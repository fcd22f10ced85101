"""What the magnifier shows: zoom, where, which way up, in which colours, with which guide.

An immutable value, replaced whole on every change, so the render thread always sees one
consistent state and never half of an update made on the UI thread.
"""

from __future__ import annotations

import bisect
import logging
import math
from dataclasses import dataclass, replace
from typing import Any

from core.magnifier.modes import DEFAULT_MODE, MODES_BY_ID
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

MIN_ZOOM = 1.0
MAX_ZOOM = 20.0
#: Zoom steps for the keys, buttons and wheel: about 20 % apart, in numbers easy to say.
ZOOM_STEPS: tuple[float, ...] = (
    1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0, 12.0, 14.0, 16.0,
    18.0, 20.0,
)  # fmt: skip
ROTATIONS = (0, 90, 180, 270)
GUIDES = ("none", "line", "mask")
#: Brightness and contrast go this many steps either way from the camera's own.
ADJUST_STEPS = 5
MIN_MASK_HEIGHT = 0.05
MAX_MASK_HEIGHT = 0.9


@dataclass(frozen=True)
class ViewState:
    """One moment of the magnifier's settings.

    `centre` is the point of the (rotated, mirrored) picture at the middle of the view, as
    fractions of its width and height, so it survives a change of camera resolution.
    Zoom 1 shows the whole picture; zoom z shows 1/z of its width and height. Guide position
    and mask height are fractions of the view's height.
    """

    zoom: float = 1.0
    centre: tuple[float, float] = (0.5, 0.5)
    rotation: int = 0
    mirror: bool = False
    frozen: bool = False
    mode: str = DEFAULT_MODE
    brightness: int = 0
    contrast: int = 0
    guide: str = "none"
    guide_position: float = 0.5
    mask_height: float = 0.2

    def with_zoom(self, zoom: float) -> ViewState:
        return replace(self, zoom=clamp_zoom(zoom))


def clamp_zoom(zoom: float) -> float:
    if not math.isfinite(zoom):
        return MIN_ZOOM
    return min(MAX_ZOOM, max(MIN_ZOOM, zoom))


def next_zoom_step(zoom: float) -> float:
    """The first step above `zoom` (a zoom between steps, after fit page, goes to the next)."""
    index = bisect.bisect_right(ZOOM_STEPS, zoom + 1e-6)
    return ZOOM_STEPS[min(index, len(ZOOM_STEPS) - 1)]


def previous_zoom_step(zoom: float) -> float:
    """The last step below `zoom`."""
    index = bisect.bisect_left(ZOOM_STEPS, zoom - 1e-6) - 1
    return ZOOM_STEPS[max(index, 0)]


def zoom_phrase(zoom: float, *, start: bool = False) -> str:
    """A zoom as said inside a sentence: "no zoom" at 1x (never "zoom 1 times"), else
    "zoom 2 times"; `start` capitalises it to begin a sentence (Korean has no capitals).
    """
    words = zoom_words(zoom)
    phrase = tr("no zoom") if words == "1" else tr("zoom {zoom} times", zoom=words)
    return phrase[:1].upper() + phrase[1:] if start else phrase


def zoom_words(zoom: float) -> str:
    """A zoom as it is said: a step exactly ("4", "1.25"), else to one decimal ("1.1")."""
    step = min(ZOOM_STEPS, key=lambda value: abs(value - zoom))
    rounded = step if abs(step - zoom) < 0.005 else round(zoom, 1)
    return f"{rounded:.2f}".rstrip("0").rstrip(".")


# Remembering: the fields saved between runs (the place on the page and freeze are not).
SAVED_FIELDS = (
    "zoom", "rotation", "mirror", "mode", "brightness", "contrast", "guide", "guide_position",
    "mask_height",
)  # fmt: skip


def saved_values(state: ViewState) -> dict[str, Any]:
    """The state's remembered fields as plain JSON values."""
    return {name: getattr(state, name) for name in SAVED_FIELDS}


def restore(values: dict[str, Any], base: ViewState | None = None) -> ViewState:
    """A state from remembered values; a missing or bad value keeps `base`'s."""
    state = base or ViewState()
    checks = {
        "zoom": lambda v: isinstance(v, (int, float)) and MIN_ZOOM <= v <= MAX_ZOOM,
        "rotation": lambda v: v in ROTATIONS,
        "mirror": lambda v: isinstance(v, bool),
        "mode": lambda v: v in MODES_BY_ID,
        "brightness": lambda v: isinstance(v, int) and abs(v) <= ADJUST_STEPS,
        "contrast": lambda v: isinstance(v, int) and abs(v) <= ADJUST_STEPS,
        "guide": lambda v: v in GUIDES,
        "guide_position": lambda v: isinstance(v, (int, float)) and 0 <= v <= 1,
        "mask_height": lambda v: (
            isinstance(v, (int, float)) and MIN_MASK_HEIGHT <= v <= MAX_MASK_HEIGHT
        ),
    }
    changes: dict[str, Any] = {}
    for name, check in checks.items():
        if name not in values:
            continue
        value = values[name]
        if isinstance(value, bool) and name != "mirror":
            value = None  # JSON true is not a zoom of 1
        if value is not None and check(value):
            changes[name] = (
                float(value) if name in ("zoom", "guide_position", "mask_height") else value
            )
        else:
            log.warning("Ignoring remembered magnifier %s=%r", name, values[name])
    return replace(state, **changes)
