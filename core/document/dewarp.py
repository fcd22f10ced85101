"""Straighten the curved lines of a curled book page.

A page photographed in an open book bends towards the spine, so its lines curve and the
recognisers drop or break up the most curled ones; a page seen in perspective and not
flattened has lines fanning out, which no one deskew levels. Flat pages must not change at
all, so a page is only remapped when its lines are measurably bent or tilted. Measured
(what is read, the thresholds, the cost): benchmarks/README.md#straightening-curled-lines
and #columns-in-photos.

How it works, on a copy shrunk by a whole factor so letters are about 8 px tall:

1. Lines: letter-sized ink (not pictures or page edges) is smeared sideways over two
   letter heights, so each text line becomes one long band; bands shorter than 8 letters
   or thicker than a line are left out. A band gives one sample per letter width: the
   centre (mean y) of its ink there.
2. Field: one smooth vertical displacement d(x, y) is fitted to all samples at once: a
   cubic in x whose coefficients are cubics in the line's height on the page (12
   numbers, plus a free height per line), by least squares, dropping outliers. d is zero
   on the page's middle column, so each line is levelled to the height it has there.
   Fitting the whole page at once keeps neighbouring lines consistent and carries the
   field across short or missing lines.
3. Decision (all in letter heights), with thresholds set well apart from what flat and
   curled test pages measure:
   - a line's bend is how far its fitted centre strays from its straight chord over its
     own span (a tilt is not a bend; deskewing deals with tilts), and its rise how far
     that chord climbs or drops from one end to the other. Deskewing levels a page's one
     tilt, but not lines that fan out (a page seen in perspective whose corners are not
     found, so not flattened: the top lines tilt one way, the bottom ones the other).
     Pages whose most bent line bends less than `BENT` and whose most tilted line rises
     less than `TILTED` are flat;
   - fewer than `MIN_LINES` lines (single lines, signs) give no trustworthy field;
   - samples lying a median `_MISFIT` or more from the field are not the lines of one
     page; neither is a field moving text more than `_MOST_SHIFT` or squeezing rows to
     under `_LEAST_STRETCH` of their height. Photos of people, where smudges pass for
     lines, are stopped by these checks.
   In all these cases the page is left as it is (None).
4. Map: d is evaluated on a grid every 16 px, enlarged to full size and used as
   `cv2.remap`'s map_y (map_x is the identity: no horizontal stretch). Above the first
   and below the last line, and beyond the lines' ends, d is held at its edge value
   rather than extrapolated.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

log = logging.getLogger(__name__)

#: Letter height (px) on the shrunk copy the lines are found on.
_WORK_LETTER = 8.0
#: Fewest text lines a displacement field is fitted to.
MIN_LINES = 5
#: Largest line bend (letter heights) below which a page counts as flat (module doc, 3).
BENT = 0.5
#: Largest rise (letter heights) of a line's chord over its span, after deskewing, below
#: which a page counts as level (module doc, 3).
TILTED = 1.5
#: Degrees of the field: in x along a line, and of each coefficient in the line's height.
_DEGREE_X = 3
_DEGREE_Y = 3
#: A field moving text more than this many letter heights, or squeezing the page to less
#: than this share of its height anywhere, is a bad fit, not a page.
_MOST_SHIFT = 12.0
_LEAST_STRETCH = 0.3
#: Median distance (letter heights) of line centres from the fitted field above which the
#: "lines" are not text lines of one page.
_MISFIT = 0.25
#: Grid step (px at OCR scale) the field is evaluated on before being enlarged.
_GRID = 16


@dataclass(frozen=True)
class LineStraightening:
    """A remapping that makes curved text lines straight: each pixel (x, y) of the
    straightened page is taken from (x, y + shift) of the page as it was, `shift` given on
    a coarse grid (kept small, so the prepared page can keep it)."""

    shift: np.ndarray
    shape: tuple[int, int]  # the page's height and width

    def apply(self, image: np.ndarray) -> np.ndarray:
        """`image` remapped so the lines are straight."""
        map_x, map_y = _remapping(self.shift, self.shape)
        return cv2.remap(image, map_x, map_y, cv2.INTER_LINEAR, borderValue=255)

    def source_y(self, x: float, y: float) -> float:
        """Where the straightened page's point (x, y) lay on the page before: the head read
        ahead was cut from the page as it was (core/reading/streaming.py)."""
        height, width = self.shape
        rows, columns = self.shift.shape
        # As cv2.resize (linear) enlarges the grid: pixel centres aligned.
        gx = min(max((x + 0.5) * columns / width - 0.5, 0.0), columns - 1.0)
        gy = min(max((y + 0.5) * rows / height - 0.5, 0.0), rows - 1.0)
        x0, y0 = min(int(gx), columns - 2), min(int(gy), rows - 2)  # the grid is 2x2 or more
        fx, fy = gx - x0, gy - y0
        x1, y1 = x0 + 1, y0 + 1
        top = (1 - fx) * self.shift[y0, x0] + fx * self.shift[y0, x1]
        bottom = (1 - fx) * self.shift[y1, x0] + fx * self.shift[y1, x1]
        return y + float((1 - fy) * top + fy * bottom)


@dataclass(frozen=True)
class _Line:
    """Centres of one text line's ink, one per letter width, in page pixels."""

    xs: np.ndarray
    ys: np.ndarray


