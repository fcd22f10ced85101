"""Text as a braille file (.brf): liblouis's ASCII braille laid out in lines and pages.

A .brf is what braille embossers, note-takers and braille displays' file readers take:
ASCII braille, lines of at most 40 cells (CR LF), pages of 25 lines separated by a form
feed. Lines break between words; a word longer than a line is split. Each page of the
document starts a new braille page.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.library import louis
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr
from core.text.script import language_of

CELLS_PER_LINE = 40
LINES_PER_PAGE = 25
#: Short names for the tables Bitna offers; any other liblouis table file name works too.
TABLES = {
    "en-g1": "en-ueb-g1.ctb",
    "en-g2": "en-ueb-g2.ctb",
    "ko-g1": "ko-g1.ctb",
    "ko-g2": "ko-g2.ctb",
}


def table_for(text: str, grade: int = 2) -> str:
    """The liblouis table for `text`'s language (Korean or English) at `grade` (1 or 2)."""
    return TABLES[f"{language_of(text)}-g{grade}"]


def table_named(name: str) -> str:
    """A short name ("ko-g2") or a liblouis table file name, as a table file name."""
    if name in TABLES:
        return TABLES[name]
    if name.endswith((".ctb", ".utb", ".tbl")) and "/" not in name and "\\" not in name:
        return name
    raise UserFacingError(
        tr(
            "Bitna does not know the braille table {name}. Use one of: {names}.",
            name=name,
            names=", ".join(TABLES),
        )
    )


def brf(
    pages: Sequence[str],
    table: str | None = None,
    *,
    cells: int = CELLS_PER_LINE,
    lines: int = LINES_PER_PAGE,
) -> str:
    """`pages` of print as a .brf's text; `table` None: each page's own language, grade 2."""
    if cells < 10 or lines < 2:
        raise UserFacingError(
            tr("A braille page needs at least 10 cells a line and 2 lines. Choose more.")
        )
    braille_pages: list[str] = []
    for text in pages:
        chosen = table or table_for(text)
        rows: list[str] = []
        for line in text.splitlines():
            if not line.strip():
                if rows and rows[-1]:
                    rows.append("")  # one blank line between paragraphs
                continue
            rows.extend(_wrapped(louis.translate(" ".join(line.split()), chosen), cells))
        while rows and not rows[-1]:
            rows.pop()
        for start in range(0, max(len(rows), 1), lines):
            braille_pages.append("\r\n".join(rows[start : start + lines]))
    return "\r\n\f".join(braille_pages) + "\r\n"


def _wrapped(braille: str, cells: int) -> list[str]:
    """Braille words in lines of at most `cells`, broken at spaces."""
    rows: list[str] = []
    current = ""
    for word in braille.split():
        while len(word) > cells:  # longer than a whole line: split it
            if current:
                rows.append(current)
                current = ""
            rows.append(word[:cells])
            word = word[cells:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= cells:
            current += " " + word
        else:
            rows.append(current)
            current = word
    if current:
        rows.append(current)
    return rows


def print_text(brf_text: str, table: str) -> str:
    """A .brf's braille back in print, its lines joined (to check a translation)."""
    words = " ".join(brf_text.replace("\f", "\n").split())
    return louis.back_translate(words, table)
