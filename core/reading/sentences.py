"""Turn recognised text into the pieces speech says, keeping where each piece came from.

A page is spoken sentence by sentence: Stop stays instant, the first sentence starts
without waiting for the rest, and every spoken word can be traced back to its place in the
reading pane (chunk offset + the word's offset within the chunk) for the highlight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.text.script import language_of

# A sentence: text up to and including its closing punctuation, or the end of the paragraph.
_SENTENCE = re.compile(r"\S.*?(?:[.!?。…]+[\"'”’)\]]*(?=\s)|$)", re.DOTALL)
_PARAGRAPH = re.compile(r"\S(?:.*?)(?=\n\s*\n|\Z)", re.DOTALL)


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
