"""Bills, statements, timetables, forms and leaflets, drawn at 300 dpi with their truth.

The pages for benchmarks/documents.py (issue 21): what a blind reader puts under the camera
most days after letters. Each kind comes in English and Korean and in three rulings of its
tables (a full grid, horizontal rules only, no rules at all), with 2 to 8 columns,
right-aligned money, a header cell spanning two columns, a cell wrapped on two lines and a
total row with empty cells. Everything is drawn from a seed, so a page is the same on every
run.

The truth of a page is a dict:
    {"name", "kind", "language": "en" | "ko", "ruling": "grid" | "rules" | "none",
     "blocks": [{"kind": "heading" | "paragraph", "text"},
                {"kind": "field", "label", "value"},
                {"kind": "table", "rows": [[cell, ...], ...], "header_rows", "spans"}],
     "numbers": [every amount, date, time, phone and account number, as printed],
     "fields": {label: value}}
Table rows come header rows first. A cell wrapped on two lines is one cell, its lines joined
by a space. A header cell spanning columns is given in its first column; the columns it
covers are empty (`spans` lists [row, column, width]).
"""

from __future__ import annotations

import random
import re
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from core.text.metrics import normalise

KINDS = ("bill", "statement", "timetable", "form", "leaflet")
LANGUAGES = ("en", "ko")
RULINGS = ("grid", "rules", "none")
DPI = 300
#: Page sizes at 300 dpi: A4 portrait, A4 landscape (timetables), A5 (leaflets).
SIZES = {"a4": (2480, 3508), "a4_landscape": (3508, 2480), "a5": (1748, 2480)}
INK = (25, 25, 25)
FONT_FILES = {
    ("en", "sans"): ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("en", "serif"): ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("ko", "sans"): ("NanumGothic.ttf", "NanumGothicBold.ttf"),
    ("ko", "serif"): ("NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf"),
}
FAMILY = {"bill": "sans", "statement": "serif", "timetable": "sans", "form": "serif"}
FAMILY["leaflet"] = "sans"


@dataclass(frozen=True)
class Spec:
    """One page to draw."""

    kind: str
    language: str
    ruling: str
    seed: int

    @property
    def name(self) -> str:
        return f"{self.kind}_{self.language}_{self.ruling}"


def specs() -> list[Spec]:
    """Every kind in both languages and all three rulings: 30 pages, each its own seed."""
    return [
        Spec(kind, language, ruling, 1000 + 100 * k + 10 * g + r)
        for k, kind in enumerate(KINDS)
        for g, language in enumerate(LANGUAGES)
        for r, ruling in enumerate(RULINGS)
    ]


@cache
def font_path(file_name: str) -> str:
    """The font file of that name, found with fc-list (fonts-dejavu, fonts-nanum)."""
    listed = subprocess.run(
        ["fc-list", ":", "file"], capture_output=True, text=True, check=False
    ).stdout
    for line in listed.splitlines():
        path = line.split(":")[0].strip()
        if Path(path).name == file_name:
            return path
    raise FileNotFoundError(
        f"font {file_name} is not installed (fonts-dejavu-core, fonts-nanum: installer/setup.sh)"
    )


@cache
def font(file_name: str, points: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(file_name), round(points * DPI / 72))


# Text that carries numbers: a run of tokens each with a digit ("2027년 1월 14일",
# "(555) 201-7788"), its ends stripped of sentence punctuation.
_PUNCTUATION = ".,;:!?"


def clean_token(token: str) -> str:
    """A token with sentence punctuation and unpaired brackets taken off its ends."""
    token = token.rstrip(_PUNCTUATION)
    if token.startswith("(") and ")" not in token:
        token = token[1:]
    if token.endswith(")") and "(" not in token:
        token = token[:-1]
    return token


def numbers_in(text: str) -> list[str]:
    """The numbers printed in `text`: runs of tokens that each hold a digit; a token ending
    a sentence or clause ends its run."""
    found: list[str] = []
    run: list[str] = []
    for token in normalise(text).split():
        cleaned = clean_token(token)
        if not re.search(r"\d", cleaned):
            if run:
                found.append(" ".join(run))
            run = []
            continue
        run.append(cleaned)
        if token[-1] in _PUNCTUATION:
            found.append(" ".join(run))
            run = []
    if run:
        found.append(" ".join(run))
    return found


