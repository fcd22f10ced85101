"""Who's here: names said once per arrival, on recorded frame sequences of real faces."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from core.faces.arrivals import AWAY_SECONDS, Arrivals, arrival_sentence
from core.faces.engine import FaceEngine, create_engine
from core.faces.fakes import face_at
from core.faces.model import DetectedFace, KnownDescriptors
from core.plumbing.imageio import load_image

FPS = 10


class ScriptedEngine:
    """Faces by frame: each frame's top-left pixel says which people are in it (bits)."""

    PEOPLE = ("Ann", "Ben", "stranger")

    def __init__(self) -> None:
        self.described = 0
        self.detected = 0

    def detect(self, frame: np.ndarray) -> list[DetectedFace]:
        self.detected += 1
        bits = int(frame[0, 0, 0])
        return [
            face_at(100 + 300 * i, 100, 120, score=0.9 + i / 100)
            for i in range(len(self.PEOPLE))
            if bits & (1 << i)
        ]

    def descriptor(self, frame: np.ndarray, face: DetectedFace) -> np.ndarray:
        self.described += 1
        vector = np.zeros(3, np.float32)
        vector[round((face.score - 0.9) * 100)] = 1.0
        return vector

    def match_all(
        self, vectors: np.ndarray, known: KnownDescriptors
    ) -> list[tuple[str | None, float | None]]:
        return FaceEngine.match_all(self, vectors, known)  # type: ignore[arg-type]

    threshold = 0.5


def frames(*steps: tuple[float, int]) -> list[np.ndarray]:
    """Frames at FPS: (seconds, who is in view as bits: 1 Ann, 2 Ben, 4 a stranger)."""
    sequence = []
    for seconds, bits in steps:
        frame = np.zeros((480, 640, 3), np.uint8)
        frame[0, 0, 0] = bits
        sequence += [frame] * round(seconds * FPS)
    return sequence


def play(arrivals: Arrivals, sequence: list[np.ndarray], start: float = 0.0) -> list[tuple]:
    said = []
    for i, frame in enumerate(sequence):
        now = start + i / FPS
        names = arrivals.on_frame(frame, now)
        if names:
            said.append((round(now, 1), names))
    return said


KNOWN = KnownDescriptors(["Ann", "Ben"], np.eye(3, dtype=np.float32)[:2])


def scripted(busy: list[bool] | None = None) -> tuple[Arrivals, ScriptedEngine, list[str]]:
    engine = ScriptedEngine()
    spoken: list[str] = []
    flag = busy if busy is not None else [False]
    arrivals = Arrivals(lambda: engine, lambda: KNOWN, spoken.append, lambda: flag[0])
    return arrivals, engine, spoken


def test_a_person_is_announced_on_arrival_not_while_they_stay() -> None:
    arrivals, engine, spoken = scripted()
    said = play(arrivals, frames((2, 0), (10, 1), (2, 0)))
    assert said == [(2.0, ["Ann"])]
    assert spoken == ["Ann is here."]
    # Checked every half second, not every frame; described once while she stayed.
    assert engine.detected == 28
    assert engine.described == 1


def test_back_after_being_away_announces_again_a_short_absence_does_not() -> None:
    arrivals, _, _ = scripted()
    short_gap = frames((3, 1), (AWAY_SECONDS - 2, 0), (3, 1))
    assert [names for _, names in play(arrivals, short_gap)] == [["Ann"]]
    arrivals.reset()
    long_gap = frames((3, 1), (AWAY_SECONDS + 1, 0), (3, 1))
    assert [names for _, names in play(arrivals, long_gap)] == [["Ann"], ["Ann"]]


def test_strangers_are_never_announced_and_two_people_each_once() -> None:
    arrivals, _, spoken = scripted()
    said = play(arrivals, frames((2, 4), (2, 5), (3, 7), (1, 0)))
    assert [names for _, names in said] == [["Ann"], ["Ben"]]
    assert arrival_sentence(["Ann", "Ben"]) == "Ann is here. Ben is here."
    assert spoken == ["Ann is here.", "Ben is here."]


def test_names_wait_while_reading_and_are_said_after_if_still_there() -> None:
    busy = [True]
    arrivals, _, spoken = scripted(busy)
    sequence = frames((3, 1))
    play(arrivals, sequence)
    assert spoken == []  # reading aloud: nothing said
    busy[0] = False
    assert play(arrivals, frames((1, 1)), start=3.0) == [(3.0, ["Ann"])]
    assert spoken == ["Ann is here."]
    # Someone who came and went while Bitna read is not announced afterwards.
    busy[0] = True
    play(arrivals, frames((AWAY_SECONDS + 1, 0), (1, 2), (3, 0)), start=10.0)
    busy[0] = False
    assert play(arrivals, frames((1, 0)), start=20.0) == []
    assert spoken == ["Ann is here."]


# The real engine on recorded sequences: shared face photos pasted into camera frames ------
@pytest.fixture(scope="module")
def engine():
    engine = create_engine()
    yield engine
    engine.close()


def room(width: int = 1280, height: int = 720) -> np.ndarray:
    shade = np.linspace(90, 170, width, dtype=np.float32)
    frame = np.repeat(shade[None, :, None], height, axis=0).repeat(3, axis=2)
    cv2.rectangle(frame, (900, 420), (1250, 720), (60, 80, 110), -1)  # a cupboard
    return frame.astype(np.uint8)


def pasted(background: np.ndarray, photo: np.ndarray, x: int, height: int = 300) -> np.ndarray:
    frame = background.copy()
    scale = height / photo.shape[0]
    small = cv2.resize(photo, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    width = min(small.shape[1], frame.shape[1] - x)
    frame[100 : 100 + height, x : x + width] = small[:, :width]
    return frame


def test_real_faces_arrive_stay_leave_and_return(engine: FaceEngine, shared_data: Path) -> None:
    people = shared_data / "faces" / "people"
    enrolled = load_image(people / "kit_harington_john1.jpeg")
    face = max(engine.detect(enrolled), key=lambda f: f.box.height)
    known = KnownDescriptors(["Kit"], engine.descriptor(enrolled, face)[None, :])
    kit = load_image(people / "kit_harington_john2.jpeg")
    stranger = load_image(people / "lin-manuel-miranda.png")
    empty = room()
    # Kit walks in (moving a little each frame), stays, leaves for 7 s, comes back; a
    # stranger passes by in between.
    sequence = [empty] * 10
    sequence += [pasted(empty, kit, 100 + 4 * i) for i in range(40)]
    sequence += [empty] * 20 + [pasted(empty, stranger, 500)] * 20 + [empty] * 30
    sequence += [pasted(empty, kit, 600)] * 20
    spoken: list[str] = []
    arrivals = Arrivals(lambda: engine, lambda: known, spoken.append)
    said = play(arrivals, sequence)
    assert [names for _, names in said] == [["Kit"], ["Kit"]]
    assert said[0][0] <= 1.6 and said[1][0] >= 12.0  # soon after each arrival
    assert spoken == ["Kit is here.", "Kit is here."]
    # Cheap: a check every half second, a descriptor only for faces new to the checks.
    assert arrivals.checks == len(sequence) // (FPS // 2)
    assert arrivals.descriptions <= 4
