"""Where a camera photo's reading time goes, with the photo engine as it was and as tuned.

Issue 3 asks for a full frame read in at most 1.2 times naive Tesseract's time; on the
camera photos the photo engine (PP-OCR, core/ocr/ppocr.py) is most of Bitna's time. This
runs, on the receipts and phone photos of pages in ../shared/data/documents/camera:

1. the photo engine alone on each prepared page (`prepare_page`, done once), with its
   detection and recognition seconds, the size the detector was given and the lines
   recognised;
2. the whole streaming reading (`ReadPipeline.read`), its stages timed: glance, page
   preparation, the head, Tesseract's whole-page (and column, block) readings, the photo
   engine and the arranging of its lines; and naive Tesseract on the frame, for the ratio;

each with `UNTUNED` (RapidOCR's sizes, as before) and `Tuning()` (the tuned settings),
alternating on each image (A B B A ...), since the machine is shared and timings drift.
Prints medians and ratios (tuned / untuned, Bitna / naive) and the CER and F1 of each
reading, and writes JSON to benchmarks/results/photo_engine_profile.json.

Run: /tmp/venv/bin/python benchmarks/photo_engine_profile.py [--repeat N] [--only NAME]
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
from ocr_accuracy import receipt_truth  # noqa: E402

import core.reading.pipeline as pipeline_module  # noqa: E402
from core.document.prepare import prepare_page  # noqa: E402
from core.ocr.base import EngineInfo, Layout  # noqa: E402
from core.ocr.ppocr import UNTUNED, PpOcrEngine, Tuning  # noqa: E402
from core.ocr.tesseract import TesseractEngine  # noqa: E402
from core.plumbing.imageio import load_image  # noqa: E402
from core.reading.pipeline import ReadPipeline  # noqa: E402
from core.text.metrics import cer, word_f1  # noqa: E402
from core.text.model import PageText  # noqa: E402

CAMERA = ROOT.parent / "shared" / "data" / "documents" / "camera"
RESULTS = ROOT / "benchmarks" / "results"
VARIANTS = {"untuned": UNTUNED, "tuned": Tuning()}
STAGES = (
    "glance",
    "prepare",
    "head",
    "tess_whole",
    "tess_column",
    "tess_other",
    "photo",
    "arrange",
)

log = logging.getLogger(__name__)


class Timeline:
    """Intervals of work (stage, start, end) since the reading began, from any thread."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.spans: list[tuple[str, float, float]] = []
        self._lock = threading.Lock()

    def timed(self, stage: str, work: Callable[[], Any]) -> Any:
        began = time.perf_counter()
        try:
            return work()
        finally:
            with self._lock:
                self.spans.append((stage, began - self.start, time.perf_counter() - self.start))

    def busy(self, stage: str) -> float:
        return sum(end - began for name, began, end in self.spans if name == stage)

    def ended(self, stage: str) -> float:
        return max((end for name, _, end in self.spans if name == stage), default=0.0)


class TimedTesseract:
    """Tesseract, each reading put on the timeline by what it was for."""

    def __init__(self, engine: TesseractEngine, timeline: Timeline, main: int) -> None:
        self.engine, self.timeline, self.main = engine, timeline, main

    def probe(self) -> EngineInfo:
        return self.engine.probe()

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        if layout is None:
            stage = "tess_whole"
        elif layout == "column":
            stage = "tess_column"
        else:
            stage = "head" if threading.get_ident() == self.main else "tess_other"
        return self.timeline.timed(stage, lambda: self.engine.recognize(image, languages, layout))


class TimedPhoto:
    """The photo engine, its readings put on the timeline."""

    def __init__(self, engine: PpOcrEngine, timeline: Timeline) -> None:
        self.engine, self.timeline = engine, timeline

    def probe(self) -> EngineInfo:
        return self.engine.probe()

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        return self.timeline.timed("photo", lambda: self.engine.recognize(image, languages, layout))


def cases(only: str | None) -> list[tuple[Path, str, str, bool]]:
    """(image, truth, languages, case-folded scoring) of every camera photo with a truth."""
    found = []
    pages = CAMERA / "pages"
    with (pages / "gt_map.csv").open(encoding="utf-8") as file:
        for row in csv.DictReader(file):
            truth = (pages / row["ground_truth"]).read_text(encoding="utf-8")
            found.append((pages / row["image"], truth, "fra", False))
    for image in sorted((CAMERA / "receipts").glob("*.jpg")):
        found.append((image, receipt_truth(image), "eng", True))
    return [case for case in found if only is None or only in case[0].name]


def instrumented(timeline: Timeline) -> Callable[[], None]:
    """Put the pipeline's page preparation and arranging on `timeline`; the undo."""
    saved = {
        name: getattr(pipeline_module, name) for name in ("glance_at", "finish_page", "arranged")
    }
    stages = {"glance_at": "glance", "finish_page": "prepare", "arranged": "arrange"}
    for name, original in saved.items():

        def wrapper(*args: Any, _original: Any = original, _stage: str = stages[name]) -> Any:
            return timeline.timed(_stage, lambda: _original(*args))

        setattr(pipeline_module, name, wrapper)

    def undo() -> None:
        for name, original in saved.items():
            setattr(pipeline_module, name, original)

    return undo


