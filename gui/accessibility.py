"""Accessible roles Qt cannot guess for Bitna's own widgets.

A plain QWidget is exposed as a "filler", so screen readers named the camera view but not
what it is. An accessibility factory gives it the Graphic role ("image" in AT-SPI).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from gui.live_view import LiveView

_installed = False


def _interface_for(key: str, candidate: QObject) -> QAccessibleInterface | None:
    if isinstance(candidate, LiveView):
        return QAccessibleWidget(candidate, QAccessible.Role.Graphic)
    return None


def install_roles() -> None:
    """Register the factory once per process (Qt keeps it for the app's life)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_interface_for)
        _installed = True
