"""Time from Read to the first audible word: Bitna's streaming reader against the naive way.

    python benchmarks/first_word.py [--data ../shared/data] [--repeat 1] [--receipts 0]

For every full-page image in `documents/` (scans, camera pages, and optionally receipts),
in one run, through the same speech engine (pyttsx3 on espeak-ng, played with Bitna's
player into a private PulseAudio null sink and recorded back with parec):

- **naive**: the whole picture through Tesseract (psm 3), then speak the text;
- **Bitna**: `ReadingFlow.read()` as the app runs it: the page is prepared, its first lines
  are recognised ahead of the rest and spoken while the rest is recognised;
- **pipeline alone**: Bitna's pipeline reading the whole page at once, without speech.

Times run from the command to the first loud sample in the recording (the spoken cue
"Reading." is left out, so the first sound is the page's first word). The highlight offset
is, for each word highlighted, the time the reading flow reported it minus the time the
word was heard in the recording (its utterance's first sound plus the word's place in the
synthesized audio). The order of naive and Bitna alternates from page to page, since the
machine is shared and noisy; report medians and ratios.
"""

from __future__ import annotations

import argparse
import array
import json
import logging
import queue
import statistics
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import pulse_rig  # noqa: E402
from core.announce import Announcer  # noqa: E402
from core.ocr.ppocr import shared_engine  # noqa: E402
from core.ocr.tesseract import TesseractEngine  # noqa: E402
from core.plumbing.i18n import tr  # noqa: E402
from core.plumbing.imageio import load_image  # noqa: E402
from core.plumbing.workers import Done  # noqa: E402
from core.reading.flow import ReadingFlow, SpokenWord  # noqa: E402
from core.reading.pipeline import ReadPart, ReadPipeline, ReadResult  # noqa: E402
from core.reading.sentences import split_for_speech  # noqa: E402
from core.speech import Speaker, SpeechEvent, create_speaker  # noqa: E402
from core.text.script import language_of  # noqa: E402

LANGUAGES = "kor+eng"
IMAGE_TYPES = (".tif", ".tiff", ".png", ".jpg", ".jpeg")
#: Highlight offsets are sampled over this many seconds of speech per page.
LISTEN_SECONDS = 12.0
TOLERANCE = 0.25  # seconds: the target for the highlight


def page_images(data: Path, receipts: int) -> list[Path]:
    """The full-page pictures: scans, camera pages, pages without ground truth, receipts."""
    documents = data / "documents"
    found: list[Path] = []
    for folder in ("scans", "camera/pages", "camera/no_ground_truth"):
        found += sorted(p for p in (documents / folder).glob("*") if p.suffix in IMAGE_TYPES)
    found += sorted((documents / "camera" / "receipts").glob("*.jpg"))[:receipts]
    return found


class LoopRunner:
    """Work on a thread; results and posts run on the benchmark's main loop, as in the app."""

    def __init__(self) -> None:
        self.inbox: queue.Queue[Callable[[], object]] = queue.Queue()

    def submit(self, work: Callable[[], Any], done: Done) -> None:
        def task() -> None:
            try:
                result, error = work(), None
            except Exception as exc:  # handed back like the app's runner does
                result, error = None, exc
            self.inbox.put(lambda: done(result, error))

        threading.Thread(target=task, daemon=True).start()

    def post(self, function: Callable[[], object]) -> None:
        self.inbox.put(function)

    def shutdown(self) -> None:
        """Nothing to stop."""

    def run_until(self, condition: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            try:
                function = self.inbox.get(timeout=0.01)
            except queue.Empty:
                continue
            function()


class PageOnlySpeech:
    """The speaker, minus the cue "Reading.": the first sound must be the page's."""

    def __init__(self, speaker: Speaker) -> None:
        self._speaker = speaker

    def speak(self, text: str, language: str | None = None) -> int:
        if text == tr("Reading."):
            return -1
        return self._speaker.speak(text, language)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._speaker, name)


def first_loud_offset(speaker: Speaker, text: str, scratch: Path) -> float:
    """Seconds of silence before `text`'s first loud sample, as the synthesizer makes it."""
    path = scratch / "utterance.wav"
    speaker.save_wav(text, path, language_of(text))
    with wave.open(str(path)) as wav:
        samples = array.array("h", wav.readframes(wav.getnframes()))
        rate = wav.getframerate()
    for index, value in enumerate(samples):
        if abs(value) > pulse_rig.LOUD:
            return index / rate
    return 0.0


def wait_for_sound(recorder: pulse_rig.Recorder, since: float, timeout: float) -> float | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        heard = recorder.first_sound_after(since, time.monotonic())
        if heard is not None:
            return heard
        time.sleep(0.01)
    return None


