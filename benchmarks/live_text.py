"""Benchmark: live text (issue 23) on camera-like videos of boxes and bottles, in real time.

Videos come from `benchmarks/live_videos.py` (into a temporary folder, or --keep DIR): box
faces with printed English, Korean and mixed lines, held in a hand under a document camera,
turned, taken away and brought back. Each is played the way the app plays a camera: a
`FileSource` read by a `FrameReader` thread that keeps the newest frame, polled by the app's
`LiveLoop` thread that hands each new frame to `LiveText.on_frame(frame, time.monotonic())`
(the real engine, its reads on its own worker, `LineReader(languages="eng+kor")`, its
`label_lines` reading turned labels). Speech
is a fake that takes as long as speech would (`live_videos.SECONDS_PER_CHARACTER`), so
`is_speaking` tells the truth.

Beside it runs the naive way: Read pressed once a second on the whole frame, plain
Tesseract (psm 3, eng+kor) on the newest frame, every line of the result queued for speech.

Scored per video against its truth (line appearances): lines said exactly once per
appearance, missed, said twice or more in one appearance, said when not in view (no
matching line in view, of them "gone": its object gone more than GRACE seconds before,
and "garbled": matching no line at all); and three medians: the latency from a line
becoming readable to its first word; the wait, that latency less the time speech was still
busy with the lines before it (the engine's own delay); and "first", from a face's first
line becoming readable to the first of its lines said. A spoken line matches a line of the
truth when its character error rate is at most MATCH_CER (`heard_error`: without case or
spaces). Also the cost of watching with nothing new in view (a box held after its lines
were said, an empty desk) as % of one core: the process's CPU time (its Tesseract
children included) over wall time, less the frame reader's alone on the same video.

Bottles and tins (`benchmarks/live_bottles.py`: turned a whole turn, back and forth in a
shaking hand, half a turn; then held still while their label is said) are scored against
their label, in a table of their own: the share of the label's words that came into view
said whole and in order (`words_in_order` over everything said, and over only what was
said as the turned label's lines: target >= 90%), label lines said more than once, lines
said that are no label line (character error rate over OFF_LABEL_CER to every one), lines
said while the label was turning, and the time from the turn's end to the first label line.

Run: python benchmarks/live_text.py [--quick] [--keep DIR] [--only NAME ...] [--no-naive]
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import live_bottles, live_videos  # noqa: E402
from core.live.engine import LiveText  # noqa: E402
from core.live.loop import LiveLoop  # noqa: E402
from core.live.regions import LineReader  # noqa: E402
from core.plumbing.frame_loop import FrameLoop, LatestFrame  # noqa: E402
from core.sources.files import FileSource  # noqa: E402
from core.sources.reader import FrameReader  # noqa: E402
from core.text.metrics import cer, words_in_order  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
LANGUAGES = "eng+kor"
#: A spoken line is a truth line when its character error rate is at most this.
MATCH_CER = 0.25
#: A line said this long after its object left still counts as said in view.
GRACE = 0.3
#: A line readable for less than this is not expected to be said (it is not missed).
MIN_READABLE = 1.0
#: The scenes where nothing new is in view for a while: what watching costs.
IDLE_SCENES = ("still_box", "empty_desk")
#: A line said is not on a turned label when it is further than this from every label line.
OFF_LABEL_CER = 0.4
#: Seconds a bottle or tin is held still after its turn beyond the time its label takes to
#: say: for the label to be read and said whole, and a bottle at rest seen not said again.
HOLD_AFTER = 3.0


# The scenes ----------------------------------------------------------------------------------
#: A scene maker writes a video (and its truth beside it, `live_videos.load_truth`'s form)
#: into a folder and gives the video's path; quick=True makes it shorter.
MakeVideo = Callable[[Path, bool], Path]


def _box_video(name: str, folder: Path, quick: bool) -> Path:
    return live_videos.make_clip(name, folder, quick).path


def _label_video(name: str, folder: Path, quick: bool) -> Path:
    """A bottle or tin turned (`live_bottles.py`), then held still while its label is said
    and HOLD_AFTER seconds more; its truth (`live_bottles.truth`'s form, told by its
    "label") beside it."""
    shot = next(shot for shot in live_bottles.shots(quick) if shot.name == name)
    lines = live_bottles.draw_label(live_bottles.LABELS[shot.label]).lines
    saying = sum(live_videos.speaking_seconds(line.text) for line in lines)
    held = replace(shot, seconds=shot.seconds + saying + HOLD_AFTER)
    video, _ = live_bottles.write(held, folder)
    return video


#: The scenes played, in order: box faces (`live_videos.py`), then bottles and tins turned
#: under the camera (`live_bottles.py`).
SCENES: dict[str, MakeVideo] = {
    **{name: partial(_box_video, name) for name in live_videos.SCENES},
    **{shot.name: partial(_label_video, shot.name) for shot in live_bottles.shots()},
}
QUICK_SCENES = (
    "held",
    "turned",
    "away_and_back",
    "still_box",
    "empty_desk",
    "bottle_english",
    "bottle_korean",
)


# Speech --------------------------------------------------------------------------------------
class FakeSpeaker:
    """Speech that takes time and queues: each text starts when the one before ends."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._busy_until = 0.0
        self._lock = threading.Lock()
        self.said: list[tuple[float, str]] = []  # (when it starts to be heard, text)

    def say(self, text: str, language: str | None = None) -> None:
        with self._lock:
            start = max(self._clock(), self._busy_until)
            self._busy_until = start + live_videos.speaking_seconds(text)
            self.said.append((start, text))

    def is_speaking(self) -> bool:
        return self._clock() < self._busy_until


