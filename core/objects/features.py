"""Local image features with OpenCV's ORB: its detector and matchers (vocabulary.py the
words used past SHORTLIST_VIEWS views).

ORB (oriented FAST corners, rotated binary descriptors) is free of patents, fast on a small
CPU and copes with turning, scale and light; a perspective (homography) fitted with RANSAC
then keeps only matches that agree on one flat surface, which is what a package front or a
banknote is. Pictures are scaled so the longer side is `WORK_SIZE` before anything is found.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from core.objects.model import KnownViews, ViewFeatures
from core.objects.vocabulary import Vocabulary

log = logging.getLogger(__name__)

WORK_SIZE = 960
"""Longer side, in pixels, that frames are scaled to: 1280×720 becomes 960×540."""
QUERY_FEATURES = 1000
VIEW_FEATURES = 800
RATIO = 0.8
"""Lowe's ratio: a match counts when its distance is under this share of the best match
in any *other* object (views of the same object may agree with each other)."""
MAX_DISTANCE = 64
"""Hamming distance (of 256 bits) past which a match is noise."""
REPROJECTION = 6.0
"""RANSAC's tolerance in work pixels."""
MIN_CANDIDATES = 8
NEIGHBOURS = 4
MAX_VERIFIED = 6
SHORTLIST_VIEWS = 48
"""More stored views than this, and a frame is matched through visual words
(vocabulary.py), on a shortlist of the views."""
_LSH: dict[str, bool | int | float | str] = {
    "algorithm": 6,  # FLANN_INDEX_LSH
    "table_number": 6,
    "key_size": 12,
    "multi_probe_level": 1,
}


@dataclass(frozen=True)
class ViewScore:
    """How well one stored view agrees with the query: geometrically verified matches."""

    view: int
    inliers: int


def _grey(image: np.ndarray) -> tuple[np.ndarray, float]:
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    scale = WORK_SIZE / max(grey.shape[:2])
    if scale < 1:
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    else:
        scale = 1.0
    return np.ascontiguousarray(grey), scale


class OrbFeatures:
    """Finds ORB keypoints and matches them against the taught views."""

    model_id = "orb-960-v1"

    def __init__(self) -> None:
        self._query = cv2.ORB_create(  # type: ignore[attr-defined]
            nfeatures=QUERY_FEATURES, fastThreshold=12
        )
        self._view = cv2.ORB_create(  # type: ignore[attr-defined]
            nfeatures=VIEW_FEATURES, fastThreshold=12
        )
        self._prepared: _Index | None = None

    def extract(self, image: np.ndarray, mask: np.ndarray | None = None) -> ViewFeatures:
        """The keypoints of a query frame (many) in work pixels."""
        return self._extract(self._query, image, mask)

    def extract_view(self, image: np.ndarray, mask: np.ndarray | None = None) -> ViewFeatures:
        """The keypoints of a picture to remember (fewer, the strongest), inside `mask`."""
        return self._extract(self._view, image, mask)

    def _extract(self, orb: cv2.ORB, image: np.ndarray, mask: np.ndarray | None) -> ViewFeatures:
        grey, _ = _grey(image)
        if mask is not None:
            mask = cv2.resize(
                mask.astype(np.uint8),
                (grey.shape[1], grey.shape[0]),
                interpolation=cv2.INTER_NEAREST,
            )
        keypoints, descriptors = orb.detectAndCompute(grey, mask)
        if descriptors is None or not keypoints:
            return ViewFeatures(
                np.zeros((0, 2), np.float32),
                np.zeros((0, 32), np.uint8),
                grey.shape[1],
                grey.shape[0],
            )
        points = np.array([k.pt for k in keypoints], np.float32)
        return ViewFeatures(points, descriptors, grey.shape[1], grey.shape[0])

    def _prepare(self, known: KnownViews) -> _Index:
        """The index of all stored descriptors, with each row's view and object (cached).

        A locality-sensitive hash (FLANN's LSH) finds near descriptors without comparing
        against every stored one; past SHORTLIST_VIEWS views, visual words do.
        """
        if (
            self._prepared is not None
            and self._prepared.version == known.version
            and (known.version)
        ):
            return self._prepared
        self._prepared = _Index(known)
        return self._prepared

    def score(self, query: ViewFeatures, known: KnownViews) -> list[ViewScore]:
        """Verified matches between the query and every stored view that has some."""
        index = self._prepare(known)
        view_of = index.view_of
        if query.count < MIN_CANDIDATES or not index.usable:
            return []
        queries, train = index.candidates(query.descriptors)
        if train.size < MIN_CANDIDATES:
            return []
        best_view = view_of[train]
        scores = []
        views, counts = np.unique(best_view, return_counts=True)
        # Verify only the views with the most candidates: RANSAC is the costly part.
        for view in views[np.argsort(-counts)][:MAX_VERIFIED]:
            chosen = best_view == view
            if int(chosen.sum()) < MIN_CANDIDATES:
                continue
            start = int(np.searchsorted(view_of, view))
            source = known.views[view].points[train[chosen] - start]
            target = query.points[queries[chosen]]
            scores.append(ViewScore(int(view), _inliers(source, target)))
        return sorted(scores, key=lambda s: -s.inliers)


