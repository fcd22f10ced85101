"""Loading photos and scans as BGR frames, whatever odd form they come in.

Pillow reads the file because it knows EXIF orientation, palettes, CMYK, 16-bit and multi-page
TIFF, and handles non-ASCII paths everywhere; OpenCV is only a fallback for files Pillow cannot
decode. Dimensions are checked before decoding, so a huge scan is decoded small (JPEG) or
reduced a band at a time right after decoding, and never converted at full size.
"""

from __future__ import annotations

import logging
import math
import os
import struct
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, UnidentifiedImageError

from core.plumbing.errors import BadImageError
from core.plumbing.i18n import tr
from core.plumbing.opencv_logs import opencv_quiet

log = logging.getLogger(__name__)

MAX_PIXELS = 40_000_000
"""Largest image handed on (pixels); bigger ones are scaled down by a whole factor."""

MAX_DECODE_BYTES = 1_600_000_000
"""Largest full-size decode we allow for formats that cannot be decoded small (PNG, TIFF...)."""

_ORIENTATION_TAG = 0x0112
# What ImageOps.exif_transpose does for each EXIF orientation; applied here by hand because the
# orientation must be read from the file before the image is reduced (reduced copies lose it).
_TRANSPOSE_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# Bytes per pixel in Pillow's memory (RGB is stored as 4 bytes); anything else counts as 4.
_BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16B": 2, "I;16L": 2, "I;16N": 2}
#: Bytes of a huge picture converted and reduced at a time (see _reduced_8bit).
_BAND_BYTES = 4_000_000
_bomb_guard = threading.Lock()
# PNG and JPEG: Pillow reads all OpenCV can, and libpng/libjpeg in OpenCV print to stderr.
_PILLOW_ONLY_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
# What Pillow's parsers raise on malformed or cut-off files (each plugin raises its own kind).
_DECODE_ERRORS = (OSError, ValueError, EOFError, SyntaxError, struct.error)

# A cut-off TIFF makes Pillow print "Truncated File Read" on stderr; the user is told in words.
warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
# Pillow logs a malformed file's details at ERROR; here they are expected and reported in words.
logging.getLogger("PIL").setLevel(logging.CRITICAL)


def load_image(path: str | os.PathLike[str]) -> np.ndarray:
    """Read a picture file as an upright BGR uint8 array of at most MAX_PIXELS pixels."""
    file = Path(path)
    _check_file(file)
    try:
        with _open_unlimited(file) as image:
            return _decode(image, file)
    except UnidentifiedImageError:
        frame = _decode_with_opencv(file)
        if frame is None:
            raise BadImageError(_not_an_image(file)) from None
        return frame
    except PermissionError as error:
        raise BadImageError(_not_allowed(file)) from error
    except Image.DecompressionBombError as error:
        # Checked again while decoding some TIFFs (16777217x11 claimed by a flipped bit).
        raise BadImageError(_too_large(file)) from error
    except MemoryError as error:
        raise BadImageError(_too_large(file)) from error
    except _DECODE_ERRORS as error:
        # A header cut short or malformed: Pillow gives up before decoding anything.
        log.info("Pillow could not open %s: %s", file, error)
        frame = _decode_with_opencv(file)
        if frame is None:
            raise BadImageError(_damaged(file)) from error
        return frame


def _check_file(file: Path) -> None:
    """Turn the usual file problems into messages that say what to do."""
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise BadImageError(
            tr("The file {path} does not exist. Check its name and folder.", path=file)
        ) from None
    except OSError as error:
        raise BadImageError(_not_allowed(file)) from error
    if file.is_dir():
        raise BadImageError(
            tr("{path} is a folder, not a picture. Choose a picture file inside it.", path=file)
        )
    if size == 0:
        raise BadImageError(
            tr("The file {path} is empty. Scan or photograph the page again.", path=file)
        )


