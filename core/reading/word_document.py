"""A read page as a Word document: real headings, lists and tables, so Word, LibreOffice and
a screen reader's heading and table commands work in it (python-docx writes the file)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from core.reading.presented import announcement
from core.text.model import Table
from core.text.script import language_of
from core.text.structure import Document


def as_docx(document: Document) -> bytes:
    """The document as the bytes of a .docx file."""
    return documents_docx([document])


def documents_docx(documents: Sequence[Document], title: str | None = None) -> bytes:
    """Pages as one .docx file, each page after a page break. With `title`, the file
    starts with it as its heading and each page's headings sit one level below it."""
    import docx  # here, so reading a page never loads it
    from docx.enum.text import WD_BREAK

    word = docx.Document()
    text = "\n".join(part.text for document in documents for part in document.parts)
    word.core_properties.language = "ko-KR" if language_of(text) == "ko" else "en-US"
    headings = [p.text for document in documents for p in document.parts if p.kind == "heading"]
    if title is not None:
        word.core_properties.title = title
        word.add_heading(title, level=1)
    else:
        word.core_properties.title = headings[0].replace("\n", " ") if headings else ""
    top = 1 if title is None else 2
    for index, document in enumerate(documents):
        if index:
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _add_parts(word, document, top)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _add_parts(word: Any, document: Document, top: int) -> None:
    """The document's parts: its first heading at level `top`, the others one below."""
    first_heading = True
    for part in document.parts:
        if part.kind == "heading":
            word.add_heading(part.text.replace("\n", " "), level=top if first_heading else top + 1)
            first_heading = False
        elif part.kind == "field":
            paragraph = word.add_paragraph()
            paragraph.add_run(f"{part.label}: ").bold = True
            paragraph.add_run(part.value)
        elif part.kind == "list":
            for item in part.items:
                word.add_paragraph(item, style="List Bullet")
        elif part.table is not None:
            _add_table(word, part.table)
        else:
            for line in part.text.split("\n"):
                word.add_paragraph(line)


def _add_table(word: object, table: Table) -> None:
    """A Word table with the header row marked as one (repeated on each page, and read as
    headers by screen readers), a caption paragraph before it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    caption = announcement(table)
    word.add_paragraph(caption, style="Caption")  # type: ignore[attr-defined]
    grid = word.add_table(rows=0, cols=table.columns)  # type: ignore[attr-defined]
    grid.style = "Table Grid"
    for index, row in enumerate(table.rows):
        cells = grid.add_row().cells
        column = 0
        for cell in row:
            target = cells[column]
            if cell.span > 1:
                target = target.merge(cells[min(column + cell.span, table.columns) - 1])
            target.text = cell.text
            if index < table.header_rows:
                for run in target.paragraphs[0].runs:
                    run.bold = True
            column += cell.span
        if index < table.header_rows:
            properties = grid.rows[index]._tr.get_or_add_trPr()
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            properties.append(header)
