"""The first-run guide: what it says, step by step, and what it changes in the settings.

A blind user cannot read an installer's screens or a manual, so on the first start Bitna
talks them through the few things that matter: is there a camera, can they hear Bitna
(else their screen reader speaks for it), which language and voice, and three keys. The
guide is skippable at any step and repeatable (command "first-run-guide", F1).

This module is the Qt-free model: steps and their texts, the choices each offers, and
the settings that result. `gui/first_run.py` shows it and speaks each step.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.plumbing.i18n import current_language, set_language, tr
from core.settings import Settings
from core.speech.base import Voice

log = logging.getLogger(__name__)

#: Set (to anything but "" or "0") to never show the guide by itself, like `--no-guide`.
NO_GUIDE_VARIABLE = "BITNA_NO_GUIDE"
#: The step ids, in order.
STEP_IDS = ("welcome", "camera", "speech", "language", "voice", "keys", "done")
#: The three commands the guide teaches, with the one that repeats the guide.
TAUGHT_COMMANDS = ("read", "stop", "repeat")
GUIDE_COMMAND = "first-run-guide"
#: Commands that leave the guide open: they act on speech or on the window around it.
#: Any other command (Read from a global hotkey, say) shows its result in the main
#: window, which the guide would cover, so the guide steps aside for it.
GUIDE_KEEPS = frozenset(
    {GUIDE_COMMAND, "stop", "pause", "repeat", "show-window", "bigger", "smaller"}
)
#: Interface languages offered, by their own names (never translated).
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}


def closes_guide(command_id: str) -> bool:
    """Whether carrying out this command while the guide is open should close the guide."""
    return command_id not in GUIDE_KEEPS


def should_show_guide(
    settings: Settings, *, no_guide: bool = False, environ: Mapping[str, str] | None = None
) -> bool:
    """Whether the app opens the guide at start: only until it was finished or skipped once."""
    environ = os.environ if environ is None else environ
    if no_guide or environ.get(NO_GUIDE_VARIABLE, "") not in ("", "0"):
        return False
    return not settings.first_run_done


@dataclass(frozen=True)
class Option:
    """One choice in a step: the value stored, and the text shown and spoken."""

    value: str
    label: str


@dataclass(frozen=True)
class Step:
    """One page of the guide, in the current UI language."""

    id: str
    number: int
    total: int
    title: str
    text: str
    options: tuple[Option, ...] = ()
    selected: str = ""

    @property
    def heading(self) -> str:
        """ "Step 2 of 7: Camera", shown above the text."""
        return tr(
            "Step {number} of {total}: {title}",
            number=self.number,
            total=self.total,
            title=self.title,
        )

    @property
    def spoken(self) -> str:
        """What Bitna says when the step opens."""
        return f"{self.heading}. {self.text}"


@dataclass(frozen=True)
class Keys:
    """A command's label (English source, shown through tr()) and keys, as the user has them."""

    label: str
    key: str
    global_key: str


