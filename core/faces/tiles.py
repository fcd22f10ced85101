"""Small faces in big pictures: the detector run on overlapping tiles as well as the whole.

BlazeFace sees a picture shrunk to 192×192, so in a 1280×720 group photo a face of 60 px
becomes 9 px and is often missed. Run on tiles of `TILE` pixels, a 32 px face is 16 px to
the model, which finds it. A face up to `OVERLAP` pixels tall lies whole inside some tile,
so detections touching a tile's inner edge (cut faces) are dropped, bigger faces come from
the whole-picture pass, and duplicates are merged by overlap (non-maximum suppression).

Each detector call costs about the same whatever the tile (the model's input is fixed),
so the cost is the number of tiles: 15 for 1280×720, 18 (of 448 px) for 1920×1080.
Tiles are shared between the detectors given, one thread each (two graphs on two cores
halve the time). A tile's unsure detection is looked at again on a close crop around it,
where the face is big to the model, and kept when it is sure there. Measured:
benchmarks/README.md#group-photos. Only on request (the Who-is-there command, `bitna faces
who`): the live checks use the single cheap pass.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import numpy as np

from core.faces.detector import FaceDetector
from core.faces.model import Box, DetectedFace

log = logging.getLogger(__name__)

_T = TypeVar("_T")

TILE = 384
"""Tile side in pixels: a 32 px face is 16 px to the model's 192 px input."""
MAX_TILES = 18
"""Most tiles per picture (time): bigger pictures get bigger tiles, 448 px for 1920×1080."""
OVERLAP = 96
"""Pixels shared by neighbouring tiles: every face up to this tall is whole in one tile."""
MERGE_IOU = 0.3
"""Two boxes overlapping this much (intersection over union) are one face."""
EDGE = 2
"""A box this close to a tile's inner edge is a cut face, found whole elsewhere."""
TILE_MIN_SCORE = 0.6
"""Lowest score kept from a tile: tiles show the model many more small patterns that look
a little like faces than the whole picture does (at 0.5 the group photos gave more false
faces; benchmarks/README.md#group-photos)."""
WHOLE_MIN_SCORE = 0.5
"""Lowest score kept from the whole picture (the detector's own default)."""
CANDIDATE_MIN_SCORE = 0.3
"""A tile's detection from here up to TILE_MIN_SCORE is a maybe: it is looked at again,
closer, and kept only when the closer look is sure (a 32 px face can score 0.33 in a tile
and 0.8 closer; patterns that are not faces stayed under 0.42)."""
CLOSER = 3.0
"""The closer look's square, in face heights around the maybe."""
HEAD_MARGIN = 0.6
"""How far around a face (in its own heights) its head goes: hair, ears, a beard. A face
under half its size there is a pattern in the hair (a curl looked like a face to a tile
in a shared portrait), not another person."""


def tile_origins(length: int, tile: int = TILE, overlap: int = OVERLAP) -> list[int]:
    """Where tiles start along one side: as few as cover it with at least `overlap` shared,
    spread evenly, the first at 0 and the last flush with the end."""
    if length <= tile:
        return [0]
    count = math.ceil((length - overlap) / (tile - overlap))
    step = (length - tile) / (count - 1)
    return [round(i * step) for i in range(count)]


def tiles(width: int, height: int, tile: int = TILE, overlap: int = OVERLAP) -> list[Box]:
    """The tiles covering a width×height picture, at most MAX_TILES (bigger tiles for big
    pictures); none when one tile would be all of it."""
    if width <= tile and height <= tile:
        return []
    while len(tile_origins(width, tile, overlap)) * len(tile_origins(height, tile, overlap)) > (
        MAX_TILES
    ):
        tile += 32
    return [
        Box(x, y, min(tile, width), min(tile, height))
        for y in tile_origins(height, tile, overlap)
        for x in tile_origins(width, tile, overlap)
    ]


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two boxes."""
    w = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
    h = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return inter / float(a.width * a.height + b.width * b.height - inter)


def merge(faces: Sequence[DetectedFace], threshold: float = MERGE_IOU) -> list[DetectedFace]:
    """One face per place: the most confident of boxes overlapping by `threshold` or more."""
    kept: list[DetectedFace] = []
    for face in sorted(faces, key=lambda f: -f.score):
        if all(iou(face.box, other.box) < threshold for other in kept):
            kept.append(face)
    return sorted(kept, key=lambda face: face.box.centre[0])


def on_a_head(face: DetectedFace, others: Sequence[DetectedFace]) -> bool:
    """Whether `face` lies on the head of a face at least twice its size."""
    cx, cy = face.box.centre
    for other in others:
        box = other.box
        margin = HEAD_MARGIN * box.height
        if (
            box.height >= 2 * face.box.height
            and box.x - margin <= cx <= box.x + box.width + margin
            and box.y - margin <= cy <= box.y + box.height + margin
        ):
            return True
    return False


def _cut(box: Box, tile: Box, width: int, height: int) -> bool:
    """Whether a box found in `tile` touches an edge of the tile that is not the picture's."""
    return (
        (box.x <= tile.x + EDGE and tile.x > 0)
        or (box.y <= tile.y + EDGE and tile.y > 0)
        or (box.x + box.width >= tile.x + tile.width - EDGE and tile.x + tile.width < width)
        or (box.y + box.height >= tile.y + tile.height - EDGE and tile.y + tile.height < height)
    )


