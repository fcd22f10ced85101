"""Generated test pictures for objects, codes and colours: nothing is stored, all is drawn.

- `package(seed)`: the flat front of an everyday package (cereal box, tea, soap…): a
  background colour, stripes or bands, a logo, a brand name and product words in real
  fonts, a procedural "photo" of the product, small print, sometimes a barcode.
- `banknote(seed, side)`: a note-like design (not a real note) with two different sides.
- `scene(design, …)`: the design laid on a textured table and seen by a 1280×720 camera:
  perspective, scale, rotation, blur, light level and colour cast, sensor noise.
- `ean13(digits)`, `qr(text)`: codes to print, for the code reader.
- `swatch(bgr, white_balance)`: a colour card on white paper under a coloured light.

Used by benchmarks/objects.py and by the tests (which add benchmarks/ to sys.path).
"""

from __future__ import annotations

import glob
import math
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FRAME_SIZE = (1280, 720)
DESIGN_SIZE = (420, 560)  # width, height of a package front, in pixels

_WORDS = (
    "Corn",
    "Flakes",
    "Green",
    "Tea",
    "Oat",
    "Rice",
    "Milk",
    "Soap",
    "Honey",
    "Cocoa",
    "Crackers",
    "Noodles",
    "Coffee",
    "Lemon",
    "Mint",
    "Ginger",
    "Barley",
    "Kimchi",
    "Seaweed",
    "Tissue",
    "Vitamin",
    "Aspirin",
    "Cereal",
    "Yogurt",
    "Biscuit",
    "Toffee",
    "Almond",
    "Mango",
    "Berry",
    "Classic",
    "Organic",
    "Original",
    "Family",
    "Fresh",
    "Natural",
    "Crunchy",
    "Gentle",
    "Daily",
)
_KOREAN = (
    "녹차",
    "보리차",
    "라면",
    "김",
    "우유",
    "비누",
    "꿀",
    "커피",
    "과자",
    "두유",
    "현미",
    "유자차",
    "생강",
    "미역",
    "된장",
)
_SMALL = (
    "Net",
    "wt",
    "500",
    "g",
    "Best",
    "before",
    "2027",
    "Store",
    "in",
    "a",
    "cool",
    "dry",
    "place",
    "Made",
    "in",
    "Korea",
)


@lru_cache(maxsize=1)
def _font_files() -> tuple[str, ...]:
    found = sorted(glob.glob("/usr/share/fonts/truetype/**/*.ttf", recursive=True))
    return tuple(found) or ("",)


@lru_cache(maxsize=64)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(path, size)
    except OSError:
        return ImageFont.load_default()


def _korean_font_files() -> list[str]:
    return [f for f in _font_files() if "nanum" in f.lower() or "cjk" in f.lower()]


def _text(image: np.ndarray, lines: list[tuple[str, int, tuple[int, int, int]]], rng) -> None:
    """Draw lines of text (text, size, BGR colour) down the image, in random fonts."""
    pil = Image.fromarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))
    draw = ImageDraw.Draw(pil)
    fonts = _font_files()
    korean = _korean_font_files() or list(fonts)
    y = int(rng.integers(10, 40))
    for text, size, colour in lines:
        hangul = any("\uac00" <= ch <= "\ud7a3" for ch in text)
        path = str(rng.choice(korean if hangul else fonts))
        font = _font(path, size)
        x = int(rng.integers(12, 40))
        draw.text((x, y), text, font=font, fill=(colour[2], colour[1], colour[0]))
        y += int(size * 1.25) + int(rng.integers(4, 24))
        if y > image.shape[0] - 20:
            break
    image[:] = cv2.cvtColor(np.asarray(pil), cv2.COLOR_RGB2BGR)


def _colour(rng, dark: bool | None = None) -> tuple[int, int, int]:
    hue = int(rng.integers(0, 180))
    sat = int(rng.integers(90, 255))
    if dark is None:
        dark = bool(rng.random() < 0.5)
    val = int(rng.integers(40, 110)) if dark else int(rng.integers(170, 255))
    hsv = np.uint8([[[hue, sat, val]]])
    b, g, r = cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)[0, 0]
    return int(b), int(g), int(r)


