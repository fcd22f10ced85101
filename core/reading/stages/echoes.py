"""Words read twice: Tesseract's layout sometimes reads a piece of a word on its own as
well as the whole word (a Korean line: "같은 고" then "고철 공급"), and the piece would be
spoken twice. A word lying inside another word's box, whose text it is part of, goes.
"""

from __future__ import annotations

from collections import defaultdict

from core.text.model import Box, PageText, Word, with_words

#: Share of the smaller word's box that must lie inside the other word's.
INSIDE = 0.8
_CELL = 64  # px: words are compared only with words in the same grid cells


def without_echoes(page: PageText, _reading: object = None) -> PageText:
    """`page` without the words that repeat part of a bigger word at the same place (the
    stage needs nothing of the reading but the page)."""
    words = list(page.words())
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, word in enumerate(words):
        for cell in _cells(word.box):
            cells[cell].append(index)
    echoes: set[int] = set()
    for index, word in enumerate(words):
        near = {other for cell in _cells(word.box) for other in cells[cell] if other != index}
        if any(_echo(word, words[other]) for other in near if other not in echoes):
            echoes.add(index)
    if not echoes:
        return page
    dropped = {id(words[index]) for index in echoes}
    return with_words(page, lambda word: () if id(word) in dropped else (word,))


def _cells(box: Box) -> list[tuple[int, int]]:
    return [
        (column, row)
        for column in range(box.left // _CELL, (box.right - 1) // _CELL + 1)
        for row in range(box.top // _CELL, (box.bottom - 1) // _CELL + 1)
    ]


def _echo(word: Word, other: Word) -> bool:
    """Whether `word` is a part of `other`, read again inside it."""
    if len(word.text) >= len(other.text) or word.text not in other.text:
        return False
    area = word.box.area
    return area > 0 and word.box.shared_area(other.box) >= INSIDE * area
