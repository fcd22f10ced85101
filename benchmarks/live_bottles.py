"""Make camera-like videos of bottles and tins turned under a document camera.

For `benchmarks/live_label.py` and the turning-label tests (`core/live/label.py`). A
bottle or tin lies on a desk with its axis running up the picture, seen from straight
above; a printed label (drawn flat with PIL and real fonts, in English, Korean or both) is
wrapped around it, and the object is turned about its axis: slowly through a whole turn,
half a turn, back and forth in a hand that shakes a little. The picture of a label on a
cylinder seen from far away is the cylindrical projection: the image column at distance x
from the axis shows the label at angle asin(x / R), so the label's column
(asin(x / R) + phase) * R, darker towards the edges where the surface turns away.

Beside each video goes its truth (JSON): the label's lines in reading order (panel by
panel, left to right around the label), its words, the lines whose whole width passed
the front of the object (all of them for a whole turn; half of them for a half turn), and
when the turn began and ended (came full circle, or stopped).
Videos go to a folder the caller gives (a temporary one): never into the repository.

Run alone to write the videos: python benchmarks/live_bottles.py OUT_DIR [--quick]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONTS = Path("/usr/share/fonts/truetype")
LATIN_FONT = FONTS / "dejavu/DejaVuSans.ttf"
LATIN_BOLD = FONTS / "dejavu/DejaVuSans-Bold.ttf"
HANGUL_FONT = FONTS / "nanum/NanumBarunGothic.ttf"
HANGUL_BOLD = FONTS / "nanum/NanumBarunGothicBold.ttf"

FULL_HD = (1920, 1080)
FPS = 30.0
#: The radius (pixels) a label is drawn for; other radii scale the drawn label.
BASE_RADIUS = 240
DESK = (70, 84, 96)  # BGR: a grey-brown desk


@dataclass(frozen=True)
class LabelDesign:
    """A label: panels side by side around the object, each a list of lines; the first
    line of the first panel is the product's name, printed large. `gap` is the blank
    (pixels at BASE_RADIUS) between panels; `long_lines` prints each panel's lines as one
    row running around the object (a tin's band of text)."""

    name: str
    panels: tuple[tuple[str, ...], ...]
    languages: str
    body_size: int = 30
    title_size: int = 46
    gap: int = 56


ENGLISH = LabelDesign(
    "english",
    (
        ("SUNNY ORCHARD", "Apple Juice", "Pressed from apples", "No added sugar"),
        ("Ingredients: apples,", "water, vitamin C", "Keep cold after", "opening the bottle"),
        ("Best before 03/2027", "One litre bottle", "Shake well"),
    ),
    "eng",
)
KOREAN = LabelDesign(
    "korean",
    (
        ("햇살 과수원", "사과 주스", "사과를 그대로 짜서", "설탕 무첨가"),
        ("원재료 사과 정제수", "비타민 함유", "개봉 후 냉장 보관", "직사광선을 피하세요"),
        ("유통기한 2027.03.14", "용량 1리터", "흔들어 드세요"),
    ),
    "kor",
)
MIXED = LabelDesign(
    "mixed",
    (
        ("GREEN TEA 녹차", "Jeju green tea", "제주 녹차 음료", "No sugar 무가당"),
        ("Best before 03/2027", "유통기한 2027.03.14", "500 ml 페트병", "Keep cool 서늘한 곳"),
    ),
    "eng+kor",
    gap=90,
)
TIN = LabelDesign(
    "tin",
    (
        (
            "OCEAN CATCH tuna chunks in spring water, net weight 150 g",
            "Ingredients: tuna, water, salt. Store in a cool dry place",
            "Once opened keep in the fridge and eat within two days",
            "Best before 03/2027 Packed in Korea for Ocean Catch Ltd",
        ),
    ),
    "eng",
    title_size=30,
    gap=150,
)
LABELS = {label.name: label for label in (ENGLISH, KOREAN, MIXED, TIN)}


@dataclass(frozen=True)
class PlacedLine:
    """A label line and where it lies on the flat label (pixels at BASE_RADIUS)."""

    text: str
    panel: int
    left: int
    right: int


@dataclass
class FlatLabel:
    """A label drawn flat: the picture (grey, white paper) as wide as the object's
    circumference at BASE_RADIUS, and its lines in reading order."""

    image: np.ndarray
    lines: list[PlacedLine] = field(default_factory=list)


def _font(text: str, size: int, bold: bool) -> ImageFont.FreeTypeFont:
    hangul = any("\uac00" <= char <= "\ud7a3" for char in text)
    path = (HANGUL_BOLD if bold else HANGUL_FONT) if hangul else LATIN_BOLD if bold else LATIN_FONT
    return _load_font(str(path), size)


@lru_cache(maxsize=32)
def _load_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def draw_label(design: LabelDesign) -> FlatLabel:
    """The flat label at BASE_RADIUS: its panels left to right, the blank seam at the end."""
    width = round(2 * math.pi * BASE_RADIUS)
    page = Image.new("L", (width, 2 * BASE_RADIUS), 248)
    draw = ImageDraw.Draw(page)
    label = FlatLabel(np.zeros(0))
    x = design.gap // 2
    max_bottom = 0
    for number, panel in enumerate(design.panels):
        y = 40
        panel_width = 0
        for index, text in enumerate(panel):
            title = number == 0 and index == 0
            font = _font(text, design.title_size if title else design.body_size, title)
            left, top, right, bottom = (round(v) for v in draw.textbbox((x, y), text, font=font))
            draw.text((x, y), text, font=font, fill=25)
            label.lines.append(PlacedLine(text, number, left, right))
            max_bottom = max(max_bottom, bottom)
            panel_width = max(panel_width, right - x)
            y += round((bottom - top) * 1.0 + font.size * 0.75)
        x += panel_width + design.gap
    if x - design.gap // 2 > width:
        raise ValueError(f"label {design.name} is {x} px wide, more than {width}")
    height = min(page.height, max_bottom + 40)
    page = page.crop((0, 0, width, height))
    draw = ImageDraw.Draw(page)
    # A coloured band top and bottom, as printed labels have.
    draw.rectangle((0, 0, width, 14), fill=150)
    draw.rectangle((0, height - 15, width, height), fill=150)
    label.image = np.asarray(page)
    return label


@dataclass(frozen=True)
class Shot:
    """One video: which label on which object, how it turns, how big and where.

    `phase(t)` is the turn (radians) at time t; `sway(t)` the hand's shift (dx, dy pixels);
    `kind` is "bottle", "tin", "box" (a flat box slid sideways, not turned) or "desk"
    (nothing on it)."""

    name: str
    label: str
    phase: Callable[[float], float]
    seconds: float
    kind: str = "bottle"
    size: tuple[int, int] = FULL_HD
    radius: int = BASE_RADIUS
    sway: Callable[[float], tuple[float, float]] = lambda t: (0.0, 0.0)
    hand: bool = False
    fps: float = FPS
    seed: int = 0


def steady_turn(start: float, turn_seconds: float, turns: float = 1.0) -> Callable[[float], float]:
    """Still until `start`, then `turns` turns in `turn_seconds`, then still."""

    def phase(t: float) -> float:
        share = min(max((t - start) / turn_seconds, 0.0), 1.0)
        return 2 * math.pi * turns * share

    return phase


def back_and_forth(
    start: float, forward: float = 120.0, back: float = 40.0, speed: float = 30.0
) -> Callable[[float], float]:
    """Turned forward `forward` degrees, back `back` degrees, and on, `speed` degrees a
    second, until a whole turn is covered, then still: a hand turning a bottle to find
    its text."""
    moves: list[float] = []
    reached = 0.0
    while reached < 360:
        moves += [forward, -back]
        reached += forward - back

    def phase(t: float) -> float:
        angle = 0.0
        clock = start
        for move in moves:
            span = abs(move) / speed
            if t < clock:
                break
            share = min((t - clock) / span, 1.0)
            angle += move * share
            clock += span + 0.3
        return math.radians(angle)

    return phase


def shaking(amplitude: float = 5.0) -> Callable[[float], tuple[float, float]]:
    """A hand's small wobble: a few pixels, a few times a second."""

    def sway(t: float) -> tuple[float, float]:
        return (
            amplitude * (math.sin(2 * math.pi * 0.7 * t) + 0.4 * math.sin(2 * math.pi * 2.3 * t)),
            0.6 * amplitude * math.sin(2 * math.pi * 1.1 * t + 1.0),
        )

    return sway


def shots(quick: bool = False) -> list[Shot]:
    """The benchmark's videos."""
    turn = 8.0 if quick else 12.0
    return [
        Shot("bottle_english", "english", steady_turn(1.0, turn), turn + 2),
        Shot("bottle_korean", "korean", steady_turn(1.0, turn), turn + 2, seed=1),
        Shot(
            "bottle_mixed_hand",
            "mixed",
            back_and_forth(1.0),
            26.0,
            sway=shaking(),
            hand=True,
            seed=2,
        ),
        Shot(
            "tin_long_lines",
            "tin",
            steady_turn(1.0, turn),
            turn + 2,
            kind="tin",
            radius=260,
            seed=3,
        ),
        Shot("bottle_half_turn", "english", steady_turn(1.0, turn / 2, 0.5), turn / 2 + 2, seed=4),
    ]


class Renderer:
    """Draws a shot's frames: the desk, the object with its label at the shot's phase."""

    def __init__(self, shot: Shot) -> None:
        self.shot = shot
        self.design = LABELS[shot.label]
        self.flat = draw_label(self.design)
        scale = shot.radius / BASE_RADIUS
        flat = self.flat.image
        size = (round(flat.shape[1] * scale), round(flat.shape[0] * scale))
        self.texture = cv2.resize(flat, size, interpolation=cv2.INTER_AREA).astype(np.float32)
        self.scale = scale
        width, height = shot.size
        rng = np.random.default_rng(shot.seed)
        grain = cv2.resize(rng.normal(0, 1, (height // 8, width // 8)), (width, height))
        streaks = cv2.resize(rng.normal(0, 1, (height, 6)), (width, height))
        desk = np.array(DESK, np.float32) * (
            1 + 0.06 * grain[..., None] + 0.05 * streaks[..., None]
        )
        self.desk = desk.astype(np.float32)
        self.noise = [rng.normal(0, 3.0, (height, width, 1)).astype(np.float32) for _ in range(4)]

    def frame(self, t: float, index: int = 0) -> np.ndarray:
        """The frame at time t (BGR uint8)."""
        shot = self.shot
        width, height = shot.size
        image = self.desk.copy()
        dx, dy = shot.sway(t)
        centre_x = width / 2 + dx
        texture = self.texture
        label_height = texture.shape[0]
        top = (height - label_height) / 2 + dy
        if shot.kind == "box":
            self._draw_box(image, t, centre_x, top)
        elif shot.kind == "desk":
            pass  # the empty desk
        else:
            self._draw_cylinder(image, shot.phase(t), centre_x, top)
        if shot.hand:
            self._draw_hand(image, centre_x, top + label_height + 0.25 * shot.radius)
        image = cv2.GaussianBlur(image, (0, 0), 0.8).astype(np.float32)
        image += self.noise[index % len(self.noise)]
        return np.clip(image, 0, 255).astype(np.uint8)

    def _draw_cylinder(self, image: np.ndarray, phase: float, centre_x: float, top: float) -> None:
        shot = self.shot
        radius = shot.radius
        height = image.shape[0]
        texture = self.texture
        circumference = texture.shape[1]
        label_height = texture.shape[0]
        left = math.floor(centre_x - radius)
        columns = np.arange(left, math.ceil(centre_x + radius) + 1)
        x = (columns + 0.5 - centre_x) / radius
        inside = np.abs(x) < 1
        columns, x = columns[inside], x[inside]
        angle = np.arcsin(x)
        u = np.mod((angle + phase) * radius * circumference / (2 * math.pi * radius), circumference)
        shade = (0.3 + 0.7 * np.cos(angle) ** 0.8).astype(np.float32)
        highlight = 1 + 0.12 * np.exp(-(((x + 0.35) / 0.08) ** 2))
        # The object's body beyond the label: glass or tin, from end to end of the picture.
        if shot.kind == "tin":
            body_top, body_bottom = top - 0.06 * radius, top + label_height + 0.06 * radius
            body = np.array((150, 150, 155), np.float32)
        else:
            body_top, body_bottom = top - 0.9 * radius, top + label_height + 0.45 * radius
            body = np.array((60, 120, 70), np.float32)  # green glass
        rows = np.arange(max(0, math.floor(body_top)), min(height, math.ceil(body_bottom)))
        region = (body[None, None, :] * (shade * highlight)[None, :, None]).astype(np.float32)
        image[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1] = region
        if shot.kind != "tin":  # the neck and cap above
            neck = np.abs(x) < 0.4
            neck_rows = slice(
                max(0, math.floor(body_top - 0.8 * radius)), max(0, math.floor(body_top))
            )
            image[neck_rows, columns[neck]] = region[:, neck][0] * 0.9
        label_rows = np.arange(max(0, math.ceil(top)), min(height, math.floor(top + label_height)))
        map_x = np.broadcast_to(u[None, :], (len(label_rows), len(u))).astype(np.float32)
        map_y = np.broadcast_to((label_rows - top)[:, None], map_x.shape).astype(np.float32)
        wrapped = np.hstack([texture, texture[:, :4]])
        paper = cv2.remap(wrapped, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        paper = paper * (shade * highlight)[None, :]
        tint = np.array((0.93, 0.97, 1.0), np.float32)  # warm paper under a warm lamp
        image[label_rows[0] : label_rows[-1] + 1, columns[0] : columns[-1] + 1] = (
            paper[..., None] * tint[None, None, :]
        )

    def _draw_box(self, image: np.ndarray, t: float, centre_x: float, top: float) -> None:
        """A flat carton printed with the label's front, slid sideways by the phase."""
        radius = self.shot.radius
        texture = self.texture
        width = 2 * radius
        shift = self.shot.phase(t) * radius
        left = round(centre_x - radius + shift)
        height, frame_width = image.shape[:2]
        face = texture[:, :width]
        y0 = max(0, round(top))
        rows = min(face.shape[0], height - y0)
        x0, x1 = max(0, left), min(frame_width, left + width)
        if x1 <= x0:
            return
        patch = face[:rows, x0 - left : x1 - left] * 0.95
        image[y0 - 30 : y0 + rows + 30, x0:x1] = (200, 190, 180)
        image[y0 : y0 + rows, x0:x1] = patch[..., None]

    def _draw_hand(self, image: np.ndarray, centre_x: float, y: float) -> None:
        """Fingers round the object's lower end, below the label."""
        radius = self.shot.radius
        skin = (120, 150, 200)
        for finger in range(4):
            fy = int(y + finger * 0.22 * radius)
            cv2.ellipse(
                image,
                (int(centre_x), fy),
                (int(1.15 * radius), int(0.1 * radius)),
                0,
                0,
                360,
                skin,
                -1,
            )

    def seen_lines(self) -> list[str]:
        """The label's lines whose whole width passed the object's front (within 30° of it),
        in the label's order."""
        shot = self.shot
        times = np.arange(0, shot.seconds, 1 / shot.fps)
        phases = [shot.phase(float(t)) for t in times]
        # The label's column at the front, at BASE_RADIUS: phase * BASE_RADIUS.
        reach = math.radians(30) * BASE_RADIUS
        low = min(phases) * BASE_RADIUS - reach
        high = max(phases) * BASE_RADIUS + reach
        circumference = self.flat.image.shape[1]
        if high - low >= circumference:
            return [line.text for line in self.flat.lines]
        seen = []
        for line in self.flat.lines:
            for offset in (0, circumference, -circumference):
                if low <= line.left + offset and line.right + offset <= high:
                    seen.append(line.text)
                    break
        return seen

    def frames(self) -> Iterator[tuple[float, np.ndarray]]:
        """(time, frame) for the whole shot."""
        count = round(self.shot.seconds * self.shot.fps)
        for index in range(count):
            t = index / self.shot.fps
            yield t, self.frame(t, index)


def turn_times(shot: Shot) -> tuple[float, float]:
    """When the shot's turn begins and ends: ends where it came full circle (the turns
    swept cover the whole label), else where it last moved."""
    times = np.arange(0, shot.seconds, 1 / shot.fps)
    phases = np.array([shot.phase(float(t)) for t in times])
    moved = np.flatnonzero(np.abs(np.diff(phases)) > 1e-9)
    if not len(moved):
        return 0.0, 0.0
    start, end = float(times[moved[0]]), float(times[moved[-1] + 1])
    swept = np.maximum.accumulate(phases) - np.minimum.accumulate(phases)
    circle = np.flatnonzero(swept >= 2 * math.pi - 1e-9)
    if len(circle):
        end = float(times[circle[0]])
    return round(start, 3), round(end, 3)


def truth(renderer: Renderer) -> dict[str, object]:
    """The shot's truth: its label's lines, panels, words and the lines seen whole."""
    flat = renderer.flat
    lines = [line.text for line in flat.lines]
    panels = [
        [line.text for line in flat.lines if line.panel == number]
        for number in range(len(renderer.design.panels))
    ]
    seen = renderer.seen_lines()
    turn_start, turn_end = turn_times(renderer.shot)
    return {
        "label": renderer.design.name,
        "languages": renderer.design.languages,
        "kind": renderer.shot.kind,
        "lines": lines,
        "panels": panels,
        "words": " ".join(lines).split(),
        "seen_lines": seen,
        "seen_words": " ".join(seen).split(),
        "fps": renderer.shot.fps,
        "seconds": renderer.shot.seconds,
        "turn_start": turn_start,
        "turn_end": turn_end,
        "size": list(renderer.shot.size),
    }


def write(shot: Shot, folder: Path) -> tuple[Path, Path]:
    """Write the shot's video (mp4v) and its truth (JSON) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    renderer = Renderer(shot)
    video = folder / f"{shot.name}.mp4"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter.fourcc(*"mp4v"), shot.fps, shot.size)
    try:
        for _, frame in renderer.frames():
            writer.write(frame)
    finally:
        writer.release()
    facts = folder / f"{shot.name}.json"
    facts.write_text(json.dumps(truth(renderer), ensure_ascii=False, indent=1), encoding="utf-8")
    return video, facts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the videos (not the repository)")
    parser.add_argument("--quick", action="store_true", help="shorter turns")
    args = parser.parse_args()
    for shot in shots(args.quick):
        video, _ = write(shot, args.out)
        print(video)
    return 0


if __name__ == "__main__":
    sys.exit(main())
