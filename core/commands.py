"""Named commands: the one list of things a user can ask Bitna to do.

Buttons, menus, in-window keys, global hotkeys and `bitna send` all trigger commands by id,
so a function is never reachable one way and not another. Ids are stable: settings,
scripts and tests use them. Each capability keeps its own commands beside its code
(`core/reading/commands.py`, `core/faces/commands.py`, ...); this module gathers them and
adds the window's own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from core.faces.commands import FACE_COMMANDS
from core.live.commands import LIVE_COMMANDS
from core.magnifier.commands import MAGNIFIER_COMMANDS
from core.objects.commands import OBJECT_COMMANDS
from core.plumbing.command import Command
from core.plumbing.i18n import mark_tr
from core.reading.commands import READING_COMMANDS
from core.scene.commands import HANDSFREE_COMMANDS
from core.settings import Settings

log = logging.getLogger(__name__)

#: The window's own commands: demo pages, window size, dialogs, quitting.
APP_COMMANDS: tuple[Command, ...] = (
    Command(
        "next-demo-page",
        mark_tr("Next demo page"),
        mark_tr("Show the next sample page on the demo camera."),
        "Ctrl+D",
    ),
    Command(
        "speech-history",
        mark_tr("Speech history"),
        mark_tr("Show everything Bitna has said, newest last."),
        "Ctrl+H",
    ),
    Command(
        "library",
        mark_tr("Library"),
        mark_tr("Find what was read before, read on where you stopped, or export it."),
        "Ctrl+L",
    ),
    Command(
        "bigger",
        mark_tr("Bigger"),
        mark_tr("Make the whole window bigger."),
        "Ctrl+=",
    ),
    Command(
        "smaller",
        mark_tr("Smaller"),
        mark_tr("Make the whole window smaller."),
        "Ctrl+-",
    ),
    Command(
        "keys",
        mark_tr("Keys"),
        mark_tr("See and change the keys and global hotkeys for every command."),
        "Ctrl+K",
    ),
    Command(
        "settings",
        mark_tr("Settings"),
        mark_tr("Choose the camera, reading language, voice, speed and colours."),
        "Ctrl+,",
    ),
    Command(
        "show-window",
        mark_tr("Show Bitna"),
        mark_tr("Bring Bitna's window to the front."),
        "",
        "Ctrl+Alt+B",
    ),
    Command(
        "first-run-guide",
        mark_tr("First-run guide"),
        mark_tr("Hear the short guide again: camera, speech, language, voice and main keys."),
        "F1",
    ),
    Command("quit", mark_tr("Quit"), mark_tr("Close Bitna."), "Ctrl+Q"),
)


def all_commands() -> tuple[Command, ...]:
    """Every command Bitna has, reading's first."""
    return (
        READING_COMMANDS
        + APP_COMMANDS
        + MAGNIFIER_COMMANDS
        + FACE_COMMANDS
        + HANDSFREE_COMMANDS
        + LIVE_COMMANDS
        + OBJECT_COMMANDS
    )


class CommandRegistry:
    """Maps command ids to the code that carries them out."""

    def __init__(self, commands: tuple[Command, ...] | None = None) -> None:
        commands = all_commands() if commands is None else commands
        self._commands = {command.id: command for command in commands}
        self._handlers: dict[str, Callable[[], None]] = {}
        self._listeners: list[Callable[[str], None]] = []

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands.values())

    def __contains__(self, command_id: object) -> bool:
        return command_id in self._commands

    def get(self, command_id: str) -> Command:
        """The command with this id; KeyError names the id when there is none."""
        return self._commands[command_id]

    def bind(self, command_id: str, handler: Callable[[], None]) -> None:
        """Make `handler` carry out the command (one handler per command)."""
        if command_id not in self._commands:
            raise KeyError(command_id)
        self._handlers[command_id] = handler

    def listen(self, listener: Callable[[str], None]) -> None:
        """Call `listener` with the id of every command, just before it is carried out
        (whatever triggered it: a key, a button, a global hotkey or `bitna send`)."""
        self._listeners.append(listener)

    def trigger(self, command_id: str) -> bool:
        """Carry out a command; False when nothing is bound to it yet."""
        if command_id not in self._commands:
            raise KeyError(command_id)
        handler = self._handlers.get(command_id)
        if handler is None:
            log.warning("Command %r has no handler", command_id)
            return False
        log.debug("Command %s", command_id)
        for listener in self._listeners:
            listener(command_id)
        handler()
        return True


def window_keys(commands: CommandRegistry, settings: Settings) -> dict[str, str]:
    """The in-window key of every command: the user's choice, else the default."""
    return {command.id: settings.keys.get(command.id, command.key) for command in commands}


def global_bindings(commands: CommandRegistry, settings: Settings) -> dict[str, str]:
    """The global hotkey of every command that has one: the user's choice, else the default."""
    chosen = {
        command.id: settings.global_keys.get(command.id, command.global_key) for command in commands
    }
    return {command_id: key for command_id, key in chosen.items() if key}
