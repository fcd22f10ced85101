"""Frame sources: USB cameras, files, the demo camera and fakes, read by one FrameReader."""

from core.sources.base import FrameSource
from core.sources.camera import CameraInfo, UsbCamera, list_cameras
from core.sources.demo import DemoSource
from core.sources.factory import open_source
from core.sources.fakes import NullSource, RecordingSource
from core.sources.files import FileSource
from core.sources.reader import FrameReader

__all__ = [
    "CameraInfo",
    "DemoSource",
    "FileSource",
    "FrameReader",
    "FrameSource",
    "NullSource",
    "RecordingSource",
    "UsbCamera",
    "list_cameras",
    "open_source",
]
