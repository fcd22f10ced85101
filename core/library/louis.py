"""liblouis, the braille translator screen readers use, through its C library (ctypes).

The only module that touches liblouis. ctypes on the shared library works the same on
Linux (liblouis.so.20, Debian's liblouis20 with liblouis-data's tables), macOS (Homebrew's
liblouis) and Windows (liblouis.dll from liblouis's Windows zip), with no Python binding to
build; its Python module ships with the system Python only.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
import threading
from pathlib import Path

from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

#: Where Bitna looks for liblouis besides the system's search (LIBLOUIS_PATH: a file).
LIBRARY_VARIABLE = "LIBLOUIS_PATH"
_NAMES = {
    "linux": ("liblouis.so.20", "liblouis.so"),
    "darwin": (
        "liblouis.20.dylib",
        "liblouis.dylib",
        "/opt/homebrew/lib/liblouis.dylib",
        "/usr/local/lib/liblouis.dylib",
    ),
    "win32": ("liblouis.dll", "liblouis-20.dll"),
}
_LOG_OFF = 60000  # above LOU_LOG_FATAL: tables' warnings are not the user's business
_lock = threading.Lock()
_library: ctypes.CDLL | None = None


class BrailleUnavailableError(UserFacingError):
    """liblouis, or the braille table asked for, is not installed."""


def _missing() -> BrailleUnavailableError:
    return BrailleUnavailableError(
        tr(
            "Bitna cannot write braille because liblouis is not installed. On Debian or "
            "Ubuntu install the packages liblouis20 and liblouis-data; on macOS run "
            "'brew install liblouis'; on Windows unpack liblouis's Windows zip and put its "
            "bin folder on the PATH. Then export again."
        )
    )


def _load() -> ctypes.CDLL:
    global _library
    with _lock:
        if _library is not None:
            return _library
        candidates = [os.environ.get(LIBRARY_VARIABLE, "")]
        candidates += _NAMES.get(sys.platform, ("liblouis.so.20",))
        candidates.append(ctypes.util.find_library("louis") or "")
        for name in filter(None, candidates):
            try:
                library = ctypes.CDLL(name)
            except OSError:
                continue
            _declare(library)
            library.lou_setLogLevel(_LOG_OFF)
            _point_at_tables(library, name)
            log.info("Using liblouis %s from %s", library.lou_version().decode(), name)
            _library = library
            return library
        log.warning("liblouis not found (tried %s)", candidates)
        raise _missing()


def _declare(library: ctypes.CDLL) -> None:
    library.lou_version.restype = ctypes.c_char_p
    library.lou_charSize.restype = ctypes.c_int
    library.lou_getTable.restype = ctypes.c_void_p
    library.lou_getTable.argtypes = [ctypes.c_char_p]
    for function in (library.lou_translateString, library.lou_backTranslateString):
        function.restype = ctypes.c_int
        function.argtypes = [
            ctypes.c_char_p,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_int,
        ]


def _point_at_tables(library: ctypes.CDLL, name: str) -> None:
    """A liblouis unpacked from its zip finds its tables beside it: tell it where."""
    if os.environ.get("LOUIS_TABLEPATH"):
        return
    folder = Path(name).parent
    if folder == Path("."):
        return
    share = folder.parent / "share"
    if (share / "liblouis" / "tables").is_dir():
        library.lou_setDataPath(os.fsencode(share))


def available() -> bool:
    """Whether braille can be written here."""
    try:
        _load()
    except BrailleUnavailableError:
        return False
    return True


def version() -> str:
    """liblouis's version, such as "3.24.0"."""
    return str(_load().lou_version().decode())


def translate(text: str, table: str) -> str:
    """`text` in braille by `table` (such as "en-ueb-g2.ctb"), as the table's ASCII braille."""
    return _run(text, table, back=False)


def back_translate(braille: str, table: str) -> str:
    """ASCII braille by `table` back to print (to check a translation)."""
    return _run(braille, table, back=True)


def _run(text: str, table: str, *, back: bool) -> str:
    library = _load()
    if not text:
        return ""
    with _lock:  # liblouis keeps its tables and buffers in globals
        if not library.lou_getTable(table.encode()):
            raise BrailleUnavailableError(
                tr(
                    "The braille table {table} is not installed. Install liblouis's tables "
                    "(on Debian or Ubuntu the package liblouis-data) and export again.",
                    table=table,
                )
            )
        width = library.lou_charSize()
        encoding = "utf-16-le" if width == 2 else "utf-32-le"
        data = text.encode(encoding)
        count = len(data) // width
        source = ctypes.create_string_buffer(data, len(data))
        function = library.lou_backTranslateString if back else library.lou_translateString
        capacity = count * 2 + 64  # contractions shrink; numbers and capitals can grow
        while True:
            target = ctypes.create_string_buffer(capacity * width)
            given, made = ctypes.c_int(count), ctypes.c_int(capacity)
            if not function(
                table.encode(),
                source,
                ctypes.byref(given),
                target,
                ctypes.byref(made),
                None,
                None,
                0,
            ):
                raise BrailleUnavailableError(
                    tr(
                        "liblouis could not translate this text into braille with {table}.",
                        table=table,
                    )
                )
            # A full output buffer may have cut the text short (liblouis can still report
            # all of it as read): only an output with room to spare is whole.
            if given.value >= count and made.value < capacity:
                return target.raw[: made.value * width].decode(encoding)
            capacity *= 2