class FirstRunGuide:
    """The guide's state: which step, and the settings as the user's choices change them.

    `cameras` are the names of the cameras found, `source_name` what Bitna uses now;
    `voices` the speech service's voices; `keys` the taught commands' keys by command id
    (with GUIDE_COMMAND's), as `core.commands` resolves them for the user's settings.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        cameras: Sequence[str],
        source_name: str,
        voices: Sequence[Voice],
        keys: Mapping[str, Keys],
    ) -> None:
        self.settings = settings
        self._cameras = list(cameras)
        self._source_name = source_name
        self._voices = list(voices)
        self._command_keys = dict(keys)
        self.index = 0
        self.finished = False
        self.skipped = False

    # Moving through ---------------------------------------------------------------------
    @property
    def step(self) -> Step:
        """The current step, built now so it follows a language just chosen."""
        return self._build(STEP_IDS[self.index])

    @property
    def is_first(self) -> bool:
        return self.index == 0

    @property
    def is_last(self) -> bool:
        return self.index == len(STEP_IDS) - 1

    def next(self) -> bool:
        """Go to the next step; on the last one, finish. True while there is a step to show."""
        if self.is_last:
            self.finish()
            return False
        self.index += 1
        return True

    def back(self) -> bool:
        """Go to the previous step; False on the first."""
        if self.is_first:
            return False
        self.index -= 1
        return True

    def finish(self) -> Settings:
        """End the guide; it will not open by itself again."""
        self.finished = True
        self.settings = dataclasses.replace(self.settings, first_run_done=True)
        return self.settings

    def skip(self) -> Settings:
        """End the guide early (Escape); like finishing, it will not open by itself again."""
        self.skipped = True
        return self.finish()

    # Choices ----------------------------------------------------------------------------
    def choose(self, value: str) -> Settings:
        """Take the current step's choice; returns the settings with it applied.

        Choosing a language switches the UI language at once, so the next thing said is in it.
        """
        step_id = STEP_IDS[self.index]
        if step_id == "speech":
            self.settings = dataclasses.replace(self.settings, speech_output=value)
        elif step_id == "language":
            self.settings = dataclasses.replace(self.settings, ui_language=value)
            set_language(value)
        elif step_id == "voice":
            if self.voice_language == "ko":
                self.settings = dataclasses.replace(self.settings, voice_ko=value)
            else:
                self.settings = dataclasses.replace(self.settings, voice_en=value)
        else:
            raise ValueError(f"Step {step_id!r} offers no choice")
        log.info("First-run guide: %s = %r", step_id, value)
        return self.settings

    @property
    def voice_language(self) -> str:
        """The language whose voice the voice step chooses: the UI language."""
        return current_language()

    def voices_for_language(self) -> list[Voice]:
        """The voices that speak the UI language, in the speech service's order."""
        return [voice for voice in self._voices if voice.speaks(self.voice_language)]

    # The texts --------------------------------------------------------------------------
    def _build(self, step_id: str) -> Step:
        number, total = STEP_IDS.index(step_id) + 1, len(STEP_IDS)
        title, text, options, selected = getattr(self, f"_{step_id}")()
        return Step(step_id, number, total, title, text, tuple(options), selected)

    def _welcome(self) -> tuple[str, str, list[Option], str]:
        return (
            tr("Welcome"),
            tr(
                "Welcome to Bitna. This short guide checks your camera and speech, lets you "
                "choose a language and a voice, and teaches three keys. Press Enter to go on, "
                "or Escape to skip the guide at any time."
            ),
            [],
            "",
        )

    def _camera(self) -> tuple[str, str, list[Option], str]:
        if self._cameras:
            names = ", ".join(self._cameras)
            found = (
                tr("Bitna found a camera: {names}.", names=names)
                if len(self._cameras) == 1
                else tr(
                    "Bitna found {count} cameras: {names}.", count=len(self._cameras), names=names
                )
            )
            text = found + " " + tr("It is using {source}.", source=self._source_name)
        else:
            text = tr(
                "No camera was found. Bitna is using its demo camera, a picture of a sample "
                "letter, so you can try it now. Plug in a camera at any time and choose it "
                "in Settings."
            )
        return tr("Camera"), text + " " + tr("Press Enter to go on."), [], ""

    def _speech(self) -> tuple[str, str, list[Option], str]:
        options = [
            Option("bitna", tr("Yes, I heard Bitna's voice")),
            Option("screen-reader", tr("No, let my screen reader speak for Bitna")),
        ]
        text = tr(
            "This is Bitna speaking. Did you hear that? If you did, press Enter. If not, "
            "press the down arrow to let your screen reader speak for Bitna, then Enter."
        )
        return tr("Speech"), text, options, self.settings.speech_output

    def _language(self) -> tuple[str, str, list[Option], str]:
        options = [Option(code, name) for code, name in LANGUAGE_NAMES.items()]
        text = tr(
            "Choose the language of Bitna's menus and messages with the up and down arrows, "
            "then press Enter. Bitna reads both English and Korean text whichever you choose."
        )
        return tr("Language"), text, options, current_language()

    def _voice(self) -> tuple[str, str, list[Option], str]:
        voices = self.voices_for_language()
        if not voices:
            text = tr("No voice for this language is installed. Press Enter to go on.")
            return tr("Voice"), text, [], ""
        chosen = self.settings.voice_ko if self.voice_language == "ko" else self.settings.voice_en
        options = [Option(voice.id, voice.name) for voice in voices]
        if chosen not in [option.value for option in options]:
            chosen = options[0].value
        text = tr(
            "Choose the voice that reads to you. Each voice says a sentence as you move to "
            "it with the arrow keys. Press Enter to keep the one you hear."
        )
        return tr("Voice"), text, options, chosen

    def _keys_text(self, command_id: str) -> str:
        keys = self._command_keys.get(command_id)
        if keys is None:
            return ""
        if keys.global_key:
            return tr(
                "{label}: press {key} in Bitna's window, or {global_key} in any program.",
                label=tr(keys.label),
                key=keys.key,
                global_key=keys.global_key,
            )
        return tr("{label}: press {key}.", label=tr(keys.label), key=keys.key)

    def _keys(self) -> tuple[str, str, list[Option], str]:
        lines = [self._keys_text(command_id) for command_id in TAUGHT_COMMANDS]
        said = [line for line in lines if line]
        text = " ".join([tr("Three keys to remember."), *said, tr("Press Enter to go on.")])
        return tr("Keys"), text, [], ""

    def _done(self) -> tuple[str, str, list[Option], str]:
        guide = self._command_keys.get(GUIDE_COMMAND)
        again = (
            tr("To hear this guide again, press {key} or use the Help menu.", key=guide.key)
            if guide is not None and guide.key
            else tr("To hear this guide again, use the Help menu.")
        )
        text = " ".join(
            [
                tr("That is all."),
                again,
                tr("Put a page under the camera and press Enter to start using Bitna."),
            ]
        )
        return tr("Ready"), text, [], ""
