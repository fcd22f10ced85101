"""Find the faces in a frame and name the ones the user taught Bitna.

Matching is nearest-neighbour over every stored descriptor: a face gets the name of the
closest one when that is nearer than MATCH_THRESHOLD, and no name otherwise.
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
    ) -> None:
        self.detector = detector
        self.embedder = embedder
        self.threshold = threshold

    @property
    def model_id(self) -> str:
        return self.embedder.model_id

    def detect(self, frame: np.ndarray) -> list[DetectedFace]:
        """The faces in a BGR frame, left to right."""
        return self.detector.detect(frame)

    def descriptor(self, frame: np.ndarray, face: DetectedFace) -> np.ndarray:
        """The descriptor of one detected face, aligned first."""
        chip = align(frame, face.keypoints, self.embedder.chip_size)
        return self.embedder.embed(chip)

    def match(self, vector: np.ndarray, known: KnownDescriptors) -> tuple[str | None, float | None]:
        """The closest known name and its distance; the name is None past the threshold."""
        if not known.names:
            return None, None
        distances = np.linalg.norm(known.vectors - vector[None, :], axis=1)
        best = int(np.argmin(distances))
        distance = float(distances[best])
        return (known.names[best] if distance < self.threshold else None), distance

    def identify(self, frame: np.ndarray, known: KnownDescriptors) -> list[SeenFace]:
        """Every face in the frame, named where it matches someone taught."""
        seen = []
        for face in self.detect(frame):
            if not known.names or face.box.height < MIN_RECOGNISABLE_HEIGHT:
                seen.append(SeenFace(face))
                continue
            name, distance = self.match(self.descriptor(frame, face), known)
            seen.append(SeenFace(face, name, distance))
        return seen

    def close(self) -> None:
        self.detector.close()


def create_engine() -> FaceEngine:
    """The real engine: MediaPipe's BlazeFace and dlib's descriptor (slow: load on a worker)."""
    from core.faces.dlib_embedder import DlibEmbedder
    from core.faces.mediapipe_detector import MediaPipeDetector

    return FaceEngine(MediaPipeDetector(), DlibEmbedder())
