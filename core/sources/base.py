"""What every frame source (camera, file, demo, fake) looks like to the rest of Bitna.

A source hands out the newest picture on demand; pacing, retries and threads live in
`FrameReader`, so a source stays a thin adapter that is easy to fake.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class FrameSource(Protocol):
    """A camera-like thing giving BGR uint8 HxWx3 frames.

    `frame_interval` is the time between frames for paced sources (files, demo), and 0.0 for
    live cameras, whose `read()` blocks until the next frame. `open()` raises CameraError with
    a message that says what to do; `read()` returns None when there is no frame (failed,
    unplugged), and never blocks for long on a paced source. Frames returned are the caller's:
    a source never writes into a frame it has handed out.

    A source may also have `still = True` (a single picture): the frame reader then reads
    it once and republishes that frame, so nothing is redrawn while nothing changes.
    """

    frame_interval: float

    @property
    def name(self) -> str:
        """Human-readable, translated: "Demo camera (English letter)", "File: page.mp4"."""
        ...

    def open(self) -> None:
        """Get ready to give frames (opening twice is harmless)."""
        ...

    def read(self) -> np.ndarray | None:
        """The newest frame, or None when there is none."""
        ...

    def close(self) -> None:
        """Let go of the device or file (closing twice is harmless)."""
        ...
