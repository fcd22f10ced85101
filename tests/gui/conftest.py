"""Helpers the window's tests share."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QTextCursor

from core.ocr.tesseract import TesseractEngine
from core.settings import Settings
from core.sources.files import FileSource
from core.speech.fakes import RecordingOutput
from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
from core.speech.speaker import Speaker
from gui.app import Bitna
from gui.reading_pane import ReadingPane


def open_bitna(
    qtbot, source: Path, tmp_path: Path, synchronous: bool = False, **settings: object
) -> Bitna:
    """The real window on a picture or video file, reading English with real Tesseract and
    speaking with real espeak-ng into a recording; started, with its first frame in."""
    app = Bitna(
        settings=Settings(ocr_languages="eng", **settings),  # type: ignore[arg-type]
        source=FileSource(source),
        speech=Speaker(Pyttsx3Synthesizer(), RecordingOutput(realtime=True)),
        ocr=TesseractEngine(),
        speech_log=tmp_path / "said.txt",
        settings_path=tmp_path / "settings.json",
        synchronous=synchronous,
    )
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: app.reader.latest() is not None, timeout=5000)
    return app


def mark_under(pane: ReadingPane, word: str, colour: str) -> list[int]:
    """How thick a mark in `colour` is under the first `word` of the reading pane as shown,
    for each line the word is on: the longest run of pixels of exactly that colour, top to
    bottom, between the baseline and the line's foot under its letters (0: none there, or
    the line is out of view)."""
    image = pane.viewport().grab().toImage()
    found = pane.document().find(word)
    assert not found.isNull(), word
    ascent = QFontMetricsF(pane.document().defaultFont()).ascent()
    lines: dict[int, tuple[QRect, list[int]]] = {}  # each line's height, the letters' edges
    probe = QTextCursor(found)
    for position in range(found.selectionStart(), found.selectionEnd()):
        probe.setPosition(position)
        here = pane.cursorRect(probe)
        probe.setPosition(position + 1)
        after = pane.cursorRect(probe)
        if here.top() == after.top():  # the letter is on this line, not wrapped after it
            lines.setdefault(here.top(), (here, []))[1].extend((here.left(), after.left()))
    thickest = []
    for line, edges in lines.values():
        rows = range(
            max(0, math.ceil(line.top() + ascent) + 1),
            min(image.height(), line.top() + line.height()),
        )
        columns = range(max(0, min(edges) + 1), min(image.width(), max(edges) - 1))
        thickest.append(max((_run(image, x, rows, QColor(colour)) for x in columns), default=0))
    return thickest


def _run(image: QImage, x: int, rows: range, colour: QColor) -> int:
    """The longest run of pixels of `colour` down column `x` of `image` over `rows`."""
    longest = length = 0
    for y in rows:
        length = length + 1 if image.pixelColor(x, y) == colour else 0
        longest = max(longest, length)
    return longest
