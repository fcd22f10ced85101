"""Frames without text: how soon Bitna says so, against naive Tesseract and without the look.

Frames: fine texture, colour noise, a rug, wood grain, an empty desk, a checked cloth, a
dotted one, an all-white 8 MP photo, an all-black 1080p frame (all generated), and the
shared face and scene photos (../shared/data/faces). For each: the seconds until
`ReadPipeline.read` answers with Bitna's look for text (core/reading/stages/
text_probe.py), the same with the look switched off (the reading before it), and naive
Tesseract (`image_to_string`, psm 3) on the frame; whether each found text. Each reading
runs in a child process that is stopped after `--limit` seconds.

Then the pages: every shared page and synthetic photo (ocr_accuracy.py's) is looked at,
and any taken for a frame without text is listed: there must be none.

Run: .venv/bin/python benchmarks/no_text.py [--quick] [--limit S] [--languages L]
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

log = logging.getLogger(__name__)

SHARED = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results" / "no_text.json"
SIZE = (1080, 1920)


def _grey(picture: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(picture.astype(np.uint8), cv2.COLOR_GRAY2BGR)


def generated() -> dict[str, Callable[[], np.ndarray]]:
    """Frames with no text that a camera over a table or a floor can see."""
    height, width = SIZE
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:height, 0:width]

    def texture() -> np.ndarray:
        grain = (rng.random(SIZE) * 255).astype(np.uint8)
        return _grey(cv2.GaussianBlur(grain, (3, 3), 0.8))

    def rug() -> np.ndarray:
        coarse = (rng.random((height // 10, width // 10)) * 255).astype(np.uint8)
        return _grey(cv2.resize(coarse, (width, height), interpolation=cv2.INTER_NEAREST))

    def wood() -> np.ndarray:
        rings = 128 + 60 * np.sin(x / 7.0 + 8 * np.sin(y / 90.0)) + rng.normal(0, 12, SIZE)
        return _grey(rings.clip(0, 255))

    def desk() -> np.ndarray:
        light = (90 + 40 * x / width + rng.normal(0, 4, SIZE)).clip(0, 255).astype(np.uint8)
        return cv2.merge([light, (light * 0.9).astype(np.uint8), (light * 0.8).astype(np.uint8)])

    def dots() -> np.ndarray:
        cloth = np.full(SIZE, 230, np.uint8)
        for row in range(10, height, 30):
            for column in range(10 + (row // 30 % 2) * 15, width, 30):
                cv2.circle(cloth, (column, row), 6, 40, -1)
        return _grey(cloth)

    return {
        "fine texture 1080p": texture,
        "colour noise 1080p": lambda: (rng.random((*SIZE, 3)) * 255).astype(np.uint8),
        "rug": rug,
        "wood grain": wood,
        "empty desk": desk,
        "checked cloth": lambda: _grey((x // 24 + y // 24) % 2 * 150 + 50),
        "dotted cloth": dots,
        "white 8 MP": lambda: np.full((2448, 3264, 3), 255, np.uint8),
        "black 1080p": lambda: np.zeros((*SIZE, 3), np.uint8),
    }


def frames(quick: bool) -> dict[str, Callable[[], np.ndarray]]:
    """The generated frames, then the shared photos of people and scenes."""
    found = generated()
    photos = sorted((SHARED / "faces" / "no_faces").glob("*"))
    photos += sorted((SHARED / "faces" / "people").glob("*.jpg"))[: 4 if quick else None]
    for path in photos:
        if path.suffix.lower() in {".jpg", ".png"}:
            found[f"{path.parent.name}/{path.name}"] = lambda path=path: cv2.imread(str(path))
    return found


def _read(kind: str, frame: np.ndarray, languages: str, answer: Any) -> None:
    """In a child process: read `frame` one way; put (seconds, found text) in `answer`."""
    from core.ocr.tesseract import TesseractEngine

    if kind == "naive":
        import pytesseract

        started = time.perf_counter()
        text = pytesseract.image_to_string(frame, lang=languages)
        answer.put((time.perf_counter() - started, bool(text.strip())))
        return
    from core.reading import pipeline
    from core.reading.pipeline import ReadPipeline
    from core.reading.stages.text_probe import Sighting

    if kind == "no look":
        pipeline.look_for_text = lambda glance, engines: Sighting(True)  # type: ignore[assignment]
    reader = ReadPipeline(TesseractEngine(), languages)
    reader.engines.tesseract.probe()
    started = time.perf_counter()
    page = reader.read(frame).page
    answer.put((time.perf_counter() - started, not page.is_empty))


def timed(kind: str, frame: np.ndarray, languages: str, limit: float) -> dict[str, Any]:
    """Seconds and whether text was found; None seconds where `limit` ran out."""
    answer: Any = multiprocessing.Queue()
    child = multiprocessing.Process(target=_read, args=(kind, frame, languages, answer))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return {"seconds": None, "text": None}
    seconds, text = answer.get()
    return {"seconds": round(seconds, 3), "text": text}


def pages_rejected() -> tuple[int, list[str]]:
    """How many real pages were looked at, and those taken for a frame without text."""
    import ocr_accuracy

    from core.document.prepare import glance_at
    from core.ocr.tesseract import TesseractEngine
    from core.reading.engines import Engines
    from core.reading.stages.text_probe import look_for_text

    engine = TesseractEngine()
    rejected, count = [], 0
    for case in ocr_accuracy.cases():
        image = case.image if case.image is not None else case.load()
        glance = glance_at(image)
        count += 1
        if glance is not None and not look_for_text(glance, Engines(engine, case.languages)).text:
            rejected.append(case.path.name)
    return count, rejected


def _seconds(value: float | None, limit: float) -> str:
    return f"> {limit:.0f}" if value is None else f"{value:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="four face photos, no pages")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a stop")
    parser.add_argument("--languages", default="eng", help="Tesseract languages")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    rows = []
    print(f"{'frame':28} {'Bitna':>8} {'no look':>8} {'naive':>8}  text found (B/no look/naive)")
    for name, make in frames(args.quick).items():
        frame = make()
        row: dict[str, Any] = {"frame": name}
        for kind in ("bitna", "no look", "naive"):
            row[kind] = timed(kind, frame, args.languages, args.limit)
        rows.append(row)
        said = "/".join(str(row[kind]["text"]) for kind in ("bitna", "no look", "naive"))
        print(
            f"{name[:28]:28} "
            + " ".join(
                f"{_seconds(row[kind]['seconds'], args.limit):>8}"
                for kind in ("bitna", "no look", "naive")
            )
            + f"  {said}",
            flush=True,
        )
    bitna = [row["bitna"]["seconds"] for row in rows if row["bitna"]["seconds"] is not None]
    summary: dict[str, Any] = {
        "languages": args.languages,
        "bitna_median_seconds": statistics.median(bitna),
        "bitna_max_seconds": max(bitna),
        "bitna_found_text": sum(bool(row["bitna"]["text"]) for row in rows),
        "frames": len(rows),
    }
    if not args.quick:
        count, rejected = pages_rejected()
        summary |= {"pages_looked_at": count, "pages_taken_for_no_text": rejected}
    print(json.dumps(summary, indent=1))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"frames": rows, "summary": summary}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
