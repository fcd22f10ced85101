"""Korean words that Tesseract read as Latin junk, read again in Korean alone.

Read in Korean and English together ("kor+eng", Bitna's default), Tesseract picks for each
word the model that scores it best, and now and then the English model wins on a Korean
word with junk. Reading only in Korean is no cure: it turns the English words of a mixed
line into junk instead. So the page is read in both, and only the words that look like
such a misreading are read again in Korean alone:

- words with no Hangul that Tesseract doubts (below `SUSPECT`);
- words with no Hangul as wide per letter as Hangul (`WIDE`), however sure: junk read for
  syllables keeps their width, while Latin letters and digits are narrower;
- on a line that also holds a Hangul word read surely, or on a page that is mostly Hangul
  or holds no sure word at all. Elsewhere (English receipts, logos) nothing is read again.

The Korean reading replaces the doubted words when it finds enough Hangul for their width
(`SYLLABLES_PER_LETTER`) and is surer, or they were junk anyway (`JUNK`), or its syllables
about fill their place (`FILL`: Tesseract's confidence in a right Korean reading is often
0). A Latin word with a Korean ending keeps its Latin start; a Korean word that ran into a
sure word beside the doubted ones gives only its part. All lines to read again are stacked
on one sheet and read in one Tesseract run. Measured: benchmarks/README.md, "Korean read
again".
"""

from __future__ import annotations

import logging
import statistics
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from core.document.sheet import read_stacked
from core.ocr.languages import parse_languages
from core.reading.engines import Engines, PageReading
from core.text.model import Block, Box, Line, PageText, Word, with_words
from core.text.script import hangul_count, hangul_share

log = logging.getLogger(__name__)

#: Words without Hangul read below this confidence may be Korean misread.
SUSPECT = 80.0
#: ...and are replaced by a Hangul reading whatever its confidence when below this.
JUNK = 50.0
#: Otherwise the Korean reading must be surer by this much.
MARGIN = 10.0
#: Hangul syllables the Korean reading must hold per Latin letter it replaces (a syllable
#: is about as wide as two Latin letters).
SYLLABLES_PER_LETTER = 0.5
#: A word without Hangul as wide per letter as this share of a Hangul syllable is Korean
#: misread whatever Tesseract's confidence ("HAS" 90 for "버전을"): Latin letters are narrower.
WIDE = 0.85
#: A Korean reading whose syllables fill the doubted words' place, between this share of
#: its width and the width over this, replaces them whatever Tesseract's confidence in it.
FILL = 0.7
#: A Korean word that ran into a sure word beside the doubted ones is cut where that word
#: begins when the part left has this share of its letters, give or take this much.
SPLIT = 0.25
#: A page with this share of Hangul letters is Korean: any of its lines may be misread.
KOREAN_PAGE = 0.5
#: A line taller than this many of the page's median word heights is not read again: it
#: slopes or runs across several lines (a page at an angle read across its columns), so
#: its Korean reading cannot be put back word for word (benchmarks/README.md, "Time per
#: page").
TALL_LINE = 3.0
#: Pixels of page kept around a line cut out to be read again.
_PAD = 10

ReadKorean = Callable[[np.ndarray], PageText]
"""Reads a picture of stacked lines in Korean alone, line by line ("block" layout)."""


def read_korean_again(page: PageText, reading: PageReading) -> PageText:
    """The stage: `page` with Korean words misread as Latin junk read again in Korean
    alone, when the page is read in Korean and another language."""
    return korean_again_in(page, reading.prepared.image, reading.engines)


def korean_again_in(page: PageText, picture: np.ndarray, engines: Engines) -> PageText:
    """`page`, read from `picture` (the page, or a piece of it), with its Korean words
    misread as Latin junk read again in Korean alone, when `engines` read Korean and
    another language."""
    if not reads_korean_again(engines.languages):
        return page
    return korean_again(
        page, picture, lambda sheet: engines.tesseract.recognize(sheet, "kor", "block")
    )


def reads_korean_again(languages: str) -> bool:
    """Whether a page read in `languages` can hold Korean misread as Latin: Korean read
    together with another language."""
    codes = parse_languages(languages)
    return "kor" in codes and len(codes) > 1