class Page:
    """A page being drawn top to bottom, and the truth of what is on it."""

    def __init__(self, size: str, language: str, family: str, points: float = 11) -> None:
        self.width, self.height = SIZES[size]
        self.image = Image.new("RGB", (self.width, self.height), "white")
        self.draw = ImageDraw.Draw(self.image)
        regular, bold = FONT_FILES[(language, family)]
        self.regular, self.bold = font(regular, points), font(bold, points)
        self.small = font(regular, points - 1)
        self.small_bold = font(bold, points - 1)
        self.heading_font = font(bold, points + 7)
        self.subheading_font = font(bold, points + 2)
        self.margin = round(min(self.width, self.height) * 0.08)
        self.y = self.margin
        self.blocks: list[dict[str, Any]] = []
        self.line_height = round(self.regular.size * 1.45)

    @property
    def usable(self) -> int:
        return self.width - 2 * self.margin

    def gap(self, lines: float = 1) -> None:
        self.y += round(self.line_height * lines)

    def heading(self, text: str, large: bool = True) -> None:
        face = self.heading_font if large else self.subheading_font
        self.draw.text((self.margin, self.y), text, font=face, fill=INK)
        self.y += round(face.size * 1.6)
        self.blocks.append({"kind": "heading", "text": text})

    def lines(self, texts: list[str], x: int | None = None, y: int | None = None) -> int:
        """Lines as they are (an address); returns the y under them."""
        x = self.margin if x is None else x
        top = self.y if y is None else y
        for index, text in enumerate(texts):
            self.draw.text((x, top + index * self.line_height), text, font=self.regular, fill=INK)
        self.blocks.append({"kind": "paragraph", "text": "\n".join(texts)})
        return top + len(texts) * self.line_height

    def paragraph(self, text: str) -> None:
        words, line = text.split(), ""
        wrapped: list[str] = []
        for word in words:
            trial = f"{line} {word}".strip()
            if line and self.regular.getlength(trial) > self.usable:
                wrapped.append(line)
                line = word
            else:
                line = trial
        wrapped.append(line)
        for index, text_line in enumerate(wrapped):
            self.draw.text(
                (self.margin, self.y + index * self.line_height),
                text_line,
                font=self.regular,
                fill=INK,
            )
        self.y += len(wrapped) * self.line_height
        self.blocks.append({"kind": "paragraph", "text": text})

    def fields(
        self,
        pairs: list[tuple[str, str]],
        x: int | None = None,
        y: int | None = None,
        tab: float = 0,
    ) -> int:
        """`label: value` lines; with `tab`, the values start that far from the labels."""
        x = self.margin if x is None else x
        top = self.y if y is None else y
        for index, (label, value) in enumerate(pairs):
            row = top + index * self.line_height
            self.draw.text((x, row), f"{label}:", font=self.bold, fill=INK)
            start = x + (tab or self.bold.getlength(f"{label}: "))
            self.draw.text((start, row), value, font=self.regular, fill=INK)
            self.blocks.append({"kind": "field", "label": label, "value": value})
        bottom = top + len(pairs) * self.line_height
        if y is None:
            self.y = bottom
        return bottom

    def cut_line(self) -> None:
        """A dashed line across the page, where a slip is torn off."""
        for x in range(self.margin, self.width - self.margin, 40):
            self.draw.line((x, self.y, x + 22, self.y), fill=(90, 90, 90), width=3)
        self.gap(0.6)

    def table(
        self,
        rows: list[list[str]],
        aligns: str,
        ruling: str,
        *,
        header_rows: int = 1,
        spans: tuple[tuple[int, int, int], ...] = (),
        total: bool = False,
        fill: float = 1.0,
    ) -> None:
        """Draw a table: `aligns` one of l/r/c per column; "\\n" in a cell wraps it; a span
        (row, column, width) is a header cell over `width` columns; `total`: the last row is
        a total, in bold."""
        draw, columns = self.draw, len(aligns)
        pad, wide = round(self.regular.size * 0.45), round(self.regular.size * 0.35)
        covered = {(r, c + k) for r, c, w in spans for k in range(1, w)}
        span_of = {(r, c): w for r, c, w in spans}

        def face(r: int) -> ImageFont.FreeTypeFont:
            return self.bold if r < header_rows or (total and r == len(rows) - 1) else self.regular

        natural = [0.0] * columns
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if (r, c) not in span_of and (r, c) not in covered:
                    length = max(face(r).getlength(part) for part in cell.split("\n"))
                    natural[c] = max(natural[c], length + 2 * pad + 2 * wide)
        width = max(sum(natural), self.usable * fill)
        extra = (width - sum(natural)) / columns
        widths = [n + extra for n in natural]
        lefts = [self.margin + sum(widths[:c]) for c in range(columns + 1)]
        line_height = round(self.regular.size * 1.25)
        heights = [
            max(cell.count("\n") + 1 for cell in row) * line_height + 2 * pad for row in rows
        ]
        tops = [self.y + sum(heights[:r]) for r in range(len(rows) + 1)]
        # A span row's empty cells belong visually to the header cell under them (a rowspan).
        span_rows = {r for r, _, _ in spans}
        open_above = {
            (r + 1, c)
            for r in span_rows
            for c in range(columns)
            if not rows[r][c] and (r, c) not in covered
        }
        if ruling == "grid":
            draw.rectangle((lefts[0], tops[0], lefts[-1], tops[header_rows]), fill=(228, 228, 228))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if (r, c) in covered or not cell:
                    continue
                right = lefts[c + span_of.get((r, c), 1)]
                parts = cell.split("\n")
                top = tops[r] + (heights[r] - len(parts) * line_height) // 2
                if (r + 1, c) in open_above and r == header_rows - 1:
                    top = tops[r] + pad  # under an empty span-row cell: sits in its own row
                for k, part in enumerate(parts):
                    length = face(r).getlength(part)
                    align = "c" if (r, c) in span_of else aligns[c]
                    if align == "r":
                        x = right - pad - wide - length
                    elif align == "c":
                        x = (lefts[c] + right - length) / 2
                    else:
                        x = lefts[c] + pad + wide
                    draw.text((x, top + k * line_height), part, font=face(r), fill=INK)
        self._rules(rows, ruling, header_rows, spans, total, lefts, tops, covered, open_above)
        self.y = tops[-1] + self.line_height
        self.blocks.append(
            {
                "kind": "table",
                "rows": [[" ".join(cell.split("\n")) for cell in row] for row in rows],
                "header_rows": header_rows,
                "spans": [list(span) for span in spans],
            }
        )

    def _rules(
        self,
        rows: list[list[str]],
        ruling: str,
        header_rows: int,
        spans: tuple[tuple[int, int, int], ...],
        total: bool,
        lefts: list[float],
        tops: list[int],
        covered: set[tuple[int, int]],
        open_above: set[tuple[int, int]],
    ) -> None:
        draw, last = self.draw, len(rows)
        left, right = lefts[0], lefts[-1]
        if ruling == "grid":
            draw.rectangle((left, tops[0], right, tops[-1]), outline=INK, width=4)
            for r in range(1, last):
                thick = 4 if r == header_rows or (total and r == last - 1) else 2
                for c in range(len(lefts) - 1):
                    if (r, c) not in open_above:
                        draw.line((lefts[c], tops[r], lefts[c + 1], tops[r]), fill=INK, width=thick)
            for r in range(last):
                for c in range(1, len(lefts) - 1):
                    if (r, c) not in covered:
                        draw.line((lefts[c], tops[r], lefts[c], tops[r + 1]), fill=INK, width=2)
        elif ruling == "rules":
            draw.line((left, tops[0], right, tops[0]), fill=INK, width=5)
            draw.line((left, tops[header_rows], right, tops[header_rows]), fill=INK, width=3)
            for r in range(header_rows + 1, last):
                thick = 3 if total and r == last - 1 else 1
                shade = INK if thick > 1 else (120, 120, 120)
                draw.line((left, tops[r], right, tops[r]), fill=shade, width=thick)
            draw.line((left, tops[-1], right, tops[-1]), fill=INK, width=5)
            for r, c, w in spans:  # a short rule under a spanning header, as statements do
                inset = (lefts[c + w] - lefts[c]) * 0.06
                y = tops[r + 1] - 6
                draw.line((lefts[c] + inset, y, lefts[c + w] - inset, y), fill=INK, width=2)

    def truth(self, spec: Spec) -> dict[str, Any]:
        text: list[str] = []
        fields: dict[str, str] = {}
        for block in self.blocks:
            if block["kind"] == "table":
                text.extend(cell for row in block["rows"] for cell in row)
            elif block["kind"] == "field":
                text.append(block["value"])
                fields[block["label"]] = block["value"]
            else:
                text.extend(block["text"].split("\n"))
        return {
            "name": spec.name,
            "kind": spec.kind,
            "language": spec.language,
            "ruling": spec.ruling,
            "blocks": self.blocks,
            "numbers": [n for part in text for n in numbers_in(part)],
            "fields": fields,
        }

    def bgr(self) -> np.ndarray:
        return np.ascontiguousarray(np.asarray(self.image)[..., ::-1])


