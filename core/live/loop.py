"""The thread that shows live text each new camera frame, off the UI thread.

A frame costs live text a thumbnail and a comparison; its readings run on the engine's own
reading thread, so this loop keeps looking at frames (and handing lines to speech) while a
reading is under way.
"""

from __future__ import annotations

from core.live.engine import LiveText
from core.plumbing.frame_loop import FrameLoop, LatestFrame


class LiveLoop(FrameLoop):
    """Feeds `latest()` frames to `live` on a daemon thread while running."""

    def __init__(self, latest: LatestFrame, live: LiveText) -> None:
        super().__init__(
            latest, live.on_frame, name="bitna-live-text", what="Live text", on_start=live.reset
        )
        self.live = live
