"""The documents benchmark (benchmarks/documents.py, issue 21) measures what it says: its pages
are the same on every run, their truth holds what is printed, and its scores give a perfect
reading full marks and a reading with one digit wrong less."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from benchmarks.document_pages import Spec, generate, numbers_in, specs
from benchmarks.documents import (
    Score,
    photo,
    receipt_truth,
    score,
    table_grid,
    truth_as_json,
    truth_as_text,
)


def bill(language: str = "en", ruling: str = "grid") -> Spec:
    return next(s for s in specs() if s.name == f"bill_{language}_{ruling}")


def perfect(found: Score) -> bool:
    return all(share in (None, 1.0) for share in found.shares().values())


def test_the_pages_are_the_same_on_every_run() -> None:
    first_image, first_truth = generate(bill())
    second_image, second_truth = generate(bill())
    assert np.array_equal(first_image, second_image)
    assert first_truth == second_truth
    other_image, other_truth = generate(bill(ruling="none"))
    assert other_truth != first_truth


def test_every_kind_language_and_ruling_is_there() -> None:
    names = {spec.name for spec in specs()}
    assert len(names) == 30
    for kind in ("bill", "statement", "timetable", "form", "leaflet"):
        for language in ("en", "ko"):
            for ruling in ("grid", "rules", "none"):
                assert f"{kind}_{language}_{ruling}" in names


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_bills_truth_holds_its_total_and_its_numbers(language: str) -> None:
    image, truth = generate(bill(language))
    assert image.shape == (3508, 2480, 3)  # A4 at 300 dpi
    (table,) = [block for block in truth["blocks"] if block["kind"] == "table"]
    header, *items, total_row = table["rows"]
    assert total_row[0] == ("Total" if language == "en" else "합계")
    assert all(cell == "" for cell in total_row[1:-1])  # a total row's empty cells
    money = [float(row[-1].strip("$").replace(",", "")) for row in items]
    total = total_row[-1]
    assert float(total.strip("$").replace(",", "")) == pytest.approx(sum(money))
    assert any("\n" not in cell and " " in cell for cell in items[1])  # the wrapped cell
    due = "Amount due" if language == "en" else "납부하실 금액"
    assert truth["fields"][due].startswith(total)
    assert total in truth["numbers"]
    for row in items:
        assert row[-1] in truth["numbers"]
    account = truth["fields"]["Account number" if language == "en" else "고객번호"]
    assert truth["numbers"].count(account) == 2  # on the bill and on its payment slip
    if language == "ko":
        assert any("년" in number and "일" in number for number in truth["numbers"])


def test_numbers_are_runs_of_tokens_with_digits() -> None:
    assert numbers_in("Please pay by 14/01/2027. Call (555) 201-7788 today") == [
        "14/01/2027",
        "(555) 201-7788",
    ]
    assert numbers_in("납부기한: 2027년 1월 14일") == ["2027년 1월 14일"]


@pytest.mark.parametrize("name", ["bill_ko_rules", "statement_en_grid", "timetable_ko_none"])
def test_the_truth_itself_scores_full_marks(name: str) -> None:
    _, truth = generate(next(s for s in specs() if s.name == name))
    as_text = score(truth, truth_as_text(truth))
    as_json = score(truth, truth_as_json(truth))
    assert perfect(as_text), as_text
    assert perfect(as_json), as_json
    assert as_text == as_json
    assert as_text.cells > 20
    assert as_text.numbers == len(truth["numbers"])


def test_one_digit_wrong_costs_a_cell_and_a_number() -> None:
    _, truth = generate(bill())
    full = score(truth, truth_as_text(truth))
    total = truth["fields"]["Amount due"]
    wrong = total[:-1] + ("1" if total[-1] != "1" else "2")
    text = truth_as_text(truth).replace(total, wrong)
    plain = score(truth, text)
    assert plain.cells_exact == full.cells_exact - 1
    assert plain.numbers_exact < full.numbers_exact
    assert plain.numbers_present == full.numbers_present  # misread, not dropped
    assert plain.fields_found < full.fields_found

    reading = copy.deepcopy(truth_as_json(truth))
    (table,) = [block for block in reading["blocks"] if block["kind"] == "table"]
    table["rows"][-1][-1] = wrong
    structured = score(truth, reading)
    assert structured.cells_exact == full.cells_exact - 1
    assert structured.numbers_exact == full.numbers_exact - 1


def test_a_dropped_number_is_not_present() -> None:
    _, truth = generate(bill())
    account = truth["fields"]["Account number"]
    text = truth_as_text(truth).replace(account, "")
    found = score(truth, text)
    assert found.numbers_present == found.numbers - 2


def test_a_plain_reading_must_keep_a_rows_cells_on_one_line_in_order() -> None:
    _, truth = generate(bill())
    lines = truth_as_text(truth).splitlines()
    service = next(i for i, line in enumerate(lines) if line.startswith("Sewer charge"))
    cells = lines[service].split(" ")
    lines[service] = " ".join(cells[:2])  # the row's numbers on a line of their own
    lines.insert(service + 1, " ".join(cells[2:]))
    assert (
        score(truth, "\n".join(lines)).cells_exact < score(truth, truth_as_text(truth)).cells_exact
    )


def test_a_table_a_column_off_loses_the_cells_after_it() -> None:
    _, truth = generate(bill())
    reading = copy.deepcopy(truth_as_json(truth))
    (table,) = [block for block in reading["blocks"] if block["kind"] == "table"]
    table["rows"] = [["|", *row] for row in table["rows"]]  # a ruling read as a column
    # Only where a row repeats a value beside itself (rate and amount of a fee) do cells hold.
    assert score(truth, reading).cells_exact <= 2
    table["rows"] = [["Charges for this period"], *[row[1:] for row in table["rows"]]]
    assert perfect(score(truth, reading))  # a row too many costs only itself


def test_spanning_cells_are_spread_as_the_truth_has_them() -> None:
    block = {
        "kind": "table",
        "rows": [["", "Amount", ""], ["Date", "Debit", "Credit"]],
        "cells": [
            [{"text": ""}, {"text": "Amount", "span": 2}],
            [{"text": "Date"}, {"text": "Debit"}, {"text": "Credit"}],
        ],
    }
    assert table_grid(block) == [["", "Amount", ""], ["Date", "Debit", "Credit"]]


def test_a_receipts_key_fields_are_those_its_print_holds() -> None:
    key = {"company": "SAM SAM TRADING CO", "date": "29-12-2017", "address": "NO 1, JLN X"}
    truth = receipt_truth(key, "SAM SAM\nTRADING CO\nNO. 1 JLN Y\nDATE 29-12-2017", "r")
    assert set(truth["fields"]) == {"company", "date"}
    assert truth["numbers"] == ["29-12-2017"]
    found = score(truth, "sam sam trading co 29-12-2017")
    assert (found.fields_found, found.numbers_exact) == (2, 1)
    assert score(truth, "SAM SAM TRADING").fields_found == 0


def test_a_page_is_photographed_by_camera_and_webcam() -> None:
    image, truth = generate(next(s for s in specs() if s.name == "leaflet_en_none"))
    assert photo(image, "scan", 1) is image
    camera = photo(image, "camera", 1)
    webcam = photo(image, "webcam", 1)
    assert camera.shape == (2448, 3264, 3)
    assert webcam.shape == (1080, 1920, 3)
    assert not np.array_equal(camera, photo(image, "camera", 2))
    json.dumps(truth, ensure_ascii=False)  # the truth is written as JSON


def test_a_json_field_is_read_as_printed_and_found_by_label_and_value() -> None:
    truth = {
        "blocks": [{"kind": "field", "label": "Due date", "value": "24/01/2027"}],
        "numbers": ["06:35", "24/01/2027"],
        "fields": {"Due date": "24/01/2027"},
    }
    reading = {
        "blocks": [
            {"kind": "field", "text": "06:35", "label": "06", "value": "35"},
            {
                "kind": "field",
                "text": "Due date 24/01/2027",
                "label": "Due date",
                "value": "24/01/2027",
            },
        ]
    }
    found = score(truth, reading)
    assert (found.numbers_exact, found.fields_found) == (2, 1)
