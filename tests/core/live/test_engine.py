"""The live text engine fed frame by frame, reading with real Tesseract: what it says, and
when it stays quiet."""

from __future__ import annotations

import numpy as np

from benchmarks.live_bottles import Renderer, steady_turn, truth
from benchmarks.live_bottles import Shot as BottleShot
from benchmarks.scene_videos import Script, Shot, desk, render
from core.live.engine import LiveText
from core.live.model import SeenLine
from core.live.regions import LineReader, find_patches
from core.text.metrics import cer, words_in_order
from core.text.model import Box
from core.text.script import language_of
from tests.gui.test_live_text_gui import CEREAL, SOUP, box_face


class Speech:
    """Speech that takes `seconds_per_character` to say a text, on the test's clock."""

    def __init__(self, seconds_per_character: float = 0.05) -> None:
        self.pace = seconds_per_character
        self.now = 0.0
        self.until = 0.0
        self.said: list[tuple[float, str]] = []

    def say(self, text: str, language: str | None) -> None:
        self.said.append((self.now, text))
        self.until = self.now + self.pace * len(text)

    def busy(self) -> bool:
        return self.now < self.until


def play(script: Script, speech: Speech, live: LiveText | None = None) -> LiveText:
    live = live or LiveText(
        read_lines=LineReader(languages="eng"),
        say=speech.say,
        is_speaking=speech.busy,
        background=False,
    )
    background = desk(script.size)
    for number, shot in enumerate(script.shots):
        speech.now = number / script.fps
        live.on_frame(render(shot, script.pages, background), speech.now)
    return live


def count(said: list[tuple[float, str]], line: str) -> int:
    return sum(cer(line, text, casefold=True) <= 0.2 for _, text in said)


def test_print_is_found_on_the_box_and_not_on_the_desk() -> None:
    frame = desk((1280, 720))
    assert find_patches(frame) == []
    face = box_face(CEREAL)
    frame[200 : 200 + face.shape[0], 400 : 400 + face.shape[1]] = face
    patches = find_patches(frame)
    assert patches
    box = patches[0].box
    assert 380 <= box.left <= 430 and box.right <= 400 + face.shape[1] + 20


def test_a_box_held_in_a_shaking_hand_is_read_line_by_line_once() -> None:
    script = Script([box_face(CEREAL)])
    script.empty(0.5)
    script.slide_in(0)
    script.hold(0, 8.0, jitter=5)
    speech = Speech()
    live = play(script, speech)
    for text in CEREAL[:3]:
        assert count(speech.said, text) == 1, speech.said
    assert count(speech.said, "Shake well") == 2, speech.said
    assert len(speech.said) == len(CEREAL), speech.said
    order = [
        next(t for _, t in speech.said if cer(line, t, casefold=True) <= 0.2) for line in CEREAL[:3]
    ]
    assert [cer(a, b) <= 0.2 for a, b in zip(order, CEREAL[:3], strict=True)] == [True] * 3
    # Once every line is said, a box held in a hand (drifting a few pixels, as a hand does)
    # is only looked at, not read again.
    readings = live.readings
    more = Script([box_face(CEREAL)])
    x, y = more.rest_xy(0)
    for number in range(more.frames(4.0)):
        drift = 3 * np.sin(number / 5)
        more.shots.append(Shot((0, x + round(drift), y + round(drift / 2)), None, 1.0))
    play(more, speech, live)
    assert live.readings - readings <= 2


def test_lines_of_a_box_taken_away_are_dropped_not_said_late() -> None:
    script = Script([box_face(CEREAL), box_face(SOUP)])
    script.empty(0.5)
    script.slide_in(0)
    script.hold(0, 1.5, jitter=4)
    script.turn(0)
    script.slide_in(1)
    script.hold(1, 8.0, jitter=4)
    speech = Speech(seconds_per_character=0.12)  # slow speech: the cereal box goes first
    play(script, speech)
    gone = script.frames(0.5 + 0.8 + 1.5 + 1.2) / script.fps
    late = [(time, text) for time, text in speech.said if time > gone + 0.5]
    assert all(count([(0, text)], line) == 0 for _, text in late for line in CEREAL), late
    for line in SOUP:
        assert count(speech.said, line) == 1, speech.said


def test_an_empty_desk_is_never_read_twice_and_says_nothing() -> None:
    script = Script([box_face(CEREAL)])
    script.empty(5.0)
    speech = Speech()
    live = play(script, speech, None)
    assert speech.said == []
    assert live.readings == 1