# Playing a video like a camera ----------------------------------------------------------------
def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (Tesseract runs)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@dataclass
class Playback:
    """When each frame was first seen (wall clock), and CPU samples (video time, wall, CPU)."""

    fps: float
    seen: list[tuple[float, int]] = field(default_factory=list)
    cpu: list[tuple[float, float, float]] = field(default_factory=list)

    def video_time(self, wall: float) -> float:
        """What moment of the video the camera showed at `wall`: the newest frame then."""
        if not self.seen:
            return 0.0
        walls = [seen_at for seen_at, _ in self.seen]
        index = max(0, int(np.searchsorted(walls, wall, side="right")) - 1)
        seen_at, sequence = self.seen[index]
        return (sequence - 1) / self.fps + (wall - seen_at)

    def cpu_share(self, start: float, end: float) -> float | None:
        """CPU seconds per wall second between two video times, or None if too short."""
        inside = [sample for sample in self.cpu if start <= sample[0] <= end]
        if len(inside) < 2 or inside[-1][1] - inside[0][1] < 2.0:
            return None
        return (inside[-1][2] - inside[0][2]) / (inside[-1][1] - inside[0][1])


def play(
    video: Path, fps: float, frames: int, make_loop: Callable[[LatestFrame], FrameLoop] | None
) -> Playback:
    """Play `video` in real time through FileSource and FrameReader, its newest frames
    polled by the loop `make_loop(latest)` gives (None: the reader alone). Returns after
    the last frame."""
    playback = Playback(fps)
    reader = FrameReader(FileSource(video))
    done = threading.Event()

    def latest() -> tuple[int, np.ndarray] | None:
        newest = reader.latest()
        if newest is None:
            return None
        sequence = newest[0]
        if sequence > frames:  # the source loops the video: the end
            done.set()
            return None
        if not playback.seen or playback.seen[-1][1] != sequence:
            now = time.monotonic()
            playback.seen.append((now, sequence))
            if not playback.cpu or now - playback.cpu[-1][1] >= 0.25:
                playback.cpu.append(((sequence - 1) / fps, now, cpu_seconds()))
        return newest

    reader.start()
    if make_loop is not None:
        loop = make_loop(latest)
        loop.start()
        done.wait(frames / fps * 3 + 30)
        loop.stop()
    else:  # the reader alone, looked at as seldom as will do for the samples
        while not done.wait(0.05):
            latest()
    reader.stop()
    return playback


