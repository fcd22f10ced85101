"""The live camera picture, drawn at the size it is shown, never at the sensor's size."""

from __future__ import annotations

import logging
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.i18n import tr

log = logging.getLogger(__name__)

LatestFrame = Callable[[], "tuple[int, np.ndarray] | None"]


class LiveView(QWidget):
    """Shows the newest frame ~30 times a second; skips work when no new frame came."""

    def __init__(self, latest: LatestFrame, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._latest = latest
        self._sequence = -1
        self._image: QImage | None = None
        self.frames_shown = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._timer = QTimer(self)
        self._timer.setInterval(33)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._source_name = ""
        self.retranslate()

    def describe_source(self, source_name: str) -> None:
        """Tell screen readers which camera the view shows."""
        self._source_name = source_name
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Camera view"))
        self.setAccessibleDescription(
            tr("Live picture from {source}.", source=self._source_name) if self._source_name else ""
        )

    def refresh(self) -> None:
        """Take the newest frame, if there is a new one, and schedule a repaint."""
        latest = self._latest()
        if latest is None or latest[0] == self._sequence:
            return
        self._sequence, frame = latest
        self._image = self._to_image(frame)
        self.frames_shown += 1
        self.update()

    def _to_image(self, frame: np.ndarray) -> QImage:
        height, width = frame.shape[:2]
        scale = min(self.width() / width, self.height() / height, 1.0)
        if scale < 1.0:
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            frame = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
        rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB) if frame.ndim == 3 else frame
        rgb = np.ascontiguousarray(rgb)
        height, width = rgb.shape[:2]
        image_format = (
            QImage.Format.Format_RGB888 if rgb.ndim == 3 else QImage.Format.Format_Grayscale8
        )
        return QImage(rgb.data, width, height, rgb.strides[0], image_format).copy()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._image is not None:
            image = self._image
            scale = min(self.width() / image.width(), self.height() / image.height())
            width, height = int(image.width() * scale), int(image.height() * scale)
            left, top = (self.width() - width) // 2, (self.height() - height) // 2
            target = QRect(left, top, width, height)
            painter.drawImage(target, image)
        painter.end()