@contextmanager
def _unlimited() -> Iterator[None]:
    """Pillow's decompression-bomb check lifted: we check the size ourselves."""
    with _bomb_guard:
        limit = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = None
        try:
            yield
        finally:
            Image.MAX_IMAGE_PIXELS = limit


@contextmanager
def _open_unlimited(file: Path) -> Iterator[Image.Image]:
    """Open lazily without Pillow's decompression-bomb check."""
    with _unlimited():
        image = Image.open(file)
    try:
        yield image
    finally:
        image.close()


def _decode(image: Image.Image, file: Path) -> np.ndarray:
    """Decode the first page small enough, upright, flattened on white, as BGR."""
    orientation = _orientation(image)
    width, height = image.size
    if width <= 0 or height <= 0:
        raise BadImageError(_not_an_image(file))
    factor = _reduce_factor(width * height)
    if factor > 1:
        log.info("%s is %dx%d; reducing it by %d", file, width, height, factor)
        if image.format == "JPEG":
            # Decode at 1/2, 1/4 or 1/8 scale straight from the DCT: no full-size image at all.
            image.draft(None, (math.ceil(width / factor), math.ceil(height / factor)))
        elif width * height * _BYTES_PER_PIXEL.get(image.mode, 4) > MAX_DECODE_BYTES:
            raise BadImageError(_too_large(file))
    try:
        with _unlimited():  # TIFF checks the size again while loading (20000x20000: refused)
            image.load()
    except _DECODE_ERRORS as error:
        # Expected for damaged files; the user hears why, so the log need not shout.
        log.info("Pillow could not decode %s: %s", file, error)
        frame = _decode_with_opencv(file) if factor == 1 else None
        if frame is None:
            raise BadImageError(_damaged(file)) from error
        return frame
    try:
        remaining = _reduce_factor(image.width * image.height)
        if remaining > 1:
            picture = _reduced_8bit(image, remaining)
            image.close()  # the full-size pixels go before the reduced copy is converted
        else:
            picture = _to_8bit(image)
    except ValueError as error:
        raise BadImageError(_not_an_image(file)) from error
    if picture.width * picture.height > MAX_PIXELS:
        # A sliver (a pixel wide, millions tall) cannot shrink evenly; no page looks like it.
        raise BadImageError(_too_large(file))
    transpose = _TRANSPOSE_FOR_ORIENTATION.get(orientation)
    if transpose is not None:
        picture = picture.transpose(transpose)
    return _to_bgr(picture)


