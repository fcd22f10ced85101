"""Tables read as tables, with real Tesseract on rendered bills: rows of cells in order,
whether ruled by a grid, by rules between rows, or not at all, and no cell left unread."""

from __future__ import annotations

import shutil
from collections.abc import Sequence

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from benchmarks.synthetic_photos import Look, photograph
from core.document.tables import _inked_middles, rule_like, visual_rows
from core.reading.pipeline import ReadPipeline
from core.text.model import Box, PageText, Table, Word

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no Tesseract")

LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HANGUL = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"

BILL_EN = [
    ["Service", "Units", "Rate", "Amount"],
    ["Water supply", "29", "5.70", "165.30"],
    ["Wastewater", "29", "4.50", "130.50"],
    ["Standing charge", "1", "42.00", "42.00"],
    ["Environmental levy", "29", "0.35", "10.15"],
    ["Total", "", "", "347.95"],
]
BILL_KO = [
    ["구분", "사용량", "단가", "금액"],
    ["상수도", "29", "570", "16,530"],
    ["하수도", "29", "450", "13,050"],
    ["물이용부담금", "29", "170", "4,930"],
    ["합계", "", "", "34,510"],
]


def bill(rows: Sequence[Sequence[str]], ruling: str, font: str = LATIN) -> np.ndarray:
    """An A4 bill at 300 dpi: a title, two fields, the item table (text left, numbers
    right-aligned) ruled as asked, and a closing line."""
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    text = ImageFont.truetype(font, 44)
    draw.text(
        (200, 200), "Riverside Water" if font == LATIN else "수도요금 청구서", font=text, fill=0
    )
    draw.text((200, 400), "Account number: 70717355", font=text, fill=0)
    lefts, rights = [200, None, None, None], [None, 1400, 1800, 2280]
    y = top = 640
    for row in rows:
        for column, cell in enumerate(row):
            left = lefts[column]
            if left is None:
                left = rights[column] - draw.textlength(cell, font=text)  # type: ignore[operator]
            draw.text((left, y), cell, font=text, fill=0)
        if ruling in ("grid", "rules"):
            draw.line((180, y - 22, 2300, y - 22), fill=0, width=3)
        y += 90
    if ruling in ("grid", "rules"):
        draw.line((180, y - 22, 2300, y - 22), fill=0, width=3)
    if ruling == "grid":
        for x in (180, 1050, 1450, 1850, 2300):
            draw.line((x, top - 22, x, y - 22), fill=0, width=3)
    draw.text((200, y + 120), "Thank you for paying on time.", font=text, fill=0)
    return cv2.cvtColor(np.array(image), cv2.COLOR_GRAY2BGR)


def tables(page: PageText) -> list[Table]:
    return [block.table for block in page.blocks if block.table is not None]


@pytest.mark.parametrize("ruling", ["grid", "rules", "none"])
def test_an_english_bill_s_items_are_rows_of_cells_however_ruled(tesseract, ruling: str) -> None:
    page = ReadPipeline(tesseract, "eng").read(bill(BILL_EN, ruling)).page
    (table,) = tables(page)
    assert table.texts() == BILL_EN
    assert table.header and table.columns == 4
    assert table.ruling == ruling
    # The table is one block in its place: after the fields, before the closing line.
    texts = [block.text for block in page.blocks]
    assert texts.index("Account number: 70717355") < [b.table for b in page.blocks].index(table)
    assert texts[-1] == "Thank you for paying on time."


@pytest.mark.parametrize("ruling", ["grid", "none"])
def test_a_korean_bill_s_items_are_rows_of_cells(tesseract, ruling: str) -> None:
    page = ReadPipeline(tesseract, "kor+eng").read(bill(BILL_KO, ruling, HANGUL)).page
    (table,) = tables(page)
    rows = [[cell.replace(" ", "") for cell in row] for row in table.texts()]
    assert rows == BILL_KO