def test_frames_are_thumbnailed_not_read_while_nothing_changes() -> None:
    frame = np.full((1080, 1920, 3), 70, np.uint8)
    speech = Speech()
    calls = []

    def reader(image: np.ndarray) -> list:
        calls.append(image.shape)
        return []

    live = LiveText(read_lines=reader, say=speech.say, is_speaking=speech.busy, background=False)
    for number in range(90):
        live.on_frame(frame, number / 30)
    assert len(calls) == 1


def lines_reader(*texts: str):
    """A reader that finds `texts` as lines down the frame, read surely."""

    def read(image: np.ndarray) -> list[SeenLine]:
        return [
            SeenLine(t, Box(400, 200 + 50 * n, 300, 30), 95.0, language_of(t))
            for n, t in enumerate(texts)
        ]

    return read


def heard_after(texts: tuple[str, ...], announce_expiry: bool = True) -> list[tuple[str, str]]:
    speech = Speech()
    live = LiveText(
        read_lines=lines_reader(*texts),
        say=speech.say,
        is_speaking=speech.busy,
        background=False,
        announce_expiry=announce_expiry,
    )
    frame = np.full((720, 1280, 3), 90, np.uint8)
    for number in range(200):
        speech.now = number / 30
        live.on_frame(frame, speech.now)
    return [(item.kind, item.spoken) for item in live.heard]


def test_dates_are_said_in_words_and_an_expiry_also_on_its_own() -> None:
    heard = heard_after(("MILK 1 L", "BB 14/03/27 L1234", "Keep cold"))
    assert heard == [
        ("line", "MILK 1 L"),
        ("line", "Best before 14 March 2027 L1234"),
        ("expiry", "Best before 14 March 2027"),
        ("line", "Keep cold"),
    ]


def test_an_expiry_the_line_already_says_is_not_said_twice() -> None:
    heard = heard_after(("Best before 14/03/2027", "유통기한 2027.03.14"))
    assert heard == [("line", "Best before 14 March 2027"), ("line", "유통기한 2027년 3월 14일")]


def test_expiry_announcements_can_be_turned_off() -> None:
    heard = heard_after(("EXP 03/2027 LOT 5512",), announce_expiry=False)
    assert [kind for kind, _ in heard] == ["line"]


def turned(shot: BottleShot) -> tuple[LiveText, Renderer]:
    """`shot` of a bottle played through live text reading with real Tesseract."""
    renderer = Renderer(shot)
    reader = LineReader(languages="eng")
    speech = Speech(seconds_per_character=0.02)
    live = LiveText(
        read_lines=reader,
        read_label=reader.label_lines,
        say=speech.say,
        is_speaking=speech.busy,
        background=False,
    )
    for t, frame in renderer.frames():
        speech.now = t
        live.on_frame(frame, t)
    return live, renderer


def test_a_bottle_turned_round_is_read_round_its_label_once() -> None:

    shot = BottleShot(
        "turn", "english", steady_turn(0.5, 6.0), 9.0, kind="bottle", size=(720, 560), radius=200
    )
    live, renderer = turned(shot)
    labels = [item.text for item in live.heard if item.kind == "label"]
    words = " ".join(truth(renderer)["words"])
    assert words_in_order(words, " ".join(labels)) >= 0.9, labels
    # Held still before the turn, its front was read as it shows; once it turned, no
    # fragment of a line was said, nor its lines again when it came to rest.
    assert all(item.time < 0.5 + 0.6 for item in live.heard if item.kind == "line"), live.heard


def test_a_bottle_turned_half_round_and_stopped_says_no_fragment_before_its_label() -> None:
    """Stopped, a label is read once it stayed still a moment: in that moment, and in the
    turn, nothing is read or said; lines read before the turn are not said after it."""

    shot = BottleShot(
        "half", "english", steady_turn(0.5, 3.0, 0.5), 7.0, size=(720, 560), radius=200
    )
    live, renderer = turned(shot)
    labels = [item.text for item in live.heard if item.kind == "label"]
    words = " ".join(truth(renderer)["seen_words"])
    assert words_in_order(words, " ".join(labels)) >= 0.9, labels
    assert all(item.time < 0.5 + 0.6 for item in live.heard if item.kind == "line"), live.heard


def test_a_bottle_turned_on_past_its_full_circle_is_read_once() -> None:

    shot = BottleShot(
        "turn",
        "english",
        steady_turn(0.5, 9.0, turns=1.5),
        12.0,
        kind="bottle",
        size=(720, 560),
        radius=200,
    )
    live, _ = turned(shot)
    labels = [item.text for item in live.heard if item.kind == "label"]
    assert labels and len(labels) == len(set(labels)), labels
