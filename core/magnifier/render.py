"""The per-frame path: camera frame → zoom and pan → colour mode → picture for the screen.

Every step works at the size it is shown, never at the sensor's: the crop is taken as a
view (no copy), turned grey while still small when zoomed in, shrunk by fast halvings
when zoomed out, and resized once. The output is BGRA, the byte order of Qt's RGB32
images, so the widget paints it as it is. Scratch buffers are kept between frames.
"""

from __future__ import annotations

import logging

import cv2
import numpy as np

from core.magnifier.exposure import AutoExposure, Levels
from core.magnifier.geometry import ViewGeometry, orient, oriented_to_raw, view_geometry
from core.magnifier.modes import ColourMode, Kind, bgra, mode_for
from core.magnifier.state import ViewState

log = logging.getLogger(__name__)

#: Brightness steps move the picture by this many grey levels (colour and grey modes)…
BRIGHTNESS_STEP = 20
#: …and contrast steps multiply it by this around the middle grey.
CONTRAST_GAIN = 1.25
#: The two-colour threshold compares each pixel with its neighbourhood: a square this share
#: of the picture's shorter side, so a few lines of text at any zoom.
_NEIGHBOURHOOD = 1 / 24
_INK_MARGIN = 0.12  # ink is this share of the ink-paper spread darker than its neighbourhood
_ALWAYS_INK = 0.30  # darker than this (as a share of the spread above ink) is ink anyway
_NEVER_INK = 0.75  # lighter than this is paper anyway


