"""Line a face up before describing it, and judge how it is turned.

The descriptor network was trained on faces cut out the same way every time (dlib's
150-pixel chips), so each face is rotated, scaled and moved until its eyes, nose tip and
mouth sit where they sit in those chips. Aligning from the detector's own keypoints needs no
second landmark model, and separates people as well as dlib's 5-point predictor does
(measured: benchmarks/README.md#face-matching).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import cv2
import numpy as np

log = logging.getLogger(__name__)

CHIP_SIZE = 150
# Where the person's right eye, left eye, nose tip and mouth centre lie in a 150-px dlib chip:
# the mean over the 38 single-face photos of ../shared/data/faces (BlazeFace keypoints mapped
# through dlib's own chip transform), made left-right symmetric.
TEMPLATE = np.array([[47.6, 47.5], [102.4, 47.5], [75.0, 79.2], [75.0, 105.9]], np.float32)


def align(frame: np.ndarray, keypoints: np.ndarray, size: int = CHIP_SIZE) -> np.ndarray:
    """Cut the face out of `frame` upright and to scale, as a `size`-pixel square."""
    source = np.asarray(keypoints, np.float32)[:4]
    target = TEMPLATE * (size / CHIP_SIZE)
    matrix, _ = cv2.estimateAffinePartial2D(source, target, method=cv2.LMEDS)
    if matrix is None:  # degenerate keypoints (all in one spot): fall back to the exact fit
        matrix = _similarity(source, target)
    return cv2.warpAffine(
        frame, matrix, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )


def _similarity(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Least-squares similarity transform (Umeyama) from `source` to `target` points."""
    mean_s, mean_t = source.mean(0), target.mean(0)
    s, t = source - mean_s, target - mean_t
    variance = float((s**2).sum()) or 1.0
    u, sigma, vt = np.linalg.svd(t.T @ s)
    d = np.eye(2)
    if np.linalg.det(u @ vt) < 0:
        d[1, 1] = -1
    rotation = u @ d @ vt
    scale = float((sigma * np.diag(d)).sum()) / variance
    shift = mean_t - scale * rotation @ mean_s
    return np.hstack([scale * rotation, shift[:, None]]).astype(np.float32)


@dataclass(frozen=True)
class Pose:
    """How a face is turned, from its keypoints.

    `yaw`: the nose's sideways offset from between the eyes, in eye distances; negative
    when the nose points to the left of the picture (the person looks to their right).
    `roll`: head tilt in degrees. `pitch`: where the nose sits between the eyes (0) and the
    mouth (1); about 0.54 when the face looks straight at the camera.
    """

    yaw: float
    roll: float
    pitch: float


def pose(keypoints: np.ndarray) -> Pose:
    """Estimate the head's turn, tilt and nod from the eyes, nose tip and mouth."""
    points = np.asarray(keypoints, np.float64)
    right_eye, left_eye, nose, mouth = points[0], points[1], points[2], points[3]
    across = left_eye - right_eye
    eye_distance = float(np.hypot(*across)) or 1.0
    roll = math.degrees(math.atan2(across[1], across[0]))
    # Express the nose and mouth in the eyes' own frame, so a tilted head is not read as turned.
    unit = across / eye_distance
    normal = np.array([-unit[1], unit[0]])
    middle = (right_eye + left_eye) / 2
    yaw = float((nose - middle) @ unit) / eye_distance
    down_to_nose = float((nose - middle) @ normal)
    down_to_mouth = float((mouth - middle) @ normal) or 1.0
    return Pose(yaw=yaw, roll=roll, pitch=down_to_nose / down_to_mouth)


def sharpness(chip: np.ndarray) -> float:
    """Variance of the Laplacian of an aligned chip: low when the face is blurred."""
    grey = cv2.cvtColor(chip, cv2.COLOR_BGR2GRAY) if chip.ndim == 3 else chip
    return float(cv2.Laplacian(grey, cv2.CV_64F).var())


def brightness(chip: np.ndarray) -> float:
    """Mean grey level (0–255) of the middle of the chip, where the face is."""
    grey = cv2.cvtColor(chip, cv2.COLOR_BGR2GRAY) if chip.ndim == 3 else chip
    h, w = grey.shape[:2]
    return float(grey[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4].mean())
