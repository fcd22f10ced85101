"""Zoom, pan, rotation and page geometry of the magnifier (pure arithmetic and OpenCV)."""

from __future__ import annotations

import numpy as np
import pytest

from core.magnifier.control import PAN_SPEED, Magnifier
from core.magnifier.geometry import (
    clamp_centre,
    fit_rect,
    orient,
    oriented_size,
    oriented_to_raw,
    raw_to_oriented,
    view_geometry,
    zoom_about,
)
from core.magnifier.page import find_page
from core.magnifier.state import (
    MAX_ZOOM,
    ZOOM_STEPS,
    ViewState,
    next_zoom_step,
    previous_zoom_step,
    restore,
    saved_values,
    zoom_words,
)
from core.sources.demo import PAGE_HEIGHT_SHARE, DemoSource

FRAME = (1920, 1080)
VIEW = (960, 720)


def test_zoom_1_shows_the_whole_picture_letterboxed() -> None:
    geometry = view_geometry(FRAME, VIEW, 1.0, (0.5, 0.5))
    assert geometry.scale == pytest.approx(0.5)
    assert geometry.crop == (0, 0, 1920, 1080)
    assert geometry.picture == (0, 90, 960, 630)  # 540 rows, centred in 720


def test_zoom_4_shows_a_quarter_of_the_width_round_the_centre() -> None:
    geometry = view_geometry(FRAME, VIEW, 4.0, (0.5, 0.5))
    assert geometry.scale == pytest.approx(2.0)
    assert geometry.crop == (720, 360, 1200, 720)
    assert geometry.picture == (0, 0, 960, 720)


def test_the_view_stops_at_the_picture_edges() -> None:
    geometry = view_geometry(FRAME, VIEW, 4.0, (0.0, 1.0))
    assert geometry.crop == (0, 720, 480, 1080)
    assert geometry.centre == pytest.approx((240 / 1920, 900 / 1080))
    # Where the whole height fits, the picture stays in the middle whatever the centre.
    assert clamp_centre((0.9, 0.1), 1.0, FRAME, VIEW, 0) == (0.5, 0.5)


def test_sub_pixel_pan_moves_the_offset_not_the_crop() -> None:
    first = view_geometry(FRAME, VIEW, 16.0, (0.5, 0.5))
    moved = view_geometry(FRAME, VIEW, 16.0, (0.5 + 0.4 / 1920, 0.5))  # 0.4 camera pixels
    assert moved.crop[0] == first.crop[0]
    assert moved.offset[0] - first.offset[0] == pytest.approx(0.4 * first.scale, abs=1)


def test_view_and_picture_points_map_both_ways() -> None:
    geometry = view_geometry(FRAME, VIEW, 3.0, (0.3, 0.6), rotation=90)
    x, y = geometry.view_to_picture(123.0, 456.0)
    assert geometry.picture_to_view(x, y) == pytest.approx((123.0, 456.0))


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_zoom_about_a_point_keeps_it_under_the_pointer(rotation: int) -> None:
    geometry = view_geometry(FRAME, VIEW, 2.0, (0.5, 0.5), rotation=rotation)
    point = (700.0, 200.0)
    before = geometry.view_to_picture(*point)
    zoom, centre = zoom_about(geometry, point, 4.0)
    after = view_geometry(FRAME, VIEW, zoom, centre, rotation=rotation)
    assert after.view_to_picture(*point) == pytest.approx(before, abs=0.01)


@pytest.mark.parametrize("mirror", [False, True])
@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_oriented_rectangles_are_the_turned_camera_pixels(rotation: int, mirror: bool) -> None:
    rng = np.random.default_rng(rotation + mirror)
    frame = rng.integers(0, 256, (60, 80, 3), dtype=np.uint8)
    turned = orient(frame, rotation, mirror)
    assert turned.shape[1::-1] == oriented_size((80, 60), rotation)
    rect = (5, 7, 31, 19)
    raw = oriented_to_raw(rect, (80, 60), rotation, mirror)
    expected = turned[rect[1] : rect[3], rect[0] : rect[2]]
    got = orient(frame[raw[1] : raw[3], raw[0] : raw[2]], rotation, mirror)
    assert np.array_equal(got, expected)
    assert raw_to_oriented(raw, (80, 60), rotation, mirror) == rect


