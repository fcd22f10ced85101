"""`bitna` as a user runs it: real Tesseract, real espeak-ng, one clear line on errors."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from core.text.metrics import cer
from tests.core.conftest import one_line_error, run_bitna


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as stream:
        return stream.getnframes() / stream.getframerate()


def test_version() -> None:
    result = run_bitna("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("Bitna ")


@pytest.mark.parametrize("name", ["phototest.tif", "testocr.png"])
def test_read_prints_the_text(shared_data: Path, name: str) -> None:
    image = shared_data / "documents" / "scans" / name
    result = run_bitna("read", str(image), "--lang", "eng")
    assert result.returncode == 0, result.stderr
    truth = image.with_suffix(".txt").read_text(encoding="utf-8")
    assert cer(truth, result.stdout) <= 0.02


def test_read_with_default_languages(shared_data: Path) -> None:
    image = shared_data / "documents" / "scans" / "phototest.tif"
    result = run_bitna("read", str(image))
    assert result.returncode == 0, result.stderr
    assert cer(image.with_suffix(".txt").read_text(), result.stdout) <= 0.02


def test_read_to_wav_is_as_long_as_espeak(shared_data: Path, tmp_path: Path) -> None:
    image = shared_data / "documents" / "scans" / "phototest.tif"
    ours = tmp_path / "out.wav"
    result = run_bitna("read", str(image), "--lang", "eng", "--wav", str(ours))
    assert result.returncode == 0, result.stderr
    reference = tmp_path / "espeak.wav"
    subprocess.run(
        ["espeak-ng", "-v", "en", "-s", "175", "-w", str(reference), result.stdout],
        check=True,
    )
    assert wav_seconds(ours) == pytest.approx(wav_seconds(reference), rel=0.10)


def test_read_korean_line(shared_data: Path) -> None:
    image = shared_data / "documents" / "korean_lines" / "kor_line_000.png"
    result = run_bitna("read", str(image), "--lang", "kor")
    assert result.returncode == 0, result.stderr
    truth = image.with_name("kor_line_000.gt.txt").read_text(encoding="utf-8")
    assert cer(truth, result.stdout) <= 0.05


def test_missing_file(tmp_path: Path) -> None:
    line = one_line_error(run_bitna("read", str(tmp_path / "nope.png")))
    assert "does not exist" in line


def test_not_an_image(tmp_path: Path) -> None:
    text = tmp_path / "letter.png"
    text.write_text("this is not a picture")
    line = one_line_error(run_bitna("read", str(text)))
    assert "not an image" in line


def test_missing_language(shared_data: Path) -> None:
    image = shared_data / "documents" / "scans" / "phototest.tif"
    line = one_line_error(run_bitna("read", str(image), "--lang", "deu"))
    assert "tesseract-ocr-deu" in line


def test_missing_tesseract(shared_data: Path, tmp_path: Path) -> None:
    image = shared_data / "documents" / "scans" / "phototest.tif"
    env = {**os.environ, "PATH": str(tmp_path)}
    line = one_line_error(run_bitna("read", str(image), env=env, timeout=60))
    assert "Tesseract" in line


def has_sound_card() -> bool:
    cards = Path("/proc/asound/cards")
    return cards.exists() and "no soundcards" not in cards.read_text()


@pytest.mark.skipif(
    sys.platform != "linux" or has_sound_card(), reason="needs a machine without sound"
)
def test_no_audio_device_is_reported(shared_data: Path) -> None:
    """This machine has no sound card: --say must say so, not pretend it spoke."""
    image = shared_data / "documents" / "scans" / "testocr.png"
    result = run_bitna("read", str(image), "--lang", "eng", "--say")
    assert result.returncode != 0
    assert "audio" in result.stderr
    assert "Traceback" not in result.stderr


def test_cameras_lists_none_here() -> None:
    result = run_bitna("cameras")
    assert result.returncode == 0
    assert "demo camera" in result.stdout


def test_headless_commands_do_not_import_qt() -> None:
    code = (
        "import sys; from gui.launcher import main; main(['cameras']);"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_output_closed_early_is_no_traceback(tmp_path: Path) -> None:
    """`bitna read page.png --keep | head -1`: the pipe closes before the page is printed;
    the page is still kept and no traceback is printed."""
    from tests.core.conftest import BITNA

    page = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo_en.png"
    env = {**os.environ, "BITNA_DATA_DIR": str(tmp_path)}
    reading = subprocess.Popen(
        [*BITNA, "read", str(page), "--lang", "eng", "--keep"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert reading.stdout is not None and reading.stderr is not None
    reading.stdout.close()  # the reader has gone before a word is printed
    errors = reading.stderr.read().decode()
    assert reading.wait(timeout=120) == 1
    assert "Traceback" not in errors
    listed = run_bitna("library", "list", env=env)
    assert "Riverside Library" in listed.stdout
