"""Named commands: the one list of things a user can ask Bitna to do.

Buttons, menus, in-window keys, global hotkeys and `bitna send` all trigger commands by id,
so a function is never reachable one way and not another. Ids are stable: settings,
scripts and tests use them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from core.i18n import mark_tr
from core.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Command:
    """Something the user can do, with the key that does it in the window.

    `label` and `description` are English source strings; show them through `tr()`.
    `key` uses Qt's portable key-sequence text ("R", "Escape", "Ctrl+,"); `global_key` is
    the default system-wide hotkey ("" for none), chosen not to clash with NVDA, JAWS,
    Orca or common desktop keys (see core/hotkeys/conflicts.py).
    """

    id: str
    label: str
    description: str
    key: str
    global_key: str = ""


COMMANDS: tuple[Command, ...] = (
    Command(
        "read",
        mark_tr("Read"),
        mark_tr("Capture the page under the camera and read it aloud."),
        "R",
        "Ctrl+Alt+R",
    ),
    Command(
        "stop",
        mark_tr("Stop"),
        mark_tr("Stop reading and silence speech at once."),
        "Escape",
        "Ctrl+Alt+S",
    ),
    Command(
        "pause",
        mark_tr("Pause"),
        mark_tr("Pause reading, or go on from where it paused."),
        "P",
        "Ctrl+Alt+P",
    ),
    Command(
        "repeat",
        mark_tr("Repeat"),
        mark_tr("Read the last page again, or repeat the last message."),
        "F4",
        "Ctrl+Alt+A",
    ),
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

#: Moving through the page, speed, and saving it. Alt with arrows, because plain and Ctrl
#: arrows belong to the reading pane's caret (screen readers read with them).
READING_COMMANDS: tuple[Command, ...] = (
    Command(
        "faster",
        mark_tr("Faster"),
        mark_tr("Speak faster."),
        "Alt+]",
        "Ctrl+Alt+]",
    ),
    Command(
        "slower",
        mark_tr("Slower"),
        mark_tr("Speak slower."),
        "Alt+[",
        "Ctrl+Alt+[",
    ),
    Command(
        "previous-sentence",
        mark_tr("Previous sentence"),
        mark_tr("Go back one sentence: read on from there, or say it when paused."),
        "Alt+Left",
        "Ctrl+Alt+,",
    ),
    Command(
        "next-sentence",
        mark_tr("Next sentence"),
        mark_tr("Skip to the next sentence: read on from there, or say it when paused."),
        "Alt+Right",
        "Ctrl+Alt+.",
    ),
    Command(
        "previous-line",
        mark_tr("Previous line"),
        mark_tr("Go back one printed line: read on from there, or say it when paused."),
        "Alt+Shift+Up",
    ),
    Command(
        "next-line",
        mark_tr("Next line"),
        mark_tr("Go to the next printed line: read on from there, or say it when paused."),
        "Alt+Shift+Down",
    ),
    Command(
        "previous-word",
        mark_tr("Previous word"),
        mark_tr("Say the word before, and wait there."),
        "Alt+Shift+Left",
    ),
    Command(
        "next-word",
        mark_tr("Next word"),
        mark_tr("Say the next word, and wait there."),
        "Alt+Shift+Right",
    ),
    Command(
        "spell-word",
        mark_tr("Spell word"),
        mark_tr("Spell the current word letter by letter (Korean: syllable by syllable)."),
        "Alt+S",
    ),
    Command(
        "go-to-start",
        mark_tr("Go to start"),
        mark_tr("Go to the start of the page."),
        "Alt+Home",
    ),
    Command(
        "go-to-end",
        mark_tr("Go to end"),
        mark_tr("Go to the last sentence of the page."),
        "Alt+End",
    ),
    Command(
        "read-from-cursor",
        mark_tr("Read from cursor"),
        mark_tr("Read on from the cursor in the reading pane."),
        "Ctrl+Return",
    ),
    Command(
        "save-text",
        mark_tr("Save text"),
        mark_tr("Save the page's text to a file."),
        "Ctrl+S",
    ),
    Command(
        "save-audio",
        mark_tr("Save audio"),
        mark_tr("Save the page read aloud as a sound file (WAV or MP3)."),
        "Ctrl+Shift+S",
    ),
    Command(
        "copy-text",
        mark_tr("Copy text"),
        mark_tr("Copy the page's text to the clipboard."),
        "Ctrl+Shift+C",
    ),
)


def all_commands() -> tuple[Command, ...]:
    """Every command Bitna has: reading, the magnifier's and the faces'."""
    from core.faces.commands import FACE_COMMANDS
    from core.magnifier.commands import MAGNIFIER_COMMANDS
    from core.objects.commands import OBJECT_COMMANDS
    from core.scene.commands import HANDSFREE_COMMANDS

    return (
        COMMANDS
        + READING_COMMANDS
        + MAGNIFIER_COMMANDS
        + FACE_COMMANDS
        + HANDSFREE_COMMANDS
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
