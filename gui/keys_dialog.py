"""Keys: every command's key in the window and its global hotkey, each changeable.

A new key is captured by pressing it ("press the new key"), checked against the other
commands and against the keys screen readers and desktops own, and refused with a
sentence that names the clash.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.commands import CommandRegistry, global_bindings, window_keys
from core.hotkeys.conflicts import conflicts
from core.plumbing.i18n import tr
from core.settings import Settings
from gui.dialog_buttons import ok_cancel
from gui.flow_layout import FlowLayout

COLUMN_WINDOW, COLUMN_GLOBAL = 1, 2


def portable(sequence: QKeySequence) -> str:
    """Qt's key text in the portable form settings keep ("Ctrl+Alt+R")."""
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


class KeyCapture(QDialog):
    """Asks for one key combination: the user simply presses it."""

    def __init__(self, command_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New key for {command}", command=command_label))
        prompt = QLabel(tr("Press the new key for {command}, then Enter.", command=command_label))
        prompt.setWordWrap(True)
        self.editor = QKeySequenceEdit()
        self.editor.setMaximumSequenceLength(1)
        self.editor.setAccessibleName(tr("Press the new key"))
        self.editor.setAccessibleDescription(prompt.text())
        prompt.setBuddy(self.editor)
        buttons = ok_cancel(self)
        self.editor.editingFinished.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def combination(self) -> str:
        return portable(self.editor.keySequence())


class KeysDialog(QDialog):
    """A table of commands and keys; edits a copy of the settings."""

    def __init__(
        self, commands: CommandRegistry, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keys"))
        self._commands = list(commands)
        self._labels = {command.id: tr(command.label) for command in self._commands}
        self.window_keys = window_keys(commands, settings)
        self.global_keys = {
            c.id: global_bindings(commands, settings).get(c.id, "") for c in self._commands
        }
        self._settings = settings

        caption = QLabel(tr("&Commands and their keys:"))
        self.table = QTableWidget(len(self._commands), 3)
        self.table.setHorizontalHeaderLabels(
            [tr("Command"), tr("Key in Bitna"), tr("Global hotkey")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(tr("Commands and their keys"))
        self.table.verticalHeader().setVisible(False)
        caption.setBuddy(self.table)

        self.enabled = QCheckBox(tr("&Use global hotkeys (keys that work in every program)"))
        self.enabled.setChecked(settings.global_hotkeys)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(tr("Problems with the keys"))

        change_window = QPushButton(tr("Change &key in Bitna"))
        change_global = QPushButton(tr("Change &global hotkey"))
        clear_global = QPushButton(tr("&Turn off global hotkey"))
        defaults = QPushButton(tr("&Restore default keys"))
        change_window.clicked.connect(lambda: self._change(COLUMN_WINDOW))
        change_global.clicked.connect(lambda: self._change(COLUMN_GLOBAL))
        clear_global.clicked.connect(self._clear_global)
        defaults.clicked.connect(self._restore_defaults)
        row_widget = QWidget()
        row = FlowLayout(row_widget)
        for button in (change_window, change_global, clear_global, defaults):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)

        buttons = ok_cancel(self)
        buttons.accepted.disconnect()
        buttons.accepted.connect(self._accept_if_valid)

        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(row_widget)
        layout.addWidget(self.enabled)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._fill()
        self.table.selectRow(0)
        self.table.setFocus()
        self.resize(1300, 800)

    def _fill(self) -> None:
        for row, command in enumerate(self._commands):
            values = (
                self._labels[command.id],
                self.window_keys.get(command.id, ""),
                self.global_keys.get(command.id, "") or tr("none"),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _selected(self) -> str:
        return self._commands[max(0, self.table.currentRow())].id

    def _change(self, column: int) -> None:
        command_id = self._selected()
        capture = KeyCapture(self._labels[command_id], self)
        if capture.exec() != QDialog.DialogCode.Accepted or not capture.combination():
            return
        target = self.window_keys if column == COLUMN_WINDOW else self.global_keys
        target[command_id] = capture.combination()
        self._fill()
        self._check()

    def _clear_global(self) -> None:
        self.global_keys[self._selected()] = ""
        self._fill()
        self._check()

    def _restore_defaults(self) -> None:
        self.window_keys = {command.id: command.key for command in self._commands}
        self.global_keys = {command.id: command.global_key for command in self._commands}
        self._fill()
        self._check()

    def problems_found(self) -> list[str]:
        """Every clash among the keys as now chosen, as sentences."""
        found = conflicts(self.global_keys, self._labels)
        seen: dict[str, str] = {}
        for command_id, key in self.window_keys.items():
            if not key:
                continue
            if key in seen:
                found.append(
                    tr(
                        "{key} is given to both {first} and {second}.",
                        key=key,
                        first=self._labels[seen[key]],
                        second=self._labels[command_id],
                    )
                )
            seen[key] = command_id
        return found

    def _check(self) -> bool:
        problems = self.problems_found()
        self.problems.setText("\n".join(problems))
        return not problems

    def _accept_if_valid(self) -> None:
        if self._check():
            self.accept()
        else:
            self.problems.setFocus()

    def settings(self) -> Settings:
        """The settings with the keys as chosen (only those that differ from the defaults)."""
        window = {
            c.id: self.window_keys[c.id]
            for c in self._commands
            if self.window_keys.get(c.id, c.key) != c.key
        }
        hotkeys = {
            c.id: self.global_keys[c.id]
            for c in self._commands
            if self.global_keys.get(c.id, c.global_key) != c.global_key
        }
        return dataclasses.replace(
            self._settings,
            keys=window,
            global_keys=hotkeys,
            global_hotkeys=self.enabled.isChecked(),
        )
