"""Magazine and newspaper pages in two and three columns of small print, with their truth.

The pages for the "columns" group of benchmarks/ocr_accuracy.py (issue 22): blind readers'
main complaint is a wrong reading order on pages with columns, and photographed columns
read worst of all. Each page is A4 at 300 dpi: a title and a deck line across the top, then
justified body text in 9 point (two columns, a magazine's 5 mm gutter) or 8.5 point (three
columns, a newspaper's 4 mm gutter with a thin rule down its middle), paragraphs running on
from one column into the next. English in DejaVu Serif, Korean in Nanum Myeongjo.

The text is made of sentences put together from seeded word lists (no sentence is printed
twice, so reading a column out of its place costs its whole length), and the truth is the
title, the deck, then each column from top to bottom, in order. Everything is drawn from a
seed: a page is the same on every run.

`photos()` takes each page by the 8 MP document camera and the 1080p webcam (as
benchmarks/documents.py does), and the two-column pages also photographed at an angle (the
unseen set's worst page: a magazine page in perspective, turned a few degrees).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from benchmarks.document_pages import INK, SIZES, font
from benchmarks.documents import photo
from benchmarks.synthetic_photos import Look, photograph, turned

#: Body text: point size and gutter (mm) by number of columns.
BODY_POINTS = {2: 9.0, 3: 8.5}
GUTTER_MM = {2: 5.0, 3: 4.0}
FONTS = {
    "en": ("DejaVuSerif.ttf", "DejaVuSans-Bold.ttf"),
    "ko": ("NanumMyeongjo.ttf", "NanumGothicBold.ttf"),
}
LANGUAGES = {"en": "eng", "ko": "kor+eng"}
#: How each page is photographed; "angle" only for two columns (see the module doc).
LOOKS = ("camera", "webcam", "angle")


@dataclass(frozen=True)
class Spec:
    """One page to draw."""

    columns: int
    language: str
    seed: int

    @property
    def name(self) -> str:
        return f"columns{self.columns}_{self.language}"


def specs() -> list[Spec]:
    """Two and three columns, in English and Korean: four pages, each its own seed."""
    return [
        Spec(columns, language, 2200 + 10 * columns + index)
        for columns in (2, 3)
        for index, language in enumerate(("en", "ko"))
    ]


@dataclass(frozen=True)
class ColumnPage:
    """A drawn page (BGR) and its text: the head across the top, then each column's."""

    image: np.ndarray
    head: tuple[str, ...]
    columns: tuple[str, ...]
    languages: str

    @property
    def truth(self) -> str:
        """The whole page in reading order: the head, then column after column."""
        return "\n".join((*self.head, *self.columns))


# ----------------------------------------------------------------------------- the text

