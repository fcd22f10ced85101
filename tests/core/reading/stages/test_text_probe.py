"""The look for text before reading: frames without text told at once, pages never."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest

from core.document.prepare import glance_at
from core.ocr.tesseract import TesseractEngine
from core.reading.engines import Engines
from core.reading.pipeline import ReadPipeline
from core.reading.stages.text_probe import holds_text, look_for_text, sure_words
from core.text.model import PageText, page_from_text
from tests.conftest import ROOT
from tests.core.conftest import needs_tesseract


def _texture() -> np.ndarray:
    """Fine random texture at 1080p: what a patterned cloth or a rug is to a webcam."""
    grain = (np.random.default_rng(1).random((1080, 1920)) * 255).astype(np.uint8)
    return cv2.cvtColor(cv2.GaussianBlur(grain, (3, 3), 0.8), cv2.COLOR_GRAY2BGR)


def _noise() -> np.ndarray:
    return (np.random.default_rng(2).random((1080, 1920, 3)) * 255).astype(np.uint8)


def _desk() -> np.ndarray:
    """An empty desk: light falling off across it, a little sensor noise."""
    _, x = np.mgrid[0:1080, 0:1920]
    grain = np.random.default_rng(3).normal(0, 4, (1080, 1920))
    desk = (90 + 40 * x / 1920 + grain).clip(0, 255).astype(np.uint8)
    return cv2.merge([desk, (desk * 0.9).astype(np.uint8), (desk * 0.8).astype(np.uint8)])


def _dots() -> np.ndarray:
    """A cloth printed with dots: letter-sized marks, but all alike."""
    cloth = np.full((1080, 1920), 230, np.uint8)
    for row in range(10, 1080, 30):
        for column in range(10 + (row // 30 % 2) * 15, 1920, 30):
            cv2.circle(cloth, (column, row), 6, 40, -1)
    return cv2.cvtColor(cloth, cv2.COLOR_GRAY2BGR)


FRAMES: dict[str, Callable[[], np.ndarray]] = {
    "texture": _texture,
    "dotted cloth": _dots,
    "noise": _noise,
    "desk": _desk,
    "white 8 MP": lambda: np.full((2448, 3264, 3), 255, np.uint8),
    "black 1080p": lambda: np.zeros((1080, 1920, 3), np.uint8),
}


@needs_tesseract
@pytest.mark.parametrize("name", FRAMES)
@pytest.mark.parametrize("languages", ["eng", "kor+eng"])
def test_a_frame_without_text_ends_before_the_page_is_prepared(name: str, languages: str) -> None:
    """The texture took 276 s and said junk ("ot i") before; now nothing is prepared."""
    result = ReadPipeline(TesseractEngine(), languages).read(FRAMES[name]())
    assert result.page.is_empty
    assert result.prepared is None  # answered from the look, not from a whole reading


@needs_tesseract
@pytest.mark.parametrize(
    "photo",
    ["faces/people/img34.jpg", "faces/people/img20.jpg", "faces/people/img41.jpg"]
    + [f"faces/no_faces/{name}" for name in ("chelsea.png", "china.jpg", "coffee.png")],
)
def test_faces_and_rooms_hold_no_text(shared_data: Path, photo: str) -> None:
    frame = cv2.imread(str(shared_data / photo), cv2.IMREAD_COLOR)
    glance = glance_at(frame)
    assert glance is not None
    for languages in ("eng", "kor+eng"):
        assert not look_for_text(glance, Engines(TesseractEngine(), languages)).text


def _shared_pages(shared_data: Path) -> list[tuple[Path, str]]:
    documents = shared_data / "documents"
    pages = [(path, "eng") for path in sorted((documents / "scans").iterdir())]
    for folder in ("pages", "receipts", "no_ground_truth"):
        pages += [
            (path, "kor+eng" if "korean" in path.name else "eng")
            for path in sorted((documents / "camera" / folder).iterdir())
            if path.suffix in {".jpg", ".png"}
        ]
    pages += [(path, "kor+eng") for path in sorted((documents / "korean_lines").glob("*.png"))]
    return [(path, languages) for path, languages in pages if path.suffix != ".txt"]


@needs_tesseract
def test_no_shared_page_is_taken_for_a_frame_without_text(shared_data: Path) -> None:
    engine = TesseractEngine()
    rejected = []
    pages = _shared_pages(shared_data)
    assert len(pages) > 50
    for path, languages in pages:
        glance = glance_at(cv2.imread(str(path), cv2.IMREAD_COLOR))
        if glance is not None and not look_for_text(glance, Engines(engine, languages)).text:
            rejected.append(path.name)
    assert rejected == []


@needs_tesseract
def test_no_synthetic_photo_is_taken_for_a_frame_without_text(
    shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every photo benchmarks/ocr_accuracy.py reads: the demo letters each of nine ways,
    and the shared scans (magazine columns among them) by document camera and webcam."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # its scripts import each other
    from benchmarks.ocr_accuracy import scan_photos
    from benchmarks.synthetic_photos import photos

    engine = TesseractEngine()
    rejected = []
    made = photos(scan_photos())
    assert len(made) > 30
    for photo in made:
        glance = glance_at(photo.image)
        engines = Engines(engine, photo.languages)
        if glance is not None and not look_for_text(glance, engines).text:
            rejected.append(photo.name)
    assert rejected == []


@needs_tesseract
def test_a_word_on_a_small_label_is_read() -> None:
    """Too few marks to measure letters by, but a word all the same."""
    label = np.full((200, 600, 3), 255, np.uint8)
    cv2.putText(label, "Hello 42", (60, 120), cv2.FONT_HERSHEY_SIMPLEX, 2.2, (0, 0, 0), 5)
    page = ReadPipeline(TesseractEngine(), "eng").read(label).page
    assert "Hello" in page.text


def _read(text: str, *confidences: float) -> PageText:
    """`text` (one line) as read with these confidences, word by word."""
    read = page_from_text(text)
    words = [
        replace(found, confidence=confidence)
        for found, confidence in zip(read.words(), confidences, strict=True)
    ]
    line = replace(read.blocks[0].lines[0], words=tuple(words))
    return replace(read, blocks=(replace(read.blocks[0], lines=(line,)),))


def test_only_words_read_surely_are_text() -> None:
    def page(word: str, confidence: float) -> int:
        return sure_words(_read(word, confidence))

    assert page("Water", 90) == 1
    assert page("Water", 60) == 0  # marks read as a word, unsure
    assert page("Wa", 95) == 0  # too short to tell from marks
    assert page("227", 95) == 0  # three digits come out of a cat's fur
    assert page("2027", 95) == 1
    assert page("수도", 75) == 1  # two Hangul syllables
    assert page("시시", 91) == 0  # one syllable twice: read in a knit turned sideways
    assert page("수", 95) == 0
    assert page("AAA", 90) == 0  # one mark over and over: a knit's stitches
    assert page("PPPP", 95) == 0
    assert page("1000", 95) == 1


def test_a_reading_without_a_sure_word_holds_text_only_if_read_surely_on_the_whole() -> None:
    assert holds_text(_read("Water", 90))
    assert holds_text(_read(")하고브라우저다룸.하므로 -노", 55, 93))  # a Korean line, read so
    assert not holds_text(_read("hh PPPP >>> lh", 60, 66, 40, 5))  # a knit read as junk
    assert not holds_text(_read("AAA AAAAA >> |", 90, 83, 20, 10))  # runs of one mark
    note = replace(page_from_text("Handwriting or a signature.").blocks[0], note="handwriting")
    junk = _read("|| ii", 30, 20)
    assert not holds_text(replace(junk, blocks=(*junk.blocks, note)))  # notes name ink only
