"""Managing a list of named things Bitna knows (people, objects): the dialogs and the changes.

The people list and the objects list are managed the same way: a labelled list, a row of
buttons (rename, add pictures, forget, forget all), each change confirmed when it loses
something and said aloud when done. The flow lives here once; each feature passes its own
words (`KnownListWords`) and mixes `KnownListActions` into its controller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.announce import Announcer, Role
from core.named_lists import store as named_store
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr
from gui.dialog_buttons import ok_cancel
from gui.settings_dialog import plain_label

log = logging.getLogger(__name__)

_NAME_ROLE = 256  # Qt.UserRole: the stored name behind a list entry


def _name_buttons(dialog: QDialog) -> QDialogButtonBox:
    return ok_cancel(dialog)


class NameDialog(QDialog):
    """Asks for a name (a person's, or an object's): one labelled field, OK and Cancel."""

    def __init__(
        self,
        title: str,
        initial: str = "",
        parent: QWidget | None = None,
        description: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout()
        label_text = tr("&Name:")
        self.field = QLineEdit(initial)
        self.field.setAccessibleName(plain_label(label_text))
        self.field.setAccessibleDescription(
            description or tr("The name Bitna will say when it sees this person.")
        )
        self.field.setMaxLength(named_store.MAX_NAME_LENGTH)
        label = QLabel(label_text)
        label.setBuddy(self.field)
        form.addRow(label, self.field)
        self.buttons = _name_buttons(self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()
        self.field.setFocus()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.field.text().strip()))

    def name(self) -> str:
        return " ".join(self.field.text().split())


def ask_name(
    parent: QWidget | None, title: str, initial: str, description: str | None = None
) -> str | None:
    """The name typed in a NameDialog, or None when cancelled or left empty."""
    dialog = NameDialog(title, initial, parent, description=description)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.name() or None


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask `question` with Yes and No (No the default); True when Yes was chosen."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(question)
    box.setIcon(QMessageBox.Icon.Question)
    yes = box.addButton(tr("Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(tr("No"), QMessageBox.ButtonRole.NoRole)
    yes.setAccessibleName(tr("Yes"))
    no.setAccessibleName(tr("No"))
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


@dataclass(frozen=True)
class ListButton:
    """A button of one list's own, in a second row (the people list's Export and Import)."""

    key: str
    text: str
    description: str
    action: Callable[[], None]
    needs_entries: bool
    """Off while the list is empty (Export), or always on (Import)."""


@dataclass(frozen=True)
class KnownListWords:
    """What one list's manage dialog says (already translated)."""

    title: str
    label: str
    """The list's label, with its mnemonic ("&People Bitna knows:")."""
    choose: str
    """The list's accessible description: how to choose an entry."""
    rename_description: str
    add: str
    add_description: str
    forget_description: str
    forget_all: str
    forget_all_description: str
    empty: str
    """Shown in place of the entries while the list is empty."""
    forget_question: Callable[[str], str]
    forget_all_question: str


