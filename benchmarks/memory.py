"""Memory: the peak RSS of `bitna read` on blank, huge, noisy and damaged pictures, and of
the window once it has read a page (issue 22).

    python benchmarks/memory.py                    # every input, 3 runs each
    python benchmarks/memory.py --quick            # 1 run each, fewer damaged files
    python benchmarks/memory.py --root /path/to/old/tree --label before

The inputs are made in a temporary folder: an all-white 8-megapixel JPEG photo, an
all-black 1080p frame, a blank 20000x20000 scan (1-bit TIFF, group 4, as a scanner writes
it), a 1080p fine random texture and 1080p colour noise, a real photographed page and a real
scan from `--data` (left out when absent), and a sample of `fuzz_inputs.py`'s damaged files
that Bitna's loader still loads (its seeds and mutators, a fixed seed).

Each input is read in a fresh process by `bitna read` from the tree `--root`, and by the
naive peer: `pytesseract.image_to_string(Image.open(path))`. Each process reports its own
peak RSS (VmHWM, read at its end) and, apart, the largest Tesseract's (a child process in
both; a measuring `tesseract` first on PATH logs each one's peak). The window is measured
too: started offscreen on the demo camera (`bitna --source demo`), asked to read once
(`bitna send read`), its RSS once the reading is spoken and it is idle again; beside it,
the naive window: a Qt label showing the same page after one pytesseract reading. Prints
a table of medians over `--runs` and writes benchmarks/results/memory.json (or `--out`),
keyed by `--label`, so two trees land side by side in one file. Targets: 500 MB peak for
`bitna read` on every input, 400 MB for the warm window.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from benchmarks.fuzz_inputs import MUTATORS, seeds  # noqa: E402
from benchmarks.idle import stop_app, stored_runs  # noqa: E402
from core.plumbing.errors import UserFacingError  # noqa: E402
from core.plumbing.imageio import load_image  # noqa: E402

RESULTS = HERE / "results"
PEAK_TARGET_MB = 500
WARM_TARGET_MB = 400
#: Real pages from --data: a 12-megapixel phone photo of a page and a 300 dpi 1-bit scan.
REAL_PAGES = {
    "photographed page 12 MP": "documents/camera/pages/svt_IMG_20210329_122629.jpg",
    "scanned page 1-bit": "documents/scans/8087_054.3B.tif",
}
FUZZ_SEED = 22
#: Seconds one reading may take before it is stopped (the texture takes minutes today).
TIMEOUT = 900

# Runs in the child: the tree's own packages first, then `bitna` as the launcher starts it;
# at the end, the process's own peak RSS (VmHWM) and the largest Tesseract's (logged by
# TESSERACT_WRAPPER), into the report file.
MEASURED = """
import json, sys, time
root, report = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)

def finish(status, started):
    with open("/proc/self/status", encoding="ascii") as lines:
        peak = next(int(line.split()[1]) for line in lines if line.startswith("VmHWM:"))
    child = max((int(line) for line in open(sys.argv[3], encoding="ascii")), default=0)
    result = {"status": status, "seconds": time.monotonic() - started,
              "peak_mb": peak / 1024, "child_peak_mb": child / 1024}
    with open(report, "w", encoding="utf-8") as out:
        json.dump(result, out)

started = time.monotonic()
status = "ok"
try:
    BODY
except SystemExit as stop:
    status = "ok" if not stop.code else f"exit {stop.code}"
except BaseException as error:
    status = type(error).__name__
finish(status, started)
"""
BITNA_READ = """
    import gui
    assert gui.__file__.startswith(root), gui.__file__
    from gui.launcher import main
    code = main(["read", *sys.argv[4:]])
    status = "ok" if code == 0 else f"exit {code}"
"""
NAIVE_READ = """
    import pytesseract
    from PIL import Image
    pytesseract.image_to_string(Image.open(sys.argv[4]))
