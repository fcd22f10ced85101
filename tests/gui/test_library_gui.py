"""The library in the real window: what is read is kept (or not), the Library window finds,
opens, renames and deletes it by keyboard, and a document opened reads on where it stopped.

Real Qt widgets offscreen, real Tesseract on the demo camera's pages as files, real
espeak-ng speech recorded instead of played, and the real library (SQLite) in the test's
own data folder.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox, QPushButton

from core.announce import Announcer, Role
from core.library.model import LibraryError
from core.library.store import Library
from core.plumbing.i18n import set_language
from core.settings import Settings
from core.text.metrics import cer
from core.text.model import page_from_text
from gui import library_dialog as library_dialog_module
from gui.app import Bitna
from gui.library_dialog import LibraryDialog, when
from gui.library_keeper import LibraryKeeper
from gui.settings_dialog import Choices, SettingsDialog
from tests.conftest import DEMO
from tests.gui.conftest import open_bitna

LETTER = DEMO / "demo_en.png"


@pytest.fixture
def bitna(qtbot, tmp_path: Path) -> Iterator[Bitna]:
    app = open_bitna(qtbot, LETTER, tmp_path, synchronous=True)
    yield app
    app.shutdown()


def said(app: Bitna) -> list[str]:
    return [utterance.text for utterance in app.announcer.history()]


def library_dialog(qtbot, app: Bitna) -> LibraryDialog:
    app.window.actions_by_id["library"].trigger()
    dialog = app.library.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.documents)
    return dialog


def fill(library: Library) -> dict[str, int]:
    """Three documents, kept oldest first: a gas bill, a Korean water bill, a recipe."""
    texts = {
        "gas": "Northern Gas\n\nYour bill for November is 42 pounds.\n\nPay by 14 December.",
        "water": "수도요금청구서\n\n이번 달 수도요금은 12,300원입니다.",
        "recipe": "Pancakes\n\nMix the flour and the milk.\n\nFry in a hot pan.",
    }
    return {name: library.keep([page_from_text(text)], kind="read") for name, text in texts.items()}


# Keeping what is read ------------------------------------------------------------------------
def test_a_read_is_kept_in_the_library_with_its_picture(qtbot, bitna: Bitna) -> None:
    bitna.commands.trigger("read")
    qtbot.waitUntil(lambda: bitna.flow.page is not None and not bitna.flow.recognising)
    documents = Library.open().documents()
    assert len(documents) == 1
    summary = documents[0]
    assert summary.kind == "read" and summary.pages == 1 and summary.position == 0
    document = Library.open().document(summary.id)
    truth = (DEMO / "demo_en.txt").read_text(encoding="utf-8")
    assert cer(truth, document.text) <= 0.05
    assert summary.title and summary.title in document.text
    thumbnail = document.pages[0].thumbnail
    assert thumbnail is not None and thumbnail[:2] == b"\xff\xd8"  # a JPEG of the frame
    assert not any(u.role is Role.ERROR for u in bitna.announcer.history())


def test_a_page_auto_capture_chose_is_kept_as_an_auto_captured_page(qtbot, bitna: Bitna) -> None:
    frame = bitna.window.live_view.capture_frame()
    assert frame is not None
    bitna.handsfree._read(frame)  # as auto-capture hands over a page lying still
    qtbot.waitUntil(lambda: len(Library.open().documents()) == 1)
    bitna.commands.trigger("read")  # the same still picture, read by hand
    qtbot.waitUntil(lambda: len(Library.open().documents()) == 2)
    assert [d.kind for d in Library.open().documents()] == ["read", "page"]


def test_with_the_setting_off_nothing_is_kept(qtbot, tmp_path: Path) -> None:
    app = open_bitna(qtbot, LETTER, tmp_path, synchronous=True, keep_library=False)
    try:
        app.commands.trigger("read")
        qtbot.waitUntil(lambda: app.flow.page is not None and not app.flow.recognising)
        assert "Riverside" in app.window.reading_pane.toPlainText()  # read all the same
        assert Library.open().documents() == []
        # Turned on in Settings, the next Read is kept.
        app.apply_settings(Settings(ocr_languages="eng", keep_library=True))
        app.commands.trigger("read")
        qtbot.waitUntil(lambda: len(Library.open().documents()) == 1)
    finally:
        app.shutdown()


def test_a_book_is_one_document_that_grows_page_by_page(qtbot, bitna: Bitna) -> None:
    bitna.commands.trigger("book-mode")
    bitna.commands.trigger("read")
    bitna.commands.trigger("read")
    assert len(bitna.handsfree.book) == 2
    documents = Library.open().documents()
    assert [(d.kind, d.pages) for d in documents] == [("book", 2)]
    book = Library.open().document(documents[0].id)
    assert all("Riverside" in kept.page.text for kept in book.pages)
    bitna.commands.trigger("book-mode")  # off, and on again: a new book
    bitna.commands.trigger("book-mode")
    bitna.commands.trigger("read")
    assert sorted(d.pages for d in Library.open().documents()) == [1, 2]


def test_a_stretch_of_live_text_is_one_document_kept_when_it_turns_off(qtbot, bitna: Bitna) -> None:
    live = bitna.live_text
    live.toggle()
    try:
        for line in ("Tomato soup", "Best before 14 March 2027"):
            live._hand_over(line, "eng")  # as the engine hands a settled line over
    finally:
        live.toggle()
    assert not live.running
    documents = Library.open().documents()
    assert [(d.kind, d.title) for d in documents] == [("live", "Tomato soup")]
    text = Library.open().document(documents[0].id).text
    assert text == "Tomato soup\n\nBest before 14 March 2027"


def test_keeping_runs_off_the_ui_thread_and_a_failure_is_said_not_raised(
    qtbot, tmp_path: Path
) -> None:
    announcer = Announcer()
    threads: list[threading.Thread] = []

    def broken() -> Library:
        threads.append(threading.current_thread())
        raise LibraryError("The library could not be used: the disk is full.")

    keeper = LibraryKeeper(announcer=announcer, settings=Settings(), open_library=broken)
    try:
        keeper.keep([page_from_text("A page")], "read")
        qtbot.waitUntil(lambda: keeper.pending == 0)
        assert threads and threads[0] is not threading.main_thread()
        last = announcer.last()
        assert last is not None and last.role is Role.ERROR
        assert last.text == "The library could not be used: the disk is full."

        def buggy() -> Library:
            raise OSError("disk I/O error")

        keeper._open_library = buggy
        keeper._library = None
        keeper.keep([page_from_text("A page")], "read")
        qtbot.waitUntil(lambda: keeper.pending == 0)
        last = announcer.last()
        assert last is not None and last.role is Role.ERROR
        assert "could not be kept in the library" in last.text and "OSError" not in last.text
    finally:
        keeper.close()


# Deleting everything from Settings ----------------------------------------------------------
def answer_question(qtbot, button_text: str, asked: list[str]) -> None:
    """Answer the next question box by keyboard: Tab to `button_text`, then Space. What
    the box asked goes into `asked`; a button Tab does not reach fails the test (the box is
    closed, so the test goes on to fail rather than wait for ever)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        asked.append(box.text())
        for button in box.buttons():
            if not (button.accessibleName() and button.focusPolicy() & Qt.FocusPolicy.TabFocus):
                asked.append(f"unnamed or out of Tab's reach: {button.text()}")
            if button.width() < button.sizeHint().width() or button.height() < 44:
                asked.append(f"cut short or too small: {button.text()} {button.size()}")
        for _ in range(len(box.buttons()) + 1):
            focused = box.focusWidget()
            if isinstance(focused, QPushButton) and focused.text().replace("&", "") == button_text:
                qtbot.keyClick(focused, Qt.Key.Key_Space)
                return
            qtbot.keyClick(focused or box, Qt.Key.Key_Tab)
        asked.append(f"Tab did not reach {button_text}")
        box.reject()

    QTimer.singleShot(0, answer)


