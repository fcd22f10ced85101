"""Expiry dates on packaging and medicine: found only beside a label (or before 까지), read
in every common printed form, said in full in English and Korean."""

from __future__ import annotations

import datetime
import subprocess
from collections.abc import Iterator

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from core.live.dates import (
    Expiry,
    date_in_words,
    find_dates,
    find_expiry,
    find_expiry_in,
    mend_digits,
    say_expiry,
    spoken_dates,
)
from core.ocr.tesseract import TesseractEngine
from core.plumbing.i18n import set_language
from tests.core.conftest import needs_espeak, needs_tesseract

TODAY = datetime.date(2026, 12, 7)


@pytest.fixture(autouse=True)
def english_ui() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


def found(
    text: str, language: str | None = None, today: datetime.date | None = None
) -> tuple[str, int | None, int, int | None]:
    expiry = find_expiry(text, language, today=today)
    assert expiry is not None, f"no expiry found in {text!r}"
    return expiry.kind, expiry.year, expiry.month, expiry.day


@pytest.mark.parametrize(
    ("line", "kind", "year", "month", "day"),
    [
        # English labels, the date in every common printed form.
        ("BEST BEFORE 14/03/2027", "best before", 2027, 3, 14),
        ("Best before end: MAR 2027", "best before", 2027, 3, None),
        ("BEST BEFORE END 03/2027", "best before", 2027, 3, None),
        ("BB 14.03.27", "best before", 2027, 3, 14),
        ("BBE 31/12/2026", "best before", 2026, 12, 31),
        ("B.B.E. 14 MAR 2027", "best before", 2027, 3, 14),
        ("Best by March 14, 2027", "best before", 2027, 3, 14),
        ("Use by 2027-03-14", "use by", 2027, 3, 14),
        ("USE BY: 14 Mar 27", "use by", 2027, 3, 14),
        ("Use by 14 Mar", "use by", None, 3, 14),  # UK chilled food prints no year
        ("Use by: 14/03", "use by", None, 3, 14),
        ("EXP.03/2027", "expiry", 2027, 3, None),
        ("EXP 03/2027", "expiry", 2027, 3, None),
        ("EXP 03/27", "expiry", 2027, 3, None),  # medicine: month and two-digit year
        ("exp. 2027.03", "expiry", 2027, 3, None),
        ("Expiry date: 14.03.2027", "expiry", 2027, 3, 14),
        ("EXP DATE 14-MAR-2027", "expiry", 2027, 3, 14),
        ("Expires 14MAR2027", "expiry", 2027, 3, 14),
        ("EXP 20270314", "expiry", 2027, 3, 14),
        ("Expiration date: September 2027", "expiry", 2027, 9, None),
        ("Sell by 14/03/27", "sell by", 2027, 3, 14),
        ("Display until 14 Mar", "sell by", None, 3, 14),
        # The date after the label, other words between.
        ("BB/LOT: 14.03.27 L2345", "best before", 2027, 3, 14),
        ("Best before: see lid 14 MAR 2027", "best before", 2027, 3, 14),
        ("MFG 2025.03.14 EXP 2027.03.14", "expiry", 2027, 3, 14),
        # Korean labels and forms.
        ("유통기한 2027년 3월 14일", "sell by", 2027, 3, 14),
        ("유통기한: 2027.03.14까지", "sell by", 2027, 3, 14),
        ("소비기한 2027. 3. 14.", "use by", 2027, 3, 14),
        ("소비 기한 : 27.03.14", "use by", 2027, 3, 14),
        ("사용기한 2027-03-14", "expiry", 2027, 3, 14),
        ("사용기한: 2027년 03월", "expiry", 2027, 3, None),
        ("품질유지기한 2027.03.14", "best before", 2027, 3, 14),
        ("유효기간 2027.03", "expiry", 2027, 3, None),
        ("유통기한 27.03", "sell by", 2027, 3, None),
        ("2027.03.14까지", "expiry", 2027, 3, 14),
        ("27.03.14 까지", "expiry", 2027, 3, 14),
        # OCR misreads: O for 0, l and I for 1, inside digits.
        ("EXP 2O27.O3.l4", "expiry", 2027, 3, 14),
        ("BEST BEFORE I4/03/2027", "best before", 2027, 3, 14),
        ("유통기한 2O27년 3월 l4일", "sell by", 2027, 3, 14),
    ],
)
def test_an_expiry_in_each_printed_form(
    line: str, kind: str, year: int | None, month: int, day: int | None
) -> None:
    assert found(line) == (kind, year, month, day)


