"""Ink the reading left without words, named where it lies: nothing is silently dropped.

A blind reader cannot see that a letter has a signature, a bill a barcode, or a leaflet a
picture. So each sizeable patch of ink that no word covers is named in its place in the
reading: a barcode or QR code is read ("Barcode: 8801234567893."), and the rest is said to
be a picture, a stamp (a ring of ink), or handwriting or a signature (strokes). Specks,
rules and the page's edge are left out.
"""

from __future__ import annotations

import logging

import cv2
import numpy as np

from core.document.lighting import ink_mask
from core.objects.codes import OpenCvCodeReader
from core.plumbing.i18n import tr
from core.reading.engines import PageReading
from core.text.model import Block, Box, Line, Note, PageText, Word

log = logging.getLogger(__name__)

#: A patch is named when it is at least this many letter heights wide and tall...
MIN_SIZE = 2.5
#: ...and holds at least this share of ink in its box (a speck or a stray stroke less).
MIN_INK = 0.02
#: A patch this full of ink (dark, filled) is a picture.
PICTURE_INK = 0.35
#: Patches closer than this many letter heights are one (a signature's strokes).
JOIN = 1.0
#: A straight stroke this many letter heights long is a rule, not a patch (a barcode's
#: bars are shorter).
RULE_LETTERS = 12.0
#: Ink is named only on a page with at least this many words...
MIN_WORDS = 8
#: ...and only within this many letter heights above or below its text (a signature
#: under the last line is; the desk around a page is not)...
AREA_MARGIN = 4.0
#: ...or beside it (a picture may be wider than the lines of text).
SIDE_MARGIN = 15.0
#: Pieces of pictures this many letter heights apart or closer are one picture.
PICTURE_GAP = 8.0
#: A patch with this many marks the size of printed letters is text, not handwriting.
PRINTED_LETTERS = 6
#: At most this many signatures and stamps on a page (more are drawings).
MAX_MARKS = 2
#: At most this many patches are named on a page (more is a photo's clutter).
MAX_PATCHES = 6
#: Left out within this many letter heights of the image's edge (the desk, a shadow).
EDGE = 1.5


def name_unread_ink(page: PageText, reading: PageReading) -> PageText:
    """The stage: `page` with a note for each patch of ink no word covers."""
    prepared = reading.prepared
    grey = prepared.image
    letter = prepared.letter_height
    words = [word.box for word in page.words() if any(c.isalnum() for c in word.text)]
    if len(words) < MIN_WORDS:
        return page  # no page of text: a blank or dark frame says "no text", nothing else
    # Only among the text: a desk, a hand or a shadow around the page is not the page's.
    area = Box.enclosing(words)
    side, above = round(SIDE_MARGIN * letter), round(AREA_MARGIN * letter)
    area = Box(area.left - side, area.top - above, area.width + 2 * side, area.height + 2 * above)
    height, width = grey.shape[:2]
    edge = round(EDGE * letter)
    inner = Box(edge, edge, width - 2 * edge, height - 2 * edge)
    figures = [
        region.box
        for region in prepared.regions
        if region.kind == "figure"
        and not _holds_words(region.box, words)
        and inner.contains(region.box)  # a shadow or the desk along the edge is none
    ]
    patches = [
        box
        for box in _merged(unread_patches(grey, page, letter) + figures, JOIN * letter)
        if not _holds_words(box, words) and area.contains(box)
    ]
    if not patches or len(patches) > MAX_PATCHES:
        if patches:
            log.info("%d unread patches: clutter, not named", len(patches))
        return page
    reader = OpenCvCodeReader()
    named: list[tuple[Box, Note, str]] = []
    for box in patches:
        figure = any(box.shared_area(each) > 0.5 * box.area for each in figures)
        note, said = _named(grey, box, letter, reader, figure)
        if note is not None:
            named.append((box, note, said))
    # Many patches of strokes are a worksheet's drawings, not a signature and a stamp.
    marks = [item for item in named if item[1] in ("handwriting", "stamp")]
    if len(marks) > MAX_MARKS:
        log.info("%d patches of strokes: drawings, not named", len(marks))
        named = [item for item in named if item[1] not in ("handwriting", "stamp")]
    # The light and dark pieces of one photo, found apart, are one picture.
    pictures = _merged([box for box, note, _ in named if note == "picture"], PICTURE_GAP * letter)
    named = [item for item in named if item[1] != "picture"]
    named += [(box, "picture", tr("A picture.")) for box in pictures]
    blocks = list(page.blocks)
    for box, note, said in sorted(named, key=lambda item: item[0].top):
        block = Block((Line((Word(said, box, 100.0),), box),), box, note=note)
        below = next((i for i, b in enumerate(blocks) if b.box.top > box.top), len(blocks))
        blocks.insert(below, block)
    log.info("Named %d patches of unread ink", len(patches))
    return PageText(tuple(blocks), page.width, page.height, page.languages)


