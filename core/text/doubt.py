"""How sure Bitna is of each word it read: the engine's confidence, checked as a reader would.

A blind reader cannot look again at a doubtful word, so Bitna does the checks a sighted
reader makes without thinking: is it a word of the language, does it mix letters and
digits the way misreads do ("1O0", "S5"), is a Korean line carrying Latin scraps, does a
table's total add up. Each failed check lowers the word's confidence; a word under the
line for its kind is unsure. Numbers (any word with a digit) have the higher line: a
wrong amount, dose or phone number said with confidence does the most harm.
Measured: benchmarks/README.md, "Unsure words".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Literal

from core.text.lexicon import Language, Lexicon, NullLexicon
from core.text.model import Block, Line, PageText, Word
from core.text.script import hangul_count, hangul_share, is_hangul

#: Ordinary words with a confidence (after the checks) below this are unsure.
UNSURE_BELOW = 60.0
#: Words with a digit below this are unsure.
NUMBER_SURE = 90.0
#: What a word that no dictionary of its language knows loses.
NOT_A_WORD = 45.0
#: ...and a capitalised word inside a line (most often a name) loses this.
NOT_A_NAME = 15.0
#: The most a word can keep when its shape says misread (letters among digits, Latin
#: scraps in a Korean line).
MISREAD_SHAPE = 20.0

Reason = Literal[
    "engine", "not a word", "letters and digits", "latin in korean", "total", "garbled line"
]
GARBLED = 0.5
"""A line with at least half of its (3 or more) other words unsure was misread as a whole:
a number in it, however sure the engine is, is not trusted."""

_EDGE = "\"'“”‘’()[]{}.,;:!?«»-–—*|/\\"
#: Letters Tesseract puts for digits (and the reverse): O/o 0, I/l/| 1, S 5, B 8, Z 2, g/q 9.
_LETTER_IN_NUMBER = re.compile(r"\d[OoIlSBZzgq|]+\d")
_LETTER_BEFORE_NUMBER = re.compile(r"^[OoIlSBZ]\d")
#: A word and a number run together ("Like70", "250,000roof"): a space lost in reading.
#: Codes in capitals and digits ("CSP0393921", "AH002") are not glued.
_GLUED = re.compile(r"^[A-Za-z]*[a-z][A-Za-z]*\d|\d[a-z]{3,}$")
#: A digit that looks like a letter, between letters ("SET1A" for SETIA, "B0X").
_DIGIT_IN_WORD = re.compile(r"[A-Za-z]{2}[01258][A-Za-z]")
#: Latin units and abbreviations a Korean line holds ("500 ml", "3 kg").
_UNITS = frozenset({"g", "kg", "mg", "ml", "mL", "L", "cm", "mm", "km", "m", "cc", "oz", "lb"})
_ORDINAL_OR_UNIT = re.compile(
    r"\d(st|nd|rd|th|am|pm|kg|mg|ml|cm|mm|km|kb|mb|gb|hz|khz|mhz|ghz|mph|kmh)$", re.I
)
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
_AMOUNT = re.compile(r"^[-+]?[$€£¥₩]?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?원?$|^[-+]?\d+(?:\.\d{1,2})?$")
_TOTAL = re.compile(r"^\s*(total|amount due|balance due|합계|총액|총\s*금액|청구\s*금액)\b", re.I)


@dataclass(frozen=True)
class Doubt:
    """One word read, where it is in the page text, and how sure Bitna is of it."""

    word: Word
    #: Offset of the word in `PageText.text`.
    offset: int
    #: The engine's confidence with the checks applied, 0-100.
    confidence: float
    unsure: bool
    #: The word holds a digit (an amount, a date, a dose, a phone number).
    number: bool
    reasons: tuple[Reason, ...] = ()


def core_of(text: str) -> str:
    """The word without the punctuation around it, its apostrophes plain (didn’t: didn't)."""
    return text.strip(_EDGE).replace("’", "'")


def judge(page: PageText, lexicon: Lexicon | None = None) -> list[Doubt]:
    """Every word of `page` in reading order, judged. Words without a letter or digit
    (a dash, a stray mark) are never unsure: saying "unsure" before them helps nobody."""
    lexicon = lexicon if lexicon is not None else NullLexicon()
    languages = set(page.languages.split("+"))
    checked: dict[Language, bool] = {
        "en": "eng" in languages or not page.languages,
        "ko": "kor" in languages,
    }
    totals = _totals(page)
    placed = list(page.placed_words())
    whole = _hyphenated(placed)
    doubts: list[Doubt] = []
    lines: dict[int, list[int]] = {}
    for offset, word, line, block in placed:
        if block.note is None:  # Bitna's own words ("A picture."), not read off the page
            spelled = whole.get(id(word), core_of(word.text))
            lines.setdefault(id(line), []).append(len(doubts))
            doubts.append(
                _judged(word, spelled, offset, line, lexicon, checked, totals.get(id(word)))
            )
    for members in lines.values():
        _distrust_numbers_of_garbled_line(doubts, members)
    return doubts


def _distrust_numbers_of_garbled_line(doubts: list[Doubt], members: list[int]) -> None:
    """Mark unsure the numbers of a line (doubts[i] for i in `members`) whose other words
    came out mostly unsure: "294" read surely amid junk is most often junk too."""
    words = [doubts[i] for i in members if not doubts[i].number and _has_alnum(doubts[i])]
    if len(words) < 3 or sum(d.unsure for d in words) < GARBLED * len(words):
        return
    for i in members:
        doubt = doubts[i]
        if doubt.number and not doubt.unsure:
            doubts[i] = replace(
                doubt,
                confidence=min(doubt.confidence, MISREAD_SHAPE),
                unsure=True,
                reasons=(*doubt.reasons, "garbled line"),
            )


def _has_alnum(doubt: Doubt) -> bool:
    return any(c.isalnum() for c in doubt.word.text)


def unsure_offsets(
    doubts: list[Doubt], numbers: bool, words: bool, start: int = 0, end: int | None = None
) -> list[int]:
    """Offsets of the unsure words in [start, end): numbers when `numbers`, other words
    when `words`."""
    return [
        doubt.offset
        for doubt in doubts
        if doubt.unsure
        and (numbers if doubt.number else words)
        and doubt.offset >= start
        and (end is None or doubt.offset < end)
    ]


def unsure_share(doubts: list[Doubt]) -> float:
    """The share of the words with a letter or digit that are unsure (0 without words)."""
    judged = [doubt for doubt in doubts if _has_alnum(doubt)]
    return sum(doubt.unsure for doubt in judged) / len(judged) if judged else 0.0


def _hyphenated(placed: list[tuple[int, Word, Line, Block]]) -> dict[int, str]:
    """For the two halves of a word broken at a line's end ("tradi-" / "tional"): the
    whole word, by each half's word id, so the dictionary is asked about "traditional"."""
    whole: dict[int, str] = {}
    for (_, word, line, block), (_, after, next_line, next_block) in itertools.pairwise(placed):
        if (
            word.text.endswith(("-", "¬"))
            and word is line.words[-1]
            and next_block is block
            and after is next_line.words[0]
        ):
            joined = core_of(word.text) + core_of(after.text)
            whole[id(word)] = whole[id(after)] = joined
    return whole


def _judged(
    word: Word,
    text: str,
    offset: int,
    line: Line,
    lexicon: Lexicon,
    checked: dict[Language, bool],
    adds_up: bool | None,
) -> Doubt:
    """`word` judged; `text` is what the checks look at: the word without punctuation, or
    the whole word it is half of."""
    number = any(c.isdigit() for c in text)
    confidence = word.confidence
    if not any(c.isalnum() for c in text):
        return Doubt(word, offset, confidence, False, False)
    reasons: list[Reason] = []
    if number:
        if (
            _LETTER_IN_NUMBER.search(text)
            or _LETTER_BEFORE_NUMBER.search(text)
            or _DIGIT_IN_WORD.search(text)
            or (_GLUED.search(text) and not _ORDINAL_OR_UNIT.search(text))
        ):
            reasons.append("letters and digits")
            confidence = min(confidence, MISREAD_SHAPE)
        if adds_up is False:
            reasons.append("total")
            confidence = min(confidence, MISREAD_SHAPE)
        elif adds_up and not reasons:
            confidence = max(confidence, NUMBER_SURE)
    elif _LATIN_WORD.fullmatch(text) and _in_korean_line(word, line):
        # Two letters are too easily a dictionary's ("pe", "yy"): only units and capitals.
        known = text in _UNITS or (len(text) == 2 and text.isupper())
        if not known and not (len(text) > 2 and lexicon.knows(text, "en")):
            reasons.append("latin in korean")
            confidence = min(confidence, MISREAD_SHAPE)
    elif not _known(text, lexicon, checked):
        reasons.append("not a word")
        # A capitalised word inside a line is most often a name no dictionary holds.
        name = text[:1].isupper() and word is not line.words[0]
        confidence = max(0.0, confidence - (NOT_A_NAME if name else NOT_A_WORD))
    unsure = confidence < (NUMBER_SURE if number else UNSURE_BELOW)
    if unsure and word.confidence < (NUMBER_SURE if number else UNSURE_BELOW):
        reasons.insert(0, "engine")
    return Doubt(word, offset, confidence, unsure, number, tuple(reasons))


def _in_korean_line(word: Word, line: Line) -> bool:
    """Whether the rest of `word`'s line is mostly Hangul."""
    rest = " ".join(other.text for other in line.words if other is not word)
    return hangul_count(rest) >= 2 and hangul_share(rest) >= 0.5


def _known(text: str, lexicon: Lexicon, checked: dict[Language, bool]) -> bool:
    """Whether `text` passes the dictionary of its script; True where there is none to
    ask (another script, a language not read, no dictionary installed)."""
    if _LATIN_WORD.fullmatch(text):
        if not checked["en"] or len(text) < 2:
            return True
        parts = [part for part in re.split(r"[-–]", text) if part]
        return all(lexicon.knows(part, "en") is not False for part in parts)
    hangul = "".join(c for c in text if is_hangul(c))
    if checked["ko"] and _HANGUL_WORD.fullmatch(text) and len(hangul) >= 2:
        return _known_korean(hangul, lexicon)
    return True


def _known_korean(word: str, lexicon: Lexicon) -> bool:
    """A Korean word, or a compound of two (수도요금: 수도 + 요금), the dictionary knows."""
    known = lexicon.knows(word, "ko")
    if known is not False:
        return True
    return any(
        lexicon.knows(word[:split], "ko") and lexicon.knows(word[split:], "ko")
        for split in range(1, len(word))
        if len(word) <= 8
    )


# --- totals ----------------------------------------------------------------------------


def _totals(page: PageText) -> dict[int, bool]:
    """For the words of amounts in a table column that ends in a total row: whether the
    column adds up to its total (by word id). A column off by one misread digit does not;
    one off by more may count rows outside the table, and is left to the other checks."""
    found: dict[int, bool] = {}
    for block in page.blocks:
        if block.table is not None:
            found.update(_table_totals(block))
    return found


def _amount(text: str) -> Decimal | None:
    cleaned = core_of(text)
    if not _AMOUNT.match(cleaned):
        return None
    try:
        return Decimal(re.sub(r"[^\d.+-]", "", cleaned))
    except InvalidOperation:
        return None


def _one_digit(difference: Decimal) -> bool:
    """Whether `difference` is what one digit read wrong makes: one digit not 0 (20.00,
    0.30)."""
    return sum(c not in "0." for c in format(difference.normalize(), "f")) == 1


def _table_totals(block: Block) -> dict[int, bool]:
    table = block.table
    assert table is not None
    body = table.body
    if len(body) < 3 or not body[-1] or not _TOTAL.match(body[-1][0].text):
        return {}
    words = [word for line in block.lines for word in line.words]
    found: dict[int, bool] = {}
    for column in range(1, min(len(row) for row in body)):
        total = _amount(body[-1][column].text)
        items = [_amount(row[column].text) for row in body[:-1] if row[column].text]
        if total is None or len(items) < 2 or any(item is None for item in items):
            continue
        difference = abs(total - sum(item for item in items if item is not None))
        if difference and not _one_digit(difference):
            continue  # off by more than a misread digit: rows elsewhere (tax, fees) count
        adds_up = not difference
        for row in body:
            cell = row[column]
            for word in words:
                if cell.box.holds_middle_of(word.box):
                    found[id(word)] = adds_up
    return found