def test_numbers_an_engine_drops_are_read_from_their_cells(tesseract) -> None:
    """Photographed without rules, the Units column (short right-aligned numbers) is read
    by no layout of Tesseract's; its cells hold ink, so they are read on their own."""
    frame = photograph(bill(BILL_EN, "none"), Look(seed=3, frame=(3264, 2448)))
    page = ReadPipeline(tesseract, "eng").read(frame).page
    (table,) = tables(page)
    assert [row[1] for row in table.texts()] == ["Units", "29", "29", "1", "29", ""]
    assert [row[3] for row in table.texts()][1:] == ["165.30", "130.50", "42.00", "10.15", "347.95"]


def test_two_columns_of_prose_are_not_a_table(tesseract) -> None:
    image = Image.new("L", (2480, 1800), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(LATIN, 40)
    left = [
        "The library opens at nine on weekdays",
        "and at ten on Saturdays. Books may be",
        "borrowed for three weeks and renewed",
        "twice by phone or at the front desk.",
    ]
    right = [
        "Children under twelve may borrow up to",
        "eight books at a time with a card that",
        "a parent or guardian has signed for",
        "them at any branch of the library.",
    ]
    for row, (first, second) in enumerate(zip(left, right, strict=True)):
        draw.text((150, 200 + 70 * row), first, font=font, fill=0)
        draw.text((1300, 200 + 70 * row), second, font=font, fill=0)
    page = ReadPipeline(tesseract, "eng").read(np.array(image)).page
    assert not tables(page)
    assert "nine on weekdays" in page.text and "Children under twelve" in page.text


@pytest.fixture
def tesseract():  # type: ignore[no-untyped-def]
    from core.ocr.tesseract import TesseractEngine

    return TesseractEngine()


def test_a_receipt_without_a_header_row_keeps_its_lines(tesseract, shared_data) -> None:
    """Items and prices line up like columns, but without rules or a header row they are
    not read as a table: the receipt's lines keep their order."""
    from core.plumbing.imageio import load_image

    receipt = load_image(shared_data / "documents" / "camera" / "receipts" / "010.jpg")
    page = ReadPipeline(tesseract, "eng").read(receipt).page
    assert not tables(page)
    assert "TOTAL" in page.text


@pytest.mark.parametrize("name", ["010", "012", "133"])
def test_a_receipt_s_totals_are_not_a_table(tesseract, shared_data, name: str) -> None:
    """Read as the app reads photos (the photo engine's words), a receipt's totals line up
    in two or three columns, between dashes or not, under no row of names: its lines keep
    their order ("TAX AMT (S) 6% | RM 13.30" heads nothing; dashes above and below part no
    rows)."""
    from core.ocr.ppocr import shared_engine
    from core.plumbing.imageio import load_image

    receipt = load_image(shared_data / "documents" / "camera" / "receipts" / f"{name}.jpg")
    page = ReadPipeline(tesseract, "eng", photo_engine=shared_engine()).read(receipt).page
    assert not tables(page)


def test_a_receipt_s_items_under_a_row_of_names_are_a_table_with_every_word(
    tesseract, shared_data
) -> None:
    """Receipt 218's items stand under "Qty Description Price Disc Total"; an item's name
    wraps onto the lines below it ("IRON BASKET"), which the photo engine reads as pieces
    of one column: each goes to the cell over it, none is lost or said twice."""
    from core.ocr.ppocr import shared_engine
    from core.plumbing.imageio import load_image

    receipt = load_image(shared_data / "documents" / "camera" / "receipts" / "218.jpg")
    page = ReadPipeline(tesseract, "eng", photo_engine=shared_engine()).read(receipt).page
    (table,) = tables(page)
    assert " ".join(table.texts()[0]) == "Qty Description Price Disc Total"
    for word in ("LOYALTY", "BASKET", "PULL", "RIBBON"):
        assert page.text.count(word) == 1, word


@pytest.mark.parametrize("ruling", ["none", "grid"])
def test_a_timetable_is_a_table_headed_by_its_trip_numbers(tesseract, ruling: str) -> None:
    """A bus timetable's header holds trip numbers ("101") over times ("06:05"); without
    rules it is a table because most of its cells are times."""
    from benchmarks.document_pages import generate, specs

    spec = next(s for s in specs() if (s.kind, s.language, s.ruling) == ("timetable", "en", ruling))
    image, truth = generate(spec)
    page = ReadPipeline(tesseract, "eng").read(image).page
    (table,) = tables(page)
    (expected,) = [block["rows"] for block in truth["blocks"] if block["kind"] == "table"]
    body = [row for row in expected if row[0] and row[0] != "Stop"]
    read = table.texts()
    # A row naming groups of trips ("Weekdays") is above the row of trip numbers.
    assert table.header_rows == 2 and read[1] == expected[1] and read[1][0] == "Stop"
    groups = [text for cell in table.rows[0] for text in [cell.text] + [""] * (cell.span - 1)]
    assert groups == expected[0]  # each over the columns of its trips
    assert table.headers() == expected[1]
    for row in body:
        assert row in read, row


def test_a_cell_wrapped_on_two_lines_in_a_grid_is_read_whole(tesseract) -> None:
    """The generated water bill's second item wraps; Tesseract reads its two lines as one
    with words two lines tall ("(over 30 Oks)"); the cell is read again on its own."""
    from benchmarks.document_pages import generate, specs

    spec = next(s for s in specs() if (s.kind, s.language, s.ruling) == ("bill", "en", "grid"))
    image, truth = generate(spec)
    (table,) = tables(ReadPipeline(tesseract, "eng").read(image).page)
    (expected,) = [block["rows"] for block in truth["blocks"] if block["kind"] == "table"]
    wrapped = next(row for row in expected if "(" in row[0])
    assert wrapped in table.texts()


def _spec_page(kind: str, language: str, ruling: str):  # type: ignore[no-untyped-def]
    from benchmarks.document_pages import generate, specs

    spec = next(s for s in specs() if (s.kind, s.language, s.ruling) == (kind, language, ruling))
    image, truth = generate(spec)
    (expected,) = [block["rows"] for block in truth["blocks"] if block["kind"] == "table"]
    return image, expected


def _grid(table: Table) -> list[list[str]]:
    """The table as the truth writes it: a spanning cell's text, then blanks."""
    return [
        [text.replace(" ", "") for cell in row for text in [cell.text] + [""] * (cell.span - 1)]
        for row in table.rows
    ]


@pytest.mark.parametrize("ruling", ["none", "grid"])
def test_a_leaflet_s_dosage_table_of_longer_cells_is_read_with_its_group_row(
    tesseract, ruling: str
) -> None:
    """Cells of four to six words ("every 4 to 6 hours"), a wrapped first cell, and "Dose"
    centred over two columns above the header: a table, every cell in place."""
    image, expected = _spec_page("leaflet", "en", ruling)
    (table,) = tables(ReadPipeline(tesseract, "eng").read(image).page)
    assert table.header_rows == 2
    assert _grid(table) == [[cell.replace(" ", "") for cell in row] for row in expected]


def test_a_korean_leaflet_s_header_of_names_with_digits_is_a_header(tesseract) -> None:
    """ "1회 용량" (one dose) holds a digit but is a name, not a number."""
    image, expected = _spec_page("leaflet", "ko", "none")
    (table,) = tables(ReadPipeline(tesseract, "kor+eng").read(image).page)
    assert table.header_rows == 2
    assert _grid(table)[:2] == [[cell.replace(" ", "") for cell in row] for row in expected[:2]]
    assert [row[0] for row in _grid(table)[2:]] == [row[0].replace(" ", "") for row in expected[2:]]
    # Tesseract reads the tops of the row's letters as a line of their own above it, its
    # words inside the row's ("1~2정 Al"): that ink is read once.
    assert _grid(table)[2] == [cell.replace(" ", "") for cell in expected[2]]


def test_a_form_s_fields_below_its_table_stay_fields(tesseract) -> None:
    """Under the income table, "Bank: Harbour Savings Bank" is a field of the form, with
    its label and value apart like cells: the table ends above the fields."""
    image, expected = _spec_page("form", "en", "none")
    page = ReadPipeline(tesseract, "eng").read(image).page
    (table,) = tables(page)
    assert table.texts() == expected
    assert any(block.text.startswith("Bank:") for block in page.blocks if block.table is None)


def test_a_korean_form_s_unruled_income_table_is_a_table_under_its_header(tesseract) -> None:
    """Tesseract drew the header's "액" 80 px tall over blank paper on a row 35 px high; the
    header row fell in two, and a two-column table without a header row is no table."""
    image, expected = _spec_page("form", "ko", "none")
    page = ReadPipeline(tesseract, "kor+eng").read(image).page
    (table,) = tables(page)
    assert len(table.rows) == len(expected) and len(table.rows[0]) == 2
    assert _grid(table)[1:] == [[cell.replace(" ", "") for cell in row] for row in expected[1:]]


def test_a_box_drawn_tall_over_blank_paper_is_placed_by_its_ink() -> None:
    letter = 28.0
    grey = np.full((1200, 1400), 255, np.uint8)
    row = [Word(text, Box(left, 908, 60, 36), 96) for text, left in (("월", 203), ("종류", 336))]
    tall = Word("금액(원)", Box(1062, 903, 137, 78), 50)  # its box's middle 16 px low
    below = Word("970,080", Box(1100, 994, 120, 38), 96)
    for word in (*row, below):
        grey[word.box.top : word.box.bottom, word.box.left : word.box.right] = 0
    grey[905:941, 1062:1199] = 0  # its letters fill only the top of its box
    centre = _inked_middles([*row, tall, below], grey)
    found = [[w.text for w in r] for r in visual_rows([*row, tall, below], letter, 0.0, centre)]
    assert found == [["월", "종류", "금액(원)"], ["970,080"]]
    # Without its ink looked at, the box's middle puts it on a row of its own.
    assert len(visual_rows([*row, tall, below], letter)) == 3
    # Junk read tall from ink as tall (a desk's edge) stays where its ink is.
    grey[903:981, 1062:1199] = 0
    centre = _inked_middles([*row, tall, below], grey)
    assert len(visual_rows([*row, tall, below], letter, 0.0, centre)) == 3


def test_a_rule_read_as_the_hangul_vowel_i_is_no_word_of_a_table() -> None:
    assert rule_like("ㅣ") and rule_like("|") and not rule_like("이")


def test_a_table_whose_rules_the_photo_lost_is_still_a_table(tesseract) -> None:
    """Photographed, the Korean leaflet's thin rules between rows are lost but two: the
    table is not cut down to the one row between them."""
    from benchmarks.document_pages import generate, specs
    from benchmarks.documents import LOOKS, photo

    spec = next(s for s in specs() if (s.kind, s.language, s.ruling) == ("leaflet", "ko", "rules"))
    page, truth = generate(spec)
    frame = photo(page, "camera", spec.seed * 10 + LOOKS.index("camera"))
    (expected,) = [block["rows"] for block in truth["blocks"] if block["kind"] == "table"]
    (table,) = tables(ReadPipeline(tesseract, "kor+eng").read(frame).page)
    read = _grid(table)
    for row in expected[1:]:
        assert [cell.replace(" ", "") for cell in row] in read, row


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_statement_s_shaded_header_on_its_rule_and_a_name_over_two_middle_columns(
    tesseract, language: str
) -> None:
    """The rule over a statement's shaded header is out of the rules' reach: the header
    standing on the rule under it stays in the table, and "Amount" over Debit and Credit
    spans those two, not the Balance column after them."""
    image, expected = _spec_page("statement", language, "rules")
    languages = "eng" if language == "en" else "kor+eng"
    (table,) = tables(ReadPipeline(tesseract, languages).read(image).page)
    assert table.header_rows == 2
    assert _grid(table)[:2] == [[cell.replace(" ", "") for cell in row] for row in expected[:2]]


def test_a_photographed_statement_s_rows_still_sloping_stay_whole(tesseract) -> None:
    """Levelled to within a degree, the photographed statement's rows still drop by half
    a letter across the table: measured square to their slope, each row is one row, its
    date with its description and its amounts."""
    from benchmarks.document_pages import generate, specs
    from benchmarks.documents import LOOKS, photo

    spec = next(s for s in specs() if (s.kind, s.language, s.ruling) == ("statement", "en", "none"))
    page, truth = generate(spec)
    frame = photo(page, "camera", spec.seed * 10 + LOOKS.index("camera"))
    (expected,) = [block["rows"] for block in truth["blocks"] if block["kind"] == "table"]
    (table,) = tables(ReadPipeline(tesseract, "eng").read(frame).page)
    read = table.texts()
    whole = [row for row in expected[2:] if row in read]
    assert len(whole) >= len(expected[2:]) - 2, read  # OCR may misread a word or two
    assert table.header_rows == 2 and read[1] == expected[1]
    # The page's left edge, read as marks ("|)", "i}") in a column of their own, is not one.
    assert table.columns == len(expected[1])


def _photographed(kind: str, language: str, ruling: str, look: str):  # type: ignore[no-untyped-def]
    from benchmarks.document_pages import generate, specs
    from benchmarks.documents import LOOKS, photo

    spec = next(s for s in specs() if (s.kind, s.language, s.ruling) == (kind, language, ruling))
    page, truth = generate(spec)
    (expected,) = [block["rows"] for block in truth["blocks"] if block["kind"] == "table"]
    return photo(page, look, spec.seed * 10 + LOOKS.index(look)), expected


def test_rows_whose_rule_is_lost_are_not_run_together(tesseract) -> None:
    """A grid whose rule under the header a photo lost (as by webcam): the header and the
    first row, as far apart as rows across a rule are, stay two rows."""
    image = bill(BILL_EN, "grid")
    image[640 + 90 - 26 : 640 + 90 - 18, :] = 255  # the rule under the header, gone
    (table,) = tables(ReadPipeline(tesseract, "eng").read(image).page)
    assert table.texts() == BILL_EN


def test_a_timetable_grid_s_rows_past_a_faded_rule_are_its_own_and_walled(tesseract) -> None:
    """By webcam the timetable grid's lower rules fade: its last rows, cut like the table's,
    are still its rows, each its own; two times read close across a vertical rule ("06:27
    06:47") are two cells."""
    frame, expected = _photographed("timetable", "en", "grid", "webcam")
    (table,) = tables(ReadPipeline(tesseract, "eng").read(frame).page)
    read = table.texts()
    for row in expected[-4:]:
        assert row in read, row


def test_a_webcam_bill_s_columns_of_numbers_the_layout_dropped_are_read(tesseract) -> None:
    """By 1080p webcam, Tesseract's layout reads the unruled bill's item names and drops
    its right-aligned Rate and Amount columns (the issue's first complaint); each number
    is a short piece on a row that was read, so it is read on its own, and the items are
    a table in the bill's place, after its fields."""
    frame, expected = _photographed("bill", "en", "none", "webcam")
    page = ReadPipeline(tesseract, "eng").read(frame).page
    (table,) = tables(page)
    amounts = [row[-1] for row in expected[1:]]
    assert [row[-1] for row in table.texts()[1:]] == amounts
    texts = [block.text for block in page.blocks]
    fields = next(i for i, text in enumerate(texts) if text.startswith("Customer"))
    assert fields < [block.table for block in page.blocks].index(table)
