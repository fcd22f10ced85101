"""Find the faces in a frame and name the ones the user taught Bitna.

Matching is nearest-neighbour over every stored descriptor: a face gets the name of the
closest one when that is nearer than MATCH_THRESHOLD, and no name otherwise. The distances
of all the faces in a frame to all the stored descriptors come from one matrix product, so
a thousand people (5,000 descriptors) cost about what two do (benchmarks/README.md#scale).
"""

from __future__ import annotations

import logging

import numpy as np

from core.faces.alignment import align
from core.faces.detector import FaceDetector
from core.faces.embedder import FaceEmbedder
from core.faces.model import DetectedFace, KnownDescriptors, SeenFace

log = logging.getLogger(__name__)

# In the gap between the distances of one person's photos and of different people's,
# leaning to the strict side: naming a stranger is worse than saying "someone" once more.
# Measured: benchmarks/README.md#face-matching
MATCH_THRESHOLD = 0.59
MIN_RECOGNISABLE_HEIGHT = 36
"""Faces shorter than this (pixels) are counted but not named: their chip would be mostly
invented by upscaling more than four times. A safety margin, not a measured limit."""


class FaceEngine:
    """Detector + aligner + descriptor, and the matching rule between them."""

    def __init__(
        self,
        detector: FaceDetector,
        embedder: FaceEmbedder,
        threshold: float = MATCH_THRESHOLD,
        *,
        thorough: FaceDetector | None = None,
    ) -> None:
        self.detector = detector
        self.embedder = embedder
        self.threshold = threshold
        self.thorough = thorough
        """Finds small faces too, slower (core.faces.tiles): for a question, not for watching."""

    @property
    def model_id(self) -> str:
        return self.embedder.model_id

    def detect(self, frame: np.ndarray, *, thorough: bool = False) -> list[DetectedFace]:
        """The faces in a BGR frame, left to right; `thorough` finds small ones too."""
        if thorough and self.thorough is not None:
            return self.thorough.detect(frame)
        return self.detector.detect(frame)

    def descriptor(self, frame: np.ndarray, face: DetectedFace) -> np.ndarray:
        """The descriptor of one detected face, aligned first."""
        chip = align(frame, face.keypoints, self.embedder.chip_size)
        return self.embedder.embed(chip)

    def match(self, vector: np.ndarray, known: KnownDescriptors) -> tuple[str | None, float | None]:
        """The closest known name and its distance; the name is None past the threshold."""
        return self.match_all(vector[None, :], known)[0]

    def match_all(
        self, vectors: np.ndarray, known: KnownDescriptors
    ) -> list[tuple[str | None, float | None]]:
        """For each row of `vectors`, the closest known name and its distance (None past the
        threshold): |a - b|² = |a|² + |b|² - 2a·b, the last term one matrix product."""
        if not known.names or not len(vectors):
            return [(None, None)] * len(vectors)
        queries = np.asarray(vectors, np.float32)
        squared = (
            np.einsum("ij,ij->i", queries, queries)[:, None]
            + known.squared_norms[None, :]
            - 2.0 * (queries @ known.vectors.T)
        )
        best = np.argmin(squared, axis=1)
        distances = np.sqrt(np.maximum(squared[np.arange(len(queries)), best], 0.0))
        return [
            (known.names[index] if distance < self.threshold else None, float(distance))
            for index, distance in zip(best.tolist(), distances.tolist(), strict=True)
        ]

    def identify(
        self, frame: np.ndarray, known: KnownDescriptors, *, thorough: bool = False
    ) -> list[SeenFace]:
        """Every face in the frame, named where it matches someone taught; `thorough` looks
        for small faces too (a group photo, the Who-is-there command)."""
        faces = self.detect(frame, thorough=thorough)
        named = [
            i
            for i, face in enumerate(faces)
            if known.names and face.box.height >= MIN_RECOGNISABLE_HEIGHT
        ]
        matches: dict[int, tuple[str | None, float | None]] = {}
        if named:
            vectors = np.stack([self.descriptor(frame, faces[i]) for i in named])
            matches = dict(zip(named, self.match_all(vectors, known), strict=True))
        return [SeenFace(face, *matches.get(i, (None, None))) for i, face in enumerate(faces)]

    def close(self) -> None:
        if self.thorough is not None:
            self.thorough.close()  # closes the plain detector too when it shares it
        self.detector.close()


def create_engine() -> FaceEngine:
    """The real engine: MediaPipe's BlazeFace and dlib's descriptor (slow: load on a worker).

    The thorough pass shares its tiles between two graphs, one per core, that keep unsure
    detections for a closer look; the plain detector does its whole picture."""
    from core.faces.dlib_embedder import DlibEmbedder
    from core.faces.mediapipe_detector import MediaPipeDetector
    from core.faces.tiles import CANDIDATE_MIN_SCORE, TiledDetector

    detector = MediaPipeDetector()
    tiles = [MediaPipeDetector(min_confidence=CANDIDATE_MIN_SCORE) for _ in range(2)]
    return FaceEngine(detector, DlibEmbedder(), thorough=TiledDetector(tiles, whole=detector))
