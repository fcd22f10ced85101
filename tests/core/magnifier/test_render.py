"""The render path: each colour mode's output colours, thresholding, exposure, guides."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from core.magnifier.modes import COLOUR_MODES, MODES_BY_ID, Kind, bgra
from core.magnifier.render import Renderer
from core.magnifier.state import ViewState
from core.themes import contrast_ratio

TWO_COLOUR = [mode for mode in COLOUR_MODES if mode.kind is Kind.TWO_COLOUR]
VIEW = (960, 720)


@pytest.mark.parametrize("mode", TWO_COLOUR, ids=[m.id for m in TWO_COLOUR])
def test_text_and_background_are_at_least_7_to_1(mode) -> None:
    assert contrast_ratio(mode.text, mode.background) >= 7


@pytest.mark.parametrize("mode", COLOUR_MODES, ids=[m.id for m in COLOUR_MODES])
def test_the_reading_line_stands_out_3_to_1(mode) -> None:
    around = mode.background if mode.kind is Kind.TWO_COLOUR else "#000000"  # its outline
    assert contrast_ratio(mode.guide, around) >= 3


def test_full_colour_enhanced_grey_and_seven_two_colour_modes_are_offered_in_order() -> None:
    assert [m.id for m in COLOUR_MODES] == [
        "full-colour", "enhanced-grey", "black-on-white", "white-on-black", "yellow-on-black",
        "black-on-yellow", "yellow-on-blue", "white-on-blue", "green-on-black",
    ]  # fmt: skip
    assert [m.kind for m in COLOUR_MODES] == [Kind.COLOUR, Kind.GREY] + [Kind.TWO_COLOUR] * 7


def page(exposure: float = 1.0, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A 1920×1080 camera picture of a page with ink bars, lit unevenly; and the ink mask."""
    rng = np.random.default_rng(seed)
    ink = np.zeros((1080, 1920), bool)
    for row in range(120, 960, 60):  # "lines of text": bars 14 px tall, gaps between words
        for column in range(300, 1600, 130):
            ink[row : row + 14, column : column + 100] = True
    grey = np.where(ink, 40.0, 225.0)
    light = np.linspace(0.7, 1.0, 1920)[None, :] * np.linspace(0.85, 1.0, 1080)[:, None]
    grey = grey * light * exposure + rng.normal(0, 3, grey.shape)
    grey = cv2.GaussianBlur(np.clip(grey, 0, 255).astype(np.uint8), (0, 0), 1.2)  # lens
    frame = cv2.merge([grey, grey, grey])
    return frame, ink


def colours(out: np.ndarray) -> set[tuple[int, ...]]:
    packed = np.unique(np.ascontiguousarray(out).view(np.uint32))
    return {tuple(int(v) for v in value.tobytes()) for value in packed}


def render(frame: np.ndarray, state: ViewState, size=VIEW) -> np.ndarray:
    out = np.empty((size[1], size[0], 4), np.uint8)
    Renderer().render(frame, state, out)
    return out


@pytest.mark.parametrize("zoom", [1.0, 4.0])
@pytest.mark.parametrize("mode", TWO_COLOUR, ids=[m.id for m in TWO_COLOUR])
def test_two_colour_modes_paint_ink_in_the_text_colour_and_paper_in_the_background(mode, zoom):
    frame, ink = page()
    state = ViewState(zoom=zoom, mode=mode.id, centre=(0.3, 0.3))
    out = render(frame, state)
    text, background = bgra(mode.text), bgra(mode.background)
    assert colours(out) == {text, background}
    # Compare with where the ink really is, seen through the same geometry.
    truth = render(
        cv2.merge([ink.astype(np.uint8) * 255] * 3), ViewState(zoom=zoom, centre=(0.3, 0.3))
    )
    inked = truth[..., 0] > 200
    papered = truth[..., 0] < 50
    shown_text = np.all(out == text, axis=2)
    shown_paper = np.all(out == background, axis=2)
    if zoom == 1.0:  # the letterbox is background, not paper: leave it out
        inked[:90], papered[:90], inked[630:], papered[630:] = False, False, False, False
    assert shown_text[inked].mean() > 0.97
    assert shown_paper[papered].mean() > 0.99


def test_blank_paper_at_high_zoom_stays_clean() -> None:
    frame, _ = page()
    out = render(frame, ViewState(zoom=16.0, mode="yellow-on-black", centre=(0.1, 0.95)))
    assert colours(out) == {bgra("#000000")}  # no speckles from sensor noise


