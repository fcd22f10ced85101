"""PP-OCR (RapidOCR's ONNX models) as a second OCR engine, for photographed Latin text.

Why a second engine: on the benchmark's 15 hand-held photos (receipts, phone photos of
pages) Tesseract reads at a median CER of 0.12 after all of Bitna's page preparation; the
PP-OCRv6 models that the `rapidocr` package ships read the same prepared pages at 0.05,
and read the receipt Tesseract gives up on (229: CER 0.91 naive). They do not read Korean
(a Korean line comes back as confident junk such as "8"), and they find lines, not
columns, so Tesseract stays the engine for Korean, for clean scans and for layout; the
pipeline decides per page (core/pipeline.py).

This module is the only one that imports rapidocr. The models are in the package (no
download: RapidOCR fetches only models it does not ship, and we ask for none of those) and
load on the first call, once per process (1-2 s), guarded by a lock, as the engine is
shared by every Read. `rapidocr` is installed without its dependency on
opencv-python-headless (see installer/setup.sh): that package would overwrite the cv2 of
opencv-contrib-python, which mediapipe needs.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from typing import Any

import numpy as np

from core.errors import OcrUnavailableError
from core.i18n import tr
from core.ocr.base import EngineInfo, Layout
from core.ocr.languages import parse_languages
from core.ocr.model import Block, Box, Line, PageText, Word

log = logging.getLogger(__name__)

# ONNX Runtime (1.32) collects telemetry events on Linux too: it keeps a device id and a
# queue of events for Microsoft under ~/.cache/Microsoft/DeveloperTools, to upload when
# it can. Nothing may leave the machine: this switches it off before the library loads
# (only this module imports it); on Windows, disable_telemetry_events() in _load stops
# its ETW events as well.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

#: Lines recognised with a lower score (0-1) are dropped: below 0.6 they were ink marks and
#: stamps read as words ('"isir Ta.saa Creaaecta' at 0.52 on receipt 229).
MIN_SCORE = 0.6
#: Lines recognised at once (see _load).
REC_BATCH = 2
#: Both cores: one thread reads 1.8 times slower; more threads than cores gain nothing.
THREADS = 2
#: Tesseract language codes of the scripts the shipped models read.
LATIN_LANGUAGES = frozenset({"eng", "fra", "deu", "spa", "ita", "por", "nld"})

_lock = threading.Lock()
_shared: PpOcrEngine | None = None


class PpOcrEngine:
    """Reads lines of Latin text with PP-OCR; every line comes back as its own block."""

    def __init__(self) -> None:
        self._reader: Any = None
        self._lock = threading.Lock()
        self._info: EngineInfo | None = None

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
        with self._lock:  # one reading at a time: it uses both cores already
            if self._reader is None:
                self._reader = _load()
            found = self._reader(image)
        height, width = image.shape[:2]
        blocks: list[Block] = []
        boxes = found.boxes if found.boxes is not None else []
        for corners, text, score in zip(
            boxes, found.txts or (), found.scores or (), strict=False
        ):
            line = _line(np.asarray(corners, np.float32), str(text), float(score))
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


def _load() -> Any:
    import onnxruntime
    from rapidocr import RapidOCR

    onnxruntime.disable_telemetry_events()
    log.info("Loading the PP-OCR models")
    return RapidOCR(
        params={
            "Global.log_level": "error",
            "Global.text_score": MIN_SCORE,
            # The page is already turned upright; the per-line 180° classifier then only
            # turns right lines over (hist_geo: CER 0.128 with it, 0.009 without; camera
            # median 0.047 -> 0.036) and costs 0.1 s.
            "Global.use_cls": False,
            # Lines are recognised in batches padded to the widest: pairs waste less on
            # padding than six (about 15 % less time on three receipts).
            "Rec.rec_batch_num": REC_BATCH,
            "EngineConfig.onnxruntime.intra_op_num_threads": THREADS,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )


def _line(corners: np.ndarray, text: str, score: float) -> Line | None:
    """A Line from one detection: its words get boxes by their share of the characters
    (PP-OCR scores lines, not words, so every word has the line's confidence)."""
    tokens = text.split()
    if not tokens or score < MIN_SCORE:
        return None
    left, top = np.floor(corners.min(axis=0)).astype(int)
    right, bottom = np.ceil(corners.max(axis=0)).astype(int)
    left, top = max(0, int(left)), max(0, int(top))
    width, height = max(1, int(right) - left), max(1, int(bottom) - top)
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
