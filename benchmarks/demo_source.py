"""Benchmark: what a frame from the demo camera costs, beside a recorded video's frame.

The demo camera (`core/sources/demo.py`) stands in for a document camera in the app, the
tests and the other benchmarks, so its frames must be cheap: the target is a median of
10 ms or less for a 1080p frame, a small share of the 67 ms between two frames at its
15 fps. Beside it runs the peer a recorded camera would be: the same demo frames written
to an MP4 video (mp4v) and read back through `FileSource`, which decodes one frame per
read. Both read frame after frame in a loop, as the app's FrameReader does; the first few
reads are left out (warm-up). Switching the page (composing the new scene) is timed too.

Run: python benchmarks/demo_source.py [--frames 60] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
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

from core.sources.demo import DemoSource  # noqa: E402
from core.sources.files import FileSource  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
SIZES = {"720p": (1280, 720), "1080p": (1920, 1080), "8MP": (3264, 2448)}
FPS = 15.0  # the demo camera's own rate
TARGET_MS = 10.0  # median cost of a 1080p frame
TARGET_SIZE = "1080p"
WARM = 5


def timings(work: Callable[[], object], count: int, warm: int = WARM) -> list[float]:
    """Milliseconds each of `count` calls of `work` took, after `warm` untimed calls."""
    for _ in range(warm):
        work()
    result = []
    for _ in range(count):
        started = time.perf_counter()
        work()
        result.append((time.perf_counter() - started) * 1000)
    return result


def p95(values: list[float]) -> float:
    return float(np.percentile(values, 95))


def read_frame(source: DemoSource | FileSource) -> Callable[[], np.ndarray]:
    def read() -> np.ndarray:
        frame = source.read()
        assert frame is not None
        return frame

    return read


def demo_video(size: tuple[int, int], count: int, folder: Path) -> Path:
    """`count` demo frames of `size` as an MP4, for the peer to decode."""
    path = folder / f"demo_{size[0]}x{size[1]}.mp4"
    source = DemoSource("en", size=size, fps=FPS, seed=11)
    source.open()
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), FPS, size)
    for _ in range(count):
        frame = source.read()
        assert frame is not None
        writer.write(frame)
    writer.release()
    source.close()
    return path


def measure(name: str, size: tuple[int, int], count: int, folder: Path) -> dict[str, object]:
    demo = DemoSource("en", size=size, fps=FPS, seed=11)
    started = time.perf_counter()
    demo.open()
    open_ms = (time.perf_counter() - started) * 1000
    demo_times = timings(read_frame(demo), count)
    pages = iter(["ko", "en"] * count)

    def switch() -> None:
        demo.page = next(pages)

    switch_times = timings(switch, max(3, count // 10), warm=1)
    demo.close()

    video = FileSource(demo_video(size, count + WARM, folder))
    video.open()
    video_times = timings(read_frame(video), count)
    video.close()

    demo_median, video_median = statistics.median(demo_times), statistics.median(video_times)
    return {
        "size": name,
        "width": size[0],
        "height": size[1],
        "frames": count,
        "demo_median_ms": demo_median,
        "demo_p95_ms": p95(demo_times),
        "video_median_ms": video_median,
        "video_p95_ms": p95(video_times),
        "demo_to_video": demo_median / video_median,
        "share_of_frame_interval": demo_median / (1000 / FPS),
        "open_ms": open_ms,
        "page_switch_median_ms": statistics.median(switch_times),
    }


def print_row(row: dict[str, object]) -> None:
    print(
        f"{row['size']:>6} {row['demo_median_ms']:8.2f} {row['demo_p95_ms']:8.2f}"
        f" {row['video_median_ms']:9.2f} {row['video_p95_ms']:8.2f}"
        f" {row['demo_to_video']:6.2f}× {100 * row['share_of_frame_interval']:7.1f} %"  # type: ignore[operator]
        f" {row['open_ms']:7.0f} {row['page_switch_median_ms']:8.0f}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=60, help="timed frames per size")
    parser.add_argument("--quick", action="store_true", help="20 frames, no 8 MP")
    args = parser.parse_args()
    sizes = dict(SIZES)
    if args.quick:
        args.frames = 20
        del sizes["8MP"]
    print(f"OpenCV {cv2.__version__}, {cv2.getNumThreads()} threads, {os.cpu_count()} CPUs")
    print(f"\nCost of one frame (ms), {args.frames} frames after {WARM} untimed;")
    print(f"peer: the same frames decoded from an MP4 through FileSource; at {FPS:g} fps")
    print(
        f"{'size':>6} {'demo':>8} {'p95':>8} {'video':>9} {'p95':>8} {'ratio':>7}"
        f" {'of 1/fps':>9} {'open':>7} {'switch':>8}"
    )
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, size in sizes.items():
            row = measure(name, size, args.frames, Path(folder))
            rows.append(row)
            print_row(row)

    target = next(row for row in rows if row["size"] == TARGET_SIZE)
    median = float(target["demo_median_ms"])  # type: ignore[arg-type]
    met = median <= TARGET_MS
    print(
        f"\nTarget: a {TARGET_SIZE} frame in {TARGET_MS:g} ms or less (median): "
        f"{median:.2f} ms, {'met' if met else 'NOT met'}"
    )

    RESULTS.mkdir(parents=True, exist_ok=True)
    output = RESULTS / "demo_source.json"
    output.write_text(
        json.dumps(
            {
                "fps": FPS,
                "target": {"size": TARGET_SIZE, "median_ms": TARGET_MS, "met": met},
                "sizes": rows,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"\nWrote {output.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
