"""Barcodes and QR codes with OpenCV's readers: the only module that uses them.

QR codes: the ArUco-based detector finds tilted and blurred codes more often than the
classic one, so it goes first; the classic one is asked only when a code was seen but not
read. Barcodes (EAN-8, EAN-13, UPC-A, UPC-E and the others OpenCV knows): the frame as it
is; when a barcode was found but not read, a softened and a sharpened copy; last, for
labels leaning so far that OpenCV's locator misses them, places found by their bars here,
straightened and evened out (`bar_regions`).
"""

from __future__ import annotations

import logging
import re
from typing import Protocol

import cv2
import numpy as np

from core.objects.model import CodeRead
from core.plumbing.i18n import tr
from core.plumbing.opencv_logs import opencv_quiet

log = logging.getLogger(__name__)

MAX_SPOKEN_TEXT = 400
"""QR text longer than this is cut, with a note saying so."""


class CodeReader(Protocol):
    """Reads the codes in a frame."""

    def read(self, frame: np.ndarray) -> list[CodeRead]: ...


class OpenCvCodeReader:
    """QR codes and barcodes with OpenCV's detectors (built once, used from one worker)."""

    def __init__(self) -> None:
        self._qr = cv2.QRCodeDetectorAruco()
        self._qr_classic = cv2.QRCodeDetector()
        self._barcode = cv2.barcode.BarcodeDetector()

    def read(self, frame: np.ndarray) -> list[CodeRead]:
        """Every code read in the frame, each text once, QR codes first."""
        grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
        found: dict[str, CodeRead] = {}
        with opencv_quiet():
            for text in self._qr_texts(grey):
                found.setdefault(text, CodeRead("QR_CODE", text))
            for kind, text in self._barcodes(grey):
                found.setdefault(text, CodeRead(kind, text))
        return list(found.values())

    def _qr_texts(self, grey: np.ndarray) -> list[str]:
        """QR texts; when a code was seen but not read, the classic detector is asked, then
        both again on a sharpened copy (focus blur)."""
        sharpened = None
        attempts = (
            (self._qr, False),
            (self._qr_classic, False),
            (self._qr, True),
            (self._qr_classic, True),
        )
        for attempt, (detector, sharpen) in enumerate(attempts):
            if sharpen and sharpened is None:
                sharpened = _sharpened(grey)
            image = sharpened if sharpen and sharpened is not None else grey
            try:
                ok, texts, points, _codes = detector.detectAndDecodeMulti(image)
            except cv2.error as error:
                log.debug("QR detector failed: %s", error)
                continue
            decoded = [text for text in (texts or ()) if text] if ok else []
            if decoded:
                return decoded
            if attempt == 0 and (points is None or len(points) == 0):
                return []  # nothing like a QR code in view: no point in asking again
        return []

    def _barcodes(self, grey: np.ndarray) -> list[tuple[str, str]]:
        """Read the frame as it is; when a barcode was found but not read, try a softened
        copy (sharp pictures alias thin bars) and a sharpened one (focus blur)."""
        found = False
        for variant in range(3):
            if variant == 1:
                if not found:
                    break
                image = cv2.GaussianBlur(grey, (0, 0), 1.0)
            elif variant == 2:
                image = _sharpened(grey)
            else:
                image = grey
            try:
                ok, texts, kinds, points = self._barcode.detectAndDecodeWithType(image)
            except cv2.error as error:
                log.debug("Barcode detector failed: %s", error)
                continue
            found = found or (points is not None and len(points) > 0)
            read = zip(texts or (), kinds or (), strict=False)
            pairs = [(kind, text) for text, kind in read if text]
            if ok and pairs:
                return pairs
        return self._rectified(grey)

    def _rectified(self, grey: np.ndarray) -> list[tuple[str, str]]:
        """Barcodes OpenCV's locator misses when the label leans: found by their bars,
        straightened, and read with the module widths evened out (see `bar_regions`)."""
        crops = bar_regions(grey)
        # Sharp crops alias thin bars: a softened copy of each is tried as well.
        crops += [cv2.GaussianBlur(crop, (0, 0), 1.0) for crop in crops]
        for crop in crops:
            edges = bar_edges(crop)
            for stretch in STRETCHES:
                image = crop if not stretch else _stretched(crop, stretch)
                try:
                    ok, texts, kinds, _points = self._barcode.detectAndDecodeWithType(image)
                except cv2.error:
                    continue
                read = zip(texts or (), kinds or (), strict=False)
                # A stretched EAN-13 can pass for an EAN-8 read from part of it: an EAN-8
                # has 44 bar edges, so a crop with far more is not one.
                pairs = [
                    (kind, text)
                    for text, kind in read
                    if text and not (kind.upper() == "EAN_8" and edges > EAN8_EDGES + 8)
                ]
                if ok and pairs:
                    return pairs
        return []


