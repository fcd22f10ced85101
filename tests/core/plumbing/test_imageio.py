"""load_image: real files in the odd forms people have, and the errors they meet."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from core.plumbing.errors import BadImageError
from core.plumbing.imageio import MAX_PIXELS, load_image
from tests.core.conftest import write_grey_png

RED_BGR = (0, 0, 255)
WHITE = (255, 255, 255)


def close_to(pixel: np.ndarray, expected: tuple[int, int, int], tolerance: int = 6) -> bool:
    return bool(np.all(np.abs(pixel.astype(int) - np.array(expected)) <= tolerance))


def marked_rgb(width: int = 300, height: int = 200) -> Image.Image:
    """White with a red block in the top-left corner, to see where the top-left went."""
    image = Image.new("RGB", (width, height), "white")
    image.paste((255, 0, 0), (0, 0, 60, 40))
    return image


@pytest.mark.parametrize(
    ("orientation", "shape", "corner"),
    [
        (1, (200, 300), "top-left"),
        (3, (200, 300), "bottom-right"),
        (6, (300, 200), "top-right"),  # "rotate 90° clockwise to display": a phone held upright
        (8, (300, 200), "bottom-left"),
    ],
)
def test_exif_orientation_comes_out_upright(
    tmp_path: Path, orientation: int, shape: tuple[int, int], corner: str
) -> None:
    path = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = orientation
    marked_rgb().save(path, quality=95, exif=exif)

    frame = load_image(path)

    assert frame.shape == (*shape, 3) and frame.dtype == np.uint8
    height, width = shape
    corners = {
        "top-left": frame[5, 5],
        "top-right": frame[5, width - 6],
        "bottom-left": frame[height - 6, 5],
        "bottom-right": frame[height - 6, width - 6],
    }
    for name, pixel in corners.items():
        assert close_to(pixel, RED_BGR if name == corner else WHITE, 20), name


def test_rgba_is_flattened_on_white(tmp_path: Path) -> None:
    image = Image.new("RGBA", (40, 20), (255, 0, 0, 255))
    image.paste((0, 0, 0, 0), (20, 0, 40, 20))  # right half fully transparent (black underneath)
    image.save(tmp_path / "cut.png")

    frame = load_image(tmp_path / "cut.png")

    assert frame.shape == (20, 40, 3)
    assert close_to(frame[10, 5], RED_BGR, 0)
    assert close_to(frame[10, 35], WHITE, 0)


def test_grey_with_alpha_is_flattened_on_white(tmp_path: Path) -> None:
    image = Image.new("LA", (40, 20), (0, 255))
    image.paste((0, 0), (20, 0, 40, 20))
    image.save(tmp_path / "grey.png")

    frame = load_image(tmp_path / "grey.png")

    assert close_to(frame[10, 5], (0, 0, 0), 0) and close_to(frame[10, 35], WHITE, 0)


def test_palette_images(tmp_path: Path) -> None:
    image = Image.new("P", (40, 20), 0)
    image.putpalette([0, 0, 255] + [255, 0, 0] + [0, 0, 0] * 254)  # 0 = blue, 1 = red
    image.paste(1, (20, 0, 40, 20))
    image.save(tmp_path / "palette.png")
    image.save(tmp_path / "transparent.png", transparency=0)
    image.save(tmp_path / "palette.gif")

    frame = load_image(tmp_path / "palette.png")
    assert close_to(frame[10, 5], (255, 0, 0), 0) and close_to(frame[10, 35], RED_BGR, 0)
    assert close_to(load_image(tmp_path / "transparent.png")[10, 5], WHITE, 0)
    assert close_to(load_image(tmp_path / "palette.gif")[10, 35], RED_BGR, 0)


@pytest.mark.parametrize("suffix", [".jpg", ".tif"])
def test_cmyk(tmp_path: Path, suffix: str) -> None:
    image = Image.new("CMYK", (40, 20), (255, 0, 0, 0))  # cyan ink
    image.paste((0, 0, 0, 255), (20, 0, 40, 20))  # black ink
    image.save(tmp_path / f"print{suffix}")

    frame = load_image(tmp_path / f"print{suffix}")

    assert close_to(frame[10, 5], (255, 255, 0), 8)  # cyan in BGR
    assert close_to(frame[10, 35], (0, 0, 0), 8)


def test_16_bit_grey_png_keeps_its_range(tmp_path: Path) -> None:
    ramp = np.tile(np.linspace(0, 65535, 256).astype(np.uint16), (10, 1))
    cv2.imwrite(str(tmp_path / "deep.png"), ramp)

    frame = load_image(tmp_path / "deep.png")

    assert frame.shape == (10, 256, 3)
    assert frame[5, 0, 0] <= 1 and frame[5, 255, 0] >= 254
    assert abs(int(frame[5, 128, 0]) - 128) <= 2  # scaled, not clipped to white


@pytest.mark.parametrize("suffix", [".png", ".tif"])
def test_16_bit_colour(tmp_path: Path, suffix: str) -> None:
    picture = np.zeros((20, 40, 3), np.uint16)
    picture[:, :20] = (0, 0, 65535)  # BGR red
    picture[:, 20:] = (32768, 32768, 32768)
    assert cv2.imwrite(str(tmp_path / f"deep{suffix}"), picture)

    frame = load_image(tmp_path / f"deep{suffix}")

    assert close_to(frame[10, 5], RED_BGR, 2)
    assert close_to(frame[10, 35], (128, 128, 128), 2)


def test_grey_and_one_bit_come_out_as_three_channels(tmp_path: Path) -> None:
    Image.new("L", (30, 10), 77).save(tmp_path / "grey.png")
    Image.new("1", (30, 10), 1).save(tmp_path / "bits.png")

    grey = load_image(tmp_path / "grey.png")
    bits = load_image(tmp_path / "bits.png")

    assert grey.shape == (10, 30, 3) and close_to(grey[5, 5], (77, 77, 77), 0)
    assert bits.shape == (10, 30, 3) and close_to(bits[5, 5], WHITE, 0)


def test_multi_page_tiff_gives_the_first_page(tmp_path: Path) -> None:
    first = Image.new("RGB", (30, 20), (255, 0, 0))
    second = Image.new("RGB", (50, 40), (0, 255, 0))
    first.save(tmp_path / "scan.tif", save_all=True, append_images=[second])

    frame = load_image(tmp_path / "scan.tif")

    assert frame.shape == (20, 30, 3) and close_to(frame[10, 10], RED_BGR, 0)


def test_non_ascii_path(tmp_path: Path) -> None:
    path = tmp_path / "편지 사진.png"
    marked_rgb().save(path)
    assert load_image(path).shape == (200, 300, 3)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadImageError) as caught:
        load_image(tmp_path / "nowhere.png")
    assert caught.value.message.startswith(f"The file {tmp_path / 'nowhere.png'} does not exist.")


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.jpg").write_bytes(b"")
    with pytest.raises(BadImageError, match="is empty"):
        load_image(tmp_path / "empty.jpg")


def test_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "letter.png"
    path.write_text("Dear reader, this is text, not a picture.\n" * 20)
    with pytest.raises(BadImageError) as caught:
        load_image(path)
    assert caught.value.message == (
        f"{path} is not an image Bitna can read. Use a photo or scan in PNG, JPEG or TIFF."
    )


def test_a_folder_is_not_an_image(tmp_path: Path) -> None:
    with pytest.raises(BadImageError, match="is a folder"):
        load_image(tmp_path)


def test_truncated_jpeg_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "half.jpg"
    marked_rgb(800, 600).save(path, quality=95)
    path.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(BadImageError, match="damaged or incomplete"):
        load_image(path)


def write_huge_grey_png(path: Path, size: int, box: tuple[int, int, int, int]) -> None:
    """Stream a size×size white PNG with a black box, never holding the image in memory."""
    left, top, right, bottom = box
    white = b"\xff" * size
    boxed = b"\xff" * left + b"\x00" * (right - left) + b"\xff" * (size - right)
    write_grey_png(path, size, lambda y: boxed if top <= y < bottom else white)


# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the (big) pytest process.
LOAD_AND_MEASURE = """
import json, re, sys
from pathlib import Path
from core.plumbing.imageio import load_image
frame = load_image(sys.argv[1])
left, top, right, bottom = (int(v) for v in sys.argv[2:])
status = Path("/proc/self/status").read_text()
print(json.dumps({
    "shape": list(frame.shape),
    "peak_mb": int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) / 1024,
    "box_centre": int(frame[(top + bottom) // 2, (left + right) // 2, 0]),
    "corner": int(frame[5, 5, 0]),
}))
"""


@dataclass
class Loaded:
    shape: tuple[int, ...]
    peak_mb: float
    box_centre: int
    corner: int


def load_in_fresh_process(path: Path, box_in_frame: tuple[int, int, int, int]) -> Loaded:
    """Load in a new interpreter, so its peak memory is this load's alone."""
    result = subprocess.run(
        [sys.executable, "-c", LOAD_AND_MEASURE, str(path), *map(str, box_in_frame)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    values = json.loads(result.stdout)
    return Loaded(tuple(values["shape"]), values["peak_mb"], values["box_centre"], values["corner"])


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="measures memory in /proc")
def test_huge_png_is_reduced_without_blowing_memory(tmp_path: Path) -> None:
    size, box = 20_000, (8_000, 12_000, 12_000, 14_000)
    huge = tmp_path / "huge.png"
    write_huge_grey_png(huge, size, box)
    small = tmp_path / "small.png"
    Image.new("L", (100, 100), 255).save(small)

    baseline = load_in_fresh_process(small, (10, 10, 20, 20))
    left, top, right, bottom = (v // 4 for v in box)
    loaded = load_in_fresh_process(huge, (left, top, right, bottom))

    growth = loaded.peak_mb - baseline.peak_mb
    print(f"\n20000x20000 grey PNG -> {loaded.shape}; peak memory +{growth:.0f} MB")
    assert loaded.shape[0] * loaded.shape[1] <= MAX_PIXELS
    assert loaded.shape == (5000, 5000, 3)  # reduced by the smallest whole factor that fits: 4
    assert loaded.box_centre == 0 and loaded.corner == 255  # the content stayed in place
    # Decoding the greys at full size costs 400 MB; converting them at full size (RGB,
    # numpy, BGR) would add over 3 GB, and bringing them to 8 bits whole 400 MB more; a
    # band at a time, only the reduced copy is added.
    assert growth < 460


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="measures memory in /proc")
def test_a_huge_one_bit_tiff_scan_is_read_reduced(tmp_path: Path) -> None:
    """A 20000x20000 bilevel scan in group 4, as a scanner writes it: Pillow checked its
    size again while loading and it was refused as too large; and its 1-bit pixels,
    decoded at a byte each, are not converted at full size."""
    page = Image.new("1", (20_000, 20_000), 1)
    page.paste(0, (8_000, 12_000, 12_000, 14_000))
    scan = tmp_path / "scan.tif"
    page.save(scan, compression="group4", dpi=(600, 600))
    del page
    small = tmp_path / "small.png"
    Image.new("L", (100, 100), 255).save(small)

    baseline = load_in_fresh_process(small, (10, 10, 20, 20))
    loaded = load_in_fresh_process(scan, (2_000, 3_000, 3_000, 3_500))

    growth = loaded.peak_mb - baseline.peak_mb
    print(f"\n20000x20000 1-bit TIFF -> {loaded.shape}; peak memory +{growth:.0f} MB")
    assert loaded.shape == (5000, 5000, 3)
    assert loaded.box_centre == 0 and loaded.corner == 255
    assert growth < 460


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="measures memory in /proc")
def test_huge_jpeg_is_decoded_small(tmp_path: Path) -> None:
    size = 12_000
    picture = np.full((size, size), 255, np.uint8)
    picture[6000:7000, 3000:5000] = 0
    path = tmp_path / "huge.jpg"
    Image.fromarray(picture).save(path, quality=90)
    del picture

    loaded = load_in_fresh_process(path, (1500, 3000, 2500, 3500))

    print(f"\n12000x12000 JPEG -> {loaded.shape}; peak memory {loaded.peak_mb:.0f} MB in all")
    assert loaded.shape == (6000, 6000, 3)  # decoded at half scale straight from the DCT
    assert loaded.box_centre < 20 and loaded.corner > 235
    assert loaded.peak_mb < 600  # a full-size decode alone would be 144 MB grey, 432 MB RGB
