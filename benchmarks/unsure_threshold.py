"""Which OCR confidence separates wrong words from right ones: the "unsure" threshold.

Bitna can say "unsure" before a word whose confidence is low (core/reading/flow.py,
UNSURE_BELOW). This reads ../shared/data/documents (clean scans in English, Korean text
lines, hand-held receipt photos) with Bitna's pipeline, lines each recognised word up with
the ground truth (difflib over the word sequences; NFKC, edge punctuation dropped,
case-folded for receipts, whose truth is upper case) and counts, for each threshold, how
many wrong and right words it would flag. Prints a table per group and overall and writes
benchmarks/results/unsure_threshold.json.

Run: /tmp/venv/bin/python benchmarks/unsure_threshold.py
"""

from __future__ import annotations

import difflib
import json
import statistics
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.ocr.tesseract import TesseractEngine  # noqa: E402
from core.plumbing.imageio import load_image  # noqa: E402
from core.reading.pipeline import ReadPipeline  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "documents"
RESULTS = ROOT / "benchmarks" / "results"
THRESHOLDS = list(range(10, 100, 5))
_EDGE = "\"'“”‘’()[]{}.,;:!?«»-–—*"


def _token(text: str, casefold: bool) -> str:
    token = unicodedata.normalize("NFKC", text).strip(_EDGE)
    return token.casefold() if casefold else token


def _cases() -> list[tuple[str, Path, str, str, bool]]:
    cases = []
    for image in sorted((DATA / "scans").glob("*")):
        truth = image.with_suffix(".txt")
        if image.suffix in (".tif", ".png") and truth.exists():
            cases.append(("scans", image, truth.read_text(encoding="utf-8"), "eng", False))
    for image in sorted((DATA / "korean_lines").glob("*.png")):
        truth = image.with_name(image.stem + ".gt.txt")
        cases.append(("korean_lines", image, truth.read_text(encoding="utf-8"), "kor", False))
    for image in sorted((DATA / "camera" / "receipts").glob("*.jpg")):
        truth = image.with_name(image.stem + ".gt.txt")
        cases.append(("receipts", image, truth.read_text(encoding="utf-8"), "eng", True))
    return cases


def _judge(words: list[tuple[str, float]], truth: str, casefold: bool) -> list[tuple[float, bool]]:
    """(confidence, right) for every recognised word that has letters or digits."""
    ocr = [(_token(text, casefold), confidence) for text, confidence in words]
    ocr = [(token, confidence) for token, confidence in ocr if token]
    reference = [token for token in (_token(t, casefold) for t in truth.split()) if token]
    matcher = difflib.SequenceMatcher(None, [t for t, _ in ocr], reference, autojunk=False)
    right = set()
    for block in matcher.get_matching_blocks():
        right.update(range(block.a, block.a + block.size))
    return [(confidence, index in right) for index, (_, confidence) in enumerate(ocr)]


def _table(judged: list[tuple[float, bool]]) -> list[dict[str, float]]:
    wrong_total = sum(1 for _, right in judged if not right)
    right_total = len(judged) - wrong_total
    rows = []
    for threshold in THRESHOLDS:
        wrong = sum(1 for c, right in judged if not right and c < threshold)
        right = sum(1 for c, r in judged if r and c < threshold)
        rows.append(
            {
                "threshold": threshold,
                "wrong_flagged": wrong / wrong_total if wrong_total else 0.0,
                "right_flagged": right / right_total if right_total else 0.0,
                "precision": wrong / (wrong + right) if wrong + right else 0.0,
                "flagged_per_100_words": 100 * (wrong + right) / len(judged) if judged else 0.0,
            }
        )
    return rows


def main() -> int:
    if not DATA.is_dir():
        print(f"No data at {DATA}")
        return 1
    engine = TesseractEngine()
    by_group: dict[str, list[tuple[float, bool]]] = {}
    for group, path, truth, languages, casefold in _cases():
        page = ReadPipeline(engine, languages).read(load_image(path)).page
        words = [(word.text, word.confidence) for word in page.words()]
        by_group.setdefault(group, []).extend(_judge(words, truth, casefold))
    by_group["all"] = [item for items in by_group.values() for item in items]
    report = {}
    for group, judged in by_group.items():
        wrong = [c for c, right in judged if not right]
        right = [c for c, r in judged if r]
        print(
            f"\n{group}: {len(judged)} words, {len(wrong)} wrong; median confidence "
            f"right {statistics.median(right) if right else 0:.0f}, "
            f"wrong {statistics.median(wrong) if wrong else 0:.0f}"
        )
        print("below  wrong flagged  right flagged  precision  flags/100 words")
        rows = _table(judged)
        for row in rows:
            print(
                f"{row['threshold']:>5}  {row['wrong_flagged']:>13.0%}"
                f"  {row['right_flagged']:>13.0%}  {row['precision']:>9.0%}"
                f"  {row['flagged_per_100_words']:>15.1f}"
            )
        report[group] = {"words": len(judged), "wrong": len(wrong), "table": rows}
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "unsure_threshold.json"
    out.write_text(json.dumps(report, indent=2))
    print(f"\nWrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
