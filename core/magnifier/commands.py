"""The magnifier's commands, gathered into the app's command list by `core/commands.py`.

Default keys avoid the window's other keys and plain letters (the reading pane and screen
readers' browse modes need those). Arrow keys, +, - and the wheel work directly in the
camera view when it has focus; these commands work from anywhere in the window.
"""

from __future__ import annotations

from core.plumbing.command import Command
from core.plumbing.i18n import mark_tr

MAGNIFIER_COMMANDS: tuple[Command, ...] = (
    Command(
        "magnify",
        mark_tr("Magnify"),
        mark_tr("Turn the magnifier on or off: zoom and colours for reading with your eyes."),
        "Ctrl+M",
        "Ctrl+Alt+M",
    ),
    Command(
        "zoom-in",
        mark_tr("Zoom in"),
        mark_tr("Magnify more. In the reading pane, make the text bigger."),
        "Alt+=",
        "Ctrl+Alt+=",
    ),
    Command(
        "zoom-out",
        mark_tr("Zoom out"),
        mark_tr("Magnify less. In the reading pane, make the text smaller."),
        "Alt+-",
        "Ctrl+Alt+-",
    ),
    Command(
        "zoom-reset",
        mark_tr("Whole picture"),
        mark_tr("Show the whole camera picture (zoom 1)."),
        "Alt+0",
    ),
    Command(
        "fit-page",
        mark_tr("Fit page"),
        mark_tr("Zoom so the whole page fills the view."),
        "Ctrl+Shift+P",
    ),
    Command(
        "fit-width",
        mark_tr("Fit width"),
        mark_tr("Zoom so the page's width fills the view, starting at its top."),
        "Ctrl+Shift+W",
    ),
    Command(
        "next-colour-mode",
        mark_tr("Next colours"),
        mark_tr("Show the page in the next colour mode, such as yellow on black."),
        "F5",
        "Ctrl+Alt+C",
    ),
    Command(
        "previous-colour-mode",
        mark_tr("Previous colours"),
        mark_tr("Show the page in the previous colour mode."),
        "Shift+F5",
    ),
    Command(
        "freeze",
        mark_tr("Freeze"),
        mark_tr("Hold the picture still, or let it move again. Read reads a held picture."),
        "Ctrl+Shift+F",
    ),
    Command(
        "rotate",
        mark_tr("Rotate"),
        mark_tr("Turn the picture a quarter turn clockwise."),
        "Ctrl+Shift+R",
    ),
    Command(
        "mirror",
        mark_tr("Mirror"),
        mark_tr("Flip the picture left to right, or back."),
        "Ctrl+Shift+M",
    ),
    Command(
        "reading-line",
        mark_tr("Reading line"),
        mark_tr("Show a reading line, then a mask that hides all but a band, then neither."),
        "Ctrl+Shift+L",
    ),
    Command(
        "reading-line-up",
        mark_tr("Reading line up"),
        mark_tr("Move the reading line or the mask's band up."),
        "Alt+Up",
    ),
    Command(
        "reading-line-down",
        mark_tr("Reading line down"),
        mark_tr("Move the reading line or the mask's band down."),
        "Alt+Down",
    ),
    Command(
        "mask-taller",
        mark_tr("Taller band"),
        mark_tr("Show more lines through the mask."),
        "Alt+PgDown",
    ),
    Command(
        "mask-shorter",
        mark_tr("Shorter band"),
        mark_tr("Show fewer lines through the mask."),
        "Alt+PgUp",
    ),
    Command(
        "brighter",
        mark_tr("Brighter"),
        mark_tr("Make the magnified picture brighter (thinner text in two-colour modes)."),
        "Ctrl+]",
    ),
    Command(
        "darker",
        mark_tr("Darker"),
        mark_tr("Make the magnified picture darker (bolder text in two-colour modes)."),
        "Ctrl+[",
    ),
    Command(
        "more-contrast",
        mark_tr("More contrast"),
        mark_tr("Raise the contrast (in two-colour modes, show fainter marks)."),
        "Ctrl+'",
    ),
    Command(
        "less-contrast",
        mark_tr("Less contrast"),
        mark_tr("Lower the contrast (in two-colour modes, show only clear marks)."),
        "Ctrl+;",
    ),
)
