"""A Korean label run into its amount is split into the two, each where it is printed."""

from __future__ import annotations

from core.reading.stages.glued import split_glued_amounts
from core.text.model import Block, Box, Line, PageText, Word


def _page(words: list[Word], languages: str = "kor+eng") -> PageText:
    line = Line(tuple(words), Box.enclosing(w.box for w in words))
    return PageText((Block((line,), line.box),), 1000, 200, languages)


def test_a_label_and_its_amount_read_as_one_word_are_split_at_their_ends() -> None:
    glued = Word("합계4,140,160원", Box(100, 50, 600, 40), 88.0)
    page = split_glued_amounts(_page([Word("총", Box(20, 50, 40, 40), 90.0), glued]))
    words = list(page.words())
    assert [w.text for w in words] == ["총", "합계", "4,140,160원"]
    label, amount = words[1], words[2]
    assert label.box.left == 100 and label.box.right < 200  # two syllables, about 80 px
    assert amount.box.right == 700 and amount.box.left > 400  # right-aligned, about 240 px
    assert label.confidence == amount.confidence == 88.0
    assert page.text.split() == ["총", "합계", "4,140,160원"]


def test_words_as_printed_and_pages_without_korean_stay() -> None:
    kept = [
        Word("제1조", Box(0, 0, 90, 40), 90.0),  # article 1
        Word("3일", Box(100, 0, 60, 40), 90.0),  # three days
        Word("오전10시", Box(200, 0, 150, 40), 90.0),  # ends in a syllable
        Word("합계5", Box(400, 0, 100, 40), 90.0),  # one digit
    ]
    page = _page(kept)
    assert split_glued_amounts(page) is page
    english = _page([Word("합계4,140", Box(0, 0, 300, 40), 90.0)], "eng")
    assert split_glued_amounts(english) is english
