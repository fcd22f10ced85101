"""The OCR layer: the result model, languages, fakes, and the real Tesseract on real scans."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import cv2
import numpy as np
import pytest

from core.ocr import tesseract as tesseract_module
from core.ocr.fakes import NullOcr, RecordingOcr
from core.ocr.languages import (
    default_languages,
    language_name,
    missing_languages,
    package_name,
    parse_languages,
)
from core.ocr.tesseract import (
    TesseractEngine,
    missing_language_message,
    not_installed_message,
    page_from_data,
    parse_tsv,
)
from core.plumbing.errors import OcrUnavailableError
from core.text.metrics import cer, normalise
from core.text.model import Block, Box, Line, PageText, Word, page_from_text
from tests.core.conftest import needs_tesseract

TESSERACT = shutil.which("tesseract")
needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="uses a shell-script wrapper")


@pytest.fixture(scope="module")
def engine() -> TesseractEngine:
    if TESSERACT is None:
        pytest.skip("Tesseract is not installed")
    return TesseractEngine()


@pytest.fixture(scope="module")
def line_engine() -> TesseractEngine:
    """Page segmentation mode 7: the image is one line of text."""
    if TESSERACT is None:
        pytest.skip("Tesseract is not installed")
    return TesseractEngine(psm=7)


def read_image(path: Path, flags: int = cv2.IMREAD_COLOR) -> np.ndarray:
    image = cv2.imread(str(path), flags)
    assert image is not None, f"cannot read {path}"
    return image


def scan(shared_data: Path, name: str) -> tuple[np.ndarray, str]:
    """A shared scan and its text."""
    path = shared_data / "documents" / "scans" / name
    return read_image(path), path.with_suffix(".txt").read_text(encoding="utf-8")


def korean_line(shared_data: Path, number: int) -> tuple[Path, str]:
    """A shared picture of one Korean line and its text."""
    folder = shared_data / "documents" / "korean_lines"
    image = folder / f"kor_line_{number:03d}.png"
    truth = (folder / f"kor_line_{number:03d}.gt.txt").read_text(encoding="utf-8")
    return image, truth


def wrapper(tmp_path: Path, body: str) -> str:
    """A shell script standing in front of the real Tesseract."""
    script = tmp_path / "tesseract"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


# --- The result model -------------------------------------------------------------------


def test_box_helpers() -> None:
    box = Box(10, 20, 30, 40)
    assert (box.right, box.bottom) == (40, 60)
    assert box.union(Box(0, 50, 5, 20)) == Box(0, 20, 40, 50)
    assert Box.enclosing([]) == Box(0, 0, 0, 0)
    assert Box.enclosing([box]) == box


def test_texts_join_words_lines_and_blocks() -> None:
    words = (Word("Hello", Box(0, 0, 50, 10), 90.0), Word("world", Box(60, 0, 50, 10), 80.0))
    line = Line(words, Box(0, 0, 110, 10))
    second = Line((Word("Again", Box(0, 20, 50, 10), 70.0),), Box(0, 20, 50, 10))
    block = Block((line, second), Box(0, 0, 110, 30))
    page = PageText((block, Block((second,), second.box)), 200, 100, "eng")
    assert line.text == "Hello world"
    assert block.text == "Hello world\nAgain"
    assert page.text == "Hello world\nAgain\n\nAgain"
    assert [word.text for word in page.words()] == ["Hello", "world", "Again", "Again"]
    assert len(list(page.lines())) == 3
    assert not page.is_empty
    assert PageText.empty(10, 20, "kor").is_empty
    assert PageText.empty().text == ""


def test_page_from_text_has_consistent_synthetic_boxes() -> None:
    text = "First line here\nsecond line\n\n한국어 문단"
    page = page_from_text(text)
    assert page.text == "First line here\nsecond line\n\n한국어 문단"
    assert len(page.blocks) == 2
    for word in page.words():
        assert 0 <= word.box.left < word.box.right <= page.width
        assert 0 <= word.box.top < word.box.bottom <= page.height
        assert word.confidence == 100.0
    tops = [line.box.top for line in page.lines()]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert page_from_text("   \n").is_empty


def test_page_from_data_drops_non_words_and_glues_unspaced_words() -> None:
    header = "\t".join(
        [
            "level",
            "page_num",
            "block_num",
            "par_num",
            "line_num",
            "word_num",
            "left",
            "top",
            "width",
            "height",
            "conf",
            "text",
        ]
    )
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t300\t100\t-1\t",
        "4\t1\t1\t1\t1\t0\t5\t5\t200\t20\t-1\t",
        "5\t1\t1\t1\t1\t1\t5\t5\t20\t20\t91.5\t심",
        "5\t1\t1\t1\t1\t2\t30\t5\t20\t20\t80.25\t있다",
        "5\t1\t1\t1\t1\t3\t60\t5\t20\t20\t95\t   ",
        "5\t1\t1\t1\t1\t4\t90\t5\t250\t20\t88\t오브",
        "5\t1\t1\t2\t1\t1\t5\t50\t40\t20\t-1\tghost",
        "5\t1\t1\t2\t1\t2\t-4\t50\t40\t20\t70\tnext",
    ]
    data = parse_tsv("\n".join([header, *rows]) + "\n")
    page = page_from_data(data, 300, 100, "kor", text="심있다 오브\n\nnext\n")
    assert page.text == "심있다 오브\n\nnext"
    first = page.blocks[0].lines[0].words
    assert first[0] == Word("심있다", Box(5, 5, 45, 20), 80.25)
    assert first[1].box == Box(90, 5, 210, 20)  # clipped to the image
    assert page.blocks[1].lines[0].words[0].box == Box(0, 50, 36, 20)
    # Without the plain text, every TSV word stays a word.
    assert page_from_data(data, 300, 100, "kor").text == "심 있다 오브\n\nnext"


# --- Languages --------------------------------------------------------------------------


def test_parse_and_missing_languages() -> None:
    assert parse_languages("eng+kor") == ["eng", "kor"]
    assert parse_languages(" kor, eng +kor ") == ["kor", "eng"]
    assert parse_languages("") == []
    assert missing_languages("eng+deu+xyz", ["eng", "kor"]) == ["deu", "xyz"]
    assert missing_languages("Hangul", ["Hangul"]) == []


def test_default_languages_follow_the_ui_and_what_is_installed() -> None:
    both = ["eng", "kor", "osd"]
    assert default_languages("ko", both) == "kor+eng"
    assert default_languages("en", both) == "kor+eng"  # eng+kor spaces out Hangul
    assert default_languages("en_US", ["eng", "osd"]) == "eng"
    assert default_languages("ko", ["eng"]) == "eng"
    assert default_languages("fr", ["fra", "eng", "kor"]) == "fra+kor+eng"
    assert default_languages("en", ["osd", "fra"]) == "fra"
    assert default_languages("ko", []) == "kor+eng"


def test_language_names_and_packages() -> None:
    assert language_name("kor") == "Korean"
    assert language_name("xyz") == "xyz"
    assert package_name("kor") == "tesseract-ocr-kor"
    assert package_name("chi_sim") == "tesseract-ocr-chi-sim"
    assert package_name("Hangul") == "tesseract-ocr-script-hang"


def test_messages_differ_by_operating_system() -> None:
    assert "sudo apt install tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor" in (
        not_installed_message("linux")
    )
    assert "Reinstall Bitna, which includes Tesseract" in not_installed_message("win32")
    assert "brew install tesseract tesseract-lang" in not_installed_message("darwin")
    assert "kor.traineddata" in missing_language_message(["kor"], "win32")
    assert "brew install tesseract-lang" in missing_language_message(["kor"], "darwin")
    message = missing_language_message(["deu", "kor"], "linux")
    assert "German, Korean" in message
    assert "sudo apt install tesseract-ocr-deu tesseract-ocr-kor" in message


# --- Fakes ------------------------------------------------------------------------------


def test_null_ocr_reads_nothing() -> None:
    image = np.zeros((30, 40, 3), np.uint8)
    page = NullOcr().recognize(image, "kor")
    assert page.is_empty and (page.width, page.height, page.languages) == (40, 30, "kor")
    assert NullOcr().probe().languages == ("eng", "kor")


def test_recording_ocr_records_calls_and_returns_pages_in_turn() -> None:
    second = page_from_text("Second page")
    ocr = RecordingOcr(["First page", second])
    grey = np.zeros((10, 20), np.uint8)
    colour = np.zeros((30, 40, 3), np.uint8)
    assert ocr.recognize(grey, "eng").text == "First page"
    assert ocr.recognize(colour, "kor+eng") is second
    assert ocr.recognize(colour) is second  # the last page stays
    assert ocr.calls == [((10, 20), "eng"), ((30, 40, 3), "kor+eng"), ((30, 40, 3), "eng")]
    assert RecordingOcr().recognize(grey).is_empty
    failing = RecordingOcr(error=OcrUnavailableError("No Korean."))
    with pytest.raises(OcrUnavailableError):
        failing.recognize(grey)
    assert len(failing.calls) == 1


# --- Real Tesseract ---------------------------------------------------------------------


@needs_tesseract
def test_probe_reports_version_and_languages(engine: TesseractEngine) -> None:
    info = engine.probe()
    assert info.name == "Tesseract"
    assert info.version[:1].isdigit()
    assert "eng" in info.languages
    assert engine.probe() is info  # cached


@needs_tesseract
@pytest.mark.parametrize("name", ["phototest.tif", "testocr.png"])
@pytest.mark.parametrize("languages", ["eng", "default"])
def test_english_scans_read_with_cer_under_two_percent(
    shared_data: Path, engine: TesseractEngine, name: str, languages: str
) -> None:
    if languages == "default":
        languages = default_languages("en", engine.probe().languages)
    image, truth = scan(shared_data, name)
    page = engine.recognize(image, languages)
    assert page.languages == languages
    assert cer(truth, page.text) <= 0.02, page.text


@needs_tesseract
def test_result_model_on_a_real_page(shared_data: Path, engine: TesseractEngine) -> None:
    image, truth = scan(shared_data, "phototest.tif")
    height, width = image.shape[:2]
    page = engine.recognize(image, "eng")
    assert (page.width, page.height) == (width, height)
    assert [len(block.lines) for block in page.blocks] == [3, 5]  # two paragraphs
    for block in page.blocks:
        for line in block.lines:
            assert line.words
            for word in line.words:
                assert word.text and word.text == word.text.strip()
                assert 0 <= word.box.left < word.box.right <= width
                assert 0 <= word.box.top < word.box.bottom <= height
                assert 0.0 <= word.confidence <= 100.0
                assert line.box.union(word.box) == line.box
            assert block.box.union(line.box) == block.box
        tops = [line.box.top for line in block.lines]
        assert tops == sorted(tops)  # reading order kept
    assert "\n".join(line.text for line in page.lines()) == page.text.replace("\n\n", "\n")
    assert normalise(page.text) == normalise(truth)
    assert len(list(page.words())) == len(truth.split())


@needs_tesseract
def test_colour_grey_and_transparent_images_read_alike(
    shared_data: Path, engine: TesseractEngine
) -> None:
    path = shared_data / "documents" / "scans" / "testocr.png"
    texts = {
        engine.recognize(read_image(path, flags), "eng").text
        for flags in (cv2.IMREAD_COLOR, cv2.IMREAD_GRAYSCALE, cv2.IMREAD_UNCHANGED)
    }
    assert len(texts) == 1
    assert read_image(path, cv2.IMREAD_UNCHANGED).shape[2] == 4  # really went the BGRA way


@needs_tesseract
def test_korean_line_reads_with_kor(shared_data: Path, line_engine: TesseractEngine) -> None:
    path, truth = korean_line(shared_data, 1)
    page = line_engine.recognize(read_image(path), "kor")
    assert page.text == truth.strip()
    # Tesseract splits unspaced Hangul into several TSV words; they must come back glued.
    assert [word.text for word in page.words()] == truth.split()


@needs_tesseract
def test_korean_line_in_default_page_mode(shared_data: Path, engine: TesseractEngine) -> None:
    path, truth = korean_line(shared_data, 1)
    assert cer(truth, engine.recognize(read_image(path), "kor+eng").text) <= 0.02


@needs_tesseract
@pytest.mark.slow
def test_all_korean_lines(shared_data: Path, line_engine: TesseractEngine) -> None:
    truths, texts = [], []
    for number in range(40):
        path, truth = korean_line(shared_data, number)
        truths.append(truth)
        texts.append(line_engine.recognize(read_image(path), "kor").text)
    assert cer("\n".join(truths), "\n".join(texts)) <= 0.03  # measured 0.016


@needs_tesseract
def test_blank_pages_are_empty(engine: TesseractEngine) -> None:
    for image in (
        np.full((300, 400, 3), 255, np.uint8),
        np.full((2, 2), 255, np.uint8),
        np.zeros((0, 0, 3), np.uint8),
    ):
        page = engine.recognize(image, "eng+kor")
        assert page.is_empty and page.text == ""
        assert (page.width, page.height) == (image.shape[1], image.shape[0])


@needs_tesseract
def test_bad_arguments_are_programming_errors(engine: TesseractEngine) -> None:
    with pytest.raises(ValueError):
        engine.recognize(np.zeros((10, 10), np.float32))
    with pytest.raises(ValueError):
        engine.recognize(np.zeros((10, 10, 2), np.uint8))
    with pytest.raises(ValueError):
        engine.recognize(np.zeros((10, 10), np.uint8), " + ")


@needs_tesseract
@pytest.mark.parametrize(("code", "name"), [("deu", "German"), ("xyz", "xyz")])
def test_missing_language_names_language_and_package(
    engine: TesseractEngine, code: str, name: str
) -> None:
    if code in engine.probe().languages:
        pytest.skip(f"{code} is installed here")
    with pytest.raises(OcrUnavailableError) as caught:
        engine.recognize(np.full((50, 50), 255, np.uint8), f"eng+{code}")
    message = caught.value.message
    assert name in message
    if sys.platform.startswith("linux"):
        assert f"sudo apt install tesseract-ocr-{code}" in message
    assert "Korean" not in message and "English" not in message


def test_missing_program_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = TesseractEngine(command="/nonexistent/tesseract")
    with pytest.raises(OcrUnavailableError) as caught:
        engine.probe()
    assert caught.value.message == not_installed_message()
    with pytest.raises(OcrUnavailableError):
        engine.recognize(np.full((50, 50), 255, np.uint8))
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(OcrUnavailableError) as caught:
        engine.probe()
    assert "Reinstall Bitna" in caught.value.message


@needs_posix
def test_a_program_that_is_not_tesseract_is_refused(tmp_path: Path) -> None:
    engine = TesseractEngine(command=wrapper(tmp_path, "echo 'not the program you want'"))
    with pytest.raises(OcrUnavailableError) as caught:
        engine.probe()
    assert "not installed or does not work" in caught.value.message


@needs_tesseract
@needs_posix
def test_tesseract_runs_with_one_openmp_thread(shared_data: Path, tmp_path: Path) -> None:
    record = tmp_path / "environment.txt"
    command = wrapper(tmp_path, f'echo "$OMP_THREAD_LIMIT" >> "{record}"\nexec "{TESSERACT}" "$@"')
    image, _ = scan(shared_data, "phototest.tif")
    assert not TesseractEngine(command=command).recognize(image, "eng").is_empty
    assert set(record.read_text().split()) == {"1"}


@needs_tesseract
def test_probe_runs_the_program_only_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    real = tesseract_module._run_program

    def counting(command: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
        calls.append(command)
        return real(command, timeout)

    monkeypatch.setattr(tesseract_module, "_run_program", counting)
    engine = TesseractEngine()
    for _ in range(3):
        engine.recognize(np.full((40, 40), 255, np.uint8), "eng")
    assert sum(1 for call in calls if call[1] in ("--version", "--list-langs")) == 2


@needs_tesseract
@needs_posix
def test_language_tesseract_cannot_load_is_reported(tmp_path: Path) -> None:
    """A language listed but unloadable (say, a broken file) still gets the install hint."""
    command = wrapper(
        tmp_path,
        f'if [ "$1" = "--list-langs" ]; then\n'
        f'  "{TESSERACT}" --list-langs; echo deu; exit 0\nfi\n'
        f'exec "{TESSERACT}" "$@"',
    )
    engine = TesseractEngine(command=command)
    assert "deu" in engine.probe().languages
    with pytest.raises(OcrUnavailableError) as caught:
        engine.recognize(np.full((40, 40), 255, np.uint8), "deu")
    assert "German" in caught.value.message


@needs_tesseract
@needs_posix
def test_tesseract_crash_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    command = wrapper(
        tmp_path,
        f'case "$1" in --*) exec "{TESSERACT}" "$@";; esac\n'
        'echo "Segmentation fault" >&2; exit 139',
    )
    with pytest.raises(OcrUnavailableError) as caught:
        TesseractEngine(command=command).recognize(np.full((40, 40), 255, np.uint8))
    assert "Tesseract stopped with an error" in caught.value.message


@needs_tesseract
def test_slow_reading_is_stopped_with_a_message(shared_data: Path) -> None:
    image, _ = scan(shared_data, "phototest.tif")
    engine = TesseractEngine(timeout=0.01)
    engine.probe()
    with pytest.raises(OcrUnavailableError) as caught:
        engine.recognize(image, "eng")
    assert "longer than 0.01 seconds" in caught.value.message


@needs_tesseract
@needs_posix
def test_temporary_files_are_removed(
    shared_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    image, _ = scan(shared_data, "phototest.tif")
    TesseractEngine().recognize(image, "eng")
    failing = TesseractEngine(
        command=wrapper(tmp_path, f'case "$1" in --*) exec "{TESSERACT}" "$@";; esac\nexit 1')
    )
    with pytest.raises(OcrUnavailableError):
        failing.recognize(image, "eng")
    assert [path.name for path in tmp_path.iterdir()] == ["tesseract"]
