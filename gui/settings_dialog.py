"""Settings: camera, reading language, voices, speed, speech output, colours and text size.

Every field has a label that is its buddy (so screen readers name it and Alt+letter jumps
to it); the dialog edits a copy and hands back new settings only on OK.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.ocr.languages import LANGUAGE_NAMES
from core.plumbing.i18n import tr
from core.settings import (
    HANDSFREE_DELAY_MS,
    HANDSFREE_SENSITIVITY,
    READING_FONT_SIZE,
    SPEECH_RATE,
    Range,
    Settings,
)
from core.speech.base import Voice
from core.themes import THEMES
from gui.dialog_buttons import ok_cancel
from gui.dialog_size import fit_to_contents

#: Letters a choice list shows at the least, when the screen is too narrow for more.
COMBO_LETTERS = 14


@dataclass(frozen=True)
class Choices:
    """What this machine offers: cameras (spec, name), OCR languages, voices."""

    cameras: list[tuple[str, str]] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    voices: list[Voice] = field(default_factory=list)
    faces_key: str = ""
    """Where the key that encrypts the people's faces is kept ("the system keyring"...)."""


def plain_label(text: str) -> str:
    """A field label without its mnemonic ("&Camera:", "카메라(&C):") or colon."""
    return re.sub(r"\(&\w\)|&", "", text).rstrip(":").strip()


