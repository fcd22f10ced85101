"""`announce()`: the one door through which everything Bitna says goes out.

Each message is kept in the speech history (the user can review it, like NVDA's speech
viewer), appended to the speech log when one was asked for, handed to the speech service,
and passed to listeners: the window shows it, and a screen reader can speak it.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from core.speech.base import SpeechService

log = logging.getLogger(__name__)


class Role(Enum):
    """Why something is said, so the window can show errors apart from reading."""

    STATUS = "status"
    READING = "reading"
    ERROR = "error"


@dataclass(frozen=True)
class Utterance:
    """One thing Bitna said (or showed), when, and why."""

    time: datetime
    text: str
    role: Role
    spoken: bool


Listener = Callable[[Utterance], None]


class Announcer:
    """Says things: to the history, the log file, the speech service and the listeners."""

    def __init__(
        self,
        speech: SpeechService | None = None,
        *,
        log_path: Path | None = None,
        history_size: int = 1000,
    ) -> None:
        self.speech = speech
        self._log_path = log_path
        self._history: deque[Utterance] = deque(maxlen=history_size)
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def add_listener(self, listener: Listener) -> None:
        """Call `listener` with every utterance (on the thread that announced it)."""
        self._listeners.append(listener)

    def announce(
        self,
        text: str,
        role: Role = Role.STATUS,
        *,
        speak: bool = True,
        interrupt: bool = False,
        language: str | None = None,
    ) -> int | None:
        """Say `text`; returns the speech utterance id, or None when nothing was spoken.

        `interrupt` silences whatever is being said first (for errors and new pages);
        `speak=False` only shows and records it (the Stop command's "Stopped").
        """
        text = text.strip()
        if not text:
            return None
        spoken = speak and self.speech is not None
        utterance = Utterance(datetime.now(), text, role, spoken)
        with self._lock:
            self._history.append(utterance)
            self._write_log(utterance)
        log.info("announce [%s] %s", role.value, text)
        utterance_id = None
        if self.speech is not None:
            if interrupt:
                self.speech.stop()
            if speak:
                utterance_id = self.speech.speak(text, language)
        for listener in list(self._listeners):
            try:
                listener(utterance)
            except Exception:
                log.exception("Announcement listener failed")
        return utterance_id

    def history(self) -> list[Utterance]:
        """Everything said so far this session, oldest first."""
        with self._lock:
            return list(self._history)

    def last(self, role: Role | None = None) -> Utterance | None:
        """The most recent utterance (of `role`, when given)."""
        with self._lock:
            for utterance in reversed(self._history):
                if role is None or utterance.role is role:
                    return utterance
        return None

    def _write_log(self, utterance: Utterance) -> None:
        if self._log_path is None:
            return
        line = " ".join(utterance.text.split())
        stamp = utterance.time.isoformat(timespec="milliseconds")
        try:
            with self._log_path.open("a", encoding="utf-8") as stream:
                stream.write(f"{stamp}\t{utterance.role.value}\t{line}\n")
        except OSError as error:
            log.warning("Cannot write the speech log %s: %s", self._log_path, error)
            self._log_path = None
