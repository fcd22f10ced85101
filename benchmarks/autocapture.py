"""Benchmark: hands-free reading on generated camera videos, and framing guidance.

Videos are made by `benchmarks/scene_videos.py` from the pages in ../shared/data/documents
(into a temporary folder) and played through `FileSource`, frame by frame, into
`AutoCapture` with the video's own clock. Reading is not run (only which frame would be
read, and when): OCR speed is `benchmarks/ocr_accuracy.py`'s business.

Beside Bitna runs the naive way a first implementation takes: a full-resolution frame
difference with the previous frame, reading whenever the picture has been still for the
same delay, with no memory of the page read.

Measured: pages read vs pages shown, duplicates, reads of a moving frame, the delay from
the page coming to rest to the read (video time plus the time the decision took), the
watcher's cost per 1080p frame, and the framing advice on frames with one thing wrong.

Run: python benchmarks/autocapture.py [--videos DIR] [--quick]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scene_videos import Clip, FrameTruth, framing_cases, make_clips  # noqa: E402
from core.scene.autocapture import AutoCapture  # noqa: E402
from core.scene.framing import assess  # noqa: E402
from core.scene.watcher import DEFAULT_DELAY, SceneWatcher  # noqa: E402
from core.sources.files import FileSource  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
DOCUMENTS = ROOT.parent / "shared" / "data" / "documents"


def frames_of(clip: Clip) -> list[np.ndarray]:
    """The clip's frames as a camera would give them, through the file source."""
    source = FileSource(clip.path)
    source.open()
    frames = []
    for _ in range(len(clip.truth)):
        frame = source.read()
        assert frame is not None
        frames.append(frame)
    source.close()
    return frames


class NaiveCapture:
    """Full-frame difference with the previous frame; reads whenever still for `delay`."""

    def __init__(self, read: Callable[[np.ndarray], None], delay: float = DEFAULT_DELAY):
        self.read, self.delay = read, delay
        self.previous: np.ndarray | None = None
        self.still_since: float | None = None
        self.done = False

    def on_frame(self, frame: np.ndarray, now: float) -> None:
        grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        moving = self.previous is None or float(cv2.absdiff(grey, self.previous).mean()) > 1.5
        self.previous = grey
        if moving:
            self.still_since, self.done = now, False
            return
        assert self.still_since is not None
        if not self.done and now - self.still_since >= self.delay:
            self.done = True
            self.read(frame)


def score(clip: Clip, read_at: list[int], decide_seconds: list[float]) -> dict[str, Any]:
    truth: list[FrameTruth] = clip.truth
    shown = sorted({page for page, _ in clip.rests()})
    counts = Counter(truth[index].page for index in read_at)
    delays = []
    for number, index in enumerate(read_at):
        rest = truth[index].rest_since
        if rest is not None:
            extra = decide_seconds[number] if number < len(decide_seconds) else 0.0
            delays.append(index / clip.fps - rest + extra)
    return {
        "clip": clip.name,
        "frames": len(truth),
        "pages_shown": len(shown),
        "pages_read": sum(1 for page in shown if counts.get(page, 0) >= 1),
        "read_exactly_once": sum(1 for page in shown if counts.get(page, 0) == 1),
        "duplicates": sum(max(0, counts.get(page, 0) - 1) for page in shown),
        "reads_of_no_page": counts.get(None, 0),
        "reads_of_moving_frames": sum(1 for index in read_at if truth[index].moving),
        "delay_median_s": round(statistics.median(delays), 3) if delays else None,
        "delay_max_s": round(max(delays), 3) if delays else None,
    }


def feed(clip: Clip, frames: list[np.ndarray], make: Callable[[Callable], Any]) -> dict[str, Any]:
    """Play the frames as the app's scene thread sees them: in real time, so a frame that
    came while the last was still being worked on is skipped (the loop takes the newest).
    The delay counts the work of the frame that was read."""
    reads: list[int] = []
    on_frame = make(lambda frame: reads.append(1))
    read_at: list[int] = []
    took: list[float] = []
    busy_until = 0.0
    for index, frame in enumerate(frames):
        now = index / clip.fps
        if now < busy_until:
            continue
        before = len(reads)
        started = time.perf_counter()
        on_frame(frame, now)
        seconds = time.perf_counter() - started
        busy_until = now + seconds
        if len(reads) > before:
            read_at.append(index)
            took.append(seconds)
    return score(clip, read_at, took)


def run_clip(clip: Clip, frames: list[np.ndarray]) -> tuple[dict[str, Any], dict[str, Any]]:
    ours = feed(clip, frames, lambda read: AutoCapture(read_frame=read, say=print).on_frame)
    naive = feed(clip, frames, lambda read: NaiveCapture(read).on_frame)
    return ours, naive