def _language_name(code: str) -> str:
    return tr(LANGUAGE_NAMES.get(code, code))


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `settings()` gives the result after OK."""

    def __init__(
        self,
        settings: Settings,
        choices: Choices,
        parent: QWidget | None = None,
        forget_library: Callable[[QWidget], None] | None = None,
    ):
        """`forget_library(dialog)` asks and deletes everything in the library; without it
        there is no button for that."""
        super().__init__(parent)
        self._original = settings
        self.setWindowTitle(tr("Settings"))
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QComboBox | QSpinBox | QCheckBox] = {}

        cameras = [("auto", tr("Automatic: first camera, else the demo camera"))]
        cameras += [
            ("demo:en", tr("Demo camera (English letter)")),
            ("demo:ko", tr("Demo camera (Korean letter)")),
        ]
        cameras += choices.cameras
        self._combo(form, "camera", tr("&Camera:"), tr("Which camera Bitna reads from."), cameras)

        installed = [code for code in choices.languages if code not in ("osd", "equ")]
        languages = [("", tr("Automatic"))]
        for first, second in (("eng", "kor"), ("kor", "eng")):
            if first in installed and second in installed:
                languages.append(
                    (
                        f"{first}+{second}",
                        tr(
                            "{first} and {second}",
                            first=_language_name(first),
                            second=_language_name(second),
                        ),
                    )
                )
        languages += [(code, _language_name(code)) for code in installed]
        self._combo(
            form,
            "ocr_languages",
            tr("Reading &language:"),
            tr("The language of the printed text."),
            languages,
        )

        self._combo(
            form,
            "ui_language",
            tr("&Interface language:"),
            tr("The language of Bitna's menus and messages."),
            [("auto", tr("Same as the system")), ("en", "English"), ("ko", "한국어")],
        )

        for language, name, label in (
            ("en", "voice_en", tr("&English voice:")),
            ("ko", "voice_ko", tr("&Korean voice:")),
        ):
            voices = [("", tr("Automatic"))] + [
                (voice.id, voice.name)
                for voice in choices.voices
                if voice.speaks(language)  # "ko" and not Konkani's "kok"
            ]
            self._combo(
                form, name, label, tr("The voice that reads text in this language."), voices
            )

        self._spin(form, "speech_rate", tr("Speech &rate (words per minute):"), SPEECH_RATE, 5)
        self._check(
            form,
            "unsure_numbers",
            tr('Say "unsure" before nu&mbers that may be misread'),
            tr(
                "Before an amount, date, dose, phone or account number the text recognition "
                'was not sure of, say the word "unsure", and mark it in the reading pane.'
            ),
        )
        self._check(
            form,
            "unsure_words",
            tr('Say "&unsure" before words that may be misread'),
            tr('Before a word the text recognition was not sure of, say the word "unsure".'),
        )
        self._combo(
            form,
            "table_headers",
            tr("Table &headers:"),
            tr("Say a table's column headers with every cell, or once before its rows."),
            [("every", tr("With every cell")), ("once", tr("Once, before the rows"))],
        )
        self._combo(
            form,
            "speech_output",
            tr("Speak &with:"),
            tr("Bitna's own voice, or your screen reader's voice and speed."),
            [("bitna", tr("Bitna's voice")), ("screen-reader", tr("My screen reader"))],
        )
        self._combo(
            form,
            "theme",
            tr("C&olours:"),
            tr("Text and background colours."),
            [(theme.id, tr(theme.label)) for theme in THEMES.values()],
        )
        self._spin(
            form, "reading_font_size", tr("Reading &text size (points):"), READING_FONT_SIZE, 2
        )
        sensitivity_label = tr("Auto-capture sensiti&vity (1 to 5):")
        self._spin(form, "handsfree_sensitivity", sensitivity_label, HANDSFREE_SENSITIVITY, 1)
        delay_label = tr("Auto-capture &delay (milliseconds still):")
        self._spin(form, "handsfree_delay_ms", delay_label, HANDSFREE_DELAY_MS, 50)
        self._combo(
            form,
            "handsfree_turn",
            tr("A &new page while reading:"),
            tr("What auto-capture does when you put down a new page before the last is read."),
            [
                ("wait", tr("Waits until the reading ends")),
                ("interrupt", tr("Stops the reading and is read at once")),
            ],
        )

        live_languages = [("", tr("Same as the reading language"))]
        live_languages += [
            (code, name)
            for code, name in (
                (
                    "eng+kor",
                    tr(
                        "{first} and {second}",
                        first=_language_name("eng"),
                        second=_language_name("kor"),
                    ),
                ),
                ("eng", _language_name("eng")),
                ("kor", _language_name("kor")),
            )
            if all(part in installed for part in code.split("+"))
        ]
        self._combo(
            form,
            "live_text_languages",
            tr("Live te&xt languages:"),
            tr("The languages live text reads on boxes, tins and bottles held under the camera."),
            live_languages,
        )
        self._check(
            form,
            "live_text_expiry",
            tr("&Announce expiry dates on their own in live text"),
            tr(
                'After a line with a "best before", "use by" or expiry date, say the date '
                'again on its own, such as "Expires 14 March 2027".'
            ),
        )
        self._check(
            form,
            "announce_arrivals",
            tr("Say when a &person Bitna knows comes into view"),
            tr(
                "While the camera is on, say the name of someone you introduced when they "
                "come into view, once, not while they stay. Waits while Bitna reads aloud."
            ),
        )

        self._check(
            form,
            "keep_library",
            tr("Kee&p what is read in the library"),
            tr(
                "Keep each page read, each book and each stretch of live text on this "
                "computer, to find it again in the Library (Ctrl+L), read on where you "
                "stopped, or export it. Nothing leaves the computer."
            ),
        )
        self.forget_library: QPushButton | None = None
        if forget_library is not None:
            forget_text = tr("Delete everything in the li&brary…")
            self.forget_library = QPushButton(forget_text)
            self.forget_library.setAutoDefault(False)
            self.forget_library.setAccessibleName(plain_label(forget_text).rstrip("…"))
            self.forget_library.setAccessibleDescription(
                tr("Asks first, then deletes every document the library keeps, for good.")
            )
            self.forget_library.clicked.connect(lambda: self._forget_library(forget_library))
            form.addRow(self.forget_library)
        self.faces_key: QLabel | None = None
        if choices.faces_key:
            self.faces_key = self._note(
                form,
                tr("People's faces:"),
                tr("Kept encrypted, with the key in {where}.", where=choices.faces_key),
                tr(
                    "The faces Bitna knows are stored encrypted; this says where the key to "
                    "them is kept. Exported lists are encrypted with a passphrase you choose."
                ),
            )

        # In large print the fields are taller than a laptop's screen (1366x768): they
        # scroll, the focused one kept in view, while OK and Cancel stay below them.
        fields = QWidget()
        fields.setLayout(form)
        self.field_area = QScrollArea()
        self.field_area.setWidget(fields)
        self.field_area.setWidgetResizable(True)
        self.field_area.setFrameShape(QFrame.Shape.NoFrame)
        self.field_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed stop for Tab
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field_area, 1)
        layout.addWidget(buttons)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_in_view)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Tall enough for every field when the screen allows (see fit_to_contents)."""
        wanted = super().sizeHint()
        content = self.field_area.widget()
        if content is None:
            return wanted
        fields = content.sizeHint()
        shown = self.field_area.sizeHint()
        scrollbar = self.field_area.verticalScrollBar().sizeHint().width()
        return QSize(
            wanted.width() + max(0, fields.width() + scrollbar - shown.width()),
            wanted.height() + max(0, fields.height() - shown.height()),
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # A choice list is as wide as its longest choice, or narrower when the screen is
        # (the choice is then cut short on screen; screen readers say it whole). Measured
        # now: the style sheet's large font applies only once the dialog is shown.
        for combo in self.findChildren(QComboBox):
            letter = combo.fontMetrics().averageCharWidth()
            combo.setMinimumWidth(letter * COMBO_LETTERS)
        fit_to_contents(self)

    def _forget_library(self, forget_library: Callable[[QWidget], None]) -> None:
        """Ask, with the button in view (pressed by Alt+B, the list may be scrolled away)."""
        if self.forget_library is not None:
            self.field_area.ensureWidgetVisible(self.forget_library, 20, 20)
        forget_library(self)

    def _keep_in_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll to the field that took focus (also by Alt+letter, not only Tab)."""
        fields = self.field_area.widget()
        if new is not None and fields is not None and fields.isAncestorOf(new):
            self.field_area.ensureWidgetVisible(new, 20, 20)

    def _add(
        self,
        form: QFormLayout,
        name: str,
        text: str,
        widget: QComboBox | QSpinBox | QCheckBox,
        description: str,
    ) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(plain_label(text))
        widget.setAccessibleDescription(description)
        form.addRow(label, widget)
        self.fields[name] = widget

    def _note(self, form: QFormLayout, text: str, value: str, description: str) -> QLabel:
        """A read-only line of information, reachable by Tab so screen readers read it."""
        note = QLabel(value)
        note.setWordWrap(True)
        note.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        note.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        note.setAccessibleName(plain_label(text))
        note.setAccessibleDescription(f"{value} {description}")
        label = QLabel(text)
        label.setBuddy(note)
        form.addRow(label, note)
        return note

    def _combo(
        self,
        form: QFormLayout,
        name: str,
        text: str,
        description: str,
        items: list[tuple[str, str]],
    ) -> None:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        current = str(getattr(self._original, name))
        if current not in [value for value, _ in items]:
            items = [*items, (current, current)]
        for value, shown in items:
            combo.addItem(shown, value)
        combo.setCurrentIndex(combo.findData(current))
        self._add(form, name, text, combo, description)

    def _check(self, form: QFormLayout, name: str, text: str, description: str) -> None:
        box = QCheckBox(text)
        box.setChecked(bool(getattr(self._original, name)))
        box.setAccessibleName(plain_label(text))
        box.setAccessibleDescription(description)
        form.addRow(box)
        self.fields[name] = box

    def _spin(self, form: QFormLayout, name: str, text: str, bounds: Range[int], step: int) -> None:
        spin = QSpinBox()
        spin.setRange(bounds.low, bounds.high)
        spin.setSingleStep(step)
        spin.setValue(int(getattr(self._original, name)))
        self._add(form, name, text, spin, plain_label(text))

    def settings(self) -> Settings:
        """The settings as the dialog now shows them."""
        values: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            else:
                values[name] = (
                    widget.currentData() if isinstance(widget, QComboBox) else widget.value()
                )
        return dataclasses.replace(self._original, **values)
