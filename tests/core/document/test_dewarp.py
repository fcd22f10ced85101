"""Line straightening (core/document/dewarp.py): curled pages are straightened, flat ones
are left exactly as they are."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

import core.document.prepare as prepare
from core.document.dewarp import straighten_lines
from core.document.lighting import ink_mask
from core.document.prepare import finish_page, glance_at, prepare_page
from core.document.textsize import letter_height
from core.ocr.tesseract import TesseractEngine
from core.plumbing.imageio import load_image
from core.text.metrics import cer
from tests.core.conftest import needs_tesseract

WORDS = (
    "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dogs",
    "while", "seven", "wizards", "box", "and", "quietly", "hum",
)  # fmt: skip
#: The first paragraph of boston_cooking_a.jpg, read by eye from the photo.
GRAVY = """Pour off liquid in pan in which chicken has been roasted.
From liquid skim off four tablespoons fat; return fat to pan,
and brown with four tablespoons flour; add two cups stock
in which giblets, neck, and tips of wings have been cooked.
Cook five minutes, season with salt and pepper, then strain.
The remaining fat may be used, in place of butter, for fry-
ing potatoes, or for basting when roasting another chicken."""


def flat_page(lines: int = 14) -> np.ndarray:
    """A white page, 1800 x 1500 px, with `lines` lines of black text; letters ~29 px, as
    pages are at OCR scale."""
    page = np.full((1500, 1800), 255, np.uint8)
    rng = np.random.default_rng(3)
    for row in range(lines):
        text = " ".join(rng.choice(WORDS, 8))
        cv2.putText(page, text, (80, 150 + 90 * row), cv2.FONT_HERSHEY_COMPLEX, 1.8, 0, 3)
    return page


def letter(page: np.ndarray) -> float:
    """The letter height the pipeline would measure on `page`."""
    height = letter_height(ink_mask(page))
    assert height is not None
    return height


def curl(page: np.ndarray, depth: float) -> np.ndarray:
    """`page` bent like a book page: lines sag by up to `depth` px towards the right edge,
    more so lower down the page (a known vertical displacement)."""
    height, width = page.shape
    xs, ys = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
    across = xs / width
    sag = depth * (0.5 + ys / height) * across**2
    return cv2.remap(page, xs, ys - sag, cv2.INTER_LINEAR, borderValue=255)


def line_bends(page: np.ndarray) -> list[float]:
    """How far each text line's centre strays from a straight line (px), line by line.

    Measured directly on the ink, not with the module's model: each line is smeared into
    one band, and its centre is taken every 20 px.
    """
    ink = ink_mask(page)
    bands = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((1, 60), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bands)
    bends = []
    for label in range(1, count):
        left, top, width, height = stats[label, :4]
        if width < 600:
            continue
        band = labels[top : top + height, left : left + width] == label
        xs, ys = [], []
        for start in range(0, width - 20, 20):
            part = band[:, start : start + 20]
            if part.sum() > 60:
                xs.append(start)
                ys.append(top + np.nonzero(part)[0].mean())
        fit = np.polyval(np.polyfit(xs, ys, 1), xs)
        bends.append(float(np.abs(np.array(ys) - fit).max()))
    return bends


def test_a_curled_page_is_straightened() -> None:
    flat = flat_page()
    size = letter(flat)
    curled = curl(flat, depth=6 * size)
    before = line_bends(curled)
    straightening = straighten_lines(curled, ink_mask(curled), size)
    assert straightening is not None
    straight = straightening.apply(curled)
    assert straight.shape == curled.shape
    after = line_bends(straight)
    assert len(before) == len(after) == 14
    assert max(before) > 0.7 * size  # bent, as the cookbook photos are
    assert max(after) < 0.3 * size  # and straight: flat text's centres wobble 0.2 letters
    assert max(after) < max(line_bends(flat)) + 0.1 * size


def test_a_flat_page_and_a_slight_curl_are_left_alone() -> None:
    flat = flat_page()
    size = letter(flat)
    assert straighten_lines(flat, ink_mask(flat), size) is None
    slight = curl(flat, depth=size)  # bends 0.15-0.2 letters, as flat photos measure
    assert straighten_lines(slight, ink_mask(slight), size) is None


def fan(page: np.ndarray, rise: float) -> np.ndarray:
    """`page` in perspective, as a webcam sees a page lying before it: the top lines rise
    by `rise` px from left to right, the bottom ones fall as much, the middle stays level
    (deskewing cannot level them all at once)."""
    height, width = page.shape
    xs, ys = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
    shift = rise * (ys / height - 0.5) * 2 * (xs / width - 0.5)
    return cv2.remap(page, xs, ys + shift, cv2.INTER_LINEAR, borderValue=255)


def line_rises(page: np.ndarray) -> list[float]:
    """How far (px) each text line's centre rises or falls from one end to the other."""
    ink = ink_mask(page)
    bands = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((1, 60), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bands)
    rises = []
    for label in range(1, count):
        left, top, width, height = stats[label, :4]
        if width < 600:
            continue
        band = labels[top : top + height, left : left + width] == label
        xs = [start for start in range(0, width - 20, 20) if band[:, start : start + 20].sum() > 60]
        ys = [top + np.nonzero(band[:, x : x + 20])[0].mean() for x in xs]
        slope = np.polyfit(xs, ys, 1)[0]
        rises.append(abs(float(slope) * (xs[-1] - xs[0])))
    return rises