class KnownListDialog(QDialog):
    """A list of the named things Bitna knows, with buttons to rename, add, forget one or all.

    `controller` carries out the changes (see `KnownListActions`) and asks the questions
    (its `ask_name` and `confirm`, which tests replace); `entries_now` gives each entry's
    name and how many pictures it has; `add_more` takes more pictures of a named entry.
    """

    def __init__(
        self,
        controller: KnownListActions[Any],
        words: KnownListWords,
        entries_now: Callable[[], list[tuple[str, int]]],
        add_more: Callable[[str], None],
        parent: QWidget | None = None,
        more: Sequence[ListButton] = (),
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._words = words
        self._entries_now = entries_now
        self._add_more_of = add_more
        self.setWindowTitle(words.title)
        label = QLabel(words.label)
        self.entries = QListWidget()
        self.entries.setAccessibleName(words.title)
        self.entries.setAccessibleDescription(words.choose)
        label.setBuddy(self.entries)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, description, action in (
            ("rename", tr("&Rename…"), words.rename_description, self._rename),
            ("add", words.add, words.add_description, self._add_more),
            ("forget", tr("&Forget"), words.forget_description, self._forget),
            ("forget-all", words.forget_all, words.forget_all_description, self._forget_all),
        ):
            button = QPushButton(text)
            button.setAccessibleName(plain_label(text).rstrip("…"))
            button.setAccessibleDescription(description)
            button.clicked.connect(action)
            row.addWidget(button)
            self.buttons[key] = button
        self._always_on = {extra.key for extra in more if not extra.needs_entries}
        second = QHBoxLayout()
        for extra in more:
            button = QPushButton(extra.text)
            button.setAccessibleName(plain_label(extra.text).rstrip("…"))
            button.setAccessibleDescription(extra.description)
            button.clicked.connect(lambda _=False, act=extra.action: self._then_refresh(act))
            second.addWidget(button)
            self.buttons[extra.key] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(tr("Close"))
        close_button.setAccessibleName(tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.entries, 1)
        layout.addLayout(row)
        if more:
            layout.addLayout(second)
        layout.addWidget(close)
        self.resize(1000, 700)
        self.refresh()
        self.entries.setFocus()

    def refresh(self, select: str | None = None) -> None:
        """Show the list as stored now, keeping (or moving to) a selection."""
        current = select or self.chosen()
        self.entries.clear()
        known = self._entries_now()
        for name, count in known:
            item = QListWidgetItem(tr("{name}, pictures: {count}", name=name, count=count))
            item.setData(_NAME_ROLE, name)
            self.entries.addItem(item)
            if current and name.casefold() == current.casefold():
                self.entries.setCurrentItem(item)
        if known and self.entries.currentRow() < 0:
            self.entries.setCurrentRow(0)
        if not known:
            self.entries.addItem(self._words.empty)
        for key, button in self.buttons.items():
            button.setEnabled(bool(known) or key in self._always_on)

    def chosen(self) -> str | None:
        item = self.entries.currentItem()
        value = item.data(_NAME_ROLE) if item is not None else None
        return str(value) if value else None

    def _then_refresh(self, action: Callable[[], None]) -> None:
        action()
        self.refresh()

    def _rename(self) -> None:
        name = self.chosen()
        if name is None:
            return
        new = self._controller.ask_name(tr("Rename {name}", name=name), name)
        if new and self._controller.rename(name, new):
            self.refresh(new)

    def _add_more(self) -> None:
        name = self.chosen()
        if name is not None:
            self.accept()
            self._add_more_of(name)

    def _forget(self) -> None:
        name = self.chosen()
        if name is not None and self._controller.confirm(self._words.forget_question(name)):
            self._controller.forget(name)
            self.refresh()

    def _forget_all(self) -> None:
        if self._controller.confirm(self._words.forget_all_question):
            self._controller.forget_all()
            self.refresh()


class NamedList(Protocol):
    """What the actions need of a list (`core.named_lists.store.NamedStore` subclasses)."""

    notice: str | None

    @property
    def error(self) -> type[UserFacingError]: ...

    def rename(self, old: str, new: str) -> None: ...
    def forget(self, name: str) -> bool: ...
    def forget_all(self) -> int: ...


class Named(Protocol):
    """A person or object just stored."""

    @property
    def name(self) -> str: ...


StoreT = TypeVar("StoreT", bound=NamedList)


class KnownListActions(Generic[StoreT]):
    """A controller's changes to its list, as the manage dialog asks: each one said aloud.

    Mixed into FacesController and ObjectsController, which set `_store` (None),
    `_store_factory`, `_announcer`, `ask_name` and `confirm`, and say the sentence for
    forgetting everything.
    """

    _announcer: Announcer
    _store: StoreT | None
    _store_factory: Callable[[], StoreT]
    ask_name: Callable[[str, str], str | None]
    confirm: Callable[[str], bool]

    def store(self) -> StoreT:
        """The list, opened on first use; a damaged one is reported once."""
        if self._store is None:
            self._store = self._store_factory()
            if self._store.notice:
                self._announcer.announce(self._store.notice, Role.ERROR)
        return self._store

    def _forgot_all_message(self, count: int) -> str:
        """Said after forgetting everything: how many were forgotten."""
        raise NotImplementedError

    def _store_ready(self) -> bool:
        """Open the list if need be; False (and the reason said) when it cannot be used."""
        try:
            self.store()
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return False
        return True

    def _keep_as(self, name: str | None, title: str, keep: Callable[[str], Named]) -> None:
        """Ask for a name (titled `title`) unless given, then `keep` what was captured."""
        chosen = name or self.ask_name(title, "")
        if not chosen:
            self._announcer.announce(tr("Nothing was remembered."))
            return
        try:
            kept = keep(chosen)
        except UserFacingError as problem:
            self._announcer.announce(problem.message, Role.ERROR)
            return
        self._announcer.announce(tr("I will remember {name}.", name=kept.name))

    def rename(self, old: str, new: str) -> bool:
        try:
            store = self.store()
            cleaned = named_store.clean_name(new, store.error)
            store.rename(old, cleaned)
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return False
        self._announcer.announce(tr("{old} is now called {new}.", old=old, new=cleaned))
        return True

    def forget(self, name: str) -> None:
        try:
            forgotten = self.store().forget(name)
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return
        if forgotten:
            self._announcer.announce(tr("Forgot {name}.", name=name))

    def forget_all(self) -> None:
        try:
            count = self.store().forget_all()
        except UserFacingError as error:
            self._announcer.announce(error.message, Role.ERROR)
            return
        self._announcer.announce(self._forgot_all_message(count))
