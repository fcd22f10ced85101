"""Soak: run the app offscreen for a long time and watch memory, threads and open files.

    python benchmarks/soak.py --minutes 30      # the full run
    python benchmarks/soak.py --minutes 3       # what CI runs (tests/system/test_soak.py)

The real app (demo camera, Tesseract, espeak-ng synthesis; audio goes to a silent output,
there is no sound card) reads the page every 10 s, asks who is there every 15 s and
changes the magnifier's colour mode every 5 s. Samples RSS, threads and file handles each
10 s, with the length of every queue; growth is measured from the end of the warm-up (the
first fifth of the run). Prints a table and writes benchmarks/results/soak.json (or --out);
exits 1 when RSS grew over 10 % or the floor of threads or file handles rose.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BITNA_DATA_DIR", tempfile.mkdtemp(prefix="bitna-soak-"))

RESULTS = Path(__file__).resolve().parent / "results"
RSS_GROWTH_LIMIT = 0.10


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


QUEUES = ("speech_queue", "reading_queue", "ui_posts", "history")


def queue_lengths(bitna: object) -> dict[str, int]:
    """Lengths of every queue that could grow without bound if something leaked."""
    speech = getattr(bitna, "speech", None)
    return {
        "speech_queue": len(getattr(speech, "_queue", ())),
        "reading_queue": len(bitna.flow._queued),  # type: ignore[attr-defined]
        "ui_posts": bitna.ui.pending(),
        "history": len(bitna.announcer.history()),  # type: ignore[attr-defined]
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--out", default="soak.json", help="file name in benchmarks/results")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from core.ocr.tesseract import TesseractEngine
    from core.plumbing.memory import limit_malloc_arenas
    from core.settings import Settings
    from core.sources.demo import DemoSource
    from core.speech.fakes import NullOutput
    from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
    from core.speech.speaker import Speaker
    from gui.app import Bitna, collect_garbage_on_the_ui_thread

    limit_malloc_arenas()  # as run_app does, before any thread starts
    app = QApplication(sys.argv[:1])
    collect_garbage_on_the_ui_thread(app)
    bitna = Bitna(
        settings=Settings(ocr_languages="eng"),
        source=DemoSource("en", seed=1),
        speech=Speaker(Pyttsx3Synthesizer(), NullOutput()),
        ocr=TesseractEngine(),
    )
    bitna.start()
    bitna.magnifier.toggle()
    samples: list[dict[str, float]] = []
    started = time.monotonic()
    duration = args.minutes * 60
    counts = {"read": 0, "faces": 0, "mode": 0, "pages": 0}
    bitna.flow._on_page = lambda page: counts.__setitem__("pages", counts["pages"] + 1)

    def every(seconds: float, action: str) -> QTimer:
        timer = QTimer(app)
        timer.setInterval(int(seconds * 1000))

        def fire() -> None:
            counts[action] += 1
            command = {"read": "read", "faces": "faces", "mode": "next-colour-mode"}[action]
            bitna.commands.trigger(command)

        timer.timeout.connect(fire)
        timer.start()
        return timer

    timers = [every(10, "read"), every(15, "faces"), every(5, "mode")]

    def sample() -> None:
        samples.append(
            {
                "seconds": time.monotonic() - started,
                "rss_mb": rss_mb(),
                "threads": threading.active_count(),
                "files": open_files(),
                "frames_dropped": bitna.window.live_view.frames_dropped,
                **queue_lengths(bitna),
            }
        )
        if time.monotonic() - started >= duration:
            app.quit()

    sampler = QTimer(app)
    sampler.setInterval(10_000)
    sampler.timeout.connect(sample)
    sampler.start()
    sample()
    app.exec()
    for timer in timers:
        timer.stop()
    bitna.shutdown()

    warm = [s for s in samples if s["seconds"] >= duration / 5] or samples
    base, end = warm[0], warm[-1]
    growth = (end["rss_mb"] - base["rss_mb"]) / base["rss_mb"]
    threads = sorted({s["threads"] for s in warm})
    files = [s["files"] for s in warm]
    result = {
        "minutes": args.minutes,
        "commands": counts,
        "rss_start_mb": round(samples[0]["rss_mb"], 1),
        "rss_after_warmup_mb": round(base["rss_mb"], 1),
        "rss_end_mb": round(end["rss_mb"], 1),
        "rss_growth": round(growth, 4),
        "threads_after_warmup": threads,
        "files_min_max": [min(files), max(files)],
        "files_median": statistics.median(files),
        "queues_max": {key: max(s[key] for s in warm) for key in QUEUES},
        "queues_end": {key: warm[-1][key] for key in QUEUES},
        "samples": samples,
    }
    # Threads and file handles come and go with each read (Tesseract and the player run as
    # programs; pipes, timers), so a count at one moment says little. A leak raises the
    # floor: the fewest seen in the last quarter must not exceed the fewest in the first.
    quarter = max(1, len(warm) // 4)
    floors = {
        key: (min(s[key] for s in warm[:quarter]), min(s[key] for s in warm[-quarter:]))
        for key in ("threads", "files")
    }
    result["floors_first_last_quarter"] = floors
    ok = growth <= RSS_GROWTH_LIMIT and all(last <= first for first, last in floors.values())
    print(f"{'what':32} value")
    for key in (
        "minutes",
        "commands",
        "rss_start_mb",
        "rss_after_warmup_mb",
        "rss_end_mb",
        "rss_growth",
        "threads_after_warmup",
        "files_min_max",
        "queues_max",
        "queues_end",
        "floors_first_last_quarter",
    ):
        print(f"{key:32} {result[key]}")
    print("PASS" if ok else "FAIL", f"(RSS growth limit {RSS_GROWTH_LIMIT:.0%})")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / args.out).write_text(json.dumps(result, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
