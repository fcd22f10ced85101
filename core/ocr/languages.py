"""Tesseract language codes: their names in words, defaults for the UI language, checks.

Users hear "Korean", never "kor", so every code that reaches a message goes through
`language_name`. Codes are Tesseract's (ISO 639-2 plus script models such as "Hangul").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from core.plumbing.i18n import mark_tr, tr

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[str, str] = {
    "eng": mark_tr("English"),
    "kor": mark_tr("Korean"),
    "kor_vert": mark_tr("Korean (vertical)"),
    "Hangul": mark_tr("Korean (Hangul script)"),
    "fra": mark_tr("French"),
    "deu": mark_tr("German"),
    "spa": mark_tr("Spanish"),
    "ita": mark_tr("Italian"),
    "por": mark_tr("Portuguese"),
    "nld": mark_tr("Dutch"),
    "rus": mark_tr("Russian"),
    "jpn": mark_tr("Japanese"),
    "chi_sim": mark_tr("Chinese (Simplified)"),
    "chi_tra": mark_tr("Chinese (Traditional)"),
    "vie": mark_tr("Vietnamese"),
    "ara": mark_tr("Arabic"),
    "hin": mark_tr("Hindi"),
    "osd": mark_tr("Orientation and script detection"),
}

# The Tesseract language that matches each UI language; English is the fallback partner.
_UI_TO_TESSERACT = {
    "en": "eng",
    "ko": "kor",
    "fr": "fra",
    "de": "deu",
    "es": "spa",
    "it": "ita",
    "pt": "por",
    "nl": "nld",
    "ru": "rus",
    "ja": "jpn",
    "zh": "chi_sim",
    "vi": "vie",
    "ar": "ara",
    "hi": "hin",
}
# Bitna is made for Korean and English readers: both are read by default when installed.
_CORE_LANGUAGES = ("kor", "eng")
# Data files that are not languages to read in.
_NOT_READING_LANGUAGES = frozenset({"osd", "equ"})
# Debian packages whose names do not follow "tesseract-ocr-<code>".
_SPECIAL_PACKAGES = {
    "Hangul": "tesseract-ocr-script-hang",
    "script/Hangul": "tesseract-ocr-script-hang",
    "Hangul_vert": "tesseract-ocr-script-hang-vert",
    "script/Hangul_vert": "tesseract-ocr-script-hang-vert",
}
_SEPARATORS = re.compile(r"[+,\s]+")


def language_name(code: str) -> str:
    """The language's name in the UI language, or the code itself when we do not know it."""
    name = LANGUAGE_NAMES.get(code)
    return tr(name) if name else code


def package_name(code: str) -> str:
    """The Debian/Ubuntu package that installs `code` ("kor" -> "tesseract-ocr-kor")."""
    if code in _SPECIAL_PACKAGES:
        return _SPECIAL_PACKAGES[code]
    return "tesseract-ocr-" + code.lower().replace("_", "-").replace("/", "-")


def parse_languages(spec: str) -> list[str]:
    """Split "eng+kor" (also "eng, kor") into codes, without blanks or repeats, order kept."""
    codes: list[str] = []
    for code in _SEPARATORS.split(spec.strip()):
        if code and code not in codes:
            codes.append(code)
    return codes


def missing_languages(spec: str, installed: Sequence[str]) -> list[str]:
    """The codes in `spec` that Tesseract cannot load, in the order they were asked for."""
    available = set(installed)
    return [code for code in parse_languages(spec) if code not in available]


def default_languages(ui_language: str, installed: Sequence[str]) -> str:
    """The languages to read in when the user has chosen none, e.g. "kor+eng" for a Korean UI.

    Korean comes before English whatever the UI language: with "eng+kor" Tesseract 5.3 puts
    a space between most Hangul syllables, while English pages read the same either way
    (measured: benchmarks/README.md#language-order). Another UI language (French,
    say) comes first, then Korean and English. Only installed languages are used; when none
    of those is installed, any installed reading language will do, and with nothing installed the
    wished-for languages are returned so the missing-language message names them.
    """
    wanted: list[str] = []
    own = _UI_TO_TESSERACT.get(ui_language[:2].lower())
    if own in _CORE_LANGUAGES:
        own = None  # the core pair keeps its own order
    for code in (own, *_CORE_LANGUAGES):
        if code and code not in wanted:
            wanted.append(code)
    available = set(installed)
    chosen = [code for code in wanted if code in available]
    if not chosen:
        chosen = [code for code in installed if code not in _NOT_READING_LANGUAGES][:1]
    if not chosen:
        log.info("No Tesseract language is installed; asking for %s", wanted)
        chosen = wanted
    return "+".join(chosen)
