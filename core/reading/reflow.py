"""The page's text as the reading pane shows it: running text reflowed into paragraphs.

The pane shows large print, narrower than the printed page; keeping every printed line break
and wrapping again at the pane's width leaves ragged lines ("…meets / on / Thursdays…").
So a printed line that runs on into the next is joined to it with a space. Rows of a receipt
or a table, list items and addresses keep their breaks: a line runs on only when it is full
and the text plainly continues (a lower-case start, a hyphen or comma, a sentence cut in
two). A space replaces the newline, so the text keeps its length and every offset into the
page's text (the spoken word's highlight, the caret) stays valid.
"""

from __future__ import annotations

import re
from itertools import pairwise

from core.text.model import Block, Line, PageText

#: A line is full when it reaches this share of its block's width.
FULL_LINE = 0.8
#: A line of fewer words never runs on; one of fewer than RUNNING_WORDS runs on only when
#: the text plainly continues (a comma, a lower-case start).
SHORTEST_RUNNING = 3
RUNNING_WORDS = 4
_CONTINUES = ",;-–—‐"
_ENDS = ".!?:。…\"'”’)]"
_AMOUNT = re.compile(r"\d[.,:]\d+$")
#: "Label: value", a form's field: each is its own row, however wide the value.
_FIELD = re.compile(r"^[^:：\d]{1,24}[:：]\s*\S")


def reflowed_text(page: PageText) -> str:
    """`page.text` with the line breaks inside running paragraphs turned into spaces."""
    return "\n\n".join(_reflowed_block(block) for block in page.blocks)


def _reflowed_block(block: Block) -> str:
    lines = list(block.lines)
    if not lines:
        return ""
    parts = [lines[0].text]
    for before, after in pairwise(lines):
        parts.append(" " if _runs_on(before, after, block) else "\n")
        parts.append(after.text)
    return "".join(parts)


def _runs_on(line: Line, following: Line, block: Block) -> bool:
    """Whether `line` continues into `following`, as one paragraph's printed lines do."""
    text, after = line.text.rstrip(), following.text.lstrip()
    if not text or not after or block.box.width <= 0:
        return False
    if line.box.right - block.box.left < FULL_LINE * block.box.width:
        return False  # a short line ends its paragraph (or is a row, a label)
    if len(line.words) < SHORTEST_RUNNING:
        return False  # "Kind regards," over a name: a closing, not a paragraph
    if _FIELD.match(text) and _FIELD.match(after):
        return False  # a form's fields, one under the other
    last, first = text[-1], after[0]
    if last in _CONTINUES or first.islower():
        return True
    if last in _ENDS or first.isdigit() or _shouting(text + " " + after):
        return False  # a sentence ends; a row starts with a number; a receipt's capitals
    if _AMOUNT.search(text):
        return False  # a row ending in a price or a time
    return len(line.words) >= RUNNING_WORDS and (last.isalnum() and first.isalpha())


def _shouting(text: str) -> bool:
    """Mostly capitals: a receipt's rows and signs, whose lines are items, not prose."""
    letters = [c for c in text if c.isalpha() and (c.isupper() or c.islower())]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
