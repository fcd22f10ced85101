"""Translation of every user-facing string, in the engine and in the window alike.

One catalogue per language lives in `resources/translations/bitna_<lang>.ts` (Qt Linguist's
format, so translators can use Linguist). The engine reads it with the standard library, so
spoken messages are translated without Qt. Source strings are English.

Use `tr("Reading stopped.")` where a string is shown or spoken, and `mark_tr("Read")` for a
string defined at import time and translated later with `tr()`. A test checks that every
string marked either way has a Korean translation.
"""

from __future__ import annotations

import functools
import locale
import logging
import os
import xml.etree.ElementTree as ET
from importlib import resources

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "ko")

_catalogue: dict[str, str] = {}
_language = "en"


def mark_tr(text: str) -> str:
    """Mark `text` for translation without translating it now (labels defined at import)."""
    return text


def tr(text: str, /, **values: object) -> str:
    """Return `text` in the current UI language, with `{name}` fields filled from `values`."""
    translated = _catalogue.get(text) or text
    return translated.format(**values) if values else translated


def said_in(language: str | None, text: str) -> str:
    """`text` in the language of the voice that says it (None: the UI's), which need not
    be the UI's: a Korean voice cannot say the English "unsure", nor an English voice
    "불확실"."""
    if language is None or language == _language:
        return tr(text)
    return _voice_catalogue(language).get(text, text)


@functools.lru_cache(maxsize=4)
def _voice_catalogue(language: str) -> dict[str, str]:
    return load_catalogue(language)


def current_language() -> str:
    """The UI language now in use: "en" or "ko"."""
    return _language


def system_language() -> str:
    """The two-letter language of the user's system, or "en" when it is not one we ship."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in SUPPORTED_LANGUAGES else "en"
    try:
        code = (locale.getlocale()[0] or "en")[:2].lower()
    except ValueError:
        code = "en"
    return code if code in SUPPORTED_LANGUAGES else "en"


def load_catalogue(language: str) -> dict[str, str]:
    """Read the shipped translations for `language` (empty for English, the source language)."""
    if language == "en":
        return {}
    source = resources.files("resources") / "translations" / f"bitna_{language}.ts"
    try:
        root = ET.fromstring(source.read_bytes())
    except (OSError, ET.ParseError):
        log.warning("No usable translation for %r; using English", language)
        return {}
    catalogue: dict[str, str] = {}
    for message in root.iter("message"):
        original = message.findtext("source")
        translation = message.find("translation")
        if not original or translation is None or not translation.text:
            continue
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        catalogue[original] = translation.text
    return catalogue


def set_language(language: str) -> str:
    """Switch the UI language ("auto" follows the system); returns the language chosen."""
    global _catalogue, _language
    chosen = system_language() if language == "auto" else language
    if chosen not in SUPPORTED_LANGUAGES:
        chosen = "en"
    _catalogue = load_catalogue(chosen)
    _language = chosen
    return chosen
