"""A bottle's or tin's label turned under the camera: seen turning, unwrapped and joined.

A label on a cylinder seen from above shows, at the image column x from the axis, the
label at angle asin(x / R): flat at the front, squeezed to nothing at the edges. Turned
about its axis, the printing slides sideways between the object's edges, which stay put.
So each frame is unwrapped (the inverse of that projection, R from the silhouette's width)
and its front, where the label is least squeezed and sharpest, is laid into one flat strip
of the whole label at the angle the turn has reached; the turn between two frames is the
sideways shift of their unwrapped fronts (phase correlation, in angle units, so it is the
same everywhere on the front). A box slid sideways is not a turning label: its edges move
with its printing, so its printing does not move between them.

Turns measured frame to frame add up their errors, and a blank stretch of label cannot
be measured at all; so each front is also laid against the strip already joined, and the
label is known to have come full circle when a front kept on the way comes into view
again, whatever the measured turn says.

`TurningLabel` is fed frames in order and is cheap: the silhouette and the turn are found
on a copy `ANALYSIS_WIDTH` pixels wide, and only the front band of the full frame is
unwrapped (measured: benchmarks/README.md#turning-labels). `read_label` reads the joined
strip panel by panel, so each of the label's lines comes out whole and once.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from core.document.textsize import letter_height, letters_only, ocr_scale, resize, shrink
from core.text.model import PageText

log = logging.getLogger(__name__)

#: The width (px) of the copy the silhouette and the turn are measured on.
ANALYSIS_WIDTH = 480
#: The least edge strength (mean grey levels per pixel of sideways gradient, on the
#: small copy) an object's edge needs: a bare desk's grain stays under it (9 at most).
MIN_EDGE = 10.0
#: The unwrapped front the turn is measured on: this many degrees either side of the axis,
#: sampled at this many columns.
MEASURE_REACH = 55.0
MEASURE_COLUMNS = 160
#: The front laid into the strip: this many degrees either side of the axis. Wider than
#: a step of the turn between two fed frames, or the strip has holes.
KEEP_REACH = 35.0
#: How long (s) the view must have turned to count as a turning label.
TURNING_SPAN = 0.5
#: The least turn (degrees) over TURNING_SPAN that counts as turning (a slow 10°/s).
TURNING_ANGLE = 4.0
#: How long (s) without turning, or without the object, ends a turn begun.
STOPPED_SPAN = 0.7
#: The least turn (degrees) a stopped or taken-away label needs to be complete.
MIN_COMPLETE = 90.0
#: An object whose width changes by more than this share is another object.
WIDTH_CHANGE = 0.15
#: Blank columns wider than this many letter heights part two panels of a label (a
#: space between words is under half a letter height).
PANEL_GAP = 1.5
#: The scale the front is compared with the strip at, to correct the measured turn.
REGISTER_SCALE = 0.25
#: A front is laid into the strip only after the label turned this many degrees on.
LAY_STEP = 2.0
#: A column of the strip is laid again only from a front this many degrees nearer.
RELAY_MARGIN = 5.0
#: A front is kept every this many degrees of the turn, to know it when it comes round.
ANCHOR_STEP = 30.0
#: A measured front with less printing than this (its rows' spread) is a blank stretch.
PRINTED_ENERGY = 0.02
#: The least phase-correlation response that says a front kept earlier is in view again.
CLOSE_RESPONSE = 0.5
#: Frames running an object must be seen at another width to be taken for another.
ODD_WIDTHS = 3
#: An object not found for this long (s) is out of view.
GONE_AFTER = 0.5
#: The least phase-correlation response trusted as a measured shift.
MIN_RESPONSE = 0.25


@dataclass(frozen=True)
class Silhouette:
    """The object's upright edges and the rows they span, in a picture's pixels."""

    left: float
    right: float
    top: int
    bottom: int

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2

    @property
    def radius(self) -> float:
        return (self.right - self.left) / 2

    def scaled(self, factor: float) -> Silhouette:
        return Silhouette(
            self.left * factor,
            self.right * factor,
            round(self.top * factor),
            round(self.bottom * factor),
        )


def edge_profile(grey: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How strongly each column of `grey` (small, uint8) is an upright edge of an object,
    and the edge strength of each pixel (for the rows the edges span).

    An edge of the object is one long step of brightness the whole length of the object;
    a letter's edges are short and come in pairs of opposite sign. So the signed sideways
    gradient is summed over short runs of rows (which keeps an edge whose sign flips
    between the label and the glass), and its size averaged down the picture.
    """
    smooth = cv2.GaussianBlur(grey, (3, 3), 0).astype(np.float32)
    gradient = cv2.Sobel(smooth, cv2.CV_32F, 1, 0, ksize=3)
    run = max(3, grey.shape[0] // 30) | 1
    strength = np.abs(cv2.boxFilter(gradient, -1, (1, run), normalize=True))
    profile = strength.mean(axis=0)
    profile[:2] = profile[-2:] = 0
    return profile, strength


def find_silhouette(
    grey: np.ndarray, memory: np.ndarray | None = None, last: Silhouette | None = None
) -> tuple[Silhouette | None, np.ndarray]:
    """The upright edges of a cylinder lying up the picture `grey` (small, uint8), or None;
    and the edge profile to pass back as `memory` with the next frame.

    The two strongest edge columns far enough apart are the edges. With `memory` (the
    profile remembered from the frames before) the pair is chosen on the remembered
    profile, where the object's edges, which stay put, add up, and the printing, which
    slides, smears out; the edges are then placed on this frame's own profile. With
    `last` (the silhouette of the frame before, in this picture's pixels) edges still
    standing there are kept, however strongly the print between them edges.
    """
    profile, strength = edge_profile(grey)
    width = len(profile)
    remembered = (
        profile
        if memory is None or memory.shape != profile.shape
        else (0.6 * memory + 0.4 * profile)
    )
    peaks = [
        x
        for x in range(2, width - 2)
        if remembered[x] >= remembered[x - 1]
        and remembered[x] > remembered[x + 1]
        and remembered[x] > 1.0
    ]
    if len(peaks) < 2:
        return None, remembered
    peaks = sorted(peaks, key=lambda x: -remembered[x])[:32]
    pairs = [
        (min(remembered[a], remembered[b]), min(a, b), max(a, b))
        for index, a in enumerate(peaks)
        for b in peaks[index + 1 :]
        if abs(a - b) >= 0.08 * width
    ]
    if not pairs:
        return None, remembered
    strongest = max(score for score, _, _ in pairs)
    # Against the desk (the quarter of columns least edged): an object may fill most of
    # the picture with print, edged all over.
    if strongest < max(MIN_EDGE, 2.0 * float(np.percentile(remembered, 25))):
        return None, remembered
    kept = _kept_edges(profile, last, max(MIN_EDGE, 0.3 * strongest))
    if kept is not None:
        left, right = kept
    else:
        # A line of print ending inside the label can edge as strongly as the label's
        # own faint edge: of the strong pairs, the widest is the object.
        _, left, right = max(
            (pair for pair in pairs if pair[0] >= 0.6 * strongest), key=lambda p: p[2] - p[1]
        )
        left, right = _nearby_peak(profile, left), _nearby_peak(profile, right)
    # Edges remembered, not seen in this frame, are an object gone.
    if right - left < 0.08 * width or min(profile[left], profile[right]) < MIN_EDGE:
        return None, remembered
    rows = _rows_spanned(strength, left, right)
    if rows is None:
        return None, remembered
    return Silhouette(_refine(profile, left), _refine(profile, right), *rows), remembered


def _kept_edges(
    profile: np.ndarray, last: Silhouette | None, least: float
) -> tuple[int, int] | None:
    """The edges of `last` where they still stand (a peak of `profile` of at least `least`
    within a few pixels, as a hand holds an object not quite still), or None."""
    if last is None:
        return None
    edges = []
    for x in (round(last.left), round(last.right)):
        if not 2 <= x < len(profile) - 2:
            return None
        peak = _nearby_peak(profile, x, reach=3)
        if profile[peak] < least or not (
            profile[peak] >= profile[peak - 1] and profile[peak] >= profile[peak + 1]
        ):
            return None
        edges.append(peak)
    return edges[0], edges[1]


def _nearby_peak(profile: np.ndarray, x: int, reach: int = 2) -> int:
    """The strongest column of `profile` within `reach` of `x` (not at the picture's edge)."""
    low, high = max(1, x - reach), min(len(profile) - 2, x + reach)
    return low + int(np.argmax(profile[low : high + 1]))


def _refine(profile: np.ndarray, x: int) -> float:
    """The peak at `x` to a fraction of a pixel (the parabola through it and its neighbours)."""
    a, b, c = profile[x - 1], profile[x], profile[x + 1]
    bend = a - 2 * b + c
    return float(x) if bend >= 0 else float(x + np.clip(0.5 * (a - c) / bend, -1, 1))


def _rows_spanned(strength: np.ndarray, left: int, right: int) -> tuple[int, int] | None:
    """The longest run of rows where both edges show (the object's length in view)."""
    edge = np.minimum(
        strength[:, max(0, left - 1) : left + 2].max(axis=1),
        strength[:, max(0, right - 1) : right + 2].max(axis=1),
    )
    edge = cv2.blur(edge[:, None], (1, 9))[:, 0]
    present = edge > 0.1 * float(np.percentile(edge, 90))
    best, start = (0, 0), None
    for row, on in enumerate([*present, False]):
        if on and start is None:
            start = row
        elif not on and start is not None:
            if row - start > best[1] - best[0]:
                best = (start, row)
            start = None
    if best[1] - best[0] < 0.2 * len(present):
        return None
    return best


def unwrap(
    image: np.ndarray,
    silhouette: Silhouette,
    angles: np.ndarray,
    rows: np.ndarray,
    interpolation: int = cv2.INTER_LINEAR,
) -> np.ndarray:
    """The label at `angles` (radians from the front) and picture `rows`, flattened."""
    x = silhouette.centre + silhouette.radius * np.sin(angles) - 0.5
    map_x = np.broadcast_to(x[None, :].astype(np.float32), (len(rows), len(angles)))
    map_y = np.broadcast_to(rows[:, None].astype(np.float32), map_x.shape)
    return cv2.remap(
        image,
        np.ascontiguousarray(map_x),
        np.ascontiguousarray(map_y),
        interpolation,
        borderMode=cv2.BORDER_REPLICATE,
    )


@dataclass
class _Step:
    """One fed frame's verdict: when, whether the object was there, how far it turned."""

    time: float
    seen: bool
    turn: float  # radians, since the frame fed before


class TurningLabel:
    """Follows a label turned under the camera and joins its fronts into one flat strip.

    Feed it frames in order (every frame, or every second or third: a step of the turn
    between two fed frames must stay under 2 × KEEP_REACH). `turning` says whether the
    view has been a turning label for the last half second; `strip()` is the label joined
    so far, `covered` how many degrees of it, `complete` whether it came full circle or
    turned far enough and then stopped or was taken away. Come full circle, it lays nothing
    more: read the strip, then `reset()` for the next object. An object of another width
    resets it by itself, unless a label turned more than MIN_COMPLETE degrees waits to be
    read: it is then complete, and frames are passed over until `reset()`.
    """

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget the object: the next frame may show another."""
        self._steps: deque[_Step] = deque()
        self._memory: np.ndarray | None = None
        self._last_found: Silhouette | None = None  # the last frame's, on the small copy
        self._odd_widths = 0  # frames running whose object was not as wide as the first
        self._gone = False  # another object came after a label turned: it waits to be read
        self._printed: np.ndarray | None = None  # per measured row: printing seen sliding
        self._rate = 0.0  # radians a second, the last measured
        self._centre: float | None = None  # the object's axis in the last frame (px)
        self._reference: np.ndarray | None = None
        self._reference_top = 0.0  # the small picture's row the reference begins at
        self._reference_drop = 0.0
        self._radius = 0.0  # the first frame's radius (full-size px): the strip's scale
        self._phase = 0.0  # radians turned since the first frame
        self._drop = 0.0  # rows (full size) the object moved down since the first frame
        self._top = 0
        self._bottom = 0
        self._canvas: np.ndarray | None = None
        self._nearest: np.ndarray | None = None
        self._origin = 0
        self._low = math.inf
        self._high = -math.inf
        self._has_turned = False
        self._last_seen = -math.inf
        self._last_turning = -math.inf
        self._time = -math.inf
        self._closure: float | None = None  # the measured turn (radians) one turn takes
        self._front: np.ndarray | None = None  # the last measured front, small
        self._anchors: list[tuple[float, np.ndarray]] = []  # (phase, front) kept on the way
        self._laid_at = math.inf  # the turn the strip was last laid at
        self._closing: float | None = None  # a full circle seen once, to be seen again

    # --- what it knows -------------------------------------------------------------

    @property
    def turning(self) -> bool:
        """Whether the view has been a label turning for the last TURNING_SPAN seconds."""
        # From the last step at or before the span's start: frames come a little early or
        # late, and the steps inside the span alone then often span less than it.
        steps = list(self._steps)
        start = self._time - TURNING_SPAN
        first = max([index for index, step in enumerate(steps) if step.time <= start], default=0)
        steps = steps[first:]
        if len(steps) < 3 or steps[-1].time - steps[0].time < 0.8 * TURNING_SPAN:
            return False
        if not all(step.seen for step in steps):
            return False
        turns = np.array([step.turn for step in steps[1:]])
        moving = np.count_nonzero(np.abs(turns) > math.radians(0.3))
        return bool(abs(turns.sum()) >= math.radians(TURNING_ANGLE) and moving >= 0.6 * len(turns))

    @property
    def in_view(self) -> bool:
        """Whether an upright object was found in the last frame fed (or just before)."""
        return self._time - self._last_seen <= GONE_AFTER

    @property
    def turned_lately(self) -> bool:
        """Whether the label was turning less than STOPPED_SPAN ago: a hand pausing, or
        stopping before `complete` says whether it turned far enough."""
        return self._has_turned and self._time - self._last_turning < STOPPED_SPAN

    @property
    def covered(self) -> float:
        """Degrees of the label laid into the strip (at most 360)."""
        if self._closure is not None:
            return 360.0
        if self._canvas is None or self._high <= self._low:
            return 0.0
        return min(360.0, math.degrees((self._high - self._low) / self._radius))

    @property
    def complete(self) -> bool:
        """Whether the strip holds the whole label, or as much as will be shown: it came
        full circle, or it turned more than MIN_COMPLETE degrees and has now stopped or
        been taken away."""
        if not self._has_turned:
            return False
        if self.covered >= 360.0 or self._gone:
            return True
        idle = self._time - self._last_turning
        return self.covered > MIN_COMPLETE and idle >= STOPPED_SPAN

    def strip(self) -> np.ndarray | None:
        """The label joined so far (grey), one turn at most, cut between words where it
        came full circle; None before it has turned."""
        if self._canvas is None or not self._has_turned or self._high <= self._low:
            return None
        low, high = int(self._low), int(self._high)
        joined = self._canvas[:, low:high]
        if self._closure is not None:
            period = min(high - low, round(self._closure * self._radius))
        elif math.degrees((high - low) / self._radius) >= 355.0:
            period = self._period_of(joined)
        else:
            return joined.copy()
        return _cut_in_gap(joined[:, :period])

    # --- feeding -------------------------------------------------------------------

    def feed(self, frame_bgr: np.ndarray, t: float) -> None:
        """Take the next frame (BGR, any size) at time `t` (seconds)."""
        self._time = t
        if self._gone:
            return
        _height, width = frame_bgr.shape[:2]
        factor = min(1.0, ANALYSIS_WIDTH / width)
        small = shrink(frame_bgr, factor) if factor < 1 else frame_bgr
        grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
        found, self._memory = find_silhouette(grey, self._memory, self._last_found)
        self._last_found = found
        if found is None:
            self._lost(t)
            return
        outline = found.scaled(1 / factor)
        if self._radius and abs(outline.radius - self._radius) > WIDTH_CHANGE * self._radius:
            # Once is a misjudged edge (the frame is passed over); seen on, another object.
            self._odd_widths += 1
            self._last_found = None
            if self._odd_widths < ODD_WIDTHS:
                return
            if self._has_turned and self.covered > MIN_COMPLETE:
                # The label read so far is kept until the caller has read it and resets.
                self._gone = True
                return
            log.debug("the object changed width: another object")
            self.reset()
            self._time = t
        self._odd_widths = 0
        self._last_seen = t
        if not self._radius:
            self._radius = outline.radius
            self._top, self._bottom = outline.top, outline.bottom
        turn = self._measure(grey, found, factor)
        previous = self._steps[-1].time if self._steps else t
        if turn is None:
            # Nothing to measure on (a blank stretch of label): it goes on turning as it
            # did, if it was turning.
            turn = self._rate * (t - previous) if self._has_turned else 0.0
        elif t > previous:
            self._rate = turn / (t - previous)
        # A box slid sideways moves its edges as far as its printing; a label turned in a
        # hand moves its printing much further than the hand moves the object.
        slid = abs(outline.centre - self._centre) if self._centre is not None else 0.0
        self._centre = outline.centre
        if slid > 2.0 and slid > 0.5 * abs(turn) * self._radius:
            turn = 0.0
            self._rate = 0.0
        self._phase += turn
        self._steps.append(_Step(t, True, turn))
        self._trim()
        if self.turning:
            self._has_turned = True
            self._last_turning = t
        # Held still, a front adds nothing to the strip: it is laid once, and again only
        # when the label has turned on.
        if self._closure is None and abs(self._phase - self._laid_at) >= math.radians(LAY_STEP):
            self._laid_at = self._phase
            self._lay(frame_bgr, outline)
            self._close_circle()

    def _lost(self, t: float) -> None:
        self._steps.append(_Step(t, False, 0.0))
        self._trim()
        if t - self._last_seen > 2.0 and self._canvas is not None and not self._has_turned:
            self.reset()
            self._time = t

    def _trim(self) -> None:
        while self._steps and self._steps[0].time < self._time - 2 * TURNING_SPAN:
            self._steps.popleft()

    def _measure(self, grey: np.ndarray, found: Silhouette, factor: float) -> float | None:
        """The turn (radians) since the frame measured before; None for the first frame
        or when the shift could not be measured (a blank stretch of label: the next frame
        is then measured against this one)."""
        reach = math.radians(MEASURE_REACH)
        angles = np.linspace(-reach, reach, MEASURE_COLUMNS)
        top = (self._top + self._drop) * factor
        count = round((self._bottom - self._top) * factor)
        if count < 16:
            return None
        rows = np.clip(top + np.arange(count, dtype=np.float32), 0, grey.shape[0] - 1)
        front = unwrap(grey, found, angles, rows).astype(np.float32)
        front /= np.median(front, axis=0, keepdims=True) + 1.0
        # The shading and the highlight stay put while the printing turns: left in, they
        # pull the measured shift towards none.
        front -= cv2.GaussianBlur(front, (0, 0), 3.0)
        front -= front.mean(axis=0, keepdims=True)
        # Likewise bands printed right round the label, and the label's top and bottom.
        front -= front.mean(axis=1, keepdims=True)
        self._front = front
        if self._reference is None or self._reference.shape != front.shape:
            self._keep_reference(front, top)
            return None
        # Rows that do not change (a hand holding the object's end, a band printed right
        # round) say "no turn": only the rows whose printing moved are compared.
        change = np.abs(front - self._reference).mean(axis=1)
        if self._printed is not None and self._printed.shape == change.shape:
            still = self._printed < 0.3 * float(self._printed.max())
        else:
            still = change < 0.3 * float(change.max())
        front_moving = np.where(still[:, None], 0, front).astype(np.float32)
        reference = np.where(still[:, None], 0, self._reference).astype(np.float32)
        window = _window(front.shape)
        (dx, dy), response = cv2.phaseCorrelate(reference, front_moving, window)
        if response < MIN_RESPONSE:
            self._keep_reference(front, top)
            return None
        # OpenCV's peak is pulled a little towards whole pixels: measure again what is
        # left once the reference is moved by the first answer.
        moved = cv2.warpAffine(
            reference,
            np.array([[1, 0, dx], [0, 1, dy]], np.float32),
            front.shape[::-1],
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REFLECT,
        )
        (rest_x, rest_y), _ = cv2.phaseCorrelate(moved, front_moving, window)
        dx, dy = dx + rest_x, dy + rest_y
        if abs(dx) >= 1.0:
            self._note_printing(front, dx, dy)
        # The rows were taken where the object was last seen: its move since the
        # reference is the measured shift plus the difference of where they were taken.
        self._drop = self._reference_drop + (dy + top - self._reference_top) / factor
        self._keep_reference(front, top)
        # The printing slides towards smaller angles as the label turns forwards.
        return float(-dx * (2 * reach) / (MEASURE_COLUMNS - 1))

    def _close_circle(self) -> None:
        """Keep a front every ANCHOR_STEP degrees on the way round; when the front now in
        view is one kept half a turn or more ago, the label has come full circle, however
        far the measured turn says it has gone (a blank stretch of label cannot be
        measured, and a hand turning back and forth over one adds up errors)."""
        front = self._front
        if front is None or not self._has_turned:
            return
        phase = self._phase
        far_from_kept = all(
            abs(phase - kept) >= math.radians(ANCHOR_STEP) for kept, _ in self._anchors
        )
        if far_from_kept and _printed_energy(front) > PRINTED_ENERGY:
            self._anchors.append((phase, front.copy()))
        behind = [
            (kept, anchor)
            for kept, anchor in self._anchors
            if abs(phase - kept) >= math.pi and anchor.shape == front.shape
        ]
        if not behind:
            return
        behind.sort(key=lambda pair: -_printed_energy(pair[1]))
        window = _window(front.shape)
        step = 2 * math.radians(MEASURE_REACH) / (MEASURE_COLUMNS - 1)
        rows = self._printed_rows(front)
        for kept, anchor in behind[:3]:
            (dx, _), response = cv2.phaseCorrelate(anchor * rows, front * rows, window)
            closure = abs(phase - kept + dx * step)
            if response < CLOSE_RESPONSE or abs(dx) > 0.25 * MEASURE_COLUMNS or closure < math.pi:
                continue
            # Seen twice running, so one chance likeness of two stretches of print does
            # not end the label early.
            earlier = self._closing
            self._closing = closure
            if earlier is not None and abs(earlier - closure) < math.radians(5):
                self._closure = closure
                log.debug("came full circle: one turn measured as %.0f°", math.degrees(closure))
            return
        self._closing = None

    def _printed_rows(self, front: np.ndarray) -> np.ndarray:
        """1 for the rows of `front` printing was seen sliding on, 0 elsewhere (a column)."""
        if self._printed is None or self._printed.shape[0] != front.shape[0]:
            return np.ones((front.shape[0], 1), np.float32)
        printed = self._printed >= 0.3 * float(self._printed.max())
        return printed.astype(np.float32)[:, None]

    def _note_printing(self, front: np.ndarray, dx: float, dy: float) -> None:
        """Note which rows hold printing that slid with the turn: the rows the sideways
        part of the shift explains (a hand moved up or down with the object is explained
        by the upward part alone). A blank stretch of label is then measured on these
        rows only, not on the still hand beside them."""
        reference = self._reference
        assert reference is not None

        def left_over(shift_x: float) -> np.ndarray:
            moved = cv2.warpAffine(
                reference,
                np.array([[1, 0, shift_x], [0, 1, dy]], np.float32),
                front.shape[::-1],
                flags=cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_REFLECT,
            )
            return np.abs(front - moved).mean(axis=1)

        explained = np.clip(left_over(0.0) - left_over(dx), 0, None)
        scale = float(explained.max())
        if scale <= 0:
            return
        explained /= scale
        self._printed = explained if self._printed is None else self._printed + explained

    def _keep_reference(self, front: np.ndarray, top: float) -> None:
        self._reference = front
        self._reference_top = top
        self._reference_drop = self._drop

    def _lay(self, frame_bgr: np.ndarray, outline: Silhouette) -> None:
        """Lay this frame's front into the strip where it is nearer the front than what
        lies there already, after correcting the measured turn by the strip itself."""
        radius = self._radius
        if self._canvas is None:
            width = round(3 * 2 * math.pi * radius) + 8
            height = self._bottom - self._top
            self._canvas = np.full((height, width), 255, np.uint8)
            self._nearest = np.full(width, np.inf, np.float32)
            self._origin = width // 2
        assert self._nearest is not None
        reach = math.radians(KEEP_REACH)
        first = math.ceil(self._origin + (self._phase - reach) * radius)
        last = math.floor(self._origin + (self._phase + reach) * radius)
        first, last = max(first, 0), min(last, self._canvas.shape[1] - 1)
        if last <= first:
            return
        columns = np.arange(first, last + 1)
        angles = (columns - self._origin) / radius - self._phase
        rows = np.arange(self._canvas.shape[0], dtype=np.float32) + self._top + self._drop
        front = unwrap(frame_bgr, outline, angles, rows)
        if front.ndim == 3:
            front = cv2.cvtColor(front, cv2.COLOR_BGR2GRAY)
        along, down = self._registered(columns, front)
        if down:
            # The printing lies lower in the front than in the strip: the object moved
            # down further than the frame-to-frame measure says (it, and the reference
            # the next measure starts from, are set right; this front is taken again).
            self._drop += down
            self._reference_drop += down
            rows += down
            front = unwrap(frame_bgr, outline, angles, rows)
            if front.ndim == 3:
                front = cv2.cvtColor(front, cv2.COLOR_BGR2GRAY)
        moved = round(along)
        if moved:
            # The front shows the strip's printing `moved` columns on: it belongs there.
            self._phase -= moved / radius
            columns = columns - moved
            inside = (columns >= 0) & (columns < self._canvas.shape[1])
            columns, angles, front = columns[inside], angles[inside], front[:, inside]
        # A column already laid is laid again only from much nearer the front: a hand
        # turning back and forth lays each column from passes whose measured turns differ
        # by a degree or two, and letters mixed from two passes come out doubled.
        nearer = np.abs(angles) < self._nearest[columns] - math.radians(RELAY_MARGIN)
        if not nearer.any():
            return
        columns = columns[nearer]
        self._canvas[:, columns] = front[:, nearer]
        self._nearest[columns] = np.abs(angles[nearer])
        self._low = min(self._low, float(columns[0]))
        self._high = max(self._high, float(columns[-1] + 1))

    def _registered(self, columns: np.ndarray, front: np.ndarray) -> tuple[float, float]:
        """How many columns on, and rows down, from where the measured turn and move put
        it the front's printing lies in the strip (0, 0 where the strip holds too little
        there to tell; rows only when a whole row or more). The turn
        measured frame to frame adds up its errors; measured against the strip, a front
        comes back to where that part of the label was laid before, even after a hand
        turned it back and forth."""
        assert self._canvas is not None and self._nearest is not None
        laid = np.isfinite(self._nearest[columns])
        if len(columns) < 32 or laid.mean() < 0.5:
            return 0.0, 0.0
        # Only where the strip holds printing already (one side of the band, as it turns).
        old = _detail(shrink(self._canvas[:, columns[laid]], REGISTER_SCALE))
        new = _detail(shrink(front[:, laid], REGISTER_SCALE))
        if _printed_energy(old) < PRINTED_ENERGY:
            return 0.0, 0.0
        (dx, dy), response = cv2.phaseCorrelate(old, new, _window(old.shape))
        if response < MIN_RESPONSE or abs(dx) > 0.25 * old.shape[1] or abs(dy) > 4:
            return 0.0, 0.0
        down = dy / REGISTER_SCALE
        return float(dx / REGISTER_SCALE), float(down if abs(down) >= 1 else 0.0)

    def _period_of(self, joined: np.ndarray) -> int:
        """The strip's columns per turn: where a printed piece of its beginning comes
        round again, near 2πR (R is measured from the silhouette, a few per cent out)."""
        expected = round(2 * math.pi * self._radius)
        width = joined.shape[1]
        template_width = round(0.5 * self._radius)
        slack = round(0.05 * expected)
        room = width - expected - slack - template_width  # where a template can begin
        if room <= 0:
            return min(expected, width)
        ink = _ink(joined[:, : room + template_width]).sum(axis=0).astype(np.float32)
        printed = np.convolve(ink, np.ones(template_width, np.float32), mode="valid")
        begin = int(np.argmax(printed[: room + 1]))
        if printed[begin] == 0:
            return min(expected, width)
        template = joined[:, begin : begin + template_width]
        start = begin + expected - slack
        search = joined[:, start : start + 2 * slack + template_width]
        scores = cv2.matchTemplate(search, template, cv2.TM_CCOEFF_NORMED)[0]
        best = int(np.argmax(scores))
        if scores[best] < 0.4:
            return min(expected, width)
        return expected - slack + best


def _detail(picture: np.ndarray) -> np.ndarray:
    """The printing of an unwrapped picture, without its shading (float, mean 0), to
    compare by phase correlation."""
    detail = picture.astype(np.float32)
    detail /= np.median(detail, axis=0, keepdims=True) + 1.0
    detail -= cv2.GaussianBlur(detail, (0, 0), 3.0)
    detail -= detail.mean(axis=0, keepdims=True)
    detail -= detail.mean(axis=1, keepdims=True)
    return detail


def _window(shape: tuple[int, ...]) -> np.ndarray:
    return cv2.createHanningWindow((shape[1], shape[0]), cv2.CV_32F)


def _printed_energy(front: np.ndarray) -> float:
    """How much printing a measured front holds (0 for a blank stretch of label)."""
    rows = np.abs(front).mean(axis=1)
    return float(np.percentile(rows, 80) - np.percentile(rows, 20))


def _cut_in_gap(turn: np.ndarray) -> np.ndarray:
    """One turn of the label, rolled so it begins in the middle of its widest blank
    stretch of columns (the label's seam, or a gap between panels), so no word is cut."""
    inked = _letters(turn).any(axis=0)
    if inked.all() or not inked.any():
        return turn.copy()
    blank = ~inked
    # The runs of blank columns, going round: start at an inked column.
    start = int(np.argmax(inked))
    order = np.roll(blank, -start)
    best_length, best_middle, run = 0, 0, 0
    for index, empty in enumerate([*order, False]):
        if empty:
            run += 1
        else:
            if run > best_length:
                best_length, best_middle = run, index - run // 2
            run = 0
    cut = (best_middle + start) % turn.shape[1]
    return np.roll(turn, -cut, axis=1).copy()


def _ink(grey: np.ndarray) -> np.ndarray:
    """Dark marks on lighter ground (a bool picture): the printing, not the shading."""
    background = cv2.medianBlur(grey, 31) if min(grey.shape) > 31 else grey
    return grey.astype(np.int16) < background.astype(np.int16) - 40


def _letters(grey: np.ndarray) -> np.ndarray:
    """The letters printed on `grey` (255 = ink): not the glass's edges, a hand, or the
    label's own edges."""
    return letters_only(_ink(grey).astype(np.uint8) * 255)


def panels(strip: np.ndarray) -> list[tuple[int, int]]:
    """The strip's panels: column ranges of printing split by blank stretches wider than
    PANEL_GAP letter heights."""
    mask = _letters(strip)
    height = letter_height(mask) or 20.0
    inked = mask.sum(axis=0) > 0
    found: list[tuple[int, int]] = []
    start: int | None = None
    gap = 0
    for column, on in enumerate(inked):
        if on:
            if start is None:
                start = column
            gap = 0
            end = column + 1
        elif start is not None:
            gap += 1
            if gap > PANEL_GAP * height:
                found.append((start, end))
                start = None
    if start is not None:
        found.append((start, end))
    return found


def read_label(strip: np.ndarray, read: Callable[[np.ndarray], PageText]) -> list[str]:
    """The label's lines in reading order: each panel of the joined strip read on its own
    (left to right), its lines top to bottom. `read` is an OCR engine's reading of one
    picture, e.g. `lambda image: engine.recognize(image, "eng+kor", "column")`."""
    lines: list[str] = []
    margin = 12
    for left, right in panels(strip):
        piece = strip[:, max(0, left - margin) : right + margin]
        piece = cv2.copyMakeBorder(piece, margin, margin, margin, margin, cv2.BORDER_REPLICATE)
        height = letter_height((_ink(piece).astype(np.uint8)) * 255)
        piece = resize(piece, ocr_scale(height))
        page = read(piece)
        lines += [text for line in page.lines() if (text := line.text.strip())]
    return lines
