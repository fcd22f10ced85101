"""Live text in the real window: a camera-like video of boxes held under the camera, read by
real Tesseract and said by real espeak-ng, driven by the command."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtWidgets import QCheckBox, QComboBox

from benchmarks.scene_videos import Script, write
from core.ocr.fakes import RecordingOcr
from core.ocr.tesseract import TesseractEngine
from core.plumbing.errors import OcrUnavailableError
from core.settings import Settings
from core.sources.files import FileSource
from core.speech.fakes import RecordingOutput
from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
from core.speech.speaker import Speaker
from core.text.metrics import cer
from gui.app import Bitna
from gui.settings_dialog import Choices, SettingsDialog

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CEREAL = ("OAT CRUNCH", "Whole grain cereal", "Net weight 400 g", "Shake well", "Shake well")
SOUP = ("TOMATO SOUP", "Heat and serve", "Keep refrigerated")


def box_face(lines: tuple[str, ...], size: tuple[int, int] = (520, 330)) -> np.ndarray:
    """A printed face of a box: its first line large, the rest smaller, on card."""
    image = Image.new("RGB", size, (228, 218, 190))
    draw = ImageDraw.Draw(image)
    y = 18
    for number, text in enumerate(lines):
        points = 40 if number == 0 else 24
        draw.text((22, y), text, fill=(25, 25, 60), font=ImageFont.truetype(FONT, points))
        y += round(points * 1.6)
    return cv2.cvtColor(np.array(image), cv2.COLOR_RGB2BGR)


def boxes_video(folder: Path) -> Path:
    """The cereal box slid in and held in a shaking hand, taken away; the soup the same;
    then the cereal box again."""
    script = Script([box_face(CEREAL), box_face(SOUP)])
    for index in (0, 1, 0):
        script.empty(1.0)
        script.slide_in(index)
        script.hold(index, 9.0, jitter=5, seed=index)
        script.turn(index)
    script.empty(30.0)  # the video loops: the desk stays empty long after
    return write(script, "boxes", folder).path


def heard(app: Bitna) -> list[str]:
    return [item.text for item in app.live_text.live.heard]


def matches(said: str, line: str) -> bool:
    return cer(line, said, casefold=True) <= 0.2


def test_live_text_reads_each_line_once_per_appearance(qtbot, tmp_path: Path) -> None:
    video = boxes_video(tmp_path)
    app = Bitna(
        settings=Settings(ocr_languages="eng"),
        source=FileSource(video),
        speech=Speaker(Pyttsx3Synthesizer(), RecordingOutput(realtime=True)),
        ocr=TesseractEngine(),
        speech_log=tmp_path / "said.txt",
        settings_path=tmp_path / "settings.json",
    )
    qtbot.addWidget(app.window)
    app.start()
    try:
        qtbot.waitUntil(lambda: app.reader.latest() is not None, timeout=5000)
        app.commands.trigger("live-text")
        assert app.live_text.running
        assert app.announcer.history()[-1].text.startswith("Live text on.")
        threads = [t for t in threading.enumerate() if t.name == "bitna-live-text"]
        assert threads and threads[0] is not threading.current_thread()
        # Cereal, soup, cereal again: 5 + 3 + 5 lines, each said once per appearance.
        qtbot.waitUntil(
            lambda: sum(matches(s, "TOMATO SOUP") for s in heard(app)) == 1, timeout=40000
        )
        qtbot.waitUntil(
            lambda: sum(matches(s, "OAT CRUNCH") for s in heard(app)) == 2, timeout=40000
        )
        qtbot.wait(9000)  # the second cereal box's lines, and nothing more
        said = heard(app)
        for line in ("OAT CRUNCH", "Whole grain cereal", "Net weight 400 g"):
            assert sum(matches(s, line) for s in said) == 2, (line, said)
        assert sum(matches(s, "Shake well") for s in said) == 4, said  # two lines, twice
        for line in SOUP:
            assert sum(matches(s, line) for s in said) == 1, (line, said)
        assert len(said) == 13, said
        # Said in the window too: announced as reading, and shown in the reading pane.
        readings = [u.text for u in app.announcer.history() if u.role.value == "reading"]
        assert readings == said
        assert said[-1] in app.window.reading_pane.toPlainText()
        app.commands.trigger("live-text")
        assert not app.live_text.running
        assert app.announcer.history()[-1].text == "Live text off."
    finally:
        app.shutdown()


def on_empty_desk(qtbot, tmp_path: Path) -> Bitna:
    """The window started on a still picture of an empty desk, reading English."""
    still = tmp_path / "desk.png"
    cv2.imwrite(str(still), np.full((360, 640, 3), 60, np.uint8))
    app = Bitna(
        settings=Settings(ocr_languages="eng"),
        source=FileSource(still),
        speech=Speaker(Pyttsx3Synthesizer(), RecordingOutput()),
        ocr=TesseractEngine(),
        settings_path=tmp_path / "settings.json",
    )
    qtbot.addWidget(app.window)
    app.start()
    return app


def test_stop_and_auto_capture_turn_live_text_off(qtbot, tmp_path: Path) -> None:
    app = on_empty_desk(qtbot, tmp_path)
    try:
        app.commands.trigger("live-text")
        assert app.live_text.running
        app.commands.trigger("stop")
        assert not app.live_text.running
        app.commands.trigger("live-text")
        app.commands.trigger("auto-capture")
        assert app.handsfree.auto_capture and not app.live_text.running
        app.commands.trigger("live-text")
        assert app.live_text.running and not app.handsfree.auto_capture
    finally:
        app.shutdown()


def test_the_settings_choose_live_texts_languages_and_expiry_dates(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), Choices(languages=["eng", "kor"]))
    qtbot.addWidget(dialog)
    languages, expiry = dialog.fields["live_text_languages"], dialog.fields["live_text_expiry"]
    assert languages.accessibleName() == "Live text languages"
    assert expiry.accessibleName() == "Announce expiry dates on their own in live text"
    assert languages.accessibleDescription() and expiry.accessibleDescription()
    assert isinstance(languages, QComboBox) and isinstance(expiry, QCheckBox)
    offered = [languages.itemData(n) for n in range(languages.count())]
    assert offered == ["", "eng+kor", "eng", "kor"]
    languages.setCurrentIndex(languages.findData("kor"))
    expiry.setChecked(False)
    chosen = dialog.settings()
    assert (chosen.live_text_languages, chosen.live_text_expiry) == ("kor", False)

    app = on_empty_desk(qtbot, tmp_path)
    try:
        app.commands.trigger("live-text")
        assert app.live_text.languages == "eng"  # as pages are read
        app.commands.trigger("live-text")
        app.apply_settings(chosen)
        app.commands.trigger("live-text")
        assert app.live_text.languages == "kor" and not app.live_text.live.announce_expiry
    finally:
        app.shutdown()


def test_a_missing_language_stops_live_text_and_says_what_to_install(qtbot, tmp_path: Path) -> None:
    still = tmp_path / "box.png"
    frame = np.full((720, 1280, 3), 60, np.uint8)
    face = box_face(SOUP)
    frame[200 : 200 + face.shape[0], 300 : 300 + face.shape[1]] = face
    cv2.imwrite(str(still), frame)
    missing = OcrUnavailableError("Korean text recognition is not installed. Install it.")
    app = Bitna(
        settings=Settings(ocr_languages="eng"),
        source=FileSource(still),
        speech=Speaker(Pyttsx3Synthesizer(), RecordingOutput()),
        ocr=RecordingOcr(error=missing),
        settings_path=tmp_path / "settings.json",
    )
    qtbot.addWidget(app.window)
    app.start()
    try:
        qtbot.waitUntil(lambda: app.reader.latest() is not None, timeout=5000)
        app.commands.trigger("live-text")
        qtbot.waitUntil(lambda: not app.live_text.running, timeout=10000)
        last = app.announcer.history()[-1]
        assert (last.text, last.role.value) == (missing.message, "error")
        assert app.window.status.text() == missing.message  # shown as well as said
    finally:
        app.shutdown()