@dataclass(frozen=True)
class _Field:
    """Vertical displacement d(x, y) in normalised page coordinates (-1..1 both ways)."""

    coefficients: np.ndarray
    heights: np.ndarray  # each line's level (its height on the middle column), normalised
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    misfit: float  # median distance (px) of the kept samples from their fitted line

    def displacement(self, xn: np.ndarray, yn: np.ndarray) -> np.ndarray:
        """d at normalised (xn, yn), in normalised units, held at the edges of the lines."""
        xn = np.clip(xn, *self.x_range)
        yn = np.clip(yn, *self.y_range)
        return np.asarray(_terms(xn, yn) @ self.coefficients)


def _terms(xn: np.ndarray, yn: np.ndarray) -> np.ndarray:
    """The field's polynomial terms x^j·y^k (j ≥ 1, so d is 0 on the middle column)."""
    return np.stack(
        [xn**j * yn**k for j in range(1, _DEGREE_X + 1) for k in range(_DEGREE_Y + 1)], axis=-1
    )


def _find_lines(ink: np.ndarray, letter: float) -> list[_Line]:
    """The page's text lines as rows of ink centres (module doc, step 1)."""
    # A whole shrink factor takes OpenCV's fast path (benchmarks/README.md#letter-size).
    factor = max(1, round(letter / _WORK_LETTER))
    small = cv2.resize(ink, None, fx=1 / factor, fy=1 / factor, interpolation=cv2.INTER_AREA)
    small = cv2.threshold(small, 100, 255, cv2.THRESH_BINARY)[1]
    size = letter / factor
    count, labels, stats, _ = cv2.connectedComponentsWithStats(small, connectivity=8)
    heights, widths = stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH]
    oversized = (heights > 2.5 * size) | (widths > 10 * size)
    oversized[0] = False  # the background
    for blob in np.flatnonzero(oversized):
        left, top, width, height = stats[blob, :4]  # not a letter: a picture, an edge
        box = small[top : top + height, left : left + width]
        box[labels[top : top + height, left : left + width] == blob] = 0
    smear = max(3, round(2 * size))
    bands = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((1, smear), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bands, connectivity=8)
    step = max(2, round(size))
    lines = []
    for label in range(1, count):
        left, top, width, height = stats[label, :4]
        if width < 8 * size or height > width / 2:
            continue
        band = labels[top : top + height, left : left + width] == label
        column_ink = band.sum(axis=0).astype(np.float64)
        if np.median(column_ink[column_ink > 0]) > 1.8 * size:
            continue  # lines run together, or a block of something else
        row_sums = (band * np.arange(height, dtype=np.float64)[:, None]).sum(axis=0)
        bins = width // step
        ink_per_bin = column_ink[: bins * step].reshape(bins, step).sum(axis=1)
        rows_per_bin = row_sums[: bins * step].reshape(bins, step).sum(axis=1)
        inked = ink_per_bin >= 0.3 * size * step
        if np.count_nonzero(inked) < 4:
            continue
        xs = left + (np.flatnonzero(inked) + 0.5) * step
        ys = top + rows_per_bin[inked] / ink_per_bin[inked]
        lines.append(_Line((xs + 0.5) * factor - 0.5, (ys + 0.5) * factor - 0.5))
    return lines


def _fit_field(lines: list[_Line], shape: tuple[int, ...], letter: float) -> _Field:
    """The displacement field through all lines' centres (module doc, step 2)."""
    height, width = shape[:2]
    xn = np.concatenate([(line.xs - width / 2) / (width / 2) for line in lines])
    yn = np.concatenate([(line.ys - height / 2) / (height / 2) for line in lines])
    ids = np.concatenate([np.full(len(line.xs), i) for i, line in enumerate(lines)])
    sizes = np.bincount(ids, minlength=len(lines)).astype(np.float64)
    levels = np.bincount(ids, yn) / sizes
    used = np.ones(len(xn), dtype=bool)
    coefficients = np.zeros(_DEGREE_X * (_DEGREE_Y + 1))
    for _ in range(4):
        terms = _terms(xn, levels[ids])
        # Each line's own height is a free unknown: taking every line's means out of its
        # samples and terms leaves a small least-squares problem for the shared shape.
        counts = np.maximum(np.bincount(ids[used], minlength=len(lines)), 1).astype(np.float64)
        mean_y = np.bincount(ids[used], yn[used], minlength=len(lines)) / counts
        mean_terms = np.stack(
            [
                np.bincount(ids[used], terms[used, t], minlength=len(lines)) / counts
                for t in range(terms.shape[1])
            ],
            axis=1,
        )
        centred_terms = terms - mean_terms[ids]
        centred_y = yn - mean_y[ids]
        chosen = centred_terms[used]  # normal equations: 12 unknowns, far faster than SVD
        coefficients = np.linalg.lstsq(chosen.T @ chosen, chosen.T @ centred_y[used], rcond=None)[0]
        levels = mean_y - mean_terms @ coefficients
        residuals = np.abs(centred_terms @ coefficients - centred_y) * height / 2
        spread = 3 * 1.4826 * float(np.median(residuals[used]))
        used = residuals < max(0.3 * letter, spread)
    return _Field(
        coefficients,
        levels,
        (float(xn.min()), float(xn.max())),
        (float(levels.min()), float(levels.max())),
        float(np.median(residuals[used])) if used.any() else float("inf"),
    )


