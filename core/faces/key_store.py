"""Where the key that encrypts the faces is kept: the system keyring, else a key file.

The people list's descriptors are encrypted (`core.faces.sealing`) with a 256-bit key that
never lives in the list's own file, so a copied people.db alone reveals nothing. Where the
operating system offers a keyring (Windows Credential Manager, the macOS Keychain, the
Secret Service of a Linux desktop), the key is kept there; otherwise in `people.key` beside
the data, readable by its owner only. This is the only module that imports `keyring`.
Keyring's fail and null backends, and any error from a backend, count as no keyring.
BITNA_NO_KEYRING=1 keeps the key in the file (the tests set it, so they never write to the
keyring of the person running them).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from core.plumbing.atomic import create_atomically
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

KEY_FILE = "people.key"
KEY_BYTES = 32
SERVICE = "Bitna"


def _username(folder: Path) -> str:
    """The keyring entry's name: one key per data folder."""
    return f"people key for {folder.resolve()}"


def _keyring() -> Any | None:
    """The system keyring's backend, or None where there is none usable."""
    if os.environ.get("BITNA_NO_KEYRING", "").strip() not in ("", "0"):
        return None
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, (fail.Keyring, null.Keyring)) or backend.priority <= 0:
            return None
        return backend
    except Exception as error:  # any backend may fail in its own way (D-Bus, locked...)
        log.warning("No usable system keyring: %r", error)
        return None


def _from_keyring(backend: Any, folder: Path) -> bytes | None:
    try:
        text = backend.get_password(SERVICE, _username(folder))
    except Exception as error:
        log.warning("Could not read the faces key from the system keyring: %r", error)
        return None
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        log.warning("The faces key in the system keyring is not a key")
        return b""


def key_file(folder: Path) -> Path:
    """The key file's path in the data folder (used where there is no keyring)."""
    return folder / KEY_FILE


def read_key(folder: Path) -> bytes | None:
    """The key for the lists in `folder`, from the keyring or the key file; None if neither.

    A key of the wrong length is returned as it is: the caller finds it does not fit.
    """
    backend = _keyring()
    if backend is not None:
        key = _from_keyring(backend, folder)
        if key is not None:
            return key
    try:
        return key_file(folder).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        log.warning("Could not read the faces key file: %r", error)
        return None


def create_key(folder: Path) -> bytes:
    """Make a new random key and keep it (keyring, else key file); returns the key kept.

    When another Bitna made one at the same moment, that one is returned instead.
    """
    key = secrets.token_bytes(KEY_BYTES)
    backend = _keyring()
    if backend is not None:
        try:
            backend.set_password(SERVICE, _username(folder), base64.b64encode(key).decode())
            kept = _from_keyring(backend, folder)
            if kept:
                log.info("Made a new faces key, kept in the system keyring")
                return kept
        except Exception as error:
            log.warning("Could not keep the faces key in the system keyring: %r", error)
    path = key_file(folder)
    with contextlib.suppress(FileExistsError):
        create_atomically(path, key, mode=0o600)
        log.info("Made a new faces key, kept in %s", path)
    return path.read_bytes()


def forget_key(folder: Path) -> None:
    """Delete the key wherever it is kept (used when a new key replaces a lost one)."""
    backend = _keyring()
    if backend is not None:
        try:
            if backend.get_password(SERVICE, _username(folder)) is not None:
                backend.delete_password(SERVICE, _username(folder))
        except Exception as error:
            log.warning("Could not delete the faces key from the system keyring: %r", error)
    with contextlib.suppress(FileNotFoundError):
        key_file(folder).unlink()


def where_kept(folder: Path) -> str:
    """Where the key is (or will be) kept, for Settings and `bitna faces key`."""
    backend = _keyring()
    in_keyring = backend is not None and _from_keyring(backend, folder) is not None
    if in_keyring or (backend is not None and not key_file(folder).exists()):
        return tr("the system keyring")
    return tr("a key file in {folder}", folder=str(folder))
