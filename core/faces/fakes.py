"""Stand-ins for the face libraries: a detector that finds nobody, and recording fakes.

`RecordingDetector` returns scripted faces and keeps the frames it saw; `RecordingEmbedder`
derives a descriptor from the chip's pixels, so the same picture gives the same vector and
different pictures different ones, with no model at all.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import cv2
import numpy as np

from core.faces.model import Box, DetectedFace


class NullDetector:
    """Finds no face, ever (face libraries missing, or faces turned off)."""

    def detect(self, frame: np.ndarray) -> list[DetectedFace]:
        return []

    def close(self) -> None:
        """Nothing to free."""


def face_at(
    x: int, y: int, size: int, frame_width: int = 640, frame_height: int = 480, score: float = 0.9
) -> DetectedFace:
    """A frontal face of `size` pixels with its top-left corner at (x, y), for tests."""
    s = size / 150
    points = np.array(
        [[47.6, 47.5], [102.4, 47.5], [75.0, 79.2], [75.0, 105.9], [20, 60], [130, 60]],
        np.float32,
    )
    return DetectedFace(
        box=Box(x, y, size, size),
        score=score,
        keypoints=points * s + np.array([x, y], np.float32),
        frame_width=frame_width,
        frame_height=frame_height,
    )


class RecordingDetector:
    """Returns `faces` for every frame, or `script[i]` for the i-th call (the last repeats)."""

    def __init__(
        self,
        faces: Sequence[DetectedFace] = (),
        *,
        script: Sequence[Sequence[DetectedFace]] | None = None,
    ) -> None:
        self._faces = list(faces)
        self._script = [list(step) for step in script] if script else None
        self.frames: list[np.ndarray] = []
        self.closed = False
        self._lock = threading.Lock()

    def detect(self, frame: np.ndarray) -> list[DetectedFace]:
        with self._lock:
            self.frames.append(frame)
            if self._script:
                return list(self._script[min(len(self.frames), len(self._script)) - 1])
            return list(self._faces)

    def close(self) -> None:
        self.closed = True


class RecordingEmbedder:
    """A descriptor from a tiny thumbnail of the chip, unit length; records each chip."""

    model_id = "fake-thumbnail"
    chip_size = 150

    def __init__(self) -> None:
        self.chips: list[np.ndarray] = []

    def embed(self, chip: np.ndarray) -> np.ndarray:
        self.chips.append(chip)
        grey = cv2.cvtColor(chip, cv2.COLOR_BGR2GRAY) if chip.ndim == 3 else chip
        vector = cv2.resize(grey, (16, 8), interpolation=cv2.INTER_AREA).astype(np.float32).ravel()
        vector -= vector.mean()
        norm = float(np.linalg.norm(vector)) or 1.0
        return vector / norm