# The readers ---------------------------------------------------------------------------------
@dataclass
class Run:
    """What one way of reading said while a video played (video times)."""

    way: str
    said: list[tuple[float, str]]
    announced: list[tuple[float, str]]  # not lines: expiry dates said on their own
    playback: Playback
    readings: int = 0
    speech: list[tuple[float, float]] = field(default_factory=list)  # (start, end) of all
    from_label: list[tuple[float, str]] = field(default_factory=list)  # said from a strip


def _speech(speaker: FakeSpeaker, playback: Playback) -> list[tuple[float, float]]:
    return [
        (
            playback.video_time(start),
            playback.video_time(start) + live_videos.speaking_seconds(text),
        )
        for start, text in speaker.said
    ]


def run_bitna(video: Path, fps: float, frames: int) -> Run:
    """The engine watching the video, as the app does."""
    speaker = FakeSpeaker()
    reader = LineReader(languages=LANGUAGES)
    live = LiveText(
        read_lines=reader,
        say=speaker.say,
        is_speaking=speaker.is_speaking,
        background=True,
        announce_expiry=True,
        read_label=reader.label_lines,
    )
    playback = play(video, fps, frames, partial(LiveLoop, live=live))
    live.close()
    # Each say is one Heard, in order: scored by its text as read (speech is given dates in
    # words), timed by speech.
    said: list[tuple[float, str]] = []
    announced: list[tuple[float, str]] = []
    from_label: list[tuple[float, str]] = []
    for (start, _), heard in zip(speaker.said, live.heard, strict=True):
        item = (playback.video_time(start), heard.text)
        (said if heard.kind in ("line", "label") else announced).append(item)
        if heard.kind == "label":
            from_label.append(item)
    speech = _speech(speaker, playback)
    return Run("bitna", said, announced, playback, live.readings, speech, from_label)


def run_naive(video: Path, fps: float, frames: int) -> Run:
    """Read pressed once a second: plain Tesseract on the newest frame, every line said."""
    import pytesseract

    speaker = FakeSpeaker()
    newest: list[np.ndarray] = []
    stop = threading.Event()
    readings = 0

    def press() -> None:
        nonlocal readings
        next_press = time.monotonic() + 1.0
        while not stop.wait(max(0.0, next_press - time.monotonic())):
            next_press += 1.0
            if not newest:
                continue
            text = pytesseract.image_to_string(newest[-1], lang=LANGUAGES, config="--psm 3")
            readings += 1
            for line in text.splitlines():
                if line.strip():
                    speaker.say(line.strip())
            next_press = max(next_press, time.monotonic())

    def on_frame(frame: np.ndarray, now: float) -> None:
        newest[:] = [frame]

    presser = threading.Thread(target=press, name="live-bench-naive", daemon=True)
    presser.start()
    loop = partial(FrameLoop, on_frame=on_frame, name="naive-read", what="Naive reading")
    playback = play(video, fps, frames, loop)
    stop.set()
    presser.join()
    said = [(playback.video_time(start), text) for start, text in speaker.said]
    return Run("naive", said, [], playback, readings, _speech(speaker, playback))


# Scoring -------------------------------------------------------------------------------------
@dataclass
class Score:
    appearances: int = 0
    once: int = 0
    missed: int = 0
    repeated: int = 0
    extra_times: int = 0  # times said beyond the first, over all appearances
    not_in_view: int = 0
    gone: int = 0
    garbled: int = 0
    latencies: list[float] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)  # latency less the wait for speech
    firsts: list[float] = field(default_factory=list)  # a face readable to its first line said
    missed_lines: list[str] = field(default_factory=list)
    repeated_lines: list[str] = field(default_factory=list)
    not_in_view_lines: list[str] = field(default_factory=list)

    @property
    def latency(self) -> float | None:
        return statistics.median(self.latencies) if self.latencies else None

    @property
    def wait(self) -> float | None:
        return statistics.median(self.waits) if self.waits else None

    @property
    def first(self) -> float | None:
        return statistics.median(self.firsts) if self.firsts else None


