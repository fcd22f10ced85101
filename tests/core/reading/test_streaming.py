"""Streaming: the page's first lines are handed on before the rest, and nothing is lost.

Real Tesseract on real pages: the demo letters and the shared scans.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest

from core.document.dewarp import LineStraightening
from core.document.head import HEAD_LINES, find_head, line_bands
from core.document.layout import Region
from core.ocr.base import EngineInfo, Layout
from core.ocr.fakes import FAKE_INFO
from core.plumbing.imageio import load_image
from core.reading.pipeline import ReadPart, ReadPipeline
from core.reading.streaming import without_box
from core.text.metrics import cer, normalise
from core.text.model import Block, Box, Line, PageText, Word, page_from_text
from tests.conftest import DEMO, marked_frame
from tests.core.conftest import demo_frame, needs_tesseract


def lines_image(count: int, letter: int = 30) -> np.ndarray:
    """White page with `count` lines of black bars the height of a letter, 2 letters apart."""
    image = np.full((count * 2 * letter + 2 * letter, 1200), 255, np.uint8)
    for line in range(count):
        top = letter + line * 2 * letter
        for word in range(8):
            left = 40 + word * 140
            image[top : top + letter, left : left + 110] = 0
    return image


def test_line_bands_finds_each_line() -> None:
    image = lines_image(5)
    bands = line_bands(255 - image, 30)
    assert [top for top, _ in bands] == [30 + i * 60 for i in range(5)]


def test_head_is_the_first_line_then_the_next_lines_of_a_long_block() -> None:
    image = lines_image(HEAD_LINES + 3)
    region = Region(Box(0, 0, image.shape[1], image.shape[0]), "text", 0, HEAD_LINES + 3)
    head = find_head(image, (region,), 30)
    assert head is not None and head.open_end
    first, following = head.pieces
    assert len(line_bands(255 - image[first.top : first.bottom], 30)) == 1
    assert len(line_bands(255 - image[following.top : following.bottom], 30)) == HEAD_LINES - 1
    assert following.top == first.bottom  # cut between lines, nothing left out


def test_head_is_a_whole_short_block_and_skips_specks() -> None:
    image = lines_image(3)
    speck = Region(Box(0, 0, 60, 40), "text", 0, 1)  # a page number: too narrow to start
    block = Region(Box(0, 0, image.shape[1], image.shape[0]), "text", 1, 3)
    head = find_head(image, (speck, block), 30)
    assert head is not None
    assert head.box == block.box and not head.open_end
    assert find_head(image, (speck,), 30) is None


def test_head_stops_at_a_gap_between_columns() -> None:
    left = lines_image(8)[:, :600]
    image = np.hstack([left, np.full((left.shape[0], 150), 255, np.uint8), left])
    region = Region(Box(0, 0, image.shape[1], image.shape[0]), "text", 0, 8)
    head = find_head(image, (region,), 30)
    assert head is not None and head.open_end
    assert 560 <= head.box.width <= 620  # the left column only: not across the gutter


def read_streamed(image: np.ndarray, languages: str) -> tuple[list[ReadPart], str]:
    from core.ocr.tesseract import TesseractEngine

    parts: list[ReadPart] = []
    result = ReadPipeline(TesseractEngine(), languages).stream(image, parts.append)
    return parts, result.page.text


@needs_tesseract
@pytest.mark.parametrize(("page", "languages"), [("en", "eng+kor"), ("ko", "kor+eng")])
def test_demo_page_streams_head_first_and_loses_nothing(page: str, languages: str) -> None:
    frame = demo_frame(page, seed=3)
    parts, text = read_streamed(frame, languages)
    assert len(parts) >= 2 and parts[-1].final and not any(p.final for p in parts[:-1])
    texts = [part.page.text for part in parts]
    assert texts[-1] == text
    assert all(later.startswith(earlier) for earlier, later in itertools.pairwise(texts))
    assert len(texts[0]) < len(text)
    expected = (DEMO / f"demo_{page}.txt").read_text(encoding="utf-8")
    assert cer(expected, text) <= 0.02
    # The head is the start of the letter, not a piece from elsewhere.
    assert normalise(expected).startswith(normalise(texts[0])[:10])


@needs_tesseract
def test_streamed_scan_reads_like_the_whole_page(shared_data: Path) -> None:
    scan = shared_data / "documents" / "scans" / "phototest.tif"
    truth = scan.with_suffix(".txt").read_text(encoding="utf-8")
    parts, text = read_streamed(load_image(scan), "eng")
    assert [part.final for part in parts] == [False, False, True]
    assert parts[0].page.text.startswith("This is a lot of 12 point text")
    assert "\n" not in parts[0].page.text.strip()  # the first line alone
    assert all(part.open_end for part in parts[:-1])  # a longer paragraph goes on
    assert cer(truth, text) <= 0.01
    # The paragraph the head cut is one block again: no paragraph break more than the
    # page read at once has.
    from core.ocr.tesseract import TesseractEngine

    at_once = ReadPipeline(TesseractEngine(), "eng", streaming=False).read(load_image(scan))
    assert text.count("\n\n") == at_once.page.text.count("\n\n")


@needs_tesseract
def test_upside_down_page_is_turned_and_streamed_right_way_up() -> None:
    frame = demo_frame("en", seed=5)
    parts, text = read_streamed(cv2.rotate(frame, cv2.ROTATE_180), "eng+kor")
    expected = (DEMO / "demo_en.txt").read_text(encoding="utf-8")
    assert cer(expected, text) <= 0.03
    assert all(text.startswith(part.page.text) for part in parts)


@needs_tesseract
def test_upside_down_page_read_at_once_is_turned_too() -> None:
    """The screen-reader route reads the page at once, not streamed."""
    from core.ocr.tesseract import TesseractEngine

    frame = demo_frame("en", seed=5)
    pipeline = ReadPipeline(TesseractEngine(), "eng+kor", streaming=False)
    result = pipeline.read(cv2.rotate(frame, cv2.ROTATE_180))
    expected = (DEMO / "demo_en.txt").read_text(encoding="utf-8")
    assert cer(expected, result.page.text) <= 0.03
    assert result.prepared is not None and result.prepared.quarter_turns == 2


def test_a_page_without_a_head_comes_in_one_part() -> None:
    from core.ocr.fakes import RecordingOcr

    parts: list[ReadPart] = []
    frame = marked_frame(400, 300)
    result = ReadPipeline(RecordingOcr(["Only this."]), "eng").stream(frame, parts.append)
    assert [(part.page.text, part.final) for part in parts] == [("Only this.", True)]
    assert result.page.text == "Only this."


@needs_tesseract
def test_a_heading_sloping_in_perspective_is_levelled_and_read_first(shared_data: Path) -> None:
    """svt 122629: the page lies sideways and its heading still slopes by 13° when the
    page is level; read unlevelled, it gives "pes planter", and reading would wait for the
    whole page."""
    photo = shared_data / "documents/camera/pages/svt_IMG_20210329_122629.jpg"
    parts, text = read_streamed(load_image(photo), "fra")
    assert not parts[0].final
    assert parts[0].page.text.strip() == "Les plantes"
    assert text.startswith(parts[0].page.text)


@needs_tesseract
def test_reading_starts_at_the_first_block_with_words(shared_data: Path) -> None:
    """A book photo whose first block is the shadow in its corner (read as "|")."""
    photo = shared_data / "documents/camera/no_ground_truth/boston_cooking_b.jpg"
    parts, text = read_streamed(load_image(photo), "eng")
    assert not parts[0].final
    assert parts[0].page.text.startswith("POULTRY")
    assert all(text.startswith(part.page.text) for part in parts)


class UnsureEngine:
    """Reads every part of a page unsure; the page as one column reads clearly.

    Its automatic-layout reading waits (up to 5 s) for the column reading to begin, and
    notes whether it did: the column reading must start on the free core while the
    page is still being read, not after.
    """

    def __init__(self) -> None:
        self.column_started = threading.Event()
        self.column_began_during_layout_reading = False

    def probe(self) -> EngineInfo:
        return FAKE_INFO

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        if layout == "column":
            self.column_started.set()
            return page_from_text(" ".join(["The whole page read as one column."] * 10))
        if layout is None:
            self.column_began_during_layout_reading = self.column_started.wait(5)
            return unsure(page_from_text("Scrambled page."))
        return unsure(page_from_text("Dear friend, thank you for"))


def unsure(page: PageText) -> PageText:
    """`page` with every word at confidence 70."""
    blocks = tuple(
        Block(
            tuple(
                Line(tuple(replace(word, confidence=70.0) for word in line.words), line.box)
                for line in block.lines
            ),
            block.box,
        )
        for block in page.blocks
    )
    return replace(page, blocks=blocks)


def test_an_unsure_page_is_read_as_one_column_on_the_free_core_at_once() -> None:
    frame = demo_frame("en", seed=3)
    engine = UnsureEngine()
    parts: list[ReadPart] = []
    result = ReadPipeline(engine, "eng").stream(frame, parts.append)
    assert engine.column_began_during_layout_reading
    assert parts[0].page.text.startswith("Dear friend")
    assert "one column" in result.page.text and "Scrambled" not in result.page.text


class LayoutsRead:
    """Real Tesseract that notes which layout every reading asked for."""

    def __init__(self) -> None:
        from core.ocr.tesseract import TesseractEngine

        self.engine = TesseractEngine()
        self.layouts: list[Layout | None] = []

    def probe(self) -> EngineInfo:
        return self.engine.probe()

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        self.layouts.append(layout)
        return self.engine.recognize(image, languages, layout)


@needs_tesseract
@pytest.mark.parametrize("streaming", [True, False], ids=["streamed", "at-once"])
@pytest.mark.parametrize("page", ["en", "ko"])
@pytest.mark.parametrize("way", [cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE])
def test_a_sideways_page_is_read_either_way_round_and_only_once(
    page: str, way: int, streaming: bool
) -> None:
    """The ink shows that a page lies sideways, not which way round: its first line read
    both ways tells, before the page is read, so it is never read whole twice (streamed,
    or at once as the screen-reader route reads)."""
    frame = demo_frame(page, seed=4)
    engine = LayoutsRead()
    parts: list[ReadPart] = []
    languages = "eng+kor" if page == "en" else "kor+eng"
    result = ReadPipeline(engine, languages, streaming=streaming).stream(
        cv2.rotate(frame, way), parts.append
    )
    expected = (DEMO / f"demo_{page}.txt").read_text(encoding="utf-8")
    assert cer(expected, result.page.text) <= 0.03
    assert all(result.page.text.startswith(part.page.text) for part in parts)
    assert result.prepared is not None and result.prepared.quarter_turns in (1, 3)
    assert engine.layouts.count(None) == 1  # one reading with Tesseract's layout


def test_a_korean_heading_read_a_syllable_apart_is_where_reading_starts() -> None:
    """Read in eng+kor, Tesseract spaces Korean syllables apart; that is still a heading
    to start from, not a scrap to skip (the page was read from its date, heading after)."""
    from core.reading.confidence import has_words

    assert has_words(page_from_text("ㅣ 햇 살 약 국 복 약 인내"))
    assert not has_words(page_from_text("ㅣ 햇 |"))
    assert not has_words(page_from_text("서음"))
    assert not has_words(page_from_text("i Ba |"))


@needs_tesseract
def test_first_lines_too_close_to_part_are_read_with_the_page(shared_data: Path) -> None:
    """Receipt 011's header, printed in dots and sloping, is one piece of nine lines our
    line finder cannot part. Read as one line it is junk, which passes for an upside-down
    page and would have the whole receipt read both ways (5.9 s instead of 3.3 s): the
    page must be read once, the right way up, and spoken whole, header first."""
    from core.ocr.ppocr import shared_engine

    photo_engine = shared_engine()
    if photo_engine is None:
        pytest.skip("no photo engine (rapidocr)")
    photo = shared_data / "documents/camera/receipts/011.jpg"
    engine = LayoutsRead()
    parts: list[ReadPart] = []
    pipeline = ReadPipeline(engine, "eng", photo_engine=photo_engine)
    result = pipeline.stream(load_image(photo), parts.append)
    assert engine.layouts.count(None) == 1  # not read whole a second time, turned over
    assert "line" not in engine.layouts
    assert normalise(result.page.text).startswith("AIK")
    assert "ENTERPRISE" in result.page.text.split("\n")[1]


@needs_tesseract
@pytest.mark.parametrize(("seed", "frame_turns", "upright_turns"), [(100, 0, 0), (102, 1, 3)])
def test_dense_columns_are_turned_the_way_they_read(
    shared_data: Path, seed: int, frame_turns: int, upright_turns: int
) -> None:
    """A photographed magazine page (UNLV 8071: small print in narrow columns) smears into
    as many pieces down as across, so its ink cannot tell which way its text runs: turned
    by its ink alone, the upright page goes sideways and reads at CER 0.71. A square of it
    is read each way."""
    from benchmarks.synthetic_photos import Look, photograph
    from core.document.prepare import glance_at
    from core.reading.engines import Engines
    from core.reading.stages.orientation import way_up

    page = load_image(shared_data / "documents/scans/8071_093.3B.tif")
    frame = photograph(page, Look(seed, turns=frame_turns))
    glance = glance_at(frame)
    assert glance is not None and glance.turn_unsure
    engine = LayoutsRead()
    turned = way_up(glance, Engines(engine, "eng"))
    assert turned.turns == upright_turns
    assert not turned.turn_unsure


def test_head_stops_at_a_leaning_gap_between_columns() -> None:
    """A page in perspective, not flattened: its lines are level but its columns lean, and
    the gap between them, narrow, shows no empty run straight down the head's lines."""
    left = lines_image(8)[:, :600]
    image = np.hstack([left, left[:, 10:]])  # 60 px between the columns: 2 letters
    lean = 0.1  # columns' edges move this many px right per row down: 6°
    rows = np.arange(image.shape[0], dtype=np.float32)[:, None]
    xs = np.arange(image.shape[1], dtype=np.float32)[None, :] - lean * (rows - image.shape[0] / 2)
    leaning = cv2.remap(
        image,
        xs,
        np.broadcast_to(rows, xs.shape),
        cv2.INTER_NEAREST,
        None,
        cv2.BORDER_CONSTANT,
        255,
    )
    region = Region(Box(0, 0, leaning.shape[1], leaning.shape[0]), "text", 0, 8)
    head = find_head(leaning, (region,), 30)
    assert head is not None
    ink = leaning[head.box.top : head.box.bottom] < 128
    columns = np.flatnonzero(ink.any(axis=0))
    gap = np.flatnonzero(np.diff(columns) > 1)  # the last bar of the left column, and after
    left_end = max(int(columns[i]) for i in gap if columns[i] < 700)
    right_start = min(int(columns[i + 1]) for i in gap if columns[i + 1] > 600)
    assert left_end < head.box.right <= right_start  # cut in the gap, on every row


