"""The real engine (BlazeFace + alignment + dlib) on ../shared/data/faces, and its fakes."""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np
import pytest

from core.faces.alignment import TEMPLATE, align, pose
from core.faces.engine import MATCH_THRESHOLD, FaceEngine, create_engine
from core.faces.enrolment import Enrolment, assess, collect
from core.faces.fakes import NullDetector, RecordingDetector, RecordingEmbedder, face_at
from core.faces.model import KnownDescriptors
from core.faces.store import PeopleStore
from core.plumbing.imageio import load_image


@pytest.fixture(scope="module")
def engine():
    engine = create_engine()
    yield engine
    engine.close()


@pytest.fixture
def faces(shared_data: Path) -> Path:
    return shared_data / "faces"


def photo(faces: Path, name: str) -> np.ndarray:
    return load_image(faces / name)


def single_descriptor(engine: FaceEngine, frame: np.ndarray) -> np.ndarray:
    found = engine.detect(frame)
    assert len(found) == 1
    return engine.descriptor(frame, found[0])


def test_finds_faces_and_none_where_there_are_none(engine: FaceEngine, faces: Path) -> None:
    assert len(engine.detect(photo(faces, "people/kit_with_rose.jpg"))) == 2
    for name in ("chelsea.png", "coffee.png", "rocket.jpg"):
        assert engine.detect(photo(faces, f"no_faces/{name}")) == []
    assert len(engine.detect(photo(faces, "people/selfie-many-people.jpg"))) >= 4
    found = engine.detect(photo(faces, "people/kit_with_rose.jpg"))
    assert found[0].box.x < found[1].box.x  # left to right
    assert found[0].keypoints.shape == (6, 2)


def test_enroll_recognise_and_forget(engine: FaceEngine, faces: Path) -> None:
    store = PeopleStore.open()
    store.add(
        "Kit",
        [single_descriptor(engine, photo(faces, "people/kit_harington_john1.jpeg"))],
        engine.model_id,
    )
    store.add(
        "Rose",
        [single_descriptor(engine, photo(faces, "people/rose_leslie_img1.jpg"))],
        engine.model_id,
    )
    together = engine.identify(
        photo(faces, "people/kit_with_rose.jpg"), store.known(engine.model_id)
    )
    assert [seen.name for seen in together] == ["Rose", "Kit"]
    other = engine.identify(photo(faces, "people/johnsnow_test1.jpg"), store.known(engine.model_id))
    assert [seen.name for seen in other] == ["Kit"]
    stranger = engine.identify(
        photo(faces, "people/lin-manuel-miranda.png"), store.known(engine.model_id)
    )
    assert len(stranger) == 1 and stranger[0].name is None
    assert stranger[0].distance is not None and stranger[0].distance >= MATCH_THRESHOLD
    store.forget("Kit")
    after = engine.identify(photo(faces, "people/kit_with_rose.jpg"), store.known(engine.model_id))
    assert [seen.name for seen in after] == ["Rose", None]


def test_the_threshold_separates_same_and_different_people(engine: FaceEngine, faces: Path) -> None:
    a1 = single_descriptor(engine, photo(faces, "people/img5.jpg"))  # person_A
    a2 = single_descriptor(engine, photo(faces, "people/img11.jpg"))  # person_A
    b = single_descriptor(engine, photo(faces, "people/img43.jpg"))  # person_B
    assert np.linalg.norm(a1 - a2) < MATCH_THRESHOLD < np.linalg.norm(a1 - b)
    assert a1.shape == (128,) and a1.dtype == np.float32


def test_match_applies_the_threshold_exactly() -> None:
    engine = FaceEngine(NullDetector(), RecordingEmbedder())
    base = np.zeros(128, np.float32)
    known = KnownDescriptors(["Ann"], base[None, :].copy())
    near, far = base.copy(), base.copy()
    near[0], far[0] = MATCH_THRESHOLD - 0.01, MATCH_THRESHOLD + 0.01
    assert engine.match(near, known)[0] == "Ann"
    assert engine.match(far, known)[0] is None
    assert engine.match(near, KnownDescriptors()) == (None, None)