def generate(spec: Spec) -> tuple[np.ndarray, dict[str, Any]]:
    """The page `spec` names, BGR at 300 dpi, and its truth."""
    rng = random.Random(spec.seed)
    size = {"timetable": "a4_landscape", "leaflet": "a5"}.get(spec.kind, "a4")
    points = {"leaflet": 10, "timetable": 13}.get(spec.kind, 11)
    page = Page(size, spec.language, FAMILY[spec.kind], points)
    CONTENT[spec.kind](page, rng, spec.language, spec.ruling)
    return page.bgr(), page.truth(spec)


# The words and numbers of each kind of page. Every function draws one page on `page`.


def en_money(amount: float) -> str:
    return f"${amount:,.2f}"


def money(amount: float) -> str:
    return f"{amount:,.2f}"


def won(amount: int) -> str:
    return f"{amount:,}"


def en_date(day: int, month: int, year: int) -> str:
    return f"{day:02d}/{month:02d}/{year}"


def ko_date(day: int, month: int, year: int) -> str:
    return f"{year}년 {month}월 {day}일"


EN_NAMES = ("Margaret Collins", "David Okafor", "Hannah Lee", "Robert Jensen", "Priya Raman")
KO_NAMES = ("김민준", "이서연", "박지훈", "최수아", "정우진", "강하은")
EN_STREETS = ("14 Elm Street", "221 Harbour Road", "7 Mill Lane", "58 Station Avenue")
KO_STREETS = ("한빛시 중앙로 123", "한빛시 강변로 45-7", "한빛시 시청길 8", "한빛시 새터로 210")


