"""The reading pane's mark on the words that may be misread (real Qt widgets, offscreen):
a thick zigzag under them in the text's colour, seen in the pixels the pane shows, that
follows the word when it scrolls, wraps or grows, and nothing added to the text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from core.text.model import page_from_text
from core.themes import THEMES, Theme
from gui.reading_pane import MIN_UNSURE_THICKNESS, ReadingPane
from gui.style import style_sheet
from tests.gui.conftest import mark_under

THEME = THEMES["yellow-on-black"]
TEXT = "Pay 120.50 or 1205 now."


@pytest.fixture
def pane(qtbot) -> Iterator[ReadingPane]:
    """The pane at the default print size, styled as in the window."""
    style(THEME)
    pane = ReadingPane(THEME, 28)
    qtbot.addWidget(pane)
    pane.resize(1000, 600)
    pane.show()
    yield pane
    style(None)


def style(theme: Theme | None) -> None:
    """Style the application in `theme`'s colours as the app does (None: unstyled)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(style_sheet(theme, 24) if theme else "")


def show(pane: ReadingPane, text: str, *unsure: str) -> None:
    page = page_from_text(text)
    pane.show_page(page, unsure=[page.text.index(word) for word in unsure])


def test_an_unsure_number_has_a_thick_zigzag_under_it_and_a_sure_one_none(pane) -> None:
    show(pane, TEXT, "120.50")
    assert pane.toPlainText() == TEXT  # nothing added to the text
    assert pane.unsure_text() == ["120.50"]
    [thickness] = mark_under(pane, "120.50", THEME.foreground)
    assert thickness >= MIN_UNSURE_THICKNESS
    assert mark_under(pane, "1205", THEME.foreground) == [0]
    # At large print it grows with the letters: a tenth of their size.
    pane.set_point_size(48)
    assert pane.unsure_mark_thickness() >= 6
    [thickness] = mark_under(pane, "120.50", THEME.foreground)
    assert thickness >= 6
    assert mark_under(pane, "1205", THEME.foreground) == [0]


def test_the_zigzag_is_in_each_themes_text_colour_and_the_spoken_words(pane) -> None:
    show(pane, TEXT, "120.50")
    for theme in THEMES.values():
        style(theme)
        pane.set_theme(theme)
        assert mark_under(pane, "120.50", theme.foreground)[0] >= MIN_UNSURE_THICKNESS
        assert mark_under(pane, "1205", theme.foreground) == [0]
    style(THEME)
    pane.set_theme(THEME)
    # The spoken word is drawn on the text colour: its zigzag in the spoken word's colour.
    pane.highlight(TEXT.index("120.50"), 6)
    assert mark_under(pane, "120.50", THEME.highlight_foreground)[0] >= MIN_UNSURE_THICKNESS
    pane.clear_highlight()
    assert mark_under(pane, "120.50", THEME.foreground)[0] >= MIN_UNSURE_THICKNESS
    # Selected, it is in the selected text's colour.
    pane.setTextCursor(pane.document().find("120.50"))
    selected = pane.palette().color(QPalette.ColorRole.HighlightedText).name()
    assert selected != THEME.foreground
    assert mark_under(pane, "120.50", selected)[0] >= MIN_UNSURE_THICKNESS


def test_the_zigzag_follows_the_word_as_it_scrolls_rewraps_and_grows(qtbot, pane) -> None:
    filler = " ".join(["Dear reader, your book is here."] * 40)
    text = f"{filler} Total 884.79 today."
    show(pane, text, "884.79")
    assert mark_under(pane, "884.79", THEME.foreground) == [0]  # out of view
    pane.scroll_to(text.index("884.79"))
    assert pane.verticalScrollBar().value() > 0
    assert mark_under(pane, "884.79", THEME.foreground)[0] >= MIN_UNSURE_THICKNESS
    pane.resize(600, 600)  # the text wraps again: the word moves
    qtbot.wait(10)
    pane.scroll_to(text.index("884.79"))
    assert mark_under(pane, "884.79", THEME.foreground)[0] >= MIN_UNSURE_THICKNESS
    pane.set_point_size(40)
    pane.scroll_to(text.index("884.79"))
    assert mark_under(pane, "884.79", THEME.foreground)[0] >= MIN_UNSURE_THICKNESS
    assert mark_under(pane, "Total", THEME.foreground) == [0]


def test_a_word_wrapped_over_lines_is_marked_on_each(pane) -> None:
    number = "1234567890123456789012345678901234567890"  # wider than the pane
    show(pane, f"Account {number} is yours.", number)
    lines = mark_under(pane, number, THEME.foreground)
    assert len(lines) >= 2
    assert min(lines) >= MIN_UNSURE_THICKNESS


def test_the_zigzag_goes_with_the_unsure_words(pane) -> None:
    show(pane, TEXT, "120.50")
    assert mark_under(pane, "120.50", THEME.foreground)[0] >= MIN_UNSURE_THICKNESS
    show(pane, TEXT)  # a page read again, now sure of every word
    assert pane.unsure_mark_areas() == []
    assert mark_under(pane, "120.50", THEME.foreground) == [0]
    show(pane, TEXT, "120.50")
    pane.mark_unsure([])  # the setting turned off
    assert mark_under(pane, "120.50", THEME.foreground) == [0]
    show(pane, TEXT, "120.50")
    pane.show_text(TEXT)  # plain text: nothing is unsure
    assert mark_under(pane, "120.50", THEME.foreground) == [0]
