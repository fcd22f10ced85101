"""Benchmark: the library at scale (issue 24): 10,000 pages kept, then searched and listed.

    .venv/bin/python benchmarks/library.py            # 2,000 documents of 5 pages
    .venv/bin/python benchmarks/library.py --quick    # 200 documents of 5 pages

Fills a temporary library (`core.library.store.Library`, one `keep` per document, as the
app keeps them) with documents of varied text: English and Korean letters, bills, notices
and leaflets whose words are drawn, Zipf-weighted, from the shared ground-truth texts
(../shared/data/documents, when present), the demo pages and a built-in stock of bill and
letter phrases; each page has a picture (the demo and shared scans, made into the
library's size-capped JPEG). Then it times, as medians over `--runs`:

- search for several kinds of query: an English word (common and rare), Korean of two
  syllables (shorter than a trigram, so found by scanning the text) and of three or more
  (FTS5 trigram index), two words at once; beside the naive peer, a LIKE scan over every
  page's text for each word;
- listing every document, what opening the Library window needs (`documents()`);
- opening the library (`Library.open`, which checks the file) and reading one document.

Targets: search <= 100 ms, listing <= 300 ms. Prints a table and writes
benchmarks/results/library.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.library.store import Library  # noqa: E402
from core.text.model import page_from_text  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
SHARED = ROOT.parent / "shared" / "data" / "documents"
SEARCH_TARGET_MS = 100.0
LIST_TARGET_MS = 300.0

ENGLISH_STOCK = """
Dear Customer Your account statement for the month is enclosed. The amount due is payable
by the date shown below. Please contact our customer service team if you have any
questions about this bill. Water supply charge sewerage charge standing charge meter
reading previous reading current reading units used total amount due direct debit bank
transfer reference number account number payment received thank you balance carried
forward council tax electricity gas broadband insurance renewal policy premium doctor
appointment pharmacy prescription tablets take one tablet twice a day after meals
hospital clinic letter results blood test pension benefit tax office refund parcel
delivery tracking number collection point school newsletter parents evening library
opening hours museum exhibition train timetable platform departure arrival return ticket
"""
KOREAN_STOCK = """
수도요금청구서 전기요금 가스요금 관리비 고지서 납부 기한 납부 방법 자동이체 신청
고객번호 사용량 검침 지난달 이번 달 청구 금액 합계 연체료 안내문 건강보험 국민연금
보험료 환급 세금 주민센터 구청 시청 병원 진료 예약 처방전 약국 하루 두 번 식후
복용 택배 배송 조회 운송장 번호 학교 가정통신문 학부모 상담 도서관 이용 시간
기차 시간표 출발 도착 승차권 문의 전화 감사합니다 드립니다 입니다 바랍니다
"""
#: (label, query, kind): what the table times.
QUERIES = (
    ("English, common", "account", "en"),
    ("English, rare", "zebrafish", "en"),
    ("English, two words", "water bill", "en"),
    ("English, 2 letters", "tv", "en"),
    ("Korean, 2 syllables", "요금", "ko"),
    ("Korean, 3 syllables", "청구서", "ko"),
    ("Korean, 3+ in longer word", "요금청구", "ko"),
    ("Korean, two words", "납부 기한", "ko"),
    ("Korean, rare", "해바라기씨", "ko"),
    ("Mixed, two words", "요금 account", "mix"),
)


def vocabulary() -> tuple[list[str], list[str]]:
    """English and Korean words, from the shared texts when there, the demo and the stock."""
    english, korean = ENGLISH_STOCK.split(), KOREAN_STOCK.split()
    texts = list((ROOT / "resources" / "demo").glob("*.txt"))
    if SHARED.is_dir():
        texts += sorted(SHARED.glob("*/*.txt"))
    for path in texts:
        for word in path.read_text(encoding="utf-8", errors="replace").split():
            if any("가" <= c <= "힣" for c in word):
                korean.append(word)
            elif word.isascii() and any(c.isalpha() for c in word):
                english.append(word)
    return english, korean


def pictures() -> list[np.ndarray]:
    """Page pictures to keep beside the text (shrunk once: the library shrinks them again)."""
    paths = sorted((ROOT / "resources" / "demo").glob("*.png"))
    if SHARED.is_dir():
        paths += sorted((SHARED / "scans").glob("*.tif"))
    found = []
    for path in paths:
        image = cv2.imread(str(path))
        if image is not None:
            scale = 1000 / max(image.shape[:2])
            found.append(cv2.resize(image, None, fx=scale, fy=scale) if scale < 1 else image)
    return found


def page_text(rng: random.Random, words: list[str], weights: list[float], rare: str) -> str:
    """About 300 words in paragraphs of lines of 8-12 words; a rare word now and then."""
    paragraphs = []
    for _ in range(rng.randint(4, 8)):
        lines = []
        for _ in range(rng.randint(3, 7)):
            line = rng.choices(words, weights, k=rng.randint(8, 12))
            if rng.random() < 0.0003:  # on about one page in a hundred
                line.insert(rng.randrange(len(line)), rare)
            lines.append(" ".join(line))
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def fill(library: Library, documents: int, pages: int, seed: int) -> dict[str, float]:
    """Keep `documents` documents of `pages` pages; timings of the build."""
    rng = random.Random(seed)
    english, korean = vocabulary()
    zipf = {
        id(words): [1 / (rank + 1) for rank in range(len(words))] for words in (english, korean)
    }
    for words in (english, korean):
        rng.shuffle(words)
    images = pictures()
    started = time.perf_counter()
    keep_times = []
    characters = 0
    for n in range(documents):
        language = rng.choices(("en", "ko", "mix"), (0.5, 0.35, 0.15))[0]
        texts = []
        for p in range(pages):
            use_korean = language == "ko" or (language == "mix" and p % 2 == 1)
            words = korean if use_korean else english
            rare = "해바라기씨" if use_korean else "zebrafish"
            texts.append(page_text(rng, words, zipf[id(words)], rare))
        characters += sum(len(text) for text in texts)
        shown = [images[(n + p) % len(images)] for p in range(pages)] if images else None
        built = [page_from_text(text) for text in texts]
        before = time.perf_counter()
        library.keep(built, kind=rng.choice(("read", "page", "book")), images=shown)
        keep_times.append(time.perf_counter() - before)
        if (n + 1) % 500 == 0:
            print(f"  kept {n + 1} documents", flush=True)
    return {
        "build_s": time.perf_counter() - started,
        "keep_median_ms": 1000 * statistics.median(keep_times),
        "keep_p95_ms": 1000 * sorted(keep_times)[int(0.95 * len(keep_times))],
        "characters": characters,
    }


def timed(action: Callable[[], object], runs: int) -> tuple[float, object]:
    """The median milliseconds of `action` over `runs` (after one untimed run), its result."""
    result = action()
    times = []
    for _ in range(runs):
        before = time.perf_counter()
        action()
        times.append(time.perf_counter() - before)
    return 1000 * statistics.median(times), result


def shares(path: Path) -> dict[str, int]:
    """Bytes of the library's parts: pictures, structure, text and the search index."""
    queries = {
        "pictures": "SELECT SUM(LENGTH(thumbnail)) FROM page_data",
        "structure": "SELECT SUM(LENGTH(structure)) FROM page_data",
        "text": "SELECT SUM(LENGTH(CAST(text AS BLOB))) FROM pages",
        "search index": "SELECT SUM(LENGTH(block)) FROM pages_fts_data",
    }
    with sqlite3.connect(path) as connection:
        return {
            name: int(connection.execute(sql).fetchone()[0] or 0) for name, sql in queries.items()
        }


