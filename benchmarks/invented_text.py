"""Frames without text read as `bitna read` reads them: the characters Bitna invents.

Issue 28: a blank white A4 sheet under an 8 MP document camera, the desk around it, was
printed as "962192" (exit 0). Frames here, all generated the same on every run (seeded):
- blank and near-blank sheets on a desk (`synthetic_photos.photograph`), at document-camera
  size (3264x2448) and 1080p webcam size: white, cream, grey recycled, folded, crumpled,
  under a light gradient or a vignette, a hand's or a mug's shadow across, in steep
  perspective, small, partly out of the frame, filling it; a ruled pad, a faint pencil
  grid, dot-grid paper;
- plain coloured surfaces with sensor noise and JPEG compression; wood grain and planks;
  fabrics (plain weave, knit, denim twill, tweed herringbone); a hand over a desk or a sheet;
- no_text.py's generated frames (texture, noise, rug, wood, desk, cloths, white, black) and
  the shared face and scene photos (../shared/data/faces).

Each frame is written to a file and read by `core.cli` (`bitna read FRAME --lang L`) in this
process; invented characters are the non-space characters it printed as the page's text.
Beside them: the short words that must still read (a "Salt" and a "소금" jar label, on a
card and on a jar, by document camera and webcam), and every real page no_text.py's
`pages_rejected` looks at (the shared pages and synthetic photos): none may be taken for a
frame without text.

The pages are looked at (the look alone, a few minutes) and read whole (about ten).

Run: .venv/bin/python benchmarks/invented_text.py [--quick] [--no-pages] [--only TEXT]
     [--languages eng,eng+kor] [--save DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import itertools
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from benchmarks.document_pages import font_path  # noqa: E402
from benchmarks.no_text import frames as no_text_frames  # noqa: E402
from benchmarks.no_text import pages_rejected  # noqa: E402
from benchmarks.synthetic_photos import FRAME, Look, photograph  # noqa: E402

log = logging.getLogger(__name__)

RESULTS = ROOT / "benchmarks" / "results" / "invented_text.json"
#: The 8 MP document camera's and a 1080p webcam's frames, width and height.
DOCUMENT_CAMERA = FRAME
WEBCAM = (1920, 1080)
#: An A4 sheet at 150 dpi: as many pixels as a document camera gives it.
SHEET = (1754, 1240)  # rows, columns

Frame = Callable[[], np.ndarray]


def _jpeg(frame: np.ndarray, quality: int = 85) -> np.ndarray:
    """`frame` as a camera saves it."""
    _, encoded = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    decoded = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    assert decoded is not None
    return decoded


def _smooth_noise(rng: np.random.Generator, shape: tuple[int, int], scale: float) -> np.ndarray:
    """Noise of mean 0, about unit size, varying over `scale` pixels."""
    rows, columns = shape
    small = rng.normal(0, 1, (max(2, int(rows / scale)), max(2, int(columns / scale))))
    big = cv2.resize(small.astype(np.float32), (columns, rows), interpolation=cv2.INTER_CUBIC)
    return big / max(float(big.std()), 1e-6)


def _camera(picture: np.ndarray, rng: np.random.Generator, noise: float = 4.0) -> np.ndarray:
    """A picture (float BGR) with a lens's blur, sensor noise and JPEG compression."""
    picture = cv2.GaussianBlur(picture.astype(np.float32), (0, 0), 0.8)
    picture += rng.normal(0, noise, picture.shape).astype(np.float32)
    return _jpeg(np.clip(picture, 0, 255).astype(np.uint8))


# Sheets: what lies on the desk, before it is photographed.


def _paper(colour: tuple[int, int, int]) -> np.ndarray:
    return np.full((*SHEET, 3), colour, np.float32)


def _recycled(rng: np.random.Generator) -> np.ndarray:
    """Grey recycled paper: blotchy, with dark specks and short fibres."""
    sheet = _paper((196, 200, 202)) + 6 * _smooth_noise(rng, SHEET, 30)[..., None]
    for _ in range(1500):
        y, x = rng.integers(0, SHEET[0]), rng.integers(0, SHEET[1])
        length, angle = rng.uniform(1, 9), rng.uniform(0, np.pi)
        end = (int(x + length * np.cos(angle)), int(y + length * np.sin(angle)))
        shade = float(rng.uniform(90, 170))
        cv2.line(sheet, (int(x), int(y)), end, (shade, shade, shade), 1)
    return sheet


