"""The magnifier's commands: what they change, what they say, what is remembered."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QWidget

from core.commands import APP_COMMANDS
from core.magnifier.commands import MAGNIFIER_COMMANDS
from core.magnifier.page import find_page
from core.magnifier.state import ViewState, zoom_words
from core.reading.commands import READING_COMMANDS
from core.sources.demo import DemoSource
from core.sources.reader import FrameReader
from core.themes import THEMES
from gui.live_view import LiveView
from gui.magnifier_controller import SETTINGS_FIELDS, MagnifierController
from gui.reading_pane import ReadingPane

COMMANDS = READING_COMMANDS + APP_COMMANDS


@pytest.fixture
def parts(qtbot):
    reader = FrameReader(DemoSource("en", seed=6, fps=30))
    reader.start()
    window = QWidget()
    layout = QHBoxLayout(window)
    view = LiveView(reader.latest)
    pane = ReadingPane(THEMES["yellow-on-black"], 28)
    layout.addWidget(view)
    layout.addWidget(pane)
    qtbot.addWidget(window)
    window.resize(1400, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: view.frames_shown > 0, timeout=5000)
    said: list[str] = []
    controller = MagnifierController(view, said.append, SimpleNamespace(), reading_pane=pane)
    yield SimpleNamespace(view=view, pane=pane, said=said, controller=controller, window=window)
    view.stop()
    reader.stop()


def run(parts, command_id: str) -> str:
    parts.controller.handlers()[command_id]()
    return parts.said[-1]


def test_every_command_has_a_handler(parts) -> None:
    assert set(parts.controller.handlers()) == {c.id for c in MAGNIFIER_COMMANDS}


def test_zoom_is_announced_in_words(parts) -> None:
    assert run(parts, "zoom-in") == "Zoom 1.25 times."
    for _ in range(7):
        run(parts, "zoom-in")
    assert parts.view.state.zoom == 4.0 and parts.said[-1] == "Zoom 4 times."
    assert run(parts, "zoom-out") == "Zoom 3.5 times."
    assert run(parts, "zoom-reset") == "Whole picture."
    parts.view.magnifier.update(zoom=20.0)
    assert run(parts, "zoom-in") == "Zoom 20 times is the most."


def test_modes_and_other_changes_are_announced(parts) -> None:
    assert run(parts, "next-colour-mode") == "Enhanced grey"
    assert run(parts, "next-colour-mode") == "Black on white"
    assert run(parts, "previous-colour-mode") == "Enhanced grey"
    assert run(parts, "freeze") == "Picture frozen."
    assert run(parts, "freeze") == "Live picture."
    assert run(parts, "rotate") == "Turned 90 degrees."
    assert run(parts, "mirror") == "Mirrored."
    assert run(parts, "reading-line") == "Reading line."
    assert run(parts, "reading-line") == "Reading mask."
    assert run(parts, "reading-line") == "No reading line."
    assert run(parts, "reading-line-up") == "The reading line is off."
    assert run(parts, "brighter") == "Brightness +1."
    assert run(parts, "less-contrast") == "Contrast -1."
    for _ in range(10):
        run(parts, "darker")
    assert parts.said[-1] == "Brightness -5." and parts.view.state.brightness == -5


def test_fit_page_and_fit_width(parts) -> None:
    page = find_page(parts.view.loop.current_frame())
    assert page is not None
    said = run(parts, "fit-page")
    assert said == f"Fit page, zoom {zoom_words(parts.view.state.zoom)} times."
    left, top, right, bottom = parts.view.magnifier.geometry().visible
    assert left <= page[0] + 1 and right >= page[2] - 1 and top <= page[1] + 1
    assert bottom >= page[3] - 1
    # The page fills the view one way: its height here (the view is about square).
    assert bottom - top == pytest.approx(page[3] - page[1], abs=2)
    said = run(parts, "fit-width")
    assert said.startswith("Fit width, zoom ")
    left, top, right, bottom = parts.view.magnifier.geometry().visible
    assert (left, right) == pytest.approx((page[0], page[2]), abs=2)
    assert top == pytest.approx(page[1], abs=2)


def test_the_view_keys_are_announced_like_commands(qtbot, parts) -> None:
    parts.view.setFocus()
    parts.view.command_requested.emit("zoom-in")
    assert parts.said[-1] == "Zoom 1.25 times."


def test_zoom_keys_size_the_reading_pane_text_when_it_has_focus(qtbot, parts) -> None:
    parts.window.activateWindow()
    parts.pane.setFocus()
    qtbot.waitUntil(parts.pane.hasFocus, timeout=2000)
    assert run(parts, "zoom-in") == "Text size 32."
    assert parts.pane.font().pointSize() == 32
    assert parts.view.state.zoom == 1.0  # the camera view did not zoom
    assert run(parts, "zoom-out") == "Text size 28."
    assert parts.controller.settings_values()["reading_font_size"] == 28


def test_magnify_toggles_and_remembers(qtbot, parts) -> None:
    controller = parts.controller
    assert not controller.active
    run(parts, "magnify")
    assert controller.active
    controller.magnifier.update(zoom=6.0, mode="yellow-on-black")
    assert run(parts, "magnify") == "Magnifier off."
    assert parts.view.state.zoom == 1.0 and parts.view.state.mode == "full-colour"
    assert run(parts, "magnify") == "Magnifier on: zoom 6 times, Yellow on black."
    run(parts, "rotate")
    values = controller.settings_values()
    assert values["magnifier_on"] is True
    assert values["magnifier_zoom"] == 6.0
    assert values["magnifier_colour_mode"] == "yellow-on-black"
    assert values["magnifier_rotation"] == 90
    # A new run of the app starts where this one stopped.
    said: list[str] = []
    again = MagnifierController(parts.view, said.append, SimpleNamespace(**values))
    assert again.active and parts.view.state.zoom == 6.0
    assert parts.view.state.mode == "yellow-on-black" and parts.view.state.rotation == 90


def test_changes_ask_to_be_saved_once_the_keys_rest(qtbot, parts) -> None:
    with qtbot.waitSignal(parts.controller.settings_changed, timeout=4000):
        run(parts, "zoom-in")
        run(parts, "next-colour-mode")


def test_settings_fields_cover_what_is_remembered(parts) -> None:
    values = parts.controller.settings_values()
    assert set(SETTINGS_FIELDS) | {"magnifier_on", "reading_font_size"} == set(values)
    assert set(SETTINGS_FIELDS.values()) <= set(ViewState.__dataclass_fields__)


def test_magnifier_keys_are_unique_and_clash_with_nothing(qtbot) -> None:
    ids = [c.id for c in MAGNIFIER_COMMANDS]
    assert len(set(ids)) == len(ids) and not set(ids) & {c.id for c in COMMANDS}
    keys = [c.key for c in MAGNIFIER_COMMANDS]
    taken = {QKeySequence(c.key).toString() for c in COMMANDS if c.key}
    for key in keys:
        sequence = QKeySequence(key)
        assert sequence.count() == 1 and sequence.toString() == key, key
        assert sequence.toString() not in taken, key
        assert key.startswith(("Ctrl+", "Alt+", "Shift+F", "F")), f"{key} is a plain key"
    assert len(set(keys)) == len(keys)