@needs_tesseract
def test_a_photographed_magazine_page_is_streamed_a_column_at_a_time(shared_data: Path) -> None:
    """UNLV 8071 photographed small and not flattened (benchmarks/synthetic_photos.py): the
    glance's layout has one block over both left-hand columns, whose narrow gutter leans
    7°. The head must hold the first column's lines only ("She sighed. She cause of her
    sadness" was read before)."""
    from benchmarks.synthetic_photos import Look, photograph
    from core.document.fast_head import cut_piece, glance_heads
    from core.document.prepare import glance_at
    from core.ocr.tesseract import TesseractEngine

    scan = load_image(shared_data / "documents" / "scans" / "8071_093.3B.tif")
    glance = glance_at(photograph(scan, Look(101, page_height=0.5)))
    assert glance is not None
    head = next(glance_heads(glance))
    text = " ".join(
        TesseractEngine().recognize(cut_piece(glance, piece), "eng").text for piece in head.pieces
    )
    assert "wandered around the house" in text
    assert "sadness" not in text and "talked" not in text


def test_the_heads_words_are_found_where_they_lay_before_the_lines_were_straightened() -> None:
    """The head is cut from the page as it was; the whole page is read straightened, its
    lines moved up or down (here every point by 40 px): each word is taken out by where it
    lay before, or the head's last line is read twice and the next one lost."""
    words = (Word("head", Box(100, 80, 80, 20), 95.0), Word("rest", Box(100, 130, 80, 20), 95.0))
    page = PageText(
        tuple(Block((Line((word,), word.box),), word.box) for word in words), 400, 300, "eng"
    )
    head = Box(0, 100, 400, 50)  # the head's line, 40 px lower on the page as it was
    moved = LineStraightening(np.full((3, 3), 40, np.float32), (300, 400))
    assert without_box(page, head, moved).text == "rest"
    assert without_box(page, head).text == "head"
