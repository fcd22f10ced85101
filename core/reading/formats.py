"""A read page written out with its structure: plain text, JSON, HTML or Markdown.

HTML keeps what a screen reader needs to move through a document: real headings, lists,
tables with header cells (`<th scope>`, so table commands announce the column), and
fields as a description list. JSON gives every part in reading order for other programs.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any, Literal

from core.plumbing.i18n import tr
from core.reading.presented import announcement
from core.text.doubt import Doubt, judge
from core.text.hunspell import shared_lexicon
from core.text.lexicon import Lexicon
from core.text.model import Box, PageText, Table
from core.text.script import language_of
from core.text.structure import Document, Part, document_of

Format = Literal["text", "json", "html", "md"]
FORMATS: tuple[Format, ...] = ("text", "json", "html", "md")


def formatted(page: PageText, form: Format, lexicon: Lexicon | None = None) -> str:
    """`page` written out in `form`; JSON's words are judged with `lexicon` (None: the
    system's dictionaries)."""
    if form == "text":
        return page.text
    if form == "json":
        return page_json(page, lexicon)
    writers: dict[Format, Callable[[Document], str]] = {"html": as_html, "md": as_markdown}
    return writers[form](document_of(page))


def page_json(page: PageText, lexicon: Lexicon | None = None) -> str:
    """`page` as JSON (`as_json`), its words judged by core/text/doubt.py."""
    lexicon = lexicon if lexicon is not None else shared_lexicon()
    return as_json(document_of(page), judge(page, lexicon))


def as_json(document: Document, doubts: list[Doubt] | None = None) -> str:
    """The document as JSON: {"blocks": [...]} in reading order; a table's "rows" are
    lists of cell strings, the header row first. With `doubts`, also {"words": [...]}:
    every word in reading order, its confidence after the checks and whether it is
    unsure."""
    blocks = [_json_part(part) for part in document.parts]
    result: dict[str, Any] = {
        "width": document.width,
        "height": document.height,
        "languages": document.languages,
        "blocks": blocks,
    }
    if doubts is not None:
        result["words"] = [
            {
                "text": doubt.word.text,
                "confidence": round(doubt.confidence, 1),
                "unsure": doubt.unsure,
                "number": doubt.number,
                "box": _box(doubt.word.box),
            }
            | ({"why": list(doubt.reasons)} if doubt.reasons else {})
            for doubt in doubts
        ]
    return json.dumps(result, ensure_ascii=False, indent=2)


def _json_part(part: Part) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": part.kind}
    if part.table is not None:
        item["rows"] = part.table.texts()
        item["header"] = part.table.header
        item["header_rows"] = part.table.header_rows
        item["ruling"] = part.table.ruling
        item["cells"] = [
            [
                {"text": c.text, "box": _box(c.box), "confidence": round(c.confidence, 1)}
                | ({"span": c.span} if c.span > 1 else {})
                for c in row
            ]
            for row in part.table.rows
        ]
    else:
        item["text"] = part.text
    if part.kind == "field":
        item["label"], item["value"] = part.label, part.value
    if part.kind == "list":
        item["items"] = list(part.items)
    if part.note is not None:
        item["note"] = part.note
    item["box"] = _box(part.box)
    item["confidence"] = round(part.confidence, 1)
    return item


def _box(box: Box) -> list[int]:
    return [box.left, box.top, box.width, box.height]


