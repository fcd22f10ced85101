"""A page as speech hears it: sentences with their places, handed on as the page grows.

Speech says a page sentence by sentence: Stop stays instant, the first sentence starts
without waiting for the rest, and each spoken word maps back to its place in the page for
the highlight. A sentence may say more than the page ("unsure" before a doubtful word);
its runs map that back. The window's reading flow (flow.py) and `bitna read --say` both
speak pages through here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.plumbing.i18n import mark_tr, said_in
from core.reading.sentences import Chunk, split_for_speech
from core.reading.streaming import ReadPart
from core.text import doubt
from core.text.hunspell import shared_lexicon
from core.text.lexicon import Lexicon
from core.text.model import PageText

UNSURE = mark_tr("unsure")
_WORD = re.compile(r"\S+")
_ENDS_SENTENCE = re.compile(r"[.!?。…][\"'”’)\]]*$")


@dataclass(frozen=True)
class UnsureSpeech:
    """Which unsure words speech says "unsure" before (core/text/doubt.py judges them):
    numbers by default, since a wrong amount or dose said with confidence does the most
    harm; other words when the user asks (on poor photos that breaks in every few words)."""

    numbers: bool = True
    words: bool = False
    #: The dictionaries asked; None: the system's (core/text/hunspell.py).
    lexicon: Lexicon | None = None

    def prepare(self, languages: str) -> None:
        """Start loading the dictionaries for Tesseract `languages` while a page is read."""
        if self.lexicon is None and (self.numbers or self.words):
            shared_lexicon().load_soon(languages)

    def offsets(self, page: PageText, start: int, end: int) -> list[int]:
        """Offsets of the words in page.text[start:end] to say "unsure" before."""
        if not (self.numbers or self.words):
            return []
        lexicon = self.lexicon if self.lexicon is not None else shared_lexicon()
        return doubt.unsure_offsets(
            doubt.judge(page, lexicon), self.numbers, self.words, start, end
        )


#: Say nothing is unsure.
NEVER_UNSURE = UnsureSpeech(numbers=False, words=False)


@dataclass
class Sentence:
    """A sentence handed to speech: its place in the page, and what is said for it.

    `spoken` may differ from the page text ("unsure" before doubtful words); `runs` map it
    back, as (offset in spoken, offset in the page, length) of each stretch copied as is.
    """

    chunk: Chunk
    spoken: str
    runs: tuple[tuple[int, int, int], ...]
    utterance: int | None = None

    def to_page(self, offset: int) -> int:
        """The page offset of a spoken offset; an inserted word maps to the word after it."""
        for spoken_start, page_start, length in self.runs:
            if offset < spoken_start:
                return page_start
            if offset < spoken_start + length:
                return page_start + offset - spoken_start
        return self.chunk.end

    def word_length(self, page_offset: int) -> int:
        match = _WORD.match(self.chunk.text, max(0, page_offset - self.chunk.start))
        return len(match.group()) if match else 0


def _marked(chunk: Chunk, unsure: list[int]) -> Sentence:
    """The sentence with "unsure" said before each word starting at an offset in `unsure`."""
    marker = said_in(chunk.language, UNSURE)
    spoken, runs, cursor = "", [], chunk.start
    for offset in unsure:
        if offset > cursor:
            piece = chunk.text[cursor - chunk.start : offset - chunk.start]
            runs.append((len(spoken), cursor, len(piece)))
            spoken += piece
        spoken += marker + " "
        cursor = offset
    rest = chunk.text[cursor - chunk.start :]
    runs.append((len(spoken), cursor, len(rest)))
    return Sentence(chunk, spoken + rest, tuple(runs))


def complete_until(text: str, open_end: bool) -> int:
    """Where to stop speaking `text` for now: before its last sentence when the paragraph
    goes on in the part still being read, so that sentence is said whole, in one breath.

    A text of one unfinished sentence is said at once: starting soon matters more.
    """
    chunks = split_for_speech(text)
    if open_end and len(chunks) > 1 and not _ENDS_SENTENCE.search(chunks[-1].text):
        return chunks[-1].start
    return len(text)


def sentences_of(
    page: PageText, start: int, end: int, marking: UnsureSpeech = NEVER_UNSURE
) -> list[Sentence]:
    """The sentences of page.text[start:end], with "unsure" said before each unsure word
    `marking` asks for."""
    unsure = marking.offsets(page, start, end)
    sentences = []
    for piece in split_for_speech(page.text[start:end]):
        chunk = Chunk(piece.text, piece.start + start, piece.language)
        inside = [offset for offset in unsure if chunk.start <= offset < chunk.end]
        sentences.append(_marked(chunk, inside))
    return sentences


def spoken_text(page: PageText, marking: UnsureSpeech = NEVER_UNSURE) -> str:
    """The whole page as speech says it ("unsure" before the words `marking` asks for),
    one sentence a line: for a sound file of the page."""
    return "\n".join(sentence.spoken for sentence in sentences_of(page, 0, len(page.text), marking))


class SpokenPage:
    """Follows a page being recognised and says each sentence once, as soon as it is whole.

    Give `follow` to `ReadPipeline.stream`: a part still being read is said up to its
    last whole sentence (`complete_until`), the final part to its end.
    """

    def __init__(
        self, say: Callable[[Sentence], object], marking: UnsureSpeech = NEVER_UNSURE
    ) -> None:
        self._say = say
        self._marking = marking
        #: How far into the page text sentences have been said.
        self.said_until = 0

    def follow(self, part: ReadPart) -> None:
        """Say the sentences of `part` not said yet."""
        text = part.page.text
        end = len(text) if part.final else complete_until(text, part.open_end)
        if end > self.said_until:
            for sentence in sentences_of(part.page, self.said_until, end, self._marking):
                self._say(sentence)
        self.said_until = max(self.said_until, end)
