"""A read page written out with its structure: JSON, HTML and Markdown."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from core.reading.formats import formatted
from core.text.lexicon import WordListLexicon
from core.text.model import Block, Box, Cell, Line, PageText, Table, Word, page_from_text


def bill_page() -> PageText:
    box = Box(0, 100, 400, 40)
    rows = (
        ("Service", "", "Amount"),  # a header over two columns
        ("Water supply", "29", "165.30"),
        ("Total", "", "347.95"),
    )
    cells = (
        (Cell("Service", box), Cell("Units and rate", box, span=1), Cell("Amount", box)),
        *((Cell(row[0], box), Cell(row[1], box), Cell(row[2], box, 80.0)) for row in rows[1:]),
    )
    lines = tuple(Line(tuple(Word(text, box, 95) for text in row if text), box) for row in rows)
    table = Block(lines, box, Table(cells, header_rows=1, ruling="none"))
    head = page_from_text("Riverside Water\n\nAccount number: 70717355")
    return PageText((*head.blocks, table), 1000, 1000, "eng")


def test_json_gives_blocks_in_reading_order_and_tables_as_rows() -> None:
    data = json.loads(formatted(bill_page(), "json"))
    kinds = [block["kind"] for block in data["blocks"]]
    assert kinds == ["paragraph", "field", "table"]
    table = data["blocks"][2]
    assert table["rows"] == [
        ["Service", "Units and rate", "Amount"],
        ["Water supply", "29", "165.30"],
        ["Total", "", "347.95"],
    ]
    assert table["header"] is True
    assert data["blocks"][1]["label"] == "Account number"
    assert data["blocks"][1]["value"] == "70717355"


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("th", "td", "dt", "dd", "table", "caption", "html"):
            self.cells.append((tag, dict(attrs)))


def test_html_tables_have_header_cells_a_screen_reader_announces() -> None:
    page = formatted(bill_page(), "html")
    parser = _Cells()
    parser.feed(page)
    tags = [tag for tag, _ in parser.cells]
    assert tags[0] == "html" and dict(parser.cells[0][1])["lang"] == "en"
    scopes = [attrs.get("scope") for tag, attrs in parser.cells if tag == "th"]
    assert scopes[:3] == ["col", "col", "col"] and scopes[3:] == ["row", "row"]
    assert "<dt>Account number</dt><dd>70717355</dd>" in page
    assert "<caption>Table, 2 rows, 3 columns</caption>" in page


def test_a_name_over_two_columns_heads_them_in_a_second_header_row() -> None:
    """ "Dose" over "How much" and "How often": a colgroup header spanning both, above the
    row of names, and no empty header over the first column."""
    box = Box(0, 100, 400, 40)
    group = (Cell("", box), Cell("Dose", box, span=2))
    names = tuple(Cell(text, box) for text in ("Age", "How much", "How often"))
    body = tuple(Cell(text, box) for text in ("Children 12 to 15", "1 tablet", "every 4 hours"))
    words = tuple(Word(text, box, 95) for text in ("Dose", "Age"))
    table = Table((group, names, body), header_rows=2)
    page = PageText((Block((Line(words, box),), box, table),), 1000, 1000, "eng")
    written = formatted(page, "html")
    head = written[written.index("<thead>") : written.index("</thead>")]
    assert head.count("<tr>") == 2
    assert '<td></td><th scope="colgroup" colspan="2">Dose</th>' in head
    assert "<caption>Table, 1 row, 3 columns</caption>" in written
    assert json.loads(formatted(page, "json"))["blocks"][0]["header_rows"] == 2


def test_markdown_writes_a_pipe_table() -> None:
    text = formatted(bill_page(), "md")
    assert "| Service | Units and rate | Amount |\n| --- | --- | --- |" in text
    assert "| Total |  | 347.95 |" in text
    assert "**Account number:** 70717355" in text


def test_text_is_the_page_as_read() -> None:
    page = page_from_text("One line\n\nAnother")
    assert formatted(page, "text") == page.text


def test_json_lists_every_word_with_its_confidence_and_doubt() -> None:
    box = Box(0, 0, 40, 20)
    words = (Word("Pay", box, 96.0), Word("962,192", box, 62.0), Word("now", box, 91.0))
    page = PageText((Block((Line(words, box),), box),), 100, 40, "eng")
    data = json.loads(formatted(page, "json", WordListLexicon({"en": ["pay", "now"]})))
    assert [(w["text"], w["unsure"], w["number"]) for w in data["words"]] == [
        ("Pay", False, False),
        ("962,192", True, True),
        ("now", False, False),
    ]
    assert data["words"][1]["confidence"] == 62.0 and data["words"][1]["why"] == ["engine"]
    assert "why" not in data["words"][0]
    assert data["blocks"]  # the structure is still there beside the words
