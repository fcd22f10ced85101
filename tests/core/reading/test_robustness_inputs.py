"""Bad input never crashes or hangs Bitna: `bitna read` and the in-app pipeline, real parts.

Every file a user can hand over (empty, cut off, not a picture, one pixel, 20000×20000,
16-bit, CMYK, alpha, palette, blank or noise) ends in text or in one line that says what to
do; the property test throws generated pictures at load_image and the page preparation.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from core.ocr.tesseract import TesseractEngine
from core.plumbing.errors import BadImageError, UserFacingError
from core.plumbing.imageio import MAX_PIXELS, load_image
from core.reading.pipeline import ReadPipeline
from core.text.metrics import cer
from tests.conftest import DEMO
from tests.core.conftest import BITNA, one_line_error, write_grey_png

DEMO_PAGE = DEMO / "demo_en.png"
DEMO_TEXT = (DEMO / "demo_en.txt").read_text(encoding="utf-8")
# A small interpreter that runs `bitna` and reports its peak memory: the child's ru_maxrss
# starts from this process's small footprint, not from the big pytest process that forked it.
MEASURED = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=300)
sys.stdout.write(done.stdout)
sys.stderr.write(done.stderr)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stderr.write(f"PEAK_KB {peak}\\n")
sys.exit(done.returncode)
"""


