"""Korean words that Tesseract read as Latin junk, read again in Korean alone.

Read in Korean and English together ("kor+eng", Bitna's default), Tesseract picks for each
word the model that scores it best, and now and then the English model wins on a Korean
word with junk ("사이판 잡화1950% SQA 추" for "…탓요소 추", "AAsawdes" for "뎅키하엣민을").
Reading only in Korean is no cure: it turns the English words of a mixed line into junk
instead ("USB" -> "4508", "Windows" -> "\\/1000\\0/5"; on 20 mixed Korean-English lines
the median CER was 0.51 in Korean alone, 0 in both). So the page is read in both, and only
the words that look like such a misreading are read again in Korean alone:

- words with no Hangul that Tesseract doubts (below `SUSPECT`): on the 40 Korean lines of
  the benchmark the junk read at 0-79, the real digits and Latin letters at 91-96;
- on a line that also holds a Hangul word read surely, or on a page that is mostly Hangul
  or holds no sure word at all (one Korean line read wholly as junk). On English receipts,
  logos and smudges read unsure in Latin too, and Korean alone reads them as Hangul junk
  ("스으2", "※듭"): with this rule not one English page changed.

The Korean reading replaces the doubted words when it finds Hangul there, enough of it for
the width (`SYLLABLES_PER_LETTER`: a Latin word with a Korean ending, "Bitna는" read
"Bitnat}", comes back as digits and one syllable, "01123는", and is left alone), and when
it is surer, or the doubted words were junk anyway (below `JUNK`; Tesseract's confidence in
a Korean reading is often 0 even when it is right). Measured: Korean lines read in kor+eng,
mean CER 0.058 -> 0.019 (lines above 0.02: 9 -> 7, as in Korean alone, also 0.019); 20 mixed
lines 0.072 -> 0.065; no scan, receipt or camera page of the benchmark changed.

All lines to read again are stacked on one sheet and read in one Tesseract run.
"""

from __future__ import annotations

import logging
import statistics
from collections.abc import Callable, Sequence

import numpy as np

from core.document.sheet import stack, unstack
from core.ocr.languages import parse_languages
from core.ocr.model import Block, Line, PageText, Word, with_words
from core.reading import hangul_count, hangul_share

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
#: A page with this share of Hangul letters is Korean: any of its lines may be misread.
KOREAN_PAGE = 0.5
#: Pixels of page kept around a line cut out to be read again.
_PAD = 10

ReadKorean = Callable[[np.ndarray], PageText]
"""Reads a picture of stacked lines in Korean alone, line by line ("block" layout)."""


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
    lines = [line for line in page.lines() if _suspect_line(line, korean_page)]
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
    sheet = stack(crops, gap=max(2 * _PAD, round(3 * letter)))
    read = read_korean(sheet.image)
    korean = [word for block in unstack(read, sheet, places) for word in _words(block)]
    replacements: dict[int, tuple[Word, ...]] = {}
    for line in lines:
        replacements.update(_replacements(line, korean))
    if not replacements:
        return page
    log.info("%d words read again in Korean", len(replacements))
    return with_words(page, lambda word: replacements.get(id(word), (word,)))


def _suspect(word: Word) -> bool:
    return word.confidence < SUSPECT and hangul_share(word.text) == 0


def _suspect_line(line: Line, korean_page: bool) -> bool:
    """A line with doubted non-Hangul words that is likely Korean."""
    if not any(_suspect(word) and any(c.isalnum() for c in word.text) for word in line.words):
        return False
    return korean_page or any(
        hangul_share(word.text) > 0 and word.confidence >= SUSPECT for word in line.words
    )


def _words(block: Block) -> list[Word]:
    return [word for line in block.lines for word in line.words]


def _replacements(line: Line, korean: Sequence[Word]) -> dict[int, tuple[Word, ...]]:
    """For each run of doubted words on `line` that the Korean reading reads better: the
    id of every word in the run, mapped to the Korean words (given to the run's first word;
    the others are dropped)."""
    found: dict[int, tuple[Word, ...]] = {}
    words = line.words
    index = 0
    while index < len(words):
        if not _suspect(words[index]):
            index += 1
            continue
        end = index
        while end < len(words) and _suspect(words[end]):
            end += 1
        run = words[index:end]
        # Tesseract's boxes of junk sometimes reach over the next words: clip to them.
        left, right = run[0].box.left, run[-1].box.right
        if index:
            left = max(left, words[index - 1].box.right)
        if end < len(words):
            right = min(right, words[end].box.left)
        chosen = tuple(
            word
            for word in korean
            if left <= word.box.left + word.box.width / 2 <= right
            and min(word.box.bottom, line.box.bottom) > max(word.box.top, line.box.top)
        )
        if chosen and _reads_better(run, chosen):
            found[id(run[0])] = chosen
            found.update({id(word): () for word in run[1:]})
        index = end
    return found


def _reads_better(run: Sequence[Word], korean: Sequence[Word]) -> bool:
    syllables = sum(hangul_count(word.text) for word in korean)
    letters = sum(1 for word in run for c in word.text if c.isascii() and c.isalpha())
    if not syllables or syllables < SYLLABLES_PER_LETTER * letters:
        return False
    doubt = statistics.mean(word.confidence for word in run)
    return doubt < JUNK or statistics.mean(word.confidence for word in korean) > doubt + MARGIN
