"""Saving a page with its structure: a web page and a Word document with real tables."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from core.reading.export import export_page
from tests.core.reading.test_formats import bill_page


def test_a_page_saved_as_a_word_document_has_headings_fields_and_a_real_table(
    tmp_path: Path,
) -> None:
    import docx

    path = tmp_path / "bill.docx"
    export_page(bill_page(), path)
    document = docx.Document(str(path))
    (table,) = document.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows == [
        ["Service", "Units and rate", "Amount"],
        ["Water supply", "29", "165.30"],
        ["Total", "", "347.95"],
    ]
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert "w:tblHeader" in xml  # the header row is marked as one
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "Account number: 70717355" in texts
    assert "Table, 2 rows, 3 columns" in texts


def test_the_suffix_chooses_the_form(tmp_path: Path) -> None:
    for suffix in (".html", ".md", ".json", ".txt"):
        export_page(bill_page(), tmp_path / f"bill{suffix}")
    assert (tmp_path / "bill.html").read_text().startswith("<!DOCTYPE html>")
    assert "| --- |" in (tmp_path / "bill.md").read_text()
    assert json.loads((tmp_path / "bill.json").read_text())["blocks"][-1]["kind"] == "table"
    assert (tmp_path / "bill.txt").read_text() == bill_page().text