def quiet(speaker: Speaker, recorder: pulse_rig.Recorder) -> None:
    """Stop speech and wait until the sink is silent again."""
    speaker.stop()
    speaker.wait_until_idle(5)
    while recorder.first_sound_after(time.monotonic() - 0.4, time.monotonic()) is not None:
        time.sleep(0.1)


#: One engine for the whole run, probed once, as the app does at start.
ENGINE = TesseractEngine()
#: The app reads photographed Latin text with PP-OCR too (core/ocr/ppocr.py).
PHOTO_ENGINE = shared_engine()


def run_naive(image: Any, speaker: Speaker, recorder: pulse_rig.Recorder) -> dict[str, float]:
    engine = ENGINE
    started = time.monotonic()
    page = engine.recognize(image, LANGUAGES)
    ocr = time.monotonic() - started
    for chunk in split_for_speech(page.text)[:3]:
        speaker.speak(chunk.text, chunk.language)
    heard = wait_for_sound(recorder, started, 30)
    quiet(speaker, recorder)
    return {"first_word": (heard or float("nan")) - started, "ocr": ocr}


def run_bitna(
    image: Any, speaker: Speaker, recorder: pulse_rig.Recorder, scratch: Path
) -> dict[str, Any]:
    runner = LoopRunner()
    active = [True]
    highlights: list[tuple[int, int, float]] = []  # utterance, mark sample, time shown
    started_at: dict[int, tuple[float, str]] = {}
    current: list[SpeechEvent] = []

    def on_word(word: SpokenWord) -> None:
        event = current[0]
        assert event.mark is not None
        highlights.append((event.utterance, event.mark.sample, time.monotonic()))

    recognised_at: list[float] = []

    class TimedPipeline(ReadPipeline):
        """The same pipeline, noting when the whole page is recognised (on the worker)."""

        def stream(self, frame: Any, on_part: Callable[[ReadPart], None]) -> ReadResult:
            result = super().stream(frame, on_part)
            recognised_at.append(time.monotonic())
            return result

    pipeline = TimedPipeline(ENGINE, LANGUAGES, photo_engine=PHOTO_ENGINE)
    flow = ReadingFlow(
        capture=lambda: image,
        pipeline=lambda: pipeline,
        runner=runner,
        announcer=Announcer(PageOnlySpeech(speaker)),  # type: ignore[arg-type]
        on_word=on_word,
    )

    def listener(event: SpeechEvent) -> None:
        if not active[0]:
            return  # the speaker keeps its listeners: this page's flow is done
        if event.kind == "started":
            started_at[event.utterance] = (time.monotonic(), event.text)

        def apply() -> None:
            current[:] = [event]
            flow.on_speech_event(event)

        runner.post(apply)

    speaker.add_listener(listener)
    try:
        began = time.monotonic()
        flow.read()
        runner.run_until(lambda: bool(recognised_at), 120)
        recognised = recognised_at[0] - began
        heard = recorder.first_sound_after(began, time.monotonic()) or wait_for_sound(
            recorder, began, 30
        )
        listen_until = (heard or time.monotonic()) + LISTEN_SECONDS
        runner.run_until(lambda: time.monotonic() > listen_until or not speaker.is_busy, 60)
        offsets = highlight_offsets(highlights, started_at, recorder, speaker, scratch)
    finally:
        flow.stop()
        active[0] = False
        quiet(speaker, recorder)
    return {
        "first_word": (heard or float("nan")) - began,
        "recognised": recognised,
        "offsets": offsets,
        "text": flow.page.text if flow.page is not None else "",
    }


