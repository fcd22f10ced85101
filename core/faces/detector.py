"""The face detector interface: a frame in, the faces in it out."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from core.faces.model import DetectedFace


class FaceDetector(Protocol):
    """Finds faces in a BGR frame. Implementations must be safe to call from any thread."""

    def detect(self, frame: np.ndarray) -> list[DetectedFace]: ...

    def close(self) -> None: ...
