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
        "next-unsure",
        mark_tr("Next unsure word"),
        mark_tr(
            "Go to the next word that may be misread (a number, by default), say it, and "
            "wait there; Spell word then spells it."
        ),
        "Alt+U",
    ),
    Command(
        "previous-unsure",
        mark_tr("Previous unsure word"),
        mark_tr("Go back to the word before that may be misread, say it, and wait there."),
        "Alt+Shift+U",
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
    Command(
        "summary",
        mark_tr("Summary"),
        mark_tr(
            "Say what the page could be, and who sent it, the amount, the due date and phone "
            "numbers, each with the line it came from."
        ),
        "Ctrl+Shift+O",
    ),
    # Tables: Ctrl+Alt with arrows, as NVDA and JAWS move through a table.
    Command(
        "table-cell-down",
        mark_tr("Cell below"),
        mark_tr("In a table, say the cell below, in the same column."),
        "Ctrl+Alt+Down",
    ),
    Command(
        "table-cell-up",
        mark_tr("Cell above"),
        mark_tr("In a table, say the cell above, in the same column."),
        "Ctrl+Alt+Up",
    ),
    Command(
        "table-cell-right",
        mark_tr("Next cell"),
        mark_tr("In a table, say the next cell of the row, with its column header."),
        "Ctrl+Alt+Right",
    ),
    Command(
        "table-cell-left",
        mark_tr("Previous cell"),
        mark_tr("In a table, say the previous cell of the row, with its column header."),
        "Ctrl+Alt+Left",
    ),
    Command(
        "table-next-row",
        mark_tr("Next row"),
        mark_tr("In a table, say the whole next row."),
        "Ctrl+Alt+Shift+Down",
    ),
    Command(
        "table-previous-row",
        mark_tr("Previous row"),
        mark_tr("In a table, say the whole previous row."),
        "Ctrl+Alt+Shift+Up",
    ),
    Command(
        "table-header",
        mark_tr("Column header"),
        mark_tr("In a table, say the header of the current column."),
        "Ctrl+Alt+Shift+H",
    ),
    Command(
        "table-where",
        mark_tr("Where in the table"),
        mark_tr("Say the row and column of the current cell, and its header."),
        "Ctrl+Alt+Shift+W",
    ),
)