def _folded(rng: np.random.Generator) -> np.ndarray:
    """A letter folded in three and once across: each panel lit its own way, a crease
    (a dark line beside a bright one) between them."""
    rows, columns = SHEET
    sheet = _paper((244, 246, 247))
    edges_y = [0, rows // 3, 2 * rows // 3, rows]
    edges_x = [0, columns // 2, columns]
    for top, bottom in itertools.pairwise(edges_y):
        for left, right in itertools.pairwise(edges_x):
            sheet[top:bottom, left:right] *= rng.uniform(0.88, 1.0)
    for y in edges_y[1:-1]:
        cv2.line(sheet, (0, y), (columns, y + int(rng.integers(-8, 8))), (170, 172, 175), 2)
        cv2.line(sheet, (0, y + 3), (columns, y + 3), (255, 255, 255), 2)
    cv2.line(sheet, (edges_x[1], 0), (edges_x[1] + 6, rows), (185, 186, 188), 2)
    return cv2.GaussianBlur(sheet, (0, 0), 1.0)


def _crumpled(rng: np.random.Generator) -> np.ndarray:
    """A crumpled sheet smoothed out: facets of light and shade, creases along their edges."""
    rows, columns = SHEET
    small = (rows // 4, columns // 4)  # the facets found on a quarter-size grid: faster
    points = np.column_stack([rng.integers(0, small[1], 60), rng.integers(0, small[0], 60)])
    y, x = np.mgrid[0 : small[0], 0 : small[1]]
    nearest_small = np.zeros(small, np.int32)
    best = np.full(small, np.inf, np.float32)
    for index, (px, py) in enumerate(points):
        distance = ((x - px) ** 2 + (y - py) ** 2).astype(np.float32)
        closer = distance < best
        best[closer], nearest_small[closer] = distance[closer], index
    nearest = cv2.resize(nearest_small, (columns, rows), interpolation=cv2.INTER_NEAREST)
    facets = rng.uniform(0.78, 1.0, len(points)).astype(np.float32)[nearest]
    light = cv2.GaussianBlur(facets, (0, 0), 4)
    sheet: np.ndarray = _paper((246, 247, 248)) * light[..., None]
    creases = cv2.Canny((nearest * 4 % 255).astype(np.uint8), 1, 1)
    sheet[creases > 0] *= 0.82
    return cv2.GaussianBlur(sheet, (0, 0), 1.2)


def _ruled(rng: np.random.Generator) -> np.ndarray:
    """A ruled pad, nothing written: pale blue lines, a red margin, two punched holes."""
    rows, columns = SHEET
    sheet = _paper((250, 250, 250))
    for y in range(220, rows - 40, 48):
        cv2.line(sheet, (0, y), (columns, y), (225, 190, 160), 2)
    cv2.line(sheet, (170, 0), (170, rows), (150, 150, 235), 2)
    for y in (rows // 3, 2 * rows // 3):
        cv2.circle(sheet, (70, y), 22, (120, 115, 110), -1)
    return sheet


def _pencil_grid(rng: np.random.Generator) -> np.ndarray:
    """Squared paper in faint grey, every 5 mm."""
    rows, columns = SHEET
    sheet = _paper((248, 248, 248))
    for y in range(30, rows, 30):
        cv2.line(sheet, (0, y), (columns, y), (212, 212, 212), 1)
    for x in range(30, columns, 30):
        cv2.line(sheet, (x, 0), (x, rows), (212, 212, 212), 1)
    return sheet


def _dot_grid(rng: np.random.Generator) -> np.ndarray:
    """Dot-grid paper: a grey dot every 5 mm."""
    rows, columns = SHEET
    sheet = _paper((249, 249, 249))
    for y in range(30, rows, 30):
        for x in range(30, columns, 30):
            cv2.circle(sheet, (x, y), 2, (160, 160, 160), -1)
    return sheet


# What falls on the photographed sheet.


def _hand_mask(size: tuple[int, int], rng: np.random.Generator, reach: float) -> np.ndarray:
    """A hand and forearm coming in from the bottom edge, as 0..1 cover; `reach` is how far
    up the frame the fingertips go."""
    width, height = size
    mask = np.zeros((height, width), np.float32)
    scale = height / 1080
    wrist = (int(width * rng.uniform(0.35, 0.65)), int(height * (1.05 - reach / 2)))
    cv2.line(mask, wrist, (wrist[0] + int(80 * scale), height + 50), 1.0, int(170 * scale))
    palm_centre = (wrist[0], wrist[1] - int(110 * scale))
    cv2.ellipse(mask, palm_centre, (int(95 * scale), int(120 * scale)), 0, 0, 360, 1.0, -1)
    for index, (angle, length) in enumerate(((-25, 190), (-8, 230), (6, 240), (20, 215))):
        base = (palm_centre[0] - int((60 - 40 * index) * scale), palm_centre[1] - int(90 * scale))
        radians = np.radians(angle)
        tip = (
            base[0] + int(length * scale * np.sin(radians)),
            base[1] - int(length * scale * np.cos(radians)),
        )
        cv2.line(mask, base, tip, 1.0, int(42 * scale))
        cv2.circle(mask, tip, int(21 * scale), 1.0, -1)
    thumb = (palm_centre[0] + int(90 * scale), palm_centre[1] + int(20 * scale))
    thumb_tip = (thumb[0] + int(150 * scale), thumb[1] - int(110 * scale))
    cv2.line(mask, thumb, thumb_tip, 1.0, int(48 * scale))
    cv2.circle(mask, thumb_tip, int(24 * scale), 1.0, -1)
    return mask


def _with_hand(
    frame: np.ndarray, rng: np.random.Generator, skin: tuple[int, int, int]
) -> np.ndarray:
    """A hand laid over `frame`: skin shaded towards its edges, creases at the knuckles, its
    soft shadow beside it."""
    height, width = frame.shape[:2]
    mask = _hand_mask((width, height), rng, reach=rng.uniform(0.6, 0.8))
    shift = np.array([[1, 0, 25 * height / 1080], [0, 1, 30 * height / 1080]], np.float32)
    shadow = cv2.GaussianBlur(cv2.warpAffine(mask, shift, (width, height)), (0, 0), height / 60)
    picture = frame.astype(np.float32) * (1 - 0.45 * shadow[..., None])
    rounded = cv2.GaussianBlur(mask, (0, 0), height / 80)
    shading = 0.7 + 0.3 * rounded + 0.05 * _smooth_noise(rng, (height, width), height / 20)
    hand = np.array(skin, np.float32) * shading[..., None]
    creases = np.zeros((height, width), np.float32)
    inside_y, inside_x = np.nonzero(mask > 0.5)
    for pick in rng.integers(0, len(inside_y), 12):  # knuckle and palm creases
        centre = (int(inside_x[pick]), int(inside_y[pick]))
        axes = (int(rng.uniform(10, 25) * height / 1080), int(3 * height / 1080) + 1)
        cv2.ellipse(creases, centre, axes, float(rng.uniform(-20, 20)), 0, 180, 1.0, 2)
    hand *= 1 - 0.4 * cv2.GaussianBlur(creases * mask, (0, 0), 1.0)[..., None]
    edge = cv2.GaussianBlur(mask, (0, 0), 1.5)[..., None]
    picture = picture * (1 - edge) + hand * edge
    return _camera(picture, rng, noise=3)


def _shadow(frame: np.ndarray, rng: np.random.Generator, kind: str) -> np.ndarray:
    """A soft shadow across `frame`: a hand held over it, or a mug beside it."""
    height, width = frame.shape[:2]
    if kind == "hand":
        mask = _hand_mask((width, height), rng, reach=0.75)
        blur, depth = height / 40, 0.5
    else:
        mask = np.zeros((height, width), np.float32)
        centre = (int(width * 0.62), int(height * 0.35))
        cv2.ellipse(mask, centre, (int(width * 0.22), int(height * 0.09)), -30, 0, 360, 1.0, -1)
        blur, depth = height / 80, 0.55
    shadow = cv2.GaussianBlur(mask, (0, 0), blur)[..., None]
    return _jpeg(np.clip(frame * (1 - depth * shadow), 0, 255).astype(np.uint8))


def _vignette(frame: np.ndarray, strength: float = 0.55) -> np.ndarray:
    """Dark corners, as a cheap lens or a lamp right above gives."""
    height, width = frame.shape[:2]
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    radius = ((x / width - 0.5) ** 2 + (y / height - 0.5) ** 2) / 0.5
    light = 1 - strength * radius
    return _jpeg(np.clip(frame * light[..., None], 0, 255).astype(np.uint8))


def _off_frame(sheet: np.ndarray, seed: int, size: tuple[int, int]) -> np.ndarray:
    """The sheet photographed with a third of it off the frame's left edge."""
    width, height = size
    wide = photograph(sheet, Look(seed, frame=(2 * width, height), page_height=0.9))
    return np.ascontiguousarray(wide[:, int(0.92 * width) : int(0.92 * width) + width])


def sheets() -> dict[str, Frame]:
    """Blank and near-blank sheets on a desk, by document camera and webcam."""
    doc, cam = DOCUMENT_CAMERA, WEBCAM

    def on_desk(make: Callable[[np.random.Generator], np.ndarray], seed: int, **look: Any) -> Frame:
        def frame() -> np.ndarray:
            sheet = make(np.random.default_rng(seed))
            return photograph(sheet, Look(seed, **look))

        return frame

    def then(made: Frame, after: Callable[[np.ndarray], np.ndarray]) -> Frame:
        return lambda: after(made())

    def white(rng: np.random.Generator) -> np.ndarray:
        return _paper((250, 250, 250))

    def cream(rng: np.random.Generator) -> np.ndarray:
        return _paper((212, 236, 246))

    webcam: dict[str, Any] = {"frame": cam, "page_height": 0.95, "blur": 0.7}
    return {
        "white sheet 8 MP": on_desk(white, 11),
        "white sheet 1080p": on_desk(white, 12, **webcam),
        "white sheet small 8 MP": on_desk(white, 13, page_height=0.5),
        "white sheet filling 8 MP": on_desk(white, 14, page_height=1.5, tilt=0.02),
        "cream sheet 8 MP": on_desk(cream, 15),
        "cream sheet 1080p": on_desk(cream, 16, **webcam),
        "recycled sheet 8 MP": on_desk(_recycled, 17),
        "recycled sheet 1080p": on_desk(_recycled, 18, **webcam),
        "folded sheet 8 MP": on_desk(_folded, 19),
        "folded sheet 1080p": on_desk(_folded, 20, **webcam),
        "crumpled sheet 8 MP": on_desk(_crumpled, 21),
        "crumpled sheet 1080p": on_desk(_crumpled, 22, **webcam),
        "sheet, strong light slope 8 MP": on_desk(white, 23, shade=0.75),
        "sheet, vignette 8 MP": then(on_desk(white, 24), _vignette),
        "sheet, vignette 1080p": then(on_desk(cream, 25, **webcam), _vignette),
        "sheet, hand's shadow 8 MP": then(
            on_desk(white, 26), lambda f: _shadow(f, np.random.default_rng(26), "hand")
        ),
        "sheet, hand's shadow 1080p": then(
            on_desk(white, 27, **webcam), lambda f: _shadow(f, np.random.default_rng(27), "hand")
        ),
        "sheet, mug's shadow 8 MP": then(
            on_desk(white, 28), lambda f: _shadow(f, np.random.default_rng(28), "mug")
        ),
        "crumpled, hand's shadow 8 MP": then(
            on_desk(_crumpled, 29), lambda f: _shadow(f, np.random.default_rng(29), "hand")
        ),
        "sheet in steep perspective 8 MP": on_desk(white, 30, tilt=0.22),
        "sheet sideways 8 MP": on_desk(white, 31, turns=1, page_height=0.7),
        "sheet off the frame 8 MP": lambda: _off_frame(_paper((250, 250, 250)), 32, doc),
        "sheet off the frame 1080p": lambda: _off_frame(_paper((250, 250, 250)), 33, cam),
        "ruled pad 8 MP": on_desk(_ruled, 34),
        "ruled pad 1080p": on_desk(_ruled, 35, **webcam),
        "pencil grid 8 MP": on_desk(_pencil_grid, 36),
        "pencil grid 1080p": on_desk(_pencil_grid, 37, **webcam),
        "dot grid 8 MP": on_desk(_dot_grid, 38),
    }


# Surfaces that fill the frame.

#: Plain colours (BGR) and the frame each is seen in.
COLOURS = {
    "red": ((40, 40, 190), WEBCAM),
    "blue": ((170, 90, 30), WEBCAM),
    "green": ((70, 150, 60), DOCUMENT_CAMERA),
    "yellow": ((60, 210, 230), WEBCAM),
    "grey": ((128, 128, 128), DOCUMENT_CAMERA),
    "black": ((25, 25, 28), WEBCAM),
    "brown": ((50, 85, 130), DOCUMENT_CAMERA),
    "pink": ((190, 170, 240), WEBCAM),
}


def _plain(colour: tuple[int, int, int], size: tuple[int, int], seed: int) -> np.ndarray:
    """A plain surface: its colour, light falling off across it, sensor noise, JPEG."""
    rng = np.random.default_rng(seed)
    width, height = size
    light = 1 + 0.08 * _smooth_noise(rng, (height, width), height / 3)
    picture = np.array(colour, np.float32) * light[..., None]
    return _camera(picture, rng, noise=5)


def _wood(size: tuple[int, int], seed: int, planks: bool = False) -> np.ndarray:
    """Wood: rings wandering along the board, fine pores, a knot; planks part it."""
    rng = np.random.default_rng(seed)
    width, height = size
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    period = height / rng.uniform(25, 40)
    wander = 2.5 * _smooth_noise(rng, (height, width), height / 4)
    knot = np.exp(-((x - width * 0.6) ** 2 + (y - height * 0.4) ** 2) / (height / 10) ** 2)
    phase = (y + period * wander) / period + 4 * knot
    rings = 0.5 + 0.5 * np.sin(2 * np.pi * phase) ** 3
    pores = cv2.resize(
        rng.normal(0, 1, (height, max(2, width // 25))).astype(np.float32), (width, height)
    )
    tone = 0.75 + 0.2 * rings + 0.04 * pores
    if planks:
        for row in range(int(height / 4.3), height, int(height / 4.3)):
            tone[row : row + max(2, height // 400)] = 0.35
    picture = np.array((45, 95, 160), np.float32) * tone[..., None]
    return _camera(picture, rng, noise=3)


def _fabric(
    kind: str, size: tuple[int, int], seed: int, thread: float = 1.0, turns: int = 0
) -> np.ndarray:
    """A close view of cloth: plain weave, knit, denim twill or tweed herringbone; its
    threads `thread` times as thick as a 150th of the frame, the cloth `turns` quarter
    turned."""
    rng = np.random.default_rng(seed)
    width, height = size
    if turns % 2:
        width, height = height, width
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    thread = thread * max(4.0, min(width, height) / 150)
    if kind == "weave":
        warp = 0.5 + 0.5 * np.cos(np.pi * ((x % (2 * thread)) / thread - 1))
        weft = 0.5 + 0.5 * np.cos(np.pi * ((y % (2 * thread)) / thread - 1))
        over = ((x // (2 * thread) + y // (2 * thread)) % 2).astype(np.float32)
        tone = 0.7 + 0.3 * (over * warp + (1 - over) * weft)
        colour = (80, 150, 200)
    elif kind == "knit":
        column = (x % (3 * thread)) / (3 * thread)
        row = (y + 1.5 * thread * np.abs(column - 0.5) * 2) % (3 * thread) / (3 * thread)
        tone = 0.6 + 0.4 * np.sin(np.pi * row) * np.sin(np.pi * column) ** 0.5
        colour = (60, 60, 170)
    elif kind == "denim":
        twill = ((x + y) % (2 * thread)) / (2 * thread)
        slubs = 0.08 * _smooth_noise(rng, (height, width), thread * 8)
        tone = 0.65 + 0.25 * np.sin(np.pi * twill) + slubs
        tone += 0.15 * (rng.random((height, width)) > 0.93)
        colour = (120, 70, 35)
    else:  # tweed
        band = (x // (6 * thread)) % 2 * 2 - 1
        herringbone = ((x + band * y) % (2 * thread)) / (2 * thread)
        tone = 0.65 + 0.25 * np.sin(np.pi * herringbone)
        colour = (90, 110, 120)
    picture = np.array(colour, np.float32) * tone[..., None]
    if kind == "tweed":  # flecks of other colours
        flecks = rng.random((height, width)) > 0.985
        picture[flecks] = rng.uniform(40, 220, (int(flecks.sum()), 3))
    return _camera(np.ascontiguousarray(np.rot90(picture, turns)), rng, noise=4)


def surfaces() -> dict[str, Frame]:
    """Plain colours, wood and cloth filling the frame."""
    found: dict[str, Frame] = {}
    for index, (name, (colour, size)) in enumerate(COLOURS.items()):
        label = "8 MP" if size == DOCUMENT_CAMERA else "1080p"
        found[f"plain {name} {label}"] = functools.partial(_plain, colour, size, 40 + index)
    found["wood 8 MP"] = lambda: _wood(DOCUMENT_CAMERA, 50)
    found["wood 1080p"] = lambda: _wood(WEBCAM, 51)
    found["wooden planks 8 MP"] = lambda: _wood(DOCUMENT_CAMERA, 52, planks=True)
    for index, kind in enumerate(("weave", "knit", "denim", "tweed")):
        found[f"{kind} 1080p"] = functools.partial(_fabric, kind, WEBCAM, 60 + index)
    found["weave 8 MP"] = lambda: _fabric("weave", DOCUMENT_CAMERA, 64)
    found["denim 8 MP"] = lambda: _fabric("denim", DOCUMENT_CAMERA, 65)
    # Knit's rows of stitches look like lines of letters to the glance at these sizes.
    found["knit 8 MP"] = lambda: _fabric("knit", DOCUMENT_CAMERA, 66, thread=0.88)
    found["knit sideways 8 MP"] = lambda: _fabric("knit", DOCUMENT_CAMERA, 67, 0.92, turns=1)
    found["knit, thick 1080p"] = lambda: _fabric("knit", WEBCAM, 68, thread=1.16)
    found["knit, thick 720p"] = lambda: _fabric("knit", (1280, 720), 69, thread=1.38)
    return found


#: Skin tones, BGR.
SKINS = {"light": (150, 175, 225), "medium": (95, 130, 185), "dark": (55, 80, 115)}


def hands() -> dict[str, Frame]:
    """A hand over a desk or a blank sheet."""
    blank = _paper((250, 250, 250))

    def hand(base: Frame, seed: int, skin: str) -> Frame:
        return lambda: _with_hand(base(), np.random.default_rng(seed), SKINS[skin])

    return {
        "hand over desk 1080p": hand(lambda: _wood(WEBCAM, 70), 70, "light"),
        "hand over desk 8 MP": hand(
            lambda: _plain((70, 110, 150), DOCUMENT_CAMERA, 71), 71, "dark"
        ),
        "hand over sheet 8 MP": hand(lambda: photograph(blank, Look(72)), 72, "medium"),
        "hand over sheet 1080p": hand(
            lambda: photograph(blank, Look(73, frame=WEBCAM, page_height=0.95)), 73, "light"
        ),
    }


#: Shared photos with real text in them: what is read there is not invented, and is
#: counted apart (`read_in_photos`).
HOLDS_TEXT = {
    "people/img43.jpg": "'AmericanIdol' on the wall behind",
    "no_faces/motorcycle_left.png": "'YAMAHA' and 'MAXIMA' on the tank and the engine",
}


def frames(quick: bool) -> dict[str, Frame]:
    """Every frame without text: generated here, then no_text.py's (its photos among them)."""
    return sheets() | surfaces() | hands() | no_text_frames(quick)


# The short words that must still read.


def _label(word: str, font_file: str, seed: int) -> np.ndarray:
    """A jar label: a white card with one word in bold print (about 1 cm high at 150 dpi)."""
    rng = np.random.default_rng(seed)
    card = Image.new("RGB", (900, 600), (247, 247, 244))
    draw = ImageDraw.Draw(card)
    typeface = ImageFont.truetype(font_path(font_file), 96)
    left, top, right, bottom = draw.textbbox((0, 0), word, font=typeface)
    place = ((900 - (right - left)) // 2 - left, (600 - (bottom - top)) // 2 - top)
    draw.text(place, word, font=typeface, fill=(30, 30, 30))
    draw.rectangle((30, 30, 870, 570), outline=(60, 60, 60), width=4)
    picture = np.asarray(card, np.float32)[..., ::-1].copy()
    return picture + rng.normal(0, 2, picture.shape).astype(np.float32)


def _photographed(label: Frame, look: Look) -> np.ndarray:
    return photograph(label(), look)


def _jar(make_label: Frame, seed: int) -> np.ndarray:
    """The label round a glass jar: squeezed towards its sides and darker there, the jar's
    contents above and below, on a desk, by document camera."""
    rng = np.random.default_rng(seed)
    label = make_label()
    rows, columns = label.shape[:2]
    angle = np.linspace(-1.1, 1.1, columns)
    source = ((np.sin(angle) / np.sin(1.1) + 1) / 2 * (columns - 1)).astype(np.float32)
    map_x = np.tile(source, (rows, 1))
    map_y = np.tile(np.arange(rows, dtype=np.float32)[:, None], (1, columns))
    wrapped = cv2.remap(label, map_x, map_y, cv2.INTER_LINEAR).astype(np.float32)
    wrapped *= (0.6 + 0.4 * np.cos(angle)).astype(np.float32)[None, :, None]
    jar = np.full((rows * 2, columns, 3), (200, 215, 225), np.float32)
    jar *= (0.55 + 0.45 * np.cos(angle))[None, :, None]
    jar += 8 * rng.normal(0, 1, jar.shape).astype(np.float32)
    jar[rows // 2 : rows // 2 + rows] = wrapped
    return photograph(jar, Look(seed, page_height=0.75, tilt=0.02))


def short_words() -> dict[str, tuple[str, str, Frame]]:
    """Frames with one short word: name -> (the word, its languages, the frame)."""
    salt, sogeum = ("Salt", "DejaVuSans-Bold.ttf"), ("소금", "NanumGothicBold.ttf")
    found: dict[str, tuple[str, str, Frame]] = {}
    for (word, font_file), languages, seed in ((salt, "eng", 80), (sogeum, "kor+eng", 90)):
        label = functools.partial(_label, word, font_file, seed)
        found[f"'{word}' label 8 MP"] = (
            word,
            languages,
            functools.partial(_photographed, label, Look(seed, page_height=0.35)),
        )
        found[f"'{word}' jar 8 MP"] = (word, languages, functools.partial(_jar, label, seed + 1))
        webcam = Look(seed + 2, frame=WEBCAM, page_height=0.5, blur=0.7)
        found[f"'{word}' label 1080p"] = (
            word,
            languages,
            functools.partial(_photographed, label, webcam),
        )
    return found


def cli_read(frame: np.ndarray, languages: str, folder: Path) -> tuple[int, str, float]:
    """`bitna read FRAME --lang LANGUAGES` in this process: its exit status, what it printed
    as the page's text, and the seconds it took."""
    from core import cli

    path = folder / "frame.png"
    cv2.imwrite(str(path), frame)
    printed = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
        status = cli.run(
            cli.parse(["--data-dir", str(folder), "read", str(path), "--lang", languages])
        )
    return status, printed.getvalue(), time.perf_counter() - started


def pages_read_as_nothing() -> tuple[int, list[str]]:
    """How many real pages were read whole (as `bitna read` reads them), and those read as
    no text: the look may pass a page that the whole reading then takes for marks."""
    import ocr_accuracy

    from core.ocr.ppocr import shared_engine
    from core.ocr.tesseract import TesseractEngine
    from core.reading.pipeline import ReadPipeline

    engine, photo_engine = TesseractEngine(), shared_engine()
    nothing, count = [], 0
    for case in ocr_accuracy.cases():
        image = case.image if case.image is not None else case.load()
        count += 1
        if (
            ReadPipeline(engine, case.languages, photo_engine=photo_engine)
            .read(image)
            .page.is_empty
        ):
            nothing.append(f"{case.group}/{case.path.name}")
    return count, nothing


def invented(printed: str) -> int:
    """The characters printed as text, spaces aside: all invented on a frame without text."""
    return sum(not character.isspace() for character in printed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="four face photos")
    parser.add_argument("--no-pages", action="store_true", help="skip the real pages")
    parser.add_argument("--only", help="only the frames whose name holds this")
    parser.add_argument("--languages", default="eng,eng+kor", help="comma-separated")
    parser.add_argument("--save", type=Path, help="write the frames to this folder")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    all_languages = args.languages.split(",")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        print(f"{'frame':34} " + " ".join(f"{lang:>16}" for lang in all_languages))
        for name, make in frames(args.quick).items():
            if args.only and args.only not in name:
                continue
            frame = make()
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                cv2.imwrite(str(args.save / f"{name.replace('/', '_')}.jpg"), frame)
            row: dict[str, Any] = {"frame": name, "size": f"{frame.shape[1]}x{frame.shape[0]}"}
            for languages in all_languages:
                status, printed, seconds = cli_read(frame, languages, folder)
                row[languages] = {
                    "status": status,
                    "invented": invented(printed),
                    "text": printed.strip()[:200],
                    "seconds": round(seconds, 3),
                }
            rows.append(row)
            cells = " ".join(
                f"{row[lang]['invented']:>5} {row[lang]['seconds']:>6.2f} s {row[lang]['status']}"
                for lang in all_languages
            )
            said = " | ".join(row[lang]["text"][:30] for lang in all_languages if row[lang]["text"])
            if name in HOLDS_TEXT:
                said = f"(holds text: {HOLDS_TEXT[name]}) {said}"
            print(
                f"{name[:34]:34} {cells}  {said!r}" if said else f"{name[:34]:34} {cells}",
                flush=True,
            )
        words: list[dict[str, Any]] = []
        for name, (word, languages, make) in short_words().items():
            if args.only and args.only not in name:
                continue
            frame = make()
            if args.save:
                cv2.imwrite(str(args.save / f"{name}.jpg"), frame)
            status, printed, seconds = cli_read(frame, languages, folder)
            read = status == 0 and word in printed
            words.append({"frame": name, "word": word, "read": read, "text": printed.strip()})
            print(
                f"{name:34} {'read' if read else 'NOT READ':>8} {seconds:6.2f} s",
                repr(printed.strip()),
            )
    times = [row[lang]["seconds"] for row in rows for lang in all_languages]
    textless = [row for row in rows if row["frame"] not in HOLDS_TEXT]
    summary: dict[str, Any] = {
        "frames": len(textless),
        "invented_characters": {
            lang: sum(row[lang]["invented"] for row in textless) for lang in all_languages
        },
        "frames_inventing": {
            lang: [row["frame"] for row in textless if row[lang]["invented"]]
            for lang in all_languages
        },
        "read_in_photos": {
            row["frame"]: {lang: row[lang]["text"] for lang in all_languages}
            for row in rows
            if row["frame"] in HOLDS_TEXT
        },
        "median_seconds": round(statistics.median(times), 3) if times else None,
        "max_seconds": round(max(times), 3) if times else None,
        "short_words_read": f"{sum(w['read'] for w in words)} of {len(words)}",
    }
    if not args.no_pages:
        count, rejected = pages_rejected()
        summary |= {"pages_looked_at": count, "pages_taken_for_no_text": rejected}
        count, nothing = pages_read_as_nothing()
        summary |= {"pages_read_whole": count, "pages_read_as_no_text": nothing}
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {"frames": rows, "short_words": words, "summary": summary}, indent=1, ensure_ascii=False
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