@pytest.mark.parametrize(
    "line",
    [
        "Tel 010-1234-5678",
        "Call 0800 123 4567",
        "Net wt 400 g",
        "Price 3.99",
        "£3.99 - 12.50",
        "LOT 2027031",
        "LOT 20270314",  # a lot number, not an expiry: no label for it
        "Packed on 14/03/2027",  # a date, not an expiry
        "제조일자 2025.03.14",  # made on
        "행사기간 2027.03.01 ~ 2027.03.14까지",  # the end of an offer, not an expiry
        "Version 1.2.3",
        "Best before: see top of pack",
        "EXP 14/13/2027",  # no 13th month either way round... and no day 14 in month 13
        "EXPERT ADVICE 2027",
        "Keep in a cool dry place. Store below 25 C",
        "100% OOl",
    ],
)
def test_lines_that_are_not_expiries(line: str) -> None:
    assert find_expiry(line) is None


def test_a_date_without_a_label_is_a_date_but_not_an_expiry() -> None:
    [date] = find_dates("Packed on 14/03/2027")
    assert (date.year, date.month, date.day) == (2027, 3, 14)
    assert "Packed on 14/03/2027"[date.start : date.end] == "14/03/2027"
    assert find_expiry("Packed on 14/03/2027") is None
    # Forms that are dates only beside a label: "03/27" is a fraction or a score alone.
    assert find_dates("Score 03/27") == []
    assert find_dates("LOT 20270314") == []
    assert [(d.month, d.year) for d in find_dates("LOT 20270314", labelled=True)] == [(3, 2027)]


def test_the_span_covers_label_and_date_and_the_text_is_kept() -> None:
    line = "Ingredients... BEST BEFORE END: 14 MAR 2027  L1234"
    expiry = find_expiry(line)
    assert expiry is not None and expiry.text == line
    assert line[expiry.span[0] : expiry.span[1]] == "BEST BEFORE END: 14 MAR 2027"
    korean = find_expiry("유통기한 2027.03.14까지 보관")
    assert korean is not None
    assert korean.text[korean.span[0] : korean.span[1]] == "유통기한 2027.03.14까지"


class TestDayAndMonthOrder:
    """The rule in core/live/dates.py's docstring, case by case."""

    def test_a_day_over_twelve_decides(self) -> None:
        assert found("EXP 14/03/2027")[1:] == (2027, 3, 14)
        assert found("EXP 03/14/2027")[1:] == (2027, 3, 14)  # American order, no doubt
        expiry = find_expiry("EXP 03/14/2027")
        assert expiry is not None and not expiry.ambiguous

    def test_both_twelve_or_less_reads_the_day_first_and_says_it_could_be_swapped(self) -> None:
        expiry = find_expiry("BB 04/03/2027")
        assert expiry is not None and (expiry.month, expiry.day) == (3, 4)
        assert expiry.ambiguous
        same = find_expiry("BB 03/03/2027")  # either way the same day
        assert same is not None and not same.ambiguous

    def test_a_printed_format_decides(self) -> None:
        assert found("EXP DATE (MM/DD/YY) 04/03/27")[1:] == (2027, 4, 3)
        assert found("Best before end (DD/MM/YY): 04/03/27")[1:] == (2027, 3, 4)
        expiry = find_expiry("EXP (MM/DD/YYYY) 04/03/2027")
        assert expiry is not None and not expiry.ambiguous and expiry.month == 4

    def test_a_two_digit_year_first_in_korean_and_last_in_english(self) -> None:
        assert found("유통기한 27.03.14")[1:] == (2027, 3, 14)
        assert found("EXP 27.03.14", "ko")[1:] == (2027, 3, 14)  # the line read as Korean
        assert found("EXP 14.03.27")[1:] == (2027, 3, 14)
        assert found("EXP 27.03.14")[1:] == (2014, 3, 27)  # English: day first
        english = find_expiry("EXP 27.03.14")
        assert english is not None and english.ambiguous

    def test_two_numbers_after_a_label(self) -> None:
        assert found("EXP 03/27")[1:] == (2027, 3, None)  # month and year
        assert found("Use by 04/03")[1:] == (2003, 4, None)  # read as month and year...
        assert found("Use by 04/03", today=TODAY)[1:] == (None, 3, 4)  # ...2003 is past

    def test_today_decides_where_only_one_reading_falls_in_a_products_years(self) -> None:
        assert found("EXP 27.03.14", today=TODAY)[1:] == (2027, 3, 14)
        expiry = find_expiry("BB 14.03.27", today=TODAY)
        assert expiry is not None and not expiry.ambiguous and expiry.year == 2027
        assert found("유통기한 14.03.27", today=TODAY)[1:] == (2027, 3, 14)