def _in_frame(face: DetectedFace, tile: Box, width: int, height: int) -> DetectedFace:
    box = face.box
    return DetectedFace(
        box=Box(box.x + tile.x, box.y + tile.y, box.width, box.height),
        score=face.score,
        keypoints=face.keypoints + np.array([tile.x, tile.y], np.float32),
        frame_width=width,
        frame_height=height,
    )


class TiledDetector:
    """Finds small faces too: the whole picture and its tiles, shared between `detectors`.

    The detectors must be independent (their own graphs): each gets its own thread. They
    should keep detections down to CANDIDATE_MIN_SCORE, for the closer look. `whole` (the
    first detector when not given) does the whole picture. Closing closes them all.
    """

    def __init__(
        self,
        detectors: Sequence[FaceDetector],
        tile: int = TILE,
        overlap: int = OVERLAP,
        min_score: float = TILE_MIN_SCORE,
        *,
        whole: FaceDetector | None = None,
    ) -> None:
        if not detectors:
            raise ValueError("TiledDetector needs a detector")
        self._detectors = list(dict.fromkeys(detectors))
        self._whole = whole if whole is not None else self._detectors[0]
        self.tile = tile
        self.overlap = overlap
        self.min_score = min_score
        self._pool = (
            ThreadPoolExecutor(len(self._detectors) - 1, "bitna-face-tiles")
            if len(self._detectors) > 1
            else None
        )

    def detect(self, frame: np.ndarray) -> list[DetectedFace]:
        """Every face in a BGR frame, small ones included, left to right."""
        height, width = frame.shape[:2]
        found = self._shared(
            self._detect_tiles,
            frame,
            tiles(width, height, self.tile, self.overlap),
            first=lambda: [f for f in self._whole.detect(frame) if f.score >= WHOLE_MIN_SCORE],
        )
        sure = merge([face for face in found if face.score >= self.min_score])
        maybe = [
            face
            for face in merge([face for face in found if face.score < self.min_score])
            if all(iou(face.box, other.box) < MERGE_IOU for other in sure)
        ]
        # A maybe is kept when a closer look at it is sure.
        faces = merge(sure + self._shared(self._closer, frame, maybe))
        return [face for face in faces if not on_a_head(face, faces)]

    def _detect_tiles(
        self, detector: FaceDetector, frame: np.ndarray, parts: Sequence[Box]
    ) -> list[DetectedFace]:
        height, width = frame.shape[:2]
        found = []
        for tile in parts:
            crop = np.ascontiguousarray(
                frame[tile.y : tile.y + tile.height, tile.x : tile.x + tile.width]
            )
            for face in detector.detect(crop):
                placed = _in_frame(face, tile, width, height)
                if face.score >= CANDIDATE_MIN_SCORE and not _cut(placed.box, tile, width, height):
                    found.append(placed)
        return found

    def _shared(
        self,
        work: Callable[[FaceDetector, np.ndarray, Sequence[_T]], list[DetectedFace]],
        frame: np.ndarray,
        items: Sequence[_T],
        first: Callable[[], list[DetectedFace]] | None = None,
    ) -> list[DetectedFace]:
        """`work` on `items` shared between the detectors, one thread each; `first` runs on
        this thread before its own share."""
        shares = [items[i :: len(self._detectors)] for i in range(len(self._detectors))]
        pending = (
            [
                self._pool.submit(work, detector, frame, share)
                for detector, share in zip(self._detectors[1:], shares[1:], strict=True)
                if share
            ]
            if self._pool is not None
            else []
        )
        found = first() if first is not None else []
        found += work(self._detectors[0], frame, shares[0])
        for future in pending:
            found += future.result()
        return found

    def _closer(
        self, detector: FaceDetector, frame: np.ndarray, maybe: Sequence[DetectedFace]
    ) -> list[DetectedFace]:
        """The maybes that are faces, looked at on a square of CLOSER face heights."""
        height, width = frame.shape[:2]
        found = []
        for face in maybe:
            cx, cy = face.box.centre
            side = round(CLOSER * max(face.box.width, face.box.height))
            x0, y0 = max(0, round(cx - side / 2)), max(0, round(cy - side / 2))
            area = Box(x0, y0, min(side, width - x0), min(side, height - y0))
            crop = np.ascontiguousarray(
                frame[area.y : area.y + area.height, area.x : area.x + area.width]
            )
            for closer in detector.detect(crop):
                placed = _in_frame(closer, area, width, height)
                px, py = placed.box.centre
                if (
                    closer.score >= self.min_score
                    and abs(px - cx) < face.box.width / 2
                    and abs(py - cy) < face.box.height / 2
                ):
                    found.append(placed)
        return found

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        for detector in dict.fromkeys([self._whole, *self._detectors]):
            detector.close()