def side_by_side(page: Page, left: list[str], right: list[tuple[str, str]]) -> None:
    """An address on the left and the document's key fields on the right, as bills and
    statements put them."""
    top = page.y
    bottom = page.lines(left)
    x = page.margin + round(page.usable * 0.5)
    tab = max(page.bold.getlength(f"{label}: ") for label, _ in right)
    page.y = max(bottom, page.fields(right, x=x, y=top, tab=tab)) + page.line_height


def bill(page: Page, rng: random.Random, language: str, ruling: str) -> None:
    en = language == "en"
    account = str(rng.randint(10_000_000, 99_999_999))
    day = rng.randint(10, 24)
    due = (day + rng.randint(3, 14) - 1) % 28 + 1
    if en:
        page.heading(rng.choice(("Riverside Water Company", "Millbrook Water Services")), False)
        page.heading("Water and Sewer Bill")
        phone = f"0345 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        left = ["PO Box 412", "Riverside RV1 2AB", f"Phone {phone}"]
        right = [
            ("Account number", account),
            ("Bill date", en_date(day, 12, 2026)),
            ("Due date", en_date(due, 1, 2027)),
        ]
    else:
        page.heading(rng.choice(("한빛시 상수도사업본부", "새터시 수도사업소")), False)
        page.heading("수도요금 청구서")
        phone = f"1577-{rng.randint(1000, 9999)}"
        left = ["한빛시 시청길 8", "상수도사업본부 요금과", f"전화 {phone}"]
        right = [
            ("고객번호", account),
            ("청구일", ko_date(day, 12, 2026)),
            ("납부기한", ko_date(due, 1, 2027)),
        ]
    side_by_side(page, left, right)
    customer = [
        ("Customer" if en else "고객명", rng.choice(EN_NAMES if en else KO_NAMES)),
        ("Service address" if en else "사용 주소", rng.choice(EN_STREETS if en else KO_STREETS)),
    ]
    page.fields(customer)
    page.gap()
    page.heading("Charges for this period" if en else "이번 달 요금 내역", False)
    reading = rng.random() < 0.5
    used, over = rng.randint(18, 30), rng.randint(2, 14)
    if en:
        header = ["Service", "Units", "Rate", "Amount"]
        items = [
            ("Water supply", used, 1.85),
            ("Water supply\n(over 30 units)", over, 2.40),
            ("Sewer charge", used + over, 1.10),
            ("Meter service fee", 1, 8.50),
        ]
        if rng.random() < 0.6:
            items.append(("Stormwater levy", 1, 4.20))
        rows = [
            [name, str(units), en_money(rate), en_money(units * rate)]
            for name, units, rate in items
        ]
        total = en_money(sum(round(u * r, 2) for _, u, r in items))
        rows.append(["Total", "", "", total])
    else:
        header = ["항목", "사용량(톤)", "단가(원)", "금액(원)"]
        ko_items = [
            ("상수도 요금", used, 580),
            ("상수도 요금\n(30톤 초과분)", over, 790),
            ("하수도 요금", used + over, 510),
            ("물이용부담금", used + over, 170),
            ("계량기 관리비", 1, 1000),
        ]
        rows = [[name, str(units), won(rate), won(units * rate)] for name, units, rate in ko_items]
        total = won(sum(u * r for _, u, r in ko_items))
        rows.append(["합계", "", "", total])
    if reading:  # the meter's reading: a column empty but for the first row
        header.insert(1, "Reading" if en else "지침")
        for index, row in enumerate(rows):
            row.insert(1, str(rng.randint(1000, 9999)) if index == 0 else "")
    page.table([header, *rows], "l" + "r" * (len(header) - 1), ruling, total=True)
    due_field, amount_field = right[2], ("Amount due" if en else "납부하실 금액", total)
    if not en:
        amount_field = (amount_field[0], f"{total}원")
    page.fields([amount_field])
    page.gap(0.5)
    if en:
        page.paragraph(
            f"Please pay by {en_date(due, 1, 2027)}. To pay by phone or to ask about this bill, "
            f"call {phone} on weekdays between 8:00 and 18:00. Thank you for paying on time."
        )
    else:
        page.paragraph(
            "납부기한이 지나면 가산금이 붙습니다. 가까운 은행이나 인터넷 뱅킹으로 내실 수 "
            f"있습니다. 문의 전화 {phone}"
        )
    # The payment slip at the foot of the page repeats the account, the amount and the date.
    page.y = max(page.y + 2 * page.line_height, round(page.height * 0.72))
    page.cut_line()
    page.paragraph(
        "Please detach this slip and return it with your payment."
        if en
        else "이 부분을 잘라 납부하실 때 함께 내 주십시오."
    )
    page.gap(0.5)
    page.heading("Payment slip" if en else "납부서", False)
    slip = [right[0], amount_field, due_field]
    page.fields(slip, tab=max(page.bold.getlength(f"{label}: ") for label, _ in slip))


