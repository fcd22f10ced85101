"""Hands-free reading in the real window: auto-capture from a camera-like video, "Where is
the page?", book mode with its pages, and the settings, all driven by commands."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import pytest
from PySide6.QtWidgets import QSpinBox

from benchmarks.scene_videos import Script, desk, fit, load_pages, place, write
from core.reading.reflow import reflowed_text
from core.settings import Settings
from gui.app import Bitna
from gui.goto_page_dialog import GoToPageDialog
from gui.settings_dialog import Choices, SettingsDialog
from tests.conftest import open_book, spread
from tests.gui.conftest import open_bitna


def said(app: Bitna) -> list[str]:
    return [utterance.text for utterance in app.announcer.history()]


def test_auto_capture_reads_a_page_put_under_the_camera_once(
    qtbot, shared_data: Path, tmp_path: Path
) -> None:
    page = fit(load_pages(shared_data / "documents", 1)[0])
    script = Script([page])
    script.empty(1.0)
    script.slide_in(0)
    script.hold(0, 12.0)
    clip = write(script, "page", tmp_path)
    app = open_bitna(qtbot, clip.path, tmp_path)
    try:
        app.commands.trigger("auto-capture")
        assert app.handsfree.auto_capture
        assert "Auto-capture on." in said(app)[-1]
        scene = [t for t in threading.enumerate() if t.name == "bitna-scene"]
        assert scene and scene[0] is not threading.current_thread()  # off the UI thread
        qtbot.waitUntil(
            lambda: app.flow.page is not None and not app.flow.recognising, timeout=30000
        )
        assert "12 point" in app.window.reading_pane.toPlainText()
        qtbot.wait(1500)  # the page stays: it is not read again
        reads = [d for d in app.handsfree.capture.decisions if d.outcome.value == "read"]
        assert len(reads) == 1
        assert said(app).count("Reading.") == 1
        app.commands.trigger("auto-capture")
        assert not app.handsfree.auto_capture and said(app)[-1] == "Auto-capture off."
    finally:
        app.shutdown()


def test_where_is_the_page_says_which_way_to_move_it(
    qtbot, shared_data: Path, tmp_path: Path
) -> None:
    page = fit(load_pages(shared_data / "documents", 1)[0], share=0.8)
    frame = desk()
    place(frame, page, 1280 - page.shape[1] * 3 // 4, 70)  # a quarter off the right edge
    cv2.imwrite(str(tmp_path / "cut.png"), frame)
    app = open_bitna(qtbot, tmp_path / "cut.png", tmp_path, synchronous=True)
    try:
        app.commands.trigger("where-is-page")
        assert said(app)[-1] == "The page is cut off on the right. Move it to the left."
        assert app.window.status.text() == said(app)[-1]  # shown as well as spoken
    finally:
        app.shutdown()


def test_book_mode_reads_a_spread_left_then_right_and_keeps_the_pages(
    qtbot, shared_data: Path, tmp_path: Path
) -> None:
    cv2.imwrite(str(tmp_path / "book.png"), spread(shared_data / "documents"))
    app = open_bitna(qtbot, tmp_path / "book.png", tmp_path, synchronous=True)
    handsfree = app.handsfree
    try:
        app.commands.trigger("next-page")
        assert "no pages yet" in said(app)[-1]
        app.commands.trigger("book-mode")
        assert said(app)[-1].startswith("Book mode on.")
        app.commands.trigger("read")  # in book mode, Read puts the page into the book
        assert len(handsfree.book) == 2 and handsfree.book.current == 2
        text = app.window.reading_pane.toPlainText()
        assert text.index("Page 1.") < text.index("brown") < text.index("Page 2.")
        assert text.index("Page 2.") < text.index("12 point")
        assert app.flow.page is not None and reflowed_text(app.flow.page) == text
        assert len(app.flow.page.text) == len(text)  # the highlight's offsets hold

        app.commands.trigger("previous-page")
        assert app.window.reading_pane.toPlainText().startswith("Page 1.")
        app.commands.trigger("previous-page")
        assert said(app)[-1] == "This is the first page."
        handsfree._ask_page = lambda count, current: 2
        app.commands.trigger("go-to-page")
        assert app.window.reading_pane.toPlainText().startswith("Page 2.")
        app.commands.trigger("next-page")
        assert said(app)[-1] == "That was the last page, page 2."
        app.commands.trigger("reread-page")
        assert app.window.reading_pane.toPlainText().startswith("Page 2.")

        handsfree._ask_path = lambda title, suggested, filters: tmp_path / "book"
        app.commands.trigger("export-book")
        saved = (tmp_path / "book.txt").read_text(encoding="utf-8")
        assert saved == handsfree.book.text() and "12 point" in saved
        assert said(app)[-1] == "Saved 2 pages as book.txt."
        app.commands.trigger("book-mode")
        assert said(app)[-1] == "Book mode off. The book keeps its 2 pages."
    finally:
        app.shutdown()


def test_auto_capture_in_book_mode_keeps_every_page_in_order(
    qtbot, shared_data: Path, tmp_path: Path
) -> None:
    documents = shared_data / "documents"
    script = Script([open_book(documents), open_book(documents, swapped=True)])
    script.empty(0.6)
    for index in range(2):  # the second spread comes while the first is still recognised
        script.slide_in(index)
        script.hold(index, 0.8)
        script.turn(index)
    script.empty(30.0)
    clip = write(script, "book", tmp_path)
    # A new spread cuts the reading short, yet the pages still being recognised are kept.
    app = open_bitna(qtbot, clip.path, tmp_path, handsfree_turn="interrupt")
    try:
        app.commands.trigger("book-mode")
        app.commands.trigger("auto-capture")
        qtbot.waitUntil(lambda: len(app.handsfree.book) == 4, timeout=90000)
        texts = [page.text.casefold() for page in app.handsfree.book.pages]
        assert ["brown" in text and "12 point" not in text for text in texts] == [
            True,
            False,
            False,
            True,
        ]
        assert all("12 point" in texts[n] for n in (1, 2))
    finally:
        app.shutdown()


def test_the_settings_change_auto_capture(qtbot) -> None:
    dialog = SettingsDialog(Settings(), Choices())
    qtbot.addWidget(dialog)
    names = {name: widget.accessibleName() for name, widget in dialog.fields.items()}
    assert names["handsfree_sensitivity"] == "Auto-capture sensitivity (1 to 5)"
    assert names["handsfree_delay_ms"] == "Auto-capture delay (milliseconds still)"
    assert names["handsfree_turn"] == "A new page while reading"
    for name in ("handsfree_sensitivity", "handsfree_delay_ms", "handsfree_turn"):
        assert dialog.fields[name].accessibleDescription()
    sensitivity = dialog.fields["handsfree_sensitivity"]
    delay = dialog.fields["handsfree_delay_ms"]
    assert isinstance(sensitivity, QSpinBox) and isinstance(delay, QSpinBox)
    sensitivity.setValue(5)
    delay.setValue(600)
    turn = dialog.fields["handsfree_turn"]
    turn.setCurrentIndex(turn.findData("interrupt"))
    chosen = dialog.settings()
    assert (chosen.handsfree_sensitivity, chosen.handsfree_delay_ms) == (5, 600)
    assert chosen.handsfree_turn == "interrupt"


def test_settings_reach_the_watcher(qtbot, tmp_path: Path) -> None:
    cv2.imwrite(str(tmp_path / "desk.png"), desk())
    app = open_bitna(qtbot, tmp_path / "desk.png", tmp_path, synchronous=True)
    try:
        app.apply_settings(
            Settings(handsfree_sensitivity=5, handsfree_delay_ms=800, handsfree_turn="interrupt")
        )
        capture = app.handsfree.capture
        assert capture.watcher.delay == pytest.approx(0.8)
        assert capture.watcher.sensitivity == 5 and capture.interrupt_on_turn
    finally:
        app.shutdown()


def test_go_to_page_dialog_is_named_and_limited_to_the_book(qtbot) -> None:
    dialog = GoToPageDialog(12, 3)
    qtbot.addWidget(dialog)
    assert dialog.field.accessibleName() == "Page number (1 to 12)"
    assert dialog.field.accessibleDescription()
    assert (dialog.field.minimum(), dialog.field.maximum(), dialog.number()) == (1, 12, 3)
    dialog.field.setValue(40)
    assert dialog.number() == 12
    assert dialog.field.minimumHeight() >= 44
