"""Group photos the face detector has never seen: the shared faces pasted onto scenes.

The shared data has one group selfie, whose faces are not counted. These photos are made
here, the same on every run (seeded): the single-face photos of ../shared/data/faces (each
cut out with its hair and some background, edges feathered) pasted at face heights from
32 to 200 pixels onto scenes: the shared photos without faces, the document photos, and
plain room-like backgrounds (a wall, a floor, a window, furniture blocks). Photos are
1280×720 and 1920×1080, 5–9 faces each, some faces small, none overlapping; light, blur,
noise and JPEG compression vary a little per face and per photo.

Ground truth is each pasted face's box (the detector's box on the source photo, carried
over): a detection counts as found when its box overlaps a true one by IoU ≥ 0.3, and as
a false face when it overlaps none.

Used by benchmarks/faces.py (the group table). Run alone to write the photos to a folder
and look at them: python benchmarks/group_photos.py /tmp/groups
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
FACES = SHARED / "faces"
SIZES = (32, 40, 48, 64, 80, 100, 130, 160, 200)
"""Pasted face heights in pixels (the detector's box height)."""
FRAMES = ((1280, 720), (1920, 1080))
MATCH_IOU = 0.3


@dataclass(frozen=True)
class Cutout:
    """A face cut from a source photo: pixels, a soft mask, and the face box inside it."""

    image: np.ndarray
    mask: np.ndarray  # float32 0..1, same height and width
    box: tuple[float, float, float, float]  # x, y, width, height in cutout pixels
    person: str


@dataclass(frozen=True)
class GroupPhoto:
    """One generated group photo and the boxes of the faces pasted into it."""

    name: str
    image: np.ndarray
    boxes: list[tuple[int, int, int, int]]
    sizes: list[int]


def cutouts(find_box: Callable[[np.ndarray], tuple[int, int, int, int] | None]) -> list[Cutout]:
    """Each single-face shared photo's face, with a margin of half a face around it.

    `find_box` gives the face box in a source photo (the benchmark passes the detector's
    biggest face on the full photo, where faces are large and found reliably).
    """
    with (FACES / "labels.csv").open(encoding="utf-8") as stream:
        rows = [row for row in csv.DictReader(stream) if row["faces"] == "1"]
    found = []
    for row in rows:
        image = cv2.imread(str(FACES / row["file"]))
        if image is None:
            continue
        box = find_box(image)
        if box is None:
            continue
        x, y, w, h = box
        margin_x, margin_y = int(w * 0.5), int(h * 0.6)
        x0, y0 = max(0, x - margin_x), max(0, y - margin_y)
        x1 = min(image.shape[1], x + w + margin_x)
        y1 = min(image.shape[0], y + h + margin_y)
        crop = image[y0:y1, x0:x1]
        mask = np.zeros(crop.shape[:2], np.float32)
        centre = ((x + w / 2) - x0, (y + h / 2) - y0)
        axes = (w * 0.5 + margin_x * 0.8, h * 0.5 + margin_y * 0.8)
        cv2.ellipse(
            mask,
            (round(centre[0]), round(centre[1])),
            (round(axes[0]), round(axes[1])),
            0,
            0,
            360,
            1.0,
            -1,
        )
        mask = cv2.GaussianBlur(mask, (0, 0), max(1.0, w * 0.08))
        found.append(Cutout(crop, mask, (x - x0, y - y0, w, h), row["identity"]))
    return found


def scenes() -> list[np.ndarray]:
    """Backgrounds: the shared photos without faces, document photos, and generated rooms."""
    found = []
    for path in sorted((FACES / "no_faces").glob("*")):
        image = cv2.imread(str(path))
        if image is not None:
            found.append(image)
    camera = SHARED / "documents" / "camera"
    for path in sorted((camera / "receipts").glob("*.jpg"))[:3] + sorted(
        (camera / "no_ground_truth").glob("*.jpg")
    ):
        image = cv2.imread(str(path))
        if image is not None:
            found.append(image)
    rng = np.random.default_rng(7)
    found.extend(room(rng) for _ in range(4))
    return found


def room(rng: np.random.Generator, size: tuple[int, int] = (1920, 1080)) -> np.ndarray:
    """A plain room: a shaded wall, a floor, a window, a few furniture blocks, some grain."""
    width, height = size
    wall = rng.uniform(120, 220, 3)
    image = np.empty((height, width, 3), np.float32)
    shade = np.linspace(0.75, 1.1, width, dtype=np.float32)[None, :, None]
    image[:] = wall[None, None, :] * shade
    floor_y = int(height * rng.uniform(0.55, 0.75))
    image[floor_y:] = rng.uniform(50, 140, 3)
    wx, wy = int(rng.uniform(0.05, 0.6) * width), int(height * 0.1)
    cv2.rectangle(image, (wx, wy), (wx + width // 4, wy + height // 3), (235, 235, 230), -1)
    cv2.rectangle(image, (wx, wy), (wx + width // 4, wy + height // 3), (90, 80, 70), 12)
    for _ in range(4):
        x = int(rng.uniform(0, width * 0.85))
        w, h = int(rng.uniform(0.08, 0.3) * width), int(rng.uniform(0.1, 0.35) * height)
        y = floor_y - h + int(rng.uniform(0, 0.1) * height)
        colour = tuple(float(c) for c in rng.uniform(30, 200, 3))
        cv2.rectangle(image, (x, y), (x + w, y + h), colour, -1)
    image += cv2.GaussianBlur(rng.normal(0, 8, (height, width)).astype(np.float32), (0, 0), 2)[
        ..., None
    ]
    return np.clip(image, 0, 255).astype(np.uint8)


def fill(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """The picture scaled and cropped to fill a width×height frame, as a camera would give."""
    scale = max(width / image.shape[1], height / image.shape[0])
    resized = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    y = (resized.shape[0] - height) // 2
    x = (resized.shape[1] - width) // 2
    return np.ascontiguousarray(resized[y : y + height, x : x + width])


def _overlaps(box: tuple[int, int, int, int], taken: Sequence[tuple[int, int, int, int]]) -> bool:
    x, y, w, h = box
    for tx, ty, tw, th in taken:
        if x < tx + tw and tx < x + w and y < ty + th and ty < y + h:
            return True
    return False


def group_photo(
    seed: int, cuts: Sequence[Cutout], backgrounds: Sequence[np.ndarray], frame: tuple[int, int]
) -> GroupPhoto:
    """One photo: a scene filling `frame`, 5–9 faces pasted at sizes from SIZES."""
    rng = np.random.default_rng(seed)
    width, height = frame
    canvas = fill(backgrounds[seed % len(backgrounds)], width, height).astype(np.float32)
    canvas *= rng.uniform(0.8, 1.1)
    count = int(rng.integers(5, 10))
    boxes: list[tuple[int, int, int, int]] = []
    sizes: list[int] = []
    areas: list[tuple[int, int, int, int]] = []  # pasted cutouts, kept apart
    order = rng.permutation(len(cuts))
    for index in order[: count * 3]:
        if len(boxes) >= count:
            break
        cut = cuts[int(index)]
        size = int(rng.choice(SIZES))
        # A 1280×720 photo gets faces up to 160 px, 1080p up to 200.
        size = min(size, height // 4)
        scale = size / cut.box[3]
        cw, ch = round(cut.image.shape[1] * scale), round(cut.image.shape[0] * scale)
        if cw >= width or ch >= height or cw < 4 or ch < 4:
            continue
        for _ in range(20):
            x, y = int(rng.integers(0, width - cw)), int(rng.integers(0, height - ch))
            if not _overlaps((x, y, cw, ch), areas):
                break
        else:
            continue
        pixels = cv2.resize(cut.image, (cw, ch), interpolation=cv2.INTER_AREA).astype(np.float32)
        pixels *= rng.uniform(0.75, 1.2)
        sigma = rng.uniform(0, 0.8)
        if sigma > 0.3:
            pixels = cv2.GaussianBlur(pixels, (0, 0), sigma)
        alpha = cv2.resize(cut.mask, (cw, ch), interpolation=cv2.INTER_LINEAR)[..., None]
        region = canvas[y : y + ch, x : x + cw]
        canvas[y : y + ch, x : x + cw] = region * (1 - alpha) + pixels * alpha
        bx, by, bw, bh = (v * scale for v in cut.box)
        boxes.append((round(x + bx), round(y + by), round(bw), round(bh)))
        sizes.append(size)
        areas.append((x, y, cw, ch))
    canvas += rng.normal(0, 3, canvas.shape).astype(np.float32)
    image = np.clip(canvas, 0, 255).astype(np.uint8)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(80, 95))])
    assert ok
    image = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    return GroupPhoto(f"group-{width}x{height}-{seed:02d}", image, boxes, sizes)


def group_photos(
    find_box: Callable[[np.ndarray], tuple[int, int, int, int] | None], count: int = 24
) -> list[GroupPhoto]:
    """`count` photos, half 1280×720 and half 1920×1080, the same on every run."""
    cuts = cutouts(find_box)
    backgrounds = scenes()
    return [group_photo(seed, cuts, backgrounds, FRAMES[seed % 2]) for seed in range(count)]


def iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Intersection over union of two (x, y, width, height) boxes."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    w = min(ax + aw, bx + bw) - max(ax, bx)
    h = min(ay + ah, by + bh) - max(ay, by)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return inter / float(aw * ah + bw * bh - inter)


def score(
    truth: Sequence[tuple[int, int, int, int]], found: Sequence[tuple[int, int, int, int]]
) -> tuple[list[bool], int]:
    """Which true faces were found (IoU ≥ MATCH_IOU, each detection used once) and how many
    detections were false."""
    used: set[int] = set()
    hits = []
    for box in truth:
        best, best_iou = -1, MATCH_IOU
        for index, candidate in enumerate(found):
            value = iou(box, candidate)
            if index not in used and value >= best_iou:
                best, best_iou = index, value
        if best >= 0:
            used.add(best)
        hits.append(best >= 0)
    return hits, len(found) - len(used)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from core.faces.mediapipe_detector import MediaPipeDetector

    detector = MediaPipeDetector()

    def biggest(image: np.ndarray) -> tuple[int, int, int, int] | None:
        faces = detector.detect(image)
        if not faces:
            return None
        b = max(faces, key=lambda face: face.box.height).box
        return (b.x, b.y, b.width, b.height)

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/groups")
    folder.mkdir(parents=True, exist_ok=True)
    for photo in group_photos(biggest):
        image = photo.image.copy()
        for x, y, w, h in photo.boxes:
            cv2.rectangle(image, (x, y), (x + w, y + h), (0, 255, 0), 1)
        cv2.imwrite(str(folder / f"{photo.name}.jpg"), image)
    detector.close()
    print(f"Wrote the photos to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
