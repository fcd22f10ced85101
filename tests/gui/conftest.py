"""Helpers the window's tests share."""

from __future__ import annotations

from pathlib import Path

from core.ocr.tesseract import TesseractEngine
from core.settings import Settings
from core.sources.files import FileSource
from core.speech.fakes import RecordingOutput
from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
from core.speech.speaker import Speaker
from gui.app import Bitna


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