def unread_patches(grey: np.ndarray, page: PageText, letter: float) -> list[Box]:
    """The boxes of sizeable patches of ink that no word or table of `page` covers."""
    ink = ink_mask(grey)
    height, width = ink.shape[:2]
    covered = np.zeros_like(ink)
    margin = round(letter / 2)
    for block in page.blocks:
        boxes = [block.box] if block.table is not None else [w.box for w in _words(block)]
        for box in boxes:
            cv2.rectangle(
                covered,
                (box.left - margin, box.top - margin),
                (box.right + margin, box.bottom + margin),
                255,
                -1,
            )
    left = cv2.bitwise_and(ink, cv2.bitwise_not(covered))
    # Rules and underlines are not patches: long thin strokes go.
    long = max(3, round(RULE_LETTERS * letter))
    rules = cv2.max(
        cv2.morphologyEx(left, cv2.MORPH_OPEN, np.ones((1, long), np.uint8)),
        cv2.morphologyEx(left, cv2.MORPH_OPEN, np.ones((long, 1), np.uint8)),
    )
    left = cv2.subtract(left, rules)
    join = max(1, round(JOIN * letter))
    grouped = cv2.dilate(left, np.ones((join, join), np.uint8))
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(grouped, connectivity=8)
    edge = round(EDGE * letter)
    patches: list[Box] = []
    for x, y, w, h, _area in stats[1:count]:
        if w < MIN_SIZE * letter or h < MIN_SIZE * letter:
            continue
        if x < edge or y < edge or x + w > width - edge or y + h > height - edge:
            continue
        box = Box(int(x), int(y), int(w), int(h))
        share = np.count_nonzero(left[y : y + h, x : x + w]) / float(w * h)
        if share >= MIN_INK:
            patches.append(box)
    return patches


def _merged(boxes: list[Box], reach_px: float) -> list[Box]:
    """Boxes that overlap or lie within `reach_px` of each other, joined."""
    reach = round(reach_px)
    merged = list(boxes)
    joined = True
    while joined:
        joined = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                first, second = merged[i], merged[j]
                grown = Box(
                    first.left - reach,
                    first.top - reach,
                    first.width + 2 * reach,
                    first.height + 2 * reach,
                )
                if grown.shared_area(second) > 0:
                    merged[i] = first.union(second)
                    del merged[j]
                    joined = True
                    break
            if joined:
                break
    return sorted(merged, key=lambda box: (box.top, box.left))


def _holds_words(box: Box, words: list[Box]) -> bool:
    """Whether words cover a tenth of `box` or more: read text, not a picture."""
    covered = sum(box.shared_area(word) for word in words)
    return covered >= 0.1 * box.area


def _words(block: Block) -> list[Word]:
    return [word for line in block.lines for word in line.words]


def _named(
    grey: np.ndarray, box: Box, letter: float, reader: OpenCvCodeReader, figure: bool
) -> tuple[Note | None, str]:
    """What a patch is, and how it is said: a code is read; else the layout's figure, or
    a patch full of ink, is a picture; None for printed letters, which are no mark."""
    pad = round(3 * letter)  # a code needs its quiet zone
    crop = grey[max(0, box.top - pad) : box.bottom + pad, max(0, box.left - pad) : box.right + pad]
    # OpenCV's code finder misses a code that fills its picture: set it in white.
    border = max(crop.shape[:2]) // 2
    codes = reader.read(cv2.copyMakeBorder(crop, *(border,) * 4, cv2.BORDER_CONSTANT, value=255))
    if codes:
        code = codes[0]
        if code.kind.upper() == "QR_CODE":
            return "code", tr("QR code: {text}.", text=code.text)
        return "code", tr("Barcode: {number}.", number=code.text)
    ink = ink_mask(grey[box.top : box.bottom, box.left : box.right])
    share = np.count_nonzero(ink) / float(max(1, box.area))
    if figure or share >= PICTURE_INK:
        return "picture", tr("A picture.")
    if _ring(ink):
        return "stamp", tr("A stamp.")
    if _print_letters(ink, letter) >= PRINTED_LETTERS:
        return None, ""  # printed text whose words were placed elsewhere: not a mark
    return "handwriting", tr("Handwriting or a signature.")


def _print_letters(ink: np.ndarray, letter: float) -> int:
    """How many marks in `ink` are the size of printed letters (a signature's strokes run
    together into a few long ones)."""
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights, widths = stats[1:count, cv2.CC_STAT_HEIGHT], stats[1:count, cv2.CC_STAT_WIDTH]
    sized = (heights >= 0.5 * letter) & (heights <= 1.5 * letter) & (widths <= 1.5 * letter)
    return int(np.count_nonzero(sized))


def _ring(ink: np.ndarray) -> bool:
    """Whether the patch's outline is a ring or a frame around lighter inside: a stamp."""
    contours, _ = cv2.findContours(ink, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return False
    outline = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(outline)
    x, y, w, h = cv2.boundingRect(outline)
    if area < 0.5 * w * h or not 0.6 <= w / max(1, h) <= 1.7:
        return False
    inside = ink[y + h // 4 : y + 3 * h // 4, x + w // 4 : x + 3 * w // 4]
    edge_ink = np.count_nonzero(ink[y : y + h, x : x + w]) - np.count_nonzero(inside)
    return bool(inside.size and np.count_nonzero(inside) / inside.size < 0.25 and edge_ink > 0)