def statement(page: Page, rng: random.Random, language: str, ruling: str) -> None:
    en = language == "en"
    name = rng.choice(EN_NAMES if en else KO_NAMES)
    if en:
        account = f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000000, 9999999)}"
        page.heading(rng.choice(("Harbour Savings Bank", "Eastfield Building Society")), False)
        page.heading("Account Statement")
        right = [("Account number", account), ("Statement period", "01/11/2026 to 30/11/2026")]
        left = [name, rng.choice(EN_STREETS), "Riverside RV4 7TQ"]
    else:
        account = f"352-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
        page.heading(rng.choice(("한빛은행", "새터저축은행")), False)
        page.heading("거래내역서")
        right = [("계좌번호", account), ("조회기간", "2026.11.01 ~ 2026.11.30")]
        left = [f"{name} 님", rng.choice(KO_STREETS)]
    side_by_side(page, left, right)
    # Amounts in whole cents or won.
    balance = rng.randint(80_000, 300_000) if en else rng.randint(800, 3000) * 1000
    fmt = (lambda cents: money(cents / 100)) if en else won
    labels = (
        [
            ("Card payment Greenway Foods", -1),
            ("Salary Millbrook Council", 1),
            ("Direct debit Riverside\nWater Company", -1),
            ("Cash withdrawal", -1),
            ("Transfer from J Collins", 1),
            ("Pharmacy Plus", -1),
            ("Card payment Eastfield Books", -1),
            ("Interest paid", 1),
        ]
        if en
        else [
            ("카드결제 한빛마트", -1),
            ("급여 한빛시청", 1),
            ("자동이체 한빛시\n상수도사업본부", -1),
            ("현금인출", -1),
            ("이체 입금 김영희", 1),
            ("한빛온누리약국", -1),
            ("카드결제 새터서점", -1),
            ("예금이자", 1),
        ]
    )
    count = rng.randint(6, 8)
    chosen = sorted(rng.sample(range(len(labels)), count))
    if 2 not in chosen:  # the wrapped description is always there
        chosen[0] = 2
        chosen.sort()
    days = sorted(rng.sample(range(2, 29), count))
    date = (lambda d: en_date(d, 11, 2026)) if en else (lambda d: f"2026.11.{d:02d}")
    header = ["Date", "Description", "Debit", "Credit", "Balance"]
    if not en:
        header = ["거래일자", "적요", "출금", "입금", "잔액"]
    spanning = ["", "", "Amount" if en else "거래금액(원)", "", ""]
    rows = [
        spanning,
        header,
        [date(1), "Opening balance" if en else "전월 이월", "", "", fmt(balance)],
    ]
    debits = credits = 0
    for day, index in zip(days, chosen, strict=True):
        label, sign = labels[index]
        amount = rng.randint(500, 40_000 if sign < 0 else 250_000)
        amount = amount if en else amount * 10
        balance += sign * amount
        if sign < 0:
            debits += amount
        else:
            credits += amount
        out, inn = (fmt(amount), "") if sign < 0 else ("", fmt(amount))
        rows.append([date(day), label, out, inn, fmt(balance)])
    rows.append(["Total" if en else "합계", "", fmt(debits), fmt(credits), ""])
    page.table(rows, "llrrr", ruling, header_rows=2, spans=((0, 2, 2),), total=True)
    page.fields([("Closing balance" if en else "최종 잔액", fmt(balance))])
    page.gap(0.5)
    page.paragraph(
        "Please check this statement and tell us at once about any payment you do not "
        "recognise. Call us on 0800 028 3344, day or night."
        if en
        else "거래내역에 모르는 거래가 있으면 바로 알려 주십시오. 고객센터 1588-5000"
    )