def test_misreads_are_mended_only_inside_digits() -> None:
    assert mend_digits("EXP 2O27.O3.l4") == "EXP 2027.03.14"
    assert mend_digits("14OCT2027") == "14OCT2027"  # OCT is a month, not 0CT
    assert mend_digits("Oil 100ml, lot I") == "Oil 100ml, lot I"
    assert mend_digits("|4/O3") == "14/03"
    assert len(mend_digits("2O27년")) == len("2O27년")


class TestAcrossTwoLines:
    def test_a_label_ending_one_line_takes_the_date_beginning_the_next(self) -> None:
        lines = ["BEST BEFORE END:", "14 MAR 2027  L1234", "Keep cool"]
        [expiry] = find_expiry_in(lines)
        assert (expiry.kind, expiry.year, expiry.month, expiry.day) == ("best before", 2027, 3, 14)
        assert expiry.text == "BEST BEFORE END:\n14 MAR 2027  L1234"
        assert expiry.text[expiry.span[0] : expiry.span[1]] == "BEST BEFORE END:\n14 MAR 2027"

    def test_korean_label_then_date(self) -> None:
        [expiry] = find_expiry_in(["소비기한", "2027.03.14까지"])
        assert (expiry.kind, expiry.year, expiry.month, expiry.day) == ("use by", 2027, 3, 14)

    def test_each_line_on_its_own_first(self) -> None:
        lines = ["EXP 03/2027", "BB 14.03.27", "Net wt 400 g", "Packed 01/02/2026"]
        assert [(e.kind, e.month, e.year) for e in find_expiry_in(lines)] == [
            ("expiry", 3, 2027),
            ("best before", 3, 2027),
        ]

    def test_a_date_far_into_the_next_line_or_no_date_is_not_taken(self) -> None:
        assert find_expiry_in(["BEST BEFORE", "Ingredients: water, salt 2027"]) == []
        assert find_expiry_in(["BEST BEFORE"]) == []
        assert find_expiry_in(["Serving size", "14/03/2027"]) == []


class TestSaid:
    @pytest.mark.parametrize(
        ("line", "english", "korean"),
        [
            ("EXP 14/03/2027", "Expires 14 March 2027", "사용기한 2027년 3월 14일"),
            ("BBE MAR 2027", "Best before March 2027", "품질유지기한 2027년 3월"),
            ("Use by 14.03.27", "Use by 14 March 2027", "소비기한 2027년 3월 14일"),
            ("Use by 14 Mar", "Use by 14 March", "소비기한 3월 14일"),
            ("Sell by 2027-03-14", "Sell by 14 March 2027", "유통기한 2027년 3월 14일"),
            ("유통기한 2027.03.14까지", "Sell by 14 March 2027", "유통기한 2027년 3월 14일"),
            ("사용기한 2027. 3.", "Expires March 2027", "사용기한 2027년 3월"),
        ],
    )
    def test_the_announcement_in_the_voices_language(
        self, line: str, english: str, korean: str
    ) -> None:
        expiry = find_expiry(line)
        assert expiry is not None
        assert say_expiry(expiry, "en") == english
        assert say_expiry(expiry, "ko") == korean

    def test_the_ui_language_by_default(self) -> None:
        expiry = Expiry("expiry", 2027, 3, None, "EXP 03/2027", (0, 11))
        assert say_expiry(expiry) == "Expires March 2027"
        set_language("ko")
        assert say_expiry(expiry) == "사용기한 2027년 3월"
        assert say_expiry(expiry, "en") == "Expires March 2027"

    def test_every_month_has_its_name(self) -> None:
        names = [date_in_words(2027, m, 1, "en").split()[1] for m in range(1, 13)]
        assert names[0] == "January" and names[4] == "May" and names[11] == "December"
        assert date_in_words(2027, 12, 25, "ko") == "2027년 12월 25일"


