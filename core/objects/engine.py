"""Teach an object from pictures and name it when it is seen again, or say nothing.

A frame's ORB keypoints are matched against every stored view (features.py); matches that
agree on one perspective of a flat surface are counted (inliers). The object whose best view
has the most inliers is named when that count reaches MATCH_THRESHOLD, and otherwise the
answer is "I don't know this object": a guess below the threshold is never said.

MATCH_THRESHOLD sits in the middle of the gap between the fewest inliers of a right match
and the most of a wrong object or a stranger (measured with benchmarks/objects.py:
benchmarks/README.md#objects). `Recognition.sure` (twice the threshold) is what the app
calls "sure".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from core.objects.features import ViewScore
from core.objects.model import KnownViews, ObjectsStoreError, Recognition, ViewFeatures
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

MATCH_THRESHOLD = 40
"""Fewest verified keypoints for a name (see the module docstring, and
benchmarks/README.md#objects)."""
MIN_VIEW_KEYPOINTS = 60
"""A picture with fewer keypoints than this (a plain, blank or blurred surface) is not
remembered: it could never reach the threshold reliably."""
MAX_NAMED = 2
"""At most this many different objects are named from one frame, best first."""


class Features(Protocol):
    """Local features: what features.OrbFeatures does, and what the fakes pretend."""

    model_id: str

    def extract(self, image: np.ndarray, mask: np.ndarray | None = None) -> ViewFeatures: ...

    def extract_view(self, image: np.ndarray, mask: np.ndarray | None = None) -> ViewFeatures: ...

    def score(self, query: ViewFeatures, known: KnownViews) -> list[ViewScore]: ...


class ObjectEngine:
    """The features and the naming rule between them."""

    def __init__(
        self,
        features: Features,
        threshold: int = MATCH_THRESHOLD,
        *,
        segment: bool = True,
    ) -> None:
        self.features = features
        self.threshold = threshold
        self.segment = segment

    @property
    def model_id(self) -> str:
        return self.features.model_id

    def view(self, frame: np.ndarray) -> ViewFeatures:
        """The features of one picture to remember; an error when it is too plain."""
        mask = None
        if self.segment:
            from core.objects.features import object_mask

            mask = object_mask(frame)
        view = self.features.extract_view(frame, mask)
        if view.count < MIN_VIEW_KEYPOINTS:
            raise ObjectsStoreError(
                tr(
                    "I cannot see enough detail on this object to remember it. Hold its "
                    "printed side to the camera, in good light, and keep it still."
                )
            )
        return view

    def best_scores(self, frame: np.ndarray, known: KnownViews) -> dict[str, int]:
        """Every taught name's best inlier count in this frame (0 where nothing matched)."""
        if not known.views:
            return {}
        query = self.features.extract(frame)
        best = dict.fromkeys(known.names, 0)
        for score in self.features.score(query, known):
            name = known.names[score.view]
            best[name] = max(best[name], score.inliers)
        return best

    def identify(self, frame: np.ndarray, known: KnownViews) -> list[Recognition]:
        """The taught objects in view, best first; empty when none reaches the threshold."""
        scores = self.best_scores(frame, known)
        named = [
            Recognition(name, inliers, self.threshold)
            for name, inliers in sorted(scores.items(), key=lambda item: -item[1])
            if inliers >= self.threshold
        ]
        log.debug("Object scores %s", sorted(scores.items(), key=lambda item: -item[1])[:3])
        return named[:MAX_NAMED]


def usable_views(engine: ObjectEngine, frames: Sequence[np.ndarray]) -> list[ViewFeatures]:
    """The views worth keeping from several pictures (too plain ones are skipped)."""
    views = []
    for frame in frames:
        try:
            views.append(engine.view(frame))
        except ObjectsStoreError as error:
            log.info("View skipped: %s", error.message)
    return views


def create_engine() -> ObjectEngine:
    """The real engine: ORB features (cheap to build: no model file)."""
    from core.objects.features import OrbFeatures

    return ObjectEngine(OrbFeatures())