def _largest_bend(field: _Field, lines: list[_Line], shape: tuple[int, ...]) -> float:
    """How far (px) the most bent line's fitted centre strays from its chord (step 3)."""
    centres, along = _fitted_centres(field, lines, shape)
    # The chord is each line's least-squares straight line over its own span.
    slopes = (along * centres).sum(axis=1, keepdims=True) / (along**2).sum(axis=1, keepdims=True)
    chords = centres.mean(axis=1, keepdims=True) + slopes * along
    return float(np.abs(centres - chords).max())


def _largest_rise(field: _Field, lines: list[_Line], shape: tuple[int, ...]) -> float:
    """How far (px) the most tilted line's fitted centre rises from one end to the other
    (step 3): deskewing levels the page's one tilt, not lines that fan out."""
    centres, _ = _fitted_centres(field, lines, shape)
    return float(np.abs(centres[:, -1] - centres[:, 0]).max())


def _fitted_centres(
    field: _Field, lines: list[_Line], shape: tuple[int, ...]
) -> tuple[np.ndarray, np.ndarray]:
    """Each line's fitted centre (px, 32 samples over its span) and where the samples lie
    along it (normalised, about its middle)."""
    height, width = shape[:2]
    ends = np.array([(line.xs.min(), line.xs.max()) for line in lines])
    xs = ends[:, :1] + (ends[:, 1:] - ends[:, :1]) * np.linspace(0, 1, 32)
    xn = (xs - width / 2) / (width / 2)
    levels = np.broadcast_to(field.heights[:, None], xn.shape)
    centres = field.displacement(xn, levels) * height / 2
    return centres, xn - xn.mean(axis=1, keepdims=True)


def _coarse_shift(field: _Field, shape: tuple[int, ...]) -> tuple[np.ndarray, float]:
    """d in page pixels on a grid every `_GRID` px, and the grid's row step (step 4)."""
    height, width = shape[:2]
    grid_x = np.linspace(0, width - 1, max(2, width // _GRID + 1))
    grid_y = np.linspace(0, height - 1, max(2, height // _GRID + 1))
    xn, yn = np.meshgrid((grid_x - width / 2) / (width / 2), (grid_y - height / 2) / (height / 2))
    shift = (field.displacement(xn, yn) * height / 2).astype(np.float32)
    return shift, float(grid_y[1] - grid_y[0])


def _remapping(shift: np.ndarray, shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """map_x and map_y that move each line to its level, from the coarse shift."""
    height, width = shape[:2]
    full = cv2.resize(shift, (width, height), interpolation=cv2.INTER_LINEAR)
    map_x, map_y = np.meshgrid(
        np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32)
    )
    return map_x, map_y + full


def straighten_lines(grey: np.ndarray, ink: np.ndarray, letter: float) -> LineStraightening | None:
    """A remapping that straightens curled lines, or None when the lines are straight.

    `grey` is the evened-out page at OCR scale, `ink` its ink mask (255 = ink), `letter`
    the letter height in its pixels. None also when too few lines are found to tell.
    """
    lines = _find_lines(ink, letter)
    if len(lines) < MIN_LINES:
        log.debug("%d text lines: too few to straighten", len(lines))
        return None
    field = _fit_field(lines, grey.shape, letter)
    if field.misfit > _MISFIT * letter:
        log.debug(
            "Lines fit no smooth curl (%.2f letter heights off): left as they are",
            field.misfit / letter,
        )
        return None
    bend = _largest_bend(field, lines, grey.shape) / letter
    rise = _largest_rise(field, lines, grey.shape) / letter
    if bend < BENT and rise < TILTED:
        log.debug(
            "Lines bend %.2f and rise %.2f letter heights at most: straight enough", bend, rise
        )
        return None
    shift, row_step = _coarse_shift(field, grey.shape)
    largest = float(np.abs(shift).max())
    stretch = float((1 + np.diff(shift, axis=0) / row_step).min()) if len(shift) > 1 else 1.0
    if largest > _MOST_SHIFT * letter or stretch < _LEAST_STRETCH:
        log.info("Line straightening refused: shift %.0f px, stretch %.2f", largest, stretch)
        return None
    log.info(
        "Straightening %d lines that bend up to %.1f and rise up to %.1f letter heights",
        len(lines),
        bend,
        rise,
    )
    return LineStraightening(shift, (grey.shape[0], grey.shape[1]))
