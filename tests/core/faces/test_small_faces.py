"""Small faces in group photos (tiles), and matching against many people at once."""

from __future__ import annotations

import itertools
from pathlib import Path

import cv2
import numpy as np
import pytest

from core.faces.engine import MATCH_THRESHOLD, FaceEngine, create_engine
from core.faces.fakes import RecordingDetector, RecordingEmbedder, face_at
from core.faces.model import KnownDescriptors
from core.faces.tiles import MAX_TILES, TiledDetector, merge, on_a_head, tile_origins, tiles
from core.plumbing.imageio import load_image


def test_tiles_cover_the_picture_with_overlap_and_a_budget() -> None:
    for width, height in ((1280, 720), (1920, 1080), (640, 480), (4000, 3000)):
        parts = tiles(width, height)
        assert 1 < len(parts) <= MAX_TILES
        covered = np.zeros((height, width), bool)
        for box in parts:
            covered[box.y : box.y + box.height, box.x : box.x + box.width] = True
        assert covered.all()
    assert tiles(300, 200) == []  # one tile would be the whole picture
    starts = tile_origins(1280, 384, 96)
    assert starts[0] == 0 and starts[-1] == 1280 - 384
    assert all(b - a <= 384 - 96 for a, b in itertools.pairwise(starts))


def test_merge_keeps_the_most_confident_of_overlapping_boxes() -> None:
    strong, weak, apart = (
        face_at(100, 100, 40, score=0.9),
        face_at(104, 102, 40, score=0.7),
        (face_at(300, 100, 40, score=0.6)),
    )
    assert merge([weak, apart, strong]) == [strong, apart]


class TileOnlyDetector:
    """Finds a face only when the picture is a tile (small), where it is in the tile."""

    def __init__(self, face_in_frame: tuple[int, int, int]) -> None:
        self.face = face_in_frame
        self.calls: list[tuple[int, int]] = []
        self.origin: dict[int, tuple[int, int]] = {}

    def detect(self, frame: np.ndarray) -> list:
        height, width = frame.shape[:2]
        self.calls.append((width, height))
        if width > 500:
            return []
        # The tile's origin is told by the pixel value planted in it by the test.
        x0, y0 = int(frame[0, 0, 0]) * 8, int(frame[0, 0, 1]) * 8
        x, y, size = self.face
        if x0 <= x and y0 <= y and x + size <= x0 + width and y + size <= y0 + height:
            return [face_at(x - x0, y - y0, size, width, height, 0.8)]
        return []

    def close(self) -> None:
        pass