def _reduce_factor(pixels: int) -> int:
    """The smallest whole factor that brings `pixels` within MAX_PIXELS."""
    if pixels <= MAX_PIXELS:
        return 1
    return math.ceil(math.sqrt(pixels / MAX_PIXELS))


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation (1 = upright); a broken EXIF block counts as upright."""
    try:
        return int(image.getexif().get(_ORIENTATION_TAG, 1))
    except Exception:  # Pillow raises many kinds of errors on malformed EXIF
        log.debug("Unreadable EXIF; assuming upright", exc_info=True)
        return 1


def _reduced_8bit(image: Image.Image, factor: int) -> Image.Image:
    """`image` reduced `factor` times and brought to 8 bits a band of rows at a time, so
    no second full-size copy is made: a 20000x20000 1-bit scan is 400 MB decoded, and
    converted whole it took 400 MB more (measured: benchmarks/README.md#memory)."""
    width, height = image.size
    rows = max(1, _BAND_BYTES // (width * _BYTES_PER_PIXEL.get(image.mode, 4)) // factor) * factor
    reduced: Image.Image | None = None
    for top in range(0, height, rows):
        band = _to_8bit(image.crop((0, top, width, min(height, top + rows)))).reduce(factor)
        if reduced is None:
            reduced = Image.new(band.mode, (-(-width // factor), -(-height // factor)))
        reduced.paste(band, (0, top // factor))
    assert reduced is not None  # a picture has at least one row
    return reduced


def _to_8bit(image: Image.Image) -> Image.Image:
    """Bring any mode to L, LA, RGB or RGBA with 8 bits per channel (raises ValueError)."""
    mode = image.mode
    if mode in ("L", "LA", "RGB", "RGBA"):
        return image
    if mode == "1":
        return image.convert("L")
    if mode in ("P", "PA"):
        has_alpha = mode == "PA" or "transparency" in image.info
        return image.convert("RGBA" if has_alpha else "RGB")
    if mode in ("La", "RGBa"):
        return image.convert(mode.upper())
    if mode.startswith("I") or mode == "F":
        return Image.fromarray(_scale_to_8bit(np.asarray(image)))
    return image.convert("RGB")  # CMYK, YCbCr, HSV...; ValueError when Pillow has no way


def _scale_to_8bit(values: np.ndarray) -> np.ndarray:
    """Map 16-bit, 32-bit or float greys to 0..255 (by the range the data can have)."""
    if values.dtype.kind == "f":
        top = float(np.nanmax(values)) if values.size else 1.0
        scale = 255.0 if top <= 1.0 else 1.0
        return np.clip(np.nan_to_num(values) * scale, 0, 255).astype(np.uint8)
    top = int(values.max()) if values.size else 0
    if top <= 255:
        return np.clip(values, 0, 255).astype(np.uint8)
    if top <= 65535:
        return (values.astype(np.uint32) // 257).astype(np.uint8)
    return (values.astype(np.float64) * (255.0 / top)).astype(np.uint8)


def _to_bgr(picture: Image.Image) -> np.ndarray:
    """Flatten alpha on white paper and convert to a contiguous BGR uint8 array."""
    if picture.mode in ("LA", "RGBA"):
        base_mode = picture.mode[:-1]
        paper = Image.new(base_mode, picture.size, 255 if base_mode == "L" else (255, 255, 255))
        paper.paste(picture.convert(base_mode), mask=picture.getchannel("A"))
        picture = paper
    pixels = np.asarray(picture)
    code = cv2.COLOR_GRAY2BGR if picture.mode == "L" else cv2.COLOR_RGB2BGR
    return cv2.cvtColor(pixels, code)


def _decode_with_opencv(file: Path) -> np.ndarray | None:
    """Last resort for what Pillow cannot decode (some 16-bit TIFFs, HDR, PFM)."""
    try:
        with file.open("rb") as stream:
            if stream.read(8).startswith(_PILLOW_ONLY_MAGIC):
                return None
    except OSError:
        return None
    try:
        with opencv_quiet(cv2.utils.logging.LOG_LEVEL_SILENT):
            if not cv2.haveImageReader(str(file)):
                return None
            data = np.fromfile(file, dtype=np.uint8)
            frame = cv2.imdecode(data, cv2.IMREAD_COLOR)
    except (cv2.error, OSError, ValueError):
        log.debug("OpenCV could not decode %s either", file, exc_info=True)
        return None
    if frame is None or frame.size == 0:
        return None
    factor = _reduce_factor(frame.shape[0] * frame.shape[1])
    if factor > 1:
        size = (frame.shape[1] // factor, frame.shape[0] // factor)
        frame = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(frame)


def _damaged(file: Path) -> str:
    return tr("{path} is damaged or incomplete. Copy or scan it again.", path=file)


def _not_an_image(file: Path) -> str:
    return tr(
        "{path} is not an image Bitna can read. Use a photo or scan in PNG, JPEG or TIFF.",
        path=file,
    )


def _not_allowed(file: Path) -> str:
    return tr("Bitna may not open {path}. Check that you are allowed to read it.", path=file)


def _too_large(file: Path) -> str:
    return tr(
        "{path} is too large for Bitna to open. Use a picture of at most {megapixels} megapixels.",
        path=file,
        megapixels=MAX_DECODE_BYTES // 4_000_000,
    )
