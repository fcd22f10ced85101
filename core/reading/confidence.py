"""How sure a reading is: the measures the read path compares readings by."""

from __future__ import annotations

from core.text.model import PageText
from core.text.script import hangul_count


def mean_confidence(page: PageText) -> float:
    """The words' mean confidence (0 for a page without words)."""
    confidences = [word.confidence for word in page.words()]
    return sum(confidences) / len(confidences) if confidences else 0.0


def confident_characters(page: PageText) -> float:
    """Characters weighted by how sure the engine is of them: more is a better reading."""
    return sum(len(word.text) * word.confidence / 100 for word in page.words())


def has_words(page: PageText) -> bool:
    """Whether a piece read holds a word of three letters or digits, or three Hangul
    letters: not only marks and scraps like "|" or "i Ba" (a shadow in a book photo's
    corner). A Korean heading read a syllable apart is words; two syllables are not
    enough (measured: benchmarks/README.md, "Where reading starts")."""
    return hangul_count(page.text) >= 3 or any(
        sum(character.isalnum() for character in word.text) >= 3 for word in page.words()
    )
