"""The demo camera: a letter lying on a desk, filmed live, for when no camera is attached.

It lets a new user (and every test and benchmark) try reading at once. The frame must look
live, or motion-based features (auto-capture, "hold still") would behave unlike a real
camera: the page drifts by a few pixels and sways by a fraction of a degree over seconds,
and each frame has its own sensor noise. Cheap by construction: the scene is composed once;
a frame is a copy of it, one warpAffine of the patch around the page, and one saturating add
of a window into a precomputed noise field.
"""

from __future__ import annotations

import logging
import math
import random
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import cv2
import numpy as np

from core.plumbing.errors import CameraError
from core.plumbing.i18n import mark_tr, tr

log = logging.getLogger(__name__)

PAGE_HEIGHT_SHARE = 0.92
"""The page fills this share of the frame height, as on a well-set-up document camera."""

_PAGE_NAMES = {
    "en": mark_tr("Demo camera (English letter)"),
    "ko": mark_tr("Demo camera (Korean letter)"),
}
_OTHER_PAGE_NAME = mark_tr("Demo camera ({page})")  # a page added later without a name here
_PAPER_BGR = np.array([226.0, 235.0, 240.0], dtype=np.float32)  # white paper under warm light
_INK_BGR = np.array([40.0, 37.0, 38.0], dtype=np.float32)
_DESK_BGR = np.array([62.0, 92.0, 128.0], dtype=np.float32)  # a mid-brown wooden desk
_NOISE_MEAN = 8  # noise is stored as 0..16 around this mean, so one saturating add applies it
_NOISE_SIGMA = 2.5
_NOISE_PAD = 64  # each frame takes a window at a different offset into the padded field
_OFFSETS = 997  # how many (dy, dx) window offsets before the pattern repeats (a prime)
# Sway: (amplitude, period in seconds) pairs; incommensurate periods never visibly repeat.
_DRIFT_X = ((1.6, 9.7), (0.7, 3.1))
_DRIFT_Y = ((1.2, 12.3), (0.5, 4.3))
_TILT_DEGREES = ((0.22, 15.1), (0.08, 5.3))
_RING = 40  # px of desk (holding the shadow) that move with the page...
_FADE = 28  # ...the outer ones less and less, blending into the still desk


def demo_folder() -> Traversable:
    """Where the demo pages are: in the installed package, or next to the source tree."""
    try:
        return resources.files("resources") / "demo"
    except (OSError, ImportError):
        # An editable install may map resources/ as a namespace package (when its
        # __init__.py was missing at install time); importlib.resources cannot read one
        # on Python 3.11.
        log.debug("importlib.resources cannot read 'resources'; using the source tree")
        return Path(__file__).resolve().parents[2] / "resources" / "demo"


def pages() -> list[str]:
    """The demo pages shipped: codes of resources/demo/demo_<code>.png ("en", "ko")."""
    codes = [
        entry.name[len("demo_") : -len(".png")]
        for entry in demo_folder().iterdir()
        if entry.name.startswith("demo_") and entry.name.endswith(".png")
    ]
    return sorted(codes)


def load_page(page: str) -> np.ndarray:
    """The shipped page image as greys (white paper, black text)."""
    try:
        data = (demo_folder() / f"demo_{page}.png").read_bytes()
    except OSError:
        data = b""
    grey = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE) if data else None
    if grey is None:
        raise CameraError(
            tr("The demo page {page} is missing from Bitna's files. Reinstall Bitna.", page=page)
        )
    return grey


@dataclass(frozen=True)
class _Scene:
    """The still scene (minus the noise mean) and the patch around the page that moves."""

    background: np.ndarray
    patch: np.ndarray  # BGRA
    left: int
    top: int
    centre: tuple[float, float]  # of the page, in patch coordinates
    fade: tuple[tuple[tuple[slice, slice], np.ndarray, np.ndarray], ...]  # strips, weights


