"""The magnifier's colour modes: full colour, enhanced grey and true two-colour modes.

A two-colour mode is made by deciding, pixel by pixel, whether the page shows ink or paper,
and painting ink in `text` and paper in `background`: nothing else ever reaches the screen,
so the contrast is exactly the pair's. A test computes every pair's WCAG ratio (≥ 7:1).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

from core.plumbing.i18n import mark_tr

log = logging.getLogger(__name__)


class Kind(Enum):
    """How a mode turns camera pixels into screen pixels."""

    COLOUR = "colour"  # the camera's colours, with brightness and contrast
    GREY = "grey"  # greys stretched from ink to paper (auto exposure)
    TWO_COLOUR = "two-colour"  # thresholded: ink → text colour, paper → background colour


@dataclass(frozen=True)
class ColourMode:
    """One way of showing the page. Colours are "#rrggbb".

    For two-colour modes `text` and `background` are the only colours the picture has. For
    the others they are the darkest and lightest the picture tends to, and colour the
    letterbox; `guide` draws the reading line and the mask's edges (≥ 3:1 against
    `background`, the colour around it).
    """

    id: str
    label: str
    kind: Kind
    text: str
    background: str
    guide: str


COLOUR_MODES: tuple[ColourMode, ...] = (
    ColourMode("full-colour", mark_tr("Full colour"), Kind.COLOUR, "#000000", "#000000", "#ff0000"),
    ColourMode(
        "enhanced-grey", mark_tr("Enhanced grey"), Kind.GREY, "#000000", "#000000", "#ff0000"
    ),
    ColourMode(
        "black-on-white",
        mark_tr("Black on white"),
        Kind.TWO_COLOUR,
        "#000000",
        "#ffffff",
        "#e00000",
    ),
    ColourMode(
        "white-on-black",
        mark_tr("White on black"),
        Kind.TWO_COLOUR,
        "#ffffff",
        "#000000",
        "#ff0000",
    ),
    ColourMode(
        "yellow-on-black",
        mark_tr("Yellow on black"),
        Kind.TWO_COLOUR,
        "#ffff00",
        "#000000",
        "#00ffff",
    ),
    ColourMode(
        "black-on-yellow",
        mark_tr("Black on yellow"),
        Kind.TWO_COLOUR,
        "#000000",
        "#ffff00",
        "#e00000",
    ),
    ColourMode(
        "yellow-on-blue",
        mark_tr("Yellow on blue"),
        Kind.TWO_COLOUR,
        "#ffff00",
        "#0000ff",
        "#00ffff",
    ),
    ColourMode(
        "white-on-blue", mark_tr("White on blue"), Kind.TWO_COLOUR, "#ffffff", "#0000ff", "#ffff00"
    ),
    ColourMode(
        "green-on-black",
        mark_tr("Green on black"),
        Kind.TWO_COLOUR,
        "#00ff00",
        "#000000",
        "#ff00ff",
    ),
)

MODES_BY_ID: dict[str, ColourMode] = {mode.id: mode for mode in COLOUR_MODES}
DEFAULT_MODE = "full-colour"


def mode_for(mode_id: str) -> ColourMode:
    """The mode with this id; an unknown id (an old settings file) gives full colour."""
    mode = MODES_BY_ID.get(mode_id)
    if mode is None:
        log.warning("Unknown colour mode %r; using %s", mode_id, DEFAULT_MODE)
        return MODES_BY_ID[DEFAULT_MODE]
    return mode


def step_mode(mode_id: str, steps: int) -> ColourMode:
    """The mode `steps` places after (or before, when negative) `mode_id`, wrapping round."""
    ids = [mode.id for mode in COLOUR_MODES]
    index = ids.index(mode_id) if mode_id in ids else 0
    return COLOUR_MODES[(index + steps) % len(COLOUR_MODES)]


def bgra(colour: str) -> tuple[int, int, int, int]:
    """ "#rrggbb" as the (blue, green, red, alpha) bytes the render buffers hold."""
    red, green, blue = (int(colour[index : index + 2], 16) for index in (1, 3, 5))
    return blue, green, red, 255
