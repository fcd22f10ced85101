"""A document as an EPUB 3 book: one chapter per page, a table of contents, its language.

Written with zipfile to the letter of the EPUB 3 container: the `mimetype` entry first and
uncompressed, then META-INF/container.xml, the package document (package.opf) and the
navigation document (nav.xhtml). Each chapter is XHTML made from the page's HTML
(core.reading.formats.as_html), so headings, lists and tables reach the reading system.
"""

from __future__ import annotations

import io
import time
import uuid
import zipfile
from collections.abc import Sequence
from html import escape

MIMETYPE = "application/epub+zip"
_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""


def chapter_name(number: int) -> str:
    """The file of page `number` inside the book."""
    return f"page-{number:03d}.xhtml"


def epub_bytes(
    title: str,
    language: str,
    chapters: Sequence[tuple[str, str]],
    style: str,
    identifier: str | None = None,
) -> bytes:
    """The book's bytes: `chapters` are (title, XHTML body content), `style` its CSS."""
    book_id = identifier or f"urn:uuid:{uuid.uuid4()}"
    modified = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        deflated = zipfile.ZIP_DEFLATED
        book.writestr("META-INF/container.xml", _CONTAINER, compress_type=deflated)
        book.writestr(
            "EPUB/package.opf",
            _package(title, language, len(chapters), book_id, modified),
            compress_type=deflated,
        )
        book.writestr("EPUB/nav.xhtml", _nav(title, language, chapters), compress_type=deflated)
        book.writestr("EPUB/style.css", style, compress_type=deflated)
        for number, (heading, body) in enumerate(chapters, start=1):
            book.writestr(
                f"EPUB/{chapter_name(number)}",
                _xhtml(heading, language, body),
                compress_type=deflated,
            )
    return out.getvalue()


def _package(title: str, language: str, count: int, book_id: str, modified: str) -> str:
    items = "\n".join(
        f'    <item id="page{n}" href="{chapter_name(n)}" media-type="application/xhtml+xml"/>'
        for n in range(1, count + 1)
    )
    spine = "\n".join(f'    <itemref idref="page{n}"/>' for n in range(1, count + 1))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" \
xml:lang="{language}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">{escape(book_id)}</dc:identifier>
    <dc:title>{escape(title)}</dc:title>
    <dc:language>{language}</dc:language>
    <dc:creator>Bitna</dc:creator>
    <meta property="dcterms:modified">{modified}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="style" href="style.css" media-type="text/css"/>
{items}
  </manifest>
  <spine>
{spine}
  </spine>
</package>
"""


def _nav(title: str, language: str, chapters: Sequence[tuple[str, str]]) -> str:
    entries = "\n".join(
        f'      <li><a href="{chapter_name(n)}">{escape(heading)}</a></li>'
        for n, (heading, _) in enumerate(chapters, start=1)
    )
    body = f"""  <nav epub:type="toc" id="toc">
    <h1>{escape(title)}</h1>
    <ol>
{entries}
    </ol>
  </nav>"""
    return _xhtml(title, language, body)


def _xhtml(title: str, language: str, body: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
lang="{language}" xml:lang="{language}">
<head>
  <meta charset="utf-8"/>
  <title>{escape(title)}</title>
  <link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
{body}
</body>
</html>
"""
