"""The reading commands: read, stop, pause, repeat, speed, moving through the page, saving."""

from __future__ import annotations

from core.plumbing.command import Command
from core.plumbing.i18n import mark_tr

#: Moving through the page uses Alt with arrows, because plain and Ctrl arrows belong to
#: the reading pane's caret (screen readers read with them).
READING_COMMANDS: tuple[Command, ...] = (
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
