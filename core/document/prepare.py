"""All imaging stages in order: from a camera frame to a page ready for OCR, with its layout.

Order matters: the page is found and flattened on the frame as captured (its edges are
clearest there); lighting is evened out before anything measures ink; sideways pages are
turned before letters are measured (a letter's height is only its height when upright);
the page is scaled before deskewing and layout so every later step works at OCR scale.
Whether the page is upside down needs the recogniser and is decided while reading
(`core.reading`), which calls `PreparedPage.turned_over()` when it is.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field

import cv2
import numpy as np

from core.document.dewarp import LineStraightening, straighten_lines
from core.document.layout import Region, find_regions
from core.document.lighting import even_out, ink_mask, light_on_dark
from core.document.page import find_page, flatten, paper_box
from core.document.skew import (
    SIDEWAYS_RATIO,
    TURN_UNSURE,
    best_angle,
    rotate,
    vertical_ratio,
)
from core.document.textsize import letter_height, letters_only, ocr_scale, resize, shrink

log = logging.getLogger(__name__)

#: Longest side of the copy the text is first measured on (fast, and still sharp enough
#: to measure letters of 6 px or more at this size).
_GLANCE_SIZE = 1600
#: Pictures thinner than this (px), or longer than this many times their width, are slivers.
_SLIVER = 8
_SLIVER_RATIO = 50


@dataclass(frozen=True, eq=False)
class PreparedPage:
    """A page as the recogniser should see it, and what was done to get there.

    `image` is grey, upright, flat and at OCR scale; region boxes are in its pixels.
    """

    image: np.ndarray
    regions: tuple[Region, ...]
    letter_height: float
    corners: np.ndarray | None = None
    quarter_turns: int = 0
    skew_degrees: float = 0.0
    scale: float = 1.0
    dewarped: bool = False
    raw: np.ndarray | None = field(default=None, repr=False)
    #: How the lines were straightened (`dewarped`), for telling where a point lay before.
    straightening: LineStraightening | None = field(default=None, repr=False)

    @property
    def text_regions(self) -> tuple[Region, ...]:
        """The regions to read, in reading order."""
        return tuple(sorted((r for r in self.regions if r.kind != "figure"), key=lambda r: r.order))

    def crop(self, region: Region) -> np.ndarray:
        """The pixels of `region`."""
        box = region.box
        return self.image[box.top : box.bottom, box.left : box.right]

    def turned_over(self) -> PreparedPage:
        """The same page turned by 180° (it was upside down), with its layout redone."""
        image = np.ascontiguousarray(self.image[::-1, ::-1])
        raw = None if self.raw is None else np.ascontiguousarray(self.raw[::-1, ::-1])
        regions = find_regions(ink_mask(image), self.letter_height, raw)
        return PreparedPage(
            image,
            tuple(regions),
            self.letter_height,
            self.corners,
            (self.quarter_turns + 2) % 4,
            self.skew_degrees,
            self.scale,
            self.dewarped,
            raw,
        )


def _grey(image: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image


@dataclass(frozen=True, eq=False)
class Glance:
    """A first look at a frame, on a copy at most 1600 px long: where the page is, which way
    up its text runs, how tall its letters are and how much it is tilted.

    It costs a fraction of preparing the whole page at OCR scale, and it is enough to cut
    the page's first lines out of the frame (`core.document.fast_head`) and read them while
    the rest is prepared.
    """

    page: np.ndarray  # found, flattened, negated if light on dark; not yet turned a quarter
    # or scaled (but turned over when `over`)
    corners: np.ndarray | None
    quarter_turns: int  # 0 or 1 (a quarter turn counter-clockwise, as np.rot90)
    negative: bool
    scale: float  # glance pixels per page pixel
    grey: np.ndarray  # the glance, evened out and turned upright (not deskewed)
    raw: np.ndarray  # the glance as captured (grey, upright), where pictures show dark
    letter: float | None  # letter height in page pixels, when measured
    factor: float  # the page's scale for OCR
    angle: float  # the deskewing turn, degrees counter-clockwise
    over: bool = False  # `page` was turned over: its text ran the other way (turned_over)
    #: The ink alone could not tell well whether the text runs across or up and down
    #: (`core.document.skew.TURN_UNSURE`); the pipeline reads the page to know.
    turn_unsure: bool = False

    @property
    def turns(self) -> int:
        """Quarter turns counter-clockwise from the frame as captured to upright."""
        return (self.quarter_turns + (2 if self.over else 0)) % 4

    def turned_over(self) -> Glance:
        """The same glance turned by 180°: a sideways page's text runs up or down, and
        which of the two the ink alone cannot tell (the pipeline reads a line to know)."""
        return dataclasses.replace(
            self,
            page=np.ascontiguousarray(self.page[::-1, ::-1]),
            grey=np.ascontiguousarray(self.grey[::-1, ::-1]),
            raw=np.ascontiguousarray(self.raw[::-1, ::-1]),
            over=not self.over,
        )

    def measured(self, sideways: bool) -> Glance:
        """The glance measured again with its text taken to run up and down (`sideways`)
        or across, as reading the page showed when the ink could not tell."""
        if sideways == bool(self.quarter_turns) and not self.over:
            return dataclasses.replace(self, turn_unsure=False)
        page = np.ascontiguousarray(self.page[::-1, ::-1]) if self.over else self.page
        return _measure(page, self.corners, self.negative, sideways)


def glance_at(image: np.ndarray) -> Glance | None:
    """Find, flatten and measure the page in `image`; None for a sliver with no page in it."""
    if image.ndim == 3 and image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    height, width = image.shape[:2]
    if min(height, width) < _SLIVER or max(height, width) > _SLIVER_RATIO * min(height, width):
        # A strip a few pixels high or a thousand times longer than wide holds no page;
        # turning or deskewing it would only cost memory (a 1×500000 strip: 60 GB).
        log.info("A %dx%d picture is a sliver, not a page", width, height)
        return None
    corners = find_page(image) if image.ndim == 3 else None
    if corners is not None:
        page = flatten(image, corners)
    else:
        box = paper_box(image) if image.ndim == 3 else None
        if box is not None:
            left, top, box_width, box_height = box
            log.info("The page runs out of the frame: cut from the desk at %s", box)
            image = image[top : top + box_height, left : left + box_width]
        page = image

    return _measure(page, corners)


def _measure(
    page: np.ndarray,
    corners: np.ndarray | None,
    negative: bool | None = None,
    sideways: bool | None = None,
) -> Glance:
    """The glance of a found page: light on dark or not (`negative`, found when None),
    which way its text runs (`sideways`, found from the ink when None), its letters and
    tilt."""
    # Measure on a small copy first, so a 12-megapixel photo is shrunk before the costly
    # full-size steps (lighting, layout), not after (measured: benchmarks/README.md#the-glance).
    glance_scale = min(1.0, _GLANCE_SIZE / max(page.shape[:2]))
    glance = shrink(page, glance_scale)
    grey = even_out(glance)
    glance_ink = ink_mask(grey)
    negative_ink = light_on_dark(glance, glance_ink) if negative is None else None
    if negative_ink is not None:
        page, glance, glance_ink = cv2.bitwise_not(page), cv2.bitwise_not(glance), negative_ink
        grey = even_out(glance)
    raw = _grey(glance)
    glance_letters = letters_only(glance_ink)
    quarter_turns = 0
    glance_letter = letter_height(glance_ink)
    unsure = False
    if sideways is None:
        ratio = vertical_ratio(glance_letters, glance_letter)
        sideways = ratio < SIDEWAYS_RATIO
        # Without letters (an empty desk) there is nothing to read either way.
        unsure = glance_letter is not None and TURN_UNSURE[0] <= ratio < TURN_UNSURE[1]
    if sideways:
        quarter_turns = 1
        grey = np.ascontiguousarray(np.rot90(grey))
        raw = np.ascontiguousarray(np.rot90(raw))
        glance_ink = np.ascontiguousarray(np.rot90(glance_ink))
        glance_letters = np.ascontiguousarray(np.rot90(glance_letters))
        glance_letter = letter_height(glance_ink)  # letters' heights differ from widths
    letter = glance_letter / glance_scale if glance_letter else None
    angle, _ = best_angle(glance_letters)
    return Glance(
        page,
        corners,
        quarter_turns,
        negative_ink is not None if negative is None else negative,
        glance.shape[1] / page.shape[1],
        grey,
        raw,
        letter,
        ocr_scale(letter),
        angle if abs(angle) >= 0.2 else 0.0,
        turn_unsure=unsure,
    )


def prepare_page(image: np.ndarray) -> PreparedPage:
    """Find, flatten, level, turn, scale, deskew and straighten the page; find its layout.

    Light text on a dark ground is made dark on light first.
    """
    glance = glance_at(image)
    if glance is None:
        grey = _grey(image[..., :3] if image.ndim == 3 else image)
        return PreparedPage(grey, (), 30.0, raw=grey)
    return finish_page(glance)


def finish_page(glance: Glance) -> PreparedPage:
    """The page of `glance` at OCR scale: evened out, upright, deskewed, with its layout."""
    page, factor, angle = glance.page, glance.factor, glance.angle
    if factor < 1:
        page = resize(page, factor)
    if glance.quarter_turns:
        page = np.ascontiguousarray(np.rot90(page))
    raw = _grey(page)
    grey = even_out(page)
    if factor > 1:
        grey, raw = resize(grey, factor), resize(raw, factor)
    scaled_letter = (glance.letter or 30.0) * factor
    if angle:
        grey, raw = rotate(grey, angle), rotate(raw, angle)
    ink = ink_mask(grey)
    straightened = straighten_lines(grey, ink, scaled_letter)
    dewarped = straightened is not None
    if straightened is not None:
        grey, raw = straightened.apply(grey), straightened.apply(raw)
        ink = ink_mask(grey)
    regions = find_regions(ink, scaled_letter, raw)
    log.info(
        "Prepared page: corners %s, %d quarter turns, %.1f° skew, letters %.0f px, "
        "scale %.2f, %d regions%s%s",
        "found" if glance.corners is not None else "not found",
        glance.turns,
        angle,
        glance.letter or 0,
        factor,
        len(regions),
        ", straightened" if dewarped else "",
        ", light on dark" if glance.negative else "",
    )
    return PreparedPage(
        grey,
        tuple(regions),
        scaled_letter,
        glance.corners,
        glance.turns,
        angle,
        factor,
        dewarped,
        raw,
        straightened,
    )
