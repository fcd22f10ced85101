"""OCR accuracy: naive Tesseract and Bitna's pipeline on the same images, side by side.

Covers ../shared/data/documents: clean scans (eng), camera/pages (fra, phone photos),
camera/receipts (eng, hand-held photos) and korean_lines, twice: in Korean alone (group
"korean") and in Korean and English ("kor+eng", what the app reads in by default, where
English junk can win over a Korean word); and photos never seen while tuning, made here:
the demo letters photographed on a desk, large and small, upright and sideways, and so
the scans with columns (`scan_*`; group "synthetic", benchmarks/synthetic_photos.py); and
two- and three-column pages of small print in English and Korean, drawn with their truth in
column order and photographed by document camera and webcam (group "columns",
benchmarks/column_pages.py; the multi-column photos of issue 22 are these and `scan_80*`).
For each image it prints
CER (Unicode NFKC, whitespace folded; case-folded for receipts), order-free word F1 and
seconds, for both readers, then medians per group, and writes JSON to
benchmarks/results/ocr_accuracy.json.

"Naive" is what a program gets by handing the whole frame to Tesseract: grey, automatic
page segmentation (psm 3), one process. Bitna is `core.reading.pipeline.ReadPipeline`,
scored on the text it recognised (`PageText.recognised_text`): its own notes on ink
without words ("A picture.", "Handwriting or a signature.") are not in any ground truth.

Receipts: their ground truth lists lines in annotation order, not reading order (a price
before its label, the date last); scored as it is, the CER would measure that order. The
reference is rebuilt in reading order from the annotated line boxes (rows top to bottom,
left to right within a row), the same reference for both readers.

Timing: the two readers run one after the other on each image (never at once), so each
has the machine's two cores; the machine is shared, so compare medians and ratios.

`--tesseract-only` runs Bitna without the photo engine: what reading with Tesseract alone
would save in time and cost in accuracy on the camera photos.

Run: .venv/bin/python benchmarks/ocr_accuracy.py [--quick] [--only NAME] [--tesseract-only]
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import synthetic_photos  # noqa: E402  (benchmarks/, beside this file)

from benchmarks import column_pages  # noqa: E402
from core.ocr.ppocr import shared_engine  # noqa: E402
from core.ocr.tesseract import TesseractEngine  # noqa: E402
from core.plumbing.errors import UserFacingError  # noqa: E402
from core.plumbing.imageio import load_image  # noqa: E402
from core.reading.pipeline import ReadPipeline  # noqa: E402
from core.text.metrics import cer, word_f1  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "documents"
RESULTS = ROOT / "benchmarks" / "results"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Case:
    """One image with its truth, language and scoring."""

    group: str
    path: Path
    truth: str
    languages: str
    casefold: bool = False
    image: np.ndarray | None = None  # made here (synthetic photos), not read from `path`

    def load(self) -> np.ndarray:
        return self.image if self.image is not None else load_image(self.path)


@dataclass(frozen=True)
class Score:
    """One reader's result on one image."""

    cer: float
    f1: float
    seconds: float


def receipt_truth(image: Path) -> str:
    """The receipt's lines in reading order, from its annotated boxes (see module doc)."""
    rows: list[tuple[float, float, float, str]] = []
    with image.with_suffix(".box.csv").open(encoding="utf-8") as file:
        for fields in csv.reader(file):
            if len(fields) < 9:
                continue
            ys = [float(v) for v in fields[1:8:2]]
            xs = [float(v) for v in fields[0:8:2]]
            rows.append((min(ys), max(ys), min(xs), ",".join(fields[8:])))
    rows.sort()
    lines: list[list[tuple[float, float, float, str]]] = []
    for row in rows:
        top, bottom = row[0], row[1]
        if lines:
            last = lines[-1]
            last_top = statistics.median(r[0] for r in last)
            last_bottom = statistics.median(r[1] for r in last)
            overlap = min(bottom, last_bottom) - max(top, last_top)
            if overlap > 0.5 * min(bottom - top, last_bottom - last_top):
                last.append(row)
                continue
        lines.append([row])
    return "\n".join(" ".join(r[3] for r in sorted(line, key=lambda r: r[2])) for line in lines)


def scan_cases() -> list[Case]:
    """The clean scans with their truth; none when the shared data is absent."""
    found: list[Case] = []
    for image in sorted((DATA / "scans").glob("*.*")):
        if image.suffix in (".tif", ".png"):
            truth = image.with_suffix(".txt").read_text(encoding="utf-8")
            found.append(Case("scans", image, truth, "eng"))
    return found


def scan_photos() -> list[synthetic_photos.Photo]:
    """The clean scans as pages for synthetic_photos to photograph (name = file name)."""
    return [
        synthetic_photos.Photo(c.path.name, c.load(), c.truth, c.languages) for c in scan_cases()
    ]


def cases() -> list[Case]:
    """Every image with ground truth in the shared data, and the synthetic photos."""
    found = scan_cases()
    gt_map = DATA / "camera" / "pages" / "gt_map.csv"
    with gt_map.open(encoding="utf-8") if gt_map.exists() else open(os.devnull) as file:
        for row in csv.DictReader(file):
            truth = (DATA / "camera" / "pages" / row["ground_truth"]).read_text(encoding="utf-8")
            found.append(Case("pages", DATA / "camera" / "pages" / row["image"], truth, "fra"))
    for image in sorted((DATA / "camera" / "receipts").glob("*.jpg")):
        found.append(Case("receipts", image, receipt_truth(image), "eng", casefold=True))
    for image in sorted((DATA / "korean_lines").glob("*.png")):
        truth = image.with_name(image.stem + ".gt.txt").read_text(encoding="utf-8")
        found.append(Case("korean", image, truth, "kor"))
        found.append(Case("kor+eng", image, truth, "kor+eng"))
    for photo in synthetic_photos.photos(scan_photos()):
        found.append(
            Case("synthetic", Path(photo.name), photo.truth, photo.languages, image=photo.image)
        )
    for shot in column_pages.photos():
        found.append(
            Case("columns", Path(shot.name), shot.page.truth, shot.page.languages, image=shot.image)
        )
    return found


