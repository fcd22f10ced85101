"""High-contrast colour themes, as plain data the window styles itself from.

Every text/background pair is at least 7:1 (WCAG 2.2 AAA) and the focus ring at least 3:1
against what surrounds it; a test computes both from the colours here.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.plumbing.i18n import mark_tr


@dataclass(frozen=True)
class Theme:
    """Colours as "#rrggbb".

    Buttons use the text colours with a border; a focused control gets a thicker border in
    `focus`, so focus shows by shape as well as colour. The spoken word is drawn in the
    highlight colours and underlined.
    """

    id: str
    label: str
    foreground: str
    background: str
    focus: str
    highlight_foreground: str
    highlight_background: str
    error_foreground: str


THEMES: dict[str, Theme] = {
    theme.id: theme
    for theme in (
        Theme(
            "yellow-on-black",
            mark_tr("Yellow on black"),
            "#ffff00",
            "#000000",
            "#00ffff",
            "#000000",
            "#ffff00",
            "#ffffff",
        ),
        Theme(
            "white-on-black",
            mark_tr("White on black"),
            "#ffffff",
            "#000000",
            "#ffff00",
            "#000000",
            "#ffffff",
            "#ffff00",
        ),
        Theme(
            "black-on-white",
            mark_tr("Black on white"),
            "#000000",
            "#ffffff",
            "#0000c0",
            "#ffffff",
            "#000000",
            "#800000",
        ),
        Theme(
            "black-on-yellow",
            mark_tr("Black on yellow"),
            "#000000",
            "#ffff00",
            "#0000c0",
            "#ffff00",
            "#000000",
            "#800000",
        ),
    )
}

DEFAULT_THEME = "yellow-on-black"
SYSTEM_THEME = "system"
SYSTEM_THEME_LABEL = mark_tr("Follow the system's high-contrast setting")


def resolve_theme(theme_id: str, *, high_contrast: bool, dark: bool) -> Theme:
    """The theme to show: "system" follows the system's high-contrast setting and scheme.

    With high contrast on, the system's light or dark choice picks black on white or white
    on black; with it off, Bitna's own default (yellow on black) stays, since even then
    most of Bitna's users read better with it than with an ordinary desktop theme.
    """
    if theme_id == SYSTEM_THEME:
        if not high_contrast:
            return THEMES[DEFAULT_THEME]
        return THEMES["white-on-black" if dark else "black-on-white"]
    return THEMES.get(theme_id, THEMES[DEFAULT_THEME])


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a "#rrggbb" colour."""
    channels = []
    for index in (1, 3, 5):
        value = int(colour[index : index + 2], 16) / 255
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
