"""Benchmark: the magnifier's per-frame cost, and what showing a live 30 fps camera costs.

Part 1 times the whole per-frame path (camera frame → zoom/pan → colour mode → BGRA picture
ready for the widget) for 1080p and 8 MP input, at 1×, 4× and 16×, in every colour mode, for
a half-screen view (960×720) and a full-screen one (1920×1080). Beside it runs the naive
path a first implementation would take: apply the colour mode to the whole sensor frame,
then crop, resize and convert for Qt.

Part 2 plays a 1080p 30 fps video through a FrameReader into the real LiveView (offscreen)
for 20 s and counts frames read, shown and dropped, and the CPU it takes, beside the
walking skeleton's view (a 33 ms UI-thread timer that resizes on the UI thread). The CPU
needed *to show* the video is the process's CPU minus a run that only decodes it.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/magnifier.py [--seconds 20] [--quick]
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.magnifier.geometry import oriented_to_raw, view_geometry
from core.magnifier.modes import COLOUR_MODES, Kind, bgra, mode_for
from core.magnifier.render import Renderer
from core.magnifier.state import ViewState
from core.sources.demo import DemoSource
from core.sources.files import FileSource
from core.sources.reader import FrameReader

RESULTS = Path(__file__).resolve().parent / "results"
INPUTS = {"1080p": (1920, 1080), "8MP": (3264, 2448)}
DISPLAYS = {"half": (960, 720), "full": (1920, 1080)}
ZOOMS = (1.0, 4.0, 16.0)
CENTRE = (0.45, 0.35)  # on the text, where a reader looks
NAIVE_MODES = ("full-colour", "enhanced-grey", "yellow-on-black")  # one of each kind


# Part 1 -------------------------------------------------------------------------------------
def demo_frames(size: tuple[int, int], count: int) -> list[np.ndarray]:
    source = DemoSource("en", size=size, fps=30, seed=11)
    source.open()
    frames = []
    for _ in range(count):
        frame = source.read()
        assert frame is not None
        frames.append(frame)
    source.close()
    return frames


def naive_render(frame: np.ndarray, state: ViewState, display: tuple[int, int]) -> np.ndarray:
    """The obvious path: colour mode on the whole sensor frame, then crop and scale, then RGB."""
    mode = mode_for(state.mode)
    if mode.kind is Kind.COLOUR:
        processed = frame
    else:
        grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        if mode.kind is Kind.GREY:
            processed = cv2.cvtColor(cv2.equalizeHist(grey), cv2.COLOR_GRAY2BGR)
        else:
            block = max(3, min(frame.shape[:2]) // 24 | 1)
            ink = cv2.adaptiveThreshold(
                grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15
            )
            text = np.array(bgra(mode.text)[:3], np.uint8)
            paper = np.array(bgra(mode.background)[:3], np.uint8)
            processed = np.where(ink[..., None] > 0, text, paper).astype(np.uint8)
    height, width = frame.shape[:2]
    geometry = view_geometry((width, height), display, state.zoom, state.centre)
    left, top, right, bottom = oriented_to_raw(geometry.crop, (width, height), 0, False)
    crop = processed[top:bottom, left:right]
    size = (geometry.picture[2] - geometry.picture[0], geometry.picture[3] - geometry.picture[1])
    shrinking = size[0] < crop.shape[1]
    scaled = cv2.resize(crop, size, interpolation=cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR)
    return np.ascontiguousarray(cv2.cvtColor(scaled, cv2.COLOR_BGR2RGB))  # QImage(...).copy()


def timings(work: Callable[[int], object], count: int, warm: int = 3) -> list[float]:
    for index in range(warm):
        work(index)
    result = []
    for index in range(count):
        started = time.perf_counter()
        work(index)
        result.append((time.perf_counter() - started) * 1000)
    return result


def p95(values: list[float]) -> float:
    return float(np.percentile(values, 95))


def per_frame(count: int, naive_count: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for input_name, size in INPUTS.items():
        frames = demo_frames(size, 6)
        for display_name, display in DISPLAYS.items():
            out = np.empty((display[1], display[0], 4), np.uint8)
            renderer = Renderer()
            for zoom in ZOOMS:
                for mode in COLOUR_MODES:
                    state = ViewState(zoom=zoom, centre=CENTRE, mode=mode.id)

                    def ours(
                        index: int,
                        state: ViewState = state,
                        renderer: Renderer = renderer,
                        frames: list[np.ndarray] = frames,
                        out: np.ndarray = out,
                    ) -> object:
                        return renderer.render(frames[index % len(frames)], state, out)

                    times = timings(ours, count)
                    row: dict[str, object] = {
                        "input": input_name,
                        "display": display_name,
                        "zoom": zoom,
                        "mode": mode.id,
                        "median_ms": statistics.median(times),
                        "p95_ms": p95(times),
                    }
                    if mode.id in NAIVE_MODES:

                        def naive(
                            index: int,
                            state: ViewState = state,
                            frames: list[np.ndarray] = frames,
                            display: tuple[int, int] = display,
                        ) -> object:
                            return naive_render(frames[index % len(frames)], state, display)

                        naive_times = timings(naive, naive_count, warm=1)
                        row["naive_median_ms"] = statistics.median(naive_times)
                    rows.append(row)
                    print_row(row)
    return rows


def print_row(row: dict[str, object]) -> None:
    naive = row.get("naive_median_ms")
    naive_text = f"{naive:9.2f} {naive / row['median_ms']:6.1f}×" if naive else " " * 17  # type: ignore[operator]
    print(
        f"{row['input']:>5} {row['display']:>4} {row['zoom']:5.0f}× {row['mode']:<16}"
        f" {row['median_ms']:7.2f} {row['p95_ms']:7.2f}  {naive_text}",
        flush=True,
    )


# Part 2 -------------------------------------------------------------------------------------
def make_video(folder: Path, seconds: float = 3.0) -> Path:
    path = folder / "camera_1080p30.mp4"
    source = DemoSource("en", size=(1920, 1080), fps=30, seed=12)
    source.open()
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), 30.0, (1920, 1080))
    for _ in range(round(30 * seconds)):
        frame = source.read()
        assert frame is not None
        writer.write(frame)
    writer.release()
    source.close()
    return path


def thread_cpu() -> dict[str, float]:
    """CPU seconds of each thread of this process, by thread name (or native id)."""
    names = {thread.native_id: thread.name for thread in threading.enumerate()}
    ticks = os.sysconf("SC_CLK_TCK")
    result: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds = (int(fields[11]) + int(fields[12])) / ticks
        name = names.get(int(task.name), "other (OpenCV, FFmpeg, Qt)")
        result[name] = result.get(name, 0.0) + seconds
    return result


def widget_run(
    video: Path, seconds: float, kind: str, state: ViewState | None
) -> dict[str, object]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def spin(duration: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(duration * 1000), loop.quit)
        loop.exec()

    reader = FrameReader(FileSource(video))
    reader.start()
    while reader.latest() is None:
        time.sleep(0.01)
    view: Any = None
    if kind == "bitna":
        from gui.live_view import LiveView

        view = LiveView(reader.latest)
        if state is not None:
            view.magnifier.set_state(state)
    elif kind == "skeleton":
        view = SkeletonLiveView(reader.latest)
    if view is not None:
        view.resize(1000, 760)
        view.show()
    spin(2.0)  # settle
    cpu_before, wall_before = thread_cpu(), time.monotonic()
    process_before = time.process_time()
    read_before = reader.frames_read
    shown_before = view.frames_shown if view is not None else 0
    counts_drops = kind == "bitna"  # the magnifier counts its own drops
    dropped_before = view.frames_dropped if counts_drops else 0
    spin(seconds)
    wall = time.monotonic() - wall_before
    process = time.process_time() - process_before
    cpu_after = thread_cpu()
    read = reader.frames_read - read_before
    shown = (view.frames_shown - shown_before) if view is not None else 0
    result: dict[str, object] = {
        "view": kind,
        "state": None if state is None else f"{state.mode} {state.zoom:g}×",
        "seconds": wall,
        "frames_read": read,
        "frames_shown": shown,
        "fps_shown": shown / wall,
        "process_cpu_percent": 100 * process / wall,
        "threads_cpu_percent": {
            name: 100 * (cpu_after.get(name, 0) - cpu_before.get(name, 0)) / wall
            for name in cpu_after
            if cpu_after.get(name, 0) - cpu_before.get(name, 0) > 0.005 * wall
        },
    }
    if counts_drops:
        loop = view.loop
        result["frames_dropped"] = view.frames_dropped - dropped_before
        result["render_ms_mean"] = 1000 * loop.render_seconds / max(1, loop.frames_rendered)
    else:
        result["frames_dropped"] = max(0, read - shown) if view is not None else 0
    if view is not None:
        if hasattr(view, "stop"):
            view.stop()
        view.close()
        view.deleteLater()
    reader.stop()
    app.processEvents()
    return result


def _skeleton_class() -> type:
    from PySide6.QtCore import QRect, Qt, QTimer
    from PySide6.QtGui import QImage, QPainter, QPaintEvent
    from PySide6.QtWidgets import QWidget

    class Skeleton(QWidget):
        """The walking skeleton's view: a 33 ms UI-thread timer resizing on the UI thread."""

        def __init__(self, latest: Callable[[], tuple[int, np.ndarray] | None]) -> None:
            super().__init__()
            self._latest = latest
            self._sequence = -1
            self._image: QImage | None = None
            self.frames_shown = 0
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            self._timer = QTimer(self)
            self._timer.setInterval(33)
            self._timer.timeout.connect(self.refresh)
            self._timer.start()

        def refresh(self) -> None:
            latest = self._latest()
            if latest is None or latest[0] == self._sequence:
                return
            self._sequence, frame = latest
            height, width = frame.shape[:2]
            scale = min(self.width() / width, self.height() / height, 1.0)
            if scale < 1.0:
                size = (max(1, round(width * scale)), max(1, round(height * scale)))
                frame = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
            rgb = np.ascontiguousarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
            self._image = QImage(
                rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888
            ).copy()
            self.frames_shown += 1
            self.update()

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
            painter = QPainter(self)
            painter.fillRect(self.rect(), self.palette().window())
            if self._image is not None:
                image = self._image
                scale = min(self.width() / image.width(), self.height() / image.height())
                width, height = int(image.width() * scale), int(image.height() * scale)
                left, top = (self.width() - width) // 2, (self.height() - height) // 2
                painter.drawImage(QRect(left, top, width, height), image)
            painter.end()

    return Skeleton


