"""Make camera-like videos of box labels held under a document camera, with their truth.

For `benchmarks/live_text.py` (issue 23, live text) and its tests. A video is 1080p at
30 fps, seen from above: a dark desk, and a box whose top face carries printed lines
(English, Korean, mixed: a product name, "Net wt 400 g", "Best before 14/03/2027",
"유통기한 2027.03.14", ingredients, a phone number, and the same line printed twice). A hand
holds the box by an edge, so it is never quite still: every frame moves it by a fraction of a
pixel to a few pixels, and turns it by up to half a degree. Scenarios: a box slid in and
held; turned to show another face; taken away and brought back; two boxes one after the
other; a box pushed in so slowly that its lines come into view one by one; a box held still
(for the cost of watching nothing new) and an empty desk.

The truth of a video is a list of line *appearances*: one line of one face, from the frame
it first shows until it leaves the frame or its face is turned away. Each gives `text`,
`object`, `face`, `appear_id`, `visible_from` (s, the first frame showing any of it),
`readable_from` (s: the first frame where the whole line is inside the frame, not under the
hand, on a face not being turned, and not moving fast), `readable_until`, `gone_at` (s: the
first frame that no longer shows it) and `box` (its box in the frame at `readable_from`,
x0 y0 x1 y1). A line never readable in its appearance has `readable_from` None. It is written
beside the video as NAME.json. Videos go to a folder the caller gives: never into the
repository.

Run alone to write the videos and look at them: python benchmarks/live_videos.py OUT_DIR
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.document_pages import font_path  # noqa: E402
from benchmarks.scene_videos import SKIN, desk, draw_hand  # noqa: E402

SIZE = (1920, 1080)
FPS = 30.0
#: A line moving more than this many pixels from one frame to the next is moving fast: a
#: hand's tremor moves it 1-2 px, a box slid in 20-60 px.
FAST = 5.0
#: A face drawn narrower than this share of its width is being turned: not readable.
SQUARE = 0.97
#: Every line is this far inside the frame to count as inside it.
EDGE = 2
#: Speech's pace, for which boxes are held long enough: about 170 words a minute in
#: English; a Hangul syllable takes as long as two Latin letters.
SECONDS_PER_CHARACTER = 0.06
INK = (30, 30, 35)  # BGR
SANS = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
HANGUL_SANS = {False: "NanumGothic.ttf", True: "NanumGothicBold.ttf"}
HANGUL_SCALE = 1.12  # Nanum Gothic's letters are smaller than DejaVu's at the same size


# Printed faces --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Printed:
    """One printed line: its text, letter size in pixels at 1080p, bold, and ink (BGR)."""

    text: str
    size: int = 34
    bold: bool = False
    ink: tuple[int, int, int] = INK


@dataclass(frozen=True)
class FaceSpec:
    """A box face to print: its card colour (BGR) and its lines, top to bottom."""

    name: str
    card: tuple[int, int, int]
    lines: tuple[Printed, ...]


@dataclass
class Face:
    """A printed face: the picture, and each line's text and box in the picture's pixels."""

    name: str
    image: np.ndarray
    lines: list[tuple[str, tuple[int, int, int, int]]]


@dataclass(frozen=True)
class BoxSpec:
    name: str
    faces: tuple[FaceSpec, ...]


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= char <= "\ud7a3" for char in text)


@cache
def _font(file_name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(file_name), size)


#: Room left of the lines, right of the longest (where the holding fingers lie) and between.
MARGIN, HOLD_ROOM, GAP = 44, 200, 18


def print_face(spec: FaceSpec) -> Face:
    """Draw the face's lines left-aligned on its card, with a darker rim like a box's edge."""
    fonts = [
        _font(HANGUL_SANS[p.bold], round(p.size * HANGUL_SCALE))
        if _has_hangul(p.text)
        else _font(SANS[p.bold], p.size)
        for p in spec.lines
    ]
    scratch = ImageDraw.Draw(Image.new("RGB", (8, 8)))
    boxes = [
        scratch.textbbox((0, 0), p.text, font=f) for p, f in zip(spec.lines, fonts, strict=True)
    ]
    width = MARGIN + round(max(box[2] for box in boxes)) + HOLD_ROOM
    height = MARGIN * 2 + sum(round(f.size) + 2 * GAP for f in fonts)
    picture = Image.new("RGB", (width, height), spec.card[::-1])
    draw = ImageDraw.Draw(picture)
    lines: list[tuple[str, tuple[int, int, int, int]]] = []
    y = MARGIN
    for printed, font in zip(spec.lines, fonts, strict=True):
        y += GAP if printed.size >= 50 and lines else 0  # room under a heading
        draw.text((MARGIN, y), printed.text, font=font, fill=printed.ink[::-1])
        left, top, right, bottom = draw.textbbox((MARGIN, y), printed.text, font=font)
        lines.append((printed.text, (round(left), round(top), round(right), round(bottom))))
        y += round(font.size) + GAP
    image = cv2.cvtColor(np.asarray(picture), cv2.COLOR_RGB2BGR)
    rim = np.array(spec.card, np.float32) * 0.72
    cv2.rectangle(image, (0, 0), (width - 1, height - 1), rim.tolist(), 6)
    image = cv2.GaussianBlur(image, (0, 0), 0.7)  # a camera's lens is never quite sharp
    return Face(spec.name, image, lines)


CREAM, SUN, SKY, MINT = (214, 236, 246), (150, 222, 250), (240, 222, 196), (212, 238, 214)
RED, BLUE, GREEN = (40, 40, 170), (140, 70, 30), (40, 110, 40)

BOXES: dict[str, BoxSpec] = {
    "oats": BoxSpec(
        "oats",
        (
            FaceSpec(
                "front",
                CREAM,
                (
                    Printed("Oat Crunch", 60, True, RED),
                    Printed("Whole grain oat clusters"),
                    Printed("Net wt 400 g"),
                    Printed("Best before 14/03/2027"),
                    Printed("Ingredients: oats, sugar, honey, salt", 30),
                    Printed("Call 1-800-555-0199", 30),
                ),
            ),
            FaceSpec(
                "back",
                CREAM,
                (
                    Printed("Nutrition per 40 g serving", 36, True),
                    Printed("Energy 620 kJ / 148 kcal"),
                    Printed("Protein 4.2 g"),
                    Printed("Store in a cool dry place"),
                ),
            ),
        ),
    ),
    "mango": BoxSpec(
        "mango",
        (
            FaceSpec(
                "front",
                SUN,
                (
                    Printed("Mango Juice 망고 주스", 56, True, BLUE),
                    Printed("Shake well"),
                    Printed("1 L"),
                    Printed("유통기한 2027.03.14"),
                    Printed("Shake well"),
                    Printed("고객센터 080-023-5114", 30),
                ),
            ),
            FaceSpec(
                "side",
                SUN,
                (
                    Printed("원재료명: 망고 퓌레 60%, 정제수", 32),
                    Printed("보관방법: 개봉 후 냉장 보관", 32),
                    Printed("제조원: 한빛식품(주)", 32),
                ),
            ),
        ),
    ),
    "tea": BoxSpec(
        "tea",
        (
            FaceSpec(
                "front",
                MINT,
                (
                    Printed("녹차 티백", 60, True, GREEN),
                    Printed("국내산 녹차 100%"),
                    Printed("내용량 40 g (2 g x 20)"),
                    Printed("유통기한 2026.11.30"),
                    Printed("뜨거운 물에 2분 우려 주세요", 30),
                ),
            ),
        ),
    ),
    "tablets": BoxSpec(
        "tablets",
        (
            FaceSpec(
                "front",
                SKY,
                (
                    Printed("Ibuprofen 200 mg", 56, True, BLUE),
                    Printed("24 coated tablets"),
                    Printed("Take 1 or 2 tablets with water"),
                    Printed("Do not take more than 6 in 24 hours", 30),
                    Printed("EXP 09/2026"),
                    Printed("Keep out of reach of children", 30),
                ),
            ),
        ),
    ),
}


@cache
def printed(box: str) -> tuple[Face, ...]:
    return tuple(print_face(face) for face in BOXES[box].faces)


def speaking_seconds(text: str) -> float:
    """How long `text` takes to say."""
    hangul = sum("\uac00" <= char <= "\ud7a3" for char in text)
    return max(0.3, SECONDS_PER_CHARACTER * (len(" ".join(text.split())) + hangul))


def held_for(box: str, face: int, quick: bool) -> float:
    """Seconds a face is held: time to say all its lines, and some to spare (a reading,
    and an expiry date said on its own)."""
    saying = sum(speaking_seconds(spec.text) for spec in BOXES[box].faces[face].lines)
    return round(saying + (3.0 if quick else 4.0), 1)


# Shots and scripts ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Shot:
    """One frame's layout: which box (None: an empty desk), the face up, the box's centre,
    its turn in degrees, a turn in progress (the next face and how far, 0-1), and where the
    hand holds it ("right", "below" or None)."""

    box: str | None
    face: int = 0
    centre: tuple[float, float] = (0.0, 0.0)
    angle: float = 0.0
    turn_to: int | None = None
    turn: float = 0.0
    hand: str | None = "right"


def _ease(t: float) -> float:
    return 1 - (1 - t) ** 3


class Tremor:
    """A hand's small motion: slow drifts of a few pixels and half a degree, plus a little
    every frame, so the box is never perfectly still."""

    def __init__(self, seed: int, pixels: float = 3.0, degrees: float = 0.5) -> None:
        rng = np.random.default_rng(seed)
        self.phases = rng.uniform(0, 2 * math.pi, 6)
        self.rates = rng.uniform(0.25, 1.2, 6)  # Hz
        self.rng = rng
        self.pixels, self.degrees = pixels, degrees

    def at(self, t: float) -> tuple[float, float, float]:
        waves = [
            math.sin(2 * math.pi * r * t + p) for r, p in zip(self.rates, self.phases, strict=True)
        ]
        shake = self.rng.normal(0, 0.35, 3)
        dx = self.pixels * 0.5 * (waves[0] + waves[1]) + shake[0]
        dy = self.pixels * 0.5 * (waves[2] + waves[3]) + shake[1]
        return dx, dy, self.degrees * 0.5 * (waves[4] + waves[5]) + 0.05 * shake[2]


class Script:
    """Builds a scenario's shots, second by second."""

    def __init__(self, seed: int = 0, fps: float = FPS, size: tuple[int, int] = SIZE) -> None:
        self.fps, self.size = fps, size
        self.shots: list[Shot] = []
        self.tremor = Tremor(seed)

    def frames(self, seconds: float) -> int:
        return max(1, round(seconds * self.fps))

    @property
    def now(self) -> float:
        return len(self.shots) / self.fps

    def rest(self) -> tuple[float, float]:
        return self.size[0] / 2, self.size[1] / 2

    def _held(self, box: str, face: int, centre: tuple[float, float], hand: str, **kw: Any) -> Shot:
        dx, dy, angle = self.tremor.at(self.now)
        return Shot(box, face, (centre[0] + dx, centre[1] + dy), angle, hand=hand, **kw)

    def empty(self, seconds: float) -> None:
        self.shots += [Shot(None)] * self.frames(seconds)

    def _outside(self, box: str, face: int, side: str) -> tuple[float, float]:
        width, height = _extent(box, face)
        x, y = self.rest()
        if side == "right":
            return self.size[0] + width / 2 + HOLD_ROOM + 260, y
        return x, self.size[1] + height / 2 + 200  # "below"

    def move(
        self,
        box: str,
        face: int,
        seconds: float,
        *,
        into: bool,
        side: str = "right",
        ease: bool = True,
    ) -> None:
        """The box slid in from `side` to the middle (into=True) or back out that way."""
        start, end = self._outside(box, face, side), self.rest()
        if not into:
            start, end = end, start
        count = self.frames(seconds)
        for step in range(1, count + 1):
            share = step / count
            share = (_ease(share) if into else 1 - _ease(1 - share)) if ease else share
            centre = (
                start[0] + (end[0] - start[0]) * share,
                start[1] + (end[1] - start[1]) * share,
            )
            self.shots.append(
                self._held(box, face, centre, "right" if side == "right" else "below")
            )

    def hold(self, box: str, face: int, seconds: float, hand: str = "right") -> None:
        for _ in range(self.frames(seconds)):
            self.shots.append(self._held(box, face, self.rest(), hand))

    def turn(self, box: str, face: int, to: int, seconds: float = 0.6) -> None:
        """The box turned in the hand about its upright axis: the face narrows as the next
        one widens beside it."""
        count = self.frames(seconds)
        for step in range(1, count):
            self.shots.append(
                self._held(box, face, self.rest(), "right", turn_to=to, turn=step / count)
            )