def test_fit_page_shows_the_page_whole_and_fit_width_fills_the_width() -> None:
    page = (600.0, 40.0, 1350.0, 1040.0)
    zoom, centre = fit_rect(page, FRAME, VIEW, 0)
    geometry = view_geometry(FRAME, VIEW, zoom, centre)
    left, top, right, bottom = geometry.visible
    assert left <= 600 and right >= 1350 and top <= 40 + 1e-6 and bottom >= 1040 - 1e-6
    assert min(right - left - 750, bottom - top - 1000) == pytest.approx(0, abs=1)
    zoom, centre = fit_rect(page, FRAME, VIEW, 0, width_only=True)
    geometry = view_geometry(FRAME, VIEW, zoom, centre)
    assert geometry.visible[0] == pytest.approx(600) and geometry.visible[2] == pytest.approx(1350)
    assert geometry.visible[1] == pytest.approx(40)  # reading starts at the top


def test_the_demo_page_is_found() -> None:
    source = DemoSource("en", seed=5)
    source.open()
    frame = source.read()
    page = find_page(frame)
    assert page is not None
    height = round(1080 * PAGE_HEIGHT_SHARE)
    width = height * 1200 / 1600
    left, top, right, bottom = page
    assert bottom - top == pytest.approx(height, abs=16)
    assert right - left == pytest.approx(width, abs=16)
    assert (left + right) / 2 == pytest.approx(1920 / 2 + 1920 * 0.015, abs=12)


def test_a_blank_picture_has_no_page() -> None:
    assert find_page(np.full((480, 640, 3), 200, np.uint8)) is None


def test_zoom_steps_go_up_and_down_and_stop_at_the_ends() -> None:
    assert ZOOM_STEPS[0] == 1 and ZOOM_STEPS[-1] == MAX_ZOOM
    assert next_zoom_step(1.0) == 1.25
    assert next_zoom_step(3.3) == 3.5  # after fit page, the next step up
    assert previous_zoom_step(3.3) == 3.0
    assert next_zoom_step(20.0) == 20.0 and previous_zoom_step(1.0) == 1.0
    assert [zoom_words(z) for z in (4.0, 2.5, 1.08)] == ["4", "2.5", "1.1"]


def test_remembered_values_round_trip_and_bad_ones_are_dropped() -> None:
    state = ViewState(zoom=6.0, mode="yellow-on-blue", rotation=270, mirror=True, guide="mask")
    assert restore(saved_values(state)) == state
    bad = restore({"zoom": 99, "mode": "purple", "rotation": 45, "mirror": 1, "brightness": True})
    assert bad == ViewState()


def test_held_arrow_pans_at_a_steady_speed_on_screen() -> None:
    moved = []
    for zoom in (2.0, 8.0):
        magnifier = Magnifier(ViewState(zoom=zoom))
        magnifier.frame_size, magnifier.display_size = FRAME, VIEW
        magnifier.set_pan(1, 0)
        start = magnifier._pan_clock
        assert start is not None
        for tick in range(1, 11):  # half a second in 50 ms ticks
            magnifier.advance(start + tick * 0.05)
        magnifier.set_pan(0, 0)
        shift = (magnifier.state.centre[0] - 0.5) * 1920  # camera pixels
        moved.append(shift * magnifier.geometry().scale / 960)  # view widths
    assert moved == pytest.approx([PAN_SPEED * 0.5] * 2, rel=0.01)


def test_pan_and_zoom_keep_the_view_on_the_picture() -> None:
    magnifier = Magnifier()
    magnifier.frame_size, magnifier.display_size = FRAME, VIEW
    magnifier.set_zoom(4.0)
    for _ in range(50):
        magnifier.pan_by(-1, -1)
    assert magnifier.state.centre == pytest.approx((240 / 1920, 180 / 1080))
    magnifier.zoom_out()
    assert magnifier.state.zoom == 3.5
    for _ in range(30):
        magnifier.zoom_in()
    assert magnifier.state.zoom == MAX_ZOOM
