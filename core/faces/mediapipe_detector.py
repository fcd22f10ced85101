"""Face detection with MediaPipe's Tasks API and the BlazeFace models in resources/models.

The only module that imports mediapipe. Full-range BlazeFace finds the small and far faces
that short-range misses (measured: benchmarks/README.md#face-detection).
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import sys
import threading
import types
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from core.faces.model import Box, DetectedFace, FacesUnavailableError
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

FULL_RANGE = "face_detection_full_range_sparse.tflite"
SHORT_RANGE = "face_detection_short_range.tflite"
MIN_CONFIDENCE = 0.5
"""Lowest detector score kept: lower ones find faces in photos without any
(benchmarks/README.md#face-detection)."""


@contextlib.contextmanager
def _native_logs_silenced() -> Iterator[None]:
    """Hide LiteRT's dozens of start-up lines (C++ logging to fd 2 that no setting quiets).

    They would bury Bitna's one-line messages on the command line.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _without_plotting() -> None:
    """Let mediapipe import where matplotlib is not installed.

    mediapipe's vision package imports matplotlib for drawing helpers Bitna never calls;
    installs and the bundle leave out its 35 MB (installer/no-deps.txt), so an empty
    stand-in takes its place. A real matplotlib, where one is installed, is left alone.
    """
    if "matplotlib" in sys.modules or importlib.util.find_spec("matplotlib") is not None:
        return
    plotting, pyplot = types.ModuleType("matplotlib"), types.ModuleType("matplotlib.pyplot")
    setattr(plotting, "pyplot", pyplot)  # noqa: B010 (a module's attribute, set as import does)
    sys.modules.update({"matplotlib": plotting, "matplotlib.pyplot": pyplot})


def model_path(name: str = FULL_RANGE) -> Path:
    """Where the shipped BlazeFace model file is (resources/models)."""
    return Path(str(resources.files("resources") / "models" / name))


class MediaPipeDetector:
    """BlazeFace through `mediapipe.tasks.vision.FaceDetector`, in single-image mode."""

    def __init__(self, model: str = FULL_RANGE, min_confidence: float = MIN_CONFIDENCE) -> None:
        path = model_path(model)
        if not path.is_file():
            raise FacesUnavailableError(
                tr(
                    "The face model {name} is missing. Reinstall Bitna to get it back.",
                    name=path.name,
                )
            )
        _without_plotting()
        try:
            from mediapipe import Image, ImageFormat
            from mediapipe.tasks.python import BaseOptions, vision
        except ImportError as error:
            log.warning("mediapipe cannot be imported: %s", error)
            raise FacesUnavailableError(
                tr("Face detection is not installed. Reinstall Bitna to get it back.")
            ) from error
        self._image_class: Any = Image
        self._image_format: Any = ImageFormat.SRGB
        options = vision.FaceDetectorOptions(
            base_options=BaseOptions(model_asset_path=str(path)),
            min_detection_confidence=min_confidence,
        )
        with _native_logs_silenced():
            self._detector: Any = vision.FaceDetector.create_from_options(options)
            # The first detection prints more native lines ("Logging before InitGoogle()",
            # a LiteRT memory-alignment warning): get them over with here, unheard.
            self._detector.detect(
                Image(image_format=ImageFormat.SRGB, data=np.zeros((64, 64, 3), np.uint8))
            )
        self._lock = threading.Lock()  # one graph: calls from two threads take turns
        log.info("Face detector ready: %s", path.name)

    def detect(self, frame: np.ndarray) -> list[DetectedFace]:
        """The faces in a BGR frame, left to right."""
        height, width = frame.shape[:2]
        rgb = np.ascontiguousarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
        image = self._image_class(image_format=self._image_format, data=rgb)
        with self._lock:
            if self._detector is None:
                return []
            result = self._detector.detect(image)
        faces = []
        for detection in result.detections:
            box = detection.bounding_box
            # Boxes can reach past the edges for faces cut off by the frame: clip them.
            x0, y0 = max(0, box.origin_x), max(0, box.origin_y)
            x1 = min(width, box.origin_x + box.width)
            y1 = min(height, box.origin_y + box.height)
            if x1 <= x0 or y1 <= y0:
                continue
            points = np.array(
                [[point.x * width, point.y * height] for point in detection.keypoints],
                np.float32,
            )
            score = detection.categories[0].score if detection.categories else 0.0
            faces.append(
                DetectedFace(
                    box=Box(x0, y0, x1 - x0, y1 - y0),
                    score=float(score or 0.0),
                    keypoints=points,
                    frame_width=width,
                    frame_height=height,
                )
            )
        return sorted(faces, key=lambda face: face.box.centre[0])

    def close(self) -> None:
        """Free the graph; later calls find no faces."""
        with self._lock:
            if self._detector is not None:
                with _native_logs_silenced():  # "DestroyAccelerator" and the like
                    self._detector.close()
                self._detector = None
