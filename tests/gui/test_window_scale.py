"""The whole window at 100-300 %: nothing clipped, nothing overlapping, targets big enough."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRect

from core.ocr.fakes import NullOcr
from core.settings import Settings
from core.sources.demo import DemoSource
from core.speech.fakes import NullSpeech
from gui.app import Bitna


@pytest.fixture
def bitna(qtbot):
    app = Bitna(settings=Settings(), source=DemoSource("en"), speech=NullSpeech(), ocr=NullOcr())
    qtbot.addWidget(app.window)
    yield app
    app.shutdown()


def global_rect(widget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("scale", [100, 200, 300])
def test_no_clipped_or_overlapping_controls(qtbot, bitna: Bitna, scale: int) -> None:
    window = bitna.window
    bitna.apply_settings(dataclasses.replace(bitna.settings, ui_scale=scale))
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    buttons = list(window.buttons.values())
    for button in buttons:
        hint = button.sizeHint()
        assert button.width() >= hint.width() and button.height() >= hint.height(), (
            f"{button.accessibleName()} squeezed to {button.size()} below {hint} at {scale} %"
        )
        metrics = button.fontMetrics()
        for line in button.text().splitlines():
            assert metrics.horizontalAdvance(line) <= button.contentsRect().width()
        assert button.width() >= 44 and button.height() >= 44
    rects = [global_rect(button) for button in buttons]
    for index, rect in enumerate(rects):
        for other in rects[index + 1 :]:
            assert not rect.intersects(other)
        assert not rect.intersects(global_rect(window.splitter))


def test_bigger_and_smaller_commands(qtbot, bitna: Bitna) -> None:
    bitna.commands.trigger("bigger")
    assert bitna.settings.ui_scale == 125
    assert bitna.announcer.last().text == "Size 125 percent."
    for _ in range(12):
        bitna.commands.trigger("bigger")
    assert bitna.settings.ui_scale == 300
    assert bitna.announcer.last().text == "Already the largest size."
    bitna.commands.trigger("smaller")
    assert bitna.settings.ui_scale == 275


def test_read_waits_for_the_first_picture_then_says_there_is_none(qtbot) -> None:
    from core.sources.fakes import NullSource

    app = Bitna(settings=Settings(), source=NullSource(), speech=NullSpeech(), ocr=NullOcr())
    qtbot.addWidget(app.window)
    try:
        app.reader.start()
        app.commands.trigger("read")
        qtbot.wait(1000)
        last = app.announcer.last()
        assert last is None or "no picture" not in last.text  # still waiting, not failing
        qtbot.waitUntil(
            lambda: "no picture" in (app.announcer.last().text if app.announcer.last() else ""),
            timeout=5000,
        )
    finally:
        app.shutdown()
