"""Where the view looks: which part of the camera picture fills which part of the screen.

Coordinates are continuous (a pixel covers [x, x+1)). The *oriented* picture is the camera
picture turned clockwise by the rotation and then mirrored left to right; zoom, centre and
the view all live in it. At zoom 1 the whole oriented picture fits the view (letterboxed);
zoom z scales it z times more. The centre is clamped so the view never drifts off the page
into emptiness: at the edges the picture stops, as a CCTV's table does.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import cv2
import numpy as np

from core.magnifier.state import MAX_ZOOM, MIN_ZOOM, clamp_zoom

log = logging.getLogger(__name__)

Size = tuple[int, int]  # (width, height)
Rect = tuple[float, float, float, float]  # (left, top, right, bottom)
IntRect = tuple[int, int, int, int]


def oriented_size(frame_size: Size, rotation: int) -> Size:
    """The picture's size once turned by `rotation` degrees."""
    width, height = frame_size
    return (height, width) if rotation in (90, 270) else (width, height)


@dataclass(frozen=True)
class ViewGeometry:
    """The mapping from the oriented picture to the view, for one frame.

    `scale` is view pixels per picture pixel. `visible` is the part of the oriented picture
    the whole view covers (it may reach past the picture at low zoom); `picture` is the view
    rectangle the picture fills (the rest is letterbox), and `crop` the whole oriented
    pixels behind it. `offset` is how far into the scaled crop the view starts, in view
    pixels: the sub-pixel part of the pan, so panning at 20× glides instead of jumping.
    """

    frame_size: Size
    display_size: Size
    rotation: int
    mirror: bool
    zoom: float
    scale: float
    centre: tuple[float, float]  # clamped, as fractions of the oriented picture
    visible: Rect
    picture: IntRect
    crop: IntRect
    offset: tuple[int, int]

    def view_to_picture(self, x: float, y: float) -> tuple[float, float]:
        """The oriented-picture point shown at view point (x, y)."""
        left, top = self.visible[0], self.visible[1]
        return left + x / self.scale, top + y / self.scale

    def picture_to_view(self, x: float, y: float) -> tuple[float, float]:
        left, top = self.visible[0], self.visible[1]
        return (x - left) * self.scale, (y - top) * self.scale


def base_scale(frame_size: Size, display_size: Size, rotation: int) -> float:
    """View pixels per picture pixel at zoom 1 (the whole picture fits)."""
    width, height = oriented_size(frame_size, rotation)
    return min(display_size[0] / width, display_size[1] / height)


def clamp_centre(
    centre: tuple[float, float],
    zoom: float,
    frame_size: Size,
    display_size: Size,
    rotation: int,
) -> tuple[float, float]:
    """The nearest centre at which the view stays on the picture (middle where it all fits)."""
    width, height = oriented_size(frame_size, rotation)
    scale = base_scale(frame_size, display_size, rotation) * clamp_zoom(zoom)
    result = []
    for fraction, extent, view in (
        (centre[0], width, display_size[0]),
        (centre[1], height, display_size[1]),
    ):
        half = view / scale / 2 / extent  # half the view, as a fraction of the picture
        if not math.isfinite(fraction):
            fraction = 0.5
        result.append(0.5 if half >= 0.5 else min(1.0 - half, max(half, fraction)))
    return result[0], result[1]


def view_geometry(
    frame_size: Size,
    display_size: Size,
    zoom: float,
    centre: tuple[float, float],
    rotation: int = 0,
    mirror: bool = False,
) -> ViewGeometry:
    """Work out the view for one frame (cheap: a few dozen float operations)."""
    display_w, display_h = max(1, display_size[0]), max(1, display_size[1])
    display_size = (display_w, display_h)
    zoom = clamp_zoom(zoom)
    width, height = oriented_size(frame_size, rotation)
    scale = base_scale(frame_size, display_size, rotation) * zoom
    centre = clamp_centre(centre, zoom, frame_size, display_size, rotation)
    view_w, view_h = display_w / scale, display_h / scale
    left = centre[0] * width - view_w / 2
    top = centre[1] * height - view_h / 2
    visible = (left, top, left + view_w, top + view_h)
    # The picture's part of the view, in view pixels.
    shown = (
        max(0.0, left),
        max(0.0, top),
        min(float(width), visible[2]),
        min(float(height), visible[3]),
    )
    picture = (
        max(0, round((shown[0] - left) * scale)),
        max(0, round((shown[1] - top) * scale)),
        min(display_w, round((shown[2] - left) * scale)),
        min(display_h, round((shown[3] - top) * scale)),
    )
    crop = (
        max(0, math.floor(shown[0])),
        max(0, math.floor(shown[1])),
        min(width, math.ceil(shown[2])),
        min(height, math.ceil(shown[3])),
    )
    offset = (round((shown[0] - crop[0]) * scale), round((shown[1] - crop[1]) * scale))
    return ViewGeometry(
        frame_size,
        display_size,
        rotation,
        mirror,
        zoom,
        scale,
        centre,
        visible,
        picture,
        crop,
        offset,
    )


