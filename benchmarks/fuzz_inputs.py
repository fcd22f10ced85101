"""Fuzz: thousands of damaged and made-up picture files through Bitna's loader, and a naive one.

Seeds are real files from ../shared/data (PNG, JPEG, TIFF scans and photos) plus the demo page
in every format Pillow writes. Each input is a seed mutated one way: bits flipped, bytes
overwritten with boundary values, cut short, a chunk repeated or deleted, or a wholly random
body behind a real magic number. Every input goes through `core.plumbing.imageio.load_image`; a
sample of the pictures that load also goes through the page preparation of the pipeline.

Outcomes: loaded (a picture came out), clean error (a UserFacingError: one message for the
user), crash (any other exception: a traceback the user would meet; must be 0). Side by side,
the naive way (`Image.open(path).convert("RGB")`) on the very same inputs, counted the same
way: any exception there is what a reader built on it would let through.

Run: /tmp/venv/bin/python benchmarks/fuzz_inputs.py [--inputs N] [--seed S]
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import random
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from core.ocr.fakes import NullOcr  # noqa: E402
from core.plumbing.errors import UserFacingError  # noqa: E402
from core.plumbing.imageio import load_image  # noqa: E402
from core.reading.pipeline import ReadPipeline  # noqa: E402

log = logging.getLogger(__name__)

SHARED = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results" / "fuzz_inputs.json"
REAL_SEEDS = (
    "documents/scans/phototest.tif",
    "documents/scans/eurotext.tif",
    "documents/scans/testocr.png",
    "faces/people/img12.jpg",
    "faces/people/img16.jpg",
    "documents/camera/receipts/010.jpg",
)
# Pillow's image modes and the formats the demo page is written in for each.
GENERATED = (
    ("L", "PNG"),
    ("RGBA", "PNG"),
    ("P", "GIF"),
    ("RGB", "JPEG"),
    ("CMYK", "JPEG"),
    ("RGB", "TIFF"),
    ("I;16", "TIFF"),
    ("1", "BMP"),
    ("RGB", "WEBP"),
)
BOUNDARY_BYTES = (0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF)
MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"II*\x00", b"MM\x00*", b"GIF89a", b"BM")
PREPARE_EVERY = 10


def seeds(shared: Path = SHARED) -> dict[str, bytes]:
    """Real files where the shared data is, and the demo page in each generated form."""
    found = {name: (shared / name).read_bytes() for name in REAL_SEEDS if (shared / name).exists()}
    page = Image.open(ROOT / "resources" / "demo" / "demo_en.png").convert("L")
    page = page.resize((300, 400))
    for mode, format in GENERATED:
        picture = page.convert(mode) if mode != "I;16" else page.convert("I").convert("I;16")
        buffer = io.BytesIO()
        picture.save(buffer, format)
        found[f"demo-{mode}.{format.lower()}"] = buffer.getvalue()
    return found


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randint(1, 32)):
        raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
    return bytes(raw)


def flip_header(data: bytes, rng: random.Random) -> bytes:
    """Damage the first bytes, where sizes, modes and offsets live."""
    raw = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        raw[rng.randrange(min(len(raw), 256))] = rng.choice(BOUNDARY_BYTES)
    return bytes(raw)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def repeat_chunk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 4096))
    return data[:end] + data[start:end] * rng.randint(1, 4) + data[end:]


def delete_chunk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 4096) :]


def random_body(data: bytes, rng: random.Random) -> bytes:
    """A real magic number, then noise: the loader must not trust the name or the magic."""
    return rng.choice(MAGIC) + rng.randbytes(rng.randint(0, 4000))


MUTATORS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "flip bits": flip_bits,
    "damage header": flip_header,
    "truncate": truncate,
    "repeat chunk": repeat_chunk,
    "delete chunk": delete_chunk,
    "random body": random_body,
}


@dataclass
class Tally:
    """What happened to the inputs, for one way of loading them."""

    tried: int = 0
    loaded: int = 0
    clean_errors: int = 0
    crashes: int = 0
    prepared: int = 0
    seconds: list[float] = field(default_factory=list)
    crash_kinds: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def crash(self, error: BaseException, input_name: str) -> None:
        self.crashes += 1
        kind = f"{type(error).__name__}: {str(error)[:80]}"
        self.crash_kinds[type(error).__name__] += 1
        if len(self.examples) < 5:
            self.examples.append(f"{input_name}: {kind}")

    def summary(self) -> dict[str, object]:
        return {
            "tried": self.tried,
            "loaded": self.loaded,
            "clean_errors": self.clean_errors,
            "crashes": self.crashes,
            "prepared": self.prepared,
            "median_ms": round(1000 * statistics.median(self.seconds), 2) if self.seconds else 0,
            "max_ms": round(1000 * max(self.seconds), 1) if self.seconds else 0,
            "crash_kinds": dict(self.crash_kinds),
            "examples": self.examples,
        }


def bitna_load(path: Path, tally: Tally, pipeline: ReadPipeline, name: str) -> None:
    started = time.perf_counter()
    try:
        frame = load_image(path)
    except UserFacingError:
        tally.clean_errors += 1
        tally.seconds.append(time.perf_counter() - started)
        return
    except Exception as error:  # what the fuzz run is looking for
        tally.crash(error, name)
        log.debug("Crash on %s\n%s", name, traceback.format_exc())
        return
    tally.seconds.append(time.perf_counter() - started)
    tally.loaded += 1
    if not (frame.dtype == np.uint8 and frame.ndim == 3 and frame.shape[2] == 3):
        tally.crash(TypeError(f"bad frame {frame.dtype} {frame.shape}"), name)
        return
    if tally.loaded % PREPARE_EVERY == 0:
        try:
            pipeline.prepare(frame)
        except Exception as error:
            tally.crash(error, name + " (prepare)")
            return
        tally.prepared += 1


def naive_load(path: Path, tally: Tally, name: str) -> None:
    started = time.perf_counter()
    try:
        with Image.open(path) as image:
            np.asarray(image.convert("RGB"))
    except Exception as error:
        tally.crash(error, name)
        return
    finally:
        tally.seconds.append(time.perf_counter() - started)
    tally.loaded += 1


def run(count: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    originals = seeds()
    pipeline = ReadPipeline(NullOcr(), "eng")  # only the preparation runs
    bitna, naive = Tally(), Tally()
    by_mutator: Counter[str] = Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        for index in range(count):
            seed_name = rng.choice(sorted(originals))
            mutator = rng.choice(sorted(MUTATORS))
            data = MUTATORS[mutator](originals[seed_name], rng)
            path.write_bytes(data)
            name = f"#{index} {mutator} of {seed_name}"
            by_mutator[mutator] += 1
            bitna.tried += 1
            naive.tried += 1
            bitna_load(path, bitna, pipeline, name)
            naive_load(path, naive, name)
    return {
        "inputs": count,
        "seed": seed,
        "seeds": sorted(originals),
        "mutators": dict(by_mutator),
        "seconds": round(time.perf_counter() - started, 1),
        "bitna": bitna.summary(),
        "naive_pillow": naive.summary(),
    }


def print_table(result: dict[str, object]) -> None:
    rows = (("Bitna load_image", result["bitna"]), ("naive Image.open", result["naive_pillow"]))
    print(f"{result['inputs']} inputs from {len(result['seeds'])} seeds in {result['seconds']} s")
    header = f"{'way':<18}{'tried':>7}{'loaded':>8}{'clean err':>10}{'crashes':>9}"
    print(header + f"{'prepared':>10}{'median ms':>11}{'max ms':>9}")
    for label, row in rows:
        assert isinstance(row, dict)
        print(
            f"{label:<18}{row['tried']:>7}{row['loaded']:>8}{row['clean_errors']:>10}"
            f"{row['crashes']:>9}{row['prepared']:>10}{row['median_ms']:>11}{row['max_ms']:>9}"
        )
    for label, row in rows:
        assert isinstance(row, dict)
        if row["crash_kinds"]:
            print(f"{label} crash kinds: {row['crash_kinds']}")
            for example in row["examples"]:
                print(f"    {example}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    result = run(args.inputs, args.seed)
    print_table(result)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"Wrote {RESULTS}")
    bitna = result["bitna"]
    assert isinstance(bitna, dict)
    return 1 if bitna["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
