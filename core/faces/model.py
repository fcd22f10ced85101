"""What the face engine hands around: faces found in a frame, and who they turned out to be."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from core.plumbing.errors import UserFacingError


class FacesUnavailableError(UserFacingError):
    """The face libraries or their model files are missing from this installation."""


class PeopleStoreError(UserFacingError):
    """The list of people cannot be read or written (permissions, disk full, bad import)."""


class PeopleLockedError(PeopleStoreError):
    """The faces are encrypted and their key is gone (key file deleted, keyring emptied)."""


class WrongPassphraseError(PeopleStoreError):
    """An encrypted export does not open with the passphrase given."""


@dataclass(frozen=True)
class Box:
    """A face's box in pixels of the frame it was found in."""

    x: int
    y: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)


@dataclass(frozen=True)
class DetectedFace:
    """One face: its box, the detector's confidence and its landmarks in pixels.

    `keypoints` rows are (x, y) for: the person's right eye, left eye, nose tip, mouth
    centre, right ear, left ear (BlazeFace's order; alignment uses the first four).
    """

    box: Box
    score: float
    keypoints: np.ndarray
    frame_width: int
    frame_height: int

    @property
    def relative_height(self) -> float:
        """Face height as a share of the frame height: how close the person is."""
        return self.box.height / self.frame_height if self.frame_height else 0.0

    @property
    def relative_centre_x(self) -> float:
        """Horizontal centre as a share of the frame width (0 is the left edge)."""
        return self.box.centre[0] / self.frame_width if self.frame_width else 0.5


@dataclass(frozen=True)
class SeenFace:
    """A detected face and who it is: `name` is None for someone not introduced."""

    face: DetectedFace
    name: str | None = None
    distance: float | None = None


@dataclass(frozen=True)
class Person:
    """Someone the user taught Bitna: a name and how many descriptors are kept."""

    id: int
    name: str
    samples: int


@dataclass
class KnownDescriptors:
    """All stored descriptors of one model, stacked for fast matching."""

    names: list[str] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 128), np.float32))

    @cached_property
    def squared_norms(self) -> np.ndarray:
        """Each vector's squared length, computed once for all the matches against them."""
        vectors = np.asarray(self.vectors, np.float32)
        return np.einsum("ij,ij->i", vectors, vectors)
