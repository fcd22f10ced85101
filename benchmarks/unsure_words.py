"""Which words Bitna calls unsure, against which words it read wrong.

Reads every image of benchmarks/ocr_accuracy.py (shared scans, camera pages and receipts,
Korean lines, the synthetic photos and the column photos) with Bitna's pipeline, lines each
recognised word up with the ground truth (difflib over the word sequences; NFKC, edge
punctuation dropped, case-folded for receipts) and counts, per group:

- of the words read wrong, the share flagged unsure (target >= 80 %);
- of the words read right, the share flagged (target <= 5 %);
- of the wrongly read numbers (a word with a digit), how many are flagged (target: all);

for the engine's confidence alone (below `--engine-below`, the old "unsure" line) and for
core/text/doubt.py's judgement (the engine's confidence with the dictionary and shape
checks). Thresholds were set on the "tuned" groups (scans, receipts, Korean lines); the
"held out" groups (synthetic and column photos, camera pages) were not looked at while
setting them. Readings are kept in `--cache` so the judgement can be re-scored without
reading again. Prints a table, writes benchmarks/results/unsure_words.json.

Run: .venv/bin/python benchmarks/unsure_words.py [--cache DIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import pickle
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import ocr_accuracy  # noqa: E402  (benchmarks/, beside this file)

from core.ocr.ppocr import shared_engine  # noqa: E402
from core.ocr.tesseract import TesseractEngine  # noqa: E402
from core.plumbing.errors import UserFacingError  # noqa: E402
from core.reading.pipeline import ReadPipeline  # noqa: E402
from core.text import doubt  # noqa: E402
from core.text.hunspell import shared_lexicon  # noqa: E402
from core.text.model import PageText  # noqa: E402

log = logging.getLogger(__name__)

RESULTS = ROOT / "benchmarks" / "results"
TUNED = ("scans", "receipts", "korean", "kor+eng")
HELD_OUT = ("synthetic", "columns", "pages")
_EDGE = "\"'“”‘’()[]{}.,;:!?«»-–—*|"


def _token(text: str, casefold: bool) -> str:
    token = unicodedata.normalize("NFKC", text).strip(_EDGE).replace("’", "'")
    return token.casefold() if casefold else token


@dataclass
class Tally:
    """Counts for one group and one way of flagging."""

    right: int = 0
    wrong: int = 0
    right_flagged: int = 0
    wrong_flagged: int = 0
    wrong_numbers: int = 0
    wrong_numbers_flagged: int = 0
    missed_numbers: list[str] = field(default_factory=list)

    def add(self, text: str, right: bool, flagged: bool) -> None:
        if right:
            self.right += 1
            self.right_flagged += flagged
            return
        self.wrong += 1
        self.wrong_flagged += flagged
        if any(c.isdigit() for c in text):
            self.wrong_numbers += 1
            self.wrong_numbers_flagged += flagged
            if not flagged:
                self.missed_numbers.append(text)

    def row(self) -> dict[str, Any]:
        return {
            "words": self.right + self.wrong,
            "wrong": self.wrong,
            "wrong_flagged": self.wrong_flagged / self.wrong if self.wrong else 0.0,
            "right_flagged": self.right_flagged / self.right if self.right else 0.0,
            "wrong_numbers": self.wrong_numbers,
            "wrong_numbers_flagged": self.wrong_numbers_flagged,
            "missed_numbers": self.missed_numbers[:20],
        }


def judged_words(
    page: PageText, truth: str, casefold: bool, engine_below: float
) -> list[tuple[str, bool, bool, bool]]:
    """(text, right, flagged by the engine alone, flagged by the doubt) per word with a
    letter or digit. A word is right when the truth holds it and it is not used up by an
    earlier one: order is left out, so a word read right in the wrong column is right."""
    left = Counter(t for t in (_token(t, casefold) for t in truth.split()) if t)
    judged = []
    for d in doubt.judge(page, shared_lexicon()):
        token = _token(d.word.text, casefold)
        if not any(c.isalnum() for c in token):
            continue
        right = left[token] > 0
        left[token] -= right
        judged.append((d.word.text, right, d.word.confidence < engine_below, d.unsure))
    return judged


def read(case: ocr_accuracy.Case, engine: TesseractEngine, cache: Path | None) -> PageText:
    key = hashlib.sha1(f"{case.group}/{case.path}/{case.languages}".encode()).hexdigest()
    kept = cache / f"{key}.pickle" if cache is not None else None
    if kept is not None and kept.exists():
        page: PageText = pickle.loads(kept.read_bytes())
        return page
    try:
        page = (
            ReadPipeline(engine, case.languages, photo_engine=shared_engine())
            .read(case.load())
            .page
        )
    except UserFacingError as error:
        log.warning("Bitna failed on %s: %s", case.path.name, error)
        page = PageText.empty(languages=case.languages)
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(pickle.dumps(page))
    return page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep readings here, to re-score fast")
    parser.add_argument("--only", help="only images whose name contains this")
    parser.add_argument("--engine-below", type=float, default=60.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    engine = TesseractEngine()
    tallies: dict[str, dict[str, Tally]] = {}
    for case in ocr_accuracy.cases():
        if args.only and args.only not in case.path.name:
            continue
        page = read(case, engine, args.cache)
        group = tallies.setdefault(case.group, {"engine": Tally(), "bitna": Tally()})
        for text, right, by_engine, by_doubt in judged_words(
            page, case.truth, case.casefold, args.engine_below
        ):
            group["engine"].add(text, right, by_engine)
            group["bitna"].add(text, right, by_doubt)
    for name, members in (("tuned", TUNED), ("held out", HELD_OUT)):
        joined = {"engine": Tally(), "bitna": Tally()}
        for member in members:
            for way, tally in tallies.get(member, {}).items():
                total = joined[way]
                for attribute in ("right", "wrong", "right_flagged", "wrong_flagged"):
                    setattr(total, attribute, getattr(total, attribute) + getattr(tally, attribute))
                total.wrong_numbers += tally.wrong_numbers
                total.wrong_numbers_flagged += tally.wrong_numbers_flagged
                total.missed_numbers += tally.missed_numbers
        tallies[f"all {name}"] = joined
    print(
        f"{'group':16} {'words':>6} {'wrong':>6}  {'wrong flagged':>21}  "
        f"{'right flagged':>21}  {'wrong numbers flagged':>21}"
    )
    print(
        f"{'':16} {'':>6} {'':>6}  {'engine':>10} {'Bitna':>10}  {'engine':>10} {'Bitna':>10}"
        f"  {'engine':>10} {'Bitna':>10}"
    )
    report: dict[str, Any] = {}
    for group, ways in tallies.items():
        engine_row, bitna_row = ways["engine"].row(), ways["bitna"].row()
        report[group] = {"engine": engine_row, "bitna": bitna_row}
        print(
            f"{group:16} {bitna_row['words']:>6} {bitna_row['wrong']:>6}  "
            f"{engine_row['wrong_flagged']:>10.0%} {bitna_row['wrong_flagged']:>10.0%}  "
            f"{engine_row['right_flagged']:>10.1%} {bitna_row['right_flagged']:>10.1%}  "
            f"{engine_row['wrong_numbers_flagged']:>4}/{engine_row['wrong_numbers']:<5} "
            f"{bitna_row['wrong_numbers_flagged']:>4}/{bitna_row['wrong_numbers']:<5}"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "unsure_words.json"
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(f"Wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
