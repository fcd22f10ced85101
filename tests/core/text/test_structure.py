"""What each part of a page is: headings, fields, lists, paragraphs and tables."""

from __future__ import annotations

from core.text.model import Block, Box, Cell, Line, PageText, Table, Word, page_from_text
from core.text.structure import document_of


def test_fields_keep_their_label_and_value_together() -> None:
    page = page_from_text(
        "Account number: 70717355\n납부기한: 2027년 1월 14일\nTotal： 884.79\n\n"
        "Please pay by the date above. Note: late payments add a fee of five per cent."
    )
    parts = document_of(page).parts
    fields = [(part.label, part.value) for part in parts if part.kind == "field"]
    assert fields == [
        ("Account number", "70717355"),
        ("납부기한", "2027년 1월 14일"),
        ("Total", "884.79"),
    ]
    assert parts[-1].kind == "paragraph"


def test_a_sentence_with_a_colon_going_on_in_lower_case_is_prose() -> None:
    page = page_from_text("Keep it: you may need to read it again.\nNote: pay by the 14th.")
    kinds = [(part.kind, part.text) for part in document_of(page).parts]
    assert kinds == [
        ("paragraph", "Keep it: you may need to read it again."),
        ("field", "Note: pay by the 14th."),
    ]


def test_a_list_is_told_by_its_marks_and_a_heading_by_its_size() -> None:
    big = Word("Dosage", Box(40, 40, 300, 60), 95)
    heading = Block((Line((big,), big.box),), big.box)
    listed = page_from_text("1. Take one tablet\n2. Drink water\n3. Do not drive")
    page = PageText((heading, *listed.blocks), 1000, 1000, "eng")
    kinds = [part.kind for part in document_of(page).parts]
    assert kinds == ["heading", "list"]
    assert document_of(page).parts[1].items == ("Take one tablet", "Drink water", "Do not drive")


def test_a_table_block_is_a_table_part() -> None:
    box = Box(0, 0, 10, 10)
    table = Table(
        ((Cell("Service", box), Cell("Amount", box)), (Cell("Water", box), Cell("165.30", box)))
    )
    words = (Word("Water", box, 96), Word("165.30", box, 90))
    block = Block((Line(words, box),), box, table)
    (part,) = document_of(PageText((block,), 100, 100, "eng")).parts
    assert part.kind == "table" and part.table is table
    assert table.headers() == ["Service", "Amount"] and table.columns == 2


def test_ink_without_words_is_a_figure_part_with_its_note() -> None:
    box = Box(0, 0, 300, 300)
    block = Block((Line((Word("A picture.", box, 100.0),), box),), box, note="picture")
    (part,) = document_of(PageText((block,), 400, 400, "eng")).parts
    assert (part.kind, part.note, part.text) == ("figure", "picture", "A picture.")


def test_a_time_is_not_a_field() -> None:
    parts = document_of(page_from_text("06:35\nDeparts: 06:35")).parts
    assert [(part.kind, part.label) for part in parts] == [("paragraph", ""), ("field", "Departs")]


def test_an_address_beside_the_fields_is_parted_from_them() -> None:
    def word(text: str, left: int) -> Word:
        return Word(text, Box(left, 100, 20 * len(text), 30), 95.0)

    words = (
        word("PO", 0),
        word("Box", 60),
        word("412", 150),
        word("Bill", 900),
        word("date:", 1000),
        word("20/12/2026", 1400),
    )
    line = Line(words, Box.enclosing(w.box for w in words))
    page = PageText((Block((line,), line.box),), 2000, 300, "eng")
    parts = document_of(page).parts
    assert [(p.kind, p.text) for p in parts] == [
        ("paragraph", "PO Box 412"),
        ("field", "Bill date: 20/12/2026"),
    ]
    assert (parts[1].label, parts[1].value) == ("Bill date", "20/12/2026")


def test_recognised_text_leaves_out_bitna_s_own_notes() -> None:
    box = Box(0, 0, 300, 300)
    note = Block((Line((Word("A picture.", box, 100.0),), box),), box, note="picture")
    text = page_from_text("Dear reader").blocks[0]
    page = PageText((text, note), 400, 400, "eng")
    assert page.text == "Dear reader\n\nA picture."
    assert page.recognised_text == "Dear reader"


def test_boxes_share_contain_and_hold_middles() -> None:
    outer, inner, apart = Box(0, 0, 100, 100), Box(40, 40, 10, 10), Box(200, 0, 10, 10)
    assert outer.shared_area(Box(90, 90, 20, 20)) == 100 and outer.shared_area(apart) == 0
    assert outer.contains(inner) and not inner.contains(outer)
    assert outer.holds_middle_of(Box(90, 90, 10, 10)) and not outer.holds_middle_of(apart)


def test_a_field_with_a_number_is_a_field_however_tall_its_boxes() -> None:
    """Tesseract drew "2026년 12월 21일" 55 px tall on a page of 37 px words."""
    words = (
        Word("신청일:", Box(170, 697, 120, 35), 96),
        Word("2026년", Box(460, 697, 120, 55), 96),
        Word("12월", Box(600, 697, 80, 55), 96),
        Word("21일", Box(700, 697, 80, 55), 96),
    )
    line = Line(words, Box.enclosing(word.box for word in words))
    usual = page_from_text("성명: 정우진\n주소: 한빛시 강변로 45-7\n전화번호: 010-1125-8828")
    page = PageText((Block((line,), line.box), *usual.blocks), 2480, 3508, "kor")
    first = document_of(page).parts[0]
    assert (first.kind, first.label, first.value) == ("field", "신청일", "2026년 12월 21일")
    big = Word("Chapter", Box(40, 40, 300, 60), 95)
    title = Word("One:", Box(360, 40, 200, 60), 95)  # a heading with a colon, no number
    heading = Line((big, title), Box.enclosing([big.box, title.box]))
    page = PageText((Block((heading,), heading.box), *usual.blocks), 2480, 3508, "eng")
    assert document_of(page).parts[0].kind == "heading"
