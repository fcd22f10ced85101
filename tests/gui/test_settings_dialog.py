"""The settings dialog: in large print on a small screen it fits and scrolls to focus;
its number fields offer what the settings accept."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QSpinBox, QWidget

from core.settings import READING_FONT_SIZE, Settings, from_dict
from core.themes import resolve_theme
from gui.magnifier_controller import TEXT_SIZES
from gui.settings_dialog import Choices, SettingsDialog
from gui.style import style_sheet


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def in_view(field: QRect, viewport: QRect) -> bool:
    """Wholly in view from top to bottom, and its start in view (an 800 px wide screen
    scrolls sideways too)."""
    return (
        viewport.top() <= field.top()
        and field.bottom() <= viewport.bottom()
        and (viewport.contains(field.topLeft()))
    )


def test_in_large_print_the_dialog_fits_the_screen_and_scrolls_to_the_focused_field(
    qtbot,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = resolve_theme("yellow-on-black", high_contrast=False, dark=True)
    app.setStyleSheet(style_sheet(theme, 28))
    try:
        cameras = [("0", "A document camera with a very long name indeed")]
        dialog = SettingsDialog(Settings(), Choices(cameras=cameras, languages=["eng", "kor"]))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        screen = dialog.screen().availableGeometry()
        fields = dialog.field_area.widget()
        assert fields is not None
        assert fields.sizeHint().height() > screen.height()  # too tall to show whole...
        assert screen.contains(dialog.frameGeometry())  # ...yet the dialog fits
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None and screen.contains(on_screen(buttons))
        viewport = on_screen(dialog.field_area.viewport())
        for name in ("camera", "handsfree_turn"):  # the first field, then the last
            field = dialog.fields[name]
            field.setFocus()
            qtbot.waitUntil(lambda field=field: in_view(on_screen(field), viewport))
        # Tab visits named controls only: the scrolling area is not a stop of its own.
        dialog.fields["camera"].setFocus()
        visited: list[QWidget] = []
        while (focused := QApplication.focusWidget()) is not None and focused not in visited:
            visited.append(focused)
            assert focused.accessibleName(), focused
            assert focused is not dialog.field_area
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert len(visited) == len(dialog.fields) + 2  # every field, OK and Cancel
    finally:
        app.setStyleSheet("")


def test_every_number_field_offers_exactly_what_the_settings_accept(qtbot) -> None:
    dialog = SettingsDialog(Settings(), Choices(cameras=[], languages=[]))
    qtbot.addWidget(dialog)
    spins = {name: field for name, field in dialog.fields.items() if isinstance(field, QSpinBox)}
    assert set(spins) == {
        "speech_rate",
        "reading_font_size",
        "handsfree_sensitivity",
        "handsfree_delay_ms",
    }
    for name, spin in spins.items():
        low, high = spin.minimum(), spin.maximum()
        for value, kept in ((low, True), (high, True), (low - 1, False), (high + 1, False)):
            assert (getattr(from_dict({name: value}), name) == value) is kept, (name, value)


def test_the_text_size_keys_step_through_the_sizes_the_settings_keep() -> None:
    assert TEXT_SIZES[0] == READING_FONT_SIZE.low
    assert TEXT_SIZES[-1] == READING_FONT_SIZE.high


def test_settings_say_where_the_faces_key_is_kept(qtbot, tmp_path) -> None:
    from core.faces.store import PeopleStore

    where = PeopleStore(tmp_path / "people.db").key_place()
    assert where == f"a key file in {tmp_path}"  # the tests have no system keyring
    dialog = SettingsDialog(Settings(), Choices(faces_key=where))
    qtbot.addWidget(dialog)
    note = dialog.faces_key
    assert note is not None
    assert note.text() == f"Kept encrypted, with the key in a key file in {tmp_path}."
    assert note.accessibleName() == "People's faces"
    assert note.text() in note.accessibleDescription()
    assert note.focusPolicy() == Qt.FocusPolicy.StrongFocus  # Tab reaches it, read-only
    assert "faces_key" not in dialog.fields and dialog.settings() == Settings()
    without = SettingsDialog(Settings(), Choices())
    qtbot.addWidget(without)
    assert without.faces_key is None
