"""Benchmark: the Library window at scale (issue 24), and what keeping a page costs the UI.

    .venv/bin/python benchmarks/library_window.py            # 2,000 documents of 5 pages
    .venv/bin/python benchmarks/library_window.py --quick    # 200 documents of 5 pages

Fills a temporary library with documents of varied English and Korean text (the words of
`benchmarks/library.py`; no pictures, which the list never reads), then, offscreen, times
as medians over `--runs`:

- opening the Library window: built, shown, its list of every document filled (the
  keeper inline, so the time is the library's answer and the list's filling together);
- a search in the window: the list refilled with what was found (after the typing pause,
  which is not counted);
- what keeping a Read costs the UI thread: handing the page and its frame to the keeper's
  thread (`LibraryKeeper.keep`), beside what the keeper's thread then spends on it
  (`Library.keep` with a 1280x720 frame made into its picture).

Targets: opening the window <= 300 ms; the hand-over < 20 ms. Prints a table and writes
benchmarks/results/library_window.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.library import page_text, timed, vocabulary  # noqa: E402
from core.announce import Announcer  # noqa: E402
from core.library.store import Library  # noqa: E402
from core.settings import Settings  # noqa: E402
from core.text.model import page_from_text  # noqa: E402
from core.themes import resolve_theme  # noqa: E402
from gui.bridge import QtRunner  # noqa: E402
from gui.library_dialog import LibraryDialog  # noqa: E402
from gui.library_keeper import LibraryKeeper  # noqa: E402
from gui.style import style_sheet  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
OPEN_TARGET_MS = 300.0
HAND_OVER_TARGET_MS = 20.0
QUERIES = (("an English word", "account"), ("Korean, 2 syllables", "요금"), ("Korean", "청구서"))


def fill(library: Library, documents: int, pages: int, seed: int) -> float:
    """Keep `documents` text-only documents of `pages` pages; seconds taken."""
    rng = random.Random(seed)
    english, korean = vocabulary()
    weights = {
        id(words): [1 / (rank + 1) for rank in range(len(words))] for words in (english, korean)
    }
    started = time.perf_counter()
    for n in range(documents):
        words = korean if rng.random() < 0.4 else english
        rare = "해바라기씨" if words is korean else "zebrafish"
        texts = [page_text(rng, words, weights[id(words)], rare) for _ in range(pages)]
        library.keep([page_from_text(text) for text in texts], kind="read")
        if (n + 1) % 500 == 0:
            print(f"  kept {n + 1} documents", flush=True)
    return time.perf_counter() - started


def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median milliseconds of `action` over `runs`, after one untimed run."""
    return timed(action, runs)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=5, help="pages per document")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measure")
    parser.add_argument("--quick", action="store_true", help="200 documents")
    args = parser.parse_args()
    if args.quick:
        args.documents = 200
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme = resolve_theme("yellow-on-black", high_contrast=False, dark=True)
    app.setStyleSheet(style_sheet(theme))  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as folder:
        os.environ["BITNA_DATA_DIR"] = folder
        path = Path(folder) / "library.db"
        library = Library.open(path)
        build_s = fill(library, args.documents, args.pages, seed=24)
        pages = args.documents * args.pages
        print(f"{pages} pages in {args.documents} documents, kept in {build_s:.0f} s")
        announcer = Announcer()
        keeper = LibraryKeeper(
            announcer=announcer,
            settings=Settings(),
            open_library=lambda: Library.open(path),
            synchronous=True,
        )
        exports = QtRunner(synchronous=True)

        def open_window() -> LibraryDialog:
            dialog = LibraryDialog(keeper, announcer, lambda document, position: None, exports)
            dialog.show()
            app.processEvents()
            assert dialog.documents.count() == args.documents
            return dialog

        dialogs: list[LibraryDialog] = []
        open_ms = median_ms(lambda: dialogs.append(open_window()), args.runs)
        for dialog in dialogs[1:]:
            dialog.close()
            dialog.deleteLater()
        window = dialogs[0]
        app.processEvents()
        rows = []
        for label, words in QUERIES:

            def search(words: str = words) -> None:
                window.search.setText(words)
                window.refresh()
                window.search.setText("")
                window._timer.stop()

            ms = median_ms(search, args.runs)
            window.search.setText(words)
            window.refresh()
            rows.append(
                {"query": label, "words": words, "found": window.documents.count(), "ms": ms}
            )
        window.close()

        frame = np.random.default_rng(1).integers(0, 255, (720, 1280, 3), np.uint8)
        page = page_from_text(
            "Northern Gas\n\nYour bill for November is 42 pounds.\n\nPay by 14 December."
        )
        threaded = LibraryKeeper(
            announcer=announcer, settings=Settings(), open_library=lambda: Library.open(path)
        )
        hand_over_ms = median_ms(lambda: threaded.keep([page], "read", [frame]), 50)
        threaded.close()
        save_ms = median_ms(lambda: library.keep([page], kind="read", images=[frame]), args.runs)
    load = os.getloadavg()[0]
    print(f"\n{'measure':<52} {'ms':>8} {'target':>8}")
    print(
        f"{'open the Library window, ' + str(args.documents) + ' documents listed':<52} "
        f"{open_ms:>8.1f} {'<= 300':>8}"
    )
    for row in rows:
        name = f"search {row['words']} ({row['query']}), {row['found']} listed"
        print(f"{name:<52} {row['ms']:>8.1f}")
    print(f"{'keep a Read: the UI thread hands it over':<52} {hand_over_ms:>8.2f} {'< 20':>8}")
    print(f"{'keep a Read: the keeper thread saves it with a picture':<52} {save_ms:>8.1f}")
    print(f"\nLoad average at the end: {load:.1f} (1 min), on {os.cpu_count()} CPUs")
    met = open_ms <= OPEN_TARGET_MS and hand_over_ms < HAND_OVER_TARGET_MS
    print(f"Targets: {'met' if met else 'NOT met'}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    output = RESULTS / "library_window.json"
    output.write_text(
        json.dumps(
            {
                "documents": args.documents,
                "pages": pages,
                "open_window_ms": open_ms,
                "search": rows,
                "hand_over_ms": hand_over_ms,
                "save_with_picture_ms": save_ms,
                "load_average": load,
            },
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    print(f"Wrote {output.relative_to(ROOT)}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
