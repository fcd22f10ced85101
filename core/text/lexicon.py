"""Whether a word is a word of its language: the contract the doubt checks ask through.

A misread word is seldom a word of the language ("tbe", "recieve", "가나다라마"), so a
reader checks what it hears against what it knows. The real lexicon is Hunspell with the
system's dictionaries (core/text/hunspell.py, the only module that loads the library);
`NullLexicon` knows no language, so without dictionaries the other checks still run;
`WordListLexicon` knows the words it is given, for tests.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Literal, Protocol

log = logging.getLogger(__name__)

#: The languages a lexicon is asked about: English (Latin letters) and Korean (Hangul).
Language = Literal["en", "ko"]


class Lexicon(Protocol):
    """Knows the words of some languages."""

    def knows(self, word: str, language: Language) -> bool | None:
        """Whether `word` (one word, no spaces or edge punctuation) is a word of
        `language`, inflected forms and Korean particles included; None when there is
        no dictionary for `language`."""
        ...


class NullLexicon:
    """Knows no language: every question is answered None."""

    def knows(self, word: str, language: Language) -> bool | None:
        return None


class WordListLexicon:
    """Knows exactly the words given per language (case as given, and lower case);
    records every question asked, for tests."""

    def __init__(self, words: dict[Language, Iterable[str]]) -> None:
        self._words = {language: set(found) for language, found in words.items()}
        self.asked: list[tuple[str, Language]] = []

    def knows(self, word: str, language: Language) -> bool | None:
        self.asked.append((word, language))
        known = self._words.get(language)
        if known is None:
            return None
        return word in known or word.lower() in known
