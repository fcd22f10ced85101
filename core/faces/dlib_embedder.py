"""Face descriptors from dlib's ResNet model (128 numbers per face), fully offline.

The only module that imports dlib. The model file comes from the `face_recognition_models`
package (CC0), found on disk without importing that package (its `__init__` needs the
deprecated `pkg_resources`). Time per face: benchmarks/README.md#face-matching.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from core.faces.alignment import CHIP_SIZE
from core.faces.model import FacesUnavailableError
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

MODEL_FILE = "dlib_face_recognition_resnet_model_v1.dat"
MODEL_ID = "dlib-resnet-v1/blazeface-align-v1"
"""Stored with each descriptor: the network and the alignment that made it."""


def model_file(name: str = MODEL_FILE) -> Path:
    """The dlib model file inside the installed `face_recognition_models` package."""
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise FacesUnavailableError(
            tr("Face recognition is not installed. Reinstall Bitna to get it back.")
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "models" / name
    if not path.is_file():
        raise FacesUnavailableError(
            tr("The face model {name} is missing. Reinstall Bitna to get it back.", name=name)
        )
    return path


class DlibEmbedder:
    """dlib's `face_recognition_model_v1` on chips aligned by `core.faces.alignment`."""

    model_id = MODEL_ID
    chip_size = CHIP_SIZE

    def __init__(self) -> None:
        path = model_file()
        try:
            import dlib
        except ImportError as error:
            log.warning("dlib cannot be imported: %s", error)
            raise FacesUnavailableError(
                tr("Face recognition is not installed. Reinstall Bitna to get it back.")
            ) from error
        self._net: Any = dlib.face_recognition_model_v1(str(path))
        self._lock = threading.Lock()
        log.info("Face descriptor model ready: %s", path.name)

    def embed(self, chip: np.ndarray) -> np.ndarray:
        """The 128-d descriptor of a BGR chip of `chip_size` pixels."""
        if chip.shape[:2] != (CHIP_SIZE, CHIP_SIZE):
            chip = cv2.resize(chip, (CHIP_SIZE, CHIP_SIZE))
        rgb = np.ascontiguousarray(cv2.cvtColor(chip, cv2.COLOR_BGR2RGB))
        with self._lock:
            vector = self._net.compute_face_descriptor(rgb)
        return np.asarray(vector, np.float32)
