"""Pieces cut from a page for reading on their own: cut, levelled, padded, and put back."""

from __future__ import annotations

import cv2
import numpy as np

from core.document.lighting import ink_mask
from core.document.skew import best_angle, rotate
from core.document.textsize import letters_only
from core.ocr.base import Layout
from core.text.model import Box, PageText, shifted_block

#: White border around a piece: Tesseract misreads text that touches the image's edge.
PAD = 10
#: A piece still sloping this many degrees after the page was deskewed is levelled alone.
LEVEL_DEGREES = 1.0
#: A first piece taller than this many letter heights holds lines our line finder could
#: not part (measured: benchmarks/README.md, "Lines that could not be parted").
LINE_MAX_LETTERS = 6.0


def cut(picture: np.ndarray, box: Box) -> np.ndarray:
    """The part of `picture` inside `box` (none of it outside: a negative index would
    count from the far edge)."""
    top, left = max(0, box.top), max(0, box.left)
    return picture[top : max(top, box.bottom), left : max(left, box.right)]


def padded(crop: np.ndarray) -> np.ndarray:
    """`crop` with `PAD` pixels of white around it."""
    return cv2.copyMakeBorder(crop, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255)


def levelled(crop: np.ndarray) -> np.ndarray:
    """A piece of the page levelled on its own when its lines still slope, and padded.

    A page photographed in perspective slopes differently from top to bottom, so one turn
    of the whole page leaves some lines sloping. The piece's boxes stay those of the
    levelled piece: close enough for telling its words from the rest's.
    """
    angle, _ = best_angle(letters_only(ink_mask(crop)))  # not a shadow's or rule's edge
    if abs(angle) >= LEVEL_DEGREES:
        crop = rotate(crop, angle)
    return padded(crop)


def piece_layout(index: int, box: Box, letter: float) -> Layout:
    """How a piece of the head is read: its first piece as one line (soonest), unless it
    is too tall to be one (`LINE_MAX_LETTERS`); the rest, several lines, as a block."""
    return "line" if index == 0 and box.height <= LINE_MAX_LETTERS * letter else "block"


def shifted_page(page: PageText, dx: int, dy: int, width: int, height: int) -> PageText:
    """`page` read from a crop, moved into the pixels of a `width`x`height` page."""
    blocks = tuple(shifted_block(block, dx, dy) for block in page.blocks)
    return PageText(blocks, width, height, page.languages)
