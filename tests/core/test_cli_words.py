"""`bitna read --format json` gives every word with its doubt, read by real Tesseract."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np

from tests.core.conftest import needs_tesseract, run_bitna


def _printed(lines: list[str], path: Path) -> Path:
    """A clean white page with `lines` printed large, as a scanner would give it."""
    page = np.full((120 + 90 * len(lines), 1400, 3), 255, np.uint8)
    for row, line in enumerate(lines):
        cv2.putText(
            page, line, (60, 110 + 90 * row), cv2.FONT_HERSHEY_SIMPLEX, 1.6, (0, 0, 0), 3,
            cv2.LINE_AA,
        )  # fmt: skip
    cv2.imwrite(str(path), page)
    return path


@needs_tesseract
def test_json_words_flag_misread_shapes_and_trust_plain_words(tmp_path: Path) -> None:
    image = _printed(
        ["The water bill is due today.", "Account SET1A paid Like70 now.", "Total 884.79"],
        tmp_path / "bill.png",
    )
    result = run_bitna("read", str(image), "--format", "json", "--lang", "eng")
    assert result.returncode == 0, result.stderr
    words = {word["text"]: word for word in json.loads(result.stdout)["words"]}
    assert {"water", "bill", "Total", "884.79"} <= words.keys(), words.keys()
    for sure in ("water", "bill", "Total", "884.79"):
        assert not words[sure]["unsure"], words[sure]
    assert words["884.79"]["number"] and not words["water"]["number"]
    # Printed as misreads look: a digit among letters, a word and a number run together.
    assert words["SET1A"]["unsure"] and "letters and digits" in words["SET1A"]["why"]
    assert words["Like70"]["unsure"] and words["Like70"]["number"]