def like_scan(path: Path, words: str) -> int:
    """The peer: every page's text scanned with LIKE for every word."""
    terms = words.split()
    where = " AND ".join("text LIKE ?" for _ in terms)
    with sqlite3.connect(path) as connection:
        query = f"SELECT COUNT(*) FROM pages WHERE {where}"
        return int(connection.execute(query, [f"%{t}%" for t in terms]).fetchone()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=5, help="pages per document")
    parser.add_argument("--runs", type=int, default=9, help="timed runs per measure")
    parser.add_argument("--quick", action="store_true", help="200 documents")
    parser.add_argument("--seed", type=int, default=24)
    args = parser.parse_args()
    if args.quick:
        args.documents = 200
    print(f"SQLite {sqlite3.sqlite_version}; {args.documents} documents of {args.pages} pages")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.db"
        library = Library.open(path)
        build = fill(library, args.documents, args.pages, args.seed)
        size = library.size_bytes()
        pages = args.documents * args.pages
        print(
            f"\nBuilt in {build['build_s']:.1f} s (keep: median {build['keep_median_ms']:.1f} ms,"
            f" p95 {build['keep_p95_ms']:.1f} ms a document); {pages} pages,"
            f" {build['characters'] / 1e6:.1f} M characters;"
            f" file {size / 1e6:.1f} MB ({size / pages / 1000:.1f} kB a page)"
        )
        parts = shares(path)
        print(
            "  of which: "
            + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in parts.items())
        )
        rows = []
        print(f"\n{'query':<28} {'words':<14} {'hits':>5} {'Bitna ms':>9} {'LIKE ms':>8}")
        for label, query, _ in QUERIES:
            ms, hits = timed(lambda q=query: library.search(q), args.runs)  # type: ignore[misc]
            peer_ms, peer_hits = timed(lambda q=query: like_scan(path, q), max(3, args.runs // 3))
            count = len(hits)  # type: ignore[arg-type]
            rows.append(
                {
                    "query": label,
                    "words": query,
                    "hits": count,
                    "pages_with_words": peer_hits,
                    "median_ms": round(ms, 2),
                    "like_scan_ms": round(peer_ms, 2),
                }
            )
            print(f"{label:<28} {query:<14} {count:>5} {ms:>9.1f} {peer_ms:>8.1f}")
        list_ms, listed = timed(library.documents, args.runs)

        def first_open() -> Library:
            Library._checked.clear()  # as when the app starts: the file checked whole
            return Library.open(path)

        check_ms, _ = timed(first_open, max(3, args.runs // 3))
        open_ms, _ = timed(lambda: Library.open(path), args.runs)
        newest = library.documents(limit=1)[0].id
        document_ms, _ = timed(lambda: library.document(newest), args.runs)
        worst = max(float(row["median_ms"]) for row in rows)  # type: ignore[arg-type]
        load = os.getloadavg()
        print(f"\nList all {len(listed)} documents: {list_ms:.1f} ms")  # type: ignore[arg-type]
        print(f"Open the library: first in a process (checked whole) {check_ms:.1f} ms,")
        print(f"  again (the window opened again) {open_ms:.1f} ms")
        print(f"Read one {args.pages}-page document with pictures: {document_ms:.1f} ms")
        print(f"Load average at the end: {load[0]:.1f} (1 min), on {os.cpu_count()} CPUs")
        search_met, list_met = worst <= SEARCH_TARGET_MS, list_ms <= LIST_TARGET_MS
        print(
            f"\nTargets: search <= {SEARCH_TARGET_MS:g} ms (slowest median {worst:.1f} ms):"
            f" {'met' if search_met else 'NOT met'}; listing <= {LIST_TARGET_MS:g} ms"
            f" ({list_ms:.1f} ms): {'met' if list_met else 'NOT met'}"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    output = RESULTS / "library.json"
    output.write_text(
        json.dumps(
            {
                "sqlite": sqlite3.sqlite_version,
                "documents": args.documents,
                "pages": pages,
                "build": build,
                "file_bytes": size,
                "bytes_by_part": parts,
                "search": rows,
                "list_ms": round(list_ms, 2),
                "first_open_ms": round(check_ms, 2),
                "open_ms": round(open_ms, 2),
                "load_average": os.getloadavg(),
                "document_ms": round(document_ms, 2),
                "targets": {
                    "search_ms": SEARCH_TARGET_MS,
                    "search_met": search_met,
                    "list_ms": LIST_TARGET_MS,
                    "list_met": list_met,
                },
            },
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    print(f"\nWrote {output.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