def expected(appearance: dict[str, Any]) -> bool:
    """Whether a line appearance must be said: readable for at least MIN_READABLE."""
    start, end = appearance["readable_from"], appearance["readable_until"]
    return start is not None and end - start >= MIN_READABLE


def heard_error(truth: str, said: str) -> float:
    """The character error rate of a line said, without case or spaces: speech says "1L" as
    "1 L", and Tesseract's spaces between Korean syllables do not make another line."""
    return cer("".join(truth.split()), "".join(said.split()), casefold=True)


def score(
    appearances: Sequence[dict[str, Any]],
    said: Sequence[tuple[float, str]],
    speech: Sequence[tuple[float, float]] = (),
) -> Score:
    """Each spoken line matched to the appearance of its line in view then (one not yet said
    first, so two identical lines said once each are each said once). The latency runs from
    the line becoming readable to its first word; the wait, from when it was readable and
    speech had finished what it said before (`speech`: every (start, end) it said)."""
    result = Score()
    times: dict[int, list[float]] = {a["appear_id"]: [] for a in appearances}
    for when, text in sorted(said):
        errors = [(heard_error(a["text"], text), a) for a in appearances]
        matching = [(error, a) for error, a in errors if error <= MATCH_CER]
        in_view = [
            (error, a)
            for error, a in matching
            if a["visible_from"] - 0.2 <= when <= a["gone_at"] + GRACE
        ]
        if in_view:
            _, chosen = min(
                in_view,
                key=lambda pair: (bool(times[pair[1]["appear_id"]]), pair[0], pair[1]["appear_id"]),
            )
            times[chosen["appear_id"]].append(when)
            continue
        result.not_in_view += 1
        result.not_in_view_lines.append(f"{when:.1f}s {text}")
        if any(when > a["gone_at"] + GRACE for _, a in matching):
            result.gone += 1
        elif not matching:
            result.garbled += 1
    for appearance in appearances:
        if not expected(appearance):
            continue
        result.appearances += 1
        spoken = times[appearance["appear_id"]]
        label = f"{appearance['text']} (#{appearance['appear_id']})"
        if not spoken:
            result.missed += 1
            result.missed_lines.append(label)
            continue
        result.once += len(spoken) == 1
        if len(spoken) > 1:
            result.repeated += 1
            result.extra_times += len(spoken) - 1
            result.repeated_lines.append(f"{label} x{len(spoken)}")
        first = spoken[0]
        result.latencies.append(round(first - appearance["readable_from"], 3))
        free = max([end for _, end in speech if end <= first + 0.01], default=0.0)
        result.waits.append(round(first - max(free, appearance["readable_from"]), 3))
    for group in face_views(appearances):
        said_at = [times[a["appear_id"]][0] for a in group if times[a["appear_id"]]]
        if said_at:
            readable = min(a["readable_from"] for a in group)
            result.firsts.append(round(min(said_at) - readable, 3))
    return result


