"""Pages for the library's tests: a letter with a heading, fields and a table; Korean bills."""

from __future__ import annotations

import time

from core.library.store import Library
from core.text.model import Block, Box, Line, PageText, Word, page_from_text
from tests.core.reading.test_formats import bill_page


def with_heading(heading: str, body: str) -> PageText:
    """A page whose first block is in letters twice the usual height: a heading."""
    words = []
    x = 40
    for text in heading.split():
        words.append(Word(text, Box(x, 20, 24 * len(text), 48), 96.0))
        x += 24 * len(text) + 24
    line = Line(tuple(words), Box.enclosing(word.box for word in words))
    rest = page_from_text(body)
    moved = [
        Block(
            tuple(
                Line(
                    tuple(
                        Word(w.text, Box(w.box.left, w.box.top + 80, w.box.width, 24), 90.0)
                        for w in ln.words
                    ),
                    Box(ln.box.left, ln.box.top + 80, ln.box.width, ln.box.height),
                )
                for ln in block.lines
            ),
            Box(block.box.left, block.box.top + 80, block.box.width, block.box.height),
        )
        for block in rest.blocks
    ]
    return PageText((Block((line,), line.box), *moved), 1200, 1600, "eng")


def letter() -> PageText:
    """The water bill of tests/core/reading: a field and a table with a header row."""
    return bill_page()


KOREAN_BILL = (
    "수도요금청구서\n\n고객번호: 70717355\n\n이번 달 수도 요금은 34,790원입니다.\n"
    "납부 기한은 12월 20일입니다."
)
KOREAN_NOTICE = (
    "건강보험 안내문\n\n보험료 납부 방법을 알려 드립니다.\n자동이체를 신청하시면 편리합니다."
)
ENGLISH_LETTER = (
    "Dear Customer\n\nYour bank statement for November is ready.\n"
    "The balance on your account is 1,204.50 dollars.\n\nKind regards"
)


def keep_three(library: Library) -> dict[str, int]:
    """A Korean bill, an English letter and a Korean notice kept in that order (newest
    last); their ids by "bill", "letter" and "notice"."""
    ids = {}
    for name, text in (
        ("bill", KOREAN_BILL),
        ("letter", ENGLISH_LETTER),
        ("notice", KOREAN_NOTICE),
    ):
        ids[name] = library.keep([page_from_text(text)], kind="read")
        time.sleep(0.01)
    return ids