class DemoSource:
    """A simulated document camera showing a demo letter; deterministic when given `seed`."""

    def __init__(
        self,
        page: str = "en",
        size: tuple[int, int] = (1920, 1080),
        fps: float = 15,
        *,
        seed: int | None = None,
    ) -> None:
        _check_page(page)
        self.size = size
        self.fps = fps
        self.frame_interval = 1.0 / fps
        self._page = page
        self._seed = random.randrange(2**32) if seed is None else seed
        self._frame_number = 0
        self._scene: _Scene | None = None
        self._desk: np.ndarray | None = None
        self._noise: np.ndarray | None = None
        self._offsets: np.ndarray | None = None
        self._phases = np.zeros(6)

    pages = staticmethod(pages)

    @property
    def name(self) -> str:
        return tr(_PAGE_NAMES.get(self._page, _OTHER_PAGE_NAME), page=self._page)

    @property
    def page(self) -> str:
        return self._page

    @page.setter
    def page(self, page: str) -> None:
        """Show another page; safe while another thread is reading."""
        _check_page(page)
        if self._desk is not None:
            self._scene = self._compose(page)  # built first, then swapped in one assignment
        self._page = page

    def next_page(self) -> str:
        """Switch to the next demo page (wrapping round); returns its code."""
        available = pages()
        index = available.index(self._page) if self._page in available else -1
        self.page = available[(index + 1) % len(available)]
        return self._page

    def open(self) -> None:
        if self._scene is not None:
            return
        width, height = self.size
        rng = np.random.default_rng(self._seed)
        self._desk = _desk(width, height, rng)
        self._noise = _noise_field(width + _NOISE_PAD, height + _NOISE_PAD, rng)
        self._offsets = rng.integers(0, _NOISE_PAD + 1, size=(_OFFSETS, 2))
        self._phases = rng.uniform(0, 2 * math.pi, size=6)
        self._frame_number = 0
        self._scene = self._compose(self._page)
        log.info("Demo camera ready: %s at %dx%d", self._page, width, height)

    def read(self) -> np.ndarray | None:
        scene, noise, offsets = self._scene, self._noise, self._offsets
        if scene is None or noise is None or offsets is None:
            return None
        number = self._frame_number
        self._frame_number += 1
        frame = scene.background.copy()
        # Only the page (with a ring of desk and its shadow) moves, as on a fixed document
        # camera. The patch is warped as BGRA, which OpenCV does twice as fast as BGR, onto a
        # copy of itself (BORDER_TRANSPARENT keeps what is underneath where nothing maps).
        moved = scene.patch.copy()
        cv2.warpAffine(
            scene.patch,
            self._motion(number / self.fps, scene.centre),
            (moved.shape[1], moved.shape[0]),
            dst=moved,
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_TRANSPARENT,
        )
        for strip, moved_weight, still_weight in scene.fade:  # no seam where the ring ends
            moved[strip] = cv2.blendLinear(
                moved[strip], scene.patch[strip], moved_weight, still_weight
            )
        bottom, right = scene.top + moved.shape[0], scene.left + moved.shape[1]
        cv2.cvtColor(moved, cv2.COLOR_BGRA2BGR, dst=frame[scene.top : bottom, scene.left : right])
        height, width = frame.shape[:2]
        dy, dx = offsets[number % _OFFSETS]
        cv2.add(frame, noise[dy : dy + height, dx : dx + width], dst=frame)
        return frame

    def close(self) -> None:
        self._scene = None
        self._desk = self._noise = self._offsets = None

    def _motion(self, seconds: float, centre: tuple[float, float]) -> np.ndarray:
        """The affine map for this moment: a slow drift of a few px and a small tilt."""

        def wave(parts: tuple[tuple[float, float], ...], first_phase: int) -> float:
            return sum(
                amplitude * math.sin(2 * math.pi * seconds / period + self._phases[first_phase + i])
                for i, (amplitude, period) in enumerate(parts)
            )

        matrix = cv2.getRotationMatrix2D(centre, wave(_TILT_DEGREES, 4), 1.0)
        matrix[0, 2] += wave(_DRIFT_X, 0)
        matrix[1, 2] += wave(_DRIFT_Y, 2)
        return matrix

    def _compose(self, page: str) -> _Scene:
        """Lay the page on the desk with a soft shadow, light falloff and lens softness."""
        assert self._desk is not None
        width, height = self.size
        grey = load_page(page)
        page_height = round(height * PAGE_HEIGHT_SHARE)
        page_width = round(page_height * grey.shape[1] / grey.shape[0])
        grey = cv2.resize(grey, (page_width, page_height), interpolation=cv2.INTER_AREA)
        left = (width - page_width) // 2 + round(width * 0.015)
        top = (height - page_height) // 2

        mask = np.zeros((height, width), np.float32)
        mask[top : top + page_height, left : left + page_width] = 1.0
        shadow = cv2.GaussianBlur(np.roll(mask, (9, 6), axis=(0, 1)), (0, 0), 7)
        scene = self._desk * (1.0 - 0.45 * shadow)[..., None]
        ink_share = grey.astype(np.float32)[..., None] / 255.0
        paper = _INK_BGR + (_PAPER_BGR - _INK_BGR) * ink_share
        scene[top : top + page_height, left : left + page_width] = paper
        scene *= _lighting(width, height)[..., None]
        scene = cv2.GaussianBlur(scene, (0, 0), 0.7)
        scene -= _NOISE_MEAN
        background = np.clip(scene, 0, 255).round().astype(np.uint8)

        x0, y0 = max(0, left - _RING), max(0, top - _RING)
        x1, y1 = min(width, left + page_width + _RING), min(height, top + page_height + _RING)
        patch = cv2.cvtColor(background[y0:y1, x0:x1], cv2.COLOR_BGR2BGRA)
        centre = (left - x0 + page_width / 2, top - y0 + page_height / 2)
        return _Scene(background, patch, x0, y0, centre, _fade_strips(*patch.shape[:2]))