def face_views(appearances: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The expected line appearances grouped by one face's time in view: same object and face,
    in view at overlapping times."""
    groups: list[list[dict[str, Any]]] = []
    for appearance in sorted(filter(expected, appearances), key=lambda a: a["visible_from"]):
        for group in groups:
            same = (group[0]["object"], group[0]["face"]) == (
                appearance["object"],
                appearance["face"],
            )
            if same and appearance["visible_from"] < max(a["gone_at"] for a in group):
                group.append(appearance)
                break
        else:
            groups.append([appearance])
    return groups


# Scoring a turned label ------------------------------------------------------------------------
@dataclass
class LabelScore:
    """What was said while a bottle or tin turned under the camera, against its label."""

    words: int = 0  # the label's words that came into view (the reference)
    in_order: float = 0.0  # of them, the share said whole and in order, all said counted
    in_order_label: float | None = None  # the same, counting only what was said as a label
    said: int = 0  # lines said
    words_said: int = 0
    twice: int = 0  # label lines said more than once
    off_label: int = 0  # lines said that are no label line (CER > OFF_LABEL_CER to all)
    while_turning: int = 0  # lines said after the turn began and before it ended
    #: From the turn's end (full circle, or stopped) to the first line said as a turned
    #: label's (negative: the circle was closed before the hand stopped); for a way that
    #: says no label, to the first label line said after the turn's end.
    first_after_turn: float | None = None
    twice_lines: list[str] = field(default_factory=list)
    off_label_lines: list[str] = field(default_factory=list)


def score_label(
    truth: dict[str, Any],
    said: Sequence[tuple[float, str]],
    from_label: Sequence[tuple[float, str]] | None = None,
) -> LabelScore:
    """`said` (and of it `from_label`, what was said as a turned label's lines; None for a
    way that has no such thing) against the label of `truth` (`live_bottles.truth`)."""
    said = sorted(said)
    reference = " ".join(truth["seen_lines"])
    lines: list[str] = truth["lines"]
    result = LabelScore(
        words=len(reference.split()),
        in_order=words_in_order(reference, " ".join(text for _, text in said)),
        in_order_label=None
        if from_label is None
        else words_in_order(reference, " ".join(text for _, text in sorted(from_label))),
        said=len(said),
        words_said=sum(len(text.split()) for _, text in said),
    )
    times: dict[str, list[float]] = {line: [] for line in lines}
    if from_label:
        result.first_after_turn = round(min(from_label)[0] - truth["turn_end"], 3)
    for when, text in said:
        if truth["turn_start"] < when < truth["turn_end"]:
            result.while_turning += 1
        error, line = min((heard_error(line, text), line) for line in lines)
        if error <= MATCH_CER:
            times[line].append(when)
            if from_label is None and when >= truth["turn_end"] and result.first_after_turn is None:
                result.first_after_turn = round(when - truth["turn_end"], 3)
        elif error > OFF_LABEL_CER:
            result.off_label += 1
            result.off_label_lines.append(f"{when:.1f}s {text}")
    for line, spoken in times.items():
        if len(spoken) > 1:
            result.twice += 1
            result.twice_lines.append(f"{line} x{len(spoken)}")
    return result


def label_summary(found: LabelScore) -> str:
    only = "" if found.in_order_label is None else f" ({100 * found.in_order_label:.0f}% as label)"
    first = "-" if found.first_after_turn is None else f"{found.first_after_turn:.2f}s"
    return (
        f"{100 * found.in_order:.0f}% of {found.words} words in order{only}, {found.said} lines "
        f"said ({found.words_said} words), {found.twice} label lines twice, {found.off_label} "
        f"off the label, {found.while_turning} while turning, turn's end to first line {first}"
    )


# The benchmark -------------------------------------------------------------------------------
def idle_window(name: str, truth: dict[str, Any], run: Run) -> tuple[float, float]:
    """The video times when nothing new is in view: after the last line was said (and every
    line was readable a while), to the end."""
    end = truth["duration"] - 0.5
    if name == "empty_desk":
        return 1.0, end
    last_line = max([when for when, _ in run.said + run.announced], default=0.0)
    readable = [a["readable_from"] for a in truth["appearances"] if a["readable_from"]]
    return max(last_line + 1.0, max(readable, default=0.0) + 5.0), end


def measure(name: str, video: Path, naive: bool, log: Callable[[str], None]) -> dict[str, Any]:
    truth = live_videos.load_truth(video.with_suffix(".json"))
    if "label" in truth:  # a bottle or tin turned: `live_bottles.truth`'s form
        return measure_label(name, video, truth, naive, log)
    fps, duration = truth["fps"], truth["duration"]
    frames = round(duration * fps)
    entry: dict[str, Any] = {"video": name, "duration": duration}
    runs = [run_bitna(video, fps, frames)]
    if naive:
        runs.append(run_naive(video, fps, frames))
    for run in runs:
        found = score(truth["appearances"], run.said, run.speech)
        played = run.playback
        whole = played.cpu_share(0.0, duration)
        entry[run.way] = {
            **asdict(found),
            "latency_median": found.latency,
            "wait_median": found.wait,
            "first_median": found.first,
            "speech": [[round(start, 2), round(end, 2)] for start, end in run.speech],
            "said": [[round(t, 2), text] for t, text in run.said],
            "announced": [[round(t, 2), text] for t, text in run.announced],
            "readings": run.readings,
            "cpu_share_whole": whole,
        }
        log(f"  {run.way}: {summary(found)}")
    if name in IDLE_SCENES:
        reader_alone = play(video, fps, frames, None)
        start, end = idle_window(name, truth, runs[0])
        engine = runs[0].playback.cpu_share(start, end)
        alone = reader_alone.cpu_share(start, end)
        entry["idle"] = {
            "window": [round(start, 2), round(end, 2)],
            "with_engine": engine,
            "reader_alone": alone,
            "engine_percent": None
            if engine is None or alone is None
            else round(100 * (engine - alone), 1),
        }
        log(f"  watching nothing new: {entry['idle']}")
    return entry


def measure_label(
    name: str, video: Path, truth: dict[str, Any], naive: bool, log: Callable[[str], None]
) -> dict[str, Any]:
    """A bottle or tin turned: what each way said, against its label."""
    fps, duration = truth["fps"], truth["seconds"]
    frames = round(duration * fps)
    entry: dict[str, Any] = {"video": name, "duration": duration, "label": True}
    entry["turn"] = [truth["turn_start"], truth["turn_end"]]
    runs = [run_bitna(video, fps, frames)]
    if naive:
        runs.append(run_naive(video, fps, frames))
    for run in runs:
        found = score_label(truth, run.said, run.from_label if run.way == "bitna" else None)
        entry[run.way] = {
            **asdict(found),
            "said_lines": [[round(t, 2), text] for t, text in run.said],
            "announced": [[round(t, 2), text] for t, text in run.announced],
            "readings": run.readings,
            "cpu_share_whole": run.playback.cpu_share(0.0, duration),
        }
        log(f"  {run.way}: {label_summary(found)}")
        for when, text in run.said:  # a turned label's lines marked
            log(f"    {when:5.1f}s {'|' if (when, text) in run.from_label else ' '} {text}")
    return entry


def summary(found: Score) -> str:
    latency = "-" if found.latency is None else f"{found.latency:.2f}s"
    wait = "-" if found.wait is None else f"{found.wait:.2f}s"
    first = "-" if found.first is None else f"{found.first:.2f}s"
    return (
        f"{found.once}/{found.appearances} once, {found.missed} missed, {found.repeated} "
        f"repeated, {found.not_in_view} not in view ({found.gone} gone), latency {latency}, "
        f"wait {wait}, first line {first}"
    )


COLUMNS = (
    ("lines", "appearances"),
    ("once", "once"),
    ("missed", "missed"),
    ("repeated", "repeated"),
    ("not in view", "not_in_view"),
    ("gone", "gone"),
    ("garbled", "garbled"),
    ("latency", "latency_median"),
    ("wait", "wait_median"),
    ("first", "first_median"),
)


def _row(video: str, way: str, got: dict[str, Any]) -> str:
    cells = [f"{video:<15}{way:<7}"]
    for title, key in COLUMNS:
        value = got[key]
        text = (
            "-"
            if value is None
            else f"{round(value, 2) + 0.0:.2f}"
            if isinstance(value, float)
            else str(value)
        )
        cells.append(f"{text:>{len(title) + 2}}")
    return "".join(cells)


LABEL_COLUMNS = (
    ("words", "words"),
    ("in order", "in_order"),
    ("as label", "in_order_label"),
    ("said", "said"),
    ("words said", "words_said"),
    ("twice", "twice"),
    ("off label", "off_label"),
    ("while turning", "while_turning"),
    ("turn to first", "first_after_turn"),
)


def label_table(entries: Sequence[dict[str, Any]]) -> str:
    """The turned labels' rows: the share of words in order as %, the rest as they are."""
    head = f"{'video':<19}{'way':<7}" + "".join(
        f"{title:>{len(title) + 2}}" for title, _ in LABEL_COLUMNS
    )
    rows = [head, "-" * len(head)]
    for entry in entries:
        for way in ("bitna", "naive"):
            if way not in entry:
                continue
            cells = [f"{entry['video']:<19}{way:<7}"]
            for title, key in LABEL_COLUMNS:
                value = entry[way][key]
                text = (
                    "-"
                    if value is None
                    else f"{100 * value:.0f}%"
                    if key.startswith("in_order")
                    else f"{value:.2f}"
                    if isinstance(value, float)
                    else str(value)
                )
                cells.append(f"{text:>{len(title) + 2}}")
            rows.append("".join(cells))
    return "\n".join(rows)


def table(entries: Sequence[dict[str, Any]]) -> str:
    head = f"{'video':<15}{'way':<7}" + "".join(
        f"{title:>{len(title) + 2}}" for title, _ in COLUMNS
    )
    rows = [head, "-" * len(head)]
    for entry in entries:
        rows += [
            _row(entry["video"], way, entry[way]) for way in ("bitna", "naive") if way in entry
        ]
    rows += [_row("ALL", way, got) for way, got in _totals(entries).items()]
    idle = [
        f"{entry['video']}: engine {entry['idle']['engine_percent']}% of a core "
        f"(reader alone {_percent(entry['idle']['reader_alone'])})"
        for entry in entries
        if "idle" in entry
    ]
    return "\n".join(rows + (["", "Watching nothing new: " + "; ".join(idle)] if idle else []))


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{100 * share:.1f}%"


def _totals(entries: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    totals: dict[str, dict[str, Any]] = {}
    for way in ("bitna", "naive"):
        got = [entry[way] for entry in entries if way in entry]
        if not got:
            continue
        totals[way] = {key: sum(item[key] for item in got) for _, key in COLUMNS[:7]}
        medians = (("latency_median", "latencies"), ("wait_median", "waits"))
        for key, values in (*medians, ("first_median", "firsts")):
            pooled = [value for item in got for value in item[values]]
            totals[way][key] = statistics.median(pooled) if pooled else None
    return totals


def label_totals(entries: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per way over the turned labels: words in order pooled (weighted by the label's
    words), counts summed."""
    totals: dict[str, dict[str, Any]] = {}
    for way in ("bitna", "naive"):
        got = [entry[way] for entry in entries if way in entry]
        if not got:
            continue
        words = sum(item["words"] for item in got)
        totals[way] = {
            "words": words,
            "in_order": sum(item["in_order"] * item["words"] for item in got) / max(1, words),
            **{key: sum(item[key] for item in got) for key in ("twice", "off_label")},
        }
    return totals


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer and shorter videos")
    parser.add_argument("--keep", type=Path, help="write (and keep) the videos in DIR")
    parser.add_argument("--only", action="append", choices=list(SCENES), help="this video")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive peer")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    names = args.only or (list(QUICK_SCENES) if args.quick else list(SCENES))
    with tempfile.TemporaryDirectory(prefix="bitna-live-") as temporary:
        folder = args.keep or Path(temporary)
        entries = []
        for name in names:
            started = time.monotonic()
            video = SCENES[name](folder, args.quick)
            print(f"{name}: made in {time.monotonic() - started:.0f} s, playing", flush=True)
            entries.append(measure(name, video, not args.no_naive, partial(print, flush=True)))
    boxes = [entry for entry in entries if not entry.get("label")]
    labels = [entry for entry in entries if entry.get("label")]
    if boxes:
        print()
        print(table(boxes))
    if labels:
        print()
        print("Bottles and tins turned (words of the label read in order, target >= 90%):")
        print(label_table(labels))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "live_text.json"
    report = {
        "quick": args.quick,
        "videos": entries,
        "totals": _totals(boxes),
        "label_totals": label_totals(labels),
    }
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    print(f"\nWritten {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