def _photo(rng, width: int, height: int) -> np.ndarray:
    """A procedural product photo: lit round shapes on a soft gradient."""
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    base = np.array(_colour(rng, dark=False), np.float32)
    gradient = (0.6 + 0.4 * (xx / width))[..., None]
    photo = (base * gradient).astype(np.float32)
    for _ in range(int(rng.integers(3, 8))):
        cx, cy = rng.integers(0, width), rng.integers(0, height)
        radius = int(rng.integers(min(width, height) // 8, min(width, height) // 3))
        colour = np.array(_colour(rng), np.float32)
        distance = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / radius
        inside = distance < 1
        shade = np.clip(1.2 - 0.6 * distance, 0.3, 1.2)[..., None]
        photo = np.where(inside[..., None], colour * shade, photo)
    noise = rng.normal(0, 6, photo.shape).astype(np.float32)
    photo = cv2.GaussianBlur(photo + noise, (0, 0), 1.2)
    return np.clip(photo, 0, 255).astype(np.uint8)


def _logo(image: np.ndarray, rng) -> None:
    cx = int(rng.integers(60, image.shape[1] - 60))
    cy = int(rng.integers(60, image.shape[0] // 3))
    colour = _colour(rng)
    kind = int(rng.integers(0, 3))
    if kind == 0:
        cv2.circle(image, (cx, cy), int(rng.integers(25, 50)), colour, -1, cv2.LINE_AA)
        cv2.circle(image, (cx, cy), int(rng.integers(10, 22)), _colour(rng), -1, cv2.LINE_AA)
    elif kind == 1:
        sides = int(rng.integers(3, 8))
        radius = int(rng.integers(25, 50))
        start = rng.random() * math.pi
        points = [
            (
                cx + radius * math.cos(start + 2 * math.pi * i / sides),
                cy + radius * math.sin(start + 2 * math.pi * i / sides),
            )
            for i in range(sides)
        ]
        cv2.fillPoly(image, [np.int32(points)], colour, cv2.LINE_AA)
    else:
        for i in range(int(rng.integers(2, 5))):
            cv2.ellipse(
                image,
                (cx, cy),
                (40 - 8 * i, 22 - 4 * i),
                float(rng.integers(0, 180)),
                0,
                360,
                _colour(rng),
                3,
                cv2.LINE_AA,
            )


def package(seed: int, with_barcode: bool = False) -> np.ndarray:
    """The front of an imaginary package, different for every seed (BGR, DESIGN_SIZE)."""
    rng = np.random.default_rng(seed)
    width, height = DESIGN_SIZE
    dark_background = bool(rng.random() < 0.5)
    image = np.full((height, width, 3), _colour(rng, dark=dark_background), np.uint8)
    ink = (255, 255, 255) if dark_background else (20, 20, 20)
    # Bands or stripes.
    for _ in range(int(rng.integers(1, 4))):
        y = int(rng.integers(0, height))
        thickness = int(rng.integers(8, 60))
        if rng.random() < 0.5:
            cv2.rectangle(image, (0, y), (width, y + thickness), _colour(rng), -1)
        else:
            points = np.int32(
                [[0, y], [width, y - 80], [width, y - 80 + thickness], [0, y + thickness]]
            )
            cv2.fillPoly(image, [points], _colour(rng), cv2.LINE_AA)
    # The product photo.
    pw, ph = int(width * rng.uniform(0.5, 0.85)), int(height * rng.uniform(0.25, 0.4))
    px = int(rng.integers(10, width - pw - 10))
    py = int(rng.integers(height // 3, height - ph - 60))
    image[py : py + ph, px : px + pw] = _photo(rng, pw, ph)
    _logo(image, rng)
    brand = " ".join(rng.choice(_WORDS, 2))
    lines = [
        (brand.upper() if rng.random() < 0.5 else brand, int(rng.integers(40, 62)), ink),
        (
            str(rng.choice(_KOREAN)) + " " + str(rng.choice(_KOREAN)),
            int(rng.integers(28, 40)),
            _colour(rng, dark=not dark_background),
        ),
        (" ".join(rng.choice(_WORDS, 3)), int(rng.integers(20, 30)), ink),
    ]
    _text(image, lines, rng)
    small = np.zeros((60, width - 20, 3), np.uint8)
    small[:] = image[height - 62 : height - 2, 10 : width - 10]
    _text(small, [(" ".join(rng.choice(_SMALL, 5)), 14, ink)], rng)
    image[height - 62 : height - 2, 10 : width - 10] = small
    if with_barcode:
        digits = "880" + "".join(str(d) for d in rng.integers(0, 10, 9))
        code = ean13(digits, module=2)
        ch, cw = code.shape[:2]
        image[height - ch - 70 : height - 70, width - cw - 12 : width - 12] = code
    return image


def banknote(seed: int, side: int) -> np.ndarray:
    """One side (0 front, 1 back) of an imaginary note: guilloche, portrait oval, numerals."""
    rng = np.random.default_rng(seed * 10 + side)
    width, height = 640, 300
    hue_rng = np.random.default_rng(seed)  # both sides share the note's colour
    base = _colour(hue_rng, dark=False)
    image = np.full((height, width, 3), base, np.uint8)
    ink = tuple(int(c * 0.45) for c in base)
    centre = (int(rng.integers(150, 490)), height // 2)
    for i in range(40):
        radius = 20 + i * 6
        phase = rng.random() * math.pi
        points = [
            (
                centre[0] + (radius + 8 * math.sin(7 * t + phase)) * math.cos(t),
                centre[1] + (radius * 0.6 + 6 * math.cos(5 * t)) * math.sin(t),
            )
            for t in np.linspace(0, 2 * math.pi, 180)
        ]
        cv2.polylines(image, [np.int32(points)], True, ink, 1, cv2.LINE_AA)
    oval = (int(rng.integers(90, 200)), height // 2)
    cv2.ellipse(image, oval, (70, 100), 0, 0, 360, tuple(int(c * 0.8) for c in base), -1)
    image[oval[1] - 60 : oval[1] + 60, oval[0] - 45 : oval[0] + 45] = _photo(rng, 90, 120)
    value = str(rng.choice(["1000", "5000", "10000", "50000", "1", "5", "10", "20", "100"]))
    _text(image, [(value, 70, ink), ("BANK OF NOWHERE " + value, 26, ink)], rng)
    serial = "".join(str(d) for d in rng.integers(0, 10, 8))
    cv2.putText(
        image,
        "AB " + serial,
        (width - 230, height - 20),
        cv2.FONT_HERSHEY_SIMPLEX,
        0.8,
        ink,
        2,
        cv2.LINE_AA,
    )
    return image


def table(rng, size: tuple[int, int] = FRAME_SIZE) -> np.ndarray:
    """A plain, slightly textured table top (wood-like streaks, or a grey desk)."""
    width, height = size
    base = np.array(
        [rng.integers(60, 140), rng.integers(80, 160), rng.integers(100, 190)], np.float32
    )
    streaks = cv2.resize(rng.normal(0, 12, (height // 8, 4)).astype(np.float32), (width, height))
    image = base[None, None, :] + streaks[..., None] + rng.normal(0, 3, (height, width, 1))
    return np.clip(image, 0, 255).astype(np.uint8)


def scene(
    design: np.ndarray,
    rng: np.random.Generator,
    *,
    scale: float = 1.0,
    rotation: float = 0.0,
    tilt: float = 0.0,
    blur: float = 0.0,
    light: float = 1.0,
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0),
    background: np.ndarray | None = None,
    size: tuple[int, int] = FRAME_SIZE,
) -> np.ndarray:
    """The design on a table seen by the camera; `scale` 1 makes it half the frame's height.

    `tilt` (degrees) leans the design away from the camera about a random axis, which gives
    perspective; `rotation` turns it in the image plane; `light` multiplies brightness and
    `cast` the (B, G, R) channels, as a lamp's colour would.
    """
    width, height = size
    frame = table(rng, size) if background is None else background.copy()
    dh, dw = design.shape[:2]
    target = 0.5 * height * scale / dh
    corners = (
        np.float32([[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]])
        * target
    )
    # Perspective: rotate the flat card in 3-D about an axis in its plane, then project.
    axis = rng.random() * math.pi
    t = math.radians(tilt)
    focal = 1.2 * width
    points3 = np.column_stack([corners, np.zeros(4, np.float32)])
    ax = np.array([math.cos(axis), math.sin(axis), 0.0])
    rot, _ = cv2.Rodrigues(ax * t)
    points3 = points3 @ rot.T
    depth = focal + points3[:, 2]
    projected = points3[:, :2] * (focal / depth)[:, None]
    angle = math.radians(rotation)
    spin = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    projected = projected @ spin.T
    centre = np.array(
        [width / 2 + rng.uniform(-0.15, 0.15) * width, height / 2 + rng.uniform(-0.1, 0.1) * height]
    )
    projected += centre
    source = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    matrix = cv2.getPerspectiveTransform(source, np.float32(projected))
    warped = cv2.warpPerspective(design, matrix, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((dh, dw), 255, np.uint8), matrix, size)
    frame = np.where(mask[..., None] > 127, warped, frame)
    image = frame.astype(np.float32) * light * np.array(cast, np.float32)[None, None, :]
    if blur > 0:
        image = cv2.GaussianBlur(image, (0, 0), blur)
    image += rng.normal(0, 2.5, image.shape)
    return np.clip(image, 0, 255).astype(np.uint8)


# Codes ---------------------------------------------------------------------------------------
_EAN_L = (
    "0001101",
    "0011001",
    "0010011",
    "0111101",
    "0100011",
    "0110001",
    "0101111",
    "0111011",
    "0110111",
    "0001011",
)
_EAN_G = tuple("".join("1" if b == "0" else "0" for b in code)[::-1] for code in _EAN_L)
_EAN_R = tuple("".join("1" if b == "0" else "0" for b in code) for code in _EAN_L)
_EAN_PARITY = (
    "LLLLLL",
    "LLGLGG",
    "LLGGLG",
    "LLGGGL",
    "LGLLGG",
    "LGGLLG",
    "LGGGLL",
    "LGLGLG",
    "LGLGGL",
    "LGGLGL",
)


def ean13_check_digit(twelve: str) -> str:
    """The 13th digit of an EAN-13 number."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve))
    return str((10 - total % 10) % 10)


def ean13(digits: str, module: int = 3, height: int | None = None) -> np.ndarray:
    """An EAN-13 barcode (12 digits given, check digit added) with quiet zones, as BGR."""
    digits = digits[:12]
    digits += ean13_check_digit(digits)
    parity = _EAN_PARITY[int(digits[0])]
    bits = "101"
    for i, d in enumerate(digits[1:7]):
        bits += (_EAN_L if parity[i] == "L" else _EAN_G)[int(d)]
    bits += "01010"
    for d in digits[7:]:
        bits += _EAN_R[int(d)]
    bits += "101"
    quiet = 11
    row = np.array([0 if b == "1" else 255 for b in "0" * quiet + bits + "0" * quiet], np.uint8)
    row = np.repeat(row, module)
    bar_height = height or module * 40
    image = np.tile(row, (bar_height, 1))
    image = np.vstack(
        [
            np.full((module * 4, row.size), 255, np.uint8),
            image,
            np.full((module * 4, row.size), 255, np.uint8),
        ]
    )
    return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)


def qr(text: str, module: int = 8) -> np.ndarray:
    """A QR code of `text` with a quiet zone, as BGR."""
    encoder = cv2.QRCodeEncoder.create()
    code = encoder.encode(text)
    code = cv2.resize(code, None, fx=module, fy=module, interpolation=cv2.INTER_NEAREST)
    code = cv2.copyMakeBorder(
        code, 4 * module, 4 * module, 4 * module, 4 * module, cv2.BORDER_CONSTANT, value=255
    )
    return cv2.cvtColor(code, cv2.COLOR_GRAY2BGR)


def on_paper(code: np.ndarray, margin: int = 40) -> np.ndarray:
    """A code printed on a white label."""
    return cv2.copyMakeBorder(
        code, margin, margin, margin, margin, cv2.BORDER_CONSTANT, value=(245, 245, 245)
    )


# Colours -------------------------------------------------------------------------------------
WHITE_BALANCES: dict[str, tuple[float, float, float]] = {
    "daylight": (1.0, 1.0, 1.0),
    "warm lamp": (0.62, 0.85, 1.0),  # ~3000 K: blue weak, red strong (B, G, R gains)
    "cool shade": (1.0, 0.93, 0.74),  # ~7500 K: blue strong
}


def swatch(
    bgr: tuple[int, int, int],
    white_balance: str,
    rng: np.random.Generator,
    *,
    stripes: tuple[int, int, int] | None = None,
    size: tuple[int, int] = FRAME_SIZE,
) -> np.ndarray:
    """A colour card on white paper on a table, lit by a lamp of the given white balance."""
    width, height = size
    frame = table(rng, size).astype(np.float32)
    paper = (int(width * 0.2), int(height * 0.1), int(width * 0.8), int(height * 0.9))
    cv2.rectangle(frame, paper[:2], paper[2:], (238, 238, 238), -1)
    card = (int(width * 0.36), int(height * 0.28), int(width * 0.64), int(height * 0.72))
    cv2.rectangle(frame, card[:2], card[2:], bgr, -1)
    if stripes is not None:
        step = (card[3] - card[1]) // 6
        for y in range(card[1] + step // 2, card[3], step):
            cv2.rectangle(frame, (card[0], y), (card[2], y + step // 3), stripes, -1)
    exposure = rng.uniform(0.85, 1.05)
    frame *= np.array(WHITE_BALANCES[white_balance], np.float32)[None, None, :] * exposure
    frame = cv2.GaussianBlur(frame, (0, 0), 1.0) + rng.normal(0, 2.0, frame.shape)
    return np.clip(frame, 0, 255).astype(np.uint8)
