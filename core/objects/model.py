"""What the object engine hands around: local features of one view, taught objects, matches."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.plumbing.errors import UserFacingError


class ObjectsStoreError(UserFacingError):
    """The list of objects cannot be read or written (permissions, disk full, bad import)."""


@dataclass(frozen=True)
class ViewFeatures:
    """The keypoints of one picture of an object: where (x, y) and what (binary descriptor).

    `points` is float32 (n, 2) in the pixels of the picture as the extractor scaled it;
    `descriptors` is uint8 (n, 32) (ORB). `width` and `height` are that scaled size.
    """

    points: np.ndarray
    descriptors: np.ndarray
    width: int
    height: int

    @property
    def count(self) -> int:
        return int(self.points.shape[0])


@dataclass(frozen=True)
class TaughtObject:
    """Something the user taught Bitna: a name and how many views (pictures) are kept."""

    id: int
    name: str
    views: int


@dataclass
class KnownViews:
    """Every stored view of one feature model, each with the name it belongs to."""

    names: list[str] = field(default_factory=list)
    views: list[ViewFeatures] = field(default_factory=list)
    version: str = ""
    """Changes whenever the stored list changes, so a prepared matcher can be reused."""


@dataclass(frozen=True)
class Recognition:
    """A taught object seen in a frame: `inliers` keypoints agree on one perspective."""

    name: str
    inliers: int
    threshold: int

    @property
    def sure(self) -> bool:
        """Twice the threshold or more: the measured gap makes a mistake very unlikely."""
        return self.inliers >= 2 * self.threshold


@dataclass(frozen=True)
class CodeRead:
    """A barcode or QR code read in a frame: its kind ("QR_CODE", "EAN_13"…) and text."""

    kind: str
    text: str
    name: str | None = None
    """The name the user gave this barcode, when they taught it one."""

    @property
    def is_qr(self) -> bool:
        return self.kind.upper().startswith("QR")
