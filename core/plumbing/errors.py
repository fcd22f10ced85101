"""Errors a user can meet, each carrying a message that says what to do about it.

Anything raised as a `UserFacingError` is spoken and shown as it is; anything else is a bug,
logged with its traceback and reported to the user in plain words.
"""

from __future__ import annotations

import logging


class UserFacingError(Exception):
    """An error whose `message` is already translated and tells the user what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CameraError(UserFacingError):
    """The camera (or file, or demo source) cannot give frames."""


class OcrUnavailableError(UserFacingError):
    """Tesseract, or a language it needs, is not installed."""


class SpeechError(UserFacingError):
    """Speech cannot be produced or played (no voices, no audio device)."""


class BadImageError(UserFacingError):
    """A file that is missing, empty or not an image."""


def message_for(
    error: BaseException | None, fallback: str, *, log: logging.Logger, doing: str
) -> str:
    """What to tell the user about `error`: a UserFacingError's own message; anything else
    is a bug, logged with its traceback on `log` ("<doing> failed"), and gets `fallback`."""
    if isinstance(error, UserFacingError):
        return error.message
    log.error("%s failed", doing, exc_info=error)
    return fallback