def _extent(box: str, face: int) -> tuple[int, int]:
    image = printed(box)[face].image
    return image.shape[1], image.shape[0]


# Drawing --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Drawn:
    """A face as drawn in a frame: which, the affine map from its pixels to the frame's,
    and how wide it is drawn (1 is square on; less while turning)."""

    face: int
    matrix: np.ndarray
    squash: float


def drawn_faces(shot: Shot) -> list[Drawn]:
    """The faces a shot shows: one, or two side by side while the box is being turned."""
    if shot.box is None:
        return []
    faces = printed(shot.box)
    parts = [(shot.face, math.cos(shot.turn * math.pi / 2))]
    if shot.turn_to is not None:
        parts.append((shot.turn_to, math.sin(shot.turn * math.pi / 2)))
    parts = [(face, squash) for face, squash in parts if squash > 0.02]
    total = sum(faces[face].image.shape[1] * squash for face, squash in parts)
    radians = math.radians(shot.angle)
    cos, sin = math.cos(radians), math.sin(radians)
    out, left = [], -total / 2
    for face, squash in parts:
        height = faces[face].image.shape[0]
        # face pixel (u, v) -> local (left + u*squash, v - height/2) -> turned, moved
        a, b = squash * cos, -sin
        c, d = squash * sin, cos
        ox, oy = left, -height / 2
        tx = shot.centre[0] + cos * ox - sin * oy
        ty = shot.centre[1] + sin * ox + cos * oy
        out.append(Drawn(face, np.array([[a, b, tx], [c, d, ty]], np.float64), squash))
        left += faces[face].image.shape[1] * squash
    return out


