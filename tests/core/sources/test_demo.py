"""The demo camera: looks live, stays on its page, switches pages, and reads well with Tesseract."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from core.plumbing.errors import CameraError
from core.sources import DemoSource
from core.sources.demo import pages
from core.text.metrics import cer
from tests.conftest import DEMO
from tests.core.conftest import needs_tesseract


def opened(page: str = "en", seed: int = 1, **options: object) -> DemoSource:
    source = DemoSource(page, seed=seed, **options)  # type: ignore[arg-type]
    source.open()
    return source


def frames(source: DemoSource, count: int) -> list[np.ndarray]:
    result = []
    for _ in range(count):
        frame = source.read()
        assert frame is not None
        result.append(frame)
    return result


def grey(frame: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY).astype(np.float32)


def soft(frame: np.ndarray) -> np.ndarray:
    return cv2.GaussianBlur(grey(frame), (0, 0), 6)


def page_shift(first: np.ndarray, later: np.ndarray, margin: int = 12) -> float:
    """How far the text in the middle of the page moved between two frames (whole px)."""
    top, left, height, width = 400, 850, 200, 300
    template = grey(first)[top : top + height, left : left + width]
    rows = slice(top - margin, top + height + margin)
    search = grey(later)[rows, left - margin : left + width + margin]
    _, _, _, (x, y) = cv2.minMaxLoc(cv2.matchTemplate(search, template, cv2.TM_CCOEFF_NORMED))
    return float(np.hypot(x - margin, y - margin))


def test_frames_are_bgr_1080p() -> None:
    frame = opened().read()
    assert frame is not None and frame.shape == (1080, 1920, 3) and frame.dtype == np.uint8


def test_frames_vary_like_a_live_camera_but_stay_on_the_page() -> None:
    source = opened()
    sequence = []  # ten seconds at 15 fps, keeping frames 0, 1, 10, 11, 20, 21...
    for number in range(150):
        frame = source.read()
        assert frame is not None
        if number % 10 < 2:
            sequence.append(frame)

    # Sensor noise: consecutive frames differ a little everywhere, the desk too.
    noise = np.abs(sequence[0].astype(int) - sequence[1].astype(int))
    assert 0.5 < noise.mean() < 6
    assert noise[500:600, 50:150].mean() > 0.5
    # Movement: the page drifts by a pixel or more, but only by a few.
    shifts = [page_shift(sequence[0], frame) for frame in sequence[::2]]  # every 10th
    assert max(shifts) >= 1.0
    assert max(shifts) <= 6.0
    # Still the same page: seen softly (as the motion is), each frame is much closer to the
    # first than to the Korean page.
    korean = opened("ko").read()
    assert korean is not None
    for frame in sequence[::6]:
        same = np.abs(soft(frame) - soft(sequence[0])).mean()
        other = np.abs(soft(frame) - soft(korean)).mean()
        assert same < other / 2.5


def test_the_same_seed_gives_the_same_frames() -> None:
    first, second, third = opened(seed=5), opened(seed=5), opened(seed=6)
    for a, b, c in zip(frames(first, 4), frames(second, 4), frames(third, 4), strict=True):
        assert np.array_equal(a, b)
        assert not np.array_equal(a, c)


def test_pages_switch() -> None:
    assert pages() == ["en", "ko"] == DemoSource.pages()
    source = opened("en")
    assert source.name == "Demo camera (English letter)"
    english = source.read()
    assert source.next_page() == "ko" and source.page == "ko"
    assert source.name == "Demo camera (Korean letter)"
    korean = source.read()
    assert english is not None and korean is not None
    assert np.abs(grey(english) - grey(korean)).mean() > 5
    assert source.next_page() == "en"
    source.page = "ko"
    assert source.page == "ko"
    with pytest.raises(CameraError) as caught:
        source.page = "fr"
    assert caught.value.message == "There is no demo page called fr. Use one of: en, ko."
    with pytest.raises(CameraError):
        DemoSource("fr")


def test_other_sizes_and_paced_frames() -> None:
    source = opened(size=(640, 480), fps=10)
    frame = source.read()
    assert frame is not None and frame.shape == (480, 640, 3)
    assert source.frame_interval == pytest.approx(0.1)


def test_no_frames_before_open_or_after_close() -> None:
    source = DemoSource()
    assert source.read() is None
    source.open()
    source.open()  # harmless
    assert source.read() is not None
    source.close()
    assert source.read() is None


# Reading a demo frame with Tesseract


@needs_tesseract
@pytest.mark.parametrize(("page", "language"), [("en", "eng"), ("ko", "kor")])
def test_a_demo_frame_reads_well(tmp_path: Path, page: str, language: str) -> None:
    source = opened(page, seed=11)
    frame = frames(source, 23)[-1]  # 1.5 s in: moved and tilted a little
    image = tmp_path / f"demo_{page}.png"
    cv2.imwrite(str(image), frame)

    # --psm 4 (one column of text): the automatic layout (--psm 3) of Tesseract 5.3 drops
    # whole Korean lines, even from the clean page image.
    result = subprocess.run(
        ["tesseract", str(image), "stdout", "-l", language, "--psm", "4"],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        check=True,
        timeout=60,
    )

    expected = (DEMO / f"demo_{page}.txt").read_text(encoding="utf-8")
    error_rate = cer(expected, result.stdout)
    assert error_rate <= 0.05, f"character error rate {error_rate:.3f}, read:\n{result.stdout}"


def test_shipped_pages_are_small_grey_pngs_with_their_text() -> None:
    for page in pages():
        png = DEMO / f"demo_{page}.png"
        assert png.stat().st_size <= 150 * 1024
        image = cv2.imread(str(png), cv2.IMREAD_UNCHANGED)
        assert image is not None and image.ndim == 2
        lines = (DEMO / f"demo_{page}.txt").read_text(encoding="utf-8").splitlines()
        assert 12 <= len([line for line in lines if line.strip()]) <= 16