class Renderer:
    """Renders frames into caller-owned BGRA buffers; keeps its scratch buffers.

    Not thread-safe: one renderer per render thread.
    """

    def __init__(self) -> None:
        self.exposure = AutoExposure()
        self._buffers: dict[str, np.ndarray] = {}
        self._luts: dict[tuple[object, ...], np.ndarray] = {}

    def render(
        self,
        frame: np.ndarray,
        state: ViewState,
        out: np.ndarray,
        *,
        new_frame: bool = True,
    ) -> ViewGeometry:
        """Draw `frame` as `state` says into `out` (H×W×4 uint8, C-contiguous).

        `new_frame` False means the same frame is drawn again (the view changed), so the
        exposure is not measured twice.
        """
        height, width = frame.shape[:2]
        out_h, out_w = out.shape[:2]
        mode = mode_for(state.mode)
        levels = self.exposure.update(frame) if new_frame else self.exposure.levels
        geometry = view_geometry(
            (width, height), (out_w, out_h), state.zoom, state.centre, state.rotation, state.mirror
        )
        pixels = out.view(np.uint32).reshape(out_h, out_w)
        left, top, right, bottom = geometry.picture
        background = _packed(mode.background)
        # The letterbox, in the mode's background colour.
        pixels[:top] = background
        pixels[bottom:] = background
        pixels[top:bottom, :left] = background
        pixels[top:bottom, right:] = background
        if right > left and bottom > top:
            target = out[top:bottom, left:right]
            source = self._crop(frame, geometry, mode)
            short_side = min(width, height) * geometry.scale  # in view pixels
            if mode.kind is Kind.TWO_COLOUR and source.size <= target.shape[0] * target.shape[1]:
                # Zoomed in: the neighbourhood means are smooth, so work them out on the few
                # camera pixels and enlarge them, rather than averaging millions of view pixels.
                local = self._threshold(source, min(width, height), levels, state, "source")
                window = self._scale(source, geometry, "scaled")
                limit = self._scale(local, geometry, "limit")
                self._paint_two_colours(window, limit, mode, target)
            else:
                window = self._scale(source, geometry, "scaled")
                self._colourise(window, mode, state, levels, short_side, target)
        _draw_guide(pixels, state, mode)
        return geometry

    # Zoom and pan
    def _crop(self, frame: np.ndarray, geometry: ViewGeometry, mode: ColourMode) -> np.ndarray:
        """The camera pixels behind the view (a view of `frame`, or grey, or halved)."""
        raw = oriented_to_raw(
            geometry.crop, geometry.frame_size, geometry.rotation, geometry.mirror
        )
        source = frame[raw[1] : raw[3], raw[0] : raw[2]]
        grey = mode.kind is not Kind.COLOUR
        if grey and source.ndim == 3:
            source = cv2.cvtColor(
                source, cv2.COLOR_BGR2GRAY, dst=self._buffer("grey", source.shape[:2])
            )
        elif not grey and source.ndim == 2:
            source = cv2.cvtColor(source, cv2.COLOR_GRAY2BGR)
        scale = geometry.scale
        level = 0
        while scale <= 0.5 and min(source.shape[:2]) >= 4:
            # INTER_AREA by exactly 2 is a fast, alias-free path; other factors are slow.
            even = source[: source.shape[0] // 2 * 2, : source.shape[1] // 2 * 2]
            size = (even.shape[1] // 2, even.shape[0] // 2)
            source = cv2.resize(
                even,
                size,
                dst=self._buffer(f"half{level}", (size[1], size[0], *source.shape[2:])),
                interpolation=cv2.INTER_AREA,
            )
            scale *= 2
            level += 1
        return source

    def _scale(self, source: np.ndarray, geometry: ViewGeometry, name: str) -> np.ndarray:
        """`source` (from `_crop`) scaled and turned: the picture part of the view."""
        left, top, right, bottom = geometry.picture
        crop_w, crop_h = geometry.crop[2] - geometry.crop[0], geometry.crop[3] - geometry.crop[1]
        offset_x, offset_y = geometry.offset
        # The scaled crop must reach past the sub-pixel offset to the view's far edge.
        scaled_w = max(round(crop_w * geometry.scale), offset_x + right - left)
        scaled_h = max(round(crop_h * geometry.scale), offset_y + bottom - top)
        channels = source.shape[2:]
        turned = geometry.rotation in (90, 270)
        if source.shape[:2] == (scaled_h, scaled_w) and not (geometry.rotation or geometry.mirror):
            scaled = source  # already the size shown (1080p on a 1080p screen): no copy
        elif source.shape[0] * source.shape[1] <= scaled_w * scaled_h:
            # Zoomed in: turn the small crop, then enlarge it.
            source = orient(source, geometry.rotation, geometry.mirror)
            scaled = cv2.resize(
                source,
                (scaled_w, scaled_h),
                dst=self._buffer(name, (scaled_h, scaled_w, *channels)),
                interpolation=cv2.INTER_LINEAR,
            )
        else:
            # Zoomed out: shrink first, then turn the small result.
            raw_w, raw_h = (scaled_h, scaled_w) if turned else (scaled_w, scaled_h)
            scaled = cv2.resize(
                source,
                (raw_w, raw_h),
                dst=self._buffer(name + "-shrunk", (raw_h, raw_w, *channels)),
                interpolation=cv2.INTER_LINEAR,
            )
            if geometry.rotation or geometry.mirror:
                scaled = orient(
                    scaled,
                    geometry.rotation,
                    geometry.mirror,
                    dst=self._buffer(name, (scaled_h, scaled_w, *channels)),
                )
        return scaled[offset_y : offset_y + bottom - top, offset_x : offset_x + right - left]

    # Colour modes
    def _colourise(
        self,
        window: np.ndarray,
        mode: ColourMode,
        state: ViewState,
        levels: Levels,
        short_side: float,
        target: np.ndarray,
    ) -> None:
        shape = window.shape[:2]
        if mode.kind is Kind.COLOUR:
            if state.brightness or state.contrast:
                lut = self._lut(("colour", state.brightness, state.contrast), None, state)
                window = cv2.LUT(window, lut, dst=self._buffer("adjusted", window.shape))
            cv2.cvtColor(window, cv2.COLOR_BGR2BGRA, dst=target)
            return
        if mode.kind is Kind.GREY:
            key = ("grey", round(levels.ink), round(levels.paper), state.brightness, state.contrast)
            grey = cv2.LUT(
                window, self._lut(key, levels, state), dst=self._buffer("adjusted", shape)
            )
            cv2.cvtColor(grey, cv2.COLOR_GRAY2BGRA, dst=target)
            return
        local = self._threshold(window, short_side, levels, state, "view")
        self._paint_two_colours(window, local, mode, target)

    def _threshold(
        self,
        grey: np.ndarray,
        short_side: float,
        levels: Levels,
        state: ViewState,
        name: str,
    ) -> np.ndarray:
        """Per pixel, the grey below which it is ink: from its neighbourhood's mean."""
        size = max(3, round(short_side * _NEIGHBOURHOOD) | 1)
        local = cv2.blur(
            grey, (size, size), dst=self._buffer(name + "-local", grey.shape),
            borderType=cv2.BORDER_REPLICATE,
        )  # fmt: skip
        key = (
            "threshold",
            round(levels.ink),
            round(levels.paper),
            state.brightness,
            state.contrast,
        )
        return cv2.LUT(local, self._lut(key, levels, state), dst=local)

    def _paint_two_colours(
        self, window: np.ndarray, limit: np.ndarray, mode: ColourMode, target: np.ndarray
    ) -> None:
        """Ink (darker than its limit) in the text colour, the rest in the background."""
        shape = window.shape[:2]
        ink = cv2.compare(window, limit, cv2.CMP_LT, dst=self._buffer("ink", shape))
        # ink is 255 or 0; as BGRA (v, v, v, 255) it selects the text colour's differing bits.
        text, paper = bgra(mode.text), bgra(mode.background)
        difference = tuple(float(a ^ b) for a, b in zip(text, paper, strict=True))
        mask = cv2.cvtColor(ink, cv2.COLOR_GRAY2BGRA, dst=self._buffer("mask", (*shape, 4)))
        # OpenCV takes a tuple as a per-channel scalar; its type stubs do not say so.
        cv2.bitwise_and(mask, difference, dst=mask)  # type: ignore[call-overload]
        cv2.bitwise_xor(mask, tuple(float(v) for v in paper), dst=target)  # type: ignore[call-overload]

    def _lut(self, key: tuple[object, ...], levels: Levels | None, state: ViewState) -> np.ndarray:
        lut = self._luts.get(key)
        if lut is None:
            if len(self._luts) > 64:
                self._luts.clear()
            values = np.arange(256, dtype=np.float32)
            gain = CONTRAST_GAIN**state.contrast
            if key[0] == "threshold":
                assert levels is not None
                lut = _threshold_table(values, levels, state)
            else:
                if key[0] == "grey":
                    assert levels is not None
                    values = (values - levels.ink) * (255.0 / levels.spread)
                values = (values - 128.0) * gain + 128.0 + BRIGHTNESS_STEP * state.brightness
                lut = np.clip(values, 0, 255).round().astype(np.uint8)
            self._luts[key] = lut
        return lut

    def _buffer(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        buffer = self._buffers.get(name)
        if buffer is None or buffer.shape != shape:
            buffer = np.empty(shape, np.uint8)
            self._buffers[name] = buffer
        return buffer


def _threshold_table(values: np.ndarray, levels: Levels, state: ViewState) -> np.ndarray:
    """Neighbourhood mean → the grey below which a pixel counts as ink.

    Brighter steps lower the threshold (thinner, lighter text); contrast steps make faint
    marks count as ink more (up) or less (down) readily.
    """
    spread = levels.spread
    margin = max(3.0, _INK_MARGIN * spread * 0.8**state.contrast)
    shift = -0.05 * spread * state.brightness
    low = levels.ink + _ALWAYS_INK * spread + shift
    high = levels.ink + _NEVER_INK * spread + shift
    threshold = np.clip(values - margin + shift, low, high)
    return np.clip(threshold, 0, 255).round().astype(np.uint8)


def _packed(colour: str) -> int:
    """ "#rrggbb" as one little-endian BGRA pixel (0xAARRGGBB)."""
    blue, green, red, alpha = bgra(colour)
    return (alpha << 24) | (red << 16) | (green << 8) | blue


_OUTLINE = "#000000"


def _draw_guide(pixels: np.ndarray, state: ViewState, mode: ColourMode) -> None:
    """The reading line, or the mask hiding all but a band, across the whole view."""
    if state.guide == "none":
        return
    height = pixels.shape[0]
    thickness = max(3, height // 150)
    centre = round(state.guide_position * height)
    colour = _packed(mode.guide)
    outlined = mode.kind is not Kind.TWO_COLOUR  # on a photo, an outline keeps the line visible
    if state.guide == "line":
        _band(
            pixels,
            centre - thickness // 2,
            thickness,
            colour,
            _packed(_OUTLINE) if outlined else None,
        )
        return
    half = round(state.mask_height * height / 2)
    top, bottom = max(0, centre - half), min(height, centre + half)
    cover = _packed(mode.background) if mode.kind is Kind.TWO_COLOUR else _packed(_OUTLINE)
    pixels[:top] = cover
    pixels[bottom:] = cover
    _band(pixels, top - thickness, thickness, colour, None)
    _band(pixels, bottom, thickness, colour, None)


def _band(pixels: np.ndarray, top: int, thickness: int, colour: int, outline: int | None) -> None:
    height = pixels.shape[0]
    if outline is not None:
        pixels[max(0, top - 2) : max(0, min(height, top + thickness + 2))] = outline
    pixels[max(0, top) : max(0, min(height, top + thickness))] = colour
