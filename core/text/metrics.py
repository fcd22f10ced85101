"""How close recognised text is to the truth: character error rate, word F1, and the
share of words read whole and in order.

Used by tests and benchmarks to hold OCR quality to numbers. All compare normalised text
(NFKC, whitespace folded), because line breaks and full-width forms are not reading errors.
"""

from __future__ import annotations

import logging
import unicodedata
from collections import Counter
from difflib import SequenceMatcher

log = logging.getLogger(__name__)


def normalise(text: str, *, casefold: bool = False) -> str:
    """NFKC-normalise, fold every run of whitespace to one space, strip; optionally casefold."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return text.casefold() if casefold else text


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions each cost 1) between `a` and `b`.

    Hyyrö's bit-parallel algorithm with Python's big integers: one pass over `b`, each step
    a handful of operations on len(a)-bit integers, so two 3000-character pages take
    milliseconds where the textbook table would take seconds in pure Python.
    """
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    # `b` (the shorter) is the pattern held in bit vectors; `a` is scanned.
    masks: dict[str, int] = {}
    for position, char in enumerate(b):
        masks[char] = masks.get(char, 0) | (1 << position)
    full = (1 << len(b)) - 1
    top = 1 << (len(b) - 1)
    positive, negative = full, 0  # vertical deltas +1 / -1, one bit per pattern position
    distance = len(b)
    for char in a:
        match = masks.get(char, 0)
        vertical = match | negative
        horizontal = ((((match & positive) + positive) ^ positive) | match) & full
        up = (negative | ~(horizontal | positive)) & full
        down = positive & horizontal
        if up & top:
            distance += 1
        elif down & top:
            distance -= 1
        up = ((up << 1) | 1) & full
        down = (down << 1) & full
        positive = (down | ~(vertical | up)) & full
        negative = up & vertical
    return distance


def cer(reference: str, hypothesis: str, *, casefold: bool = False) -> float:
    """Character error rate: edit distance over the reference's length, after `normalise`.

    0.0 is perfect; it can exceed 1.0 when the hypothesis adds a lot. An empty reference
    scores 0.0 against an empty hypothesis and 1.0 against anything else.
    """
    ref = normalise(reference, casefold=casefold)
    hyp = normalise(hypothesis, casefold=casefold)
    if not ref:
        return 0.0 if not hyp else 1.0
    return levenshtein(ref, hyp) / len(ref)


def word_f1(reference: str, hypothesis: str, *, casefold: bool = False) -> float:
    """F1 of the words found, as multisets: order-free, so a column read in the wrong order
    still gets credit for its words (CER punishes that; this does not)."""
    ref = Counter(normalise(reference, casefold=casefold).split())
    hyp = Counter(normalise(hypothesis, casefold=casefold).split())
    if not ref and not hyp:
        return 1.0
    common = sum((ref & hyp).values())
    if not common:
        return 0.0
    precision = common / sum(hyp.values())
    recall = common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def words_in_order(reference: str, hypothesis: str) -> float:
    """The share of the reference's words the hypothesis holds whole and in the same order.

    Spaces are not compared (Tesseract writes Korean syllables apart), so the texts are
    aligned letter by letter without them (difflib's longest matching blocks, in order);
    a reference word counts where every one of its letters is matched. Repeated or extra
    text in the hypothesis costs nothing here: count its words for that.
    """
    words = normalise(reference).split()
    if not words:
        return 1.0
    letters = "".join(words)
    matcher = SequenceMatcher(None, letters, "".join(normalise(hypothesis).split()), autojunk=False)
    matched = [False] * len(letters)
    for block in matcher.get_matching_blocks():
        matched[block.a : block.a + block.size] = [True] * block.size
    found, start = 0, 0
    for word in words:
        found += all(matched[start : start + len(word)])
        start += len(word)
    return found / len(words)
