"""The page's first lines, cut straight out of the frame before the whole page is prepared.

Preparing a 12-megapixel photo at OCR scale (lighting, turning, deskewing and layout of
the whole page) takes several times as long as reading its first line (measured:
benchmarks/README.md#the-head-cut-from-the-frame). So the head is chosen on the
glance (`core.document.prepare.Glance`, at most 1600 px long) with the glance's own layout,
and only its pieces are cut out of the full-resolution page, each in one affine warp that
turns, scales and deskews it as the prepared page will be, then evened out on its own.
Meanwhile the other core prepares the whole page.

Boxes are given in the prepared page's pixels: the prepared page is the upright glance
deskewed the same way, only `factor / scale` times larger, so the glance's boxes scale
onto it (to within a pixel or two: enough to tell the head's words from the rest's).
"""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np

from core.document.head import HEAD_LINES, Head, find_heads
from core.document.layout import find_regions
from core.document.lighting import even_out, ink_mask
from core.document.prepare import Glance
from core.document.skew import rotate, rotation
from core.document.textsize import letters_only
from core.text.model import Box

#: White kept around a piece while its light is evened out, in letter heights.
_MARGIN_LETTERS = 2.0
#: The side of the square read to tell which way the text runs, in letter heights.
_SQUARE_LETTERS = 25.0


def _enlargement(glance: Glance) -> float:
    """Prepared-page pixels per glance pixel."""
    return glance.factor / glance.scale


def prepared_size(glance: Glance) -> tuple[int, int]:
    """The (width, height) the prepared page of `glance` will have, to within a pixel."""
    height, width = glance.grey.shape[:2]
    size = (width, height) if not glance.angle else rotation(width, height, glance.angle)[1]
    scale = _enlargement(glance)
    return round(size[0] * scale), round(size[1] * scale)


def glance_heads(glance: Glance, lines: int = HEAD_LINES) -> Iterator[Head]:
    """Where reading could start (see `find_heads`), found on the glance, in the prepared
    page's pixels."""
    grey, raw = rotate(glance.grey, glance.angle), rotate(glance.raw, glance.angle)
    letter = (glance.letter or 30.0) * glance.scale
    regions = find_regions(ink_mask(grey), letter, raw)
    text = tuple(sorted((r for r in regions if r.kind != "figure"), key=lambda r: r.order))
    scale = _enlargement(glance)
    for head in find_heads(grey, text, letter, lines):
        yield Head(tuple(_scaled(box, scale) for box in head.pieces), head.open_end)


def _scaled(box: Box, scale: float) -> Box:
    left, top = round(box.left * scale), round(box.top * scale)
    return Box(left, top, round(box.right * scale) - left, round(box.bottom * scale) - top)


def cut_piece(glance: Glance, box: Box) -> np.ndarray:
    """The prepared page's pixels in `box` (grey, evened out), cut from the full page."""
    scale = _enlargement(glance)
    margin = round(_MARGIN_LETTERS * (glance.letter or 30.0) * glance.factor)
    width, height = box.width + 2 * margin, box.height + 2 * margin
    # Follow a piece pixel back to the page: piece -> prepared page -> deskewed glance ->
    # upright glance -> glance as captured -> page. Each step is affine; so is the whole.
    to_prepared = _translation(box.left - margin, box.top - margin)
    to_glance = np.diag([1 / scale, 1 / scale, 1.0])
    glance_height, glance_width = glance.grey.shape[:2]
    to_upright = np.linalg.inv(_affine(rotation(glance_width, glance_height, glance.angle)[0]))
    to_captured = np.eye(3)
    if glance.quarter_turns:  # np.rot90: upright (x, y) was captured (columns - 1 - y, x)
        to_captured = np.array([[0.0, -1.0, glance_height - 1.0], [1.0, 0.0, 0.0], [0, 0, 1]])
    to_page = np.diag([1 / glance.scale, 1 / glance.scale, 1.0])
    matrix = to_page @ to_captured @ to_upright @ to_glance @ to_prepared
    method = cv2.INTER_LINEAR if glance.factor <= 1 else cv2.INTER_CUBIC
    white = (255, 255, 255) if glance.page.ndim == 3 else 255
    piece = cv2.warpAffine(
        glance.page,
        matrix[:2],
        (width, height),
        flags=method | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=white,
    )
    levelled = even_out(piece)
    return np.ascontiguousarray(levelled[margin : margin + box.height, margin : margin + box.width])


def middle_square(glance: Glance) -> np.ndarray:
    """A square from the middle of the page as captured (not turned), at OCR scale, grey and
    evened out: enough lines to tell which way the text runs by reading them."""
    return square_around(glance, None, _SQUARE_LETTERS, most=1 / 3)


def square_around(
    glance: Glance, centre: tuple[float, float] | None, letters: float, most: float = 1.0
) -> np.ndarray:
    """A square of the page as captured (not turned), `letters` letter heights on a side
    but at most `most` of the page's shorter side, around `centre` (x, y in page pixels;
    None: the middle), at OCR scale, grey and evened out."""
    page = glance.page[::-1, ::-1] if glance.over else glance.page
    height, width = page.shape[:2]
    letter = glance.letter or 30.0
    side = max(1, round(min(height * most, width * most, letters * letter)))
    x, y = centre if centre is not None else (width / 2, height / 2)
    top = int(min(max(0, round(y - side / 2)), height - side))
    left = int(min(max(0, round(x - side / 2)), width - side))
    square = page[top : top + side, left : left + side]
    size = max(1, round(side * glance.factor))
    method = cv2.INTER_AREA if glance.factor < 1 else cv2.INTER_CUBIC
    return even_out(cv2.resize(square, (size, size), interpolation=method))


def densest_letters(glance: Glance, letters: float) -> tuple[float, float] | None:
    """The middle (x, y in page pixels, as captured) of the square `letters` letter heights
    on a side holding the most letter-like marks of the glance, or None without any."""
    marks = letters_only(ink_mask(glance.grey))
    if glance.over:
        marks = marks[::-1, ::-1]
    if glance.quarter_turns:  # back to the page as captured, as `square_around` cuts it
        marks = np.rot90(marks, -glance.quarter_turns)
    if not marks.any():
        return None
    side = max(1, round(letters * (glance.letter or 30.0) * glance.scale))
    density = cv2.boxFilter((marks > 0).astype(np.float32), -1, (side, side), normalize=False)
    y, x = np.unravel_index(int(np.argmax(density)), density.shape)
    return float(x) / glance.scale, float(y) / glance.scale


def _translation(dx: float, dy: float) -> np.ndarray:
    return np.array([[1.0, 0.0, dx], [0.0, 1.0, dy], [0.0, 0.0, 1.0]])


def _affine(matrix: np.ndarray) -> np.ndarray:
    return np.vstack([matrix, [0.0, 0.0, 1.0]])