def test_settings_deletes_everything_in_the_library_after_asking(qtbot, bitna: Bitna) -> None:
    fill(Library.open())
    dialog = SettingsDialog(
        bitna.settings, Choices(), bitna.window, forget_library=bitna.library.forget_all
    )
    qtbot.addWidget(dialog)
    assert dialog.fields["keep_library"].isChecked()
    button = dialog.forget_library
    assert button is not None and button.accessibleName() == "Delete everything in the library"
    assert button.accessibleDescription()
    asked: list[str] = []
    answer_question(qtbot, "No", asked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Delete everything in the library?" in asked[0]
    assert len(Library.open().documents()) == 3 and said(bitna)[-1] == "Nothing was deleted."
    answer_question(qtbot, "Yes", asked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert Library.open().documents() == []
    assert said(bitna)[-1] == "Everything in the library is deleted."
    dialog.fields["keep_library"].setChecked(False)
    assert dialog.settings().keep_library is False


def test_alt_b_in_settings_asks_with_the_delete_button_in_view(qtbot, bitna: Bitna) -> None:
    in_view: list[bool] = []
    dialog = SettingsDialog(
        bitna.settings,
        Choices(),
        bitna.window,
        forget_library=lambda parent: in_view.append(
            not dialog.forget_library.visibleRegion().isEmpty()  # type: ignore[union-attr]
        ),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(900, 500)  # too short for every field: the list scrolls
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.fields["camera"].setFocus()
    assert dialog.forget_library is not None and dialog.forget_library.visibleRegion().isEmpty()
    qtbot.keyClick(dialog.fields["camera"], Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(in_view), timeout=2000)
    assert in_view == [True]


# The Library window --------------------------------------------------------------------------
def test_the_window_lists_documents_newest_first_as_a_screen_reader_reads_them(
    qtbot, bitna: Bitna
) -> None:
    fill(Library.open())
    dialog = library_dialog(qtbot, bitna)
    rows = dialog.entry_texts()
    assert [row.split(",")[0] for row in rows] == ["Pancakes", "수도요금청구서", "Northern Gas"]
    # Title, date, pages; the first line is the title here, so it is said once.
    assert rows[0].startswith("Pancakes, ") and rows[0].endswith(", 1 page")
    assert when(Library.open().documents()[0].created) in rows[0]
    item = dialog.documents.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == rows[0]
    child = QAccessible.queryAccessibleInterface(dialog.documents).child(0)
    assert child.text(QAccessible.Text.Name) == rows[0]
    # Bitna's own voice says the window opened, how full it is and what is chosen.
    qtbot.waitUntil(lambda: said(bitna)[-1].startswith("Library: 3 documents"), timeout=3000)
    assert said(bitna)[-1] == f"Library: 3 documents, newest first. {rows[0]}"


def test_an_empty_library_says_so_as_it_opens(qtbot, bitna: Bitna) -> None:
    dialog = library_dialog(qtbot, bitna)
    qtbot.waitUntil(lambda: said(bitna)[-1].startswith("Library:"), timeout=3000)
    assert said(bitna)[-1] == "Library: it is empty. What Bitna reads is kept here."
    assert dialog.entry_texts() == ["The library is empty."]


def test_typing_searches_in_english_and_korean_and_says_how_many_were_found(
    qtbot, bitna: Bitna
) -> None:
    fill(Library.open())
    dialog = library_dialog(qtbot, bitna)
    qtbot.keyClicks(dialog.search, "bill")
    qtbot.waitUntil(lambda: said(bitna)[-1] == "1 document found.", timeout=3000)
    assert len(dialog.entry_texts()) == 1
    assert dialog.entry_texts()[0].startswith("Northern Gas, ")
    assert dialog.entry_texts()[0].endswith("Your bill for November is 42 pounds.")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # Down goes to what was found
    assert QApplication.focusWidget() is dialog.documents
    dialog.search.clear()
    dialog.search.insert("청구서")  # part of one word: 수도요금청구서 (as an input method does)
    qtbot.waitUntil(lambda: dialog.entry_texts()[0].startswith("수도요금청구서"), timeout=3000)
    assert said(bitna)[-1] == "1 document found."
    dialog.search.setText("the")
    qtbot.waitUntil(lambda: said(bitna)[-1] == "2 documents found.", timeout=3000)
    dialog.search.setText("zebra")
    qtbot.waitUntil(lambda: said(bitna)[-1] == "0 documents found.", timeout=3000)
    assert dialog.entry_texts() == ["Nothing found."]
    assert not dialog.buttons["open"].isEnabled()


def test_a_search_that_stops_at_its_limit_says_there_are_more(
    qtbot, bitna: Bitna, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(Library.open())
    monkeypatch.setattr(library_dialog_module, "SEARCH_LIMIT", 2)
    dialog = library_dialog(qtbot, bitna)
    dialog.search.setText("the")  # in "Northern" and twice in the recipe: 2 pages, 2 documents
    qtbot.waitUntil(lambda: said(bitna)[-1] == "2 or more documents found.", timeout=3000)
    dialog.search.setText("bill")
    qtbot.waitUntil(lambda: said(bitna)[-1] == "1 document found.", timeout=3000)


def test_a_korean_interface_names_everything_in_korean(qtbot, bitna: Bitna) -> None:
    fill(Library.open())
    set_language("ko")
    dialog = library_dialog(qtbot, bitna)
    assert dialog.windowTitle() != "Library" and dialog.search.accessibleName() != "Search"
    assert "1쪽" in dialog.entry_texts()[0] or "쪽" in dialog.entry_texts()[0]
    dialog.search.setText("청구서")
    qtbot.waitUntil(lambda: len(dialog.entry_texts()) == 1, timeout=3000)
    assert said(bitna)[-1] != "1 document found." and "1" in said(bitna)[-1]


def test_enter_opens_the_document_into_the_reading_pane_and_reads_it(qtbot, bitna: Bitna) -> None:
    ids = fill(Library.open())
    dialog = library_dialog(qtbot, bitna)
    dialog.documents.setCurrentRow(2)  # the gas bill
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Return)
    assert bitna.library.dialog is None or not dialog.isVisible()
    assert bitna.window.reading_pane.toPlainText().startswith("Northern Gas")
    assert bitna.flow.page is not None and "42 pounds" in bitna.flow.page.text
    assert "Opened Northern Gas, 1 page." in said(bitna)
    # Stopped part way, the document keeps its place.
    qtbot.waitUntil(lambda: bitna.flow.position > 20, timeout=20000)
    bitna.commands.trigger("stop")
    qtbot.waitUntil(lambda: Library.open().document(ids["gas"]).summary.position > 20)
    # Deleted while it is the page shown, its place is not kept, and no error is said.
    Library.open().forget(ids["gas"])
    bitna.flow.position = 5  # as if read on a little further
    bitna.library.note_position()
    assert bitna.library.opened is None
    assert not any(u.role is Role.ERROR for u in bitna.announcer.history())


def test_opening_a_document_read_part_way_offers_to_read_on(qtbot, bitna: Bitna) -> None:
    library = Library.open()
    ids = fill(library)
    text = library.document(ids["recipe"]).text
    place = text.index("Fry")
    library.set_position(ids["recipe"], place)
    asked: list[tuple[str, int]] = []
    dialog = library_dialog(qtbot, bitna)
    dialog.ask_read_on = lambda title, percent: asked.append((title, percent)) or None
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Return)  # the recipe, newest
    assert asked == [("Pancakes", round(100 * place / len(text)))]
    assert dialog.isVisible()  # cancelled: nothing opened
    dialog.ask_read_on = lambda title, percent: "on"
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Return)
    assert bitna.flow.page is not None and bitna.flow.position == place
    assert bitna.window.reading_pane.caret_position() is not None

    dialog = library_dialog(qtbot, bitna)
    dialog.ask_read_on = lambda title, percent: "start"
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Return)
    assert bitna.flow.position < place


