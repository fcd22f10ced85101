"""The live camera picture and video magnifier, drawn at the size it is shown.

All picture work happens on the magnifier's render thread (`core.magnifier.RenderLoop`); the
UI thread only paints a finished BGRA picture 1:1, so OCR or a busy window never makes the
picture stutter, and a slow moment drops stale frames instead of queueing them. With focus
the view takes arrow keys (pan, held keys glide), + and - (zoom), Home (whole picture),
the wheel (zoom about the pointer) and mouse drags (pan).
"""

from __future__ import annotations

import logging
import threading

import numpy as np
from PySide6.QtCore import QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHideEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOption, QWidget

from core.magnifier.control import PAN_STEP, Magnifier
from core.magnifier.loop import LatestFrame, Rendered, RenderLoop
from core.magnifier.state import ViewState, next_zoom_step, previous_zoom_step, zoom_phrase
from core.plumbing.i18n import tr
from gui.bridge import ui_thread

log = logging.getLogger(__name__)

__all__ = ["LatestFrame", "LiveView"]

#: Room kept round the picture for the focus ring (the style sheet draws it 6 px thick).
FRAME_WIDTH = 6
_WHEEL_STEP = 120  # angleDelta units per notch
_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
_ZOOM_KEYS = {
    Qt.Key.Key_Plus: "zoom-in",
    Qt.Key.Key_Equal: "zoom-in",
    Qt.Key.Key_PageUp: "zoom-in",
    Qt.Key.Key_Minus: "zoom-out",
    Qt.Key.Key_PageDown: "zoom-out",
    Qt.Key.Key_Home: "zoom-reset",
}


class LiveView(QWidget):
    """Shows the newest frame through the magnifier; counts what it shows and drops."""

    #: A command asked for by a key in the view ("zoom-in", "zoom-out", "zoom-reset"), so
    #: the controller carries it out and announces it as if it came from anywhere else.
    command_requested = Signal(str)
    #: The wheel changed the zoom (the controller announces it once the wheel rests).
    wheel_zoomed = Signal()

    def __init__(
        self,
        latest: LatestFrame,
        parent: QWidget | None = None,
        *,
        magnifier: Magnifier | None = None,
    ) -> None:
        super().__init__(parent)
        self.magnifier = magnifier or Magnifier()
        # The render thread asks for a repaint through the UI thread's one way in, so it
        # never touches Qt and a still picture costs the UI thread nothing between frames.
        self._ui = ui_thread()
        self._repaint_asked = threading.Event()
        self.loop = RenderLoop(latest, self.magnifier, on_rendered=self._rendered)
        self._shown: Rendered | None = None
        self._image: QImage | None = None
        self.frames_shown = 0
        self._held: dict[Qt.Key, tuple[int, int]] = {}
        self._wheel = 0
        self._drag: QPointF | None = None
        self._source_name = ""
        self.setObjectName("liveView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.magnifier.add_listener(self._state_changed)
        self.retranslate()

    # Public API
    @property
    def state(self) -> ViewState:
        return self.magnifier.state

    @property
    def frames_dropped(self) -> int:
        """Camera frames never shown: skipped by the render thread or replaced unseen."""
        return self.loop.frames_dropped + self.loop.frames_superseded

    def capture_frame(self) -> np.ndarray | None:
        """The whole picture as the user sees it turned (the frozen one when frozen)."""
        return self.loop.capture()

    def fit_page(self) -> ViewState:
        return self.magnifier.fit(self.loop.current_frame())

    def fit_width(self) -> ViewState:
        return self.magnifier.fit(self.loop.current_frame(), width_only=True)

    def stop(self) -> None:
        """Stop the render thread (the app calls this when it shuts down)."""
        self.loop.stop()

    def describe_source(self, source_name: str) -> None:
        """Tell screen readers which camera the view shows."""
        self._source_name = source_name
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Camera view"))
        state = self.magnifier.state
        parts = []
        if self._source_name:
            parts.append(tr("Live picture from {source}.", source=self._source_name))
        parts.append(
            tr(
                "{zoom}, {mode}.",
                zoom=zoom_phrase(state.zoom, start=True),
                mode=tr(self.magnifier.mode.label),
            )
        )
        parts.append(tr("Arrow keys move, plus and minus zoom."))
        description = " ".join(parts)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)

    # Qt events
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        taken = self.loop.take()
        if taken is not None:
            self._shown = taken
            image = taken.image
            height, width = image.shape[:2]
            self._image = QImage(
                image.data, width, height, image.strides[0], QImage.Format.Format_RGB32
            )
            self.frames_shown += 1
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        painter.fillRect(self.rect(), self.palette().window())
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        if self._image is not None:
            target = self._picture_rect()
            if (self._image.width(), self._image.height()) == (target.width(), target.height()):
                painter.drawImage(target.topLeft(), self._image)
            else:  # resized since it was rendered: the next picture will fit again
                painter.drawImage(target, self._image)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        rect = self._picture_rect()
        self.loop.display_size = (rect.width(), rect.height())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        rect = self._picture_rect()
        self.loop.display_size = (rect.width(), rect.height())
        self.loop.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.loop.stop()  # a hidden or minimised view costs nothing

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key in _ARROWS:
            if not event.isAutoRepeat():
                dx, dy = _ARROWS[key]
                self._held[key] = (dx, dy)
                self.magnifier.pan_by(dx * PAN_STEP, dy * PAN_STEP)  # a tap moves at once
                self._update_pan()
            event.accept()
            return
        command = _ZOOM_KEYS.get(key)
        if command is not None:
            self.command_requested.emit(command)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = Qt.Key(event.key())
        if key in _ARROWS and not event.isAutoRepeat():
            self._held.pop(key, None)
            self._update_pan()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self._held.clear()  # the key release goes elsewhere now
        self._update_pan()
        super().focusOutEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        self._wheel += event.angleDelta().y()
        steps = int(self._wheel / _WHEEL_STEP)
        if steps == 0:
            event.accept()
            return
        self._wheel -= steps * _WHEEL_STEP
        point = event.position() - QPointF(self._picture_rect().topLeft())
        for _ in range(abs(steps)):
            zoom = self.magnifier.state.zoom
            target = next_zoom_step(zoom) if steps > 0 else previous_zoom_step(zoom)
            self.magnifier.set_zoom(target, about=(point.x(), point.y()))
        self.wheel_zoomed.emit()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._drag is not None:
            moved = event.position() - self._drag
            self._drag = event.position()
            self.magnifier.drag_by(moved.x(), moved.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._drag = None
        super().mouseReleaseEvent(event)

    # Helpers
    def _picture_rect(self) -> QRect:
        return self.rect().adjusted(FRAME_WIDTH, FRAME_WIDTH, -FRAME_WIDTH, -FRAME_WIDTH)

    def _rendered(self) -> None:
        """A picture is ready (render thread): ask for a repaint, unless one is on its way."""
        if not self._repaint_asked.is_set():
            self._repaint_asked.set()
            self._ui.post(self._repaint, owner=self)

    def _repaint(self) -> None:
        self._repaint_asked.clear()
        if self.loop.has_ready:  # a paint since the post may have shown it already
            self.update()

    def _update_pan(self) -> None:
        dx = max(-1, min(1, sum(d[0] for d in self._held.values())))
        dy = max(-1, min(1, sum(d[1] for d in self._held.values())))
        self.magnifier.set_pan(dx, dy)

    def _state_changed(self) -> None:
        # Called on the thread that changed the state: always the UI thread (keys, commands).
        self.retranslate()