def korean_again(page: PageText, picture: np.ndarray, read_korean: ReadKorean) -> PageText:
    """`page` with the Latin junk on its Korean lines replaced by their Korean reading.

    `picture` is the image `page`'s boxes are in; `read_korean` reads a picture in Korean.
    """
    # A page that is mostly Hangul, or that holds no word read surely at all (a Korean
    # line read wholly as English junk: "StRACH 2007!2 2 2'73H|'H"), may be Korean anywhere.
    korean_page = hangul_share(page.text) >= KOREAN_PAGE or all(
        word.confidence < SUSPECT for word in page.words()
    )
    page_syllable = _syllable_width(page.words())
    syllables = {id(line): _syllable_width(line.words) or page_syllable for line in page.lines()}
    lines = [line for line in page.lines() if _suspect_line(line, korean_page, syllables[id(line)])]
    if lines:
        tallest = TALL_LINE * statistics.median(word.box.height for word in page.words())
        lines = [line for line in lines if line.box.height <= tallest]
    if not lines:
        return page
    height, width = picture.shape[:2]
    crops: list[np.ndarray] = []
    places: list[tuple[int, int]] = []
    for line in lines:
        box = line.box
        left, top = max(0, box.left - _PAD), max(0, box.top - _PAD)
        right, bottom = min(width, box.right + _PAD), min(height, box.bottom + _PAD)
        crops.append(picture[top:bottom, left:right])
        places.append((left, top))
    letter = statistics.median(line.box.height for line in lines)
    gap = max(2 * _PAD, round(3 * letter))
    korean = [
        word for block in read_stacked(crops, places, gap, read_korean) for word in _words(block)
    ]
    replacements: dict[int, tuple[Word, ...]] = {}
    for line in lines:
        replacements.update(_replacements(line, korean, syllables[id(line)]))
    if not replacements:
        return page
    log.info("%d words read again in Korean", len(replacements))
    return with_words(page, lambda word: replacements.get(id(word), (word,)))


def _syllable_width(words: Iterable[Word]) -> float:
    """The median width of a Hangul syllable in the words read surely (0: none)."""
    widths = [
        word.box.width / len(word.text)
        for word in words
        if word.confidence >= SUSPECT and word.text and hangul_count(word.text) == len(word.text)
    ]
    return statistics.median(widths) if widths else 0.0


def _wide(word: Word, syllable: float) -> bool:
    """Whether `word` is as wide per letter as Hangul (a dash is not a letter)."""
    return (
        bool(syllable)
        and any(c.isalnum() for c in word.text)
        and word.box.width >= WIDE * syllable * len(word.text)
    )


def _suspect(word: Word, syllable: float) -> bool:
    return hangul_share(word.text) == 0 and (word.confidence < SUSPECT or _wide(word, syllable))


def _suspect_line(line: Line, korean_page: bool, syllable: float) -> bool:
    """A line with doubted non-Hangul words that is likely Korean."""
    if not any(
        _suspect(word, syllable) and any(c.isalnum() for c in word.text) for word in line.words
    ):
        return False
    return korean_page or any(
        hangul_share(word.text) > 0 and word.confidence >= SUSPECT for word in line.words
    )


def _words(block: Block) -> list[Word]:
    return [word for line in block.lines for word in line.words]


