"""A table said as a table: announced, a sentence per row with its headers, and moved
through by row and cell like a screen reader's table commands."""

from __future__ import annotations

import shutil

import pytest

from core.plumbing.i18n import set_language
from core.reading.presented import presented
from core.reading.table_places import table_text
from core.text.model import Block, Box, Cell, Line, PageText, Table, Word, page_from_text
from tests.core.reading.test_navigation import make_flow, said

ROWS = (
    ("Service", "Units", "Rate", "Amount"),
    ("Water supply", "29", "5.70", "165.30"),
    ("Wastewater", "29", "4.50", "130.50"),
    ("Total", "", "", "347.95"),
)


def bill() -> PageText:
    """A title, then the item table as the read path gives it: a line per row, its cells."""
    lines, cells = [], []
    for r, row in enumerate(ROWS):
        top = 200 + 60 * r
        row_cells, words = [], []
        for c, text in enumerate(row):
            box = Box(100 + 300 * c, top, 280, 40)
            row_cells.append(Cell(text, box, 95.0))
            words += [Word(token, box, 95.0) for token in text.split()]
        cells.append(tuple(row_cells))
        lines.append(Line(tuple(words), Box.enclosing(w.box for w in words)))
    table = Block(tuple(lines), Box(100, 200, 1200, 240), Table(tuple(cells)))
    title = page_from_text("Riverside Water").blocks
    return PageText((*title, table), 1400, 800, "eng")


def test_a_table_is_announced_then_said_row_by_row_with_its_headers() -> None:
    text = presented(bill()).text
    assert text.split("\n\n")[1:] == [
        "Table, 3 rows, 4 columns: Service, Units, Rate, Amount.",
        "Water supply. Units 29, Rate 5.70, Amount 165.30.\n"
        "Wastewater. Units 29, Rate 4.50, Amount 130.50.\n"
        "Total. Amount 347.95.",
    ]
    once = presented(bill(), "once").text
    assert once.endswith(
        "Water supply. 29, 5.70, 165.30.\nWastewater. 29, 4.50, 130.50.\nTotal. 347.95."
    )


def test_korean_announces_in_korean() -> None:
    set_language("ko")
    assert presented(bill()).text.split("\n\n")[1].startswith("표, 3행 4열:")


def test_cells_map_to_the_text_that_says_them() -> None:
    page = presented(bill())
    places = table_text(page)
    cell = places.at(page.text.index("Rate 4.50"))
    assert cell is not None and (cell.row, cell.column) == (1, 2)
    assert cell.span is not None and page.text[cell.span.start : cell.span.end] == "Rate 4.50,"
    blank = places.cell(cell.block, 2, 1)
    assert blank is not None and blank.span is None  # the Total row has no units


def test_moving_through_a_table_by_cell_and_row() -> None:
    flow, speech, _, _ = make_flow()
    page = presented(bill())
    flow.speak_page(page)
    flow.stop()
    flow.position = page.text.index("Units 29, Rate 5.70")
    mark = len(speech.spoken)
    flow.table_move(+1, 0)  # down the Units column
    flow.table_move(+1, 0)  # the Total row has no units
    flow.table_move(+1, 0)  # no row below
    flow.table_move(0, +1)  # right, from the blank: the Rate column
    flow.table_where()
    flow.table_header()
    flow.table_row(-1)  # the whole row above
    assert said(speech, mark) == [
        "Units 29,",
        "Units blank",  # the Total row has no units
        "Last row.",
        "Rate blank",
        "Row 3 of 3, column 3 of 4, Rate",
        "Rate",
        "Wastewater.",  # the whole row above, a sentence at a time
        "Units 29, Rate 4.50, Amount 130.50.",
    ]


def test_table_keys_outside_a_table_say_so() -> None:
    flow, speech, _, _ = make_flow()
    page = presented(bill())
    flow.speak_page(page)
    flow.stop()
    flow.position = 0  # the title
    mark = len(speech.spoken)
    flow.table_move(0, +1)
    assert said(speech, mark) == ["Not in a table."]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="no Tesseract")
def test_the_table_keys_on_a_bill_read_by_tesseract() -> None:
    """A generated water bill read by real Tesseract: announced with its headers, and the
    table keys move down the Amount column and say where they are."""
    from benchmarks.document_pages import generate, specs
    from core.ocr.tesseract import TesseractEngine
    from core.reading.pipeline import ReadPipeline

    spec = next(s for s in specs() if (s.kind, s.language, s.ruling) == ("bill", "en", "grid"))
    image, truth = generate(spec)
    (rows,) = [block["rows"] for block in truth["blocks"] if block["kind"] == "table"]
    page = presented(ReadPipeline(TesseractEngine(), "eng").read(image).page)
    header = rows[0]
    announced = f"Table, {len(rows) - 1} rows, {len(header)} columns: {', '.join(header)}."
    assert announced in page.text
    flow, speech, _, _ = make_flow()
    flow.speak_page(page)
    flow.stop()
    first = rows[1]
    flow.position = page.text.index(f"{header[-1]} {first[-1]}")  # the first row's amount
    mark = len(speech.spoken)
    flow.table_move(+1, 0)  # down the Amount column
    flow.table_where()
    flow.table_header()
    assert said(speech, mark) == [
        f"{header[-1]} {rows[2][-1]}.",
        f"Row 2 of {len(rows) - 1}, column {len(header)} of {len(header)}, {header[-1]}",
        header[-1],
    ]
