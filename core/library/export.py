"""A kept document taken away: as text, a web page, Word, an EPUB book, an audio book or
braille, the form chosen by the file's suffix.

Each form reuses what saving one page uses (core.reading.formats' HTML,
core.reading.word_document's Word writer, core.reading.export's sound files), so a
document keeps its headings, lists and tables whichever way it leaves.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from core.library import brf, epub
from core.library.model import LibraryDocument, LibraryPage
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr
from core.reading.export import export_audio, export_bytes, export_text
from core.reading.formats import as_html
from core.reading.presented import presented
from core.reading.spoken import spoken_text
from core.reading.word_document import documents_docx
from core.text.script import language_of
from core.text.structure import document_of

log = logging.getLogger(__name__)

EXPORT_SUFFIXES = (".txt", ".html", ".docx", ".epub", ".brf", ".m3u")
_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def export_document(
    document: LibraryDocument,
    path: Path,
    *,
    braille_table: str | None = None,
    cells: int = brf.CELLS_PER_LINE,
    lines: int = brf.LINES_PER_PAGE,
) -> Path:
    """Write `document` to `path` in the form its suffix names; the path written (for an
    audio book, its playlist). `braille_table`: a short name ("en-g1", "ko-g2") or a
    liblouis table; None: each page's language, grade 2. `cells` and `lines` size a
    braille page. UserFacingError for an unknown suffix, a missing liblouis or encoder."""
    path = Path(path)
    suffix = path.suffix.lower()
    writers: dict[str, Callable[[LibraryDocument, Path], None]] = {
        ".txt": lambda doc, to: export_text(doc.text + "\n", to),
        ".html": lambda doc, to: export_text(document_html(doc), to),
        ".docx": _docx,
        ".epub": _epub,
        ".m3u": _audio_book,
        ".brf": lambda doc, to: _braille(doc, to, braille_table, cells, lines),
    }
    if suffix not in writers:
        raise UserFacingError(
            tr(
                "Bitna cannot save a document as {suffix}. Choose a name ending in one of: "
                "{suffixes}.",
                suffix=suffix or path.name,
                suffixes=" ".join(EXPORT_SUFFIXES),
            )
        )
    writers[suffix](document, path)
    log.info("Exported document %d to %s", document.summary.id, path)
    return path


def page_title(page: LibraryPage) -> str:
    """The page's first heading, else "Page 3"."""
    for part in document_of(page.page).parts:
        if part.kind == "heading":
            return " ".join(part.text.split())
    return tr("Page {number}", number=page.number)


# --- web page -----------------------------------------------------------------------------


def document_html(document: LibraryDocument) -> str:
    """One web page: the title as its heading, each page under its own heading (when
    there are several), the pages' headings, lists and tables kept."""
    title = document.summary.title
    several = len(document.pages) > 1
    style, body = "", [f"<h1>{escape(title)}</h1>"]
    for page in document.pages:
        page_style, page_body = _page_html(page)
        style = style or page_style
        if several:
            body.append(f'<section aria-labelledby="page-{page.number}">')
            label = tr("Page {number}", number=page.number)
            body.append(f'<h2 id="page-{page.number}">{escape(label)}</h2>')
        body.append(_deeper(page_body, 2 if several else 1))
        if several:
            body.append("</section>")
    return (
        f'<!DOCTYPE html>\n<html lang="{language_of(document.text)}">\n<head>\n'
        f'<meta charset="utf-8">\n<title>{escape(title)}</title>\n<style>{style}</style>\n'
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _page_html(page: LibraryPage) -> tuple[str, str]:
    """The page's style sheet and the inside of its <body>, as core.reading.formats
    writes them."""
    whole = as_html(document_of(page.page))
    found = _STYLE.search(whole)
    body = whole.split("<body>\n", 1)[1].rsplit("\n</body>", 1)[0]
    return (found.group(1) if found else ""), body


def _deeper(body: str, levels: int) -> str:
    """`body` with its headings `levels` lower (h1 to h3 for 2): under the page's heading."""
    for level in range(6 - levels, 0, -1):  # deepest first, so none moves twice
        body = body.replace(f"<h{level}>", f"<h{level + levels}>")
        body = body.replace(f"</h{level}>", f"</h{level + levels}>")
    return body


# --- Word, EPUB ------------------------------------------------------------------------


def _docx(document: LibraryDocument, path: Path) -> None:
    pages = [document_of(page.page) for page in document.pages]
    export_bytes(documents_docx(pages, document.summary.title), path)


def _epub(document: LibraryDocument, path: Path) -> None:
    chapters: list[tuple[str, str]] = []
    style = ""
    for page in document.pages:
        page_style, body = _page_html(page)
        style = style or page_style
        heading = page_title(page)
        if "<h1>" not in body:
            body = f"<h1>{escape(heading)}</h1>\n{body}"
        chapters.append((heading, body.replace("<br>", "<br/>")))  # XHTML: closed tags
    language = language_of(document.text)
    data = epub.epub_bytes(document.summary.title, language, chapters, style)
    export_bytes(data, path)


# --- audio book ---------------------------------------------------------------------------


def _audio_book(document: LibraryDocument, path: Path) -> None:
    """One MP3 per page with its text beside it, and a playlist (.m3u) naming them."""
    entries = ["#EXTM3U", f"#PLAYLIST:{document.summary.title}"]
    for page in document.pages:
        speech = spoken_text(presented(page.page))
        if not speech.strip():
            continue
        stem = f"{path.stem}-{page.number:03d}"
        sound = path.with_name(f"{stem}.mp3")
        seconds = export_audio(speech, sound)
        export_text(page.page.text + "\n", path.with_name(f"{stem}.txt"))
        name = f"{document.summary.title} – {page_title(page)}".replace("\n", " ")
        entries += [f"#EXTINF:{round(seconds)},{name}", sound.name]
    if len(entries) == 2:
        raise UserFacingError(tr("There is no text to save as sound."))
    export_text("\n".join(entries) + "\n", path)


# --- braille ------------------------------------------------------------------------------


def _braille(
    document: LibraryDocument, path: Path, table: str | None, cells: int, lines: int
) -> None:
    chosen = brf.table_named(table) if table else None
    text = brf.brf([page.page.text for page in document.pages], chosen, cells=cells, lines=lines)
    export_bytes(text.encode("ascii", errors="replace"), path)
    log.info("Braille: %d bytes to %s", os.path.getsize(path), path)