_EN = {
    "who": (
        "The town council",
        "A group of volunteers",
        "The new head teacher",
        "Local farmers",
        "The museum's curator",
        "A retired engineer",
        "The library committee",
        "Residents of the old quarter",
        "The harbour master",
        "Two young architects",
        "The regional health board",
        "A small bakery on Mill Lane",
        "The cycling club",
        "Parents at the primary school",
        "The river trust",
        "An amateur astronomer",
    ),
    "did": (
        "agreed to repair",
        "has started a campaign for",
        "quietly reopened",
        "spent the winter restoring",
        "asked for more money to run",
        "voted to keep",
        "published a short guide to",
        "will hold an open day at",
        "began to survey",
        "raised nearly four thousand pounds for",
        "drew up new plans for",
        "planted trees beside",
    ),
    "what": (
        "the covered market",
        "the footbridge over the canal",
        "the reading room",
        "the community garden",
        "the old railway station",
        "the village hall",
        "the swimming pool",
        "the bus shelter on the hill",
        "the public archive",
        "the lighthouse",
        "the allotments",
        "the sports ground",
        "the tide mill",
    ),
    "when": (
        "last spring",
        "over the summer",
        "earlier this month",
        "before the elections",
        "in the autumn",
        "after years of delay",
        "this week",
        "at the end of March",
    ),
    "because": (
        "because visitors kept asking about it",
        "so that older people can reach it easily",
        "although the weather made the work slow",
        "after a long public meeting",
        "while the roads were closed for repairs",
        "with help from a national charity",
        "even though the budget is tight",
        "as the building had become unsafe",
    ),
    "said": (
        "said the work was overdue",
        "hopes the numbers will grow",
        "thanked everyone who gave their time",
        "warned that prices may rise",
        "expects the doors to open by June",
        "wants children to take part",
        "admitted that mistakes were made",
        "promised a full report next year",
    ),
}
_KO = {
    "who": (
        "시 의회는",
        "지역 자원봉사자들은",
        "새로 온 교장은",
        "마을 농민들은",
        "박물관 관장은",
        "은퇴한 기술자는",
        "도서관 운영위원회는",
        "구시가지 주민들은",
        "항만 관리소장은",
        "젊은 건축가 두 명은",
        "보건소 직원들은",
        "방앗간 골목의 작은 빵집은",
        "자전거 동호회는",
        "초등학교 학부모들은",
        "강 보존 모임은",
        "아마추어 천문가는",
    ),
    "what": (
        "오래된 시장을",
        "운하 위의 다리를",
        "열람실을",
        "마을 텃밭을",
        "옛 기차역을",
        "마을 회관을",
        "수영장을",
        "언덕 위 정류장을",
        "기록 보관소를",
        "등대를",
        "주말농장을",
        "운동장을",
        "물레방아를",
    ),
    "when": (
        "지난봄에",
        "여름 동안",
        "이달 초에",
        "선거를 앞두고",
        "가을에",
        "몇 년의 지연 끝에",
        "이번 주에",
        "삼월 말에",
    ),
    "did": (
        "고치기로 했다",
        "되살리는 운동을 시작했다",
        "조용히 다시 열었다",
        "겨울 내내 손보았다",
        "계속 운영하기로 했다",
        "안내서로 펴냈다",
        "새로 꾸미는 계획을 세웠다",
        "조사하기 시작했다",
        "지키기 위해 돈을 모았다",
        "둘러싸고 나무를 심었다",
    ),
    "because": (
        "방문객들이 자꾸 물어보았기 때문이다",
        "어르신들이 쉽게 찾아올 수 있게 하려는 것이다",
        "날씨 때문에 공사가 더디었지만 멈추지 않았다",
        "긴 주민 회의 끝에 정해진 일이다",
        "건물이 낡아 위험해졌기 때문이다",
        "전국 단위 단체가 도움을 주었다",
        "예산이 넉넉하지 않은데도 결정되었다",
        "도로 공사로 길이 막힌 동안 진행되었다",
    ),
    "said": (
        "관계자는 이미 늦은 일이라고 말했다",
        "담당자는 찾는 사람이 늘기를 바란다고 했다",
        "위원장은 시간을 내준 모든 이에게 감사했다",
        "주민들은 값이 오를까 걱정했다",
        "책임자는 유월에는 문을 열 수 있다고 내다봤다",
        "교사들은 아이들도 함께하길 바란다",
        "시 측은 실수가 있었다고 인정했다",
        "의회는 내년에 보고서를 내겠다고 약속했다",
    ),
}


def _sentences(language: str, rng: random.Random) -> Iterator[str]:
    """Sentences of the news, none twice: each a different choice from the word lists."""
    words = _EN if language == "en" else _KO
    seen: set[str] = set()
    while True:
        who, did, what, when = (rng.choice(words[k]) for k in ("who", "did", "what", "when"))
        because, said = rng.choice(words["because"]), rng.choice(words["said"])
        if language == "en":
            first = f"{who} {did} {what} {when}, {because}."
            second = f"{rng.choice(('The organiser', 'A spokesperson', 'Its chair'))} {said}."
            sentence = first if rng.random() < 0.5 else f"{first} {second}"
        else:
            sentence = f"{who} {when} {what} {did}. {because}."
            if rng.random() < 0.5:
                sentence += f" {said}."
        if sentence not in seen:
            seen.add(sentence)
            yield sentence


def _paragraphs(language: str, rng: random.Random) -> Iterator[list[str]]:
    """Paragraphs of two to five sentences, as words."""
    sentences = _sentences(language, rng)
    while True:
        yield " ".join(next(sentences) for _ in range(rng.randint(2, 5))).split()


_TITLES = {
    "en": ("What our neighbours built this year", "Small projects, big changes in town"),
    "ko": ("올해 이웃들이 함께 만든 것들", "작은 사업이 바꾼 우리 동네"),
}
_DECKS = {
    "en": "From the tide mill to the reading room: a season of repairs, told by those who did it",
    "ko": "물레방아부터 열람실까지, 손수 고친 사람들이 들려주는 한 해의 이야기",
}


# ----------------------------------------------------------------------------- drawing


