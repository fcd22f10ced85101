"""The face descriptor interface: an aligned face chip in, a vector that names it out."""

from __future__ import annotations

from typing import Protocol

import numpy as np


class FaceEmbedder(Protocol):
    """Turns an aligned face chip (BGR, `chip_size` square) into a descriptor.

    Descriptors of one person lie close together (Euclidean distance); `model_id` is stored
    with every descriptor so that vectors of different models are never compared.
    """

    model_id: str
    chip_size: int

    def embed(self, chip: np.ndarray) -> np.ndarray: ...
