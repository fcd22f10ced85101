"""Pictures, videos and folders of pictures that play like a camera.

Lets people without a camera (or testers, or a benchmark) use every feature: a still image
is shown as a steady live picture, a video loops at its own speed, and a folder of scans is
shown one page at a time, in name order, looping.

A still picture is `still`: the frame reader reads it once and gives that frame again
`STILL_FPS` times a second, under new sequence numbers, without reading or copying it; the
magnifier sees the same frame object and draws nothing new. The steady stream is kept
because the scene watcher (hands-free reading) counts a still spell in frames over time.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import cv2
import numpy as np

from core.plumbing.errors import BadImageError, CameraError
from core.plumbing.i18n import tr
from core.plumbing.imageio import load_image
from core.sources.camera import quiet_opencv

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".gif", ".pbm", ".pgm", ".ppm"}
)
VIDEO_SUFFIXES = frozenset(
    {".mp4", ".avi", ".mov", ".mkv", ".webm", ".m4v", ".wmv", ".mpg", ".mpeg", ".ogv", ".3gp"}
)
STILL_FPS = 10.0
"""How often a still picture is given again (not redrawn): the scene watcher's clock."""
FOLDER_FPS = 2.0
DEFAULT_VIDEO_FPS = 25.0
_CACHE_BYTES = 256 * 1024 * 1024  # a folder of a few scans stays decoded; a big one streams


