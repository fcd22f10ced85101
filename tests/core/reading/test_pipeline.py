"""The read pipeline end to end with real Tesseract: demo frames, Korean, merging."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from core.ocr.base import EngineInfo, Layout
from core.ocr.fakes import FAKE_INFO, RecordingOcr
from core.reading.pipeline import ReadPipeline
from core.text.metrics import cer
from core.text.model import PageText, merge_pages, page_from_text
from tests.conftest import DEMO
from tests.core.conftest import demo_frame, needs_tesseract


def test_merge_pages_keeps_order_and_moves_boxes() -> None:
    first, second = page_from_text("one two"), page_from_text("three")
    merged = merge_pages([(first, 0, 0), (second, 100, 500)], 800, 900, "eng")
    assert merged.text == "one two\n\nthree"
    assert merged.blocks[1].box.left == second.blocks[0].box.left + 100
    assert merged.blocks[1].lines[0].words[0].box.top == second.blocks[0].box.top + 500


def test_pipeline_works_with_any_engine() -> None:
    frame = demo_frame("en", seed=1)
    engine = RecordingOcr(["Hello"])
    result = ReadPipeline(engine, "eng", streaming=False).read(frame)
    assert result.page.text == "Hello"
    assert result.prepared is not None
    assert engine.calls  # the prepared page was handed to the engine


@needs_tesseract
@pytest.mark.parametrize(("page", "languages"), [("en", "eng+kor"), ("ko", "kor+eng")])
def test_demo_frames_read_almost_perfectly(page: str, languages: str) -> None:
    from core.ocr.tesseract import TesseractEngine

    frame = demo_frame(page, seed=7)
    result = ReadPipeline(TesseractEngine(), languages).read(frame)
    expected = (DEMO / f"demo_{page}.txt").read_text(encoding="utf-8")
    assert cer(expected, result.page.text) <= 0.02


@needs_tesseract
def test_korean_line_reads_exactly(shared_data: Path) -> None:
    from core.ocr.tesseract import TesseractEngine
    from core.plumbing.imageio import load_image

    folder = shared_data / "documents" / "korean_lines"
    image = load_image(folder / "kor_line_000.png")
    truth = (folder / "kor_line_000.gt.txt").read_text(encoding="utf-8")
    result = ReadPipeline(TesseractEngine(), "kor").read(image)
    assert cer(truth, result.page.text) <= 0.02


@needs_tesseract
def test_light_text_on_a_dark_ground_reads_like_dark_on_light() -> None:
    """A negative of the demo page (white letters on black, like a sign or a slide)."""
    import cv2

    from core.ocr.tesseract import TesseractEngine

    frame = demo_frame("en", seed=7)
    result = ReadPipeline(TesseractEngine(), "eng+kor").read(cv2.bitwise_not(frame))
    expected = (DEMO / "demo_en.txt").read_text(encoding="utf-8")
    assert cer(expected, result.page.text) <= 0.03


@needs_tesseract
def test_road_sign_with_white_letters_is_read(shared_data: Path) -> None:
    from core.ocr.tesseract import TesseractEngine
    from core.plumbing.imageio import load_image

    sign = load_image(shared_data / "documents/camera/no_ground_truth/korean_road_sign.png")
    words = ReadPipeline(TesseractEngine(), "kor+eng").read(sign).page.text.split()
    for name in ("서울", "평양", "Seoul", "Pyeongyang", "56Km", "205Km"):
        assert name in words


@needs_tesseract
def test_a_junk_first_line_does_not_turn_a_receipt_upside_down(shared_data: Path) -> None:
    """Receipt 011's logo line reads as junk either way up; the whole page decides."""
    from core.ocr.tesseract import TesseractEngine
    from core.plumbing.imageio import load_image

    folder = shared_data / "documents" / "camera" / "receipts"
    result = ReadPipeline(TesseractEngine(), "eng").read(load_image(folder / "011.jpg"))
    assert result.prepared is not None and result.prepared.quarter_turns == 0
    truth = (folder / "011.gt.txt").read_text(encoding="utf-8")
    assert cer(truth.casefold(), result.page.text.casefold()) < 0.4