STRETCHES = (0.0, 0.3, -0.3, 0.6, -0.6)
"""1-D perspective corrections tried on a straightened barcode: a label leaning away makes
the far bars thinner than the near ones, which the decoder's fixed module width rejects."""
MIN_BAR_EDGES = 40
"""Light–dark changes across a candidate needed to try reading it (an EAN-13 has 60)."""
EAN8_EDGES = 44


def bar_edges(crop: np.ndarray) -> int:
    """Light–dark changes along the middle row of an upright barcode crop."""
    middle = crop[crop.shape[0] // 2].astype(np.int16)
    return int(np.count_nonzero(np.diff((middle > middle.mean()).astype(np.int8))))


def bar_regions(grey: np.ndarray, most: int = 2) -> list[np.ndarray]:
    """Straightened crops of the places that look like barcodes, bars upright.

    Bars give strong gradients all pointing one way (a coherent structure tensor). The
    largest such patches are fitted with the smallest parallelogram whose sides run along
    the bars and along the code (perspective leans the code's rows against its bars, which
    a rectangle cannot follow), and that parallelogram is warped to an upright rectangle.
    """
    scale = min(1.0, 640 / max(grey.shape[:2]))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    image = small.astype(np.float32)
    gx = cv2.Scharr(image, cv2.CV_32F, 1, 0)
    gy = cv2.Scharr(image, cv2.CV_32F, 0, 1)
    jxx = cv2.GaussianBlur(gx * gx, (0, 0), 4)
    jyy = cv2.GaussianBlur(gy * gy, (0, 0), 4)
    jxy = cv2.GaussianBlur(gx * gy, (0, 0), 4)
    energy = jxx + jyy
    coherence = np.sqrt((jxx - jyy) ** 2 + 4 * jxy**2) / np.maximum(energy, 1e-6)
    mask = ((coherence > 0.75) & (energy > np.percentile(energy, 90))).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    _, labels, stats, _ = cv2.connectedComponentsWithStats(mask)
    crops = []
    for label in np.argsort(-stats[1:, cv2.CC_STAT_AREA])[:most] + 1:
        if stats[label, cv2.CC_STAT_AREA] < 400:
            break
        region = labels == label
        theta = 0.5 * np.arctan2(2 * jxy[region].sum(), (jxx - jyy)[region].sum())
        across = np.array([np.cos(theta), np.sin(theta)])  # across the bars
        along = np.array([-across[1], across[0]])  # along the bars
        ys, xs = np.nonzero(region)
        points = np.column_stack([xs, ys]).astype(np.float32)
        u = points @ across
        best: tuple[float, np.ndarray, np.ndarray] | None = None
        for lean in np.radians(np.arange(-45, 46, 3)):
            row = np.cos(lean) * across + np.sin(lean) * along
            normal = np.array([-row[1], row[0]])
            v = points @ normal
            area = float(np.ptp(u) * np.ptp(v)) / max(abs(float(normal @ along)), 1e-3)
            if best is None or area < best[0]:
                best = (area, normal, v)
        assert best is not None
        _, normal, v = best
        sides = np.array([across, normal])
        pad_u, pad_v = 0.12 * float(np.ptp(u)), 0.05 * float(np.ptp(v))
        corners = np.array(
            [
                np.linalg.solve(sides, [cu, cv])
                for cu, cv in (
                    (u.min() - pad_u, v.min() - pad_v),
                    (u.max() + pad_u, v.min() - pad_v),
                    (u.max() + pad_u, v.max() + pad_v),
                )
            ],
            np.float32,
        ) / np.float32(scale)
        width = int(np.linalg.norm(corners[1] - corners[0]))
        height = max(40, int(np.linalg.norm(corners[2] - corners[1])))
        if width < 60:
            continue
        target = np.array([[0, 0], [width, 0], [width, height]], np.float32)
        crop = cv2.warpAffine(
            grey, cv2.getAffineTransform(corners, target), (width, height), borderValue=255
        )
        if bar_edges(crop) >= MIN_BAR_EDGES:
            crops.append(cv2.copyMakeBorder(crop, 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255))
    return crops


def _sharpened(grey: np.ndarray) -> np.ndarray:
    """An unsharp-masked copy, for codes softened by focus."""
    return cv2.addWeighted(grey, 1.8, cv2.GaussianBlur(grey, (0, 0), 2.0), -0.8, 0)


def _stretched(crop: np.ndarray, amount: float) -> np.ndarray:
    """The crop resampled along its width by a 1-D perspective (ends stay where they are)."""
    height, width = crop.shape[:2]
    x = np.arange(width, dtype=np.float32) / width
    source = x * (1 + amount) / (1 + amount * x) * width
    map_x = np.tile(source.astype(np.float32), (height, 1))
    map_y = np.repeat(np.arange(height, dtype=np.float32)[:, None], width, axis=1)
    return cv2.remap(crop, map_x, map_y, cv2.INTER_LINEAR, borderValue=255)


_URL = re.compile(r"^(https?://|www\.)", re.IGNORECASE)


def is_web_address(text: str) -> bool:
    return bool(_URL.match(text.strip()))


def speakable_address(url: str) -> str:
    """A web address as it is said: no "https://", no "www.", punctuation in words.

    "https://www.example.com/menu?id=42" becomes "example dot com slash menu question mark
    id equals 42": every character that matters is there, in words a listener can type.
    """
    text = re.sub(r"^https?://", "", url.strip(), flags=re.IGNORECASE)
    text = re.sub(r"^www\.", "", text, flags=re.IGNORECASE).rstrip("/")
    words = {
        ".": tr("dot"),
        "/": tr("slash"),
        "-": tr("dash"),
        "_": tr("underscore"),
        "?": tr("question mark"),
        "=": tr("equals"),
        "&": tr("and"),
        ":": tr("colon"),
        "@": tr("at"),
        "#": tr("hash"),
        "%": tr("percent"),
    }
    spoken = "".join(f" {words[ch]} " if ch in words else ch for ch in text)
    return " ".join(spoken.split())


def spaced_digits(number: str) -> str:
    """A barcode number digit by digit ("8 8 0 1…"), so speech does not say "eight trillion"."""
    return " ".join(number) if number.isdigit() else number


def speak_code(code: CodeRead) -> str:
    """One sentence for one code read."""
    if code.is_qr:
        text = code.text.strip()
        if is_web_address(text):
            return tr("QR code, web address: {address}.", address=speakable_address(text))
        if len(text) > MAX_SPOKEN_TEXT:
            return tr("QR code, long text, the start: {text}", text=text[:MAX_SPOKEN_TEXT])
        return tr("QR code: {text}", text=text)
    if code.name:
        return tr("{name}, barcode {number}.", name=code.name, number=spaced_digits(code.text))
    return tr("Barcode {number}.", number=spaced_digits(code.text))
