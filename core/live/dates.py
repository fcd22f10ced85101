"""Expiry dates on packaging and medicine, found in a line of text and said in full.

A date is only an expiry when a label says so ("best before", "EXP", "유통기한") or, in
Korean, when it is followed by 까지 ("until"). A date without either is still a date
(`find_dates`), and `spoken_dates` rewrites any date in a line into the words speech says
in full: espeak-ng says "14/03/2027" as "fourteen slash zero three slash two thousand..."
and "2027.03.14" as "two thousand and twenty seven point zero three point one four".

Day and month order, where the digits alone cannot tell (the rule, in this order):

1. a format printed beside the label decides: "EXP (MM/YY)", "BEST BEFORE (DD/MM/YYYY)",
   "(년.월.일)";
2. only one reading is a valid date: "03/14/2027" is 14 March (14 cannot be a month);
3. given `today`, only one reading falls in the years a product's date can (two years
   back to twelve ahead): "27.03.14" is 14 March 2027, not 27 March 2014;
4. otherwise the language: Korean (the line is in Hangul, or `language="ko"`) reads a
   two-digit year first, as Korean labelling law prints it (27.03.14 is 2027-03-14);
   everything else reads the day first, as most of the world and the UK do (04/03/2027 is
   4 March). Such a date is marked `ambiguous`: the digits read another way make another
   valid date, and the engine can say so or read the line as printed.

A four-digit year first is always year, month, day. Some forms count only after a label:
"20270314", "14 MAR" with no year, and two numbers, read as month and two-digit year
("EXP 03/27", as medicine prints it), else day and month ("Use by 14/03"), Korean first
year and month ("유통기한 27.03"). Whoever finds a line's expiry and says its dates should
give both the same `language`, so the date found is the date said.

Misreads are mended where they cannot be anything else: O or o for 0 and l, I or | for 1
inside a run of digits that touches no Latin letter ("2O27" but not "14OCT").

"Sell by" ("display until", and Korean 유통기한, whose legal meaning is the last day of
sale) is found with its own kind and announced as "Sell by ...", never as "Expires": it
says when a shop must take it off the shelf, not when it stops being safe to use. In
Korean each kind is announced with the word Korean packaging prints for it: 품질유지기한
(best before), 소비기한 (use by), 사용기한 (expiry, as medicine prints it), 유통기한.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from core.plumbing.i18n import mark_tr, said_in

#: What an expiry date says: best before (quality), use by (safety), expiry (medicine, and
#: any "EXP"), sell by (the shop's last day).
ExpiryKind = Literal["best before", "use by", "expiry", "sell by"]


@dataclass(frozen=True)
class PrintedDate:
    """A date found in a line: year (None where the label printed none: "Use by 14 Mar"),
    month, day (None for "MAR 2027"), where it lies in the text, and whether its digits
    read in another order make another valid date."""

    year: int | None
    month: int
    day: int | None
    start: int
    end: int
    ambiguous: bool = False


@dataclass(frozen=True)
class Expiry:
    """An expiry date found: its kind, its date, the text it was read from (two lines
    joined by a newline where the label ended one line and the date began the next), the
    span of label and date in that text, and whether the day and month could be swapped."""

    kind: ExpiryKind
    year: int | None
    month: int
    day: int | None
    text: str
    span: tuple[int, int]
    ambiguous: bool = False


# --- Words said -------------------------------------------------------------------------

MONTHS = (
    mark_tr("January"),
    mark_tr("February"),
    mark_tr("March"),
    mark_tr("April"),
    mark_tr("May"),
    mark_tr("June"),
    mark_tr("July"),
    mark_tr("August"),
    mark_tr("September"),
    mark_tr("October"),
    mark_tr("November"),
    mark_tr("December"),
)
DAY_MONTH_YEAR = mark_tr("{day} {month} {year}")
MONTH_YEAR = mark_tr("{month} {year}")
DAY_MONTH = mark_tr("{day} {month}")

SAYINGS: dict[ExpiryKind, str] = {
    "expiry": mark_tr("Expires {date}"),
    "best before": mark_tr("Best before {date}"),
    "use by": mark_tr("Use by {date}"),
    "sell by": mark_tr("Sell by {date}"),
}

#: Printed abbreviations speech cannot say, and the label said in their place.
ABBREVIATIONS = {
    "exp": mark_tr("Expiry"),
    "bb": mark_tr("Best before"),
    "bbe": mark_tr("Best before end"),
}


def date_in_words(year: int | None, month: int, day: int | None, language: str | None) -> str:
    """The date as speech should say it: "14 March 2027", "2027년 3월 14일"."""
    name = said_in(language, MONTHS[month - 1])
    if day is None:
        return said_in(language, MONTH_YEAR).format(month=name, year=year)
    if year is None:
        return said_in(language, DAY_MONTH).format(day=day, month=name)
    return said_in(language, DAY_MONTH_YEAR).format(day=day, month=name, year=year)


def say_expiry(expiry: Expiry, language: str | None = None) -> str:
    """The sentence announcing `expiry` on its own, in `language` (the voice's; None: the
    UI's): "Expires 14 March 2027", "Best before March 2027", "소비기한 2027년 3월 14일"."""
    date = date_in_words(expiry.year, expiry.month, expiry.day, language)
    return said_in(language, SAYINGS[expiry.kind]).format(date=date)


# --- Reading the digits -----------------------------------------------------------------

_LOOKS_LIKE_DIGIT = {"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"}
_DIGIT_RUN = re.compile(r"[0-9OoIl|]+")
_LATIN = re.compile(r"[A-Za-z]")


def mend_digits(text: str) -> str:
    """`text` with O, o read for 0 and l, I, | read for 1 inside digit runs that touch no
    Latin letter; the same length, so every offset still points into the original."""
    mended = list(text)
    for run in _DIGIT_RUN.finditer(text):
        word = run.group()
        if word.isdigit() or not any(c.isdigit() for c in word):
            continue
        before = text[run.start() - 1] if run.start() else ""
        after = text[run.end()] if run.end() < len(text) else ""
        if _LATIN.match(before) or _LATIN.match(after):
            continue
        for i, c in enumerate(word, run.start()):
            mended[i] = _LOOKS_LIKE_DIGIT.get(c, c)
    return "".join(mended)


def _is_korean(text: str, language: str | None) -> bool:
    if language is not None:
        return language.startswith("ko")
    return re.search("[\uac00-\ud7a3]", text) is not None


def _year(year: str | None) -> int | None:
    """A printed year in full: "27" is 2027."""
    if year is None:
        return None
    return int(year) + 2000 if len(year) <= 2 else int(year)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if year is not None and not 1900 <= year <= 2099:
        return False
    if day is None:
        return True
    days = calendar.monthrange(2000 if year is None else year, month)[1]
    return 1 <= day <= days


# A format printed beside a label: "(DD/MM/YY)", "MM.YYYY", "(년.월.일)".
_FORMAT = re.compile(
    r"(?<![A-Za-z])(dd|mm|yy(?:yy)?|jj|aa(?:aa)?)(?:\s?[./-]\s?(dd|mm|yy(?:yy)?|jj|aa(?:aa)?))"
    r"(?:\s?[./-]\s?(dd|mm|yy(?:yy)?|jj|aa(?:aa)?))?(?![A-Za-z])|(년)\s?[./-]?\s?월",
    re.IGNORECASE,
)
_FIELD = {"dd": "d", "jj": "d", "mm": "m", "yy": "y", "yyyy": "y", "aa": "y", "aaaa": "y"}


def _order_printed(text: str) -> str | None:
    """The order a printed format gives ("dmy", "my", "ymd"), or None."""
    found = _FORMAT.search(text)
    if found is None:
        return None
    if found.group(4):
        return "ymd"
    return "".join(_FIELD[g.lower()] for g in found.groups()[:3] if g)


_SEP = r"\s?[./-]\s?"
_NUMERIC = re.compile(
    rf"(?<!\d)(?<!\d[./-])(\d{{1,4}}){_SEP}(\d{{1,4}})(?:{_SEP}(\d{{1,4}}))?\.?(?!\d)(?![./-]\d)"
)
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_MONTH_NAME = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_MONTH_NAME = re.compile(
    rf"(?<!\d)(?<!\d[.,])(\d{{1,2}})(?:st|nd|rd|th)?[\s./-]*{_MONTH_NAME}(?![A-Za-z])"
    r"(?:[\s./,-]*(\d{4}|\d{2})(?!\d))?",
    re.IGNORECASE,
)
_MONTH_NAME_DAY = re.compile(
    rf"(?<![A-Za-z]){_MONTH_NAME}\s?(\d{{1,2}})(?:st|nd|rd|th)?,?\s(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_MONTH_NAME_YEAR = re.compile(rf"(?<![A-Za-z]){_MONTH_NAME}[\s./,-]*(\d{{4}})(?!\d)", re.IGNORECASE)
_KOREAN = re.compile(r"(?<!\d)(\d{4}|\d{2})\s?년\s?(\d{1,2})\s?월(?:\s?(\d{1,2})\s?일)?")


_MONTH_ABBREVIATIONS = [name[:3].lower() for name in MONTHS]


def _month_number(name: str) -> int:
    return _MONTH_ABBREVIATIONS.index(name[:3].lower()) + 1


@dataclass(frozen=True)
class _Context:
    korean: bool
    labelled: bool
    order: str | None
    today: datetime.date | None


#: A date read from digits: year (or None), month, day (or None).
Reading = tuple[int | None, int, int | None]
#: The reading taken, and whether another valid reading differs from it.
Chosen = tuple[Reading, bool] | None


def _choose(readings: dict[str, Reading], context: _Context) -> Chosen:
    """The reading to take among `readings` (by the order of the digits read: "dmy",
    "ym", ...; the one to prefer first), and whether another valid reading differs."""
    valid = [(order, r) for order, r in readings.items() if _valid(*r)]
    if not valid:
        return None
    printed = context.order
    if printed is not None:
        for order, reading in valid:
            if printed.startswith(order) or order.startswith(printed):
                return reading, False
    if context.today is not None:
        earliest, latest = context.today.year - 2, context.today.year + 12
        plausible = [(o, r) for o, r in valid if r[0] is None or earliest <= r[0] <= latest]
        valid = plausible or valid
    return valid[0][1], len({r for _, r in valid}) > 1


def _numeric(parts: list[str], context: _Context) -> Chosen:
    """Read groups of digits as a date, or None."""
    lengths = [len(p) for p in parts]
    if len(parts) == 3:
        a, b, c = (int(p) for p in parts)
        if lengths[0] == 4 and max(lengths[1:]) <= 2:
            return _choose({"ymd": (a, b, c)}, context)
        if lengths[2] == 4 and max(lengths[:2]) <= 2:
            return _choose({"dmy": (c, b, a), "mdy": (c, a, b)}, context)
        if lengths[0] == lengths[2] == 2 and (lengths[1] == 2 or context.labelled):
            ymd: Reading = (2000 + a, b, c)
            others: dict[str, Reading] = {"dmy": (2000 + c, b, a), "mdy": (2000 + c, a, b)}
            return _choose(
                {"ymd": ymd, **others} if context.korean else {**others, "ymd": ymd}, context
            )
        return None
    a, b = (int(p) for p in parts)
    if lengths[0] == 4 and lengths[1] <= 2:
        return _choose({"ym": (a, b, None)}, context)
    if lengths[1] == 4 and lengths[0] <= 2:
        return _choose({"my": (b, a, None)}, context)
    if context.labelled and lengths[1] == 2 and lengths[0] <= 2:
        # "EXP 03/27" (medicine), "Use by 14/03" (no year), "유통기한 27.03" (year first).
        ym: Reading = (2000 + a, b, None)
        rest: dict[str, Reading] = {"my": (2000 + b, a, None), "dm": (None, b, a)}
        return _choose({"ym": ym, **rest} if context.korean else {**rest, "ym": ym}, context)
    return None


def _candidates(text: str, context: _Context) -> list[PrintedDate]:
    """Every date read in `text` (already mended), overlapping ones included."""
    found: list[PrintedDate] = []

    def add(match: re.Match[str], chosen: Chosen) -> None:
        if chosen is not None:
            (year, month, day), ambiguous = chosen
            found.append(PrintedDate(year, month, day, match.start(), match.end(), ambiguous))

    for match in _NUMERIC.finditer(text):
        parts = [g for g in match.groups() if g is not None]
        add(match, _numeric(parts, context))
    if context.labelled:
        for match in _COMPACT.finditer(text):
            y, m, d = (int(g) for g in match.groups())
            add(match, _choose({"ymd": (y, m, d)}, context))
    for match in _DAY_MONTH_NAME.finditer(text):
        day, name, year = match.groups()
        if year is not None or context.labelled:
            reading: Reading = (_year(year), _month_number(name), int(day))
            add(match, _choose({"dm": reading}, context))
    for match in _MONTH_NAME_DAY.finditer(text):
        name, day, year = match.groups()
        reading = (_year(year), _month_number(name), int(day))
        add(match, _choose({"md": reading}, context))
    for match in _MONTH_NAME_YEAR.finditer(text):
        name, year = match.groups()
        add(match, _choose({"my": (_year(year), _month_number(name), None)}, context))
    for match in _KOREAN.finditer(text):
        year, month, day = match.groups()
        reading = (_year(year), int(month), None if day is None else int(day))
        add(match, _choose({"ymd": reading}, context))
    return found


def _without_overlaps(dates: list[PrintedDate]) -> list[PrintedDate]:
    """Leftmost dates first, the longest where two start together; overlaps dropped."""
    kept: list[PrintedDate] = []
    for date in sorted(dates, key=lambda d: (d.start, -d.end)):
        if not kept or date.start >= kept[-1].end:
            kept.append(date)
    return kept


def find_dates(
    text: str,
    language: str | None = None,
    *,
    labelled: bool = False,
    order: str | None = None,
    today: datetime.date | None = None,
) -> list[PrintedDate]:
    """The dates printed in `text`, in order. `labelled`: an expiry label comes before, so
    the forms that are only dates beside one count too ("03/27", "20270314", "14 MAR");
    `order`: the order a printed format gives ("dmy", "mdy", "ymd", "my")."""
    context = _Context(_is_korean(text, language), labelled, order, today)
    return _without_overlaps(_candidates(mend_digits(text), context))


# --- Labels -----------------------------------------------------------------------------

_BEFORE = r"(?<![A-Za-z])"
_AFTER = r"(?![A-Za-z])"
_LABELS: tuple[tuple[ExpiryKind, str], ...] = (
    ("best before", r"best\s?before(?:\s?end)?|best\s?by|b\.?\s?b\.?\s?e\.?|b\.?\s?b\.?"),
    ("use by", r"use\s?-?\s?(?:by|before)"),
    ("sell by", r"sell\s?-?\s?by|display\s?until"),
    ("expiry", r"exp(?:iry|iration|ires|ire)?\.?(?:\s?date)?|valid\s?until"),
    ("best before", r"품\s?질\s?유\s?지\s?기\s?한"),
    ("use by", r"소\s?비\s?기\s?한"),
    ("sell by", r"유\s?통\s?기\s?한"),
    ("expiry", r"사\s?용\s?기\s?한|유\s?효\s?기\s?[한간]"),
)
_LABEL = re.compile(
    "|".join(f"(?P<k{i}>{_BEFORE}(?:{pattern}){_AFTER})" for i, (_, pattern) in enumerate(_LABELS)),
    re.IGNORECASE,
)
#: What may lie between a label and its date: no digits, not far.
_GAP = re.compile(r"[^\d]{0,24}")
_UNTIL = re.compile(r"\s?까\s?지")
#: A period ("2027.03.01 ~ 2027.03.14까지", "부터"): its end is not an expiry.
_PERIOD = re.compile(r"[~∼〜]|부터")


@dataclass(frozen=True)
class _Label:
    kind: ExpiryKind
    start: int
    end: int


def _labels(text: str) -> list[_Label]:
    labels = []
    for match in _LABEL.finditer(text):
        index = int(next(name for name, value in match.groupdict().items() if value)[1:])
        labels.append(_Label(_LABELS[index][0], match.start(), match.end()))
    return labels


#: An expiry and the date it was read from.
_Dated = tuple[Expiry, PrintedDate]


def _dated(
    text: str, label: _Label, language: str | None, today: datetime.date | None, offset: int = 0
) -> _Dated | None:
    """The expiry `label` gives with the first date after it (after `offset` where given),
    if near enough: no digits and at most 24 characters between."""
    gap_start = offset or label.end
    gap = _GAP.match(text, gap_start)
    assert gap is not None  # zero characters match
    korean = _is_korean(text[label.start : label.end], None) or _is_korean(text, language)
    order = _order_printed(text[gap_start : gap.end()])
    language = "ko" if korean else "en"
    for date in find_dates(text, language, labelled=True, order=order, today=today):
        if gap_start <= date.start <= gap.end():
            until = _UNTIL.match(text, date.end)
            span = (label.start, date.end if until is None else until.end())
            return _expiry(label.kind, date, text, span), date
    return None


def _expiry(kind: ExpiryKind, date: PrintedDate, text: str, span: tuple[int, int]) -> Expiry:
    return Expiry(kind, date.year, date.month, date.day, text, span, date.ambiguous)


def _until_dates(text: str, language: str | None, today: datetime.date | None) -> _Dated | None:
    """An unlabelled Korean expiry: a date followed by 까지, not the end of a period."""
    if _PERIOD.search(text):
        return None
    for date in find_dates(text, language or "ko", labelled=True, today=today):
        until = _UNTIL.match(text, date.end)
        if until is not None:
            return _expiry("expiry", date, text, (date.start, until.end())), date
    return None


def _dated_in(text: str, language: str | None, today: datetime.date | None) -> list[_Dated]:
    """Every expiry in one line: each label's, then a date followed by 까지."""
    found = [d for label in _labels(text) if (d := _dated(text, label, language, today))]
    until = None if found else _until_dates(text, language, today)
    return found + ([until] if until else [])


def find_expiry(
    text: str, language: str | None = None, *, today: datetime.date | None = None
) -> Expiry | None:
    """The first expiry date in one line of text, or None. `language`: the line's, where
    known ("ko" reads a two-digit year first); `today` lets an ambiguous date be read the
    way that falls in a product's years."""
    found = _dated_in(text, language, today)
    return found[0][0] if found else None


def _dangling(text: str) -> _Label | None:
    """A label the line ends with, its date not on it ("BEST BEFORE END:")."""
    labels = _labels(text)
    if labels and re.fullmatch(r"[\s:.\-()/A-Za-z]{0,24}", text[labels[-1].end :]):
        return labels[-1]
    return None


def find_expiry_in(
    lines: Sequence[str], language: str | None = None, *, today: datetime.date | None = None
) -> list[Expiry]:
    """The expiry dates in `lines` (in reading order), each line on its own or, where a
    line ends with a label, with the date that begins the next line."""
    found: list[Expiry] = []
    taken = -1  # the last line whose date a label on the line before took
    for i, line in enumerate(lines):
        if i == taken:
            continue
        expiry = find_expiry(line, language, today=today)
        label = _dangling(line) if expiry is None and i + 1 < len(lines) else None
        if label is not None and not _labels(lines[i + 1]):
            joined = f"{line}\n{lines[i + 1]}"
            dated = _dated(joined, label, language, today, offset=len(line) + 1)
            if dated is not None:
                expiry, taken = dated[0], i + 1
        if expiry is not None:
            found.append(expiry)
    return found


# --- Speech ------------------------------------------------------------------------------

_ABBREVIATED = re.compile(
    r"(?<![A-Za-z])(exp|bbe|bb)(?:\.(?=[A-Za-z])|\.?(?![A-Za-z]))", re.IGNORECASE
)


def spoken_dates(
    text: str, language: str | None = None, *, today: datetime.date | None = None
) -> str:
    """`text` with each date rewritten in words speech says in full, in `language` (the
    voice's): "EXP 14/03/27" is said "Expiry 14 March 2027", "2027.03.14까지" "2027년 3월
    14일까지". An abbreviated label before a date is said as words too."""
    replacements: list[tuple[int, int, str]] = []
    dates: list[PrintedDate] = []  # a label's dates first: they win a tie with a plain reading
    for expiry, date in _dated_in(text, language, today):
        dates.append(date)
        short = _ABBREVIATED.match(text, expiry.span[0])
        if short is not None and expiry.kind in ("expiry", "best before"):
            said = said_in(language, ABBREVIATIONS[short.group(1).lower()])
            replacements.append((short.start(), short.end(), said))
    dates += find_dates(text, language, today=today)
    for date in _without_overlaps(dates):
        words = date_in_words(date.year, date.month, date.day, language)
        replacements.append((date.start, date.end, words))
    return _replaced(text, replacements)


def _replaced(text: str, replacements: list[tuple[int, int, str]]) -> str:
    """`text` with each (start, end, words) put in, overlapping ones after the first
    dropped, and parted by a space from punctuation before and a letter after, which
    espeak-ng would otherwise say ("Expiry dot date colon March")."""
    said = ""
    at = 0
    for start, end, words in sorted(replacements):
        if start < at:
            continue
        said += text[at:start]
        if said and not said[-1].isspace() and not text[start - 1].isalnum():
            said += " "
        said += words
        if _LATIN.match(text[end : end + 1]):
            said += " "
        at = end
    return said + text[at:]


__all__ = [
    "Expiry",
    "ExpiryKind",
    "PrintedDate",
    "date_in_words",
    "find_dates",
    "find_expiry",
    "find_expiry_in",
    "mend_digits",
    "say_expiry",
    "spoken_dates",
]
