"""Barcodes and QR codes: OpenCV's readers on printed codes seen at an angle, read through
the file source; what Bitna says for them; `bitna codes`."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from benchmarks import object_scenes as scenes
from core.objects.codes import OpenCvCodeReader, speak_code, speakable_address
from core.objects.describe import describe, with_names
from core.objects.model import CodeRead, Recognition
from tests.core.objects.conftest import bitna, through_file_source


def seen(
    code: np.ndarray, tmp_path: Path, *, tilt: float, blur: float = 0.0, seed: int = 1
) -> np.ndarray:
    rng = np.random.default_rng(seed)
    frame = scenes.scene(
        scenes.on_paper(code),
        rng,
        scale=0.9,
        tilt=tilt,
        rotation=float(rng.uniform(-20, 20)),
        blur=blur,
    )
    return through_file_source(frame, tmp_path / f"code-{seed}-{tilt}.png")


@pytest.mark.parametrize("tilt", [0, 20, 30])
def test_qr_codes_are_read_at_an_angle(tmp_path, tilt) -> None:
    for seed, text in enumerate(("https://www.example.com/menu", "유통기한 2027-03-01")):
        codes = OpenCvCodeReader().read(seen(scenes.qr(text), tmp_path, tilt=tilt, seed=seed))
        assert [(c.kind, c.text) for c in codes] == [("QR_CODE", text)]


@pytest.mark.parametrize("tilt", [0, 15])
def test_ean13_barcodes_are_read(tmp_path, tilt) -> None:
    codes = OpenCvCodeReader().read(
        seen(scenes.ean13("880123456789"), tmp_path, tilt=tilt, blur=1.0)
    )
    assert [(c.kind, c.text) for c in codes] == [("EAN_13", "8801234567893")]


def test_a_picture_without_codes_reads_nothing() -> None:
    rng = np.random.default_rng(2)
    assert OpenCvCodeReader().read(scenes.scene(scenes.package(9), rng)) == []


def test_web_addresses_are_spelled_sensibly() -> None:
    assert speakable_address("https://www.example.com/menu?id=42") == (
        "example dot com slash menu question mark id equals 42"
    )
    said = speak_code(CodeRead("QR_CODE", "http://my-shop.example/a_b"))
    assert said == "QR code, web address: my dash shop dot example slash a underscore b."
    assert speak_code(CodeRead("QR_CODE", "Take two tablets")) == "QR code: Take two tablets"


def test_barcodes_are_said_digit_by_digit_and_by_their_taught_name() -> None:
    code = CodeRead("EAN_13", "8801234567893")
    assert speak_code(code) == "Barcode 8 8 0 1 2 3 4 5 6 7 8 9 3."
    named = with_names([code], {"8801234567893": "Green tea"})
    assert speak_code(named[0]) == "Green tea, barcode 8 8 0 1 2 3 4 5 6 7 8 9 3."
    # Seen by sight and by its barcode: said once.
    assert describe([Recognition("Green tea", 200, 40)], named) == "Green tea, I am sure."
    assert describe([Recognition("Green tea", 50, 40)], []) == "Probably Green tea."
    assert describe([], []) == "I don't know this object."


def test_korean_sentences() -> None:
    from core.plumbing.i18n import set_language

    set_language("ko")
    assert describe([], []) == "모르는 물건입니다."
    assert describe([Recognition("녹차", 50, 40)], []) == "아마 녹차입니다."


def test_command_line_codes_and_named_barcode(tmp_path, capsys) -> None:
    path = tmp_path / "label.png"
    cv2.imwrite(str(path), seen(scenes.ean13("880123456789"), tmp_path, tilt=0))
    assert bitna("codes", str(path)) == 0
    assert capsys.readouterr().out.strip() == "EAN_13\t8801234567893"
    assert bitna("objects", "name-code", "8801234567893", "Green tea") == 0
    capsys.readouterr()
    assert bitna("codes", str(path)) == 0
    assert capsys.readouterr().out.strip() == "EAN_13\t8801234567893\tGreen tea"
    assert bitna("objects", "what", str(path)) == 0
    assert capsys.readouterr().out.strip() == ("Green tea, barcode 8 8 0 1 2 3 4 5 6 7 8 9 3.")
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((200, 300, 3), 255, np.uint8))
    assert bitna("codes", str(blank)) == 1
    assert "No barcode or QR code" in capsys.readouterr().err


def test_leaning_labels_that_opencv_misses_are_straightened_and_read() -> None:
    """At 30° of lean OpenCV's own locator loses some labels; `bar_regions` finds them."""
    rng = np.random.default_rng(12)
    reader = OpenCvCodeReader()
    plain = cv2.barcode.BarcodeDetector()
    missed = read = 0
    for _ in range(16):
        digits = "".join(str(d) for d in rng.integers(0, 10, 12))
        number = digits + scenes.ean13_check_digit(digits)
        frame = scenes.scene(
            scenes.on_paper(scenes.ean13(digits)),
            rng,
            scale=0.9,
            tilt=30,
            rotation=float(rng.uniform(-25, 25)),
        )
        ok, texts, _, _ = plain.detectAndDecodeWithType(frame)
        if ok and number in texts:
            continue
        missed += 1
        read += [c.text for c in reader.read(frame)] == [number]
    assert missed >= 2
    assert read >= 0.75 * missed
