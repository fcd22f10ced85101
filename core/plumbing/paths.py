"""Where Bitna keeps the user's settings and data: the platform's own folders.

`BITNA_DATA_DIR` (or `--data-dir`) puts everything in one folder instead, for tests,
portable installs and people with more than one profile.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Bitna"
DATA_DIR_VARIABLE = "BITNA_DATA_DIR"


def _override() -> Path | None:
    value = os.environ.get(DATA_DIR_VARIABLE)
    return Path(value) if value else None


def config_dir() -> Path:
    """The folder for settings (created owner-only if missing)."""
    folder = _override() or Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def data_dir() -> Path:
    """The folder for what the user teaches Bitna (created owner-only if missing)."""
    folder = _override() or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder
