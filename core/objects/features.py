"""Local image features with OpenCV's ORB: the only module using its detector and matcher.

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
"""More stored views than this, and a frame is matched against a shortlist of them only."""
SHORTLIST = 40
"""Views kept on the shortlist (benchmarks/README.md#objects-scale)."""
VOCABULARY = 2048
"""Visual words: stored keypoints picked (evenly, fixed) as the centres words are given by."""
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
        against every stored one; past SHORTLIST_VIEWS views a vocabulary shortlist first.
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
        objects = index.object_of.tolist()
        trained: list[int] = []
        queried: list[int] = []
        for neighbours in index.knn(query.descriptors):
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
        if len(trained) < MIN_CANDIDATES:
            return []
        train = np.array(trained, np.int64)
        queries = np.array(queried, np.int64)
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


@dataclass(frozen=True)
class _Neighbour:
    """One neighbour found through the shortlist, its row counted in all stored rows."""

    queryIdx: int  # noqa: N815 (named as OpenCV's DMatch, which it stands in for)
    trainIdx: int  # noqa: N815
    distance: float


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
        self.descriptors = (
            np.vstack([v.descriptors for v in known.views])
            if known.views
            else np.zeros((0, 32), np.uint8)
        )
        self.starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self.k = min(NEIGHBOURS, int(self.view_of.size))
        self.matcher: Any = None
        self.words: np.ndarray | None = None
        if not self.usable:
            return
        if len(known.views) <= SHORTLIST_VIEWS:
            self.matcher = cv2.FlannBasedMatcher(_LSH, {"checks": 64})
            self.matcher.add([self.descriptors])
            self.matcher.train()
            return
        self._vocabulary(len(known.views))

    def _vocabulary(self, views: int) -> None:
        """Word centres, and for each word the views holding it (sorted by word) and its
        weight: rare words say more about which object it is (inverse document frequency)."""
        rows = self.descriptors.shape[0]
        picks = np.linspace(0, rows - 1, min(VOCABULARY, rows)).astype(np.int64)
        self.words = np.ascontiguousarray(self.descriptors[picks])
        self._word_index = cv2.FlannBasedMatcher(_LSH, {"checks": 32})
        self._word_index.add([self.words])
        self._word_index.train()
        word_of = self._word_of(self.descriptors)
        word_of[word_of < 0] = len(self.words)  # no word: sorted past the last
        order = np.argsort(word_of, kind="stable")
        self.word_views = self.view_of[order]
        self.word_starts = np.searchsorted(word_of[order], np.arange(len(self.words) + 1))
        holders = np.zeros(len(self.words))
        for word in range(len(self.words)):
            span = self.word_views[self.word_starts[word] : self.word_starts[word + 1]]
            holders[word] = np.unique(span).size
        self.weight = np.log(views / np.maximum(holders, 1.0))
        self.view_sizes = np.sqrt(np.maximum(np.diff(self.starts), 1)).astype(np.float64)
        self.views = views

    def _word_of(self, descriptors: np.ndarray) -> np.ndarray:
        """Each descriptor's (approximately) nearest word; -1 where none was near."""
        word_of = np.full(descriptors.shape[0], -1, np.int64)
        for neighbours in self._word_index.knnMatch(descriptors, k=1):
            if neighbours:
                word_of[neighbours[0].queryIdx] = neighbours[0].trainIdx
        return word_of

    def shortlist(self, descriptors: np.ndarray) -> np.ndarray:
        """The SHORTLIST views sharing the most (weighted) words with the query."""
        words = np.unique(self._word_of(descriptors))
        words = words[words >= 0]
        spans = [
            self.word_views[self.word_starts[w] : self.word_starts[w + 1]] for w in words.tolist()
        ]
        lengths = np.array([len(span) for span in spans])
        votes = np.bincount(
            np.concatenate(spans) if spans else np.zeros(0, np.int32),
            weights=np.repeat(self.weight[words], lengths),
            minlength=self.views,
        )
        return np.sort(np.argsort(-votes / self.view_sizes)[:SHORTLIST])

    def knn(self, descriptors: np.ndarray) -> list[list[Any]]:
        """Each query descriptor's nearest stored rows (OpenCV matches or stand-ins)."""
        if self.matcher is not None:
            return list(self.matcher.knnMatch(descriptors, k=self.k))
        views = self.shortlist(descriptors)
        rows = np.concatenate(
            [np.arange(self.starts[v], self.starts[v + 1]) for v in views.tolist()]
        )
        matcher = cv2.FlannBasedMatcher(_LSH, {"checks": 64})
        matcher.add([np.ascontiguousarray(self.descriptors[rows])])
        matcher.train()
        found = matcher.knnMatch(descriptors, k=min(self.k, rows.size))
        return [
            [_Neighbour(m.queryIdx, int(rows[m.trainIdx]), m.distance) for m in neighbours]
            for neighbours in found
        ]


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