def _replacements(
    line: Line, korean: Sequence[Word], syllable: float
) -> dict[int, tuple[Word, ...]]:
    """For each run of doubted words on `line` that the Korean reading reads better: the
    id of every word in the run, mapped to the Korean words (given to the run's first word;
    the others are dropped)."""
    found: dict[int, tuple[Word, ...]] = {}
    words = line.words
    # A word Korean alone reads the same in its place is no misreading ("&4" beside "A="
    # for "크기는 A4"): it parts the doubted words around it.
    doubted = [
        _suspect(word, syllable) and not any(_same(word, other) for other in korean)
        for word in words
    ]
    index = 0
    while index < len(words):
        if not doubted[index]:
            index += 1
            continue
        end = index
        while end < len(words) and doubted[end]:
            end += 1
        run = words[index:end]
        # Tesseract's boxes of junk sometimes reach over the next words: clip to them.
        left, right = run[0].box.left, run[-1].box.right
        if index:
            left = max(left, words[index - 1].box.right)
        if end < len(words):
            right = min(right, words[end].box.left)
        before = words[index - 1] if index else None
        after = words[end] if end < len(words) else None
        chosen = tuple(
            piece
            for word in korean
            if min(word.box.bottom, line.box.bottom) > max(word.box.top, line.box.top)
            and (piece := _in_place(word, left, right, before, after)) is not None
        )
        if chosen and _reads_better(run, chosen, syllable, right - left):
            found[id(run[0])] = chosen
            found.update({id(word): () for word in run[1:]})
        elif len(run) == len(chosen) == 1 and (ending := _with_ending(run[0], chosen[0], syllable)):
            found[id(run[0])] = (ending,)
        index = end
    return found


def _same(word: Word, other: Word) -> bool:
    """Whether `other` is `word` read again: the same text, its middle in `word`'s box."""
    middle_x = other.box.left + other.box.width / 2
    middle_y = other.box.top + other.box.height / 2
    return (
        other.text == word.text
        and word.box.left <= middle_x <= word.box.right
        and word.box.top <= middle_y <= word.box.bottom
    )


def _in_place(
    word: Word, left: int, right: int, before: Word | None, after: Word | None
) -> Word | None:
    """The part of `word` (read in Korean alone) that stands between `left` and `right`:
    all of it when its middle does, else its part before or after the sure word beside
    the place that it ran into ("S 수" for "열 수" read "열수" in Korean alone), when that
    part's share of the letters is about its share of the width."""
    box, text = word.box, word.text
    if left <= box.left + box.width / 2 <= right:
        return word
    piece: Word | None = None
    if after is not None and box.left < right and box.right > after.box.left + after.box.width / 2:
        if len(text) > len(after.text) and text.endswith(after.text):
            cut = Box(box.left, box.top, right - box.left, box.height)
            piece = Word(text[: -len(after.text)], cut, word.confidence)
    elif (
        before is not None
        and box.right > left
        and box.left < before.box.left + before.box.width / 2
        and len(text) > len(before.text)
        and text.startswith(before.text)
    ):
        cut = Box(left, box.top, box.right - left, box.height)
        piece = Word(text[len(before.text) :], cut, word.confidence)
    if piece is None or abs(len(piece.text) / len(text) - piece.box.width / box.width) > SPLIT:
        return None
    return piece


def _with_ending(word: Word, korean: Word, syllable: float) -> Word | None:
    """A Latin word with a Korean ending ("Zoom으로" read "Zooml&" in kor+eng, "2007으로" in
    Korean alone): the Latin reading of its start and the Korean reading of its end, cut
    where the ending's syllables begin."""
    text = korean.text
    start = len(text)
    while start and hangul_count(text[start - 1]):
        start -= 1
    ending = text[start:]
    first = word.text[:1]
    if not ending or not start or not syllable or not (first.isascii() and first.isalnum()):
        return None
    keep = round(len(word.text) * (1 - len(ending) * syllable / word.box.width))
    # Korean alone reads the Latin letters as about as many digits or letters ("2007"):
    # two measures of where the ending starts that must agree.
    read = sum(1 for c in text[:start] if c.isalnum())
    if not read or not 0 < keep < len(word.text) or abs(read - keep) > 1:
        return None
    return Word(word.text[:keep] + ending, word.box, word.confidence)


def _reads_better(run: Sequence[Word], korean: Sequence[Word], syllable: float, width: int) -> bool:
    syllables = sum(hangul_count(word.text) for word in korean)
    letters = sum(1 for word in run for c in word.text if c.isascii() and c.isalpha())
    if not syllables or syllables < SYLLABLES_PER_LETTER * letters:
        return False
    if FILL * width <= syllables * syllable <= width / FILL:
        return True
    doubt = statistics.mean(word.confidence for word in run)
    return doubt < JUNK or statistics.mean(word.confidence for word in korean) > doubt + MARGIN