def test_lines_fanning_out_are_levelled() -> None:
    """A page seen in perspective: its top and bottom lines tilt opposite ways by over 3
    letter heights over their length (the UNLV page 8087 by webcam, whose corners run out
    of the frame, measures 3.7); straightened, each line is level."""
    flat = flat_page()
    size = letter(flat)
    fanned = fan(flat, 6 * size)
    before = line_rises(fanned)
    straightening = straighten_lines(fanned, ink_mask(fanned), size)
    assert straightening is not None
    after = line_rises(straightening.apply(fanned))
    assert len(before) == len(after) == 14
    assert max(before) > 3 * size
    assert max(after) < 0.5 * size


def test_a_point_is_followed_back_to_where_it_lay_before() -> None:
    """The head read ahead was cut from the page before it was straightened: where each
    word of the straightened page lay before tells whether the head read it already."""
    flat = flat_page()
    size = letter(flat)
    fanned = fan(flat, 6 * size)
    straightening = straighten_lines(fanned, ink_mask(fanned), size)
    assert straightening is not None
    for x, y in ((300, 200), (1500, 200), (900, 750), (1500, 1300)):
        dot = np.full_like(fanned, 255)
        cv2.circle(dot, (x, y), 6, 0, -1)
        moved = np.argwhere(straightening.apply(dot) < 128).mean(axis=0)
        assert abs(straightening.source_y(float(moved[1]), float(moved[0])) - y) < 2


def test_a_page_left_a_little_tilted_is_left_alone() -> None:
    """What deskewing in steps of 0.2° leaves: 0.3° over a whole line, 0.3 letter heights."""
    flat = flat_page()
    size = letter(flat)
    matrix = cv2.getRotationMatrix2D((900, 750), 0.3, 1.0)
    tilted = cv2.warpAffine(flat, matrix, (1800, 1500), borderValue=255)
    assert straighten_lines(tilted, ink_mask(tilted), size) is None
    slightly_fanned = fan(flat, size)
    assert straighten_lines(slightly_fanned, ink_mask(slightly_fanned), size) is None


def test_too_few_lines_are_left_alone() -> None:
    page = flat_page(lines=3)
    curled = curl(page, depth=6 * letter(page))
    assert straighten_lines(curled, ink_mask(curled), letter(page)) is None


@pytest.mark.parametrize(
    "name", ["scans/phototest.tif", "scans/eurotext.tif", "korean_lines/kor_line_000.png"]
)
def test_flat_scans_and_single_lines_are_not_straightened(shared_data: Path, name: str) -> None:
    prepared = prepare_page(load_image(shared_data / "documents" / name))
    assert not prepared.dewarped


@needs_tesseract
def test_a_curled_book_page_reads_more_whole_lines_once_straightened(
    shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """boston_cooking_a: left curled, its first paragraph reads as broken line pieces."""
    photo = load_image(shared_data / "documents/camera/no_ground_truth/boston_cooking_a.jpg")
    glance = glance_at(photo)
    assert glance is not None
    straightened = finish_page(glance)
    assert straightened.dewarped
    monkeypatch.setattr(prepare, "straighten_lines", lambda *_: None)
    curled = finish_page(glance)
    assert not curled.dewarped

    engine = TesseractEngine()

    def whole_lines(image: np.ndarray) -> int:
        """How many of the paragraph's lines are read whole (at most 1 error in 10)."""
        height = image.shape[0]
        read = engine.recognize(image[int(0.1 * height) : int(0.32 * height)], "eng")
        lines = [line for line in read.text.splitlines() if line.strip()]
        return sum(any(cer(truth, line) <= 0.1 for line in lines) for truth in GRAVY.splitlines())

    straight_count, curled_count = whole_lines(straightened.image), whole_lines(curled.image)
    print(f"whole lines: straightened {straight_count}, curled {curled_count}")
    assert straight_count >= 6
    assert straight_count >= curled_count + 3