def test_alignment_straightens_a_tilted_face(engine: FaceEngine, faces: Path) -> None:
    frame = photo(faces, "people/img14.jpg")
    height, width = frame.shape[:2]
    rotation = cv2.getRotationMatrix2D((width / 2, height / 2), 25, 1.0)
    tilted = cv2.warpAffine(frame, rotation, (width, height), borderMode=cv2.BORDER_REPLICATE)
    face = engine.detect(tilted)[0]
    assert abs(pose(face.keypoints).roll) > 15
    chip = align(tilted, face.keypoints)
    # Detect again inside the chip: the eyes now sit level, where the template puts them.
    inside = engine.detect(cv2.copyMakeBorder(chip, 75, 75, 75, 75, cv2.BORDER_REPLICATE))
    assert len(inside) == 1
    eyes = inside[0].keypoints[:2] - 75
    assert abs(math.degrees(math.atan2(*(eyes[1] - eyes[0])[::-1]))) < 5
    assert np.abs(eyes - TEMPLATE[:2]).max() < 12


def test_guidance_for_a_turned_head() -> None:
    frame = np.full((480, 640, 3), 128, np.uint8)
    face = face_at(250, 120, 160)
    turned = face.keypoints.copy()
    turned[2, 0] -= 0.35 * (turned[1, 0] - turned[0, 0])  # nose towards the picture's left
    from dataclasses import replace

    assert assess(frame, [replace(face, keypoints=turned)]).advice == (
        "Turn your head slightly to your left."
    )
    turned[2, 0] += 0.7 * (face.keypoints[1, 0] - face.keypoints[0, 0])
    assert assess(frame, [replace(face, keypoints=turned)]).advice == (
        "Turn your head slightly to your right."
    )


def test_guidance_for_distance_company_and_nobody() -> None:
    frame = np.full((480, 640, 3), 128, np.uint8)
    assert assess(frame, []).advice == "I cannot see a face. Face the camera."
    assert assess(frame, [face_at(300, 200, 40)]).advice == "Come a little closer to the camera."
    two = assess(frame, [face_at(10, 100, 150), face_at(400, 100, 150)]).advice
    assert two is not None and "2 faces" in two
    assert assess(frame, [face_at(0, 100, 200)]).advice == (
        "Move towards the middle of the picture."
    )


def test_a_real_photo_is_good_and_a_blurred_one_is_not(engine: FaceEngine, faces: Path) -> None:
    frame = photo(faces, "people/img14.jpg")
    assert assess(frame, engine.detect(frame)).good
    blurred = cv2.GaussianBlur(frame, (0, 0), 6)
    result = assess(blurred, engine.detect(blurred))
    assert result.advice == "Hold still: the picture is blurred."


def test_enrolment_takes_several_different_good_pictures(engine: FaceEngine, faces: Path) -> None:
    frames = [photo(faces, f"people/{n}") for n in ("img14.jpg", "img15.jpg", "img57.jpg")]
    enrolment = Enrolment(engine, samples=3)
    enrolment.offer(frames[0])
    enrolment.offer(frames[0])  # the same frame again (a frozen camera) does not count twice
    assert len(enrolment.descriptors) == 1
    enrolment.offer(photo(faces, "no_faces/coffee.png"))
    assert enrolment.last_advice == "I cannot see a face. Face the camera."
    for frame in frames[1:]:
        enrolment.offer(frame)
    assert enrolment.done and len(enrolment.descriptors) == 3


def test_collect_guides_then_finishes() -> None:
    frame = np.random.default_rng(1).integers(0, 255, (480, 640, 3), np.uint8)
    good = face_at(250, 120, 160)
    script = [[], [], [good], [good]]
    engine = FaceEngine(RecordingDetector(script=script), RecordingEmbedder())
    frames = iter([frame, frame, frame, np.roll(frame, 7, axis=1)] + [frame] * 50)
    said: list[str] = []
    descriptors = collect(
        engine, lambda: next(frames), said.append, samples=2, timeout=5, interval=0.001
    )
    assert len(descriptors) == 2
    assert said == [
        "I cannot see a face. Face the camera.",
        "Picture 1 of 2 taken.",
        "Picture 2 of 2 taken.",
    ]


def test_collect_gives_up_after_the_timeout() -> None:
    engine = FaceEngine(NullDetector(), RecordingEmbedder())
    said: list[str] = []
    frame = np.zeros((480, 640, 3), np.uint8)
    assert collect(engine, lambda: frame, said.append, timeout=0.05, interval=0.01) == []
    assert said == ["I cannot see a face. Face the camera."]