class _Index:
    """All stored descriptors of one list, each row's view and object, and how to search."""

    def __init__(self, known: KnownViews) -> None:
        self.version = known.version
        objects = {name: i for i, name in enumerate(dict.fromkeys(known.names))}
        counts = [v.count for v in known.views]
        self.view_of = (
            np.repeat(np.arange(len(counts), dtype=np.int32), counts)
            if known.views
            else np.zeros(0, np.int32)
        )
        self.object_of = np.array([objects[known.names[i]] for i in self.view_of], np.int32)
        self.usable = self.view_of.size >= 2
        self.k = min(NEIGHBOURS, int(self.view_of.size))
        self.matcher: Any = None
        self.vocabulary: Vocabulary | None = None
        if not self.usable:
            return
        descriptors = np.vstack([v.descriptors for v in known.views])
        if len(known.views) <= SHORTLIST_VIEWS:
            self.matcher = cv2.FlannBasedMatcher(_LSH, {"checks": 64})
            self.matcher.add([descriptors])
            self.matcher.train()
        else:
            self.vocabulary = Vocabulary(descriptors, self.view_of, self.object_of)

    def candidates(self, descriptors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Query rows and the stored rows they match: near, and nearer than any other
        object's keypoint by Lowe's ratio."""
        if self.vocabulary is not None:
            found = self.vocabulary.nearest(descriptors)
            keep = (found.distance < RATIO * found.other) & (found.distance <= MAX_DISTANCE)
            return found.query[keep], found.row[keep]
        objects = self.object_of.tolist()
        trained: list[int] = []
        queried: list[int] = []
        for neighbours in self.matcher.knnMatch(descriptors, k=self.k):
            if len(neighbours) < 2:
                continue
            best = neighbours[0]
            own = objects[best.trainIdx]
            # The nearest neighbour from another object; if all are this object, the last.
            second = next(
                (m.distance for m in neighbours[1:] if objects[m.trainIdx] != own),
                neighbours[-1].distance,
            )
            if best.distance < RATIO * second and best.distance <= MAX_DISTANCE:
                trained.append(best.trainIdx)
                queried.append(best.queryIdx)
        return np.array(queried, np.int64), np.array(trained, np.int64)


def _inliers(source: np.ndarray, target: np.ndarray) -> int:
    """Matches consistent with one plausible perspective of a flat object."""
    matrix, mask = cv2.findHomography(source, target, cv2.RANSAC, REPROJECTION, maxIters=500)
    if matrix is None or mask is None:
        return 0
    if not _plausible(matrix):
        return 0
    inliers = mask.ravel().astype(bool)
    # Matches piled on one spot are not a surface: count distinct target positions only.
    distinct = np.unique(np.round(target[inliers] / 3.0), axis=0)
    return int(distinct.shape[0])


def _plausible(matrix: np.ndarray) -> bool:
    """A flat card seen by a camera: no mirror, no collapse, limited scale and lean."""
    h = matrix / matrix[2, 2] if abs(matrix[2, 2]) > 1e-9 else matrix
    det = float(np.linalg.det(h[:2, :2]))
    if not 1 / 64 < det < 64:
        return False
    return bool(abs(h[2, 0]) < 0.004 and abs(h[2, 1]) < 0.004)


def object_mask(image: np.ndarray) -> np.ndarray:
    """Where the object is when the user holds or lays it in the middle of the view.

    GrabCut, started from the middle 80 % of a small copy, separates the object from the
    table or the room, so the table's texture is not learned as part of the object (it would
    then "match" anything later put on the same table). When the cut is implausible (almost
    nothing, or almost everything) the middle rectangle itself is used.
    """
    height, width = image.shape[:2]
    scale = 320 / max(height, width)
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    if small.ndim == 2:
        small = cv2.cvtColor(small, cv2.COLOR_GRAY2BGR)
    sh, sw = small.shape[:2]
    rect = (int(sw * 0.1), int(sh * 0.1), int(sw * 0.8), int(sh * 0.8))
    fallback = np.zeros((sh, sw), np.uint8)
    fallback[rect[1] : rect[1] + rect[3], rect[0] : rect[0] + rect[2]] = 255
    mask = np.zeros((sh, sw), np.uint8)
    try:
        cv2.grabCut(
            small, mask, rect, np.zeros((1, 65)), np.zeros((1, 65)), 3, cv2.GC_INIT_WITH_RECT
        )
    except cv2.error as error:
        log.info("GrabCut failed (%s); using the middle of the view", error)
        chosen = fallback
    else:
        chosen = np.where((mask == cv2.GC_FGD) | (mask == cv2.GC_PR_FGD), 255, 0).astype(np.uint8)
        share = chosen.sum() / 255 / (rect[2] * rect[3])
        if not 0.04 < share < 0.95:
            chosen = fallback
        else:
            chosen = cv2.dilate(chosen, np.ones((7, 7), np.uint8))
    return cv2.resize(chosen, (width, height), interpolation=cv2.INTER_NEAREST)