TIMETABLE_COLUMNS = {
    ("en", "grid"): 8,
    ("en", "rules"): 6,
    ("en", "none"): 4,
    ("ko", "grid"): 7,
    ("ko", "rules"): 5,
    ("ko", "none"): 8,
}
EN_STOPS = (
    "Riverside Bus Station",
    "Mill Lane",
    "Riverside Hospital\n(main entrance)",
    "Station Avenue",
    "Eastfield Library",
    "Market Square",
    "Harbour Road",
    "City Centre",
)
KO_STOPS = (
    "한빛시외버스터미널",
    "중앙시장",
    "한빛병원\n(정문 앞)",
    "시립도서관",
    "한빛대학교",
    "새터마을",
    "강변공원",
    "시청",
)


def timetable(page: Page, rng: random.Random, language: str, ruling: str) -> None:
    en = language == "en"
    route = rng.randint(11, 99)
    trips = TIMETABLE_COLUMNS[(language, ruling)] - 1
    if en:
        page.heading(f"Route {route}: Riverside to City Centre")
        page.paragraph(f"Monday to Friday. This timetable is valid from 01/03/{2027}.")
    else:
        page.heading(f"{route}번 버스 시간표 (터미널 → 시청)")
        page.paragraph("월요일부터 금요일까지. 2027년 3월 1일부터 적용합니다.")
    page.gap(0.5)
    stops = list(EN_STOPS if en else KO_STOPS)
    middle = sorted(rng.sample(stops[3:-1], rng.randint(3, 4)), key=stops.index)
    stops = [*stops[:3], *middle, stops[-1]]
    minutes = [rng.randint(2, 6) for _ in stops[1:]]
    morning = trips // 2 if trips >= 4 else trips
    starts = [6 * 60 + 5 + k * rng.choice((20, 30, 40)) for k in range(morning)]
    starts += [14 * 60 + k * rng.choice((25, 30)) for k in range(trips - morning)]
    express = rng.randrange(trips)
    header = ["Stop" if en else "정류장"]
    header += [str(101 + 2 * k) if en else f"{k + 1}회" for k in range(trips)]
    if trips >= 4:
        spanning = ["", "Morning" if en else "오전"] + [""] * (morning - 1)
        spanning += ["Afternoon" if en else "오후"] + [""] * (trips - morning - 1)
        spans: tuple[tuple[int, int, int], ...] = (
            (0, 1, morning),
            (0, 1 + morning, trips - morning),
        )
    else:
        spanning = ["", "Weekdays" if en else "평일"] + [""] * (trips - 1)
        spans = ((0, 1, trips),)
    rows = [spanning, header]
    for index, stop in enumerate(stops):
        row = [stop]
        for trip, start in enumerate(starts):
            at = start + sum(minutes[:index])
            skipped = trip == express and index in (3, 4)
            row.append("" if skipped else f"{at // 60:02d}:{at % 60:02d}")
        rows.append(row)
    page.table(rows, "l" + "c" * trips, ruling, header_rows=2, spans=spans, fill=0.8)
    page.paragraph(
        "Buses do not stop where a time is missing. Information: 0345 678 9012."
        if en
        else "시간이 비어 있는 정류장에는 서지 않습니다. 문의 전화 031-123-4567"
    )