@needs_tesseract
@pytest.mark.parametrize(
    ("photo", "truth"),
    [
        ("hist_geo_IMG_20210329_122543.jpg", "truth_hist_geo.txt"),
        ("svt_IMG_20210329_122629.jpg", "truth_svt.txt"),  # the page lies sideways
    ],
)
def test_a_page_photographed_at_an_angle_reads_block_by_block(
    shared_data: Path, photo: str, truth: str
) -> None:
    """Lines slope differently from top to bottom; read with Tesseract's layout these
    pages gave CER 0.42 and 0.56 (naive Tesseract: 0.59 and 0.47)."""
    from core.ocr.tesseract import TesseractEngine
    from core.plumbing.imageio import load_image

    folder = shared_data / "documents" / "camera" / "pages"
    result = ReadPipeline(TesseractEngine(), "fra").read(load_image(folder / photo))
    expected = (folder / truth).read_text(encoding="utf-8")
    assert cer(expected, result.page.text) <= 0.15


class LostLayout:
    """Tesseract's layout finding nothing on a Korean page (seen on photos of the Korean
    demo letter), while the page read as one column, or line by line, is Korean."""

    def __init__(self, column: str) -> None:
        self.column = column

    def probe(self) -> EngineInfo:
        return FAKE_INFO

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        height, width = image.shape[:2]
        if layout is None:
            return PageText.empty(width, height, languages)
        return page_from_text(self.column)


@pytest.mark.parametrize(
    ("column", "photo_engine_used"),
    [("처방하신 혈압약을 준비해 두었습니다.", False), ("Prescription ready for pickup.", True)],
)
def test_a_page_the_layout_lost_goes_to_the_photo_engine_only_if_it_is_latin(
    column: str, photo_engine_used: bool
) -> None:
    """The photo engine reads Hangul as junk: a page whose layout reading is empty must
    not go to it because the empty reading holds no Hangul."""
    frame = demo_frame("ko", seed=2)
    photo = RecordingOcr(["8 8 B"])
    pipeline = ReadPipeline(LostLayout(column), "kor+eng", streaming=False, photo_engine=photo)
    text = pipeline.read(frame).page.text
    assert bool(photo.calls) is photo_engine_used
    assert text == ("8 8 B" if photo_engine_used else column)


@pytest.mark.parametrize("streaming", [True, False])
def test_a_page_without_text_is_not_given_to_the_photo_engine(streaming: bool) -> None:
    """A blank or black frame: Tesseract reads nothing, so the page would go to the photo
    engine to tell its script; the look for text ends such a frame before it is asked
    (its detector alone took 300-450 MB on such pages)."""
    photo = RecordingOcr(["junk"])
    for frame in (np.full((1080, 1920, 3), 255, np.uint8), np.zeros((1080, 1920, 3), np.uint8)):
        pipeline = ReadPipeline(RecordingOcr(), "eng", streaming=streaming, photo_engine=photo)
        assert pipeline.read(frame).page.is_empty
    assert photo.calls == []
    # A page with text, read as nothing by Tesseract, still goes to it. (A frame too poor
    # for the look for text to read a word in, such as a line of tiny print on black, now
    # ends at the look: stages/text_probe.py.)
    photo = RecordingOcr(["words"])
    pipeline = ReadPipeline(RecordingOcr(), "eng", streaming=streaming, photo_engine=photo)
    pipeline.read(demo_frame("en", seed=2))
    assert photo.calls


@needs_tesseract
@pytest.mark.parametrize("look", ["large", "small", "sideways", "webcam"])
def test_photos_of_the_korean_letter_never_seen_in_tuning_read_whole(look: str) -> None:
    """Synthetic photos (benchmarks/synthetic_photos.py): on a grainy desk, small in an
    8 MP frame, sideways, or filling a 1080p webcam's frame from top to bottom. Tesseract's
    layout lost 36-100 % of their lines; the desk's grain beside the small page and the
    webcam's page read as lines of junk before the page was cut from it."""
    from benchmarks.synthetic_photos import Look, photograph
    from core.ocr.ppocr import shared_engine
    from core.ocr.tesseract import TesseractEngine

    looks = {
        "large": Look(seed=2, page_height=0.8),
        "small": Look(seed=2, page_height=0.5),
        "sideways": Look(seed=2, turns=3, page_height=0.5),
        "webcam": Look(seed=7, page_height=0.95, blur=0.7, frame=(1920, 1080)),
    }
    page = cv2.imread(str(DEMO / "demo_ko.png"), cv2.IMREAD_COLOR)
    frame = photograph(page, looks[look])
    pipeline = ReadPipeline(TesseractEngine(), "kor+eng", photo_engine=shared_engine())
    text = pipeline.read(frame).page.text
    assert cer((DEMO / "demo_ko.txt").read_text(encoding="utf-8"), text) <= 0.03
