"""Ink without words is named where it lies: a picture, a barcode (read), a stamp, a
signature; nothing on the page is silently dropped. Real Tesseract on rendered pages."""

from __future__ import annotations

import math
import shutil

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from benchmarks.object_scenes import ean13
from core.ocr.tesseract import TesseractEngine
from core.reading.pipeline import ReadPipeline
from core.text.model import PageText

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no Tesseract")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def letter_page(draw_thing) -> np.ndarray:  # type: ignore[no-untyped-def]
    """A short letter with something drawn between its paragraphs."""
    image = Image.new("L", (2480, 2400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 44)
    draw.text((200, 200), "Dear Min-su, the parcel came today.", font=font, fill=0)
    draw.text((200, 280), "Thank you for sending it so quickly.", font=font, fill=0)
    draw_thing(image, draw)
    draw.text((200, 1500), "With best wishes from all of us.", font=font, fill=0)
    return cv2.cvtColor(np.array(image), cv2.COLOR_GRAY2BGR)


def notes(page: PageText) -> list[tuple[str | None, str]]:
    return [(block.note, block.text) for block in page.blocks if block.note is not None]


def read(image: np.ndarray) -> PageText:
    return ReadPipeline(TesseractEngine(), "eng").read(image).page


def test_a_picture_is_named_in_its_place() -> None:
    rng = np.random.default_rng(4)

    def photo(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        noise = rng.integers(0, 160, (600, 900), dtype=np.uint8)
        patch = cv2.GaussianBlur(noise, (0, 0), 6)
        image.paste(
            Image.fromarray(cv2.normalize(patch, None, 0, 140, cv2.NORM_MINMAX)), (300, 600)
        )

    page = read(letter_page(photo))
    assert notes(page) == [("picture", "A picture.")]
    texts = [block.text for block in page.blocks]
    assert texts.index("A picture.") == len(texts) - 2  # before the closing line


def test_a_barcode_is_read_out() -> None:
    def code(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        bars = ean13("880123456789", module=5, height=220)
        image.paste(Image.fromarray(bars if bars.ndim == 2 else bars[:, :, 0]), (500, 700))

    assert notes(read(letter_page(code))) == [("code", "Barcode: 8801234567893.")]


def test_a_signature_is_named_as_handwriting() -> None:
    def signature(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        points = [
            (500 + 8 * t, 900 + 60 * math.sin(t / 6) + 25 * math.sin(t / 1.7)) for t in range(70)
        ]
        draw.line(points, fill=0, width=7, joint="curve")
        draw.line([(560, 1010), (900, 960)], fill=0, width=5)

    assert notes(read(letter_page(signature))) == [("handwriting", "Handwriting or a signature.")]


def test_a_stamp_is_named() -> None:
    def stamp(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        draw.ellipse((900, 700, 1250, 1050), outline=60, width=14)
        draw.ellipse((960, 760, 1190, 990), outline=60, width=6)

    assert notes(read(letter_page(stamp))) == [("stamp", "A stamp.")]


def test_a_plain_letter_has_nothing_to_name() -> None:
    page = read(letter_page(lambda image, draw: None))
    assert notes(page) == []
