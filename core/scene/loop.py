"""The thread that shows auto-capture each new camera frame, off the UI thread.

The watcher's work per frame is well under a millisecond and OpenCV releases the GIL while
it runs.
"""

from __future__ import annotations

from core.plumbing.frame_loop import FrameLoop, LatestFrame
from core.scene.autocapture import AutoCapture

__all__ = ["LatestFrame", "SceneLoop"]


class SceneLoop(FrameLoop):
    """Feeds `latest()` frames to `capture` on a daemon thread while running."""

    def __init__(self, latest: LatestFrame, capture: AutoCapture) -> None:
        super().__init__(
            latest,
            capture.on_frame,
            name="bitna-scene",
            what="The scene watcher",
            on_start=capture.watcher.reset,
        )
        self.capture = capture