def _fill(
    draw: ImageDraw.ImageDraw,
    face: ImageFont.FreeTypeFont,
    words: list[str],
    left: int,
    top: int,
    width: int,
    last: bool,
) -> str:
    """One line of `words` from `left`, justified across `width` unless it is a paragraph's
    `last` line; its text."""
    space = draw.textlength(" ", font=face)
    spread = 0.0
    if not last and len(words) > 1:
        inked = sum(draw.textlength(word, font=face) for word in words)
        spread = (width - inked) / (len(words) - 1) - space
    x = float(left)
    for word in words:
        draw.text((round(x), top), word, font=face, fill=INK)
        x += draw.textlength(word, font=face) + space + spread
    return " ".join(words)


def generate(spec: Spec) -> ColumnPage:
    """The page of `spec`, drawn, with its truth."""
    rng = random.Random(spec.seed)
    width, height = SIZES["a4"]
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    body_file, bold_file = FONTS[spec.language]
    body = font(body_file, BODY_POINTS[spec.columns])
    margin = round(15 / 25.4 * 300)
    title = _TITLES[spec.language][spec.columns - 2]
    deck = _DECKS[spec.language]
    y = margin
    draw.text((margin, y), title, font=font(bold_file, 22), fill=INK)
    y += round(font(bold_file, 22).size * 1.5)
    deck_face = font(bold_file, 10)
    draw.text((margin, y), deck, font=deck_face, fill=INK)
    y += round(deck_face.size * 2.2)

    gutter = round(GUTTER_MM[spec.columns] / 25.4 * 300)
    column_width = (width - 2 * margin - (spec.columns - 1) * gutter) // spec.columns
    pitch = round(body.size * 1.22)
    rows = (height - margin - y) // pitch
    paragraphs = _paragraphs(spec.language, rng)
    pending: list[str] = []
    spaced = True  # no blank line at a column's top nor twice in a row
    columns: list[str] = []
    for column in range(spec.columns):
        left = margin + column * (column_width + gutter)
        if column and spec.columns == 3:  # a newspaper's thin rule down the gutter
            rule_x = left - gutter // 2
            draw.line([(rule_x, y), (rule_x, y + rows * pitch)], fill=INK, width=2)
        lines: list[str] = []
        for row in range(rows):
            if not pending:
                if not spaced and row and rng.random() < 0.5:  # between some paragraphs
                    spaced = True
                    continue
                pending = next(paragraphs)
            spaced = False
            taken: list[str] = []
            while pending and draw.textlength(" ".join([*taken, pending[0]]), font=body) <= (
                column_width
            ):
                taken.append(pending.pop(0))
            if not taken:  # a word wider than the column: it does not happen with these
                taken.append(pending.pop(0))
            top = y + row * pitch
            lines.append(_fill(draw, body, taken, left, top, column_width, not pending))
        columns.append("\n".join(lines))
    picture = cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)
    return ColumnPage(picture, (title, deck), tuple(columns), LANGUAGES[spec.language])


# ----------------------------------------------------------------------------- photos


def at_an_angle(page: np.ndarray, seed: int) -> np.ndarray:
    """`page` photographed at an angle by the 8 MP camera: corners strayed 12 % of the
    page's size (the camera not straight above), turned up to 6 degrees."""
    taken = Look(seed, page_height=0.85, tilt=0.12, shade=0.4, blur=1.0)
    frame = photograph(page, taken)
    angle = np.random.default_rng(seed).uniform(-6, 6)
    return turned(frame, angle)


def looks_of(spec: Spec) -> tuple[str, ...]:
    """The looks a page is photographed in: "angle" only for two columns."""
    return LOOKS if spec.columns == 2 else LOOKS[:2]


def take(page: np.ndarray, look: str, seed: int) -> np.ndarray:
    """`page` photographed in `look` (one of LOOKS)."""
    return at_an_angle(page, seed) if look == "angle" else photo(page, look, seed)


@dataclass(frozen=True)
class ColumnPhoto:
    """One photographed page, with the page it shows."""

    name: str
    image: np.ndarray
    page: ColumnPage


def photos(wanted: str = "") -> Iterator[ColumnPhoto]:
    """Every page in each of its looks whose name holds `wanted`, made as it is asked
    for (an 8 MP frame is 24 MB)."""
    for spec in specs():
        names = {look: f"{spec.name}_{look}" for look in looks_of(spec)}
        if not any(wanted in name for name in names.values()):
            continue
        page = generate(spec)
        for look, name in names.items():
            if wanted in name:
                yield ColumnPhoto(
                    name, take(page.image, look, spec.seed * 10 + LOOKS.index(look)), page
                )
