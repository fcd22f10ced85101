"""The magnifier's commands: carried out on the live view, said in words, remembered.

Each handler changes the view through `core.magnifier.Magnifier` and announces the result
("Zoom 4 times", "Yellow on black"), because a user who sees a little still wants to hear
where the zoom went, and one who cannot see needs to know the picture changed. The zoom
keys magnify the reading pane's text instead while it has the focus.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from core.magnifier.modes import DEFAULT_MODE
from core.magnifier.state import (
    MAX_ZOOM,
    MIN_ZOOM,
    ViewState,
    restore,
    zoom_phrase,
    zoom_words,
)
from core.plumbing.i18n import tr
from gui.live_view import LiveView

log = logging.getLogger(__name__)

#: Reading pane text sizes the zoom keys step through (points).
TEXT_SIZES = (12, 14, 16, 18, 20, 24, 28, 32, 36, 40, 48, 56, 64, 72, 84, 96, 108, 120)
#: Settings fields (on `core.settings.Settings`) and the view-state fields they hold.
SETTINGS_FIELDS = {
    "magnifier_zoom": "zoom",
    "magnifier_colour_mode": "mode",
    "magnifier_brightness": "brightness",
    "magnifier_contrast": "contrast",
    "magnifier_rotation": "rotation",
    "magnifier_mirror": "mirror",
    "magnifier_guide": "guide",
    "magnifier_guide_position": "guide_position",
    "magnifier_mask_height": "mask_height",
}
_SAVE_DELAY_MS = 1500  # save once the keys rest, not on every press
_WHEEL_ANNOUNCE_MS = 400


class TextZoomTarget(Protocol):
    """The reading pane, as far as the zoom keys need it."""

    def hasFocus(self) -> bool: ...  # noqa: N802 (Qt's name)

    @property
    def point_size(self) -> int: ...

    def set_point_size(self, point_size: int) -> None: ...


class MagnifierController(QObject):
    """Handlers for `core.magnifier.commands.MAGNIFIER_COMMANDS`, bound to one live view.

    `announce(text)` says a short message (the app passes the Announcer, interrupting).
    `settings` is read for the remembered magnifier fields (missing ones get defaults).
    `settings_changed` fires, once the keys rest, when `settings_values()` has changed.
    """

    settings_changed = Signal()

    def __init__(
        self,
        view: LiveView,
        announce: Callable[[str], None],
        settings: object,
        *,
        reading_pane: TextZoomTarget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.magnifier = view.magnifier
        self._announce = announce
        self.reading_pane = reading_pane
        self._active = False
        self._remembered = ViewState()
        self._reading_font_size = int(getattr(settings, "reading_font_size", 28))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.settings_changed)
        self._wheel_timer = QTimer(self)
        self._wheel_timer.setSingleShot(True)
        self._wheel_timer.setInterval(_WHEEL_ANNOUNCE_MS)
        self._wheel_timer.timeout.connect(self._announce_zoom)
        view.command_requested.connect(self._view_command)
        view.wheel_zoomed.connect(self._wheel_zoomed)
        self.apply_settings(settings)

    # For the app
    def handlers(self) -> dict[str, Callable[[], None]]:
        """Command id → handler, for every magnifier command."""
        return {
            "magnify": self.toggle,
            "zoom-in": self.zoom_in,
            "zoom-out": self.zoom_out,
            "zoom-reset": self.zoom_reset,
            "fit-page": self.fit_page,
            "fit-width": self.fit_width,
            "next-colour-mode": lambda: self.step_mode(1),
            "previous-colour-mode": lambda: self.step_mode(-1),
            "freeze": self.freeze,
            "rotate": self.rotate,
            "mirror": self.mirror,
            "reading-line": self.reading_line,
            "reading-line-up": lambda: self.move_guide(-1),
            "reading-line-down": lambda: self.move_guide(1),
            "mask-taller": lambda: self.resize_mask(1),
            "mask-shorter": lambda: self.resize_mask(-1),
            "brighter": lambda: self.adjust(brightness=1),
            "darker": lambda: self.adjust(brightness=-1),
            "more-contrast": lambda: self.adjust(contrast=1),
            "less-contrast": lambda: self.adjust(contrast=-1),
        }

    @property
    def active(self) -> bool:
        """True while the magnifier is on (zoom and colours applied to the camera view)."""
        return self._active

    @property
    def reading_font_size(self) -> int:
        return self._reading_font_size

    def settings_values(self) -> dict[str, Any]:
        """The fields to store in Settings (`dataclasses.replace(settings, **values)`)."""
        state = self.magnifier.state if self._active else self._remembered
        values: dict[str, Any] = {"magnifier_on": self._active}
        for setting, field in SETTINGS_FIELDS.items():
            values[setting] = getattr(state, field)
        values["magnifier_rotation"] = self.magnifier.state.rotation  # kept when off as well
        values["magnifier_mirror"] = self.magnifier.state.mirror
        values["reading_font_size"] = self._reading_font_size
        return values

    def apply_settings(self, settings: object) -> None:
        """Follow remembered settings (at start, or after the settings dialog)."""
        remembered = restore(
            {
                field: getattr(settings, setting)
                for setting, field in SETTINGS_FIELDS.items()
                if hasattr(settings, setting)
            }
        )
        self._remembered = remembered
        self._reading_font_size = int(getattr(settings, "reading_font_size", 28))
        self._active = bool(getattr(settings, "magnifier_on", False))
        frozen = self.magnifier.state.frozen
        if self._active:
            self.magnifier.set_state(replace(remembered, frozen=frozen))
        else:
            self.magnifier.set_state(_plain(remembered, frozen))

    # Commands
    def toggle(self) -> None:
        if self._active:
            self._remembered = self.magnifier.state
            self._active = False
            self.magnifier.set_state(_plain(self._remembered, self.magnifier.state.frozen))
            self._say(tr("Magnifier off."))
            return
        self._active = True
        state = replace(
            self._remembered,
            rotation=self.magnifier.state.rotation,
            mirror=self.magnifier.state.mirror,
            frozen=self.magnifier.state.frozen,
        )
        state = self.magnifier.set_state(state)
        self._say(
            tr(
                "Magnifier on: {zoom}, {mode}.",
                zoom=zoom_phrase(state.zoom),
                mode=tr(self.magnifier.mode.label),
            )
        )

    def zoom_in(self) -> None:
        if self._pane_has_focus():
            self._step_text_size(1)
            return
        before = self.magnifier.state.zoom
        self._activate()
        state = self.magnifier.zoom_in()
        if state.zoom == before == MAX_ZOOM:
            self._say(tr("Zoom {zoom} times is the most.", zoom=zoom_words(state.zoom)))
            return
        self._announce_zoom()

    def zoom_out(self) -> None:
        if self._pane_has_focus():
            self._step_text_size(-1)
            return
        self._activate()
        self.magnifier.zoom_out()
        self._announce_zoom()

    def zoom_reset(self) -> None:
        self._activate()
        self.magnifier.update(zoom=MIN_ZOOM, centre=(0.5, 0.5))
        self._announce_zoom()

    def fit_page(self) -> None:
        self._activate()
        state = self.view.fit_page()
        self._say(tr("Fit page, {zoom}.", zoom=zoom_phrase(state.zoom)))

    def fit_width(self) -> None:
        self._activate()
        state = self.view.fit_width()
        self._say(tr("Fit width, {zoom}.", zoom=zoom_phrase(state.zoom)))

    def step_mode(self, steps: int) -> None:
        self._activate()
        self.magnifier.step_mode(steps)
        self._say(tr(self.magnifier.mode.label))

    def freeze(self) -> None:
        state = self.magnifier.toggle_freeze()
        self._say(tr("Picture frozen.") if state.frozen else tr("Live picture."))

    def rotate(self) -> None:
        state = self.magnifier.rotate()
        if state.rotation:
            self._say(tr("Turned {degrees} degrees.", degrees=state.rotation))
        else:
            self._say(tr("Not turned."))

    def mirror(self) -> None:
        state = self.magnifier.toggle_mirror()
        self._say(tr("Mirrored.") if state.mirror else tr("Not mirrored."))

    def reading_line(self) -> None:
        self._activate()
        state = self.magnifier.next_guide()
        words = {
            "line": tr("Reading line."),
            "mask": tr("Reading mask."),
            "none": tr("No reading line."),
        }
        self._say(words[state.guide])

    def move_guide(self, steps: int) -> None:
        if self.magnifier.state.guide == "none":
            self._say(tr("The reading line is off."))
            return
        self.magnifier.move_guide(steps)
        self._changed()

    def resize_mask(self, steps: int) -> None:
        if self.magnifier.state.guide != "mask":
            self._say(tr("The reading mask is off."))
            return
        self.magnifier.resize_mask(steps)
        self._changed()

    def adjust(self, brightness: int = 0, contrast: int = 0) -> None:
        self._activate()
        state = self.magnifier.adjust(brightness, contrast)
        if brightness:
            self._say(tr("Brightness {value}.", value=_signed(state.brightness)))
        else:
            self._say(tr("Contrast {value}.", value=_signed(state.contrast)))

    # Helpers
    def _activate(self) -> None:
        """A magnifier command while the magnifier is off turns it on where it is."""
        self._active = True

    def _pane_has_focus(self) -> bool:
        return self.reading_pane is not None and self.reading_pane.hasFocus()

    def _step_text_size(self, steps: int) -> None:
        assert self.reading_pane is not None
        size = self.reading_pane.point_size
        if size <= 0:
            size = self._reading_font_size
        if steps > 0:
            index = bisect.bisect_right(TEXT_SIZES, size)
            new = TEXT_SIZES[min(index, len(TEXT_SIZES) - 1)]
        else:
            index = bisect.bisect_left(TEXT_SIZES, size) - 1
            new = TEXT_SIZES[max(index, 0)]
        self.reading_pane.set_point_size(new)
        self._reading_font_size = new
        self._say(tr("Text size {size}.", size=new))

    def _announce_zoom(self) -> None:
        zoom = self.magnifier.state.zoom
        if zoom <= MIN_ZOOM:
            self._say(tr("Whole picture."))
        else:
            self._say(tr("Zoom {zoom} times.", zoom=zoom_words(zoom)))

    def _view_command(self, command_id: str) -> None:
        handler = self.handlers().get(command_id)
        if handler is not None:
            handler()

    def _wheel_zoomed(self) -> None:
        self._activate()
        self._changed()
        self._wheel_timer.start()  # announce once the wheel rests

    def _say(self, text: str) -> None:
        self._announce(text)
        self._changed()

    def _changed(self) -> None:
        self._save_timer.start()


def _plain(state: ViewState, frozen: bool) -> ViewState:
    """The unmagnified camera view: whole picture, true colours, no guide; still turned."""
    return ViewState(rotation=state.rotation, mirror=state.mirror, frozen=frozen, mode=DEFAULT_MODE)


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


__all__ = ["MAX_ZOOM", "SETTINGS_FIELDS", "TEXT_SIZES", "MagnifierController", "TextZoomTarget"]