def highlight_offsets(
    highlights: list[tuple[int, int, float]],
    started_at: dict[int, tuple[float, str]],
    recorder: pulse_rig.Recorder,
    speaker: Speaker,
    scratch: Path,
) -> list[float]:
    """Shown minus heard, in seconds, for every highlighted word of a fully heard utterance."""
    offsets: list[float] = []
    onsets: dict[int, float] = {}
    for utterance, sample, shown in highlights:
        if utterance not in onsets:
            began, text = started_at[utterance]
            heard = recorder.first_sound_after(began - 0.05, began + 5)
            if heard is None:
                continue
            onsets[utterance] = heard - first_loud_offset(speaker, text, scratch)
        offsets.append(shown - (onsets[utterance] + sample / pulse_rig.RATE))
    return offsets


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--receipts", type=int, default=0, help="also this many receipts")
    parser.add_argument("--only", default="", help="only pages whose name holds this")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/first_word.json")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if not pulse_rig.available():
        print("Needs pulseaudio and pulseaudio-utils (apt-get install pulseaudio pulseaudio-utils)")
        return 2
    images = [p for p in page_images(args.data, args.receipts) if args.only in p.name]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        with pulse_rig.private_pulseaudio(scratch / "pulse") as server:
            import os

            os.environ["PULSE_SERVER"] = server
            recorder = pulse_rig.Recorder(server)
            speaker = create_speaker()
            ENGINE.probe()
            try:
                for round_ in range(args.repeat):
                    for index, path in enumerate(images):
                        image = load_image(path)
                        alone_started = time.monotonic()
                        ReadPipeline(
                            ENGINE, LANGUAGES, streaming=False, photo_engine=PHOTO_ENGINE
                        ).read(image)
                        alone = time.monotonic() - alone_started
                        if (index + round_) % 2:
                            bitna = run_bitna(image, speaker, recorder, scratch)
                            naive = run_naive(image, speaker, recorder)
                        else:
                            naive = run_naive(image, speaker, recorder)
                            bitna = run_bitna(image, speaker, recorder, scratch)
                        row = {
                            "page": path.name,
                            "naive_first_word": naive["first_word"],
                            "naive_ocr": naive["ocr"],
                            "bitna_first_word": bitna["first_word"],
                            "first_word_ratio": bitna["first_word"] / naive["first_word"],
                            "pipeline_alone": alone,
                            "bitna_recognised": bitna["recognised"],
                            "total_ratio": bitna["recognised"] / alone,
                            "highlight_offsets": bitna["offsets"],
                        }
                        rows.append(row)
                        print_row(row)
            finally:
                speaker.close()
                recorder.close()
    summary = summarise(rows)
    print_summary(summary)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"summary": summary, "pages": rows}, indent=2))
    print(f"\nWrote {args.out}")
    return 0


def print_row(row: dict[str, Any]) -> None:
    offsets = [abs(value) for value in row["highlight_offsets"]]
    print(
        f"{row['page'][:28]:28} naive {row['naive_first_word']:6.2f} s  "
        f"bitna {row['bitna_first_word']:5.2f} s  ratio {row['first_word_ratio']:.2f}  | "
        f"alone {row['pipeline_alone']:5.2f} s  streamed {row['bitna_recognised']:5.2f} s  "
        f"ratio {row['total_ratio']:.2f}  | highlight n={len(offsets)} "
        f"p95 {percentile(offsets, 0.95) * 1000:4.0f} ms",
        flush=True,
    )


def summarise(rows: list[dict[str, Any]]) -> dict[str, float]:
    offsets = [abs(value) for row in rows for value in row["highlight_offsets"]]
    signed = [value for row in rows for value in row["highlight_offsets"]]
    return {
        "pages": len(rows),
        "median_naive_first_word": statistics.median(r["naive_first_word"] for r in rows),
        "median_bitna_first_word": statistics.median(r["bitna_first_word"] for r in rows),
        "median_first_word_ratio": statistics.median(r["first_word_ratio"] for r in rows),
        "median_total_ratio": statistics.median(r["total_ratio"] for r in rows),
        "highlight_words": len(offsets),
        "highlight_within_250ms": (
            sum(value <= TOLERANCE for value in offsets) / len(offsets) if offsets else 0.0
        ),
        "highlight_median_ms": statistics.median(signed) * 1000 if signed else float("nan"),
        "highlight_p95_abs_ms": percentile(offsets, 0.95) * 1000,
    }


def print_summary(summary: dict[str, float]) -> None:
    print()
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| pages | {summary['pages']} | |")
    print(f"| median first word, naive | {summary['median_naive_first_word']:.2f} s | |")
    print(f"| median first word, Bitna | {summary['median_bitna_first_word']:.2f} s | |")
    print(
        f"| median ratio first word (Bitna / naive) | {summary['median_first_word_ratio']:.2f} "
        "| ≤ 0.25 |"
    )
    print(
        f"| median ratio whole page (streamed / pipeline alone) | "
        f"{summary['median_total_ratio']:.2f} | ≤ 1.1 |"
    )
    print(
        f"| highlight within ±250 ms | {summary['highlight_within_250ms'] * 100:.1f} % "
        f"of {summary['highlight_words']} words | ≥ 95 % |"
    )
    print(
        f"| highlight offset median / p95 abs | {summary['highlight_median_ms']:.0f} ms / "
        f"{summary['highlight_p95_abs_ms']:.0f} ms | |"
    )


if __name__ == "__main__":
    sys.exit(main())
