"""USB cameras and document cameras, through OpenCV.

This is the only module that opens capture devices. Each OS gets the backend that opens
fast and lets us ask for MJPG at a high resolution (DirectShow, AVFoundation, V4L2); MJPG
matters because uncompressed video over USB 2 caps a document camera at a low resolution.
"""

from __future__ import annotations

import logging
import sys
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from core.plumbing.errors import CameraError
from core.plumbing.i18n import tr
from core.plumbing.opencv_logs import opencv_quiet

log = logging.getLogger(__name__)

RESOLUTIONS = ((3264, 2448), (2592, 1944), (1920, 1080), (1280, 720))
"""Sizes asked for, best first; we keep the largest the camera accepts."""

SYSFS_VIDEO = Path("/sys/class/video4linux")
_WARMUP_READS = 3


@dataclass(frozen=True)
class CameraInfo:
    """A camera found on this machine.

    `name` is the device's own name when the system tells it without opening the device
    (Linux: "HD Webcam"), else "USB camera 2". `width` and `height` are 0 when unknown
    (on Linux, where devices are not opened to probe them).
    """

    index: int
    name: str
    width: int
    height: int


def camera_label(index: int, device_name: str = "") -> str:
    """Name a camera for people: "USB camera 0: HD Webcam", or "USB camera 0" without a name."""
    if device_name:
        return tr("USB camera {index}: {name}", index=index, name=device_name)
    return tr("USB camera {index}", index=index)


def default_backend() -> int:
    """The capture backend that works best on this OS."""
    if sys.platform == "win32":
        return int(cv2.CAP_DSHOW)
    if sys.platform == "darwin":
        return int(cv2.CAP_AVFOUNDATION)
    if sys.platform.startswith("linux"):
        return int(cv2.CAP_V4L2)
    return int(cv2.CAP_ANY)


def list_cameras(max_index: int = 8) -> list[CameraInfo]:
    """The cameras attached now, by index; quick and silent when there are none.

    On Linux the names come from sysfs and no device is opened (opening a camera can take a
    second and disturbs a program using it). Elsewhere each index is probed.
    """
    if sys.platform.startswith("linux"):
        return _linux_cameras(max_index)
    found = []
    for index in range(max_index):
        size = _probe(index)
        if size is not None:
            found.append(CameraInfo(index, camera_label(index), size[0], size[1]))
    return found


def _linux_cameras(max_index: int) -> list[CameraInfo]:
    """Capture nodes from /sys/class/video4linux (a UVC camera's metadata node is skipped)."""
    found = []
    for index in range(max_index):
        node = SYSFS_VIDEO / f"video{index}"
        if not node.exists():
            continue
        if _read_text(node / "index") not in ("", "0"):
            continue  # second node of the same device: metadata, not pictures
        name = _read_text(node / "name") or camera_label(index)
        found.append(CameraInfo(index, name, 0, 0))
    return found


def _device_name(index: int) -> str:
    """The device's own name, where the OS offers it without opening the device."""
    if sys.platform.startswith("linux"):
        return _read_text(SYSFS_VIDEO / f"video{index}" / "name")
    return ""


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _probe(index: int) -> tuple[int, int] | None:
    """Open camera `index` briefly; its current frame size, or None when there is none."""
    with quiet_opencv():
        capture = cv2.VideoCapture(index, default_backend())
        try:
            if not capture.isOpened():
                return None
            width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
            height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
            return width, height
        finally:
            capture.release()


def quiet_opencv() -> AbstractContextManager[None]:
    """Hide OpenCV's console warnings about missing devices; we report failures ourselves."""
    return opencv_quiet()


class UsbCamera:
    """A live camera: `read()` blocks until the camera delivers the next frame."""

    frame_interval: float = 0.0

    def __init__(self, index: int, *, backend: int | None = None) -> None:
        self.index = index
        self.backend = default_backend() if backend is None else backend
        self._capture: cv2.VideoCapture | None = None
        self._device_name = _device_name(index)
        self.width = 0
        self.height = 0

    @property
    def name(self) -> str:
        return camera_label(self.index, self._device_name)

    def open(self) -> None:
        """Open the device, ask for MJPG at the best resolution, and check a frame comes."""
        if self._capture is not None:
            return
        if self._missing_device_node():
            raise self._open_error()
        with quiet_opencv():
            capture = cv2.VideoCapture(self.index, self.backend)
        if not capture.isOpened():
            capture.release()
            raise self._open_error()
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        self.width, self.height = _best_resolution(capture)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # keep latency low: we want the newest frame
        if not any(capture.read()[0] for _ in range(_WARMUP_READS)):
            capture.release()  # opened, but another program holds it or it is broken
            raise self._open_error()
        self._capture = capture
        log.info("Opened %s at %dx%d", self.name, self.width, self.height)

    def read(self) -> np.ndarray | None:
        capture = self._capture
        if capture is None:
            return None
        try:
            ok, frame = capture.read()
        except cv2.error:
            log.warning("Reading %s failed", self.name, exc_info=True)
            return None
        if not ok or frame is None or frame.size == 0:
            return None
        if frame.ndim == 2:
            return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
        if frame.shape[2] == 4:
            return cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
        return frame

    def close(self) -> None:
        capture, self._capture = self._capture, None
        if capture is not None:
            capture.release()

    def _missing_device_node(self) -> bool:
        """On Linux, a camera index without /dev/videoN cannot open: fail fast and quietly."""
        return (
            sys.platform.startswith("linux")
            and self.backend in (cv2.CAP_V4L2, cv2.CAP_ANY)
            and not Path(f"/dev/video{self.index}").exists()
        )

    def _open_error(self) -> CameraError:
        return CameraError(
            tr(
                "Camera {index} could not be opened. Check that it is plugged in and not "
                "used by another program.",
                index=self.index,
            )
        )


def _best_resolution(capture: cv2.VideoCapture) -> tuple[int, int]:
    """Ask for each size, best first; keep the first the camera accepts, else its largest."""
    best = (0, 0)
    for width, height in RESOLUTIONS:
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        got = (
            int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
            int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
        )
        if got == (width, height):
            return got
        if got[0] * got[1] > best[0] * best[1]:
            best = got
    if best != (0, 0):
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, best[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, best[1])
    return best
