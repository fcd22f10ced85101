"""The reading commands in the real window (offscreen): keys, caret, speed, save, copy, and the
screen-reader route's notification object."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QKeySequence, QTextCursor

from core.ocr.fakes import RecordingOcr
from core.reading.commands import READING_COMMANDS
from core.reading.spoken import UnsureSpeech
from core.settings import Settings
from core.sources.demo import DemoSource
from core.speech.fakes import RecordingSpeech
from core.text.lexicon import NullLexicon
from core.text.model import Block, Box, Line, PageText, Word, page_from_text
from gui.app import Bitna
from gui.reading_controller import suggested_name
from gui.reading_pane import MIN_UNSURE_THICKNESS
from gui.settings_dialog import Choices, SettingsDialog
from tests.gui.conftest import mark_under

TEXT = "Riverside Library.\nDear reader, your book is here.\n\nThank you."


class QuietSpeech(RecordingSpeech):
    """Records what is spoken but sends no events: the page stays "being read"."""

    def _emit(self, event) -> None:
        pass


@pytest.fixture
def bitna(qtbot, tmp_path: Path):
    speech = QuietSpeech()
    app = Bitna(
        settings=Settings(ocr_languages="eng"),
        source=DemoSource("en", seed=3),
        speech=speech,
        ocr=RecordingOcr([page_from_text(TEXT)] * 5),
        speech_log=tmp_path / "said.txt",
        settings_path=tmp_path / "settings.json",
        synchronous=True,
    )
    qtbot.addWidget(app.window)
    app.window.show()
    yield app
    app.shutdown()


def show_page(bitna: Bitna) -> None:
    page = page_from_text(TEXT)
    bitna.window.reading_pane.show_text(page.text)
    bitna.flow.speak_page(page)


def spoken(bitna: Bitna) -> list[str]:
    assert isinstance(bitna.speech, RecordingSpeech)
    return [text for text, _ in bitna.speech.spoken]


CAPTURING = {"read", "repeat"}


def test_every_reading_command_is_in_the_menu_with_its_key(bitna: Bitna) -> None:
    for command in READING_COMMANDS:
        action = bitna.window.actions_by_id[command.id]
        assert action.text() == command.label
        assert action.shortcut() == QKeySequence(command.key), command.id
        if command.id in CAPTURING:
            continue  # these capture a frame and read it: other tests run them
        # Each has a handler (no page yet, so none opens a dialog or speaks a page).
        assert bitna.commands.trigger(command.id) is True


def test_alt_right_in_the_reading_pane_goes_to_the_next_sentence(qtbot, bitna: Bitna) -> None:
    show_page(bitna)
    pane = bitna.window.reading_pane
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus, timeout=2000)
    before = len(spoken(bitna))
    qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert spoken(bitna)[before] == "Dear reader, your book is here."
    # Plain arrows stay the caret's, for the screen reader.
    position = pane.textCursor().position()
    qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert pane.textCursor().position() == position + 1


def test_read_from_cursor_reads_on_from_the_caret(bitna: Bitna) -> None:
    show_page(bitna)
    pane = bitna.window.reading_pane
    cursor = pane.textCursor()
    cursor.setPosition(TEXT.index("your"))
    pane.setTextCursor(cursor)
    before = len(spoken(bitna))
    bitna.commands.trigger("read-from-cursor")
    assert spoken(bitna)[before:] == ["your book is here.", "Thank you."]


def test_read_from_cursor_before_any_page(bitna: Bitna) -> None:
    bitna.commands.trigger("read-from-cursor")
    assert bitna.announcer.last().text == "There is no page yet. Press Read first."


def test_faster_and_slower_change_and_keep_the_rate(bitna: Bitna, tmp_path: Path) -> None:
    assert bitna.speech.rate == 175
    bitna.commands.trigger("faster")
    assert bitna.settings.speech_rate == 200 and bitna.speech.rate == 200
    assert bitna.announcer.last().text == "Faster: 200 words per minute."
    assert json.loads((tmp_path / "settings.json").read_text())["speech_rate"] == 200
    # Reading, it goes on from the word last heard at the new speed, without a word about it.
    show_page(bitna)
    bitna.flow.position = TEXT.index("your")
    before = len(spoken(bitna))
    bitna.commands.trigger("slower")
    assert bitna.settings.speech_rate == 175
    assert spoken(bitna)[before] == "your book is here."
    assert not bitna.announcer.history()[-3].spoken  # "Slower: …" shown, not said
    for _ in range(5):
        bitna.commands.trigger("slower")
    assert bitna.settings.speech_rate == 80
    assert bitna.announcer.last().text == "Already the slowest speed."


def test_save_text_and_audio_ask_where_then_save(bitna: Bitna, tmp_path: Path) -> None:
    show_page(bitna)
    asked: list[tuple[str, Path, str]] = []
    target = tmp_path / "out"

    def ask(title: str, suggested: Path, filters: str) -> Path | None:
        asked.append((title, suggested, filters))
        return target / suggested.name

    bitna.reading._ask_path = ask
    bitna.commands.trigger("save-text")
    title, suggested, filters = asked[-1]
    assert title == "Save text" and suggested.suffix == ".txt"
    assert suggested.name.startswith("Riverside Library. Dear reader, your")
    assert (target / suggested.name).read_text(encoding="utf-8") == TEXT
    assert bitna.announcer.last().text == f"Saved {suggested.name}."

    bitna.commands.trigger("save-audio")
    title, suggested, filters = asked[-1]
    assert title == "Save audio" and suggested.suffix in (".mp3", ".wav")
    assert (target / suggested.name).stat().st_size > 1000
    assert bitna.announcer.last().text.startswith(f"Saved {suggested.name}: ")


def test_cancelled_save_says_not_saved(bitna: Bitna) -> None:
    show_page(bitna)
    bitna.reading._ask_path = lambda title, suggested, filters: None
    bitna.commands.trigger("save-text")
    assert bitna.announcer.last().text == "Not saved."


def test_copy_puts_the_page_on_the_clipboard(bitna: Bitna) -> None:
    show_page(bitna)
    bitna.commands.trigger("copy-text")
    assert QGuiApplication.clipboard().text() == TEXT
    assert bitna.announcer.last().text == "The page's text is copied."


def test_suggested_names_are_safe_file_names() -> None:
    from datetime import date

    name = suggested_name('A/B: "quoted" <x> page one two', ".wav", date(2026, 11, 25))
    assert name == "A B quoted x page one 2026-11-25.wav"
    assert suggested_name("   ", ".txt", date(2026, 1, 2)) == "Bitna page 2026-01-02.txt"


def test_unsure_words_setting_reaches_the_reading(qtbot, bitna: Bitna) -> None:
    assert bitna.flow.unsure.numbers and not bitna.flow.unsure.words  # numbers by default
    dialog = SettingsDialog(bitna.settings, Choices())
    qtbot.addWidget(dialog)
    box = dialog.fields["unsure_words"]
    assert box.accessibleName() == 'Say "unsure" before words that may be misread'
    assert box.accessibleDescription()
    box.setChecked(True)
    bitna.apply_settings(dialog.settings())
    assert bitna.flow.unsure.words and bitna.flow.unsure.numbers
    numbers = dialog.fields["unsure_numbers"]
    assert numbers.isChecked()
    assert numbers.accessibleName() == 'Say "unsure" before numbers that may be misread'
    assert numbers.accessibleDescription()
    numbers.setChecked(False)
    bitna.apply_settings(dialog.settings())
    assert bitna.flow.unsure.words and not bitna.flow.unsure.numbers
    assert not dialog.settings().unsure_numbers


def test_screen_reader_route_sends_a_page_as_one_notification(qtbot, bitna: Bitna) -> None:
    bitna.apply_settings(dataclasses.replace(bitna.settings, speech_output="screen-reader"))
    channel = bitna.screen_reader
    show_page(bitna)
    qtbot.waitUntil(lambda: bool(channel.sent), timeout=2000)
    assert channel.sent[-1] == "Riverside Library. Dear reader, your book is here. Thank you."
    assert spoken(bitna) == []  # Bitna's own voice said nothing
    interface = QAccessible.queryAccessibleInterface(channel.notice)
    assert interface.role() == QAccessible.Role.Notification
    assert interface.text(QAccessible.Text.Name) == channel.sent[-1]
    assert not channel.notice.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_reading_pane_caret_is_none_without_a_page(bitna: Bitna) -> None:
    pane = bitna.window.reading_pane
    assert pane.caret_position() is None
    pane.show_text(TEXT)
    pane.moveCursor(QTextCursor.MoveOperation.End)
    assert pane.caret_position() == len(TEXT)


def test_save_offers_a_web_page_and_a_word_document_with_the_table(
    bitna: Bitna, tmp_path: Path
) -> None:
    import docx

    from core.reading.presented import presented
    from tests.core.reading.test_formats import bill_page

    bitna.flow.read_page = bill_page()
    bitna.flow.speak_page(presented(bill_page()))
    filters_asked: list[str] = []
    for name in ("bill.docx", "bill.html", "bill.txt"):

        def ask(title: str, suggested: Path, filters: str, name: str = name) -> Path:
            filters_asked.append(filters)
            return tmp_path / name

        bitna.reading._ask_path = ask
        bitna.commands.trigger("save-text")
    assert "Word documents (*.docx)" in filters_asked[0]
    assert "Web pages (*.html)" in filters_asked[0]
    (table,) = docx.Document(str(tmp_path / "bill.docx")).tables
    assert table.rows[1].cells[2].text == "165.30"
    assert '<th scope="col">Amount</th>' in (tmp_path / "bill.html").read_text()
    # Text is saved as it is shown and said: the table announced, rows with headers.
    assert "Table, 2 rows, 3 columns" in (tmp_path / "bill.txt").read_text()


def bill_page() -> PageText:
    box = Box(0, 0, 10, 10)
    words = [("Pay", 96.0), ("120.50", 70.0), ("by", 95.0), ("12/05.", 99.0)]
    line = Line(tuple(Word(text, box, confidence) for text, confidence in words), box)
    return PageText((Block((line,), box),), 100, 20, "eng")


def test_the_pane_marks_unsure_numbers_by_shape_and_keeps_its_offsets(bitna: Bitna) -> None:
    app = bitna
    app.flow.unsure = UnsureSpeech(lexicon=NullLexicon())  # numbers, as by default
    app._show_and_speak(bill_page())  # as a page read is shown and said
    pane = app.window.reading_pane
    assert pane.toPlainText() == "Pay 120.50 by 12/05."  # nothing added to the text
    assert pane.unsure_text() == ["120.50"]  # the sure date and words are not marked
    # The word highlight still finds the number where the page text has it.
    pane.highlight(pane.toPlainText().index("120.50"), 6)
    assert pane.highlighted_text() == "120.50"
    app.commands.trigger("next-unsure")
    assert spoken(app)[-1] == "unsure 120.50"
    app.commands.trigger("spell-word")
    assert spoken(app)[-1] == "1, 2, 0, dot, 5, 0"
    # In every theme, and gone once the user turns unsure numbers off.
    pane.clear_highlight()
    app.apply_settings(dataclasses.replace(app.settings, theme="black-on-white"))
    assert pane.unsure_text() == ["120.50"]
    # A zigzag under it in the new text colour, thick enough to see.
    assert mark_under(pane, "120.50", "#000000")[0] >= MIN_UNSURE_THICKNESS
    app.apply_settings(dataclasses.replace(app.settings, unsure_numbers=False))
    assert pane.unsure_text() == []
    assert mark_under(pane, "120.50", "#000000") == [0]
    assert pane.toPlainText() == "Pay 120.50 by 12/05."
