"""Handing what Bitna says to the user's screen reader ("Speak with: My screen reader").

Qt's QAccessibleAnnouncementEvent is the portable way: NVDA and JAWS get it as a UI
Automation notification on Windows, VoiceOver as an announcement on macOS. Orca before
version 46 (Debian 12 ships 43) ignores AT-SPI announcements, and tests showed it said
nothing. What every Orca does speak is a notification that appears: so on Linux the text is
put in a small notification object that is hidden and shown again, and Orca says it.

What is said in one turn of the event loop (the sentences of a page, queued at once) goes
out as one message: screen readers interrupt one notification with the next, so sentence
by sentence only the last would be heard.
"""

from __future__ import annotations

import logging
import sys
from collections import deque

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QWidget

log = logging.getLogger(__name__)

_factory_installed = False


class Notice(QWidget):
    """An all but invisible notification object whose name is the text to be spoken."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("screen-reader-notice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(0, 0, 1, 1)
        self.hide()

    def present(self, text: str) -> None:
        """Appear with `text` as the name: Orca speaks a notification that appears."""
        self.hide()
        self.setAccessibleName(text)
        self.show()
        self.lower()


def _interface_for(key: str, candidate: QObject) -> QAccessibleInterface | None:
    if isinstance(candidate, Notice):
        return QAccessibleWidget(candidate, QAccessible.Role.Notification)
    return None


class ScreenReaderChannel(QObject):
    """Sends text to the screen reader, one message per turn of the event loop."""

    def __init__(self, window: QWidget, *, use_notice: bool | None = None) -> None:
        super().__init__(window)
        global _factory_installed
        if not _factory_installed:
            QAccessible.installFactory(_interface_for)
            _factory_installed = True
        self._window = window
        self._use_notice = sys.platform.startswith("linux") if use_notice is None else use_notice
        self.notice = Notice(window)
        self._pending: list[str] = []
        #: The latest messages sent (for tests; bounded, as a session can be long).
        self.sent: deque[str] = deque(maxlen=50)

    def say(self, text: str) -> None:
        """Queue `text`; it goes out with whatever else is said in this turn."""
        if not text.strip():
            return
        self._pending.append(text.strip())
        if len(self._pending) == 1:
            QTimer.singleShot(0, self._flush)

    def _flush(self) -> None:
        if not self._pending:
            return
        text = " ".join(self._pending)
        self._pending.clear()
        self.sent.append(text)
        log.debug("To the screen reader: %d characters", len(text))
        if self._use_notice:
            # Orca speaks a notification of the window in front: over a dialog (the
            # Library's "3 documents found."), the notice moves into that dialog.
            front = QApplication.activeWindow()
            home = front if front is not None and front.isModal() else self._window
            if not shiboken6.isValid(self.notice):  # went with a dialog that was closed
                self.notice = Notice(home)
            if self.notice.parentWidget() is not home:
                self.notice.setParent(home)
            self.notice.present(text)
        else:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._window, text))
