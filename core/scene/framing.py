"""Say what keeps a page from being read: none in view, cut off, too far, dark, glare, tilted.

Built on `core.document`: `page.find_page` says when the whole sheet is in view (its four
corners away from the frame's edge) and how it lies; `lighting.paper_background` gives the
paper's brightness with the ink taken out, which is what shows where the sheet is, whether
the light is too dim and where a reflection burns it out; `textsize.letter_height` measures
the letters against what Tesseract can still enlarge; `skew.best_angle` finds the tilt
when the page fills the view and has no corners to measure.

A side counts as cut off when the paper runs into that edge of the picture. Directions are
given as the user moves the page under a camera looking down: a page cut off on the left
must go right.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

import cv2
import numpy as np

from core.document.lighting import even_out, ink_mask, paper_background
from core.document.page import find_page
from core.document.skew import best_angle
from core.document.textsize import MAX_ENLARGE, TARGET_LETTER_HEIGHT, letter_height, letters_only
from core.plumbing.i18n import mark_tr, tr
from core.scene.watcher import shrink

log = logging.getLogger(__name__)

_WORK_WIDTH = 640
_GLANCE_SIZE = 1600
#: Letters smaller than this (pixels of the camera frame) cannot be enlarged enough to read:
#: Tesseract's scale over the most reading enlarges, plus half a pixel because
#: `letter_height` leaves out marks under 6 px, so a median of 7 means most letters are less.
MIN_LETTER_HEIGHT = TARGET_LETTER_HEIGHT / MAX_ENLARGE + 0.5
#: Paper darker than this (grey level) is too dark to read well.
DARK_PAPER = 80
#: A view with no distinct sheet but this bright all over is a page filling the view.
FILLING_PAPER = 150
#: A page tilted more than this is beyond what reading straightens (core.document.skew).
TILT_LIMIT = 10.0
#: Share of an edge the paper must cover for that side to count as cut off.
_EDGE_SHARE = 0.12
_SIDES = ("top", "bottom", "left", "right")
#: Where to move a page cut off on each side.
_MOVE = {
    "top": mark_tr("down"),
    "bottom": mark_tr("up"),
    "left": mark_tr("to the right"),
    "right": mark_tr("to the left"),
}
_SIDE_NAMES = {
    "top": mark_tr("at the top"),
    "bottom": mark_tr("at the bottom"),
    "left": mark_tr("on the left"),
    "right": mark_tr("on the right"),
}


class Problem(Enum):
    """Something about the view, worst first."""

    NO_PAGE = "no-page"
    TOO_DARK = "too-dark"
    CUT_OFF = "cut-off"
    TOO_FAR = "too-far"
    NO_TEXT = "no-text"
    TILTED = "tilted"
    GLARE = "glare"


#: Problems that make reading fail, so auto-capture speaks guidance instead of reading.
BLOCKING = frozenset(
    {
        Problem.NO_PAGE,
        Problem.TOO_DARK,
        Problem.CUT_OFF,
        Problem.TOO_FAR,
        Problem.NO_TEXT,
        Problem.TILTED,
    }
)
#: Problems a page read with many words unsure may have had, each with something to do
#: about it; "no page" and "no text" cannot be true of a page just read.
REMEDIABLE = (Problem.TOO_DARK, Problem.CUT_OFF, Problem.TOO_FAR, Problem.TILTED, Problem.GLARE)


@dataclass(frozen=True)
class Framing:
    """What is wrong with a view (nothing when `problems` is empty) and the measurements."""

    problems: tuple[Problem, ...]
    cut_sides: tuple[str, ...] = ()
    tilt_degrees: float = 0.0
    letter_height: float | None = None
    paper_level: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def blocking(self) -> bool:
        """True when reading this view would fail."""
        return any(problem in BLOCKING for problem in self.problems)

    def advice(self) -> str:
        """What to say: every problem with what to do about it, or that all is well."""
        if not self.problems:
            return tr("The whole page is in view. Ready to read.")
        return " ".join(self._sentence(problem) for problem in self.problems)

    def remedies(self) -> str | None:
        """What to do about the problems in REMEDIABLE, in the words of `advice`; None when
        there are none, so the caller can fall back on advice of its own."""
        found = [problem for problem in self.problems if problem in REMEDIABLE]
        return " ".join(self._sentence(problem) for problem in found) or None

    def _sentence(self, problem: Problem) -> str:
        if problem is Problem.NO_PAGE:
            return tr("No page in view. Put a page under the camera.")
        if problem is Problem.TOO_DARK:
            return tr("It is too dark. Turn on a light or move the page to a brighter place.")
        if problem is Problem.CUT_OFF:
            sides = set(self.cut_sides)
            if {"left", "right"} <= sides or {"top", "bottom"} <= sides:
                return tr(
                    "The page is larger than the view. Move the camera further from the page."
                )
            where = [tr(_SIDE_NAMES[side]) for side in self.cut_sides]
            move = [tr(_MOVE[side]) for side in self.cut_sides]
            if len(self.cut_sides) > 1:  # two sides at most: three include opposite ones
                where = [tr("{first} and {second}", first=where[0], second=where[1])]
                move = [tr("{first}, then {second}", first=move[0], second=move[1])]
            return tr("The page is cut off {where}. Move it {move}.", where=where[0], move=move[0])
        if problem is Problem.TOO_FAR:
            return tr("The text is too small. Bring the camera closer to the page.")
        if problem is Problem.NO_TEXT:
            return tr("There is a page but no text on it. Turn the page over?")
        if problem is Problem.TILTED:
            if self.tilt_degrees > 0:
                return tr("The page is tilted. Turn it a little anticlockwise.")
            return tr("The page is tilted. Turn it a little clockwise.")
        return tr("There is a bright reflection on the page. Tilt the page or move the light.")


@dataclass(frozen=True)
class _Paper:
    mask: np.ndarray  # the largest bright region, at work size
    box: tuple[int, int, int, int]  # its left, top, width, height at work size
    level: float  # the paper's grey level there
    touched: tuple[str, ...]


def _find_paper(grey: np.ndarray) -> _Paper | None:
    """The sheet as the brightest large region of the ink-free background, or None."""
    background = paper_background(grey)
    _, bright = cv2.threshold(background, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bright, connectivity=4)
    if count <= 1:
        return None
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    mask = labels == largest
    share = float(stats[largest, cv2.CC_STAT_AREA]) / mask.size
    level = float(np.median(background[mask]))
    rest = background[~mask]
    rest_level = float(np.median(rest)) if rest.size else 0.0
    brighter = level > 1.6 * rest_level and level - rest_level > 15
    distinct = rest.size < 0.03 * mask.size or brighter
    if not distinct and float(np.median(background)) >= FILLING_PAPER:
        whole = np.ones(grey.shape, bool)  # no desk in view: the page fills it
        return _Paper(whole, (0, 0, grey.shape[1], grey.shape[0]), level, _SIDES)
    if share < 0.03 or not distinct:
        log.debug("No distinct sheet: share %.2f, paper %.0f, rest %.0f", share, level, rest_level)
        return None
    edges = {"top": mask[0], "bottom": mask[-1], "left": mask[:, 0], "right": mask[:, -1]}
    touched = tuple(side for side in _SIDES if edges[side].mean() > _EDGE_SHARE)
    box = tuple(int(value) for value in stats[largest, :4])
    return _Paper(mask, (box[0], box[1], box[2], box[3]), level, touched)


def _tilt(corners: np.ndarray) -> float:
    """Degrees the page is turned clockwise in the picture: the median of its four edges'
    angles, each folded into -45..45 (which corner is "top-left" does not matter then)."""
    angles = []
    for index in range(4):
        dx, dy = corners[(index + 1) % 4] - corners[index]
        angles.append((np.degrees(np.arctan2(dy, dx)) + 45) % 90 - 45)
    return float(np.median(angles))


def _crop(frame: np.ndarray, paper: _Paper) -> np.ndarray:
    """The part of `frame` in the sheet's box (found at a smaller size), in grey: the
    letters' size does not need colour, and levelling one channel costs a third."""
    left, top, width, height = paper.box
    scale = frame.shape[1] / paper.mask.shape[1]
    rows = slice(int(top * scale), int((top + height) * scale))
    crop = frame[rows, int(left * scale) : int((left + width) * scale)]
    return cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop


