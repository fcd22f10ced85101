"""Where a page's reading time goes: seconds per stage, and every Tesseract run by stage.

Issue 22 asks for every page in at most naive Tesseract's time and none over 10 s. This
reads each chosen page once at once (not streamed, so each second belongs to one stage)
and prints, per page: the stages' seconds (glance, the look for text, the way up,
preparing, recognising, with the photo engine's and the blocks' readings inside it, and
each page stage), then Tesseract's runs by the stage that made them (count, megapixels,
seconds) and the prepared page's size; with naive Tesseract's time on the same frame for
the ratio. Writes JSON to benchmarks/results/page_profile.json.

Pages: the shared camera photos and scans, the synthetic photos (benchmarks/
synthetic_photos.py) and the column pages (benchmarks/column_pages.py), as chosen by
`--only` (names holding any of its comma-separated parts).

Run: .venv/bin/python benchmarks/page_profile.py --only columns3_ko,011,8087_small
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
from ocr_accuracy import Case, cases  # noqa: E402

import core.reading.pipeline as pipeline_module  # noqa: E402
import core.reading.stages.recognition as recognition_module  # noqa: E402
from core.ocr.ppocr import shared_engine  # noqa: E402
from core.ocr.tesseract import TesseractEngine  # noqa: E402
from core.reading.pipeline import ReadPipeline  # noqa: E402
from core.text.metrics import cer  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
#: Functions timed where the pipeline (or recognition) calls them.
TIMED = {
    pipeline_module: ("glance_at", "look_for_text", "way_up", "finish_page", "prepare_page"),
    recognition_module: ("read_photo_page", "read_blocks"),
}


class Clock:
    """Seconds spent in each stage (nested stages as "outer/inner"), and Tesseract's runs
    by the stage that made them."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.seconds: dict[str, float] = collections.defaultdict(float)
        self.runs: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0, 0.0])

    def timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            self.stack.append(name)
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds["/".join(self.stack)] += time.perf_counter() - started
                self.stack.pop()

        return run

    def clear(self) -> None:
        self.seconds.clear()
        self.runs.clear()


def install(clock: Clock) -> None:
    """Time the stages and count Tesseract's runs (this process only)."""
    for module, names in TIMED.items():
        for name in names:
            setattr(module, name, clock.timed(name, getattr(module, name)))
    pipeline_module.recognise = clock.timed("recognise", pipeline_module.recognise)
    for group in ("PAGE_STAGES", "STRUCTURE_STAGES"):
        stages = getattr(pipeline_module, group)
        setattr(pipeline_module, group, tuple(clock.timed(s.__name__, s) for s in stages))
    run = TesseractEngine._run

    def counted(engine: TesseractEngine, picture: np.ndarray, *args: Any) -> Any:
        started = time.perf_counter()
        try:
            return run(engine, picture, *args)
        finally:
            entry = clock.runs["/".join(clock.stack) or "-"]
            entry[0] += 1
            entry[1] += picture.shape[0] * picture.shape[1] / 1e6
            entry[2] += time.perf_counter() - started

    TesseractEngine._run = counted  # type: ignore[method-assign]


def chosen(only: str) -> Iterator[Case]:
    parts = [part for part in only.split(",") if part]
    for case in cases():
        if case.group not in ("korean", "kor+eng") and any(p in case.path.name for p in parts):
            yield case


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", required=True, help="comma-separated parts of page names")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    clock = Clock()
    install(clock)
    engine = TesseractEngine()
    engine.probe()
    photo = shared_engine()
    if photo is not None:
        photo.recognize(np.full((64, 64, 3), 255, np.uint8))  # its models load once
    rows: list[dict[str, Any]] = []
    for case in chosen(args.only):
        image = case.load()
        started = time.perf_counter()
        engine.recognize(image, case.languages)
        naive = time.perf_counter() - started
        clock.clear()
        pipeline = ReadPipeline(engine, case.languages, streaming=False, photo_engine=photo)
        result = pipeline.read(image)
        prepared = result.prepared
        size = f"{prepared.image.shape[1]}x{prepared.image.shape[0]}" if prepared else "-"
        score = cer(case.truth, result.page.recognised_text, casefold=case.casefold)
        print(
            f"\n{case.path.name}: Bitna {result.seconds:.2f} s, naive {naive:.2f} s "
            f"({result.seconds / naive:.1f}x), CER {score:.3f}, prepared {size}"
        )
        for stage, seconds in sorted(clock.seconds.items(), key=lambda item: -item[1]):
            if seconds >= 0.05:
                print(f"  {seconds:6.2f} s  {stage}")
        for stage, (count, megapixels, seconds) in sorted(
            clock.runs.items(), key=lambda item: -item[1][2]
        ):
            print(f"  {seconds:6.2f} s  Tesseract x{count:.0f}, {megapixels:5.1f} MP: {stage}")
        rows.append(
            {
                "image": case.path.name,
                "group": case.group,
                "bitna_seconds": result.seconds,
                "naive_seconds": naive,
                "cer": score,
                "prepared": size,
                "stages": dict(clock.seconds),
                "tesseract_runs": {k: list(v) for k, v in clock.runs.items()},
            }
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    output = RESULTS / "page_profile.json"
    output.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"\nWrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
