"""Gutters found from the words' boxes (core/document/gutters.py): a line the photo engine
read across two columns is parted at the gutter, on a page that leans too; a heading over
both columns and a column's own word spaces are not."""

from __future__ import annotations

import random

from core.document.arrange import arranged
from core.document.gutters import parted_at_gutters
from core.text.model import Block, Box, Line, PageText, Word

HEIGHT = 40  # px, one line's box
PITCH = 48  # px from one line's top to the next's
COLUMN = 700  # px, a column's width
GUTTER = 45  # px between the columns: about a line's height, as on a magazine page
LEFT = 100


def words_across(texts: list[str], left: float, top: int, width: int) -> list[Word]:
    """`texts` as words spread over `width` pixels from `left`, justified."""
    share = width / len(texts)
    return [
        Word(text, Box(round(left + i * share), top, round(share) - 12, HEIGHT), 95.0)
        for i, text in enumerate(texts)
    ]


def as_line(words: list[Word]) -> Line:
    return Line(tuple(words), Box.enclosing(word.box for word in words))


def page_of(lines: list[Line]) -> PageText:
    return PageText(tuple(Block((one,), one.box) for one in lines), 2000, 2000, "eng")


def two_columns(rows: int, across: set[int], lean: float = 0.0, gutter: int = GUTTER) -> list[Line]:
    """Rows of two justified columns; the rows in `across` read as one line over both.
    `lean`: how far the columns' edges move right per pixel down (a page in perspective)."""
    lines = []
    for row in range(rows):
        top = 200 + row * PITCH
        shift = lean * top
        left = words_across(
            [f"left{row}", "words", "of", "the", "first"], LEFT + shift, top, COLUMN
        )
        right_edge = LEFT + COLUMN + gutter + shift
        right = words_across(
            [f"right{row}", "words", "of", "the", "second"], right_edge, top, COLUMN
        )
        if row in across:
            lines.append(as_line(left + right))
        else:
            lines += [as_line(left), as_line(right)]
    return lines


def first_words(page: PageText) -> list[str]:
    return [line.words[0].text for line in page.lines()]


def test_rows_read_across_the_gutter_are_parted_and_the_columns_read_in_turn() -> None:
    rows = 10
    page = arranged(page_of(two_columns(rows, across={0, 1, 2, 5, 9})), [])
    expected = [f"left{i}" for i in range(rows)] + [f"right{i}" for i in range(rows)]
    assert first_words(page) == expected


def test_the_gutter_of_a_leaning_page_is_found() -> None:
    """Columns 7 degrees off the vertical, a narrow gutter: straight down, it closes
    within four lines (UNLV 8071 photographed small, not flattened, leaned 4.5 degrees)."""
    rows = 15
    lines = two_columns(rows, across={0, 3, 4, 7, 12}, lean=0.12, gutter=30)
    page = arranged(page_of(lines), [])
    expected = [f"left{i}" for i in range(rows)] + [f"right{i}" for i in range(rows)]
    assert first_words(page) == expected


def test_a_heading_over_both_columns_stays_whole_even_with_a_gap_over_the_gutter() -> None:
    # The heading's middle gap lies right over the gutter, with a blank line under it.
    heading_left = words_across(["Small", "projects,", "big"], LEFT, 200 - 2 * PITCH, COLUMN)
    heading_right = words_across(
        ["changes", "in", "town"], LEFT + COLUMN + GUTTER, 200 - 2 * PITCH, COLUMN
    )
    heading = as_line(heading_left + heading_right)
    parted = parted_at_gutters([heading, *two_columns(8, across=set())])
    assert heading in parted


def test_word_spaces_of_one_justified_column_part_nothing() -> None:
    """Wide word spaces, some lined up for a few rows, are not a gutter."""
    rng = random.Random(3)
    lines = []
    for row in range(30):
        count = rng.randint(4, 7)
        texts = [f"w{row}_{i}" for i in range(count)]
        lines.append(as_line(words_across(texts, LEFT, 200 + row * PITCH, COLUMN)))
    assert parted_at_gutters(lines) == lines
