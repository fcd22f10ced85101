"""A page as speech hears it: each sentence said once, as soon as it is whole."""

from __future__ import annotations

import dataclasses

from core.reading.spoken import NEVER_UNSURE, Sentence, SpokenPage, UnsureSpeech, spoken_text
from core.reading.streaming import ReadPart
from core.text.lexicon import NullLexicon
from core.text.model import Block, Box, Line, PageText, Word, page_from_text, with_words


def followed(parts: list[ReadPart], marking: UnsureSpeech = NEVER_UNSURE) -> list[Sentence]:
    said: list[Sentence] = []
    spoken = SpokenPage(said.append, marking)
    for part in parts:
        spoken.follow(part)
    return said


def test_a_growing_page_is_said_sentence_by_sentence_each_once() -> None:
    head = page_from_text("Dear Min-su, thank you. The parcel came")
    whole = page_from_text("Dear Min-su, thank you. The parcel came today.\n\n안녕히 계세요.")
    said = followed(
        [
            ReadPart(head, final=False, open_end=True),
            ReadPart(head, final=False, open_end=True),  # the same part again says nothing
            ReadPart(whole, final=True),
        ]
    )
    assert [s.spoken for s in said] == [
        "Dear Min-su, thank you.",  # the unfinished sentence waits for the rest
        "The parcel came today.",
        "안녕히 계세요.",
    ]
    assert [s.chunk.language for s in said] == ["en", "en", "ko"]
    assert [s.chunk.start for s in said] == [0, 24, whole.text.index("안녕")]


def test_a_head_of_one_unfinished_sentence_is_said_at_once() -> None:
    head = page_from_text("Dear Min-su")
    said = followed([ReadPart(head, final=False, open_end=True)])
    assert [s.spoken for s in said] == ["Dear Min-su"]


def test_unsure_words_are_said_as_unsure_and_map_back_to_the_page() -> None:
    page = page_from_text("Pay 962,192 today.")

    def doubted(page: PageText) -> PageText:
        def word(w):  # type: ignore[no-untyped-def]
            return (dataclasses.replace(w, confidence=30.0) if "962" in w.text else w,)

        return with_words(page, word)

    numbers = UnsureSpeech(lexicon=NullLexicon())  # numbers only, the default
    said = followed([ReadPart(doubted(page), final=True)], numbers)
    assert [s.spoken for s in said] == ["Pay unsure 962,192 today."]
    sentence = said[0]
    assert sentence.to_page(len("Pay unsure ")) == page.text.index("962")
    assert followed([ReadPart(doubted(page), final=True)])[0].spoken == "Pay 962,192 today."
    assert followed([ReadPart(page, final=True)], numbers)[0].spoken == "Pay 962,192 today."


def test_the_spoken_text_of_a_page_says_unsure_before_doubtful_numbers() -> None:
    box = Box(0, 0, 40, 20)
    words = (Word("Total", box, 95.0), Word("962,192", box, 70.0), Word("won.", box, 95.0))
    page = PageText((Block((Line(words, box),), box),), 100, 40, "eng")
    assert spoken_text(page, UnsureSpeech(lexicon=NullLexicon())) == "Total unsure 962,192 won."
    assert spoken_text(page) == "Total 962,192 won."