"""
# The naive window: a Qt label showing the page after one pytesseract reading of it.
NAIVE_WINDOW = """
import sys, time
import pytesseract
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel()
label.setPixmap(QPixmap(sys.argv[1]))
label.show()
pytesseract.image_to_string(Image.open(sys.argv[1]))
print("read", flush=True)
app.exec()
"""


# Stands first on PATH as `tesseract`: runs the real one and logs its peak RSS. Not
# getrusage(RUSAGE_CHILDREN) in the reader: a child started by vfork takes over its
# parent's peak at exec, so every child of a 500 MB process "peaked" at 500 MB.
TESSERACT_WRAPPER = """#!{python} -S
import os, sys
real, log = {real!r}, os.environ.get("BITNA_MEMORY_TESSERACT_LOG")
pid = os.posix_spawn(real, [real, *sys.argv[1:]], os.environ)
_, status, usage = os.wait4(pid, 0)
if log:
    with open(log, "a", encoding="ascii") as out:
        out.write(f"{{usage.ru_maxrss}}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def tesseract_wrapper(folder: Path) -> Path:
    """A folder holding the measuring `tesseract`, to put first on PATH."""
    real = shutil.which("tesseract")
    if real is None:
        raise SystemExit("Tesseract is not installed")
    wrapper = folder / "bin" / "tesseract"
    wrapper.parent.mkdir(parents=True, exist_ok=True)
    wrapper.write_text(TESSERACT_WRAPPER.format(python=sys.executable, real=real))
    wrapper.chmod(0o755)
    return wrapper.parent


def child_program(body: str) -> str:
    """MEASURED with `body` (indented under its `try`) in place of BODY."""
    return MEASURED.replace("    BODY", body.strip("\n"))


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as lines:
        for line in lines:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


# -- the inputs ----------------------------------------------------------------------


def make_inputs(folder: Path, data: Path, fuzz_count: int) -> dict[str, Path]:
    """Every input, written into `folder`, by name."""
    rng = np.random.default_rng(FUZZ_SEED)
    made: dict[str, Path] = {}

    def save(name: str, picture: Image.Image, file: str, **options: object) -> None:
        path = folder / file
        picture.save(path, **options)
        made[name] = path

    save("white photo 8 MP", Image.new("RGB", (3264, 2448), "white"), "white.jpg", quality=92)
    save("black frame 1080p", Image.new("RGB", (1920, 1080), "black"), "black.png")
    blank = Image.new("1", (20000, 20000), 1)
    save("blank scan 20000x20000 PNG", blank, "blank_scan.png", dpi=(600, 600))
    save(
        "blank scan 20000x20000 TIFF", blank, "blank_scan.tif", compression="group4", dpi=(600, 600)
    )
    texture = (rng.random((1080, 1920)) < 0.5).astype(np.uint8) * 255
    save("fine texture 1080p", Image.fromarray(texture), "texture.png")
    noise = rng.integers(0, 256, (1080, 1920, 3), dtype=np.uint8)
    save("colour noise 1080p", Image.fromarray(noise), "noise.png")
    for name, relative in REAL_PAGES.items():
        if (data / relative).exists():
            made[name] = data / relative
        else:
            print(f"({name}: {data / relative} is absent; left out)")
    made.update(damaged_inputs(folder, data, fuzz_count))
    return made


def damaged_inputs(folder: Path, data: Path, count: int) -> dict[str, Path]:
    """`count` of fuzz_inputs.py's damaged files that Bitna's loader still loads."""
    originals = seeds(data)
    rng = random.Random(FUZZ_SEED)
    found: dict[str, Path] = {}
    tried = 0
    while len(found) < count and tried < 50 * count:
        tried += 1
        seed_name = rng.choice(sorted(originals))
        mutator = rng.choice(sorted(MUTATORS))
        path = folder / f"damaged_{tried}{Path(seed_name).suffix}"
        path.write_bytes(MUTATORS[mutator](originals[seed_name], rng))
        try:
            load_image(path)
        except UserFacingError:
            path.unlink()
            continue
        found[f"damaged #{tried}: {mutator} of {seed_name}"] = path
    return found


# -- one reading ----------------------------------------------------------------------


def measure(program: str, args: list[str], root: Path, env: dict[str, str]) -> dict[str, object]:
    """Run `program` in a fresh Python and return what it reported about itself."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as report:
        path = Path(report.name)
    tesseracts = path.with_suffix(".tesseract")
    tesseracts.write_text("")
    try:
        done = subprocess.run(
            [sys.executable, "-c", program, str(root), str(path), str(tesseracts), *args],
            cwd=root,
            env={**env, "BITNA_MEMORY_TESSERACT_LOG": str(tesseracts)},
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        text = path.read_text(encoding="utf-8")
        if not text:
            return {"status": f"died ({done.returncode})", "stderr": done.stderr[-400:]}
        return json.loads(text)  # type: ignore[no-any-return]
    except subprocess.TimeoutExpired:
        return {"status": "timeout"}
    finally:
        path.unlink(missing_ok=True)
        tesseracts.unlink(missing_ok=True)


def read_all(
    inputs: dict[str, Path], root: Path, env: dict[str, str], runs: int
) -> dict[str, dict[str, object]]:
    """Median peaks of Bitna and the naive peer on every input."""
    bitna, naive = child_program(BITNA_READ), child_program(NAIVE_READ)
    rows: dict[str, dict[str, object]] = {}
    for name, path in inputs.items():
        measured: dict[str, list[dict[str, object]]] = {"bitna": [], "naive": []}
        for run in range(runs):
            # Alternate who goes first: the machine is shared and noisy.
            order = ("bitna", "naive") if run % 2 == 0 else ("naive", "bitna")
            for who in order:
                program = bitna if who == "bitna" else naive
                measured[who].append(measure(program, [str(path)], root, env))
        rows[name] = {who: summary(found) for who, found in measured.items()}
        print(row_text(name, rows[name]), flush=True)
    return rows


def summary(runs: list[dict[str, object]]) -> dict[str, object]:
    def median(key: str) -> float | None:
        values = [float(run[key]) for run in runs if key in run]  # type: ignore[arg-type]
        return round(statistics.median(values), 1) if values else None

    return {
        "peak_mb": median("peak_mb"),
        "child_peak_mb": median("child_peak_mb"),
        "seconds": median("seconds"),
        "status": sorted({str(run["status"]) for run in runs}),
        "runs": runs,
    }


# -- the window -----------------------------------------------------------------------

WINDOW = """
import sys
root = sys.argv[1]
sys.path.insert(0, root)
from gui.launcher import main
sys.exit(main(sys.argv[2:]))
"""


def warm_window(root: Path, env: dict[str, str], settle: float) -> dict[str, object]:
    """The window's RSS once it has read the demo page and is idle again."""
    data = Path(tempfile.mkdtemp(prefix="bitna-memory-"))
    spoken = data / "speech.log"
    env = {**env, "BITNA_DATA_DIR": str(data / "data"), "BITNA_NO_GUIDE": "1"}
    command = [sys.executable, "-c", WINDOW, str(root)]
    log = (data / "app.log").open("w")
    app = subprocess.Popen(
        [*command, "--source", "demo", "--no-guide", "--speech-log", str(spoken)],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        time.sleep(settle)
        started_mb = rss_mb(app.pid)
        sent = subprocess.run(
            [*command, "send", "read"], cwd=root, env=env, capture_output=True, timeout=60
        )
        if sent.returncode != 0:
            raise SystemExit(f"bitna send read failed: {sent.stderr.decode()[-400:]}")
        read_seconds = wait_for_reading(spoken, app, timeout=300)
        time.sleep(settle)  # the reading spoken, the pools idle
        samples = []
        for _ in range(10):
            samples.append(rss_mb(app.pid))
            time.sleep(0.5)
        return {
            "rss_before_read_mb": round(started_mb, 1),
            "rss_after_read_mb": round(statistics.median(samples), 1),
            "peak_mb": round(rss_mb(app.pid, "VmHWM"), 1),
            "read_seconds": round(read_seconds, 1),
        }
    finally:
        stop_app(app, log, data)


def wait_for_reading(spoken: Path, app: subprocess.Popen[bytes], timeout: float) -> float:
    """Seconds until the speech log has said the page and stopped growing for 3 s."""
    started = time.monotonic()
    size, still_since = -1, time.monotonic()
    while time.monotonic() - started < timeout:
        if app.poll() is not None:
            raise SystemExit("The window ended while reading")
        text = spoken.read_text(encoding="utf-8") if spoken.exists() else ""
        if len(text) != size:
            size, still_since = len(text), time.monotonic()
        elif "\treading\t" in text and time.monotonic() - still_since >= 3:
            return still_since - started
        time.sleep(0.2)
    raise SystemExit("The window did not read the demo page in time")


def naive_window(env: dict[str, str], settle: float) -> dict[str, object]:
    """The naive window's RSS once it has read the same page."""
    page = ROOT / "resources" / "demo" / "demo_en.png"
    app = subprocess.Popen(
        [sys.executable, "-c", NAIVE_WINDOW, str(page)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert app.stdout is not None
        app.stdout.readline()
        time.sleep(settle)
        samples = []
        for _ in range(10):
            samples.append(rss_mb(app.pid))
            time.sleep(0.5)
        return {
            "rss_after_read_mb": round(statistics.median(samples), 1),
            "peak_mb": round(rss_mb(app.pid, "VmHWM"), 1),
        }
    finally:
        app.kill()
        app.wait()


# -- the table ------------------------------------------------------------------------


def row_text(name: str, row: dict[str, object]) -> str:
    def cell(who: str) -> str:
        found = row[who]
        assert isinstance(found, dict)
        peak, child = found["peak_mb"], found["child_peak_mb"]
        status = ",".join(str(s) for s in found["status"])[:14]
        peak_text = f"{peak:7.0f}" if peak is not None else "      -"
        child_text = f"{child:7.0f}" if child is not None else "      -"
        return f"{peak_text}{child_text} {status:<14}"

    return f"{name[:44]:<44}{cell('bitna')}{cell('naive')}"


def print_table(result: dict[str, object], label: str) -> None:
    rows = result["inputs"]
    assert isinstance(rows, dict)
    print(f"\nPeak RSS (MB, medians of {result['runs']} runs), {label}")
    print(f"{'input':<44}{'Bitna':>7}{'tess.':>7} {'':<14}{'naive':>7}{'tess.':>7}")
    for name, row in rows.items():
        print(row_text(name, row))
    peaks = [float(row["bitna"]["peak_mb"] or 0) for row in rows.values()]
    over = [name for name, row in rows.items() if (row["bitna"]["peak_mb"] or 0) > PEAK_TARGET_MB]
    print(f"Bitna's largest peak: {max(peaks):.0f} MB (target {PEAK_TARGET_MB}); over: {over}")
    window, naive = result.get("window"), result.get("naive_window")
    if not isinstance(window, dict) or not isinstance(naive, dict):
        return
    print(
        f"Window after reading a page: {window['rss_after_read_mb']} MB RSS "
        f"(target {WARM_TARGET_MB}; before reading {window['rss_before_read_mb']}, "
        f"peak {window['peak_mb']}); naive window {naive['rss_after_read_mb']} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the tree to run")
    parser.add_argument("--label", help="name of this tree in the JSON (default: its commit)")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--damaged", type=int, default=24, help="damaged files read")
    parser.add_argument("--quick", action="store_true", help="1 run each, 6 damaged files")
    parser.add_argument("--only", help="read only the inputs whose name contains this")
    parser.add_argument("--no-window", action="store_true", help="skip the window")
    parser.add_argument("--settle", type=float, default=5.0, help="seconds before sampling")
    parser.add_argument("--out", default="memory.json", help="file name in benchmarks/results")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.damaged = 1, 6
    root = args.root.resolve()
    commit = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    label = args.label or commit or root.name
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(root),
    }
    folder = Path(tempfile.mkdtemp(prefix="bitna-memory-inputs-"))
    try:
        env["BITNA_DATA_DIR"] = str(folder / "data")
        env["PATH"] = f"{tesseract_wrapper(folder)}{os.pathsep}{env.get('PATH', '')}"
        inputs = make_inputs(folder, args.data, args.damaged)
        if args.only:
            inputs = {name: path for name, path in inputs.items() if args.only in name}
        print(f"{len(inputs)} inputs, {args.runs} runs each: {root} ({label})")
        result: dict[str, object] = {
            "root": str(root),
            "commit": commit,
            "runs": args.runs,
            "inputs": read_all(inputs, root, env, args.runs),
        }
        if not args.no_window:
            result["window"] = warm_window(root, env, args.settle)
            result["naive_window"] = naive_window(env, args.settle)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print_table(result, label)
    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / args.out
    stored = stored_runs(target)
    if args.only and label in stored:  # a few inputs measured again: the rest stay
        stored[label]["inputs"].update(result["inputs"])
        result = {**stored[label], **{k: v for k, v in result.items() if k != "inputs"}}
    stored[label] = result
    target.write_text(json.dumps(stored, indent=2), encoding="utf-8")
    print(f"\nWrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
