"""The system's Hunspell and its English and Korean dictionaries, as a `Lexicon`.

Hunspell is called through ctypes: the C library is what LibreOffice and Firefox
maintain, and it handles Korean (syllables split into letters, particles) exactly. The
Python bindings on PyPI ship no wheels, and the pure-Python reader (spylls) answered
wrongly for Korean once an English dictionary was loaded beside it and took ~10 ms a
Korean word (Hunspell: ~20 µs). Dictionaries load on first use of their language (the
Korean one costs ~50 MB and 0.3 s), and a missing library or dictionary makes that
language unknown (None), never an error: the doubt checks then use the other signs.
Windows and macOS have no packaged dictionaries: installer/fetch_dictionaries.py fetches
Debian's, and the Windows bundle carries them and an MSYS2 build of the library.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import threading
from pathlib import Path

from core.text.lexicon import Language

log = logging.getLogger(__name__)

#: Dictionary names per language, first found first; English knows both spellings.
DICTIONARIES: dict[Language, tuple[str, ...]] = {
    "en": ("en_US", "en_GB"),
    "ko": ("ko", "ko_KR"),
}


def dictionary_folders() -> list[Path]:
    """Where dictionaries are looked for: $BITNA_DICTIONARIES, then the usual places."""
    folders = [Path(p) for p in os.environ.get("BITNA_DICTIONARIES", "").split(os.pathsep) if p]
    folders += [
        Path("/usr/share/hunspell"),
        Path("/usr/share/myspell/dicts"),
        Path("/usr/share/myspell"),
        Path("/usr/local/share/hunspell"),
        Path("/opt/homebrew/share/hunspell"),
        Path.home() / "Library" / "Spelling",
    ]
    return folders


#: Hunspell's library names for `ctypes.util.find_library`: Debian's and Homebrew's
#: (hunspell-1.7), the MSYS2 build that the Windows bundle carries (libhunspell-1.7-0.dll).
LIBRARY_NAMES = ("hunspell-1.7", "hunspell", "libhunspell", "libhunspell-1.7-0")

#: Where Homebrew puts it; `find_library` does not look there on macOS.
LIBRARY_PATHS = (
    Path("/opt/homebrew/lib/libhunspell-1.7.dylib"),
    Path("/usr/local/lib/libhunspell-1.7.dylib"),
)


def library_candidates() -> list[str]:
    """What to load, first found first: $BITNA_HUNSPELL_LIBRARY (the bundle sets it), the
    system's library by name, then the fixed places."""
    named = os.environ.get("BITNA_HUNSPELL_LIBRARY", "")
    candidates = [named] if named else []
    candidates += [found for name in LIBRARY_NAMES if (found := ctypes.util.find_library(name))]
    candidates += [str(path) for path in LIBRARY_PATHS if path.is_file()]
    return list(dict.fromkeys(candidates))


def _library() -> ctypes.CDLL | None:
    for candidate in library_candidates():
        try:
            library = ctypes.CDLL(candidate)
        except OSError as error:
            log.info("Hunspell at %s does not load: %s", candidate, error)
            continue
        library.Hunspell_create.restype = ctypes.c_void_p
        library.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        library.Hunspell_spell.restype = ctypes.c_int
        library.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        library.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
        library.Hunspell_get_dic_encoding.argtypes = [ctypes.c_void_p]
        return library
    return None


class HunspellLexicon:
    """English and Korean words as the system's Hunspell dictionaries know them."""

    def __init__(self, folders: list[Path] | None = None) -> None:
        self._folders = folders if folders is not None else dictionary_folders()
        self._lock = threading.Lock()
        self._library: ctypes.CDLL | None = None
        self._tried_library = False
        #: Per language: (handle, encoding) of each dictionary loaded; [] when none.
        self._loaded: dict[Language, list[tuple[int, str]]] = {}

    def load_soon(self, languages: str) -> None:
        """Load the dictionaries for Tesseract `languages` ("eng+kor") in a thread of their
        own, so the first words judged do not wait for them."""
        codes: dict[str, Language] = {"eng": "en", "kor": "ko"}
        wanted = [
            language
            for code, language in codes.items()
            if code in languages.split("+") and language not in self._loaded
        ]
        if wanted:
            threading.Thread(
                target=lambda: [self.available(language) for language in wanted],
                name="dictionaries",
                daemon=True,
            ).start()

    def available(self, language: Language) -> bool:
        """Whether a dictionary for `language` was found (loads it)."""
        with self._lock:
            return bool(self._dictionaries(language))

    def knows(self, word: str, language: Language) -> bool | None:
        with self._lock:
            dictionaries = self._dictionaries(language)
            if not dictionaries or self._library is None:
                return None
            for handle, encoding in dictionaries:
                try:
                    encoded = word.encode(encoding)
                except UnicodeEncodeError:
                    continue
                if self._library.Hunspell_spell(handle, encoded):
                    return True
            return False

    def _dictionaries(self, language: Language) -> list[tuple[int, str]]:
        if language in self._loaded:
            return self._loaded[language]
        if not self._tried_library:
            self._tried_library = True
            self._library = _library()
            if self._library is None:
                log.info("Hunspell is not installed: words are not checked against a dictionary")
        loaded: list[tuple[int, str]] = []
        if self._library is not None:
            for name in DICTIONARIES[language]:
                for folder in self._folders:
                    aff, dic = folder / f"{name}.aff", folder / f"{name}.dic"
                    if aff.is_file() and dic.is_file():
                        handle = self._library.Hunspell_create(os.fsencode(aff), os.fsencode(dic))
                        if handle:
                            raw = self._library.Hunspell_get_dic_encoding(handle) or b"UTF-8"
                            loaded.append((handle, raw.decode("ascii", "replace")))
                        break
            if not loaded:
                log.info("No %s Hunspell dictionary found in %s", language, self._folders)
        self._loaded[language] = loaded
        return loaded


_shared: HunspellLexicon | None = None
_shared_lock = threading.Lock()


def shared_lexicon() -> HunspellLexicon:
    """The one lexicon the process uses (dictionaries are loaded once)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = HunspellLexicon()
        return _shared
