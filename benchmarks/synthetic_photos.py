"""Camera photos the pipeline has never seen: the demo letters photographed on a desk.

The shared data has one Korean photo (a road sign) and no photo of a Korean page, and the
pipeline's thresholds were tuned on the shared photos. These frames are made here, the
same on every run (seeded): a demo page (resources/demo) in perspective on a grainy desk,
lit from one side, slightly blurred, with sensor noise and JPEG compression, at 8 MP.
Variations: the page large or small in the frame, upright, lying sideways either way or
upside down, and by webcam (1080p, 720p) with the page running off the frame.

Blind readers' main complaint is a wrong reading order on pages with columns, and the demo
letters have none: the shared scans with columns or mixed layout (the two UNLV magazine
pages, phototest, eurotext; ../shared/data/documents/scans, found by ocr_accuracy.py) are
photographed the same way, when the shared data is there.

Used by benchmarks/ocr_accuracy.py (group "synthetic"). Run alone to write the frames to
a folder and look at them: python benchmarks/synthetic_photos.py /tmp/frames
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
#: An 8 MP phone or document-camera frame, landscape.
FRAME = (3264, 2448)
#: Quarter turns of the whole frame (np.rot90): upright, sideways either way.
TURNS = (0, 1, 3)


@dataclass(frozen=True)
class Look:
    """How one synthetic photo is taken."""

    seed: int
    turns: int = 0
    page_height: float = 0.8  # share of the frame's height the page spans
    tilt: float = 0.08  # how far corners stray, as a share of the page's size
    shade: float = 0.4  # how much darker the far side is
    blur: float = 1.2  # Gaussian blur sigma, frame pixels
    frame: tuple[int, int] = FRAME  # width, height


def photograph(page: np.ndarray, look: Look) -> np.ndarray:
    """`page` (BGR) photographed on a desk as `look` says; BGR, JPEG-compressed."""
    rng = np.random.default_rng(look.seed)
    width, height = look.frame
    grain = cv2.resize(rng.normal(0, 20, (height // 40, width)).astype(np.float32), look.frame)
    blotches = cv2.GaussianBlur(rng.normal(0, 25, (height, width)).astype(np.float32), (0, 0), 8)
    desk = rng.uniform(60, 140, 3).astype(np.float32) + (grain + blotches)[..., None]
    page_rows, page_columns = page.shape[:2]
    shown_height = height * look.page_height
    shown_width = shown_height * page_columns / page_rows
    centre_x = width / 2 + rng.uniform(-0.05, 0.05) * width
    centre_y = height / 2 + rng.uniform(-0.03, 0.03) * height
    half = np.array([shown_width / 2, shown_height / 2], np.float32)
    square = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float32)
    corners = np.array([centre_x, centre_y], np.float32) + square * half
    corners += rng.uniform(-look.tilt, look.tilt, (4, 2)).astype(np.float32) * 2 * half
    corners_of_page = [[0, 0], [page_columns, 0], [page_columns, page_rows], [0, page_rows]]
    source = np.array(corners_of_page, np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners)
    shown = cv2.warpPerspective(page.astype(np.float32), matrix, look.frame, flags=cv2.INTER_AREA)
    cover = cv2.warpPerspective(np.ones(page.shape[:2], np.float32), matrix, look.frame)
    cover = cover[..., None]
    frame = desk * (1 - cover) + shown * cover
    rows, columns = np.mgrid[0:height, 0:width].astype(np.float32)
    towards_x, towards_y = rng.uniform(-1, 1, 2)
    slope = towards_x * (columns / width - 0.5) + towards_y * (rows / height - 0.5)
    light = 1 - look.shade * (0.5 + 0.5 * slope)
    frame = frame * light[..., None] * rng.uniform(0.85, 1.0, 3).astype(np.float32)
    frame = cv2.GaussianBlur(frame, (0, 0), look.blur)
    frame += rng.normal(0, 4, frame.shape).astype(np.float32)
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    if look.turns:
        frame = np.ascontiguousarray(np.rot90(frame, look.turns))
    _, encoded = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 85])
    decoded = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    assert decoded is not None
    return decoded


def turned(frame: np.ndarray, angle: float) -> np.ndarray:
    """`frame` turned `angle` degrees counter-clockwise (the page not square to the camera),
    its edges filled from the picture, and saved again as a camera's JPEG."""
    rows, columns = frame.shape[:2]
    matrix = cv2.getRotationMatrix2D((columns / 2, rows / 2), angle, 1.0)
    turned = cv2.warpAffine(frame, matrix, (columns, rows), borderMode=cv2.BORDER_REFLECT)
    _, encoded = cv2.imencode(".jpg", turned, [cv2.IMWRITE_JPEG_QUALITY, 90])
    decoded = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    assert decoded is not None
    return decoded