def SkeletonLiveView(latest: Callable[[], tuple[int, np.ndarray] | None]) -> object:  # noqa: N802
    return _skeleton_class()(latest)


# Main ---------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each widget run")
    parser.add_argument("--frames", type=int, default=40, help="timed frames per cell")
    parser.add_argument("--quick", action="store_true", help="fewer frames, 5 s runs")
    args = parser.parse_args()
    if args.quick:
        args.seconds, args.frames = 5.0, 12
    print(f"OpenCV {cv2.__version__}, {cv2.getNumThreads()} threads, {os.cpu_count()} CPUs")
    print("\nPer-frame cost of the whole path (ms); naive = colour mode at sensor size first")
    print(
        f"{'input':>5} {'view':>4} {'zoom':>6} {'mode':<16} {'median':>7} {'p95':>7}"
        f"  {'naive':>9} {'ratio':>7}"
    )
    rows = per_frame(args.frames, max(5, args.frames // 4))

    summary = {}
    for input_name in INPUTS:
        for display_name in DISPLAYS:
            cells = [r for r in rows if r["input"] == input_name and r["display"] == display_name]
            summary[f"{input_name} {display_name}"] = {
                "worst_median_ms": max(float(r["median_ms"]) for r in cells),  # type: ignore[arg-type]
                "worst_p95_ms": max(float(r["p95_ms"]) for r in cells),  # type: ignore[arg-type]
            }
    print("\nWorst cell over every zoom and mode:")
    for name, values in summary.items():
        print(
            f"  {name:<12} median {values['worst_median_ms']:6.2f} ms"
            f"   p95 {values['worst_p95_ms']:6.2f} ms"
        )

    runs = []
    with tempfile.TemporaryDirectory() as folder:
        video = make_video(Path(folder))
        print(f"\nShowing a 1080p 30 fps video in the view (offscreen), {args.seconds:g} s each:")
        plans = [
            ("decode only", "none", None),
            ("skeleton view (before)", "skeleton", None),
            ("Bitna view, full colour 1×", "bitna", ViewState()),
            (
                "Bitna view, yellow on black 4×",
                "bitna",
                ViewState(zoom=4.0, mode="yellow-on-black", centre=CENTRE),
            ),
        ]
        for label, kind, state in plans:
            result = widget_run(video, args.seconds, kind, state)
            result["label"] = label
            runs.append(result)
        base = float(runs[0]["process_cpu_percent"])  # type: ignore[arg-type]
        print(
            f"{'run':<32} {'read':>5} {'shown':>5} {'fps':>5} {'dropped':>7} {'CPU %':>6}"
            f" {'to show %':>9}"
        )
        for run in runs:
            run["display_cpu_percent"] = float(run["process_cpu_percent"]) - base  # type: ignore[arg-type]
            print(
                f"{run['label']:<32} {run['frames_read']:>5} {run['frames_shown']:>5}"
                f" {run['fps_shown']:5.1f} {run['frames_dropped']:>7}"
                f" {run['process_cpu_percent']:6.1f} {run['display_cpu_percent']:9.1f}"
            )
        print("Per-thread CPU % (one core = 100):")
        for run in runs:
            per_thread: dict[str, float] = run["threads_cpu_percent"]  # type: ignore[assignment]
            threads = ", ".join(f"{k} {v:.1f}" for k, v in sorted(per_thread.items()))
            print(f"  {run['label']:<32} {threads}")

    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / "magnifier.json"
    target.write_text(
        json.dumps({"per_frame": rows, "summary": summary, "widget": runs}, indent=2),
        encoding="utf-8",
    )
    print(f"\nWrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
