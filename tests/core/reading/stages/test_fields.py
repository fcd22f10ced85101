"""A form's bare label ("성명:") takes the value printed beside it, wherever the reading
put that value (here: at the end of the paragraph above)."""

from __future__ import annotations

from core.reading.stages.fields import values_beside_labels
from core.text.model import Block, Box, Line, PageText, Word


def line(*words: tuple[str, int, int]) -> Line:
    made = tuple(Word(text, Box(left, top, 25 * len(text), 35), 95.0) for text, left, top in words)
    return Line(made, Box.enclosing(word.box for word in made))


def block(*lines: Line) -> Block:
    return Block(lines, Box.enclosing(line.box for line in lines))


def page(*blocks: Block) -> PageText:
    return PageText(blocks, 2480, 3508, "kor+eng")


def test_a_value_read_with_the_paragraph_above_joins_its_label() -> None:
    intro = line(("1.", 170, 271), ("신청인", 230, 271), ("정보.", 400, 271))
    value = line(("정우진", 460, 362))
    label = line(("성명:", 170, 362))
    birth = line(("생년월일:", 170, 418), ("1957년", 460, 418))
    found = values_beside_labels(page(block(intro, value), block(label, birth)))
    assert [b.text for b in found.blocks] == ["1. 신청인 정보.", "성명: 정우진\n생년월일: 1957년"]


def test_a_label_keeps_to_itself_when_nothing_or_something_else_is_beside_it() -> None:
    label = line(("Name:", 170, 362))
    alone = page(block(label), block(line(("Next", 170, 500))))
    assert values_beside_labels(alone) == alone
    far = page(block(label), block(line(("Far", 1000, 362))))
    assert values_beside_labels(far) == far
    between = line(("x", 320, 340))  # a word (a line above's) reaches between them
    crowded = page(block(label, between), block(line(("정우진", 460, 362))))
    assert values_beside_labels(crowded) == crowded


def test_a_line_of_prose_ending_with_a_colon_does_not_take_the_next_column_s_line() -> None:
    """A magazine's column line "kids need most from a dad:" beside the next column."""
    prose = line(("kids", 170, 400), ("need", 260, 400), ("most", 360, 400), ("from", 460, 400),
                 ("a", 560, 400), ("dad:", 600, 400))  # fmt: skip
    beside = line(("families,", 900, 400), ("fathers", 1150, 400))
    columns = page(block(prose), block(beside))
    assert values_beside_labels(columns) == columns