def watcher_speed(frames: list[np.ndarray], count: int) -> dict[str, float]:
    """Milliseconds per 1080p frame: Bitna's watcher beside a full-frame difference."""
    big = [cv2.resize(frame, (1920, 1080)) for frame in frames[:count]]
    watcher = SceneWatcher()
    ours, naive, cpu = [], [], []
    previous = cv2.cvtColor(big[0], cv2.COLOR_BGR2GRAY)
    for index, frame in enumerate(big):
        started, started_cpu = time.perf_counter(), time.process_time()
        watcher.observe(frame, index / 15)
        ours.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        started = time.perf_counter()
        grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        float(cv2.absdiff(grey, previous).mean())
        previous = grey
        naive.append(time.perf_counter() - started)
    steady = []
    for frame in big[: min(20, len(big))]:
        started = time.perf_counter()
        assess(frame)
        steady.append(time.perf_counter() - started)
    return {
        "watcher_median_ms": statistics.median(ours) * 1000,
        "watcher_p95_ms": float(np.percentile(ours, 95)) * 1000,
        "watcher_cpu_median_ms": statistics.median(cpu) * 1000,
        "watcher_cpu_mean_ms": statistics.fmean(cpu) * 1000,
        "naive_median_ms": statistics.median(naive) * 1000,
        "ratio": statistics.median(naive) / statistics.median(ours),
        "steady_judgement_median_ms": statistics.median(steady) * 1000,
    }


def framing_results() -> dict[str, Any]:
    per_kind: dict[str, list[int]] = {}
    failures = []
    for case in framing_cases(DOCUMENTS):
        framing = assess(case.frame)
        if case.expect in ("left", "right", "top", "bottom"):
            good = framing.cut_sides == (case.expect,)
            kind = "cut-off " + case.expect
        elif case.expect == "ok":
            good, kind = framing.ok, "good page"
        else:
            good = case.expect in [problem.value for problem in framing.problems]
            kind = case.expect
        per_kind.setdefault(kind, [0, 0])
        per_kind[kind][0] += int(good)
        per_kind[kind][1] += 1
        if not good:
            failures.append({"case": case.name, "said": framing.advice()})
    return {"per_kind": per_kind, "failures": failures}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--videos", type=Path, help="write (and keep) the videos here")
    parser.add_argument("--quick", action="store_true", help="skip the one-minute video")
    args = parser.parse_args()
    if not DOCUMENTS.is_dir():
        print(f"{DOCUMENTS} is not here: nothing to measure")
        return 1
    names = ("turning", "shaking", "lighting") + (() if args.quick else ("long",))
    with tempfile.TemporaryDirectory(prefix="bitna-scenes-") as temporary:
        folder = args.videos or Path(temporary)
        clips = make_clips(DOCUMENTS, folder, names)
        rows, speed = [], None
        for clip in clips:
            frames = frames_of(clip)
            if speed is None:
                speed = watcher_speed(frames, 200)
            rows.append(run_clip(clip, frames))
    assert speed is not None
    framing = framing_results()

    columns = (
        "pages_shown",
        "pages_read",
        "read_exactly_once",
        "duplicates",
        "reads_of_moving_frames",
        "reads_of_no_page",
        "delay_median_s",
        "delay_max_s",
    )
    print("\nAuto-capture (Bitna | naive full-frame difference, same delay)")
    print(f"{'video':10s} " + " ".join(f"{c:>24s}" for c in columns))
    for ours, naive in rows:
        cells = [f"{ours[c]!s:>11s} | {naive[c]!s:<10s}" for c in columns]
        print(f"{ours['clip']:10s} " + " ".join(f"{cell:>24s}" for cell in cells))
    print("\nWatcher per 1080p frame (ms)")
    print(
        f"  Bitna median {speed['watcher_median_ms']:.2f}, p95 {speed['watcher_p95_ms']:.2f} "
        f"(CPU time: median {speed['watcher_cpu_median_ms']:.2f}, "
        f"mean {speed['watcher_cpu_mean_ms']:.2f}); "
        f"naive full-frame difference median {speed['naive_median_ms']:.2f} "
        f"({speed['ratio']:.1f}x Bitna's); judging a steady view (framing) "
        f"{speed['steady_judgement_median_ms']:.0f} ms, once per steady view"
    )
    print("\nFraming guidance (right answer / frames)")
    for kind, (good, total) in framing["per_kind"].items():
        print(f"  {kind:18s} {good}/{total}")
    for failure in framing["failures"]:
        print(f"  wrong: {failure['case']}: {failure['said']}")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / "autocapture.json"
    out.write_text(
        json.dumps(
            {
                "clips": [{"bitna": ours, "naive": naive} for ours, naive in rows],
                "watcher": speed,
                "framing": framing,
            },
            indent=2,
        )
    )
    print(f"\nWrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