def oriented_to_raw(rect: IntRect, frame_size: Size, rotation: int, mirror: bool) -> IntRect:
    """The camera-picture rectangle that turns into oriented rectangle `rect`."""
    width, height = frame_size
    o_width, _ = oriented_size(frame_size, rotation)
    left, top, right, bottom = rect
    if mirror:
        left, right = o_width - right, o_width - left
    if rotation == 90:  # oriented (a, b) = (height - v, u)
        return top, height - right, bottom, height - left
    if rotation == 180:
        return width - right, height - bottom, width - left, height - top
    if rotation == 270:  # oriented (a, b) = (v, width - u)
        return width - bottom, left, width - top, right
    return left, top, right, bottom


def raw_to_oriented(rect: Rect, frame_size: Size, rotation: int, mirror: bool) -> Rect:
    """The oriented rectangle that camera-picture rectangle `rect` becomes."""
    width, height = frame_size
    left, top, right, bottom = rect
    if rotation == 90:
        result = (height - bottom, left, height - top, right)
    elif rotation == 180:
        result = (width - right, height - bottom, width - left, height - top)
    elif rotation == 270:
        result = (top, width - right, bottom, width - left)
    else:
        result = (left, top, right, bottom)
    if mirror:
        o_width, _ = oriented_size(frame_size, rotation)
        result = (o_width - result[2], result[1], o_width - result[0], result[3])
    return result


_ROTATE_CODES = {
    90: cv2.ROTATE_90_CLOCKWISE,
    180: cv2.ROTATE_180,
    270: cv2.ROTATE_90_COUNTERCLOCKWISE,
}


def orient(
    image: np.ndarray, rotation: int, mirror: bool, dst: np.ndarray | None = None
) -> np.ndarray:
    """The image turned clockwise by `rotation` and then mirrored (a copy, or `image` as is)."""
    if rotation in _ROTATE_CODES:
        image = cv2.rotate(image, _ROTATE_CODES[rotation], dst=None if mirror else dst)
    if mirror:
        image = cv2.flip(image, 1, dst=dst)
    return image


def zoom_about(
    geometry: ViewGeometry, point: tuple[float, float], new_zoom: float
) -> tuple[float, tuple[float, float]]:
    """(zoom, centre) that keeps what is under view `point` under it at `new_zoom`."""
    new_zoom = clamp_zoom(new_zoom)
    picture_x, picture_y = geometry.view_to_picture(*point)
    width, height = oriented_size(geometry.frame_size, geometry.rotation)
    display_w, display_h = geometry.display_size
    scale = geometry.scale / geometry.zoom * new_zoom
    left = picture_x - point[0] / scale
    top = picture_y - point[1] / scale
    centre = ((left + display_w / scale / 2) / width, (top + display_h / scale / 2) / height)
    return new_zoom, clamp_centre(
        centre, new_zoom, geometry.frame_size, geometry.display_size, geometry.rotation
    )


def fit_rect(
    rect: Rect,
    frame_size: Size,
    display_size: Size,
    rotation: int,
    *,
    width_only: bool = False,
) -> tuple[float, tuple[float, float]]:
    """(zoom, centre) that shows oriented rectangle `rect` whole, or filling the view's width.

    Fit width starts at the rectangle's top, where reading starts.
    """
    width, height = oriented_size(frame_size, rotation)
    left, top, right, bottom = rect
    base = base_scale(frame_size, display_size, rotation)
    fit_w = display_size[0] / max(1.0, right - left)
    fit_h = display_size[1] / max(1.0, bottom - top)
    zoom = clamp_zoom((fit_w if width_only else min(fit_w, fit_h)) / base)
    scale = base * zoom
    centre_y = top + display_size[1] / scale / 2 if width_only else (top + bottom) / 2
    centre = ((left + right) / 2 / width, centre_y / height)
    return zoom, clamp_centre(centre, zoom, frame_size, display_size, rotation)


__all__ = [
    "MAX_ZOOM",
    "MIN_ZOOM",
    "ViewGeometry",
    "base_scale",
    "clamp_centre",
    "fit_rect",
    "orient",
    "oriented_size",
    "oriented_to_raw",
    "raw_to_oriented",
    "view_geometry",
    "zoom_about",
]