def as_html(document: Document) -> str:
    """The document as a page a browser and a screen reader can move through."""
    text = "\n".join(part.text for part in document.parts)
    language = language_of(text)
    headings = [part.text for part in document.parts if part.kind == "heading"]
    title = headings[0].replace("\n", " ") if headings else tr("Page read by Bitna")
    body: list[str] = []
    fields: list[Part] = []
    first_heading = True

    def flush_fields() -> None:
        if fields:
            body.append("<dl>")
            for field in fields:
                body.append(f"<dt>{_h(field.label)}</dt><dd>{_h(field.value)}</dd>")
            body.append("</dl>")
            fields.clear()

    for part in document.parts:
        if part.kind == "field":
            fields.append(part)
            continue
        flush_fields()
        if part.kind == "heading":
            level = 1 if first_heading else 2
            first_heading = False
            body.append(f"<h{level}>{_h(part.text.replace(chr(10), ' '))}</h{level}>")
        elif part.kind == "list":
            items = "".join(f"<li>{_h(item)}</li>" for item in part.items)
            body.append(f"<ul>{items}</ul>")
        elif part.table is not None:
            body.append(_html_table(part.table))
        else:
            body.append(f"<p>{_h(part.text).replace(chr(10), '<br>')}</p>")
    flush_fields()
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_h(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


#: Large print, high contrast (yellow on black, 15:1), a visible focus ring.
_STYLE = (
    "body{background:#000;color:#ff0;font:1.5rem/1.5 sans-serif;margin:2rem;max-width:60rem}"
    "table{border-collapse:collapse;margin:1rem 0}th,td{border:2px solid #ff0;padding:.3rem .6rem}"
    "th{text-align:left}td{text-align:right}td:first-child{text-align:left}"
    "dt{font-weight:bold}:focus{outline:3px solid #fff}"
)


def _html_table(table: Table) -> str:
    rows: list[str] = []
    caption = announcement(table)
    for index, row in enumerate(table.rows):
        header = index < table.header_rows
        cells = []
        for position, cell in enumerate(row):
            span = f' colspan="{cell.span}"' if cell.span > 1 else ""
            if header and not cell.text:  # under no name: no header to announce
                cells.append(f"<td{span}></td>")
            elif header:
                scope = ' scope="colgroup"' if cell.span > 1 else ' scope="col"'
                cells.append(f"<th{scope}{span}>{_h(cell.text)}</th>")
            elif position == 0 and table.header:
                cells.append(f'<th scope="row"{span}>{_h(cell.text)}</th>')
            else:
                cells.append(f"<td{span}>{_h(cell.text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = f"<thead>{''.join(rows[: table.header_rows])}</thead>" if table.header else ""
    body = rows[table.header_rows :]
    return (
        f"<table>\n<caption>{_h(caption)}</caption>\n{head}\n<tbody>\n"
        + "\n".join(body)
        + "\n</tbody>\n</table>"
    )


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def as_markdown(document: Document) -> str:
    """The document as Markdown: headings, lists, pipe tables, fields in bold."""
    out: list[str] = []
    first_heading = True
    for part in document.parts:
        if part.kind == "heading":
            out.append(("# " if first_heading else "## ") + part.text.replace("\n", " "))
            first_heading = False
        elif part.kind == "field":
            out.append(f"**{_md(part.label)}:** {_md(part.value)}")
        elif part.kind == "list":
            out.append("\n".join(f"- {_md(item)}" for item in part.items))
        elif part.table is not None:
            out.append(_md_table(part.table))
        else:
            out.append(_md(part.text).replace("\n", "  \n"))
    return "\n\n".join(out) + "\n"


def _md_table(table: Table) -> str:
    columns = table.columns
    rows = [_spread(row_cells, columns) for row_cells in table.rows]
    if not table.header:
        rows.insert(0, [""] * columns)
    lines = [
        "| " + " | ".join(_md(cell).replace("|", "\\|") for cell in row) + " |" for row in rows
    ]
    lines.insert(1, "|" + "|".join(" --- " for _ in range(columns)) + "|")
    return "\n".join(lines)


def _spread(row: tuple[Any, ...], columns: int) -> list[str]:
    """A row's cell texts, a spanning cell's text in its first column, blanks after."""
    cells: list[str] = []
    for cell in row:
        cells.append(cell.text)
        cells.extend([""] * (cell.span - 1))
    return cells + [""] * (columns - len(cells))


def _md_cell(text: str) -> str:
    return _md(text).replace("|", "\\|").replace("\n", " ")


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
