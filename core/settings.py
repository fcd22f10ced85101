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
from typing import Any

from core.atomic import write_atomically
from core.paths import config_dir

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"

THEMES = ("yellow-on-black", "white-on-black", "black-on-white", "black-on-yellow")
SPEECH_OUTPUTS = ("bitna", "screen-reader")
UI_LANGUAGES = ("auto", "en", "ko")


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
    theme: str = "yellow-on-black"
    #: Point size of the reading pane's text.
    reading_font_size: int = 28
    #: Extra keys the user gave commands, by command id (overrides the defaults).
    keys: dict[str, str] = field(default_factory=dict)


_CHOICES: dict[str, tuple[str, ...]] = {
    "theme": THEMES,
    "speech_output": SPEECH_OUTPUTS,
    "ui_language": UI_LANGUAGES,
}
_RANGES: dict[str, tuple[int, int]] = {"speech_rate": (80, 450), "reading_font_size": (12, 120)}

#: Upgrades from older schema versions: MIGRATIONS[n] turns a version-n dict into version n+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def settings_file() -> Path:
    """Where the settings live for this user."""
    return config_dir() / FILE_NAME


def _valid(name: str, value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if not isinstance(value, type(default)):
        return False
    if name in _CHOICES and value not in _CHOICES[name]:
        return False
    if name in _RANGES:
        low, high = _RANGES[name]
        return bool(low <= value <= high)
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
            values[item.name] = raw[item.name]
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