def test_tiled_detector_finds_a_small_face_once_in_frame_coordinates() -> None:
    frame = np.zeros((720, 1280, 3), np.uint8)
    parts = tiles(1280, 720)
    # Plant each tile's origin in its top-left pixel, for the fake to read.
    for box in parts:
        frame[box.y, box.x] = (box.x // 8, box.y // 8, 0)
    first, second = TileOnlyDetector((600, 300, 32)), TileOnlyDetector((600, 300, 32))
    found = TiledDetector([first, second]).detect(frame)
    assert len(found) == 1
    assert (found[0].box.x, found[0].box.y, found[0].box.height) == (600, 300, 32)
    assert found[0].frame_width == 1280 and found[0].frame_height == 720
    assert np.allclose(found[0].keypoints, face_at(600, 300, 32).keypoints)
    # The whole picture once, the tiles shared between the two detectors.
    assert len(first.calls) + len(second.calls) == len(parts) + 1
    assert second.calls and (1280, 720) not in second.calls


class UnsureInTiles:
    """Scores a small face 0.4 in a tile; looked at closer (a small crop round it), scores
    it `closer` (a real face is sure there, a pattern that only looked like one is not)."""

    def __init__(self, face_in_frame: tuple[int, int, int], closer: float) -> None:
        self.face = face_in_frame
        self.closer = closer
        self.sizes: list[tuple[int, int]] = []

    def detect(self, frame: np.ndarray) -> list:
        height, width = frame.shape[:2]
        self.sizes.append((width, height))
        if width > 500:
            return []
        if width < 200:  # the closer look: the maybe is in the middle
            size = width // 3
            return [face_at(size, size, size, width, height, self.closer)]
        x0, y0 = int(frame[0, 0, 0]) * 8, int(frame[0, 0, 1]) * 8
        x, y, size = self.face
        if x0 <= x and y0 <= y and x + size <= x0 + width and y + size <= y0 + height:
            return [face_at(x - x0, y - y0, size, width, height, 0.4)]
        return []

    def close(self) -> None:
        pass


@pytest.mark.parametrize(("closer", "kept"), [(0.9, True), (0.45, False)])
def test_an_unsure_small_face_is_kept_only_when_a_closer_look_is_sure(
    closer: float, kept: bool
) -> None:
    frame = np.zeros((720, 1280, 3), np.uint8)
    for box in tiles(1280, 720):
        frame[box.y, box.x] = (box.x // 8, box.y // 8, 0)
    detectors = [UnsureInTiles((600, 300, 32), closer) for _ in range(2)]
    found = TiledDetector(detectors).detect(frame)
    looked = [size for d in detectors for size in d.sizes if size[0] < 200]
    assert looked == [(96, 96)]  # one closer look, three face heights square
    if kept:
        assert [(f.box.x, f.box.y, f.box.height, f.score) for f in found] == [(600, 300, 32, 0.9)]
    else:
        assert found == []


def test_a_cut_face_at_a_tile_edge_is_dropped() -> None:
    frame = np.zeros((720, 1280, 3), np.uint8)
    cut = face_at(384 - 20, 10, 40, 384, 384, 0.9)  # runs past the first tile's right edge
    detector = RecordingDetector(script=[[], [cut], *[[]] * 20])
    assert TiledDetector([detector]).detect(frame) == []


def test_match_all_is_the_nearest_descriptor_under_the_threshold() -> None:
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(5000, 128)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    names = [f"p{i // 5}" for i in range(5000)]
    known = KnownDescriptors(names, vectors)
    engine = FaceEngine(RecordingDetector(), RecordingEmbedder())
    near = vectors[1234] + 0.3 * MATCH_THRESHOLD * rng.normal(size=128).astype(np.float32) / 11
    queries = np.stack([near, -vectors[0], vectors[4999]])
    results = engine.match_all(queries, known)
    assert results[0][0] == "p246"
    assert results[0][1] == pytest.approx(float(np.linalg.norm(vectors[1234] - near)), abs=1e-4)
    assert results[1][0] is None  # far from everyone
    assert results[2] == ("p999", pytest.approx(0.0, abs=1e-3))
    assert engine.match(near, known)[0] == "p246"
    assert engine.match_all(queries, KnownDescriptors()) == [(None, None)] * 3


@pytest.fixture(scope="module")
def engine():
    engine = create_engine()
    yield engine
    engine.close()


def test_small_faces_in_a_composed_group_photo(engine: FaceEngine, shared_data: Path) -> None:
    """Six faces of 40–64 px on a 1280×720 scene: the quick pass misses most, the thorough
    one finds them all and no more."""
    faces = shared_data / "faces"
    scene = load_image(faces / "no_faces" / "coffee.png")
    frame = cv2.resize(scene, (1280, 720))
    truth = []
    for i, name in enumerate(("img5.jpg", "img12.jpg", "img25.jpg", "img46.jpg", "img8.jpg")):
        photo = load_image(faces / "people" / name)
        box = max(engine.detect(photo), key=lambda face: face.box.height).box
        size = (40, 48, 56, 64, 44)[i]
        scale = size / box.height
        margin = int(box.height * 0.5)
        x0, y0 = max(0, box.x - margin), max(0, box.y - margin)
        crop = photo[y0 : box.y + box.height + margin, x0 : box.x + box.width + margin]
        small = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        x, y = 60 + i * 240, 200 + (i % 2) * 250
        frame[y : y + small.shape[0], x : x + small.shape[1]] = small
        truth.append((x + (box.x - x0) * scale, y + (box.y - y0) * scale))
    quick = engine.detect(frame)
    thorough = engine.detect(frame, thorough=True)
    assert len(quick) < len(truth)
    assert len(thorough) == len(truth)
    for (tx, ty), face in zip(truth, thorough, strict=True):
        assert abs(face.box.x - tx) < 15 and abs(face.box.y - ty) < 15
    seen = engine.identify(frame, KnownDescriptors(), thorough=True)
    assert len(seen) == len(truth)


def test_a_small_face_on_a_bigger_ones_head_is_dropped() -> None:
    """A tile finding a 'face' in someone's curls is not a second person; a small face
    beside a big one (a child by a parent) still is."""
    big = face_at(264, 186, 360, 874, 1200)
    in_the_hair = face_at(270, 59, 35, 874, 1200)
    beside = face_at(700, 900, 60, 874, 1200)
    assert on_a_head(in_the_hair, [big, in_the_hair, beside])
    assert not on_a_head(beside, [big, in_the_hair, beside])
    assert not on_a_head(big, [big, in_the_hair, beside])


def test_a_portrait_is_one_person(engine: FaceEngine, shared_data: Path) -> None:
    """The shared portrait whose curls a tile once took for a face 35 px across."""
    photo = load_image(shared_data / "faces" / "people" / "alex_lacamoire_img1.jpg")
    assert len(engine.detect(photo, thorough=True)) == 1
