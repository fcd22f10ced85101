"""Turning a source setting ("auto", "demo:ko", "1", "scans/") into a frame source.

The same spec works in the settings file, on the command line and in tests, so every way
of starting Bitna picks its camera the same way.
"""

from __future__ import annotations

import logging
from pathlib import Path

from core.plumbing.errors import CameraError
from core.plumbing.i18n import current_language, tr
from core.sources.base import FrameSource
from core.sources.camera import UsbCamera, list_cameras
from core.sources.demo import DemoSource, pages
from core.sources.files import FileSource

log = logging.getLogger(__name__)


def open_source(spec: str) -> FrameSource:
    """The source `spec` names, not yet opened (but see "auto").

    "demo" shows the demo letter in the UI language, "demo:en" / "demo:ko" a given one; a
    number is a USB camera; a path is a picture, video or folder. "auto" takes the first
    camera that opens (returned already open, so it is not opened twice; `open()` again is
    harmless), else the demo camera.
    """
    text = spec.strip()
    if text == "auto":
        return _first_camera() or DemoSource(_demo_page(None))
    if text == "demo" or text.startswith("demo:"):
        return DemoSource(_demo_page(text.partition(":")[2] or None))
    if text.isdigit():
        return UsbCamera(int(text))
    if text and Path(text).expanduser().exists():
        return FileSource(Path(text).expanduser())
    raise CameraError(
        tr(
            "There is no camera or file called {spec}. Use auto, demo, a camera number, or "
            "the path of a picture, video or folder.",
            spec=spec,
        )
    )


def _demo_page(page: str | None) -> str:
    """The page asked for (DemoSource rejects unknown ones), else the UI language's."""
    if page is not None:
        return page
    language = current_language()
    return language if language in pages() else "en"


def _first_camera() -> UsbCamera | None:
    for info in list_cameras():
        camera = UsbCamera(info.index)
        try:
            camera.open()
        except CameraError as error:
            log.info("Skipping camera %d: %s", info.index, error.message)
            continue
        return camera
    log.info("No camera opens; using the demo camera")
    return None
