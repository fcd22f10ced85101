"""Tables, numbers and fields: bills, statements, timetables, forms and leaflets (issue 21).

A blind reader's post is bills, bank statements, timetables, forms and medicine leaflets.
Read as plain lines, a table loses what holds it together: which amount is in which row and
column, which cell was empty, where a wrapped cell goes on. This benchmark draws such pages
(benchmarks/document_pages.py: English and Korean, tables fully ruled, ruled across only and
not ruled at all, 2 to 8 columns), takes each as a clean 300 dpi scan, by an 8 MP document
camera and by a 1080p webcam (benchmarks/synthetic_photos.py, each turned a little), and
scores three readers on them and on the 12 shared receipts:

- naive: `pytesseract.image_to_string` of the grey frame, psm 3 (eng, or kor+eng);
- bitna: Bitna's plain reading as it is today, `ReadPipeline(...).read(image).page.text`,
  without the pipeline's `STRUCTURE_STAGES` where it has them (the table stages that
  issue 21 adds): the baseline the structured reading is held to;
- structured: Bitna's reading with its headings, fields and tables, once `bitna read` has
  `--format` ("not built yet" until then): the same pipeline with its structure stages, its
  page written by `core.reading.formats` as `bitna read IMAGE --format json` writes it, in
  this process; where that module is not there, the command itself.

Scores (`score`), counted over every page of a group:
- cells: table cells exact and in place. Each truth table is matched to the JSON
  reading's table that has most of its cells in place: the rows aligned in order (each
  truth row to one row at most, so a row too many costs only itself), a cell in place when
  its text (NFKC, whitespace folded) equals the truth's in the same column. A spanning
  cell stands in its first column (JSON "cells" with a "span" are spread so). A plain
  reading's lines are aligned to the truth's rows the same way; a row's cells its line holds
  whole, in the row's order, count. Empty truth cells (the columns a spanning header
  covers, a total row's blanks) are not counted. `|` is a ruling read as a letter, and
  separates cells.
- numbers present and exact: every amount, date, time, phone and account number printed
  (each occurrence). Exact: the same tokens in the reading; present: exact, or a run of as
  many tokens holding a digit within a third of its length in edits (a misread number is
  still there; a dropped one is not).
- fields: a label with its value next to it on one line, or as a field block. The
  receipts' key fields (company, date, address, total) have no label: found when the value
  is in the reading (its letters and digits, case-folded, as whole words).
Targets (issue 21): cells >= 98 % on every ruling; numbers 100 % present, >= 99.5 % exact;
fields >= 98 %; the structured reading's time <= 1.1 x the plain reading's.

Timing: the readers run one after the other on each image, so each has both cores; the
machine is shared, so compare medians and the per-image ratio of structured to plain.

Run: .venv/bin/python benchmarks/documents.py [--quick] [--only SUBSTR] [--write DIR]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one Tesseract thread, as Bitna runs it

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from benchmarks.document_pages import clean_token, generate, specs  # noqa: E402
from benchmarks.synthetic_photos import WEBCAMS, Look, photograph, turned  # noqa: E402
from core.text.metrics import levenshtein, normalise  # noqa: E402

RECEIPTS = ROOT.parent / "shared" / "data" / "documents" / "camera" / "receipts"
RESULTS = ROOT / "benchmarks" / "results"
BITNA = ROOT / ".venv" / "bin" / "bitna"
LOOKS = ("scan", "camera", "webcam")
Reading = str | dict[str, Any]


# ----------------------------------------------------------------------------- the images


@dataclass(frozen=True)
class Case:
    """One image to read, with its truth."""

    name: str
    image: np.ndarray
    truth: dict[str, Any]
    look: str

    @property
    def languages(self) -> str:
        return "kor+eng" if self.truth["language"] == "ko" else "eng"


def photo(page: np.ndarray, look: str, seed: int) -> np.ndarray:
    """`page` as a clean scan, or photographed on a desk by a document camera (8 MP, the
    page 7.4 px a millimetre, about 190 dpi) or a 1080p webcam (the page filling its
    height), turned up to 1.5 or 2 degrees."""
    if look == "scan":
        return page
    height_mm = page.shape[0] / 300 * 25.4
    if look == "camera":
        taken = Look(seed, page_height=0.9 * height_mm / 297, tilt=0.03, shade=0.3, blur=1.0)
        most = 1.5
    else:
        taken = Look(seed, page_height=0.95, tilt=0.03, shade=0.3, blur=0.7)
        taken = Look(**{**asdict(taken), "frame": WEBCAMS["1080p"]})
        most = 2.0
    frame = photograph(page, taken)
    angle = np.random.default_rng(seed).uniform(-most, most)
    return turned(frame, angle)


def document_cases(
    wanted: Callable[[str], bool] = lambda name: True, looks: Iterable[str] = LOOKS
) -> Iterator[Case]:
    """Each page in each look whose image name `wanted` takes, made as it is asked for
    (ninety 8 MP frames at once would not fit in memory)."""
    for spec in specs():
        names = {look: f"{spec.name}_{look}" for look in looks if wanted(f"{spec.name}_{look}")}
        if not names:
            continue
        page, truth = generate(spec)
        for look, name in names.items():
            seed = spec.seed * 10 + LOOKS.index(look)
            yield Case(name, photo(page, look, seed), truth, look)


def receipt_truth(key: dict[str, str], printed: str, name: str) -> dict[str, Any]:
    """A receipt's truth for this benchmark: its key fields (SROIE's company, date, address,
    total) that the print holds (133's key says SELANGIR where it prints SELANGOR), and its
    date and total as numbers."""
    held = {k: v for k, v in key.items() if _words(v) in _words(printed)}
    return {
        "name": name,
        "kind": "receipt",
        "language": "en",
        "ruling": "none",
        "blocks": [],
        "numbers": [key[k] for k in ("date", "total") if k in held],
        "fields": held,
        "values_only": True,
        "casefold": True,
    }


def receipt_cases(wanted: Callable[[str], bool] = lambda name: True) -> Iterator[Case]:
    """The 12 shared receipts (none where ../shared/data is absent)."""
    from core.plumbing.imageio import load_image

    for image in sorted(RECEIPTS.glob("*.jpg")):
        if not wanted(f"receipt_{image.stem}"):
            continue
        key = json.loads(image.with_suffix(".key.json").read_text(encoding="utf-8"))
        printed = image.with_name(image.stem + ".gt.txt").read_text(encoding="utf-8")
        truth = receipt_truth(key, printed, f"receipt_{image.stem}")
        yield Case(truth["name"], load_image(image), truth, "photo")


# ----------------------------------------------------------------------------- the scores


@dataclass
class Score:
    """Counts for one reading, or summed over many."""

    cells: int = 0
    cells_exact: int = 0
    numbers: int = 0
    numbers_present: int = 0
    numbers_exact: int = 0
    fields: int = 0
    fields_found: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(
            *(getattr(self, f.name) + getattr(other, f.name) for f in dataclass_fields(self))
        )

    def shares(self) -> dict[str, float | None]:
        """Each score as a share of its total; None where the page has none to score."""

        def share(part: int, whole: int) -> float | None:
            return part / whole if whole else None

        return {
            "cells_exact": share(self.cells_exact, self.cells),
            "numbers_present": share(self.numbers_present, self.numbers),
            "numbers_exact": share(self.numbers_exact, self.numbers),
            "fields_found": share(self.fields_found, self.fields),
        }


def _words(text: str) -> str:
    """Letters and digits only, case-folded: runs of them joined by single spaces, with a
    space either end (the receipts' keys and prints differ in punctuation and spacing)."""
    words = re.findall(r"[^\W_]+", normalise(text, casefold=True))
    return " " + " ".join(words) + " "


def _clean(text: str, casefold: bool = False) -> str:
    """Normalised (NFKC, whitespace folded), `|` read from a ruling taken as a space."""
    return normalise(text.replace("|", " "), casefold=casefold)


def reading_lines(reading: Reading, pairs: bool = False) -> list[str]:
    """A reading as lines: a plain text's own; a JSON reading's table rows (cells joined by
    spaces) and the lines of its other blocks, a field's as printed ("text") or, with
    `pairs` or where it has no text, as "label: value"."""
    if isinstance(reading, str):
        return reading.splitlines()
    lines: list[str] = []
    for block in reading.get("blocks", []):
        if block.get("kind") == "table":
            lines.extend(" ".join(cell for cell in row if cell) for row in table_grid(block))
        elif block.get("kind") == "field" and (pairs or not block.get("text")):
            lines.append(f"{block.get('label', '')}: {block.get('value', '')}")
        elif block.get("items"):
            lines.extend(str(item) for item in block["items"])
        else:
            lines.extend(str(block.get("text", "")).splitlines())
    return lines


def _at_word(text: str) -> str:
    return rf"(?<!\S){re.escape(text)}(?!\S)"


def cells_in_order(cells: list[str], line: str) -> int:
    """How many of `cells` (non-empty, normalised) `line` holds whole, left to right."""
    found, position = 0, 0
    for cell in cells:
        match = re.compile(_at_word(cell)).search(line, position)
        if match:
            found += 1
            position = match.end()
    return found


def _table_rows(truth: dict[str, Any], casefold: bool) -> list[list[str]]:
    return [
        [_clean(cell, casefold) for cell in row if _clean(cell, casefold)]
        for block in truth["blocks"]
        if block["kind"] == "table"
        for row in block["rows"]
    ]


def plain_cells(truth: dict[str, Any], lines: list[str], casefold: bool = False) -> int:
    """Cells a plain reading holds in place: the truth's rows aligned to the lines in order
    (each to one line at most, the alignment that holds the most cells), each row's cells
    its line holds whole and in order."""
    rows = _table_rows(truth, casefold)
    cleaned = [_clean(line, casefold) for line in lines]
    cleaned = [line for line in cleaned if line]
    best = [[0] * (len(cleaned) + 1) for _ in range(len(rows) + 1)]
    for i, row in enumerate(rows, 1):
        for j, line in enumerate(cleaned, 1):
            here = best[i - 1][j - 1] + cells_in_order(row, line)
            best[i][j] = max(best[i - 1][j], best[i][j - 1], here)
    return best[-1][-1]


def table_grid(block: dict[str, Any]) -> list[list[str]]:
    """A JSON table block as a full grid: from its "cells" where they give spans (a
    spanning cell's text in its first column, blanks in the columns it covers, as the truth
    has it), else its "rows"."""
    if not block.get("cells"):
        return [[str(cell) for cell in row] for row in block.get("rows", [])]
    grid: list[list[str]] = []
    for row in block["cells"]:
        cells: list[str] = []
        for cell in row:
            cells.append(str(cell.get("text", "")))
            cells.extend([""] * (int(cell.get("span", 1)) - 1))
        grid.append(cells)
    return grid


def _in_place(truth_row: list[str], row: list[str], casefold: bool) -> int:
    return sum(
        1
        for c, cell in enumerate(truth_row)
        if cell and c < len(row) and _clean(row[c], casefold) == cell
    )


def table_in_place(truth_rows: list[list[str]], rows: list[list[str]], casefold: bool) -> int:
    """Truth cells a reading's table has at their column, its rows aligned to the truth's
    in order (each to one at most): a row read twice, or a line of the page taken into
    the table, costs its own cells, not those of every row after it; a cell in the wrong
    column is wrong."""
    wanted = [[_clean(cell, casefold) for cell in row] for row in truth_rows]
    best = [[0] * (len(rows) + 1) for _ in range(len(wanted) + 1)]
    for i, truth_row in enumerate(wanted, 1):
        for j, row in enumerate(rows, 1):
            here = best[i - 1][j - 1] + _in_place(truth_row, row, casefold)
            best[i][j] = max(best[i - 1][j], best[i][j - 1], here)
    return best[-1][-1]


def json_cells(truth: dict[str, Any], reading: dict[str, Any], casefold: bool = False) -> int:
    """Cells a JSON reading has in place (`table_in_place`), each truth table matched to
    the reading's table that has most of its cells so, a reading's table used once."""
    tables = [table_grid(b) for b in reading.get("blocks", []) if b.get("kind") == "table"]
    used: set[int] = set()
    total = 0
    for block in truth["blocks"]:
        if block["kind"] != "table":
            continue
        best, best_index = 0, None
        for index, rows in enumerate(tables):
            if index not in used:
                same = table_in_place(block["rows"], rows, casefold)
                if same > best:
                    best, best_index = same, index
        if best_index is not None:
            used.add(best_index)
        total += best
    return total


def _tokens(text: str, casefold: bool) -> list[str]:
    return [clean_token(token) for token in _clean(text, casefold).split()]


def numbers_found(
    truth: dict[str, Any], lines: list[str], casefold: bool = False
) -> tuple[int, int]:
    """(present, exact) of the truth's numbers in the reading's lines (see module doc)."""
    tokens = [t for line in lines for t in _tokens(line, casefold)]
    claimed = [False] * len(tokens)
    wanted = [_tokens(number, casefold) for number in truth["numbers"]]
    exact: list[bool] = []
    for number in wanted:
        size = len(number)
        for start in range(len(tokens) - size + 1):
            if tokens[start : start + size] == number and not any(claimed[start : start + size]):
                claimed[start : start + size] = [True] * size
                exact.append(True)
                break
        else:
            exact.append(False)
    present = sum(exact)
    for number, found in zip(wanted, exact, strict=True):
        if found:
            continue
        size, joined = len(number), " ".join(number)
        allowed = len(joined) // 3
        for start in range(len(tokens) - size + 1):
            window = tokens[start : start + size]
            if any(claimed[start : start + size]) or not all(
                any(c.isdigit() for c in t) for t in window
            ):
                continue
            if levenshtein(" ".join(window), joined) <= allowed:
                claimed[start : start + size] = [True] * size
                present += 1
                break
    return present, sum(exact)


def fields_found(truth: dict[str, Any], lines: list[str], casefold: bool = False) -> int:
    """Truth fields the reading holds: the label with its value next to it on one line (give
    a JSON reading's field blocks as "label: value" lines); for label-less receipts, the
    value anywhere."""
    if truth.get("values_only"):
        whole = _words(" ".join(lines))
        return sum(1 for value in truth["fields"].values() if _words(value) in whole)
    cleaned = [_clean(line, casefold) for line in lines]
    claimed: set[tuple[int, str]] = set()
    found = 0
    pairs = [(b["label"], b["value"]) for b in truth["blocks"] if b["kind"] == "field"]
    for label, value in pairs:
        label, value = _clean(label, casefold), _clean(value, casefold)
        pattern = re.compile(rf"(?<!\S){re.escape(label)}:? ?{re.escape(value)}(?!\S)")
        for index, line in enumerate(cleaned):
            if (index, label) not in claimed and pattern.search(line):
                claimed.add((index, label))
                found += 1
                break
    return found


def score(truth: dict[str, Any], reading: Reading) -> Score:
    """How well `reading` (plain text, or Bitna's JSON form) holds the page `truth`."""
    casefold = bool(truth.get("casefold"))
    lines = reading_lines(reading)
    cells = sum(len(row) for row in _table_rows(truth, casefold))
    if isinstance(reading, str):
        exact_cells = plain_cells(truth, lines, casefold)
    else:
        exact_cells = json_cells(truth, reading, casefold)
    present, exact = numbers_found(truth, lines, casefold)
    field_count = (
        len(truth["fields"])
        if truth.get("values_only")
        else sum(1 for b in truth["blocks"] if b["kind"] == "field")
    )
    return Score(
        cells,
        exact_cells,
        len(truth["numbers"]),
        present,
        exact,
        field_count,
        fields_found(truth, reading_lines(reading, pairs=True), casefold),
    )


def truth_as_text(truth: dict[str, Any]) -> str:
    """The truth as plain lines, as a perfect plain reader would give it: table rows with
    cells separated by spaces, fields as `label: value`."""
    return "\n".join(reading_lines({"blocks": truth["blocks"]}))


def truth_as_json(truth: dict[str, Any]) -> dict[str, Any]:
    """The truth in Bitna's JSON form, as a perfect structured reader would give it."""
    return {"blocks": truth["blocks"]}


# ----------------------------------------------------------------------------- the readers

Timed = tuple[Reading, float]


def read_naive(case: Case) -> Timed:
    """What a program gets by handing the whole grey frame to Tesseract (psm 3)."""
    import pytesseract

    grey = cv2.cvtColor(case.image, cv2.COLOR_BGR2GRAY)
    started = time.perf_counter()
    text = pytesseract.image_to_string(grey, lang=case.languages, config="--psm 3")
    return text, time.perf_counter() - started


@contextmanager
def structure_stages_off() -> Iterator[bool]:
    """The pipeline without the stages that find tables and fields, where it has them
    (`STRUCTURE_STAGES`): Bitna's plain reading as it was before them. True if any were."""
    from core.reading import pipeline

    names = vars(pipeline)  # the module's own names, read by ReadPipeline at each reading
    kept = names.get("STRUCTURE_STAGES")
    if not kept:
        yield False
        return
    names["STRUCTURE_STAGES"] = ()
    try:
        yield True
    finally:
        names["STRUCTURE_STAGES"] = kept


class Bitna:
    """Bitna's readings in this process, as the app reads: one pipeline a language. `plain`
    is today's reading (`page.text`, no structure stages); `structured` the same pipeline
    with them, written as JSON (core.reading.formats), or `bitna read --format json` where
    that module is not there."""

    def __init__(self, scratch: Path) -> None:
        self.pipelines: dict[str, Any] = {}
        self.scratch = scratch
        self.structure_stages = False
        self.in_process = importlib.util.find_spec("core.reading.formats") is not None

    def pipeline(self, languages: str) -> Any:
        from core.ocr.ppocr import shared_engine
        from core.ocr.tesseract import TesseractEngine
        from core.reading.pipeline import ReadPipeline

        if languages not in self.pipelines:
            self.pipelines[languages] = ReadPipeline(
                TesseractEngine(), languages, photo_engine=shared_engine()
            )
        return self.pipelines[languages]

    def plain(self, case: Case) -> Timed:
        pipeline = self.pipeline(case.languages)
        with structure_stages_off() as self.structure_stages:
            started = time.perf_counter()
            text = pipeline.read(case.image).page.text
            return text, time.perf_counter() - started

    def structured(self, case: Case) -> Timed:
        if not self.in_process:
            return self.command(case)
        formatted = importlib.import_module("core.reading.formats").formatted
        pipeline = self.pipeline(case.languages)
        started = time.perf_counter()
        written = formatted(pipeline.read(case.image).page, "json")
        seconds = time.perf_counter() - started
        return json.loads(written), seconds

    def command(self, case: Case) -> Timed:
        """`bitna read IMAGE --format json`, timed from start to end (the process's start
        and its models' loading included)."""
        image = self.scratch / f"{case.name}.png"
        cv2.imwrite(str(image), case.image)
        command = [str(BITNA), "read", str(image), "--lang", case.languages, "--format", "json"]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        image.unlink()
        if done.returncode not in (0, 1):  # 1: no text found
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
        try:
            return json.loads(done.stdout), seconds
        except json.JSONDecodeError:
            return done.stdout, seconds  # scored as plain text


def structured_built() -> bool:
    """Whether `bitna read` can give its reading as JSON (`--format`)."""
    if not BITNA.exists():
        return False
    helped = subprocess.run(
        [str(BITNA), "read", "--help"], capture_output=True, text=True, check=False
    )
    return "--format" in helped.stdout


def timed(reader: Callable[[Case], Timed], case: Case, repeat: int) -> Timed:
    """The first run's reading and the median time of `repeat` runs."""
    reading, seconds = reader(case)
    times = [seconds] + [reader(case)[1] for _ in range(repeat - 1)]
    return reading, statistics.median(times)


# ----------------------------------------------------------------------------- the run

QUICK_PAGES = (
    "bill_en_grid",
    "statement_ko_rules",
    "timetable_en_none",
    "form_ko_none",
    "leaflet_en_rules",
)
QUICK_LOOKS = ("camera", "webcam")
QUICK_RECEIPTS = ("receipt_010", "receipt_112")
READERS = ("naive", "bitna", "structured")
COLUMNS = ("cells_exact", "numbers_present", "numbers_exact", "fields_found")


def percent(value: float | None) -> str:
    return "    -" if value is None else f"{100 * value:5.1f}"


def summarise(rows: list[dict[str, Any]], readers: tuple[str, ...]) -> dict[str, Any]:
    """Summed counts, their shares and the median seconds of each reader over `rows`."""
    summary: dict[str, Any] = {"images": len(rows)}
    for reader in readers:
        total = sum((Score(**row[reader]["counts"]) for row in rows), Score())
        seconds = statistics.median(row[reader]["seconds"] for row in rows)
        summary[reader] = {"counts": asdict(total), **total.shares(), "seconds": seconds}
    return summary


def print_table(title: str, groups: dict[str, dict[str, Any]], readers: tuple[str, ...]) -> None:
    """One line a group: for each reader cells, numbers present, numbers exact, fields (%)
    and median seconds."""
    block = " ".join(f"{name[:24]:^36}" for name in readers)
    print(f"\n{title}\n{'':30} {block}")
    heads = f"{'cells':>6}{'n.pres':>7}{'n.exact':>8}{'fields':>7}{'s':>7} "
    print(f"{'group':30} {heads * len(readers)}")
    for name, group in groups.items():
        parts = []
        for reader in readers:
            entry = group[reader]
            shares = "".join(
                f"{percent(entry[c]):>{w}}" for c, w in zip(COLUMNS, (6, 7, 8, 7), strict=True)
            )
            parts.append(f"{shares}{entry['seconds']:7.2f} ")
        print(f"{name[:30]:30} {''.join(parts)}")


def grouped(
    rows: list[dict[str, Any]], key: Callable[[dict[str, Any]], str], readers: tuple[str, ...]
) -> dict[str, dict[str, Any]]:
    names: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        names.setdefault(key(row), []).append(row)
    return {name: summarise(members, readers) for name, members in names.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="five pages by camera and webcam, two receipts"
    )
    parser.add_argument("--only", help="only images whose name contains this")
    parser.add_argument("--repeat", type=int, default=1, help="time each reading this often")
    parser.add_argument("--write", type=Path, help="also write each image and its truth here")
    args = parser.parse_args()

    def wanted(name: str) -> bool:
        if args.quick and not (
            (name.startswith(QUICK_PAGES) and name.endswith(QUICK_LOOKS)) or name in QUICK_RECEIPTS
        ):
            return False
        return not args.only or args.only in name

    built = structured_built()
    readers: tuple[str, ...] = READERS if built else READERS[:2]
    print(f"structured reading: {'bitna read --format json' if built else 'not built yet'}")
    print(f"{'image':34}  per reader: cells %, numbers exact %, fields %, seconds")
    with tempfile.TemporaryDirectory(prefix="bitna-documents-") as scratch:
        bitna = Bitna(Path(scratch))
        read: dict[str, Callable[[Case], Timed]] = {"naive": read_naive, "bitna": bitna.plain}
        if built:
            read["structured"] = bitna.structured
        cases = itertools.chain(document_cases(wanted), receipt_cases(wanted))
        rows = [run_case(case, read, args.repeat, args.write) for case in cases]
    plain = "ReadPipeline(...).read(image).page.text"
    if bitna.structure_stages:
        plain += ", STRUCTURE_STAGES off"
    structured = "not built yet"
    if built:
        structured = (
            "ReadPipeline + core.reading.formats json"
            if bitna.in_process
            else ("bitna read --format json (command)")
        )
    report: dict[str, Any] = {"bitna": plain, "structured": structured, "images": rows}
    documents = [row for row in rows if row["kind"] != "receipt"]
    tables = {
        "kind x ruling x language": lambda r: f"{r['kind']} {r['ruling']} {r['language']}",
        "ruling": lambda r: str(r["ruling"]),
        "look": lambda r: str(r["look"]),
        "kind": lambda r: str(r["kind"]),
    }
    for title, key in tables.items():
        report[title] = grouped(documents, key, readers) if documents else {}
        print_table(f"By {title} (documents, summed over the looks)", report[title], readers)
    overall: dict[str, dict[str, Any]] = {}
    if documents:
        overall["all documents"] = summarise(documents, readers)
    receipts = [row for row in rows if row["kind"] == "receipt"]
    if receipts:
        overall["receipts (fields, numbers)"] = summarise(receipts, readers)
    report["overall"] = overall
    print_table("Overall", overall, readers)
    print(f"\nbitna: {plain}\nstructured: {structured}")
    if built and rows:
        ratios = [row["structured"]["seconds"] / row["bitna"]["seconds"] for row in rows]
        report["time_ratio"] = {"median": statistics.median(ratios), "worst": max(ratios)}
        print(
            f"structured / plain time, per image: median {statistics.median(ratios):.2f}, "
            f"worst {max(ratios):.2f} (target <= 1.1)"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    output = RESULTS / "documents.json"
    output.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nWrote {output}")
    return 0


def run_case(
    case: Case, read: dict[str, Callable[[Case], Timed]], repeat: int, write: Path | None
) -> dict[str, Any]:
    """Every reader on one image, scored; one line printed."""
    if write is not None:
        write.mkdir(parents=True, exist_ok=True)
        suffix = ".png" if case.look == "scan" else ".jpg"
        cv2.imwrite(str(write / f"{case.name}{suffix}"), case.image)
        truth_file = write / f"{case.name}.truth.json"
        truth_file.write_text(json.dumps(case.truth, ensure_ascii=False, indent=1), "utf-8")
    row: dict[str, Any] = {
        "image": case.name,
        "kind": case.truth["kind"],
        "language": case.truth["language"],
        "ruling": case.truth["ruling"],
        "look": case.look,
    }
    line = f"{case.name[:34]:34}"
    for name, reader in read.items():
        reading, seconds = timed(reader, case, repeat)
        scored = score(case.truth, reading)
        row[name] = {"counts": asdict(scored), "seconds": seconds, "reading": reading}
        shares = scored.shares()
        line += f"  {name} {percent(shares['cells_exact'])} {percent(shares['numbers_exact'])}"
        line += f" {percent(shares['fields_found'])} {seconds:5.1f}s"
    print(line, flush=True)
    return row


if __name__ == "__main__":
    sys.exit(main())
