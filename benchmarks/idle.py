"""Benchmark: what the app costs while it sits idle on a still picture (laptops on battery).

    python benchmarks/idle.py                          # this tree, 3 runs of 30 s
    python benchmarks/idle.py --root /path/to/old/tree --label before

Starts the real app (`bitna --source PICTURE`, offscreen, no first-run guide, a temporary
data folder) as a subprocess from the tree `--root`, lets it settle, then reads from /proc
the CPU seconds (user + system) it uses over `--seconds`, and its wake-ups: voluntary
context switches summed over its threads, with the UI thread's own beside them. Each run
measures the live view of the still picture, then the same window with the view frozen
(`bitna send freeze`): the frozen view is the peer, what the window costs without the camera
picture. Prints a table of medians over `--runs` and writes benchmarks/results/idle.json
(or `--out`), keyed by `--label`, so runs of two trees land side by side in one file.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PICTURE = HERE.parent / "resources" / "demo" / "demo_en.png"
TICKS = os.sysconf("SC_CLK_TCK")

# Runs in the child: the tree's own packages first, thread names visible in /proc (Python
# threads are all "python" there otherwise), then the app as `bitna` starts it.
CHILD = """
import ctypes, sys, threading
root, marker = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
libc = ctypes.CDLL(None)
start = threading.Thread._bootstrap_inner
def named(self):
    libc.prctl(15, self.name.encode()[:15])
    start(self)
threading.Thread._bootstrap_inner = named
import gui
with open(marker, "w") as out:
    out.write(gui.__file__)
