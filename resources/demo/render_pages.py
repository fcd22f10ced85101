"""Render the two demo letters (demo_en.png, demo_ko.png) and their ground truth (.txt).

The PNGs are shipped; this script is their provenance. Run it from anywhere:

    python resources/demo/render_pages.py

It needs Pillow and the fonts from Debian's fonts-dejavu-core and fonts-nanum packages.
The pages are large-print letters (big sans-serif type, as large-print guidance asks for), so
that a 1080p demo frame, where the page fills ~92 % of the height, has an x-height of about
20 px and reads well with Tesseract.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/nanum"))

# A portrait page (3:4). A 1080p demo frame draws it ~994 px high: 1 px here is 0.62 px there.
PAGE_SIZE = (1200, 1600)
MARGIN_X = 96
MARGIN_TOP = 110
LINE_SPACING = 1.42
GREY_LEVELS = 16  # anti-aliasing kept to 16 greys: smaller PNGs, no visible loss


@dataclass(frozen=True)
class Letter:
    """One page: fonts, sizes and paragraphs (a paragraph is wrapped to the page width)."""

    code: str
    regular: str
    bold: str
    body_size: int
    heading_size: int
    heading: str
    paragraphs: tuple[str, ...]


LETTERS = (
    Letter(
        code="en",
        regular="DejaVuSans.ttf",
        bold="DejaVuSans-Bold.ttf",
        body_size=58,
        heading_size=70,
        heading="Riverside Library",
        paragraphs=(
            "12 March 2025",
            "Dear Ms Kim,",
            "The large print book you asked for, The Quiet Garden by Anna Reyes, "
            "has arrived. We will keep it for you at the front desk until 28 March.",
            "Our talking book club meets on Thursdays at 2 pm in the reading room. "
            "New members are always welcome.",
            "Kind regards, Maria Lopez",
        ),
    ),
    Letter(
        code="ko",
        regular="NanumGothic.ttf",
        bold="NanumGothicBold.ttf",
        body_size=62,
        heading_size=74,
        heading="햇살약국 복약 안내",
        paragraphs=(
            "2025년 3월 12일",
            "김민지 님께",
            "처방하신 혈압약을 준비해 두었습니다. 이 약은 하루에 한 번, 아침 식사 후에 드십시오.",
            "약을 드신 뒤 어지러우면 천천히 일어나십시오. 다음 처방은 "
            "4월 10일까지 받으시면 됩니다.",
            "궁금한 점이 있으면 언제든지 전화해 주십시오. 전화 02-555-0142",
            "햇살약국 약사 박서준 드림",
        ),
    ),
)


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    """Load a font from the Debian font folders, or say which package is missing."""
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    sys.exit(f"{name} not found: install fonts-dejavu-core and fonts-nanum")


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Break `text` at spaces (Korean breaks between words too) so each line fits `width`."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and face.getlength(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def render(letter: Letter) -> tuple[Image.Image, list[str]]:
    """Draw the letter on white paper; returns the page and the lines drawn (blank = gap)."""
    page = Image.new("L", PAGE_SIZE, 255)
    draw = ImageDraw.Draw(page)
    body = font(letter.regular, letter.body_size)
    heading = font(letter.bold, letter.heading_size)
    text_width = PAGE_SIZE[0] - 2 * MARGIN_X
    y = MARGIN_TOP
    draw.text((MARGIN_X, y), letter.heading, font=heading, fill=0)
    lines = [letter.heading, ""]
    y += round(letter.heading_size * LINE_SPACING * 1.35)
    step = round(letter.body_size * LINE_SPACING)
    for number, paragraph in enumerate(letter.paragraphs):
        for line in wrap(paragraph, body, text_width):
            draw.text((MARGIN_X, y), line, font=body, fill=0)
            lines.append(line)
            y += step
        if number < len(letter.paragraphs) - 1:
            lines.append("")
            y += step // 2
    if y > PAGE_SIZE[1] - MARGIN_X // 2:
        sys.exit(f"demo_{letter.code}: the text runs off the page (y={y})")
    return page, lines


def quantise(page: Image.Image) -> Image.Image:
    """Keep a few grey levels so the anti-aliased edges compress well."""
    step = 255 / (GREY_LEVELS - 1)
    values = np.round(np.asarray(page, dtype=np.float32) / step) * step
    return Image.fromarray(values.round().astype(np.uint8))


def main() -> None:
    for letter in LETTERS:
        page, lines = render(letter)
        png = HERE / f"demo_{letter.code}.png"
        quantise(page).save(png, optimize=True)
        (HERE / f"demo_{letter.code}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{png.name}: {png.stat().st_size / 1024:.0f} KB, {len(lines)} lines")


if __name__ == "__main__":
    main()