def form(page: Page, rng: random.Random, language: str, ruling: str) -> None:
    en = language == "en"
    account = str(rng.randint(10_000_000, 99_999_999))
    people = str(rng.randint(1, 5))
    if en:
        page.heading("Application for Reduced Water Charges")
        page.paragraph("Part 1. About you. Please write clearly. We will reply within 20 days.")
        pairs = [
            ("Full name", rng.choice(EN_NAMES)),
            ("Date of birth", en_date(rng.randint(1, 28), rng.randint(1, 12), 1957)),
            ("Account number", account),
            ("Address", f"{rng.choice(EN_STREETS)}, Riverside"),
            ("Phone", f"(555) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"),
            ("People in household", people),
            ("Date of application", en_date(rng.randint(1, 28), 12, 2026)),
        ]
        header = ["Income each month", "Amount"]
        sources = ["State pension", "Housing benefit", "Part-time work", "Private pension"]
        amounts = [round(rng.uniform(100, 1400), 2) for _ in sources]
        fmt = en_money
    else:
        page.heading("수도요금 감면 신청서")
        page.paragraph("1. 신청인 정보. 정자로 적어 주십시오. 20일 안에 결과를 알려 드립니다.")
        pairs = [
            ("성명", rng.choice(KO_NAMES)),
            ("생년월일", ko_date(rng.randint(1, 28), rng.randint(1, 12), 1957)),
            ("고객번호", account),
            ("주소", rng.choice(KO_STREETS)),
            ("전화번호", f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"),
            ("가구원 수", f"{people}명"),
            ("신청일", ko_date(rng.randint(1, 28), 12, 2026)),
        ]
        header = ["월 소득 종류", "금액(원)"]
        sources = ["기초연금", "주거급여", "근로소득", "개인연금"]
        amounts = [rng.randint(10, 140) * 10_000 + rng.randint(0, 9) * 10 for _ in sources]
        fmt = won  # type: ignore[assignment]
    tab = max(page.bold.getlength(f"{label}: ") for label, _ in pairs) + page.regular.size
    page.gap(0.5)
    page.fields(pairs, tab=tab)
    page.gap()
    page.heading("Part 2. Your income" if en else "2. 소득 내역", False)
    count = rng.randint(2, 4)
    rows = [[s, fmt(a)] for s, a in zip(sources[:count], amounts[:count], strict=True)]
    rows.append(["Total" if en else "합계", fmt(sum(amounts[:count]))])
    page.table([header, *rows], "lr", ruling, total=True, fill=0.6)
    page.heading("Part 3. Paying by direct debit" if en else "3. 자동이체 신청", False)
    bank = (
        [
            ("Bank", "Harbour Savings Bank"),
            ("Sort code", f"20-{rng.randint(10, 99)}-{rng.randint(10, 99)}"),
            ("Bank account number", str(rng.randint(10_000_000, 99_999_999))),
        ]
        if en
        else [
            ("은행", "한빛은행"),
            (
                "계좌번호",
                f"352-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
            ),
            ("예금주", pairs[0][1]),
        ]
    )
    page.fields(bank, tab=tab)
    page.gap()
    page.paragraph(
        "I declare that the information on this form is true and complete."
        if en
        else "위 내용이 사실과 다름없음을 확인합니다."
    )


LEAFLETS = {
    "en": (
        "Paracetamol 500 mg Tablets",
        ["Age", "How much", "How often", "Most in 24 hours"],
        [
            [
                "Adults and children\n16 years and over",
                "1 or 2 tablets",
                "every 4 to 6 hours",
                "8 tablets",
            ],
            ["Children 12 to 15", "1 tablet", "every 4 to 6 hours", "4 tablets"],
            ["Children 10 to 11", "half a tablet", "every 4 to 6 hours", "4 halves"],
        ],
    ),
    "ko": (
        "아세트아미노펜정 500밀리그램",
        ["나이", "1회 용량", "복용 간격", "1일 최대"],
        [
            ["성인 및\n16세 이상", "1~2정", "4~6시간마다", "8정"],
            ["12~15세", "1정", "4~6시간마다", "4정"],
            ["10~11세", "반 정", "4~6시간마다", "2정"],
        ],
    ),
}


def leaflet(page: Page, rng: random.Random, language: str, ruling: str) -> None:
    en = language == "en"
    title, header, body = LEAFLETS[language]
    columns = rng.choice((3, 4))
    page.heading(title)
    page.paragraph(
        "Read all of this leaflet carefully before you start taking this medicine. Keep it: "
        "you may need to read it again."
        if en
        else "이 약을 먹기 전에 설명서를 끝까지 읽으십시오. 다시 읽을 수 있도록 버리지 마십시오."
    )
    page.gap(0.5)
    page.heading("How much to take" if en else "먹는 방법", False)
    spanning = ["", "Dose" if en else "용법", ""] + [""] * (columns - 3)
    rows = [spanning, header[:columns], *[row[:columns] for row in body]]
    page.table(rows, "l" + "c" * (columns - 1), ruling, header_rows=2, spans=((0, 1, 2),))
    page.paragraph(
        "Do not take more than the amount in the table. Leave at least 4 hours between doses."
        if en
        else "표의 양보다 많이 먹지 마십시오. 적어도 4시간 간격을 두십시오."
    )
    page.gap(0.5)
    page.heading("Possible side effects" if en else "부작용", False)
    page.paragraph(
        "Side effects are rare. Stop taking the tablets and see a doctor if you get a rash."
        if en
        else "부작용은 드뭅니다. 발진이 생기면 복용을 멈추고 의사와 상담하십시오."
    )
    page.gap(0.5)
    batch = f"B{rng.randint(10000, 99999)}"
    page.fields(
        [
            ("Batch", batch),
            ("Expiry date", f"0{rng.randint(1, 9)}/2028"),
            ("Pharmacy helpline", "0800 123 4567"),
        ]
        if en
        else [
            ("제조번호", batch),
            ("사용기한", f"2028년 {rng.randint(1, 9)}월"),
            ("약국 상담 전화", "1588-1234"),
        ]
    )


CONTENT = {
    "bill": bill,
    "statement": statement,
    "timetable": timetable,
    "form": form,
    "leaflet": leaflet,
}