def assess(frame: np.ndarray) -> Framing:
    """What is wrong with `frame` (BGR or grey) for reading, measured in tens of milliseconds."""
    grey = shrink(frame, min(_WORK_WIDTH, frame.shape[1]))
    paper = _find_paper(grey)
    if paper is None:
        if float(np.median(grey)) < DARK_PAPER / 2 and grey.std() > 4:
            return Framing((Problem.TOO_DARK,))
        return Framing((Problem.NO_PAGE,))
    problems: list[Problem] = []
    if paper.level < DARK_PAPER:
        problems.append(Problem.TOO_DARK)
    corners = find_page(frame) if frame.ndim == 3 else None
    cut: tuple[str, ...] = () if corners is not None else paper.touched
    if len(cut) == 4:
        cut = ()  # the page fills the view: nothing shows where it runs on
    if cut:
        problems.append(Problem.CUT_OFF)

    page = _crop(frame, paper)
    scale = min(1.0, _GLANCE_SIZE / max(page.shape[:2]))
    small = cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = ink_mask(even_out(small))
    letters = letter_height(ink)
    letter = letters / scale if letters else None
    if letter is None:
        dark_share = float(np.count_nonzero(ink)) / ink.size
        problem = Problem.TOO_FAR if dark_share > 0.004 else Problem.NO_TEXT
        problems.append(problem)
    elif letter < MIN_LETTER_HEIGHT:
        problems.append(Problem.TOO_FAR)

    if corners is not None:
        tilt = _tilt(corners)
    elif letter is not None:
        angle, _ = best_angle(letters_only(ink), limit=30.0)
        tilt = angle  # the counter-clockwise turn that levels a page turned clockwise
    else:
        tilt = 0.0
    if abs(tilt) > TILT_LIMIT:
        problems.append(Problem.TILTED)

    page_grey = grey[paper.mask]
    burnt = float(np.count_nonzero(page_grey >= 250)) / max(1, page_grey.size)
    if paper.level < 230 and burnt > 0.02:
        problems.append(Problem.GLARE)
    order = list(Problem)
    problems.sort(key=order.index)
    result = Framing(tuple(problems), cut, tilt, letter, paper.level)
    log.debug("Framing: %s", result)
    return result


def reading_remedies(frame: np.ndarray) -> str | None:
    """What would have helped a reading of `frame` that came out with many words unsure,
    as the framing measures it; None when it found nothing to do. The window hands it to
    the reading flow and `bitna read` to the advice: core.reading sits below this layer."""
    return assess(frame).remedies()