class FileSource:
    """A still image, a video file or a folder of images, read like a camera."""

    def __init__(self, path: str | os.PathLike[str], *, folder_fps: float = FOLDER_FPS) -> None:
        self.path = Path(path)
        self.folder_fps = folder_fps
        self.frame_interval = 1.0 / STILL_FPS
        self._still: np.ndarray | None = None
        self._video: cv2.VideoCapture | None = None
        self._first_video_frame: np.ndarray | None = None
        self._pictures: list[Path] = []
        self._position = 0
        self._cache: dict[Path, np.ndarray] = {}

    @property
    def name(self) -> str:
        if self.path.is_dir():
            return tr("Folder: {name}", name=self.path.name or str(self.path))
        return tr("File: {name}", name=self.path.name)

    @property
    def still(self) -> bool:
        """True for a single picture: it never changes, so reading it once is enough."""
        return self._still is not None

    @property
    def is_open(self) -> bool:
        return self._still is not None or self._video is not None or bool(self._pictures)

    def open(self) -> None:
        """Work out what the path is and check that it gives a first picture."""
        if self.is_open:
            return
        if not self.path.exists():
            raise CameraError(
                tr(
                    "The file or folder {path} does not exist. Check the name, or choose "
                    "another camera source.",
                    path=self.path,
                )
            )
        if self.path.is_dir():
            self._open_folder()
        elif self.path.suffix.lower() in VIDEO_SUFFIXES:
            self._open_video()
        else:
            self._open_still()
        log.info("Opened %s (a frame every %.3f s)", self.path, self.frame_interval)

    def read(self) -> np.ndarray | None:
        if self._still is not None:
            return self._still.copy()  # the caller may draw on it; our copy stays clean
        if self._video is not None:
            return self._read_video()
        if self._pictures:
            return self._read_folder()
        return None

    def close(self) -> None:
        if self._video is not None:
            self._video.release()
        self._video = None
        self._first_video_frame = None
        self._still = None
        self._pictures = []
        self._cache.clear()
        self._position = 0

    # A still image
    def _open_still(self) -> None:
        try:
            self._still = load_image(self.path)
        except BadImageError as error:
            if self.path.suffix.lower() in IMAGE_SUFFIXES or not self._try_video():
                raise CameraError(self._unplayable_message(error)) from error
            return
        self.frame_interval = 1.0 / STILL_FPS

    def _unplayable_message(self, error: BadImageError) -> str:
        if self.path.suffix.lower() in IMAGE_SUFFIXES:
            return error.message  # damaged, empty, too large: the precise reason helps
        return tr(
            "{path} is not a picture or video Bitna can play. Use a PNG, JPEG or TIFF "
            "picture, or an MP4 or AVI video.",
            path=self.path,
        )

    # A video file
    def _open_video(self) -> None:
        if not self._try_video():
            raise CameraError(
                tr(
                    "The video {path} could not be played. Check that the file is complete, "
                    "or convert it to MP4.",
                    path=self.path,
                )
            )

    def _try_video(self) -> bool:
        """Open the path as a video and read its first frame; False when that fails."""
        with quiet_opencv():
            capture = cv2.VideoCapture(str(self.path))
            ok, frame = capture.read() if capture.isOpened() else (False, None)
        if not ok or frame is None:
            capture.release()
            return False
        fps = float(capture.get(cv2.CAP_PROP_FPS) or 0.0)
        if not 1.0 <= fps <= 240.0:
            fps = DEFAULT_VIDEO_FPS
        self.frame_interval = 1.0 / fps
        self._video = capture
        self._first_video_frame = frame
        return True

    def _read_video(self) -> np.ndarray | None:
        if self._first_video_frame is not None:
            frame, self._first_video_frame = self._first_video_frame, None
            return frame
        assert self._video is not None
        ok, frame = self._video.read()
        if ok:
            return frame
        # The end: start again. Reopening is more reliable than seeking across codecs.
        self._video.release()
        with quiet_opencv():
            self._video = cv2.VideoCapture(str(self.path))
            ok, frame = self._video.read()
        return frame if ok else None

    # A folder of pictures
    def _open_folder(self) -> None:
        self._pictures = _pictures_in(self.path)
        self.frame_interval = 1.0 / self.folder_fps
        if not self._pictures:
            raise CameraError(
                tr(
                    "The folder {path} has no pictures in it. Put PNG, JPEG or TIFF files "
                    "in it, or choose another camera source.",
                    path=self.path,
                )
            )
        first = self._read_folder()
        if first is None:
            self._pictures = []
            raise CameraError(
                tr(
                    "None of the pictures in {path} could be read. Use PNG, JPEG or TIFF files.",
                    path=self.path,
                )
            )
        self._position = 0  # show the first picture first when reading starts

    def _read_folder(self) -> np.ndarray | None:
        """The next readable picture in name order; damaged ones are skipped."""
        for _ in range(len(self._pictures)):
            if self._position >= len(self._pictures):
                self._position = 0
                self._pictures = _pictures_in(self.path) or self._pictures  # pick up new scans
            picture = self._pictures[self._position]
            self._position += 1
            frame = self._load_cached(picture)
            if frame is not None:
                return frame.copy()
        return None

    def _load_cached(self, picture: Path) -> np.ndarray | None:
        frame = self._cache.get(picture)
        if frame is not None:
            return frame
        try:
            frame = load_image(picture)
        except BadImageError as error:
            log.warning("Skipping %s: %s", picture, error.message)
            return None
        while self._cache and sum(f.nbytes for f in self._cache.values()) + frame.nbytes > (
            _CACHE_BYTES
        ):
            del self._cache[next(iter(self._cache))]
        self._cache[picture] = frame
        return frame


def _pictures_in(folder: Path) -> list[Path]:
    """Picture files in `folder`, in natural name order (page2 before page10)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        log.warning("Cannot list %s", folder, exc_info=True)
        return []
    pictures = [
        entry
        for entry in entries
        if entry.suffix.lower() in IMAGE_SUFFIXES
        and not entry.name.startswith(".")
        and entry.is_file()
    ]
    return sorted(pictures, key=_natural_key)


def _natural_key(path: Path) -> list[str | int]:
    parts = re.split(r"(\d+)", path.name.casefold())
    return [int(part) if number % 2 else part for number, part in enumerate(parts)]
