"""Turning labels read whole: Bitna's joined strip against Tesseract on single frames.

For each video of `benchmarks/live_bottles.py` (bottles and a tin turned under a document
camera, 1080p 30 fps): `core.live.label.TurningLabel` is fed every third frame, its joined
strip read by `read_label`; the naive peer reads one whole frame a second with Tesseract
and strings the fragments together. Printed per video: the label's words read in order
(%) and the words written (the truth's count beside them: more is repeated fragments), and
the turning label's cost per fed frame. Writes benchmarks/results/live_label.json.

    .venv/bin/python benchmarks/live_label.py [--quick] [--videos DIR]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import cv2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.live_bottles import Renderer, Shot, shots, write  # noqa: E402
from core.live.label import TurningLabel, read_label  # noqa: E402
from core.ocr.tesseract import TesseractEngine  # noqa: E402
from core.text.metrics import words_in_order  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
EVERY = 3  # frames: the turning label is fed every third


def run_video(video: Path, truth: dict[str, Any], engine: TesseractEngine) -> dict[str, Any]:
    languages = truth["languages"]
    capture = cv2.VideoCapture(str(video))
    label = TurningLabel()
    costs: list[float] = []
    naive: list[str] = []
    fps = truth["fps"]
    index = 0
    naive_seconds = 0.0
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        t = index / fps
        if index % EVERY == 0:
            start = time.perf_counter()
            label.feed(frame, t)
            costs.append(time.perf_counter() - start)
        if index % round(fps) == 0:
            start = time.perf_counter()
            naive.append(engine.recognize(frame, languages).text)
            naive_seconds += time.perf_counter() - start
        index += 1
    capture.release()
    strip = label.strip()
    start = time.perf_counter()
    lines = (
        read_label(strip, lambda image: engine.recognize(image, languages, "column"))
        if strip is not None
        else []
    )
    read_seconds = time.perf_counter() - start
    reference = " ".join(truth["seen_lines"])
    bitna_text, naive_text = " ".join(lines), " ".join(naive)
    return {
        "truth_words": len(reference.split()),
        "bitna_in_order": words_in_order(reference, bitna_text),
        "bitna_words": len(bitna_text.split()),
        "naive_in_order": words_in_order(reference, naive_text),
        "naive_words": len(naive_text.split()),
        "covered": label.covered,
        "complete": label.complete,
        "feed_ms_median": 1000 * statistics.median(costs),
        "feed_ms_p95": 1000 * sorted(costs)[int(0.95 * (len(costs) - 1))],
        "read_seconds": read_seconds,
        "naive_seconds": naive_seconds,
        "lines": lines,
    }


def feed_cost(frames: list[Any], repeats: int = 3) -> dict[str, float]:
    """Median wall and CPU milliseconds of `TurningLabel.feed` over `frames`, fed in order."""
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(repeats):
        label = TurningLabel()
        for t, frame in frames:
            wall, cpu = time.perf_counter(), time.process_time()
            label.feed(frame, t)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
    return {
        "wall_ms": 1000 * statistics.median(walls),
        "cpu_ms": 1000 * statistics.median(cpus),
    }


def costs(quick: bool) -> dict[str, dict[str, float]]:
    """The cost of feeding 1080p frames: an empty desk, a bottle held still, a bottle
    turning (every third frame of each, as the benchmark feeds them), and a bottle
    turning fed every frame."""
    turning = shots(quick)[0]
    still = Shot("still", "english", lambda t: 0.4, 4.0)
    desk = Shot("desk", "english", lambda t: 0.0, 4.0, kind="desk")
    result = {}
    views = (
        ("desk", desk, 0, EVERY),
        ("still", still, 0, EVERY),
        ("turning", turning, 2, EVERY),
        ("turning, every frame", turning, 2, 1),
    )
    for name, shot, start, every in views:
        renderer = Renderer(shot)
        frames = [
            (start + index / shot.fps, renderer.frame(start + index / shot.fps, index))
            for index in range(0, 90, every)
        ]
        result[name] = feed_cost(frames)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter turns")
    parser.add_argument(
        "--videos", type=Path, help="a folder for the videos (else a temporary one)"
    )
    args = parser.parse_args()
    engine = TesseractEngine()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.videos or Path(temporary)
        print(
            f"{'video':20} {'bitna %':>8} {'words':>6} {'naive %':>8} {'words':>6}"
            f" {'truth':>6} {'covered':>8} {'feed ms':>8}"
        )
        for shot in shots(args.quick):
            video, facts = write(shot, folder)
            truth = json.loads(facts.read_text(encoding="utf-8"))
            row = run_video(video, truth, engine)
            results[shot.name] = row
            print(
                f"{shot.name:20} {100 * row['bitna_in_order']:8.0f} {row['bitna_words']:6d} "
                f"{100 * row['naive_in_order']:8.0f} {row['naive_words']:6d} "
                f"{row['truth_words']:6d} "
                f"{row['covered']:8.0f} {row['feed_ms_median']:8.1f}"
            )
    results["cost"] = costs(args.quick)
    for name, cost in results["cost"].items():
        print(f"feed cost, {name:20}: {cost['wall_ms']:.1f} ms wall, {cost['cpu_ms']:.1f} ms CPU")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "live_label.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
