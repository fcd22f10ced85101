"""Turn recognised text into the pieces speech says, keeping where each piece came from.

A page is spoken sentence by sentence: Stop stays instant, the first sentence starts
without waiting for the rest, and every spoken word can be traced back to its place in the
reading pane (chunk offset + the word's offset within the chunk) for the highlight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z]")
# A sentence: text up to and including its closing punctuation, or the end of the paragraph.
_SENTENCE = re.compile(r"\S.*?(?:[.!?。…]+[\"'”’)\]]*(?=\s)|$)", re.DOTALL)
_PARAGRAPH = re.compile(r"\S(?:.*?)(?=\n\s*\n|\Z)", re.DOTALL)


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
    """ "ko" for text that is mostly Hangul, else "en" (the two languages Bitna speaks)."""
    hangul = hangul_count(text)
    latin = len(_LATIN.findall(text))
    return "ko" if hangul and hangul * 2 >= latin else "en"


@dataclass(frozen=True)
class Chunk:
    """One sentence to speak: its text, language, and offset in the page text."""

    text: str
    start: int
    language: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_for_speech(text: str) -> list[Chunk]:
    """Sentences of `text` in order; line breaks become spaces so offsets stay exact."""
    chunks: list[Chunk] = []
    for paragraph in _PARAGRAPH.finditer(text):
        base = paragraph.start()
        for sentence in _SENTENCE.finditer(paragraph.group()):
            piece = sentence.group().rstrip()
            if piece:
                spoken = piece.replace("\n", " ")
                chunks.append(Chunk(spoken, base + sentence.start(), language_of(spoken)))
    return chunks
