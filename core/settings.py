"""The user's settings: one typed, versioned schema, stored as JSON in the config folder.

Loading never fails: a missing, damaged or foreign file gives defaults for whatever cannot
be understood (the damaged file is kept beside it for a human to look at), so a bad file can
never stop a blind user from starting Bitna.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from core.magnifier.modes import MODES_BY_ID
from core.magnifier.state import (
    ADJUST_STEPS,
    GUIDES,
    MAX_MASK_HEIGHT,
    MAX_ZOOM,
    MIN_MASK_HEIGHT,
    MIN_ZOOM,
    ROTATIONS,
)
from core.plumbing.atomic import write_atomically
from core.plumbing.paths import config_dir

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"

THEMES = ("yellow-on-black", "white-on-black", "black-on-white", "black-on-yellow", "system")
SPEECH_OUTPUTS = ("bitna", "screen-reader")
UI_LANGUAGES = ("auto", "en", "ko")
TABLE_HEADERS = ("every", "once")

N = TypeVar("N", int, float)


@dataclass(frozen=True)
class Range(Generic[N]):
    """The values a number setting may take, `low` to `high` inclusive: what the settings
    file accepts, the settings dialog offers and the keys that step it stop at."""

    low: N
    high: N

    def __contains__(self, value: object) -> bool:
        return isinstance(value, (int, float)) and self.low <= value <= self.high

    def clamp(self, value: N) -> N:
        return min(self.high, max(self.low, value))


#: Words per minute.
SPEECH_RATE = Range(80, 450)
#: Points, of the reading pane's text.
READING_FONT_SIZE = Range(12, 120)
#: Percent, of the whole interface.
UI_SCALE = Range(100, 300)
#: Hands-free reading: sensitivity to movement, and milliseconds a page lies still.
HANDSFREE_SENSITIVITY = Range(1, 5)
HANDSFREE_DELAY_MS = Range(100, 3000)
#: Live text's languages: as the page reading, English, Korean, or both.
LIVE_TEXT_LANGUAGES = ("", "eng", "kor", "eng+kor")


@dataclass
class Settings:
    """Everything the user can choose. Field defaults are what a new user gets."""

    version: int = SCHEMA_VERSION
    #: "auto" (first camera, else the demo), "demo", "demo:ko", a camera index or a file path.
    camera: str = "auto"
    #: Tesseract languages such as "eng+kor"; "" picks from the UI language and what is installed.
    ocr_languages: str = ""
    ui_language: str = "auto"
    #: Voice ids for English and Korean text; "" picks one automatically.
    voice_en: str = ""
    voice_ko: str = ""
    #: Words per minute.
    speech_rate: int = 175
    #: "bitna" speaks with its own voice; "screen-reader" hands text to NVDA, JAWS or Orca.
    speech_output: str = "bitna"
    #: Say "unsure" before words recognised with low confidence. Off by default: on clean
    #: print it rarely speaks, and on poor photos it breaks in every few words.
    unsure_words: bool = False
    #: Say "unsure" before numbers (amounts, dates, doses, phone numbers) that may be
    #: misread: a wrong number said with confidence does the most harm.
    unsure_numbers: bool = True
    #: A table's column headers said with every cell ("every") or once before its rows.
    table_headers: str = "every"
    theme: str = "yellow-on-black"
    #: Point size of the reading pane's text.
    reading_font_size: int = 28
    #: Size of the whole interface in percent (Ctrl+= and Ctrl+-).
    ui_scale: int = 100
    #: Keys the user gave commands in the window, by command id (overrides the defaults).
    keys: dict[str, str] = field(default_factory=dict)
    #: System-wide hotkeys the user chose, by command id ("" turns one off).
    global_keys: dict[str, str] = field(default_factory=dict)
    #: Listen for global hotkeys at all.
    global_hotkeys: bool = True
    #: The magnifier as the user last left it.
    magnifier_on: bool = False
    magnifier_zoom: float = 1.0
    magnifier_colour_mode: str = "full-colour"
    magnifier_brightness: int = 0
    magnifier_contrast: int = 0
    magnifier_rotation: int = 0
    magnifier_mirror: bool = False
    #: "none", "line" (a reading line) or "mask" (a band that hides the rest).
    magnifier_guide: str = "none"
    magnifier_guide_position: float = 0.5
    magnifier_mask_height: float = 0.2
    #: Hands-free reading: how small a movement counts (1 least, 5 most sensitive), how long
    #: (ms) a new page must lie still before it is read, and whether a new page cuts off the
    #: one being read ("interrupt") or waits for it ("wait").
    handsfree_sensitivity: int = 3
    handsfree_delay_ms: int = 250
    handsfree_turn: str = "wait"
    #: Live text: the languages it reads ("" reads as the page reading does), and whether
    #: an expiry date in view is also said on its own ("Expires 14 March 2027").
    live_text_languages: str = ""
    live_text_expiry: bool = True
    #: Keep what is read (each Read, auto-captured page, book and stretch of live text) in
    #: the library on this computer, to find, read on and export later (`core/library/`).
    keep_library: bool = True
    #: Who's here: while the camera is on, say "<name> is here" when someone the user
    #: introduced comes into view (once per arrival). Off unless asked for: it speaks
    #: unprompted, and it looks at the camera all the time.
    announce_arrivals: bool = False
    #: The first-run guide was finished or skipped, so it no longer opens at start.
    first_run_done: bool = False


_CHOICES: dict[str, tuple[object, ...]] = {
    "theme": THEMES,
    "speech_output": SPEECH_OUTPUTS,
    "ui_language": UI_LANGUAGES,
    "magnifier_colour_mode": tuple(MODES_BY_ID),
    "magnifier_rotation": ROTATIONS,
    "magnifier_guide": GUIDES,
    "handsfree_turn": ("wait", "interrupt"),
    "table_headers": TABLE_HEADERS,
    "live_text_languages": LIVE_TEXT_LANGUAGES,
}
_RANGES: dict[str, Range[int] | Range[float]] = {
    "speech_rate": SPEECH_RATE,
    "reading_font_size": READING_FONT_SIZE,
    "ui_scale": UI_SCALE,
    "magnifier_zoom": Range(MIN_ZOOM, MAX_ZOOM),
    "magnifier_brightness": Range(-ADJUST_STEPS, ADJUST_STEPS),
    "magnifier_contrast": Range(-ADJUST_STEPS, ADJUST_STEPS),
    "magnifier_guide_position": Range(0.0, 1.0),
    "magnifier_mask_height": Range(MIN_MASK_HEIGHT, MAX_MASK_HEIGHT),
    "handsfree_sensitivity": HANDSFREE_SENSITIVITY,
    "handsfree_delay_ms": HANDSFREE_DELAY_MS,
}

#: Upgrades from older schema versions: MIGRATIONS[n] turns a version-n dict into version n+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def settings_file() -> Path:
    """Where the settings live for this user."""
    return config_dir() / FILE_NAME


def _valid(name: str, value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float) and isinstance(value, int):
        value = float(value)  # JSON writes 2.0 as 2
    if not isinstance(value, type(default)):
        return False
    if name in _CHOICES and value not in _CHOICES[name]:
        return False
    if name in _RANGES:
        return value in _RANGES[name]
    if isinstance(value, dict):
        return all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    return True


def from_dict(raw: dict[str, Any]) -> Settings:
    """Settings from a stored dict: migrated, with each bad or unknown value dropped."""
    version = raw.get("version", SCHEMA_VERSION)
    if not isinstance(version, int):
        version = SCHEMA_VERSION
    while version < SCHEMA_VERSION and version in MIGRATIONS:
        raw = MIGRATIONS[version](raw)
        version += 1
    defaults = Settings()
    values: dict[str, Any] = {}
    for item in dataclasses.fields(Settings):
        if item.name == "version" or item.name not in raw:
            continue
        default = getattr(defaults, item.name)
        if _valid(item.name, raw[item.name], default):
            values[item.name] = (
                type(default)(raw[item.name]) if isinstance(default, float) else (raw[item.name])
            )
        else:
            log.warning("Ignoring setting %s=%r", item.name, raw[item.name])
    return Settings(**values)


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or defaults for anything missing or unreadable."""
    path = path or settings_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        log.warning("Cannot read %s (%s); using defaults", path, error)
        return Settings()
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except ValueError as error:
        backup = path.with_name(path.name + ".damaged")
        shutil.copyfile(path, backup)
        log.warning("Settings file %s is damaged (%s); kept as %s", path, error, backup)
        return Settings()
    return from_dict(raw)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Store the settings atomically, readable by the user only."""
    path = path or settings_file()
    data = json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False)
    write_atomically(path, data.encode("utf-8"))
