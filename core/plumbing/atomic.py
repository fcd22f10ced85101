"""Write files so that a crash or power cut leaves the old file or the new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write `data` to `path` via a synced temporary file and a rename."""
    temporary = _synced_temporary(path, data, mode)
    try:
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def create_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write `data` to `path` only if it does not exist yet: FileExistsError if it does.

    For a file that must never be replaced once made (a key): written whole to a synced
    temporary file, then hard-linked into place, which fails rather than overwrite what
    another process made first; a crash leaves no file or the whole file.
    """
    temporary = _synced_temporary(path, data, mode)
    try:
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (FAT, some network drives)
            if path.exists():
                raise FileExistsError(path) from None
            os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _synced_temporary(path: Path, data: bytes, mode: int) -> str:
    """A hidden temporary file beside `path` holding `data`, synced to disk, with `mode`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary


def _remove_leftovers(path: Path, older_than: float = 60.0) -> None:
    """Delete temporary files that a write killed half-way left behind (never a fresh one)."""
    now = time.time()
    for leftover in path.parent.glob(f".{path.name}.*"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > older_than:
                leftover.unlink()
