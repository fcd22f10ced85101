"""What OCR found on a page: blocks of lines of words, with boxes and confidences.

Plain frozen dataclasses, so results can cross threads, be compared in tests and be kept as
history. Reading order is the order of the tuples; nothing here re-sorts by position, because
the order the reading gives (Tesseract's columns and paragraphs, or our layout's) is better
than a naive top-to-bottom sort.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

#: How a table is ruled: a full grid, lines between rows only, or not at all.
Ruling = Literal["grid", "rules", "none"]
#: What a patch of ink without words is (see core/reading/stages/unread_ink.py).
Note = Literal["picture", "code", "handwriting", "stamp"]


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in pixels of the recognised image."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """One past the last column, so `right - left == width`."""
        return self.left + self.width

    @property
    def bottom(self) -> int:
        """One past the last row, so `bottom - top == height`."""
        return self.top + self.height

    @property
    def area(self) -> int:
        """The pixels the box covers."""
        return self.width * self.height

    def union(self, other: Box) -> Box:
        """The smallest box holding both: a line's box from its words, a block's from its lines."""
        left = min(self.left, other.left)
        top = min(self.top, other.top)
        return Box(
            left, top, max(self.right, other.right) - left, max(self.bottom, other.bottom) - top
        )

    def shared_area(self, other: Box) -> int:
        """The pixels both boxes cover (0 when they do not meet)."""
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.bottom, other.bottom) - max(self.top, other.top)
        return max(0, width) * max(0, height)

    def contains(self, other: Box) -> bool:
        """Whether `other` lies wholly within this box."""
        return (
            other.left >= self.left
            and other.top >= self.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def holds_middle_of(self, other: Box) -> bool:
        """Whether the middle of `other` lies within this box."""
        x, y = other.left + other.width / 2, other.top + other.height / 2
        return self.left <= x < self.right and self.top <= y < self.bottom

    @staticmethod
    def enclosing(boxes: Iterable[Box]) -> Box:
        """The union of `boxes`; an empty box at the origin when there are none."""
        result: Box | None = None
        for box in boxes:
            result = box if result is None else result.union(box)
        return result if result is not None else Box(0, 0, 0, 0)


@dataclass(frozen=True)
class Word:
    """One recognised word; `confidence` is 0–100 as Tesseract gives it."""

    text: str
    box: Box
    confidence: float


@dataclass(frozen=True)
class Line:
    """Words on one text line, left to right (or in the script's own order)."""

    words: tuple[Word, ...]
    box: Box

    @property
    def text(self) -> str:
        """The words joined by one space, as they are spoken."""
        return " ".join(word.text for word in self.words)


@dataclass(frozen=True)
class Cell:
    """One cell of a table: its text ("" when empty), where it is, and how sure the
    reading is (its least sure word; 100 for an empty cell)."""

    text: str
    box: Box
    confidence: float = 100.0
    #: Columns the cell covers (a header over two columns: 2).
    span: int = 1


@dataclass(frozen=True)
class Table:
    """Rows of cells, the `header_rows` header rows first: the column names, and above
    them perhaps a row of names over groups of columns ("Dose" over "How much" and "How
    often")."""

    rows: tuple[tuple[Cell, ...], ...]
    header_rows: int = 1
    ruling: Ruling = "none"

    @property
    def header(self) -> bool:
        """Whether the table has a header row."""
        return self.header_rows > 0

    @property
    def columns(self) -> int:
        """The number of columns: the widest row, spans counted."""
        return max((sum(cell.span for cell in row) for row in self.rows), default=0)

    @property
    def head(self) -> tuple[tuple[Cell, ...], ...]:
        """The header rows, top to bottom."""
        return self.rows[: self.header_rows]

    @property
    def body(self) -> tuple[tuple[Cell, ...], ...]:
        """The rows below the header."""
        return self.rows[self.header_rows :]

    def headers(self) -> list[str]:
        """Each column's header ("" where there is none): its name in the lowest header
        row that names it, a spanning one over all its columns."""
        names = [""] * self.columns
        for row in self.head:
            column = 0
            for cell in row:
                for covered in range(column, min(column + cell.span, self.columns)):
                    names[covered] = cell.text or names[covered]
                column += cell.span
        return names

    def texts(self) -> list[list[str]]:
        """The table as rows of cell strings, header first (a spanning cell once)."""
        return [[cell.text for cell in row] for row in self.rows]


@dataclass(frozen=True)
class Block:
    """Lines that belong together (a paragraph); the unit a reader pauses after.

    A table's block has a line per row, its words in cell order, and the `table`. A
    block that names ink without words (a picture, a code, a signature) has its `note`.
    """

    lines: tuple[Line, ...]
    box: Box
    table: Table | None = None
    note: Note | None = None

    @property
    def text(self) -> str:
        """The lines joined by newlines."""
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class PageText:
    """Everything read from one image, blocks in reading order."""

    blocks: tuple[Block, ...]
    width: int
    height: int
    languages: str

    @property
    def text(self) -> str:
        """The page as plain text: blocks separated by a blank line."""
        return "\n\n".join(block.text for block in self.blocks)

    @property
    def recognised_text(self) -> str:
        """The page as recognised: `text` without Bitna's own notes on ink without words
        ("A picture."), which no engine read off the page."""
        return "\n\n".join(block.text for block in self.blocks if block.note is None)

    def words(self) -> Iterator[Word]:
        """Every word in reading order (for highlighting and confidence checks)."""
        for line in self.lines():
            yield from line.words

    def placed_words(self) -> Iterator[tuple[int, Word, Line, Block]]:
        """Every word in reading order with its offset in `text` (built the way `text`
        joins them), its line and its block."""
        offset = 0
        for block_index, block in enumerate(self.blocks):
            if block_index:
                offset += 2  # "\n\n" between blocks
            for line_index, line in enumerate(block.lines):
                if line_index:
                    offset += 1  # "\n" between lines
                for word_index, word in enumerate(line.words):
                    if word_index:
                        offset += 1  # " " between words
                    yield offset, word, line, block
                    offset += len(word.text)

    def lines(self) -> Iterator[Line]:
        """Every line in reading order."""
        for block in self.blocks:
            yield from block.lines

    @property
    def is_empty(self) -> bool:
        """True when no word was found, so callers can say "no text" instead of silence."""
        return not any(word.text for word in self.words())

    @classmethod
    def empty(cls, width: int = 0, height: int = 0, languages: str = "") -> PageText:
        """A page on which nothing was read."""
        return cls((), width, height, languages)


# Synthetic geometry for `page_from_text`: a monospaced page, roughly 12 pt at 150 dpi.
_CHAR_WIDTH = 12
_LINE_HEIGHT = 24
_LINE_PITCH = 32
_MARGIN = 40


def page_from_text(text: str) -> PageText:
    """A PageText with made-up but consistent boxes, for tests and demos without Tesseract.

    Blank lines separate blocks, newlines separate lines, whitespace separates words; every
    word gets confidence 100. Its `.text` equals `text` once whitespace is normalised.
    """
    blocks: list[Block] = []
    y = _MARGIN
    right_edge = _MARGIN
    for paragraph in _paragraphs(text):
        lines: list[Line] = []
        for raw_line in paragraph:
            words: list[Word] = []
            x = _MARGIN
            for token in raw_line.split():
                box = Box(x, y, _CHAR_WIDTH * len(token), _LINE_HEIGHT)
                words.append(Word(token, box, 100.0))
                x = box.right + _CHAR_WIDTH
            lines.append(Line(tuple(words), Box.enclosing(w.box for w in words)))
            right_edge = max(right_edge, lines[-1].box.right)
            y += _LINE_PITCH
        blocks.append(Block(tuple(lines), Box.enclosing(line.box for line in lines)))
        y += _LINE_PITCH
    height = y - _LINE_PITCH + _MARGIN if blocks else 0
    width = right_edge + _MARGIN if blocks else 0
    return PageText(tuple(blocks), width, height, "eng")


def _paragraphs(text: str) -> list[list[str]]:
    """Split `text` into paragraphs of non-blank lines."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw_line in text.splitlines():
        if raw_line.strip():
            current.append(raw_line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def shifted_box(box: Box, dx: int, dy: int) -> Box:
    """`box` moved by (dx, dy): from a region's pixels to the page's."""
    return Box(box.left + dx, box.top + dy, box.width, box.height)


def shifted_block(block: Block, dx: int, dy: int) -> Block:
    """`block` with every box moved by (dx, dy)."""
    lines = tuple(
        Line(
            tuple(Word(w.text, shifted_box(w.box, dx, dy), w.confidence) for w in line.words),
            shifted_box(line.box, dx, dy),
        )
        for line in block.lines
    )
    return Block(lines, shifted_box(block.box, dx, dy))


def with_words(page: PageText, change: Callable[[Word], Sequence[Word]]) -> PageText:
    """`page` with each word replaced by what `change` gives for it (none drops it, one or
    more replace it); lines and blocks left without words go, boxes shrink to what is
    left."""
    blocks: list[Block] = []
    for block in page.blocks:
        lines: list[Line] = []
        changed = False
        for line in block.lines:
            words = tuple(new for word in line.words for new in change(word))
            changed = changed or words != line.words
            if words:
                lines.append(Line(words, Box.enclosing(word.box for word in words)))
        if not changed:
            blocks.append(block)  # as it was, a table's cells included
        elif lines:
            blocks.append(Block(tuple(lines), Box.enclosing(line.box for line in lines)))
    return PageText(tuple(blocks), page.width, page.height, page.languages)


def merge_pages(
    parts: Iterable[tuple[PageText, int, int]], width: int, height: int, languages: str
) -> PageText:
    """One page from pages read region by region: `parts` are (page, left, top) in reading
    order; each part's blocks keep their own order and are moved to the page's pixels."""
    blocks: list[Block] = []
    for page, left, top in parts:
        blocks.extend(shifted_block(block, left, top) for block in page.blocks)
    return PageText(tuple(blocks), width, height, languages)