def _check_page(page: str) -> None:
    available = pages()
    if page not in available:
        raise CameraError(
            tr(
                "There is no demo page called {page}. Use one of: {pages}.",
                page=page,
                pages=", ".join(available),
            )
        )


def _desk(width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    """A wooden desk: long soft grain streaks, broad blotches and fine texture (float BGR)."""

    def smooth(rows: int, cols: int) -> np.ndarray:
        coarse = rng.standard_normal((rows, cols)).astype(np.float32)
        return cv2.resize(coarse, (width, height), interpolation=cv2.INTER_CUBIC)

    grain = smooth(max(2, height // 3), max(2, width // 90))  # stretched along the boards
    blotches = smooth(6, 10)
    fine = rng.standard_normal((height, width)).astype(np.float32)
    shade = 1.0 + 0.07 * grain + 0.08 * blotches + 0.03 * fine
    return _DESK_BGR * shade[..., None]


def _fade_strips(
    height: int, width: int
) -> tuple[tuple[tuple[slice, slice], np.ndarray, np.ndarray], ...]:
    """The patch's outer band, as four strips with weights fading from moving to still."""
    across_x = np.minimum(np.arange(width), np.arange(width)[::-1])
    across_y = np.minimum(np.arange(height), np.arange(height)[::-1])
    distance = np.minimum(across_x[None, :], across_y[:, None]).astype(np.float32)
    moved = np.clip(distance / _FADE, 0.0, 1.0)
    band = min(_FADE, height // 2, width // 2)
    strips = (
        (slice(0, band), slice(None)),
        (slice(height - band, height), slice(None)),
        (slice(band, height - band), slice(0, band)),
        (slice(band, height - band), slice(width - band, width)),
    )
    return tuple(
        (strip, np.ascontiguousarray(moved[strip]), np.ascontiguousarray(1.0 - moved[strip]))
        for strip in strips
    )


def _lighting(width: int, height: int) -> np.ndarray:
    """Light falling off from a lamp above and a little to the left of the page."""
    dx = (np.arange(width, dtype=np.float32) - 0.42 * width) / width
    dy = (np.arange(height, dtype=np.float32) - 0.40 * height) / height
    return 1.0 - 0.35 * (dx[None, :] ** 2 + dy[:, None] ** 2)


def _noise_field(width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    """Sensor noise around _NOISE_MEAN in 0..2*_NOISE_MEAN, independent per channel."""
    spread = 13  # channels are windows of one field, offset so they do not correlate
    grey = rng.standard_normal((height + spread, width + spread), dtype=np.float32)
    grey = np.clip(grey * _NOISE_SIGMA + (_NOISE_MEAN + 0.5), 0, 2 * _NOISE_MEAN + 0.5)
    grey = grey.astype(np.uint8)  # truncating after +0.5 rounds
    return np.dstack(
        [grey[:height, :width], grey[5 : 5 + height, spread:], grey[spread:, 7 : 7 + width]]
    )
