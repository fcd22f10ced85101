"""Sentences, lines and words of the page text, found on demand from the text as it is now.

The page text grows while it is read (regions are appended as they are recognised), so
nothing here is cached: every question is answered from the current text. Offsets are
Python string offsets into `PageText.text`, the same the reading pane and the word
highlight use. Sentences are exactly the pieces `split_for_speech` hands to speech, so
"go on from this sentence" starts on a boundary speech knows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from core.reading.sentences import split_for_speech
from core.text.model import PageText, Word
from core.text.script import is_hangul

Unit = Literal["sentence", "line", "word"]
UNITS: tuple[Unit, ...] = ("sentence", "line", "word")

_WORD = re.compile(r"\S+")
_LINE = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True)
class Span:
    """A stretch of the page text: [start, end)."""

    start: int
    end: int

    def text(self, page_text: str) -> str:
        return page_text[self.start : self.end]


def spans(text: str, unit: Unit) -> list[Span]:
    """Every sentence, line or word of `text`, in order (blank lines have none)."""
    if unit == "sentence":
        return [Span(chunk.start, chunk.end) for chunk in split_for_speech(text)]
    pattern = _LINE if unit == "line" else _WORD
    found = []
    for match in pattern.finditer(text):
        # A line without its leading and trailing blanks, so it starts on a word.
        stripped = match.group().strip()
        start = match.start() + match.group().index(stripped[0])
        found.append(Span(start, start + len(stripped)))
    return found


def index_at(units: list[Span], position: int) -> int:
    """The unit `position` is in (or the last one starting before it); -1 before the first."""
    return bisect.bisect_right([span.start for span in units], position) - 1


def unit_at(text: str, unit: Unit, position: int) -> Span | None:
    """The sentence, line or word at `position` (the nearest before it in a gap)."""
    units = spans(text, unit)
    if not units:
        return None
    return units[max(0, index_at(units, position))]


def step(text: str, unit: Unit, position: int, direction: int) -> Span | None:
    """The unit `direction` (+1 next, -1 previous) from the one at `position`.

    None past either end. Before the first unit, "next" is the first one.
    """
    units = spans(text, unit)
    if not units:
        return None
    index = index_at(units, position) + direction
    if index < 0 and direction > 0:
        index = 0
    return units[index] if 0 <= index < len(units) else None


def word_offsets(page: PageText) -> Iterator[tuple[int, Word]]:
    """Every word with its offset in `page.text`."""
    for offset, word, _, _ in page.placed_words():
        yield offset, word


# --- spelling -------------------------------------------------------------------------------

SpellPart = tuple[str, str]  # (what to say, language "en" or "ko")


def spelling(word: str, names: dict[str, str], capital: str) -> list[SpellPart]:
    """How to spell `word` aloud, as runs of the same language.

    Hangul is said syllable by syllable in Korean; Latin letters by their names in English
    (the speech engine says a lone letter by its name), with `capital` before upper case;
    characters in `names` (punctuation) by the name given. Punctuation around the word is
    left out; other characters are said as they are.
    """
    core = word.strip("\"'“”‘’()[]{}.,;:!?«»")
    items: list[SpellPart] = []
    for character in core or word:
        if is_hangul(character):
            items.append((character, "ko"))
        elif character in names:
            items.append((names[character], "en"))
        elif character.isalpha() and character.isupper():
            items.append((f"{capital} {character.lower()}", "en"))
        else:
            items.append((character.lower(), "en"))
    runs: list[SpellPart] = []
    for said, language in items:
        if runs and runs[-1][1] == language:
            runs[-1] = (f"{runs[-1][0]}, {said}", language)
        else:
            runs.append((said, language))
    return runs
