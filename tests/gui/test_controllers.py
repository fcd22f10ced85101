"""Every command is carried out by exactly one part of the app, bound in one place."""

from __future__ import annotations

import pytest

from core.ocr.fakes import NullOcr
from core.settings import Settings
from core.sources.demo import DemoSource
from core.speech.fakes import NullSpeech
from gui.app import Bitna
from gui.faces_controller import FacesController


def make_bitna(qtbot) -> Bitna:
    app = Bitna(settings=Settings(), source=DemoSource("en"), speech=NullSpeech(), ocr=NullOcr())
    qtbot.addWidget(app.window)
    return app


def test_every_command_has_one_handler_from_one_controller(qtbot) -> None:
    app = make_bitna(qtbot)
    try:
        handled = [command_id for part in app.controllers for command_id in part.handlers()]
        assert sorted(handled) == sorted(command.id for command in app.commands)
    finally:
        app.shutdown()


def test_a_command_claimed_twice_is_refused(qtbot, monkeypatch) -> None:
    handlers = FacesController.handlers
    monkeypatch.setattr(
        FacesController, "handlers", lambda self: {**handlers(self), "read": lambda: None}
    )
    with pytest.raises(ValueError, match="read has two handlers"):
        make_bitna(qtbot)
