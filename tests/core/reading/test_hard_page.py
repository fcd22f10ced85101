"""A page photographed in too little light is read with many words unsure: `bitna read` and
the reading flow say so once, with what the framing guidance measured on that frame (more
light), not the general advice. Real Tesseract, real framing; the same page in good light
gets no advice."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from benchmarks.scene_videos import desk, fit, place
from core.announce import Announcer
from core.ocr.ppocr import shared_engine
from core.ocr.tesseract import TesseractEngine
from core.plumbing.workers import InlineRunner
from core.reading.flow import ReadingFlow
from core.reading.pipeline import ReadPipeline
from core.scene.framing import reading_remedies
from core.speech.fakes import RecordingSpeech
from tests.core.conftest import needs_tesseract, run_bitna

DEMO_KO = Path(__file__).resolve().parents[3] / "resources" / "demo" / "demo_ko.png"
SIZE = (1920, 1080)
DARK_ADVICE = (
    "Many words on this page may be misread. "
    "It is too dark. Turn on a light or move the page to a brighter place."
)


def webcam_photo(light: float, noise: float, seed: int = 1) -> np.ndarray:
    """The Korean demo letter on a desk by a 1080p webcam, its letters about 20 px, lit at
    `light` of full, with the sensor's noise (`noise` grey levels) and JPEG: in a dim
    room the camera turns its gain up, and the noise is what the reading stumbles on."""
    page = cv2.imread(str(DEMO_KO), cv2.IMREAD_COLOR)
    assert page is not None
    frame = desk(SIZE)
    shown = fit(page, SIZE, 0.95)
    place(frame, shown, (SIZE[0] - shown.shape[1]) // 2, (SIZE[1] - shown.shape[0]) // 2)
    noisy = frame * light + np.random.default_rng(seed).normal(0, noise, frame.shape)
    picture = np.clip(noisy, 0, 255).astype(np.uint8)
    _, encoded = cv2.imencode(".jpg", picture, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return cv2.imdecode(encoded, cv2.IMREAD_COLOR)


@pytest.fixture(scope="module")
def dim() -> np.ndarray:
    return webcam_photo(light=0.13, noise=10)


@pytest.fixture(scope="module")
def lit() -> np.ndarray:
    return webcam_photo(light=1.0, noise=3)


def advice_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("bitna: ")]


@needs_tesseract
def test_bitna_read_tells_a_dim_page_to_get_more_light(
    dim: np.ndarray, lit: np.ndarray, tmp_path: Path
) -> None:
    cv2.imwrite(str(tmp_path / "dim.png"), dim)
    cv2.imwrite(str(tmp_path / "lit.png"), lit)
    result = run_bitna("read", str(tmp_path / "dim.png"), "--lang", "kor+eng")
    assert result.returncode == 0, result.stderr
    assert advice_lines(result.stderr) == [f"bitna: {DARK_ADVICE}"]
    result = run_bitna("read", str(tmp_path / "lit.png"), "--lang", "kor+eng")
    assert result.returncode == 0, result.stderr
    assert "복약" in result.stdout  # read, and read well: nothing to advise
    assert advice_lines(result.stderr) == []


@needs_tesseract
def test_the_flow_says_once_after_the_page_what_the_framing_measured(
    dim: np.ndarray, lit: np.ndarray
) -> None:
    for frame, expected in ((dim, [DARK_ADVICE]), (lit, [])):
        speech = RecordingSpeech()
        flow = ReadingFlow(
            capture=lambda frame=frame: frame,
            pipeline=lambda: ReadPipeline(
                TesseractEngine(), "kor+eng", photo_engine=shared_engine()
            ),
            runner=InlineRunner(),
            announcer=Announcer(speech),
            remedies=reading_remedies,
        )
        speech.add_listener(flow.on_speech_event)
        flow.read()
        said = [text for text, _ in speech.spoken]
        assert len(said) > 3  # "Reading.", then the page's sentences
        assert [text for text in said if "misread" in text] == expected
        if expected:
            assert said[-1] == DARK_ADVICE  # after the page's words
