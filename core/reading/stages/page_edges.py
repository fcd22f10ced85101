"""A heading above everything else is read first; a footer below everything else, last.

Tesseract's layout puts blocks in an order of its own, and on a magazine page it read the
section heading above both columns ("dateline", UNLV 8087) after the first two
paragraphs, and the running footer ("54 Travel & Leisure September 1993") between the two
columns. Heard, either one breaks into the article. A block that lies wholly above every
other block can only be read first, and one wholly below every other block, last: those
two moves are made, nothing else is reordered.
"""

from __future__ import annotations

import logging

from core.text.model import Block, PageText

log = logging.getLogger(__name__)


def edges_in_place(page: PageText, _reading: object = None) -> PageText:
    """`page` with its topmost block first and its bottom block last, where each lies
    wholly above (below) all the others (the stage needs nothing but the page)."""
    blocks = list(page.blocks)
    if len(blocks) < 3:
        return page
    moved = False
    top = min(range(len(blocks)), key=lambda index: blocks[index].box.top)
    if top != 0 and _above_all(blocks[top], blocks):
        blocks.insert(0, blocks.pop(top))
        moved = True
    bottom = max(range(len(blocks)), key=lambda index: blocks[index].box.bottom)
    if bottom != len(blocks) - 1 and _below_all(blocks[bottom], blocks):
        blocks.append(blocks.pop(bottom))
        moved = True
    if not moved:
        return page
    log.info("Heading or footer moved to where it is read")
    return PageText(tuple(blocks), page.width, page.height, page.languages)


def _above_all(block: Block, blocks: list[Block]) -> bool:
    return all(block.box.bottom <= other.box.top for other in blocks if other is not block)


def _below_all(block: Block, blocks: list[Block]) -> bool:
    return all(block.box.top >= other.box.bottom for other in blocks if other is not block)
