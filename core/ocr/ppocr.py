"""PP-OCR (RapidOCR's ONNX models) as a second OCR engine, for photographed Latin text.

Why a second engine: on hand-held photos (receipts, phone photos of pages) the PP-OCR
models that the `rapidocr` package ships read Bitna's prepared pages with less than half
Tesseract's errors (measured: benchmarks/README.md#the-photo-engine). They do not read
Korean (a Korean line comes back as confident junk such as "8"), and they find lines, not
columns, so Tesseract stays the engine for Korean, for clean scans and for layout; the
pipeline decides per page (core/reading/pipeline.py).

This module is the only one that imports rapidocr. The models are in the package (no
download: RapidOCR fetches only models it does not ship, and we ask for none of those) and
load on the first call, once per process (a second or two), guarded by a lock, as the
engine is shared by every Read. `rapidocr` is installed without its dependency on
opencv-python-headless (see installer/setup.sh): that package would overwrite the cv2 of
opencv-contrib-python, which mediapipe needs.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.ocr.base import EngineInfo, Layout
from core.ocr.languages import parse_languages
from core.plumbing.errors import OcrUnavailableError
from core.plumbing.i18n import tr
from core.text.model import Block, Box, Line, PageText, Word

log = logging.getLogger(__name__)

# ONNX Runtime (1.32) collects telemetry events on Linux too: it keeps a device id and a
# queue of events for Microsoft under ~/.cache/Microsoft/DeveloperTools, to upload when
# it can. Nothing may leave the machine: this switches it off before the library loads
# (only this module imports it); on Windows, disable_telemetry_events() in _load stops
# its ETW events as well.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

#: Lines recognised with a lower score (0-1) are dropped: they are mostly ink marks and
#: stamps read as words. Measured: benchmarks/README.md#the-photo-engine
MIN_SCORE = 0.6
#: Lines recognised at once (see _load).
REC_BATCH = 2
#: Narrowest width (px, at the recogniser's 48 px height) a batch of lines is padded to:
#: the recogniser's time grows with the width it is given, and at 96 lines are padded only
#: to the widest of their pair. Measured: benchmarks/README.md#the-photo-engine
REC_WIDTH = 96
#: Pages longer than this (px) are scaled down to it before detection and recognition
#: (RapidOCR's default); a smaller copy is detected faster but loses or cuts lines.
#: Measured: benchmarks/README.md#the-photo-engine
MAX_SIDE = 2000
#: Both cores: one thread reads much slower; more threads than cores gain nothing.
#: Measured: benchmarks/README.md#the-photo-engine
THREADS = 2
#: Whether ONNX Runtime's threads spin while they wait for work. In the pipeline the photo
#: engine always shares the cores with a Tesseract reading (and the app with the GUI):
#: spinning threads then take turns from the ones working.
#: Measured: benchmarks/README.md#the-photo-engine
SPIN = False
#: Tesseract language codes of the scripts the shipped models read.
LATIN_LANGUAGES = frozenset({"eng", "fra", "deu", "spa", "ita", "por", "nld"})

_lock = threading.Lock()
_shared: PpOcrEngine | None = None


@dataclass(frozen=True)
class Tuning:
    """How PP-OCR is run: its batches, sizes and threads (see the constants above)."""

    rec_width: int = REC_WIDTH
    rec_batch: int = REC_BATCH
    threads: int = THREADS
    spin: bool = SPIN


#: RapidOCR's own settings, untuned: the photo engine profile
#: (benchmarks/photo_engine_profile.py) measures the tuning against them.
UNTUNED = Tuning(rec_width=320, spin=True)


@dataclass(frozen=True)
class RunInfo:
    """What one reading took, for the log and the photo engine profile."""

    detect_seconds: float
    recognise_seconds: float
    #: Width and height of the picture the detector was given, before its rounding to 32.
    detect_size: tuple[int, int]
    lines: int


class PpOcrEngine:
    """Reads lines of Latin text with PP-OCR; every line comes back as its own block."""

    def __init__(self, tuning: Tuning | None = None) -> None:
        self.tuning = tuning or Tuning()
        self._reader: Any = None
        self._lock = threading.Lock()
        self._info: EngineInfo | None = None
        #: What the last reading took (None before the first).
        self.last_run: RunInfo | None = None

    def probe(self) -> EngineInfo:
        """Check that rapidocr and onnxruntime import; the models load on the first read."""
        if self._info is None:
            try:
                import onnxruntime
                import rapidocr
            except ImportError as exc:
                log.info("PP-OCR is not available: %s", exc)
                raise OcrUnavailableError(
                    tr("The photo reader (RapidOCR) is not installed. Run Bitna's setup again.")
                ) from exc
            own = getattr(rapidocr, "__version__", "?")
            version = f"rapidocr {own}, onnxruntime {onnxruntime.__version__}"
            self._info = EngineInfo("PP-OCR", version, tuple(sorted(LATIN_LANGUAGES)))
        return self._info

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        """Every line PP-OCR finds in `image`, in its own order, each as a block of one line.

        `layout` is ignored: PP-OCR finds lines only; ordering them is the caller's.
        """
        self.probe()
        height, width = image.shape[:2]
        with self._lock:  # one reading at a time: it uses both cores already
            if self._reader is None:
                self._reader = _load(self.tuning)
            found = self._reader(image)
        elapsed = getattr(found, "elapse_list", None) or (0.0, 0.0, 0.0)
        self.last_run = RunInfo(
            float(elapsed[0] or 0),
            float(elapsed[2] or 0),
            _detect_size(width, height),
            len(found.txts or ()),
        )
        log.debug("PP-OCR: %s", self.last_run)
        blocks: list[Block] = []
        boxes = found.boxes if found.boxes is not None else []
        words = _WordsOfLines(getattr(found, "word_results", None) or ())
        for corners, text, score in zip(boxes, found.txts or (), found.scores or (), strict=False):
            line = _line(np.asarray(corners, np.float32), str(text), float(score), words.of(text))
            if line is not None:
                blocks.append(Block((line,), line.box))
        return PageText(tuple(blocks), int(width), int(height), languages)


def shared_engine() -> PpOcrEngine | None:
    """The process's PP-OCR engine (its models are loaded once, on its first read), or None
    where rapidocr is not installed: the pipeline then reads with Tesseract alone. Looks
    for the packages without importing them, so that start-up does not pay for it."""
    global _shared
    with _lock:
        if _shared is None:
            if not all(importlib.util.find_spec(name) for name in ("rapidocr", "onnxruntime")):
                log.info("PP-OCR is not installed; photos are read with Tesseract alone")
                return None
            _shared = PpOcrEngine()
        return _shared


def reads(languages: str) -> bool:
    """Whether PP-OCR can stand in for Tesseract for these languages: some Latin-script
    language, and nothing but those and Korean (Korean text keeps Tesseract anyway)."""
    codes = parse_languages(languages)
    latin = [code for code in codes if code in LATIN_LANGUAGES]
    return bool(latin) and all(code in LATIN_LANGUAGES or code == "kor" for code in codes)


def _load(tuning: Tuning) -> Any:
    import onnxruntime
    from rapidocr import RapidOCR

    onnxruntime.disable_telemetry_events()
    log.info("Loading the PP-OCR models")
    params: dict[str, Any] = {
        "Global.log_level": "error",
        "Global.text_score": MIN_SCORE,
        "Global.max_side_len": MAX_SIDE,
        # The page is already turned upright; the per-line 180° classifier then only
        # turns right lines over, and costs time (benchmarks/README.md#the-photo-engine).
        "Global.use_cls": False,
        # Each word's box, from where the recogniser placed its letters: the gutters of a
        # page's columns are found from them (core/document/gutters.py).
        "Global.return_word_box": True,
        # Lines are recognised in batches padded to the widest: pairs waste less on
        # padding than six (benchmarks/README.md#the-photo-engine).
        "Rec.rec_batch_num": tuning.rec_batch,
        "Rec.rec_img_shape": [3, 48, tuning.rec_width],
        "EngineConfig.onnxruntime.intra_op_num_threads": tuning.threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        "EngineConfig.onnxruntime.spin": tuning.spin,
    }
    _spin_as_told()
    return RapidOCR(params=params)


def _spin_as_told() -> None:
    """Make RapidOCR's ONNX Runtime sessions spin or not as `EngineConfig.onnxruntime.spin`
    says (see SPIN): RapidOCR 3.10 builds their options itself and has no setting for it."""
    from rapidocr.inference_engine.onnxruntime.main import OrtInferSession

    build = OrtInferSession._init_sess_opts
    if getattr(build, "bitna_spin", False):
        return

    def options(cfg: Any) -> Any:
        made = build(cfg)
        spin = "1" if cfg.get("spin", True) else "0"
        made.add_session_config_entry("session.intra_op.allow_spinning", spin)
        return made

    options.bitna_spin = True  # type: ignore[attr-defined]
    OrtInferSession._init_sess_opts = staticmethod(options)  # type: ignore[method-assign]


def _detect_size(width: int, height: int) -> tuple[int, int]:
    """The size RapidOCR's detector sees a `width`x`height` picture at: its longest side at
    most MAX_SIDE, then its shortest at least 736 px (before rounding to 32)."""
    longest = max(width, height, 1)
    factor = min(1.0, MAX_SIDE / longest)
    width, height = round(width * factor), round(height * factor)
    shortest = max(1, min(width, height))
    factor = max(1.0, 736 / shortest)
    return round(width * factor), round(height * factor)


#: A word as RapidOCR gives it: its text, score and corners (x, y) in the picture.
RawWord = tuple[str, float, Any]


class _WordsOfLines:
    """RapidOCR's words of each line, matched to the lines by their letters: it leaves out
    the lines it found no word boxes for, so the two lists need not run in step."""

    def __init__(self, lines: Any) -> None:
        self._lines = list(lines)
        self._next = 0

    def of(self, text: str) -> list[RawWord] | None:
        """The words of the line that reads `text`, if they come next."""
        if self._next < len(self._lines):
            words = [word for word in self._lines[self._next] if word[2] is not None]
            if words and "".join(str(word[0]) for word in words) == "".join(text.split()):
                self._next += 1
                return words
        return None


def _line(
    corners: np.ndarray, text: str, score: float, raw_words: list[RawWord] | None = None
) -> Line | None:
    """A Line from one detection. Its words are RapidOCR's, with the boxes where the
    recogniser placed their letters, when it gave them; else the text's, each given a box
    by its share of the characters. (PP-OCR scores lines, not words, so every word has the
    line's confidence.) RapidOCR's words also part two words the recogniser read without
    a space but with a gap between them ("tradi-one" across a gutter)."""
    tokens = text.split()
    if not tokens or score < MIN_SCORE:
        return None
    left, top = np.floor(corners.min(axis=0)).astype(int)
    right, bottom = np.ceil(corners.max(axis=0)).astype(int)
    left, top = max(0, int(left)), max(0, int(top))
    width, height = max(1, int(right) - left), max(1, int(bottom) - top)
    if raw_words:
        placed = _placed_words(tokens, raw_words, score, top, height)
        if placed:
            return Line(tuple(placed), Box(left, top, width, height))
    total = len(text)
    words: list[Word] = []
    position = 0
    for token in tokens:
        start = text.index(token, position)
        position = start + len(token)
        x0 = left + width * start // total
        x1 = left + width * position // total
        words.append(Word(token, Box(x0, top, max(1, x1 - x0), height), score * 100))
    return Line(tuple(words), Box(left, top, width, height))


#: Pieces of one token RapidOCR placed this many line heights apart or more are two words
#: (read without a space across a gutter); closer, one word it cut into letters (a date
#: beside full-width brackets, "14/01/2018（sn）", came back one letter to a word).
WORD_GAP = 0.5


def _placed_words(
    tokens: list[str], raw_words: list[RawWord], score: float, top: int, height: int
) -> list[Word]:
    """The line's `tokens` (its text split at spaces), each boxed where RapidOCR placed its
    letters and parted where they lie `WORD_GAP` apart; none when RapidOCR's words do not
    fall within the tokens."""
    pieces = [_word(raw, score, top, height) for raw in raw_words]
    words: list[Word] = []
    index = 0
    for token in tokens:
        taken: list[Word] = []
        letters = 0
        while letters < len(token) and index < len(pieces):
            taken.append(pieces[index])
            letters += len(pieces[index].text)
            index += 1
        if letters != len(token):
            return []  # a piece of RapidOCR's runs across a space
        part = [taken[0]]
        for piece in taken[1:]:
            if piece.box.left - part[-1].box.right >= WORD_GAP * height:
                words.append(_joined(part, score))
                part = []
            part.append(piece)
        words.append(_joined(part, score))
    return words


def _joined(pieces: list[Word], score: float) -> Word:
    box = Box.enclosing(piece.box for piece in pieces)
    return Word("".join(piece.text for piece in pieces), box, score * 100)


def _word(raw: RawWord, score: float, top: int, height: int) -> Word:
    """A word of RapidOCR's, its box across the line's height (its own box is only as tall
    as the line's slope leaves it), scored as its line."""
    points = np.asarray(raw[2], np.float32).reshape(-1, 2)
    left = max(0, int(np.floor(points[:, 0].min())))
    right = int(np.ceil(points[:, 0].max()))
    return Word(str(raw[0]), Box(left, top, max(1, right - left), height), score * 100)