def _corners(matrix: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    x0, y0, x1, y1 = box
    points = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], np.float64)
    return points @ matrix.T


def _point(matrix: np.ndarray, u: float, v: float) -> tuple[float, float]:
    x, y = matrix @ (u, v, 1.0)
    return float(x), float(y)


def _warp_into(frame: np.ndarray, image: np.ndarray, matrix: np.ndarray, gain: float) -> None:
    """Draw `image` through `matrix` into `frame`, only over the part it covers."""
    height, width = image.shape[:2]
    corners = _corners(matrix, (0, 0, width, height))
    x0, y0 = np.floor(corners.min(axis=0)).astype(int)
    x1, y1 = np.ceil(corners.max(axis=0)).astype(int)
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, frame.shape[1]), min(y1, frame.shape[0])
    if x1 <= x0 or y1 <= y0:
        return
    local = matrix.copy()
    local[:, 2] -= (x0, y0)
    size = (x1 - x0, y1 - y0)
    warped = cv2.warpAffine(image, local, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpAffine(np.full((height, width), 255, np.uint8), local, size)
    if gain != 1.0:
        warped = cv2.convertScaleAbs(warped, alpha=gain)
    region = frame[y0:y1, x0:x1]
    region[mask > 127] = warped[mask > 127]


def draw_hand_below(frame: np.ndarray, x: int, y: int) -> None:
    """A hand-like shape with four fingers pointing up and its palm at (x, y), the arm down."""
    cv2.ellipse(frame, (x, y), (120, 95), 0, 0, 360, SKIN, -1)
    for index in range(4):
        finger_x = x - 72 + index * 48
        cv2.rectangle(frame, (finger_x - 18, y - 200), (finger_x + 18, y - 40), SKIN, -1)
        cv2.circle(frame, (finger_x, y - 200), 18, SKIN, -1)
    cv2.rectangle(frame, (x - 70, y + 60), (x + 70, y + 600), SKIN, -1)


def hand_at(shot: Shot) -> tuple[int, int] | None:
    """Where the hand's palm is: by the box's right edge near its bottom, or under its
    bottom edge near the right, following the box."""
    if shot.box is None or shot.hand is None:
        return None
    drawn = drawn_faces(shot)
    last = drawn[-1]
    width, height = printed(shot.box)[last.face].image.shape[1::-1]
    if shot.hand == "right":
        x, y = _point(last.matrix, width, height - 60)
        return round(x + 170), round(y)
    x, y = _point(last.matrix, width - 110 / max(last.squash, 0.05), height)
    return round(x), round(y + 150)


def paint_hand(frame: np.ndarray, shot: Shot) -> None:
    palm = hand_at(shot)
    if palm is None:
        return
    (draw_hand if shot.hand == "right" else draw_hand_below)(frame, *palm)


def render(shot: Shot, background: np.ndarray, speed: float = 0.0) -> np.ndarray:
    """The frame of a shot: the desk, the box's shadow and face(s), the hand; blurred along
    its way when the box moves fast (a camera's exposure)."""
    frame = background.copy()
    if shot.box is None:
        return frame
    faces = printed(shot.box)
    drawn = drawn_faces(shot)
    for part in drawn:  # a soft shadow down and right, as from a lamp up and left
        height, width = faces[part.face].image.shape[:2]
        shadow = _corners(part.matrix, (0, 0, width, height)) + np.array((14, 18))
        cv2.fillConvexPoly(frame, shadow.astype(np.int32), (30, 34, 38), cv2.LINE_AA)
    for part in drawn:
        gain = 0.6 + 0.4 * part.squash if shot.turn_to is not None else 1.0
        _warp_into(frame, faces[part.face].image, part.matrix, gain)
    paint_hand(frame, shot)
    if speed > 4:
        length = min(41, int(speed / 2) * 2 + 1)
        frame = cv2.blur(frame, (length, 1) if shot.hand == "right" else (1, length))
    return frame


# Truth ----------------------------------------------------------------------------------------
@dataclass
class Appearance:
    """One line of one face in view, from its first frame until it leaves or turns away."""

    text: str
    object: str
    face: str
    appear_id: int
    visible_from: float
    readable_from: float | None = None
    readable_until: float | None = None
    gone_at: float | None = None
    box: list[int] | None = None


@dataclass
class Clip:
    """A written video and its truth."""

    name: str
    path: Path
    fps: float
    duration: float
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def truth_path(self) -> Path:
        return self.path.with_suffix(".json")


def _hand_mask(shot: Shot, size: tuple[int, int], scale: int = 4) -> np.ndarray:
    """Where the hand is, on a frame shrunk `scale` times (what it covers, not its detail)."""
    mask = np.zeros((size[1] // scale, size[0] // scale), np.uint8)
    palm = hand_at(shot)
    if palm is None:
        return mask
    full = np.zeros((size[1], size[0]), np.uint8)
    (draw_hand if shot.hand == "right" else draw_hand_below)(full, *palm)
    return cv2.resize(full, mask.shape[::-1], interpolation=cv2.INTER_NEAREST)


def truth_of(script: Script) -> list[Appearance]:
    """Every line appearance of the script, frame by frame."""
    width, height = script.size
    open_: dict[tuple[str, int, int], Appearance] = {}
    last_place: dict[tuple[str, int, int], np.ndarray] = {}
    done: list[Appearance] = []
    count = 0
    for number, shot in enumerate(script.shots):
        t = number / script.fps
        seen: set[tuple[str, int, int]] = set()
        hand = _hand_mask(shot, script.size)
        for part in drawn_faces(shot):
            assert shot.box is not None
            face = printed(shot.box)[part.face]
            for index, (text, box) in enumerate(face.lines):
                corners = _corners(part.matrix, box)
                low, high = corners.min(axis=0), corners.max(axis=0)
                if high[0] <= 0 or high[1] <= 0 or low[0] >= width or low[1] >= height:
                    continue
                key = (shot.box, part.face, index)
                seen.add(key)
                if key not in open_:
                    count += 1
                    open_[key] = Appearance(text, shot.box, face.name, count, round(t, 3))
                inside = low[0] >= EDGE and low[1] >= EDGE and high[0] <= width - EDGE
                inside = inside and high[1] <= height - EDGE
                polygon = np.zeros_like(hand)
                cv2.fillConvexPoly(polygon, (corners / 4).astype(np.int32), 255)
                covered = bool(np.any(polygon & hand))
                previous = last_place.get(key)
                moved = math.inf if previous is None else float(np.abs(corners - previous).max())
                last_place[key] = corners
                if inside and not covered and moved <= FAST and part.squash >= SQUARE:
                    appearance = open_[key]
                    if appearance.readable_from is None:
                        appearance.readable_from = round(t, 3)
                        appearance.box = [
                            int(low[0]),
                            int(low[1]),
                            int(high[0]) + 1,
                            int(high[1]) + 1,
                        ]
                    appearance.readable_until = round(t, 3)
        for key in [key for key in open_ if key not in seen]:
            appearance = open_.pop(key)
            appearance.gone_at = round(t, 3)
            last_place.pop(key, None)
            done.append(appearance)
    end = len(script.shots) / script.fps
    for appearance in open_.values():
        appearance.gone_at = round(end, 3)
        done.append(appearance)
    return sorted(done, key=lambda a: a.appear_id)


def _speeds(script: Script) -> list[float]:
    """How far each shot's box moved since the frame before, in pixels."""
    speeds, previous = [], None
    for shot in script.shots:
        here = shot.centre if shot.box is not None else None
        if here is None or previous is None:
            speeds.append(0.0)
        else:
            speeds.append(math.hypot(here[0] - previous[0], here[1] - previous[1]))
        previous = here
    return speeds


def write(script: Script, name: str, folder: Path, seed: int = 5) -> Clip:
    """Render the script to `folder/name.mp4` (mp4v) with sensor noise, and its truth to
    `folder/name.json`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.mp4"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), script.fps, script.size)
    if not writer.isOpened():
        raise OSError(f"Cannot write {path}")
    background = desk(script.size)
    rng = np.random.default_rng(seed)
    width, height = script.size
    noises = [
        np.clip(rng.normal(0, 2.0, (height, width, 1)), 0, 255).astype(np.uint8).repeat(3, 2)
        for _ in range(4)
    ]
    for number, (shot, speed) in enumerate(zip(script.shots, _speeds(script), strict=True)):
        frame = render(shot, background, speed)
        up, down = noises[(number * 3) % 4], noises[(number * 3 + 1) % 4]
        writer.write(cv2.subtract(cv2.add(frame, up), down))
    writer.release()
    clip = Clip(name, path, script.fps, len(script.shots) / script.fps, truth_of(script))
    clip.truth_path.write_text(json.dumps(truth_json(clip), ensure_ascii=False, indent=1))
    return clip


def truth_json(clip: Clip) -> dict[str, Any]:
    return {
        "name": clip.name,
        "fps": clip.fps,
        "duration": clip.duration,
        "appearances": [asdict(a) for a in clip.appearances],
    }


def load_truth(path: Path) -> dict[str, Any]:
    """A video's truth as written beside it."""
    data: dict[str, Any] = json.loads(path.read_text())
    return data


# Scenarios ------------------------------------------------------------------------------------
def held(quick: bool = False) -> Script:
    """A box slid in from the right by a hand, held there, and taken away."""
    script = Script(seed=1)
    script.empty(1.0)
    script.move("oats", 0, 1.0, into=True)
    script.hold("oats", 0, held_for("oats", 0, quick))
    script.move("oats", 0, 0.8, into=False)
    script.empty(1.5)
    return script


def turned(quick: bool = False) -> Script:
    """A box held, then turned in the hand to show its other face, held again."""
    script = Script(seed=2)
    script.empty(1.0)
    script.move("mango", 0, 1.0, into=True)
    script.hold("mango", 0, held_for("mango", 0, quick))
    script.turn("mango", 0, 1, 0.6)
    script.hold("mango", 1, held_for("mango", 1, quick))
    script.move("mango", 1, 0.8, into=False)
    script.empty(1.5)
    return script


def away_and_back(quick: bool = False) -> Script:
    """A box held, taken out of view, and brought back: its lines are new again."""
    script = Script(seed=3)
    script.empty(1.0)
    for _ in range(2):
        script.move("tea", 0, 1.0, into=True)
        script.hold("tea", 0, held_for("tea", 0, quick))
        script.move("tea", 0, 0.8, into=False)
        script.empty(1.5)
    return script


def two_boxes(quick: bool = False) -> Script:
    """One box, then another."""
    script = Script(seed=4)
    script.empty(1.0)
    for box, face in (("mango", 1), ("oats", 1)):
        script.move(box, face, 1.0, into=True)
        script.hold(box, face, held_for(box, face, quick))
        script.move(box, face, 0.8, into=False)
        script.empty(1.5)
    return script


def slow_entry(quick: bool = False) -> Script:
    """A box pushed up from the bottom edge so slowly that its lines come into view one by
    one, top line first."""
    script = Script(seed=5)
    script.empty(1.0)
    script.move("tablets", 0, 7.0 if quick else 9.0, into=True, side="below", ease=False)
    script.hold("tablets", 0, 5.0 if quick else 7.0, hand="below")
    script.move("tablets", 0, 0.8, into=False, side="below")
    script.empty(1.5)
    return script


def still_box(quick: bool = False) -> Script:
    """A box slid in and held, a long while: once its lines are said, nothing new is in view
    (what watching costs)."""
    script = Script(seed=6)
    script.empty(0.5)
    script.move("tea", 0, 1.0, into=True)
    script.hold("tea", 0, 14.0 if quick else 22.0)
    return script


def empty_desk(quick: bool = False) -> Script:
    """Nothing but the desk."""
    script = Script(seed=7)
    script.empty(8.0 if quick else 15.0)
    return script


SceneMaker = Callable[[bool], Script]
#: The scenarios by name, in the order they are played.
SCENES: dict[str, SceneMaker] = {
    "held": held,
    "turned": turned,
    "away_and_back": away_and_back,
    "two_boxes": two_boxes,
    "slow_entry": slow_entry,
    "still_box": still_box,
    "empty_desk": empty_desk,
}


def make_clip(name: str, folder: Path, quick: bool = False) -> Clip:
    """Write the named scenario's video and truth into `folder`."""
    return write(SCENES[name](quick), name, folder)


def main(argv: Sequence[str]) -> int:
    folder = Path(argv[0]) if argv else Path("/tmp/bitna-live-videos")
    names = list(argv[1:]) or list(SCENES)
    for name in names:
        clip = make_clip(name, folder)
        print(clip.path, f"{clip.duration:.1f} s", len(clip.appearances), "line appearances")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
