"""`bitna read` on frames without text prints nothing and exits 1; a one-word label reads.

The frames are benchmarks/invented_text.py's (generated, seeded): its table is in
benchmarks/README.md#invented-text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import cv2
import numpy as np
import pytest

from tests.conftest import ROOT
from tests.core.conftest import needs_tesseract, run_bitna


@pytest.fixture
def invented_text(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # its scripts import each other
    from benchmarks import invented_text

    return invented_text


def _saved(frame: np.ndarray, folder: Path) -> Path:
    path = folder / "frame.png"
    assert cv2.imwrite(str(path), frame)
    return path


def _frame(module: ModuleType, name: str) -> np.ndarray:
    makers: dict[str, Callable[[], np.ndarray]] = (
        module.sheets() | module.surfaces() | module.hands()
    )
    return makers[name]()


@needs_tesseract
@pytest.mark.parametrize(
    "name",
    [
        "white sheet 8 MP",  # issue 28: printed "962192" and exited 0
        "crumpled, hand's shadow 8 MP",
        "plain green 8 MP",
        "knit 8 MP",  # rows of stitches taken for lines of letters: 4113 characters of junk
        "knit, thick 1080p",
        "hand over sheet 1080p",
    ],
)
@pytest.mark.parametrize("languages", ["eng", "eng+kor"])
def test_a_frame_without_text_prints_nothing(
    invented_text: ModuleType, tmp_path: Path, name: str, languages: str
) -> None:
    frame = _frame(invented_text, name)
    result = run_bitna("read", str(_saved(frame, tmp_path)), "--lang", languages)
    assert result.stdout == ""
    assert result.returncode == 1, result.stderr
    assert "no text found" in result.stderr


@needs_tesseract
@pytest.mark.parametrize("name", ["'Salt' label 8 MP", "'Salt' jar 8 MP", "'소금' label 8 MP"])
def test_a_label_of_one_short_word_is_read(
    invented_text: ModuleType, tmp_path: Path, name: str
) -> None:
    word, languages, make = invented_text.short_words()[name]
    result = run_bitna("read", str(_saved(make(), tmp_path)), "--lang", languages)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [word]