from gui.launcher import main
sys.exit(main(sys.argv[3:]))
"""


def stop_app(app: subprocess.Popen[bytes], log: IO[str], data: Path) -> None:
    """Close the app as the desktop would (SIGTERM), killing it after 10 s; remove its
    log and data folder."""
    app.send_signal(signal.SIGTERM)
    try:
        app.wait(10)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()
    log.close()
    shutil.rmtree(data, ignore_errors=True)


def stored_runs(target: Path) -> dict:
    """The results file `target` as a dict of runs by label; empty when absent or unreadable."""
    try:
        return json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by every thread of `pid`."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def threads(pid: int) -> dict[int, dict[str, float | str]]:
    """Per thread: its name, CPU seconds and voluntary context switches so far."""
    found: dict[int, dict[str, float | str]] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            stat = (task / "stat").read_text()
            status = (task / "status").read_text()
        except OSError:
            continue  # ended meanwhile
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        switches = next(
            int(line.split()[1])
            for line in status.splitlines()
            if line.startswith("voluntary_ctxt_switches")
        )
        cpu = (int(fields[11]) + int(fields[12])) / TICKS
        found[int(task.name)] = {"name": name, "cpu": cpu, "switches": switches}
    return found


def window(pid: int, seconds: float) -> dict[str, object]:
    """CPU seconds and wake-ups of `pid` over the next `seconds`."""
    cpu0, threads0 = process_cpu(pid), threads(pid)
    started = time.monotonic()
    time.sleep(seconds)
    cpu1, threads1 = process_cpu(pid), threads(pid)
    elapsed = time.monotonic() - started
    per_thread = []
    for tid, now in threads1.items():
        then = threads0.get(tid, {"cpu": 0.0, "switches": 0})
        per_thread.append(
            {
                "tid": tid,
                "name": "UI thread" if tid == pid else now["name"],
                "cpu_seconds": round(float(now["cpu"]) - float(then["cpu"]), 2),
                "wakeups": int(now["switches"]) - int(then["switches"]),
            }
        )
    per_thread.sort(key=lambda row: -int(row["wakeups"]))
    wakeups = sum(int(row["wakeups"]) for row in per_thread)
    ui = next((int(row["wakeups"]) for row in per_thread if row["tid"] == pid), 0)
    return {
        "seconds": round(elapsed, 2),
        "cpu_seconds": round(cpu1 - cpu0, 2),
        "wakeups": wakeups,
        "wakeups_per_second": round(wakeups / elapsed, 1),
        "ui_wakeups_per_second": round(ui / elapsed, 1),
        "threads": per_thread,
    }


def one_run(root: Path, picture: Path, settle: float, seconds: float) -> dict[str, object]:
    """Start the app from `root`, measure it live then frozen, and stop it."""
    data = Path(tempfile.mkdtemp(prefix="bitna-idle-"))
    marker = data / "gui-file"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "BITNA_NO_GUIDE": "1",
        "BITNA_DATA_DIR": str(data / "data"),
        "PYTHONPATH": str(root),
    }
    command = [sys.executable, "-c", CHILD, str(root), str(marker), "--source", str(picture)]
    log = (data / "app.log").open("w")
    app = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        time.sleep(settle)
        if app.poll() is not None:
            log.flush()
            raise SystemExit("The app ended early:\n" + (data / "app.log").read_text())
        loaded = marker.read_text()
        if not Path(loaded).resolve().is_relative_to(root):
            raise SystemExit(f"The app ran {loaded}, not the tree in {root}")
        live = window(app.pid, seconds)
        subprocess.run(
            [sys.executable, "-c", CHILD, str(root), str(marker), "send", "freeze"],
            cwd=root,
            env=env,
            check=True,
            capture_output=True,
        )
        time.sleep(1.0)
        frozen = window(app.pid, seconds)
    finally:
        stop_app(app, log, data)
    return {"live": live, "frozen": frozen}


def summary(runs: list[dict[str, object]], view: str) -> dict[str, float]:
    def median(key: str) -> float:
        return round(statistics.median(float(run[view][key]) for run in runs), 2)  # type: ignore[index]

    return {
        "cpu_seconds": median("cpu_seconds"),
        "cpu_percent": round(100 * median("cpu_seconds") / median("seconds"), 1),
        "wakeups_per_second": median("wakeups_per_second"),
        "ui_wakeups_per_second": median("ui_wakeups_per_second"),
    }


def print_threads(run: dict[str, object], view: str, shown: int = 8) -> None:
    rows = run[view]["threads"]  # type: ignore[index]
    print(f"  busiest threads, {view} (last run): name, wake-ups, CPU s")
    for row in rows[:shown]:
        print(f"    {row['name']:<18} {row['wakeups']:>7} {row['cpu_seconds']:6.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE.parent, help="the tree to run")
    parser.add_argument("--label", help="name of this tree in the JSON (default: its commit)")
    parser.add_argument("--picture", type=Path, default=PICTURE, help="the still picture shown")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settle", type=float, default=5.0, help="seconds before measuring")
    parser.add_argument("--seconds", type=float, default=30.0, help="seconds measured")
    parser.add_argument("--out", default="idle.json", help="file name in benchmarks/results")
    args = parser.parse_args()
    root = args.root.resolve()
    commit = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    label = args.label or commit or root.name

    runs = []
    for number in range(1, args.runs + 1):
        print(f"run {number}/{args.runs}: {root} ({commit}), {args.seconds:g} s live + frozen")
        runs.append(one_run(root, args.picture.resolve(), args.settle, args.seconds))
    result = {
        "root": str(root),
        "commit": commit,
        "picture": str(args.picture),
        "seconds": args.seconds,
        "settle": args.settle,
        "live": summary(runs, "live"),
        "frozen": summary(runs, "frozen"),
        "runs": runs,
    }

    print(f"\nIdle on a still picture, {label}: medians of {args.runs} runs of {args.seconds:g} s")
    print(f"{'view':<8} {'CPU s':>7} {'CPU %':>6} {'wake-ups/s':>11} {'UI thread/s':>12}")
    for view in ("live", "frozen"):
        row = result[view]
        print(
            f"{view:<8} {row['cpu_seconds']:7.2f} {row['cpu_percent']:6.1f}"  # type: ignore[index]
            f" {row['wakeups_per_second']:11.1f} {row['ui_wakeups_per_second']:12.1f}"  # type: ignore[index]
        )
    print_threads(runs[-1], "live")
    print_threads(runs[-1], "frozen")

    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / args.out
    stored = stored_runs(target)
    stored[label] = result
    if len(stored) > 1:
        print("\nSide by side (live view, medians): CPU s over the window, wake-ups/s")
        for name, other in stored.items():
            live = other["live"]
            print(
                f"  {name:<12} {live['cpu_seconds']:6.2f} s {live['wakeups_per_second']:9.1f}"
                f"  (UI thread {live['ui_wakeups_per_second']:.1f})"
            )
    target.write_text(json.dumps(stored, indent=2), encoding="utf-8")
    print(f"\nWrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
