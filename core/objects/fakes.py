"""Stand-ins for the feature and code libraries: null ones, and recording fakes for tests.

`NullFeatures` finds no keypoints (so nothing is ever named); `RecordingFeatures` returns a
scripted score for every frame and keeps the frames it saw. `NullCodeReader` reads nothing;
`RecordingCodeReader` returns scripted codes.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from core.objects.features import ViewScore
from core.objects.model import CodeRead, KnownViews, ViewFeatures


def _empty(width: int = 0, height: int = 0) -> ViewFeatures:
    return ViewFeatures(np.zeros((0, 2), np.float32), np.zeros((0, 32), np.uint8), width, height)


class NullFeatures:
    """Finds no keypoints, ever: teaching says the object is too plain; nothing is named."""

    model_id = "null"

    def extract(self, image: np.ndarray, mask: np.ndarray | None = None) -> ViewFeatures:
        return _empty(image.shape[1], image.shape[0])

    def extract_view(self, image: np.ndarray, mask: np.ndarray | None = None) -> ViewFeatures:
        return _empty(image.shape[1], image.shape[0])

    def score(self, query: ViewFeatures, known: KnownViews) -> list[ViewScore]:
        return []


class RecordingFeatures:
    """Every frame has `keypoints` random keypoints; `score` gives `inliers` to view `view`."""

    model_id = "fake-features"

    def __init__(self, *, keypoints: int = 100, view: int = 0, inliers: int = 0) -> None:
        self.keypoints = keypoints
        self.view = view
        self.inliers = inliers
        self.frames: list[np.ndarray] = []
        self._lock = threading.Lock()

    def _features(self, image: np.ndarray) -> ViewFeatures:
        with self._lock:
            self.frames.append(image)
        rng = np.random.default_rng(len(self.frames))
        points = rng.uniform(0, 100, (self.keypoints, 2)).astype(np.float32)
        descriptors = rng.integers(0, 255, (self.keypoints, 32), dtype=np.uint8)
        return ViewFeatures(points, descriptors, image.shape[1], image.shape[0])

    def extract(self, image: np.ndarray, mask: np.ndarray | None = None) -> ViewFeatures:
        return self._features(image)

    def extract_view(self, image: np.ndarray, mask: np.ndarray | None = None) -> ViewFeatures:
        return self._features(image)

    def score(self, query: ViewFeatures, known: KnownViews) -> list[ViewScore]:
        if not known.views or self.inliers <= 0:
            return []
        return [ViewScore(min(self.view, len(known.views) - 1), self.inliers)]


class NullCodeReader:
    """Reads no code, ever."""

    def read(self, frame: np.ndarray) -> list[CodeRead]:
        return []


class RecordingCodeReader:
    """Returns `codes` for every frame and keeps the frames it saw."""

    def __init__(self, codes: Sequence[CodeRead] = ()) -> None:
        self.codes = list(codes)
        self.frames: list[np.ndarray] = []

    def read(self, frame: np.ndarray) -> list[CodeRead]:
        self.frames.append(frame)
        return list(self.codes)
