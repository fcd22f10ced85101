"""A page kept in the library comes back as it was: every word, box, table and note."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.library.page_codec import packed, page_from_json, page_to_json, unpacked
from core.text.model import Block, Box, Cell, Line, PageText, Table, Word, page_from_text
from tests.core.library.pages import KOREAN_BILL, letter, with_heading


def test_a_page_with_a_table_and_odd_confidences_round_trips_exactly() -> None:
    page = letter()
    assert page_from_json(page_to_json(page)) == page
    assert unpacked(packed(page)) == page


def test_notes_headings_and_korean_round_trip() -> None:
    note = Block(
        (Line((Word("A picture.", Box(1, 2, 3, 4), 0.1 + 0.2),), Box(1, 2, 3, 4)),),
        Box(0, 0, 10, 10),
        note="picture",
    )
    korean = page_from_text(KOREAN_BILL)
    page = PageText(
        (*with_heading("Notice", "Body text").blocks, note, *korean.blocks), 800, 600, "kor+eng"
    )
    again = unpacked(packed(page))
    assert again == page
    assert again.blocks[2].note == "picture"
    assert again.words().__next__().confidence == 96.0


def test_packing_makes_a_page_smaller_than_its_json() -> None:
    page = page_from_text("The quick brown fox jumps over the lazy dog.\n" * 40)
    assert len(packed(page)) < len(page_to_json(page).encode()) / 3


@pytest.mark.parametrize("bad", [b"", b"not zlib", b"x\x9c\x03\x00\x00\x00\x00\x01"])
def test_anything_else_is_a_value_error(bad: bytes) -> None:
    with pytest.raises(ValueError):
        unpacked(bad)
    with pytest.raises(ValueError):
        page_from_json('{"v": 1, "w": 3}')
    with pytest.raises(ValueError):
        page_from_json('{"v": 99, "w": 3, "h": 3, "l": "", "b": []}')


boxes = st.builds(
    Box,
    st.integers(-5, 10_000),
    st.integers(-5, 10_000),
    st.integers(0, 5_000),
    st.integers(0, 5_000),
)
confidences = st.floats(-1, 100, allow_nan=False)
words = st.builds(Word, st.text(max_size=12), boxes, confidences)
lines = st.builds(Line, st.tuples(words) | st.lists(words, max_size=4).map(tuple), boxes)
cells = st.builds(Cell, st.text(max_size=8), boxes, confidences, st.integers(1, 3))
tables = st.builds(
    Table,
    st.lists(st.lists(cells, min_size=1, max_size=3).map(tuple), max_size=3).map(tuple),
    st.integers(0, 2),
    st.sampled_from(["grid", "rules", "none"]),
)
blocks = st.builds(
    Block,
    st.lists(lines, max_size=3).map(tuple),
    boxes,
    st.none() | tables,
    st.none() | st.sampled_from(["picture", "code", "handwriting", "stamp"]),
)
pages = st.builds(
    PageText,
    st.lists(blocks, max_size=4).map(tuple),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.text(max_size=10),
)


@given(pages)
def test_any_page_comes_back_equal(page: PageText) -> None:
    assert unpacked(packed(page)) == page