@dataclass(frozen=True)
class Photo:
    """One synthetic photo with its truth."""

    name: str
    image: np.ndarray
    truth: str
    languages: str


#: USB webcams' frames, with the page filling their height and running out of the frame.
WEBCAMS = {"1080p": (1920, 1080), "720p": (1280, 720)}


def looks() -> dict[str, Look]:
    """Nine ways to take each letter: large and small, upright and sideways either way;
    upside down; by webcam at 1080p and 720p, the page running off the frame."""
    chosen: dict[str, Look] = {}
    for index, turns in enumerate(TURNS):
        for size, page_height in (("large", 0.8), ("small", 0.5)):
            chosen[f"{size}_turned{turns}"] = Look(index, turns, page_height)
    chosen["upside_down"] = Look(7, turns=2)
    for name, frame in WEBCAMS.items():
        chosen[f"webcam_{name}"] = Look(7, page_height=0.95, blur=0.7, frame=frame)
    return chosen


#: Shared scans photographed, by the start of their file name, and their looks: the magazine
#: pages (columns, a photo) all five of `scan_looks`, the others three; 16 photos in all.
SCAN_LOOKS = {
    "8071": ("large_turned0", "small_turned0", "large_turned1", "large_turned3", "webcam_1080p"),
    "8087": ("large_turned0", "small_turned0", "large_turned1", "large_turned3", "webcam_1080p"),
    "phototest": ("large_turned0", "large_turned1", "webcam_1080p"),
    "eurotext": ("large_turned0", "large_turned3", "webcam_1080p"),
}


def scan_looks(seed: int) -> dict[str, Look]:
    """Ways to take a scan: large and small upright, large sideways either way, by a 1080p
    webcam; seeded from `seed`, so each scan lies on its own desk."""
    return {
        "large_turned0": Look(seed),
        "small_turned0": Look(seed + 1, page_height=0.5),
        "large_turned1": Look(seed + 2, turns=1),
        "large_turned3": Look(seed + 3, turns=3),
        "webcam_1080p": Look(seed + 4, page_height=0.95, blur=0.7, frame=WEBCAMS["1080p"]),
    }


def photos(scans: Sequence[Photo] = ()) -> list[Photo]:
    """Both demo letters, taken each of the ways `looks` gives; then those of `scans` (the
    shared scans as ocr_accuracy.py finds them, name = file name) that SCAN_LOOKS names."""
    made: list[Photo] = []
    for code, languages in (("en", "eng"), ("ko", "kor+eng")):
        page = cv2.imread(str(DEMO / f"demo_{code}.png"), cv2.IMREAD_COLOR)
        assert page is not None, f"demo_{code}.png is missing"
        truth = (DEMO / f"demo_{code}.txt").read_text(encoding="utf-8")
        for name, look in looks().items():
            made.append(Photo(f"demo_{code}_{name}", photograph(page, look), truth, languages))
    for scan in scans:
        short = scan.name.split("_")[0].split(".")[0]
        if short not in SCAN_LOOKS:
            continue
        seed = 100 + 10 * list(SCAN_LOOKS).index(short)
        chosen = scan_looks(seed)
        for name in SCAN_LOOKS[short]:
            image = photograph(scan.image, chosen[name])
            made.append(Photo(f"scan_{short}_{name}", image, scan.truth, scan.languages))
    return made


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "synthetic_photos")
    folder.mkdir(parents=True, exist_ok=True)
    # Imported here, by name: ocr_accuracy imports this module and finds the shared scans.
    scans = importlib.import_module("ocr_accuracy").scan_photos()
    for photo in photos(scans):
        cv2.imwrite(str(folder / f"{photo.name}.jpg"), photo.image)
        print(folder / f"{photo.name}.jpg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
