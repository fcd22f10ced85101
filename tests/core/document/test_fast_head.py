"""The head cut straight from the frame is the same picture as the prepared page's lines.

Demo camera frames (moved, tilted, in perspective on a desk), turned sideways too, and a
real phone photo of a sideways page: the pieces `cut_piece` warps out of the full frame
must match the prepared page's pixels in the same boxes, so the head's words can be taken
out of the whole page's reading by their place.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

import core.document.prepare as prepare
from core.document.fast_head import cut_piece, glance_heads, prepared_size
from core.document.head import find_head
from core.document.prepare import finish_page, glance_at
from core.plumbing.imageio import load_image
from core.text.model import Box
from tests.core.conftest import demo_frame


def overlap(first: Box, second: Box) -> float:
    """Intersection over union of two boxes."""
    width = min(first.right, second.right) - max(first.left, second.left)
    height = min(first.bottom, second.bottom) - max(first.top, second.top)
    if width <= 0 or height <= 0:
        return 0.0
    common = width * height
    return common / (first.width * first.height + second.width * second.height - common)


def sideways(frame: np.ndarray) -> np.ndarray:
    return cv2.rotate(frame, cv2.ROTATE_90_CLOCKWISE)


def assert_cut_matches_prepared(frame: np.ndarray) -> None:
    glance = glance_at(frame)
    assert glance is not None
    prepared = finish_page(glance)
    width, height = prepared_size(glance)
    assert abs(width - prepared.image.shape[1]) <= 2
    assert abs(height - prepared.image.shape[0]) <= 2
    head = next(glance_heads(glance))
    for box in head.pieces:
        cut = cut_piece(glance, box).astype(np.int16)
        assert cut.shape == (box.height, box.width)
        same = prepared.image[box.top : box.bottom, box.left : box.right].astype(np.int16)
        assert same.shape == cut.shape
        assert same.min() < 128  # there is ink to compare
        # The same letters in the same places: the pixels rise and fall together.
        assert np.corrcoef(cut.ravel(), same.ravel())[0, 1] > 0.85
        assert np.mean(np.abs(cut - same)) < 15
    # ...and the head is where the prepared page's own layout starts reading.
    full = find_head(prepared.image, prepared.text_regions, prepared.letter_height)
    assert full is not None
    assert overlap(full.pieces[0], head.pieces[0]) > 0.7


@pytest.mark.parametrize("turn", [False, True])
@pytest.mark.parametrize(("page", "seed"), [("en", 3), ("ko", 5)])
def test_head_cut_from_a_demo_frame_is_the_prepared_pages_pixels(
    page: str, seed: int, turn: bool
) -> None:
    frame = demo_frame(page, seed=seed)
    assert_cut_matches_prepared(sideways(frame) if turn else frame)


def test_head_cut_from_a_sideways_phone_photo(
    shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its lines fan out, and the prepared page has them straightened: the head, cut from
    the page as it was, matches the page prepared without that (its words are taken out
    of the whole reading by where they lay before: streaming.without_box)."""
    photo = load_image(shared_data / "documents/camera/pages/svt_IMG_20210329_122629.jpg")
    glance = glance_at(photo)
    assert glance is not None and glance.quarter_turns == 1
    assert finish_page(glance).dewarped
    monkeypatch.setattr(prepare, "straighten_lines", lambda *_: None)
    assert_cut_matches_prepared(photo)