def score(case: Case, text: str, seconds: float) -> Score:
    return Score(
        cer(case.truth, text, casefold=case.casefold),
        word_f1(case.truth, text, casefold=case.casefold),
        seconds,
    )


def run_naive(engine: TesseractEngine, case: Case) -> Score:
    image = case.load()
    started = time.perf_counter()
    page = engine.recognize(image, case.languages)
    return score(case, page.text, time.perf_counter() - started)


def run_bitna(engine: TesseractEngine, case: Case, photo: bool = True) -> Score:
    """Bitna's reading scored; a reading that fails with an error (the user hears the
    error, not the page) scores as reading nothing."""
    image = case.load()
    photo_engine = shared_engine() if photo else None
    started = time.perf_counter()
    try:
        result = ReadPipeline(engine, case.languages, photo_engine=photo_engine).read(image)
    except UserFacingError as error:
        log.warning("Bitna failed on %s: %s", case.path.name, error)
        return score(case, "", time.perf_counter() - started)
    return score(case, result.page.recognised_text, result.seconds)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only 5 of the 40 Korean lines")
    parser.add_argument(
        "--only",
        help="only images whose name contains this, or one of these (comma-separated: "
        "columns,scan_80 for the multi-column photos)",
    )
    parser.add_argument(
        "--tesseract-only",
        action="store_true",
        help="Bitna without the photo engine (what reading with Tesseract alone costs and "
        "saves); writes ocr_accuracy_tesseract_only.json",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    engine = TesseractEngine()
    engine.probe()
    photo_engine = shared_engine()
    if photo_engine is not None and not args.tesseract_only:
        # Its models load on the first reading (1-2 s): not to be counted to one page.
        photo_engine.recognize(np.full((64, 64, 3), 255, np.uint8))
    selected = cases()
    if args.quick:
        korean = [c for c in selected if c.group in ("korean", "kor+eng")][:10]
        selected = [c for c in selected if c.group not in ("korean", "kor+eng")] + korean
    if args.only:
        parts = args.only.split(",")
        selected = [c for c in selected if any(part in c.path.name for part in parts)]
    rows: list[dict[str, Any]] = []
    header = (
        f"{'group':9} {'image':34} {'naive CER':>9} {'bitna CER':>9} {'naive F1':>8} "
        f"{'bitna F1':>8} {'naive s':>7} {'bitna s':>7}"
    )
    print(header)
    print("-" * len(header))
    for case in selected:
        naive = run_naive(engine, case)
        bitna = run_bitna(engine, case, photo=not args.tesseract_only)
        rows.append(
            {
                "group": case.group,
                "image": case.path.name,
                "naive": asdict(naive),
                "bitna": asdict(bitna),
            }
        )
        print(
            f"{case.group:9} {case.path.name[:34]:34} {naive.cer:9.3f} {bitna.cer:9.3f} "
            f"{naive.f1:8.3f} {bitna.f1:8.3f} {naive.seconds:7.2f} {bitna.seconds:7.2f}",
            flush=True,
        )
    print("-" * len(header))
    summary: dict[str, dict[str, float]] = {}
    groups: dict[str, tuple[str, ...]] = {"camera (pages+receipts)": ("pages", "receipts")}
    groups.update(
        {
            g: (g,)
            for g in ("scans", "pages", "receipts", "korean", "kor+eng", "synthetic", "columns")
        }
    )
    for name, members in groups.items():
        chosen = [r for r in rows if r["group"] in members]
        if not chosen:
            continue
        entry = {
            f"{who}_{what}": median([r[who][what] for r in chosen])
            for who in ("naive", "bitna")
            for what in ("cer", "f1", "seconds")
        }
        entry["cer_ratio"] = entry["bitna_cer"] / entry["naive_cer"] if entry["naive_cer"] else 0
        entry["seconds_ratio"] = entry["bitna_seconds"] / entry["naive_seconds"]
        entry["images_worse_than_naive"] = sum(
            1 for r in chosen if r["bitna"]["cer"] > r["naive"]["cer"] + 1e-9
        )
        for who in ("naive", "bitna"):
            entry[f"{who}_above_0.02"] = sum(1 for r in chosen if r[who]["cer"] > 0.02)
            entry[f"{who}_mean_cer"] = statistics.fmean(r[who]["cer"] for r in chosen)
        summary[name] = entry
        print(
            f"{'median':9} {name[:34]:34} {entry['naive_cer']:9.3f} {entry['bitna_cer']:9.3f} "
            f"{entry['naive_f1']:8.3f} {entry['bitna_f1']:8.3f} {entry['naive_seconds']:7.2f} "
            f"{entry['bitna_seconds']:7.2f}  CER ratio {entry['cer_ratio']:.2f}, time ratio "
            f"{entry['seconds_ratio']:.2f}, worse than naive: {entry['images_worse_than_naive']}, "
            f"above 0.02: {entry['naive_above_0.02']} naive, {entry['bitna_above_0.02']} Bitna, "
            f"mean CER {entry['naive_mean_cer']:.3f} naive, {entry['bitna_mean_cer']:.3f} Bitna"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "ocr_accuracy_tesseract_only" if args.tesseract_only else "ocr_accuracy"
    output = RESULTS / f"{name}.json"
    output.write_text(json.dumps({"images": rows, "medians": summary}, indent=2), encoding="utf-8")
    print(f"\nWrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
