"""Document imaging stages on real photos and scans: page, light, size, skew, orientation."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from core.document import prepare_page
from core.document.lighting import even_out, ink_mask
from core.document.page import find_page, flatten, paper_box
from core.document.skew import best_angle, rotate, text_runs_vertically
from core.document.textsize import letter_height, letters_only, ocr_scale
from core.plumbing.imageio import load_image
from tests.core.conftest import demo_frame


def test_page_is_found_and_flattened_on_a_receipt_photo(shared_data: Path) -> None:
    photo = load_image(shared_data / "documents" / "camera" / "receipts" / "226.jpg")
    corners = find_page(photo)
    assert corners is not None
    page = flatten(photo, corners)
    # The receipt is tall and narrow; the desk around it is gone.
    assert page.shape[0] > 2 * page.shape[1]
    assert page.shape[0] * page.shape[1] < 0.8 * photo.shape[0] * photo.shape[1]


def test_demo_frame_page_is_found_without_the_desk() -> None:
    frame = demo_frame("en", seed=3)
    corners = find_page(frame)
    assert corners is not None
    page = flatten(frame, corners)
    grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    # Paper all round: the brown desk (grey ~90) is not inside the flattened page.
    border = np.concatenate([grey[5, :], grey[-6, :], grey[:, 5], grey[:, -6]])
    assert np.median(border) > 180


def test_a_small_page_on_a_busy_desk_is_found() -> None:
    """A note or a medicine leaflet under a webcam covers a tenth of the frame. Left in
    the frame, the desk's grain reads as lines of junk; the page must be found."""
    rng = np.random.default_rng(5)
    grain = cv2.GaussianBlur(rng.normal(0, 30, (1200, 1600)).astype(np.float32), (0, 0), 2)
    frame = np.clip(90 + grain, 0, 255).astype(np.uint8)
    frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    truth = np.float32([[560, 380], [1110, 400], [1095, 800], [545, 780]])  # 11 % of it
    cv2.fillConvexPoly(frame, truth.astype(np.int32), (235, 240, 238))
    for row in range(8):
        cv2.putText(frame, "text on the page", (600, 450 + 40 * row), 0, 0.9, (30, 30, 30), 2)
    corners = find_page(frame)
    assert corners is not None
    assert np.abs(corners - truth).max() < 12


def test_a_page_running_off_the_frame_is_cut_from_the_desk_beside_it() -> None:
    """A webcam's frame with the page running off its top and bottom: no corners to
    flatten by, but the desk on both sides goes."""
    rng = np.random.default_rng(8)
    grain = cv2.GaussianBlur(rng.normal(0, 30, (720, 1280)).astype(np.float32), (0, 0), 2)
    frame = cv2.cvtColor(np.clip(80 + grain, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)
    paper = np.int32([[420, -10], [860, -10], [880, 730], [400, 730]])
    cv2.fillConvexPoly(frame, paper, (235, 240, 238))
    assert find_page(frame) is None  # its corners are outside the frame
    box = paper_box(frame)
    assert box is not None
    left, top, width, height = box
    assert 380 <= left <= 400 and 880 <= left + width <= 900
    assert top == 0 and height == 720
    whole_paper = np.full((720, 1280, 3), 235, np.uint8)
    assert paper_box(whole_paper) is None  # nothing to cut away


def test_paper_in_shadow_is_not_cut_away_as_desk(shared_data: Path) -> None:
    """Receipt 010 lies on white; its lower quarter is in shadow, with text on it."""
    photo = load_image(shared_data / "documents" / "camera" / "receipts" / "010.jpg")
    assert find_page(photo) is None and paper_box(photo) is None


def test_no_page_is_invented_on_a_plain_frame() -> None:
    assert find_page(np.full((480, 640, 3), 200, np.uint8)) is None


def test_lighting_is_evened_out_and_coloured_ink_stays_dark() -> None:
    height, width = 400, 600
    shade = np.linspace(250, 120, width, dtype=np.float32)  # light falling off to the right
    page = np.repeat(np.tile(shade, (height, 1))[:, :, None], 3, axis=2).astype(np.uint8)
    cv2.putText(page, "yellow", (40, 200), cv2.FONT_HERSHEY_SIMPLEX, 3, (0, 200, 230), 8)
    cv2.putText(page, "black", (330, 320), cv2.FONT_HERSHEY_SIMPLEX, 2, (20, 20, 20), 6)
    grey = even_out(page)
    paper = grey[20:60, :]
    assert paper.min() > 230  # the shadow is gone
    ink = ink_mask(grey)
    assert ink[150:220, 40:400].any()  # yellow letters count as ink
    assert ink[270:330, 330:560].any()


def test_letter_height_and_scale_on_a_scan(shared_data: Path) -> None:
    scan = load_image(shared_data / "documents" / "scans" / "phototest.tif")
    ink = ink_mask(even_out(scan))
    height = letter_height(ink)
    assert height is not None and 10 < height < 40
    doubled = letter_height(ink_mask(even_out(cv2.resize(scan, None, fx=2, fy=2))))
    assert doubled is not None and doubled == pytest.approx(2 * height, rel=0.15)
    assert ocr_scale(height * 4) < 1 < ocr_scale(height / 2)


def test_skew_is_measured_on_a_tilted_scan(shared_data: Path) -> None:
    scan = load_image(shared_data / "documents" / "scans" / "phototest.tif")
    grey = cv2.cvtColor(scan, cv2.COLOR_BGR2GRAY)
    tilted = rotate(grey, 4.0)
    angle, _score = best_angle(letters_only(ink_mask(tilted)))
    assert angle == pytest.approx(-4.0, abs=0.5)


def test_a_page_without_letters_is_not_turned() -> None:
    """A blank or black page has nothing to level; turning it grew it by half for nothing."""
    for frame in (np.full((1080, 1920, 3), 255, np.uint8), np.zeros((1080, 1920, 3), np.uint8)):
        assert best_angle(letters_only(ink_mask(even_out(frame)))) == (0.0, 0.0)
        prepared = prepare_page(frame)
        assert prepared.skew_degrees == 0.0
        assert prepared.image.shape == (1080, 1920)


def test_sideways_text_is_found(shared_data: Path) -> None:
    scan = load_image(shared_data / "documents" / "scans" / "phototest.tif")
    ink = letters_only(ink_mask(even_out(scan)))
    assert not text_runs_vertically(ink)
    assert text_runs_vertically(np.ascontiguousarray(np.rot90(ink)))


def test_sideways_page_photo_is_turned_upright(shared_data: Path) -> None:
    photo = load_image(
        shared_data / "documents" / "camera" / "pages" / "svt_IMG_20210329_122629.jpg"
    )
    assert photo.shape[1] > photo.shape[0]  # after EXIF, the page's lines run up and down
    prepared = prepare_page(photo)
    assert prepared.quarter_turns % 2 == 1
    assert not text_runs_vertically(letters_only(ink_mask(prepared.image)))
