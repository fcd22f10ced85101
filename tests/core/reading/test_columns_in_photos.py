"""Columns in photos read in column order (issue 22): the UNLV magazine spread 8071 (four
columns of small print) photographed large and sideways as benchmarks/synthetic_photos.py
does it, read by the whole pipeline with real Tesseract and PP-OCR. Tesseract's layout read
the third column's second half after the fourth column's top (CER 0.30).
(Rows read across the gutter by PP-OCR are tested in tests/core/document/test_gutters.py.)
Measured: benchmarks/README.md#columns-in-photos
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.ocr.ppocr import shared_engine
from core.ocr.tesseract import TesseractEngine
from core.plumbing.imageio import load_image
from core.reading.pipeline import ReadPipeline
from tests.core.conftest import needs_tesseract

#: Lines of 8071's four columns, two from each, in reading order.
IN_ORDER = (
    "wandered around the house",
    "questioned her until he learned the",
    "years old",
    "long-term experience of 100",
    "tional values, rooted in the bedrock",
    "lar had this confirmed in reverse",
    "assemble a tricycle he had just",
    "child is through the affection he",
)


def squeezed(text: str) -> str:
    """`text` lower case with only its letters and digits: a quote or a space read
    differently does not hide a line."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def places(text: str) -> list[int]:
    """Where each of IN_ORDER's lines is in `text` (-1 where it is not)."""
    read = squeezed(text)
    return [read.find(squeezed(line)) for line in IN_ORDER]


@needs_tesseract
def test_the_four_columns_of_a_photographed_magazine_spread_read_in_order(
    shared_data: Path,
) -> None:
    from benchmarks.synthetic_photos import SCAN_LOOKS, photograph, scan_looks

    photo_engine = shared_engine()
    if photo_engine is None:
        pytest.skip("PP-OCR (rapidocr) is not installed")
    scan = load_image(shared_data / "documents" / "scans" / "8071_093.3B.tif")
    seed = 100 + 10 * list(SCAN_LOOKS).index("8071")  # as the benchmark takes it
    frame = photograph(scan, scan_looks(seed)["large_turned3"])
    pipeline = ReadPipeline(TesseractEngine(), "eng", photo_engine=photo_engine)
    found = places(pipeline.read(frame).page.text)
    assert -1 not in found, [line for line, at in zip(IN_ORDER, found, strict=True) if at < 0]
    assert found == sorted(found)
