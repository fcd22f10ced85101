"""A Korean label and its amount read as one word: Tesseract runs "합계" and "4,140,160" in
two cells of a bill's total row together as "합계4,140,160". Split again, the label and the
amount each fall in their own cell, and the amount is a number that can be checked.

Only a label of two or more syllables followed by an amount of two or more digits is split:
"제1조" (article 1) or "3일" (three days) are words as printed.
"""

from __future__ import annotations

import re

from core.text.model import Box, PageText, Word, with_words

_GLUED = re.compile(
    r"^(?P<label>[\uac00-\ud7a3]{2,}[:：]?)"
    r"(?P<amount>[-+]?[₩$]?\d[\d,.]*\d원?)$"
)
#: Widths of a printed character, in letter heights: a syllable is about square, digits
#: half as wide, separators thin.
_WIDTH = {"syllable": 0.95, "digit": 0.55, "mark": 0.3}


def split_glued_amounts(page: PageText, _reading: object = None) -> PageText:
    """`page` with each label-and-amount word split into the label and the amount."""
    if "kor" not in page.languages.split("+"):
        return page
    if not any(_GLUED.match(word.text) for word in page.words()):
        return page
    return with_words(page, _split)


def _split(word: Word) -> tuple[Word, ...]:
    found = _GLUED.match(word.text)
    if found is None:
        return (word,)
    label, amount = found["label"], found["amount"]
    box = word.box
    # The word's box spans the gap between the cells: the label starts at its left edge,
    # the amount (right-aligned, as amounts are printed) ends at its right edge.
    label_width = min(round(_printed_width(label) * box.height), box.width // 2)
    amount_width = min(round(_printed_width(amount) * box.height), box.width - label_width)
    return (
        Word(label, Box(box.left, box.top, max(1, label_width), box.height), word.confidence),
        Word(
            amount,
            Box(box.right - max(1, amount_width), box.top, max(1, amount_width), box.height),
            word.confidence,
        ),
    )


def _printed_width(text: str) -> float:
    """About how many letter heights wide `text` is printed."""
    return sum(
        _WIDTH["digit"] if c.isdigit() else _WIDTH["mark"] if c in ",.:：-+" else _WIDTH["syllable"]
        for c in text
    )
