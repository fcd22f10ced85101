"""The first-run guide's dialog: one step at a time, spoken, large, keyboard only.

Enter goes on (Next is the default button, also from the choice list), Escape skips the
guide, Alt+B goes back and Alt+A says the step again. Each step is announced through the
Announcer as it opens, and its text is the dialog's accessible description, so a screen
reader user hears it either way. Choices apply at once through `on_change` (the app's
`apply_settings`): a new language re-speaks the step in it, a new voice speaks a sample.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.announce import Announcer
from core.first_run import FirstRunGuide, Step
from core.plumbing.i18n import tr
from core.settings import Settings
from gui.dialog_size import fit_to_contents

log = logging.getLogger(__name__)

SettingsChanged = Callable[[Settings], None]


class FirstRunDialog(QDialog):
    """Shows and speaks `guide`; `guide.settings` holds the outcome once it closes."""

    def __init__(
        self,
        guide: FirstRunGuide,
        announcer: Announcer,
        on_change: SettingsChanged | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.guide = guide
        self._announcer = announcer
        self._on_change = on_change
        self._showing: Step | None = None
        self._filling = False  # while the list is refilled, its signals are not choices
        #: True once the guide closed for another command (see `step_aside`).
        self.stepped_aside = False

        self.heading = QLabel()
        self.heading.setObjectName("guideHeading")
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.body.setMinimumWidth(700)
        self.options = QListWidget()
        self.options.setWordWrap(True)
        self.options.currentRowChanged.connect(self._option_moved)

        self.back_button = QPushButton()
        self.again_button = QPushButton()
        self.skip_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        for button in (self.back_button, self.again_button, self.skip_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.again_button.clicked.connect(self.say_again)
        self.skip_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(self.go_next)

        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        for button in (self.back_button, self.again_button, self.skip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(20)
        layout.setContentsMargins(28, 28, 28, 28)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.options, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.options, self.next_button)
        self.setTabOrder(self.next_button, self.back_button)
        self.setTabOrder(self.back_button, self.again_button)
        self.setTabOrder(self.again_button, self.skip_button)
        self.show_step()

    # Steps ------------------------------------------------------------------------------
    def show_step(self, speak: bool = True) -> None:
        """Show the guide's current step (in the current language) and say it."""
        step = self.guide.step
        self._showing = step
        self._retranslate_buttons()
        self.setWindowTitle(tr("Bitna: first-run guide"))
        self.heading.setText(step.heading)
        self.body.setText(step.text)
        self.body.setAccessibleName(step.title)
        self.setAccessibleName(step.heading)
        self.setAccessibleDescription(step.text)
        self._filling = True
        self.options.clear()
        for option in step.options:
            item = QListWidgetItem(option.label)
            item.setData(Qt.ItemDataRole.UserRole, option.value)
            self.options.addItem(item)
        for row, option in enumerate(step.options):
            if option.value == step.selected:
                self.options.setCurrentRow(row)
        if step.options and self.options.currentRow() < 0:
            self.options.setCurrentRow(0)
        self._filling = False
        self.options.setVisible(bool(step.options))
        self.options.setAccessibleName(step.title)
        self.options.setAccessibleDescription(step.text)
        self.back_button.setEnabled(not self.guide.is_first)
        (self.options if step.options else self.next_button).setFocus()
        if speak:
            self.say_again()

    def say_again(self) -> None:
        """Say the current step (again), cutting off whatever was being said."""
        if self._showing is not None:
            self._announcer.announce(self._showing.spoken, interrupt=True)

    def go_next(self) -> None:
        """Take the highlighted choice, then the next step; the last step closes the guide."""
        step = self._showing
        if step is not None and step.options:
            chosen = self._current_value()
            if chosen is not None and chosen != step.selected:
                self._choose(chosen)
        if self.guide.next():
            self.show_step()
        else:
            self.accept()

    def go_back(self) -> None:
        if self.guide.back():
            self.show_step()

    def reject(self) -> None:
        """Escape or Skip: end the guide; it will not open by itself again."""
        if not self.guide.finished:
            self.guide.skip()
        super().reject()

    def step_aside(self) -> None:
        """Close the guide for a command that shows its result in the main window (Read
        pressed from another program): as if skipped, and quietly, since that command
        speaks next."""
        self.stepped_aside = True
        self.reject()

    # Choices ----------------------------------------------------------------------------
    def _current_value(self) -> str | None:
        item = self.options.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _option_moved(self, row: int) -> None:
        """Arrowing onto a choice tries it at once: a language is spoken in, a voice heard."""
        step = self._showing
        if self._filling or step is None or row < 0:
            return
        value = self._current_value()
        if value is None or value == step.selected:
            return
        self._choose(value)
        if step.id == "language":
            self.show_step()
        elif step.id == "voice":
            self._showing = self.guide.step
            language = self.guide.voice_language
            self._announcer.announce(
                tr("This is how this voice sounds."), interrupt=True, language=language
            )
        else:
            self._showing = self.guide.step

    def _choose(self, value: str) -> None:
        settings = self.guide.choose(value)
        if self._on_change is not None:
            self._on_change(settings)

    def _retranslate_buttons(self) -> None:
        last = self.guide.is_last
        skip = tr("Close the guide. The Help menu opens it again.")
        if last:
            forward = (tr("&Finish"), tr("Close the guide and start using Bitna."))
        else:
            forward = (tr("&Next"), tr("Go to the next step."))
        for button, text, description in (
            (self.back_button, tr("&Back"), tr("Go to the previous step.")),
            (self.again_button, tr("S&ay again"), tr("Say this step again.")),
            (self.skip_button, tr("&Skip guide"), skip),
            (self.next_button, *forward),
        ):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(description)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_to_contents(self)