def bitna_read(path: Path, *, measured: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PULSE_SERVER": "unix:/nonexistent"}
    command = [*BITNA, "read", str(path), "--lang", "eng"]
    if measured:
        command = [sys.executable, "-c", MEASURED, *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def demo_page() -> Image.Image:
    return Image.open(DEMO_PAGE).convert("L")


def encoded(image: Image.Image, format: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format, **options)
    return buffer.getvalue()


def solid(value: int) -> bytes:
    return encoded(Image.new("RGB", (640, 480), (value, value, value)), "PNG")


def noise() -> bytes:
    pixels = np.random.default_rng(9).integers(0, 256, (480, 640, 3), dtype=np.uint8)
    return encoded(Image.fromarray(pixels), "PNG")


def cut(data: bytes, keep: float) -> bytes:
    return data[: int(len(data) * keep)]


# name -> (file name, bytes, words the one error line must contain)
BAD_FILES: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "empty": ("page.png", lambda: b"", "is empty"),
    "truncated png": (
        "page.png",
        lambda: cut(encoded(demo_page(), "PNG"), 0.5),
        "damaged or incomplete",
    ),
    "truncated jpeg header": (
        "page.jpg",
        lambda: encoded(demo_page(), "JPEG")[:60],
        "damaged or incomplete",
    ),
    "truncated jpeg": (
        "page.jpg",
        lambda: cut(encoded(demo_page(), "JPEG"), 0.5),
        "damaged or incomplete",
    ),
    "truncated tiff": (
        "page.tif",
        lambda: cut(encoded(demo_page(), "TIFF"), 0.5),
        "damaged or incomplete",
    ),
    "text file": ("letter.png", lambda: b"Dear Ms Kim, your book has arrived.\n", "not an image"),
    "pdf": ("scan.jpg", lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF\n", "not an image"),
    "random bytes": ("photo.jpg", lambda: np.random.default_rng(1).bytes(5000), "not an image"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_give_one_clear_line(tmp_path: Path, case: str) -> None:
    name, make, words = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(make())
    line = one_line_error(bitna_read(path))
    assert words in line and str(path) in line
    # The in-app pipeline loads files the same way: a UserFacingError, never anything else.
    with pytest.raises(BadImageError, match=words):
        load_image(path)


BLANK_FILES: dict[str, Callable[[], bytes]] = {
    "one pixel": lambda: encoded(Image.new("RGB", (1, 1), "white"), "PNG"),
    "all black": lambda: solid(0),
    "all white": lambda: solid(255),
    "noise": noise,
}


@pytest.mark.parametrize("case", list(BLANK_FILES))
def test_blank_pictures_say_no_text_found(tmp_path: Path, case: str) -> None:
    path = tmp_path / "frame.png"
    path.write_bytes(BLANK_FILES[case]())
    line = one_line_error(bitna_read(path))
    assert line == f"bitna: no text found in {path}."


def sixteen_bit(page: Image.Image) -> Image.Image:
    return Image.fromarray(np.asarray(page).astype(np.uint16) * 257)


def with_alpha(page: Image.Image) -> Image.Image:
    """Black text on a transparent background: only the alpha channel holds the page."""
    rgba = Image.new("RGBA", page.size, (0, 0, 0, 0))
    rgba.putalpha(Image.eval(page, lambda v: 255 - v))
    return rgba


ODD_FORMS: dict[str, tuple[str, Callable[[Image.Image], Image.Image]]] = {
    "16-bit grey png": ("page.png", sixteen_bit),
    "cmyk jpeg": ("page.jpg", lambda page: page.convert("CMYK")),
    "transparent png": ("page.png", with_alpha),
    "palette gif": ("page.gif", lambda page: page.convert("RGB").convert("P")),
}


@pytest.mark.parametrize("case", list(ODD_FORMS))
def test_odd_forms_of_a_page_are_read(tmp_path: Path, case: str) -> None:
    name, convert = ODD_FORMS[case]
    path = tmp_path / name
    picture = convert(demo_page())
    picture.save(path)
    assert Image.open(path).mode == picture.mode  # the odd form really is in the file
    result = bitna_read(path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert cer(DEMO_TEXT, result.stdout) <= 0.05


def write_huge_page_png(path: Path, size: int, scale: int) -> None:
    """Stream a size×size PNG holding the demo page blown up `scale` times, row by row.

    The full image (400 MB of greys) never exists in this process.
    """
    page = np.asarray(demo_page())
    blank = b"\xff" * size

    def row(y: int) -> bytes:
        source = y // scale
        if source >= page.shape[0]:
            return blank
        line = np.full(size, 255, np.uint8)
        wide = np.repeat(page[source], scale)
        line[: wide.size] = wide
        return line.tobytes()

    write_grey_png(path, size, row)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in kilobytes on Linux")
def test_a_20000_pixel_square_page_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    write_huge_page_png(path, 20_000, 12)  # 1200×1600 page -> 14400×19200, on white
    result = bitna_read(path, measured=True)
    *messages, peak_line = result.stderr.strip().splitlines()
    peak_mb = int(peak_line.split()[1]) / 1024
    print(f"\n20000x20000 PNG through `bitna read`: peak RSS {peak_mb:.0f} MB")
    assert result.returncode == 0 and not messages, result.stderr
    assert cer(DEMO_TEXT, result.stdout) <= 0.05
    # The greys decoded at full size are 400 MB; an RGB copy at full size alone is 1.2 GB.
    assert peak_mb < 1000


@pytest.fixture(scope="module")
def pipeline() -> ReadPipeline:
    return ReadPipeline(TesseractEngine(), "eng")


FRAMES: dict[str, Callable[[], np.ndarray]] = {
    "1x1": lambda: np.zeros((1, 1, 3), np.uint8),
    "one row": lambda: np.full((1, 640, 3), 255, np.uint8),
    "one column": lambda: np.full((480, 1, 3), 255, np.uint8),
    "thin noise strip": lambda: np.random.default_rng(2).integers(0, 256, (3, 3000, 3), np.uint8),
    "all black": lambda: np.zeros((480, 640, 3), np.uint8),
    "all white": lambda: np.full((480, 640, 3), 255, np.uint8),
    "noise": lambda: np.random.default_rng(3).integers(0, 256, (480, 640, 3), np.uint8),
    "grey": lambda: np.full((480, 640), 128, np.uint8),
    "bgra": lambda: np.full((480, 640, 4), 200, np.uint8),
}


SLIVERS = {"1x1", "one row", "one column", "thin noise strip"}


@pytest.mark.parametrize("case", list(FRAMES))
def test_pipeline_finds_no_text_in_blank_frames(pipeline: ReadPipeline, case: str) -> None:
    result = pipeline.read(FRAMES[case]())
    assert result.page.is_empty
    if case in SLIVERS:  # no page to glance at: prepared as it is, and read
        assert result.prepared is not None and result.prepared.image.size > 0
    else:  # told from the glance, before a page is prepared at full size
        assert result.prepared is None


# --- property test -------------------------------------------------------------------------

# Pillow modes and the formats that can hold each one.
FORMATS_FOR_MODE = {
    "1": ("PNG", "TIFF", "BMP"),
    "L": ("PNG", "JPEG", "TIFF", "BMP", "WEBP"),
    "LA": ("PNG", "TIFF"),
    "P": ("PNG", "GIF", "BMP", "TIFF"),
    "RGB": ("PNG", "JPEG", "TIFF", "BMP", "WEBP"),
    "RGBA": ("PNG", "TIFF", "WEBP"),
    "CMYK": ("JPEG", "TIFF"),
    "I;16": ("PNG", "TIFF"),
    "I": ("TIFF",),
    "F": ("TIFF",),
}


@st.composite
def picture_files(draw: st.DrawFn) -> bytes:
    """An encoded picture in some mode and format, size and content, maybe damaged."""
    mode = draw(st.sampled_from(sorted(FORMATS_FOR_MODE)))
    format = draw(st.sampled_from(FORMATS_FOR_MODE[mode]))
    width, height = draw(st.integers(1, 96)), draw(st.integers(1, 96))
    content = draw(st.sampled_from(["black", "white", "noise", "text-like"]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if content == "noise":
        grey = rng.integers(0, 256, (height, width), np.uint8)
    else:
        grey = np.full((height, width), 0 if content == "black" else 255, np.uint8)
        if content == "text-like":
            grey[
                height // 3 : max(height // 3 + 1, height // 2), width // 8 : width - width // 8
            ] = 0
    image = Image.fromarray(grey).convert(mode)
    if mode in ("I;16", "I"):
        image = Image.fromarray(grey.astype(np.uint16) * 257).convert(mode)
    elif mode == "F":
        image = Image.fromarray(grey.astype(np.float32) / 255)
    data = encoded(image, format)
    damage = draw(st.sampled_from(["none", "truncate", "flip"]))
    if damage == "truncate":
        data = data[: draw(st.integers(1, max(1, len(data) - 1)))]
    elif damage == "flip":
        raw = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            raw[draw(st.integers(0, len(raw) - 1))] ^= 1 << draw(st.integers(0, 7))
        data = bytes(raw)
    return data


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(picture=picture_files())
@example(  # a flipped bit claims 16777217x11 pixels: Pillow's bomb check fired while decoding
    picture=b"II*\x00\x08\x00\x00\x00\x08\x00\x00\x01\x04\x00\x01\x00\x00\x00\x01\x00\x00\x01"
    b"\x01\x01\x04\x00\x01\x00\x00\x00\x0b\x00\x00\x00\x03\x01\x03\x00\x01\x00\x00\x00\x01"
    b"\x00\x00\x00\x06\x01\x03\x00\x01\x00\x00\x00\x01\x00\x00\x00\x11\x01\x04\x00\x01\x00"
    b"\x00\x00n\x00\x00\x00\x16\x01\x04\x00\x01\x00\x00\x00\x0b\x00\x00\x00\x17\x01\x04\x00"
    b"\x01\x00\x00\x00\x0b\x00\x00\x00\x1c\x01\x03\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00"
    b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
)
def test_any_picture_loads_and_prepares_or_says_why(pipeline: ReadPipeline, picture: bytes) -> None:
    data = picture
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "picture"
        path.write_bytes(data)
        try:
            frame = load_image(path)
        except UserFacingError as error:
            assert error.message.strip()
            return
    assert frame.dtype == np.uint8 and frame.ndim == 3 and frame.shape[2] == 3
    assert frame.flags["C_CONTIGUOUS"]
    assert 0 < frame.shape[0] * frame.shape[1] <= MAX_PIXELS
    prepared = pipeline.prepare(frame)
    assert prepared.image.dtype == np.uint8 and prepared.image.ndim == 2
    assert prepared.image.size > 0
