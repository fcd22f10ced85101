"""Which script a text is in: one rule for reading, speech and spelling."""

from __future__ import annotations

import pytest

from core.reading.sentences import split_for_speech
from core.text.script import is_hangul, language_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hello", "en"),
        ("안녕", "ko"),
        ("Page 3: 빛나 reads", "en"),  # a Korean name in an English sentence
        ("빛나 읽기 page", "ko"),
        ("ㅎㅎ", "ko"),
        ("ﾡﾢ", "ko"),  # half-width jamo
        ("", "en"),
    ],
)
def test_one_rule_says_which_language_a_sentence_is_in(text: str, language: str) -> None:
    assert language_of(text) == language
    assert {chunk.language for chunk in split_for_speech(text)} <= {language}


def test_hangul_letters_are_told_from_latin_ones() -> None:
    assert [is_hangul(c) for c in "가ㄱᄀꥠA1"] == [True, True, True, True, False, False]


def test_language_of_mixed_text() -> None:
    assert language_of("서울 Seoul 특별시") == "ko"
    assert language_of("Call 010-1234 today") == "en"
    assert language_of("1234") == "en"
