"""The text lines our layout found on a prepared page, and which of them a reading missed.

Tesseract's layout can lose whole lines yet be confident about the few it kept; no
confidence shows that, but comparing its words with the lines our own layout found does.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.document.head import line_bands
from core.document.lighting import ink_mask
from core.document.prepare import PreparedPage
from core.text.model import Box, PageText

#: A line counts as read when words cover this share of its width at its middle row.
COVERED_SHARE = 0.2


def line_boxes(prepared: PreparedPage) -> list[Box]:
    """Every line of text our layout found on the page, as a box across its block."""
    boxes: list[Box] = []
    for region in prepared.text_regions:
        box = region.box
        crop = prepared.image[box.top : box.bottom, box.left : box.right]
        for top, bottom in line_bands(ink_mask(crop), prepared.letter_height):
            boxes.append(Box(box.left, box.top + top, box.width, bottom - top))
    return boxes


def unread_lines(page: PageText, lines: Sequence[Box], shape: tuple[int, ...]) -> list[Box]:
    """The `lines` (on a page of `shape[:2]`) on which `page` has no words."""
    found = np.zeros(shape[:2], bool)
    for word in page.words():
        box = word.box
        found[max(0, box.top) : box.bottom, max(0, box.left) : box.right] = True
    height = shape[0]
    return [
        line
        for line in lines
        if found[min(height - 1, line.top + line.height // 2), line.left : line.right].mean()
        <= COVERED_SHARE
    ]


def lines_covered(page: PageText, prepared: PreparedPage, lines: Sequence[Box]) -> float:
    """The share of `lines` (the page's text lines) on which `page` has words (1 when the
    page has no lines)."""
    if not lines:
        return 1.0
    return 1 - len(unread_lines(page, lines, prepared.image.shape)) / len(lines)
