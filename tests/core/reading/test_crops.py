"""Pieces cut from the page: a box reaching over the page's edge gives the part on it."""

from __future__ import annotations

import numpy as np

from core.reading.crops import cut
from core.text.model import Box


def test_a_box_over_the_top_edge_gives_the_part_on_the_page() -> None:
    # A table cell's box grown by a few pixels above a row at the very top of the page.
    page = np.arange(100 * 80, dtype=np.uint8).reshape(100, 80)
    piece = cut(page, Box(10, -4, 20, 30))
    assert piece.shape == (26, 20)
    assert (piece == page[0:26, 10:30]).all()


def test_a_box_off_the_page_gives_nothing() -> None:
    page = np.zeros((100, 80), np.uint8)
    assert cut(page, Box(10, -40, 20, 30)).size == 0
