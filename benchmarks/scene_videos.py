"""Make camera-like videos of pages being put down, held, shaken, relit and turned.

For `benchmarks/autocapture.py` and the hands-free tests. A video shows pages from
../shared/data/documents on a dark desk: a page slides in, is held still, a hand-like shape
reaches over it and takes it away, the next arrives. Other scenarios shake the camera,
change the light, or leave one page for a minute. Each frame's truth comes with it: which
page is at rest in view, whether anything moved since the frame before, and since when the
view has been at rest. Videos go to a folder the caller gives (a temporary one): never
into the repository.

Run alone to write the videos and look at them: python benchmarks/scene_videos.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import cv2
import numpy as np

SIZE = (1280, 720)
FPS = 15.0
DESK = (58, 66, 74)  # BGR: a dark grey-brown desk
SKIN = (125, 160, 210)
#: Pages as (file under documents/, crop as fractions left, top, right, bottom).
PAGES: tuple[tuple[str, tuple[float, float, float, float]], ...] = (
    ("scans/phototest.tif", (0, 0, 1, 1)),
    ("scans/eurotext.tif", (0, 0, 1, 1)),
    ("scans/8087_054.3B.tif", (0.05, 0.04, 0.95, 0.40)),
    ("scans/testocr.png", (0, 0, 1, 1)),
    ("scans/8071_093.3B.tif", (0.04, 0.05, 0.50, 0.60)),
    ("scans/8087_054.3B.tif", (0.05, 0.55, 0.95, 0.95)),
)


@dataclass(frozen=True)
class FrameTruth:
    """What a frame shows: the page at rest (None while none is), whether anything moved
    since the previous frame, and since when (seconds) the view has been at rest."""

    page: int | None
    moving: bool
    rest_since: float | None


@dataclass
class Clip:
    """A written video and the truth of each of its frames."""

    name: str
    path: Path
    fps: float
    truth: list[FrameTruth] = field(default_factory=list)

    def rests(self) -> list[tuple[int, float]]:
        """(page, time it came to rest) for every spell a page is at rest."""
        spells: list[tuple[int, float]] = []
        for item in self.truth:
            if item.page is None or item.rest_since is None:
                continue
            if not spells or spells[-1][1] != item.rest_since:
                spells.append((item.page, item.rest_since))
        return spells


def load_pages(documents: Path, count: int = len(PAGES)) -> list[np.ndarray]:
    """The pages as BGR images on slightly warm paper."""
    pages = []
    for name, (left, top, right, bottom) in PAGES[:count]:
        image = cv2.imread(str(documents / name), cv2.IMREAD_COLOR)
        if image is None:
            raise FileNotFoundError(documents / name)
        height, width = image.shape[:2]
        rows = slice(int(top * height), int(bottom * height))
        image = image[rows, int(left * width) : int(right * width)]
        paper = np.array([236, 244, 248], np.float32) / 255  # off-white, like paper
        pages.append((image.astype(np.float32) * paper).astype(np.uint8))
    return pages


def fit(page: np.ndarray, size: tuple[int, int] = SIZE, share: float = 0.86) -> np.ndarray:
    """`page` scaled to fill `share` of the frame's height (and at most 70 % of its width)."""
    width, height = size
    scale = min(share * height / page.shape[0], 0.7 * width / page.shape[1])
    return cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def desk(size: tuple[int, int] = SIZE, seed: int = 3) -> np.ndarray:
    """A dark desk with a faint grain, the same for every frame of a video."""
    width, height = size
    rng = np.random.default_rng(seed)
    grain = cv2.resize(rng.normal(0, 6, (height // 16, width // 16)).astype(np.float32), size)
    base = np.empty((height, width, 3), np.float32)
    base[:] = DESK
    return np.clip(base + grain[..., None], 0, 255).astype(np.uint8)


def place(background: np.ndarray, page: np.ndarray, x: int, y: int, angle: float = 0.0) -> None:
    """Draw `page` with its top-left corner at (x, y), turned by `angle` degrees about its
    centre, clipped to `background` (in place)."""
    height, width = background.shape[:2]
    if angle:
        centre = (x + page.shape[1] / 2, y + page.shape[0] / 2)
        matrix = cv2.getRotationMatrix2D((page.shape[1] / 2, page.shape[0] / 2), angle, 1.0)
        matrix[0, 2] += centre[0] - page.shape[1] / 2
        matrix[1, 2] += centre[1] - page.shape[0] / 2
        warped = cv2.warpAffine(page, matrix, (width, height))
        mask = cv2.warpAffine(np.full(page.shape[:2], 255, np.uint8), matrix, (width, height))
        background[mask > 127] = warped[mask > 127]
        return
    left, top = max(0, x), max(0, y)
    right, bottom = min(width, x + page.shape[1]), min(height, y + page.shape[0])
    if right > left and bottom > top:
        background[top:bottom, left:right] = page[top - y : bottom - y, left - x : right - x]


def draw_hand(frame: np.ndarray, x: int, y: int) -> None:
    """A hand-like shape (palm and four fingers pointing left) with its palm at (x, y)."""
    cv2.ellipse(frame, (x, y), (95, 120), 0, 0, 360, SKIN, -1)
    for index in range(4):
        finger_y = y - 75 + index * 48
        cv2.rectangle(frame, (x - 230, finger_y - 18), (x - 40, finger_y + 18), SKIN, -1)
        cv2.circle(frame, (x - 230, finger_y), 18, SKIN, -1)
    cv2.rectangle(frame, (x + 60, y - 70), (x + 400, y + 70), SKIN, -1)  # the arm


@dataclass(frozen=True)
class Shot:
    """One frame's layout: a page (index, x, y) or none, a hand or none, and the light."""

    page: tuple[int, int, int] | None
    hand: tuple[int, int] | None = None
    gain: float = 1.0


def _ease(t: float) -> float:
    return 1 - (1 - t) ** 3


class Script:
    """Builds a scenario's shots, second by second."""

    def __init__(self, pages: Sequence[np.ndarray], fps: float = FPS, size: tuple[int, int] = SIZE):
        self.pages, self.fps, self.size = pages, fps, size
        self.shots: list[Shot] = []
        self.gain = 1.0

    def frames(self, seconds: float) -> int:
        return max(1, round(seconds * self.fps))

    def rest_xy(self, index: int) -> tuple[int, int]:
        page = self.pages[index]
        return (self.size[0] - page.shape[1]) // 2, (self.size[1] - page.shape[0]) // 2

    def empty(self, seconds: float) -> None:
        self.shots += [Shot(None, None, self.gain)] * self.frames(seconds)

    def slide_in(self, index: int, seconds: float = 0.8) -> None:
        x, y = self.rest_xy(index)
        start = self.size[0] + 10
        count = self.frames(seconds)
        for step in range(1, count + 1):
            position = round(start + (x - start) * _ease(step / count))
            lift = round(30 * (1 - step / count))  # it comes in a little high, and settles
            self.shots.append(Shot((index, position, y + lift), None, self.gain))

    def hold(self, index: int, seconds: float, jitter: float = 0.0, seed: int = 0) -> None:
        x, y = self.rest_xy(index)
        rng = np.random.default_rng(seed)
        last = (0, 0)
        for _ in range(self.frames(seconds)):
            dx, dy = 0, 0
            if jitter:
                while True:  # each shaken frame moves at least 3 px from the one before
                    angle = rng.uniform(0, 2 * np.pi)
                    radius = rng.uniform(3, jitter)
                    dx, dy = round(radius * np.cos(angle)), round(radius * np.sin(angle))
                    if abs(dx - last[0]) + abs(dy - last[1]) >= 3:
                        break
                last = (dx, dy)
            self.shots.append(Shot((index, x + dx, y + dy), None, self.gain))

    def relight(self, index: int, seconds: float, to_gain: float) -> None:
        x, y = self.rest_xy(index)
        count, start = self.frames(seconds), self.gain
        for step in range(1, count + 1):
            self.gain = start + (to_gain - start) * step / count
            self.shots.append(Shot((index, x, y), None, self.gain))

    def turn(self, index: int, seconds: float = 1.2) -> None:
        """A hand comes in from the right over the page, takes it and leaves to the left."""
        x, y = self.rest_xy(index)
        page = self.pages[index]
        reach = self.frames(seconds / 2)
        hand_y = y + page.shape[0] // 2
        start_x, grip_x = self.size[0] + 250, x + 200
        for step in range(1, reach + 1):
            hand_x = round(start_x + (grip_x - start_x) * step / reach)
            self.shots.append(Shot((index, x, y), (hand_x, hand_y), self.gain))
        away = self.frames(seconds / 2)
        for step in range(1, away + 1):
            shift = round((x + page.shape[1] + 20) * step / away)
            self.shots.append(Shot((index, x - shift, y), (grip_x - shift, hand_y), self.gain))


def render(shot: Shot, pages: Sequence[np.ndarray], background: np.ndarray) -> np.ndarray:
    frame = background.copy()
    if shot.page is not None:
        index, x, y = shot.page
        place(frame, pages[index], x, y)
    if shot.hand is not None:
        draw_hand(frame, *shot.hand)
    if shot.gain != 1.0:
        frame = cv2.convertScaleAbs(frame, alpha=shot.gain)
    return frame


def truths(script: Script) -> list[FrameTruth]:
    out: list[FrameTruth] = []
    rest_since: float | None = None
    for number, shot in enumerate(script.shots):
        previous = script.shots[number - 1] if number else None
        moving = previous is None or (shot.page, shot.hand) != (previous.page, previous.hand)
        at_rest = (
            shot.page is not None
            and shot.hand is None
            and shot.page[1:] == script.rest_xy(shot.page[0])
        )
        if not at_rest:
            rest_since = None
        elif moving or rest_since is None:
            rest_since = number / script.fps
        out.append(FrameTruth(shot.page[0] if at_rest and shot.page else None, moving, rest_since))
    return out


def write(script: Script, name: str, folder: Path, seed: int = 5) -> Clip:
    """Render the script to `folder/name.avi` (MJPG, as a webcam sends) with sensor noise."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), script.fps, script.size)
    if not writer.isOpened():
        raise OSError(f"Cannot write {path}")
    background = desk(script.size)
    rng = np.random.default_rng(seed)
    height, width = script.size[1], script.size[0]
    noises = [rng.normal(0, 2.0, (height, width, 1)).astype(np.int16) for _ in range(6)]
    for number, shot in enumerate(script.shots):
        frame = render(shot, script.pages, background).astype(np.int16)
        frame += noises[(number * 7 + int(rng.integers(6))) % 6]
        writer.write(np.clip(frame, 0, 255).astype(np.uint8))
    writer.release()
    clip = Clip(name, path, script.fps, truths(script))
    path.with_suffix(".json").write_text(json.dumps([asdict(t) for t in clip.truth]))
    return clip


# Scenarios -----------------------------------------------------------------------------------
def turning(pages: Sequence[np.ndarray], hold: float = 2.0) -> Script:
    """Page after page: slide in, hold, a hand takes it away."""
    script = Script(pages)
    script.empty(0.5)
    for index in range(len(pages)):
        script.slide_in(index)
        script.hold(index, hold)
        script.turn(index)
    script.empty(0.5)
    return script


def shaking(pages: Sequence[np.ndarray]) -> Script:
    """The camera shakes while each page lies there, and settles again between shakes."""
    script = Script(pages)
    script.empty(0.5)
    for index in range(len(pages)):
        script.slide_in(index)
        script.hold(index, 1.5)
        script.hold(index, 1.0, jitter=8, seed=index)
        script.hold(index, 1.5)
        script.hold(index, 0.6, jitter=5, seed=index + 10)
        script.hold(index, 1.0)
        script.turn(index)
    return script


def lighting(pages: Sequence[np.ndarray]) -> Script:
    """The light dims slowly, then is switched back on at once, while a page lies there."""
    script = Script(pages)
    script.empty(0.5)
    for index in range(len(pages)):
        script.slide_in(index)
        script.hold(index, 1.5)
        script.relight(index, 1.5, 0.6)
        script.hold(index, 1.0)
        script.relight(index, 1.0 / FPS, 1.0)  # the lamp goes back on
        script.hold(index, 1.5)
        script.turn(index)
    return script


def long_stay(pages: Sequence[np.ndarray], seconds: float = 60.0) -> Script:
    """One page that stays for a minute."""
    script = Script(pages[:1])
    script.empty(0.5)
    script.slide_in(0)
    script.hold(0, seconds)
    script.turn(0)
    return script


SCENARIOS = {"turning": turning, "shaking": shaking, "lighting": lighting, "long": long_stay}


def make_clips(
    documents: Path, folder: Path, names: Sequence[str] = tuple(SCENARIOS)
) -> list[Clip]:
    """Write the named scenarios' videos to `folder`."""
    pages = [fit(page) for page in load_pages(documents)]
    chosen = {"turning": pages, "shaking": pages[:3], "lighting": pages[3:6], "long": pages[1:2]}
    return [write(SCENARIOS[name](chosen[name]), name, folder) for name in names]


# Framing test frames ------------------------------------------------------------------------
@dataclass(frozen=True)
class FramingCase:
    """A frame with one thing wrong: `expect` is a side cut off, or a problem's name."""

    name: str
    frame: np.ndarray
    expect: str


def framing_cases(
    documents: Path, count: int = 4, size: tuple[int, int] = SIZE
) -> Iterator[FramingCase]:
    """Each page cut off at each side by a quarter, plus too far, dark, glare, tilted, none."""
    background = desk(size)
    width, height = size
    for number, raw in enumerate(load_pages(documents, count)):
        page = fit(raw, size, 0.8)
        x, y = (width - page.shape[1]) // 2, (height - page.shape[0]) // 2
        cut_x, cut_y = page.shape[1] // 4, page.shape[0] // 4
        for side, (px, py) in {
            "left": (-cut_x, y),
            "right": (width - page.shape[1] + cut_x, y),
            "top": (x, -cut_y),
            "bottom": (x, height - page.shape[0] + cut_y),
        }.items():
            frame = background.copy()
            place(frame, page, px, py)
            yield FramingCase(f"page{number}-cut-{side}", frame, side)
        frame = background.copy()
        place(frame, page, x, y)
        yield FramingCase(f"page{number}-good", frame, "ok")
        small = cv2.resize(page, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
        frame = background.copy()
        place(frame, small, (width - small.shape[1]) // 2, (height - small.shape[0]) // 2)
        yield FramingCase(f"page{number}-far", frame, "too-far")
        frame = background.copy()
        place(frame, page, x, y)
        yield FramingCase(f"page{number}-dark", cv2.convertScaleAbs(frame, alpha=0.18), "too-dark")
        glare = (frame.astype(np.float32) * 0.78).astype(np.uint8)
        spot = np.zeros(frame.shape[:2], np.float32)
        centre = (x + page.shape[1] // 2, y + page.shape[0] // 3)
        axes = (page.shape[1] // 4, page.shape[0] // 6)
        cv2.ellipse(spot, centre, axes, 0, 0, 360, 1.0, -1)
        spot = cv2.GaussianBlur(spot, (0, 0), 12)[..., None]
        shone = (glare * (1 - spot) + 255 * spot).astype(np.uint8)
        yield FramingCase(f"page{number}-glare", shone, "glare")
        frame = background.copy()
        tilted = fit(raw, size, 0.62)
        centre_x, centre_y = (width - tilted.shape[1]) // 2, (height - tilted.shape[0]) // 2
        place(frame, tilted, centre_x, centre_y, angle=22)
        yield FramingCase(f"page{number}-tilted", frame, "tilted")
    yield FramingCase("empty-desk", background.copy(), "no-page")


def main(argv: Sequence[str]) -> int:
    root = Path(__file__).resolve().parents[1]
    documents = root.parent / "shared" / "data" / "documents"
    folder = Path(argv[0]) if argv else Path("/tmp/bitna-scene-videos")
    for clip in make_clips(documents, folder):
        print(clip.path, len(clip.truth), "frames")
    for case in framing_cases(documents):
        cv2.imwrite(str(folder / f"framing-{case.name}.png"), case.frame)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