def test_the_read_on_question_is_answered_by_keyboard(qtbot, bitna: Bitna) -> None:
    library = Library.open()
    ids = fill(library)
    library.set_position(ids["recipe"], 20)
    dialog = library_dialog(qtbot, bitna)
    asked: list[str] = []
    answer_question(qtbot, "Read on", asked)
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Return)
    assert len(asked) == 1 and "Pancakes" in asked[0] and "Read on from there" in asked[0]
    assert bitna.flow.page is not None and bitna.flow.position == 20


def test_delete_asks_then_deletes_and_f2_renames(qtbot, bitna: Bitna) -> None:
    fill(Library.open())
    dialog = library_dialog(qtbot, bitna)
    questions: list[str] = []
    dialog.confirm = lambda question: questions.append(question) or False
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Delete)
    assert questions == ["Delete “Pancakes” from the library? It cannot be brought back."]
    assert len(Library.open().documents()) == 3 and said(bitna)[-1] == "Nothing was deleted."
    dialog.confirm = lambda question: True
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Delete)
    assert [d.title for d in Library.open().documents()] == ["수도요금청구서", "Northern Gas"]
    assert said(bitna)[-1] == "Deleted Pancakes."
    assert dialog.entry_texts()[0].startswith("수도요금청구서")
    assert dialog.documents.currentRow() == 0

    dialog.ask_title = lambda title: "Water bill, November"
    qtbot.keyClick(dialog.documents, Qt.Key.Key_F2)
    assert Library.open().documents()[0].title == "Water bill, November"
    assert said(bitna)[-1] == "수도요금청구서 is now titled Water bill, November."
    assert dialog.entry_texts()[0].startswith("Water bill, November, ")
    assert dialog.entry_texts()[0].endswith(", 1 page, 수도요금청구서")  # and its first line