def order(repeat: int) -> list[str]:
    """A B B A A B ...: each variant as often first as second."""
    names = list(VARIANTS)
    sequence: list[str] = []
    for index in range(repeat):
        sequence += names if index % 2 == 0 else names[::-1]
    return sequence


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs of each variant per image")
    parser.add_argument("--only", help="only images whose name contains this")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    tesseract = TesseractEngine()
    tesseract.probe()
    engines = {name: PpOcrEngine(tuning) for name, tuning in VARIANTS.items()}
    warm = np.full((64, 256), 255, np.uint8)
    for engine in engines.values():
        engine.recognize(warm)  # the models load once, outside the timings
    rows: list[dict[str, Any]] = []  # one per reading
    header = (
        f"{'image':14} {'variant':8} {'det s':>5} {'rec s':>5} {'engine':>6} {'det in':>9} "
        f"{'lines':>5} | {'read s':>6} {'naive':>5} {'prep':>4} {'head':>4} {'tess':>4} "
        f"{'photo':>5} {'arr':>4} {'CER':>6} {'F1':>5}"
    )
    print(header)
    print("-" * len(header))
    for path, truth, languages, casefold in cases(args.only):
        frame = load_image(path)
        prepared = prepare_page(frame).image
        for name in order(args.repeat):
            engine = engines[name]
            started = time.perf_counter()
            engine.recognize(prepared, languages)
            alone = time.perf_counter() - started
            run = engine.last_run
            assert run is not None
            started = time.perf_counter()
            tesseract.recognize(frame, languages)
            naive = time.perf_counter() - started
            timeline = Timeline()
            undo = instrumented(timeline)
            try:
                reader = ReadPipeline(
                    TimedTesseract(tesseract, timeline, threading.get_ident()),
                    languages,
                    photo_engine=TimedPhoto(engine, timeline),
                )
                timeline.start = time.perf_counter()
                result = reader.read(frame)
            finally:
                undo()
            text = result.page.text
            row = {
                "image": path.name,
                "variant": name,
                "engine_seconds": alone,
                "detect_seconds": run.detect_seconds,
                "recognise_seconds": run.recognise_seconds,
                "detect_size": list(run.detect_size),
                "prepared_size": [int(prepared.shape[1]), int(prepared.shape[0])],
                "lines": run.lines,
                "read_seconds": result.seconds,
                "naive_seconds": naive,
                "stages_busy": {stage: timeline.busy(stage) for stage in STAGES},
                "stages_ended": {stage: timeline.ended(stage) for stage in STAGES},
                "cer": cer(truth, text, casefold=casefold),
                "f1": word_f1(truth, text, casefold=casefold),
            }
            rows.append(row)
            busy = {stage: timeline.busy(stage) for stage in STAGES}
            size = "x".join(str(v) for v in run.detect_size)
            print(
                f"{path.name[:14]:14} {name:8} {run.detect_seconds:5.2f} "
                f"{run.recognise_seconds:5.2f} {alone:6.2f} {size:>9} {run.lines:5d} | "
                f"{result.seconds:6.2f} {naive:5.2f} {busy['prepare']:4.2f} {busy['head']:4.2f} "
                f"{busy['tess_whole']:4.2f} {busy['photo']:5.2f} {busy['arrange']:4.2f} "
                f"{row['cer']:6.3f} {row['f1']:5.3f}",
                flush=True,
            )
    print("-" * len(header))
    summary: dict[str, Any] = {}
    images = sorted({row["image"] for row in rows})

    def per_image(name: str, key: str) -> dict[str, float]:
        return {
            image: median([r[key] for r in rows if r["image"] == image and r["variant"] == name])
            for image in images
        }

    for name in VARIANTS:
        entry: dict[str, float] = {}
        for key in (
            "engine_seconds",
            "detect_seconds",
            "recognise_seconds",
            "read_seconds",
            "naive_seconds",
            "cer",
            "f1",
        ):
            entry[key] = median(list(per_image(name, key).values()))
        reads, naives = per_image(name, "read_seconds"), per_image(name, "naive_seconds")
        entry["read_to_naive_ratio"] = median([reads[i] / naives[i] for i in images])
        for stage in STAGES:
            entry[f"busy_{stage}"] = median(
                [r["stages_busy"][stage] for r in rows if r["variant"] == name]
            )
        summary[name] = entry
        print(
            f"median {name:8}: engine {entry['engine_seconds']:.2f} s (detect "
            f"{entry['detect_seconds']:.2f}, recognise {entry['recognise_seconds']:.2f}); "
            f"reading {entry['read_seconds']:.2f} s, naive {entry['naive_seconds']:.2f} s, "
            f"ratio to naive {entry['read_to_naive_ratio']:.2f}; CER {entry['cer']:.4f}, "
            f"F1 {entry['f1']:.3f}; busy: "
            + ", ".join(f"{stage} {entry[f'busy_{stage}']:.2f}" for stage in STAGES)
        )
    if set(VARIANTS) == {"untuned", "tuned"}:
        ratios: dict[str, float] = {}
        for key in ("engine_seconds", "detect_seconds", "recognise_seconds", "read_seconds"):
            old, new = per_image("untuned", key), per_image("tuned", key)
            ratios[key] = median([new[i] / old[i] for i in images if old[i]])
        summary["tuned_over_untuned"] = dict(ratios)
        print(
            "median ratio tuned/untuned: "
            + ", ".join(f"{key} {value:.2f}" for key, value in ratios.items())
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    output = RESULTS / "photo_engine_profile.json"
    output.write_text(json.dumps({"runs": rows, "medians": summary}, indent=2), encoding="utf-8")
    print(f"\nWrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
