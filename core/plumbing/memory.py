"""Keeping the window's memory flat over hours: fewer malloc arenas.

glibc gives each thread that allocates at the same time as another its own arena (up to
eight per core), and memory freed in one arena is not reused by the others, so Bitna's
workers (reading, speech, faces, the library, the camera) made a long session grow
(measured: benchmarks/README.md#soak).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter number


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Ask glibc for at most `arenas` malloc arenas from now on; False where there is no
    glibc (Windows, macOS, musl) or it refuses. Call it before the worker threads start."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError) as error:
        log.info("No glibc mallopt here: %s", error)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(_M_ARENA_MAX, arenas))
    log.info("malloc arenas limited to %d: %s", arenas, done)
    return done