def test_export_saves_the_chosen_document(qtbot, bitna: Bitna, tmp_path: Path) -> None:
    fill(Library.open())
    dialog = library_dialog(qtbot, bitna)
    offered: list[str] = []

    def ask(title: str, suggested: Path, filters: str) -> Path:
        offered.append(filters)
        return tmp_path / "pancakes"

    dialog.ask_path = ask
    qtbot.mouseClick(dialog.buttons["export"], Qt.MouseButton.LeftButton)
    for suffix in (".txt", ".html", ".docx", ".epub", ".brf", ".m3u"):
        assert suffix in offered[0]
    saved = tmp_path / "pancakes.txt"
    qtbot.waitUntil(saved.exists, timeout=5000)
    assert "Fry in a hot pan." in saved.read_text(encoding="utf-8")
    assert said(bitna)[-1] == "Saved pancakes.txt."


def test_every_control_is_named_big_enough_and_in_tab_order(qtbot, bitna: Bitna) -> None:
    fill(Library.open())
    assert bitna.window.actions_by_id["library"].shortcut().toString() == "Ctrl+L"
    assert bitna.window.actions_by_id["library"] in bitna.window._menu.actions()
    dialog = library_dialog(qtbot, bitna)
    controls = [
        widget
        for kind in (QLineEdit, QListWidget, QPushButton)
        for widget in dialog.findChildren(kind)
        if widget.isVisible()
    ]
    assert len(controls) == 7  # search, list, open, rename, export, delete, close
    for widget in controls:
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name), widget
        assert interface.text(QAccessible.Text.Description), widget
        if isinstance(widget, QPushButton):
            assert widget.width() >= 44 and widget.height() >= 44, widget.text()
    # Tab goes search, list, the buttons left to right, Close; Escape closes.
    dialog.search.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    expected = [dialog.search, dialog.documents, *dialog.buttons.values(), dialog.close_button]
    assert visited == expected
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and bitna.library.dialog is None


def test_a_screen_reader_hears_the_count_over_the_library_window(qtbot, bitna: Bitna) -> None:
    """Orca speaks a notification of the window in front (seen under Xvfb): the count
    goes out from the Library window, and later messages from the main window again."""
    fill(Library.open())
    bitna.apply_settings(dataclasses.replace(bitna.settings, speech_output="screen-reader"))
    channel = bitna.screen_reader
    channel._use_notice = True  # as on Linux, whatever runs the tests
    dialog = library_dialog(qtbot, bitna)
    dialog.search.setText("bill")
    qtbot.waitUntil(lambda: bool(channel.sent) and channel.sent[-1] == "1 document found.")
    assert channel.notice.window() is dialog and channel.notice.isVisibleTo(dialog)
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and deleted, notice too
    bitna.announcer.announce("Back in the main window.")
    qtbot.waitUntil(lambda: channel.sent[-1] == "Back in the main window.")
    assert channel.notice.window() is bitna.window
