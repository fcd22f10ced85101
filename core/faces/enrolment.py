"""Teach Bitna a face: take several good frames, and tell the person how to help.

A frame is good when it shows exactly one face, big enough, looking at the camera, lit and
sharp. Otherwise the advice says the one thing to change ("Turn your head slightly to your
left."), spoken so a blind user and the person they are introducing both hear it. Limits
were set on ../shared/data/faces, so every one of its single-face photos is accepted
(measured: benchmarks/README.md#teaching-a-face).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.faces.alignment import align, brightness, pose, sharpness
from core.faces.engine import FaceEngine
from core.faces.model import DetectedFace
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

SAMPLES = 3
"""Descriptors kept per enrolment: several views beat one (benchmarks/faces.py)."""
MIN_HEIGHT = 0.15
"""Face height as a share of the frame; smaller faces give poorer descriptors."""
MAX_HEIGHT = 0.90
YAW_LIMIT = 0.20
"""Nose offset in eye distances."""
ROLL_LIMIT = 15.0
"""Head tilt in degrees."""
PITCH_RANGE = (0.35, 0.75)
"""Nose position between eyes and mouth."""
MIN_SHARPNESS = 40.0
"""Laplacian variance of the aligned chip, between sharp photos and the same blurred."""
DARK, BRIGHT = 50.0, 225.0
"""Mean grey level of the middle of the face."""
MIN_CHANGE = 0.03
"""Descriptor distance below which a sample is the same frame again (a frozen camera)."""


@dataclass(frozen=True)
class Assessment:
    """Whether a frame is good for learning a face, and what to say when it is not."""

    face: DetectedFace | None
    advice: str | None
    chip: np.ndarray | None = None

    @property
    def good(self) -> bool:
        return self.advice is None and self.face is not None


def assess(frame: np.ndarray, faces: list[DetectedFace], chip_size: int = 150) -> Assessment:
    """Judge one frame; the advice names the first thing to change, most important first."""
    if not faces:
        return Assessment(None, tr("I cannot see a face. Face the camera."))
    if len(faces) > 1:
        return Assessment(
            None,
            tr(
                "I can see {count} faces. Only the person to remember should face the camera.",
                count=len(faces),
            ),
        )
    face = faces[0]
    box = face.box
    if face.relative_height < MIN_HEIGHT:
        return Assessment(face, tr("Come a little closer to the camera."))
    touches = (
        box.x <= 1
        or box.y <= 1
        or box.x + box.width >= face.frame_width - 1
        or box.y + box.height >= face.frame_height - 1
    )
    if face.relative_height > MAX_HEIGHT or (touches and face.relative_height > 0.5):
        return Assessment(face, tr("Move back a little from the camera."))
    if touches:
        return Assessment(face, tr("Move towards the middle of the picture."))
    head = pose(face.keypoints)
    # A negative yaw: the nose points to the picture's left, which is the person's right.
    if head.yaw < -YAW_LIMIT:
        return Assessment(face, tr("Turn your head slightly to your left."))
    if head.yaw > YAW_LIMIT:
        return Assessment(face, tr("Turn your head slightly to your right."))
    if abs(head.roll) > ROLL_LIMIT:
        return Assessment(face, tr("Hold your head straight, not tilted."))
    if head.pitch < PITCH_RANGE[0]:
        return Assessment(face, tr("Lower your chin slightly."))
    if head.pitch > PITCH_RANGE[1]:
        return Assessment(face, tr("Lift your chin slightly."))
    chip = align(frame, face.keypoints, chip_size)
    light = brightness(chip)
    if light < DARK:
        return Assessment(face, tr("The face is too dark. Turn on a light or face the window."))
    if light > BRIGHT:
        return Assessment(face, tr("The face is too bright. Move out of direct light."))
    if sharpness(chip) < MIN_SHARPNESS:
        return Assessment(face, tr("Hold still: the picture is blurred."))
    return Assessment(face, None, chip)


@dataclass
class Enrolment:
    """Collects SAMPLES good, different descriptors from the frames offered to it."""

    engine: FaceEngine
    samples: int = SAMPLES
    descriptors: list[np.ndarray] = field(default_factory=list)
    last_advice: str | None = None

    @property
    def done(self) -> bool:
        return len(self.descriptors) >= self.samples

    def offer(self, frame: np.ndarray) -> Assessment:
        """Look at one frame; keeps its descriptor when the frame is good and new."""
        result = assess(frame, self.engine.detect(frame), self.engine.embedder.chip_size)
        self.last_advice = result.advice
        if result.good and result.chip is not None and not self.done:
            vector = self.engine.embedder.embed(result.chip)
            if all(float(np.linalg.norm(vector - old)) >= MIN_CHANGE for old in self.descriptors):
                self.descriptors.append(vector)
        return result


def collect(
    engine: FaceEngine,
    latest_frame: Callable[[], np.ndarray | None],
    advise: Callable[[str], None],
    *,
    samples: int = SAMPLES,
    timeout: float = 25.0,
    interval: float = 0.3,
    advice_every: float = 2.5,
    cancelled: threading.Event | None = None,
) -> list[np.ndarray]:
    """Offer frames to an Enrolment until it is done, the time is up or it is cancelled.

    Runs on a worker. `advise` is called with guidance when it changes, or again after
    `advice_every` seconds, and with a short note for each sample taken; it must hand the
    text to the UI thread itself.
    """
    enrolment = Enrolment(engine, samples)
    deadline = time.monotonic() + timeout
    said, said_at = "", 0.0
    while not enrolment.done and time.monotonic() < deadline:
        if cancelled is not None and cancelled.is_set():
            break
        frame = latest_frame()
        if frame is not None:
            before = len(enrolment.descriptors)
            result = enrolment.offer(frame)
            now = time.monotonic()
            if len(enrolment.descriptors) > before:
                advise(
                    tr(
                        "Picture {number} of {total} taken.",
                        number=len(enrolment.descriptors),
                        total=samples,
                    )
                )
                said, said_at = "", now
            elif result.advice and (result.advice != said or now - said_at >= advice_every):
                advise(result.advice)
                said, said_at = result.advice, now
        time.sleep(interval)
    return enrolment.descriptors
