"""The main window: big command buttons, the live camera view, the reading pane, a status line."""

from __future__ import annotations

import logging
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.announce import Role, Utterance
from core.commands import CommandRegistry
from core.plumbing.i18n import tr
from core.themes import Theme
from gui.flow_layout import FlowLayout
from gui.live_view import LatestFrame, LiveView
from gui.reading_pane import ReadingPane

log = logging.getLogger(__name__)

#: The commands that get a big button, in tab order.
BUTTONS = ("read", "magnify", "faces", "identify", "stop", "settings")
#: The commands in the Help menu; every other command is in the Bitna menu.
HELP_COMMANDS = ("first-run-guide",)


class MainWindow(QMainWindow):
    """Lays out the controls; every action goes through the command registry."""

    def __init__(
        self,
        commands: CommandRegistry,
        latest_frame: LatestFrame,
        theme: Theme,
        reading_point_size: int,
    ) -> None:
        super().__init__()
        self.commands = commands
        self.buttons: dict[str, QPushButton] = {}
        self.actions_by_id: dict[str, QAction] = {}
        self.setObjectName("main")

        self.live_view = LiveView(latest_frame)
        self.reading_pane = ReadingPane(theme, reading_point_size)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.button_bar = QWidget()
        button_row = FlowLayout(self.button_bar, spacing=16)
        for command_id in BUTTONS:
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=command_id: self.commands.trigger(c))
            self.buttons[command_id] = button
            button_row.addWidget(button)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.live_view)
        splitter.addWidget(self.reading_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(self.button_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)

        self._menu = QMenu(self)
        self.menuBar().addMenu(self._menu)
        self._help_menu = QMenu(self)
        self.menuBar().addMenu(self._help_menu)
        for command in commands:
            action = QAction(self)
            action.setShortcut(QKeySequence(command.key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, c=command.id: self.commands.trigger(c))
            self.addAction(action)
            (self._help_menu if command.id in HELP_COMMANDS else self._menu).addAction(action)
            self.actions_by_id[command.id] = action

        # Tab order follows the layout: buttons left to right, the text, then the camera.
        order = [*self.buttons.values(), self.reading_pane, self.live_view]
        for before, after in pairwise(order):
            self.setTabOrder(before, after)
        self.retranslate()
        self.resize(1400, 900)

    def retranslate(self) -> None:
        """Set every visible and accessible text in the current UI language."""
        self.setWindowTitle(tr("Bitna"))
        self._menu.setTitle(tr("&Bitna"))
        self._help_menu.setTitle(tr("&Help"))
        for command in self.commands:
            label, description = tr(command.label), tr(command.description)
            key = (
                self.actions_by_id[command.id]
                .shortcut()
                .toString(QKeySequence.SequenceFormat.NativeText)
            )
            action = self.actions_by_id[command.id]
            action.setText(label)
            action.setToolTip(description)
            button = self.buttons.get(command.id)
            if button is not None:
                button.setText(f"{label}\n{key}")
                button.setAccessibleName(label)
                button.setAccessibleDescription(
                    tr("{description} Key: {key}.", description=description, key=key)
                )
                button.setToolTip(f"{description} ({key})")
        self.status.setAccessibleName(tr("Status"))
        self.reading_pane.retranslate()
        self.live_view.retranslate()

    def apply_keys(self, keys: dict[str, str]) -> None:
        """Give each command's menu item (and so its shortcut) the key chosen for it."""
        for command_id, key in keys.items():
            action = self.actions_by_id.get(command_id)
            if action is not None:
                action.setShortcut(QKeySequence(key))
        self.retranslate()

    def show_utterance(self, utterance: Utterance) -> None:
        """Show what Bitna last said about itself (reading text goes to the pane instead)."""
        if utterance.role is Role.READING:
            return
        self.status.setText(utterance.text)
        self.status.setProperty("error", utterance.role is Role.ERROR)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Large print needs room: the text gets as much width as the camera view.
        half = max(1, self.splitter.width() // 2)
        self.splitter.setSizes([half, half])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        log.info("Main window closed")
        super().closeEvent(event)