def test_auto_exposure_gives_the_same_text_when_the_light_halves() -> None:
    bright, _ = page(1.0)
    dim, _ = page(0.5)
    state = ViewState(zoom=2.0, mode="black-on-white", centre=(0.4, 0.4))
    assert np.mean(render(bright, state) == render(dim, state)) > 0.98


def test_enhanced_grey_stretches_ink_to_black_and_paper_to_white() -> None:
    frame, ink = page(0.6)  # a dim picture: ink ~20, paper ~120
    out = render(frame, ViewState(zoom=1.0, mode="enhanced-grey"))
    assert np.array_equal(out[..., 0], out[..., 1]) and np.array_equal(out[..., 1], out[..., 2])
    middle = out[300:420, 380:600, 0]  # a patch of text lines
    assert np.percentile(middle, 5) < 30 and np.percentile(middle, 95) > 200


def test_full_colour_at_zoom_1_is_the_picture_resized() -> None:
    frame = np.zeros((1080, 1920, 3), np.uint8)
    frame[..., 0] = np.linspace(0, 255, 1920)[None, :]
    frame[..., 2] = np.linspace(0, 255, 1080)[:, None]
    out = render(frame, ViewState())
    expected = cv2.resize(frame, (960, 540), interpolation=cv2.INTER_AREA)
    assert np.abs(out[90:630, :, :3].astype(int) - expected).mean() < 2
    assert np.all(out[..., 3] == 255)


def test_brightness_and_contrast() -> None:
    frame, _ = page()
    base = render(frame, ViewState(zoom=2.0)).mean()
    assert render(frame, ViewState(zoom=2.0, brightness=2)).mean() > base + 20
    flat = render(frame, ViewState(zoom=2.0, contrast=-3))[..., 0].std()
    assert flat < render(frame, ViewState(zoom=2.0))[..., 0].std()
    # Two colours: brighter means less ink shown.
    white = bgra("#ffffff")
    ink_share = [
        np.mean(
            np.all(
                render(frame, ViewState(zoom=2.0, mode="white-on-black", brightness=b)) == white,
                axis=2,
            )
        )
        for b in (-4, 0, 4)
    ]
    assert ink_share[0] > ink_share[1] > ink_share[2]


def test_rotation_and_mirror_turn_the_picture() -> None:
    frame = np.zeros((1080, 1920, 3), np.uint8)
    frame[:100, :100] = (0, 0, 255)  # a red corner at the camera's top left
    red = (0, 0, 255, 255)

    def corner(state: ViewState) -> str:
        out = render(frame, state, (800, 800))
        ys, xs = np.nonzero(np.all(out == red, axis=2))
        vertical = "top" if ys.mean() < 400 else "bottom"
        return vertical + ("-left" if xs.mean() < 400 else "-right")

    assert corner(ViewState()) == "top-left"
    assert corner(ViewState(rotation=90)) == "top-right"
    assert corner(ViewState(rotation=180)) == "bottom-right"
    assert corner(ViewState(rotation=270)) == "bottom-left"
    assert corner(ViewState(mirror=True)) == "top-right"
    assert corner(ViewState(rotation=90, mirror=True)) == "top-left"


def test_reading_line_and_mask() -> None:
    frame, _ = page()
    mode = MODES_BY_ID["yellow-on-black"]
    line = render(frame, ViewState(zoom=3.0, mode=mode.id, guide="line", guide_position=0.25))
    rows = np.nonzero(np.all(line == bgra(mode.guide), axis=2).all(axis=1))[0]
    assert rows.size >= 3 and abs(rows.mean() - 180) <= 3
    masked = render(frame, ViewState(zoom=3.0, mode=mode.id, guide="mask", mask_height=0.2))
    band = (360 - 72, 360 + 72)
    assert colours(masked[: band[0] - 5]) == {bgra(mode.background)}
    assert colours(masked[band[1] + 5 :]) == {bgra(mode.background)}
    assert bgra(mode.text) in colours(masked[band[0] : band[1]])


def test_buffers_are_reused_between_frames() -> None:
    frame, _ = page()
    renderer = Renderer()
    out = np.empty((720, 960, 4), np.uint8)
    state = ViewState(zoom=4.0, mode="yellow-on-black")
    renderer.render(frame, state, out)
    first = {name: id(buffer) for name, buffer in renderer._buffers.items()}
    renderer.render(frame, ViewState(zoom=4.0, mode="yellow-on-black", centre=(0.45, 0.5)), out)
    assert {name: id(buffer) for name, buffer in renderer._buffers.items()} == first
