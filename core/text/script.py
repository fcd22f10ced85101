"""Which script a text is in: the one place Bitna tells Hangul from Latin.

Reading (which engine, Korean read again), speech (which voice says a sentence) and
spelling (syllables or letter names) all ask here, so they cannot disagree about the same
sentence.
"""

from __future__ import annotations

import re

#: Every Hangul block: jamo, compatibility jamo, jamo extended A and B, syllables, and the
#: half-width forms.
_HANGUL = re.compile(
    "[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uffa0-\uffdc]"
)
_LATIN = re.compile(r"[A-Za-z]")


def is_hangul(character: str) -> bool:
    """Whether `character` is a Hangul letter (a syllable or a jamo)."""
    return bool(_HANGUL.fullmatch(character))


def hangul_count(text: str) -> int:
    """The Hangul letters (syllables and jamo) in `text`."""
    return len(_HANGUL.findall(text))


def letter_count(text: str) -> int:
    """The letters in `text`, of any script."""
    return sum(1 for c in text if c.isalpha())


def hangul_share(text: str) -> float:
    """The share of the letters in `text` that are Hangul (0 for no letters)."""
    letters = letter_count(text)
    return hangul_count(text) / letters if letters else 0.0


def language_of(text: str) -> str:
    """ "ko" for text that is mostly Hangul, else "en" (the two languages Bitna speaks).

    Half or more: a Korean sentence with an English word in it is said by the Korean
    voice, an English one with a Korean name by the English voice.
    """
    hangul = hangul_count(text)
    latin = len(_LATIN.findall(text))
    return "ko" if hangul and hangul * 2 >= latin else "en"