class TestSpokenDates:
    @pytest.mark.parametrize(
        ("line", "language", "said"),
        [
            ("BB 14/03/27 L1234", "en", "Best before 14 March 2027 L1234"),
            ("EXP 03/27", "en", "Expiry March 2027"),
            ("BBE 2027-03-14", "en", "Best before end 14 March 2027"),
            ("Best before 14.03.2027", "en", "Best before 14 March 2027"),
            ("Packed on 14/03/2027", "en", "Packed on 14 March 2027"),
            ("USE BY 14 MAR", "en", "USE BY 14 March"),
            ("MFG 2025.03.14 EXP 2027.03.14", "en", "MFG 14 March 2025 Expiry 14 March 2027"),
            ("유통기한 2027.03.14까지", "ko", "유통기한 2027년 3월 14일까지"),
            # Parted from glued punctuation espeak-ng would say ("dot", "colon").
            ("EXP.DATE:03.2027", "en", "Expiry DATE: March 2027"),
            ("BB:14/03/2027", "en", "Best before: 14 March 2027"),
            ("EXP 14MAR2027LOT 5", "en", "Expiry 14 March 2027 LOT 5"),
            ("유통기한:2027.03.14까지", "ko", "유통기한: 2027년 3월 14일까지"),
            ("소비기한: 27.03.14", "ko", "소비기한: 2027년 3월 14일"),
            ("EXP 2027.03.14", "ko", "사용기한 2027년 3월 14일"),
            ("Net wt 400 g, 3.99", "en", "Net wt 400 g, 3.99"),
            ("Tel 010-1234-5678", "ko", "Tel 010-1234-5678"),
            ("Score 03/27", "en", "Score 03/27"),
        ],
    )
    def test_dates_rewritten_in_words(self, line: str, language: str, said: str) -> None:
        assert spoken_dates(line, language) == said

    @needs_espeak
    @pytest.mark.parametrize(
        ("line", "mangled"),
        [
            ("BB 14/03/2027", "sl'aS"),  # slash
            ("EXP 14.03.27", "pOInt"),  # point
            ("Use by 2027-03-14", "d'aS"),  # dash
            ("BB:14/03/2027", "k'oUl@n"),  # colon
        ],
    )
    def test_espeak_says_the_rewritten_date_in_full(self, line: str, mangled: str) -> None:
        def phonemes(text: str) -> str:
            result = subprocess.run(
                ["espeak-ng", "-v", "en", "-q", "-x", text],
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            )
            return result.stdout

        assert mangled in phonemes(line)  # as printed: "slash", "point", "dash"
        said = phonemes(spoken_dates(line, "en"))
        assert mangled not in said
        assert "m'A@tS" in said  # "March"


@needs_tesseract
def test_a_printed_label_read_by_tesseract_gives_its_expiries() -> None:
    """Tesseract's own reading: spaces between Korean syllables ("유 통 기한", "까 지"), the
    label on one line and its date on the next."""
    printed = [
        "INGREDIENTS: WHEAT FLOUR, SALT",
        "BEST BEFORE END:",
        "14 MAR 2027  L2345",
        "EXP 03/2027",
        "유통기한 2027.03.14까지",
        "소비기한: 27.03.14",
        "Net wt 400 g  Tel 010-1234-5678",
    ]
    latin = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
    korean = ImageFont.truetype("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf", 34)
    picture = Image.new("RGB", (900, 60 * len(printed) + 40), "white")
    draw = ImageDraw.Draw(picture)
    for i, text in enumerate(printed):
        font = korean if any("\uac00" <= c <= "\ud7a3" for c in text) else latin
        draw.text((30, 20 + 60 * i), text, fill="black", font=font)
    page = TesseractEngine(psm=6).recognize(np.array(picture)[:, :, ::-1].copy(), "eng+kor")
    read = [line.text for block in page.blocks for line in block.lines]
    said = [say_expiry(expiry, "en") for expiry in find_expiry_in(read, today=TODAY)]
    assert said == [
        "Best before 14 March 2027",
        "Expires March 2027",
        "Sell by 14 March 2027",
        "Use by 14 March 2027",
    ]
