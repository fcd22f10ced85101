"""The live text mode: fed every frame, it reads what is new and says each line once.

Every frame costs a thumbnail and a comparison (`core.live.motion`); a frame is read only
when the view is steady enough to read and holds something the last reading did not see,
or a line in view still waits to be settled. One reading runs at a time, on a worker
thread of the engine's own (inline where `background` is False, for tests), and the frames
that pass meanwhile are only compared. The lines read go to the `Tracker`, which says
which are new, whole and sure; they are handed to speech one at a time, each only when
speech has finished the last, so a line whose object has gone meanwhile is dropped
instead of said late: speech is never more than one line behind the view. Dates are said in
words ("14 March 2027", not "14 slash 03"), and an expiry date is also said on its own
right after its line, where that adds to the line (`core.live.dates`).

Free of Qt and of threads but its reader's, so the same object is driven by the window
(`core.live.loop.LiveLoop`), by videos in tests and by `benchmarks/live_text.py`.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

import numpy as np

from core.live.dates import find_expiry_in, say_expiry, spoken_dates
from core.live.model import Heard, SeenLine
from core.live.motion import Thumb, movement, thumbnail
from core.live.tracks import Tracker

log = logging.getLogger(__name__)

ReadLines = Callable[[np.ndarray], list[SeenLine]]
Say = Callable[[str, "str | None"], None]

#: A frame that moved more than this since the last (pixels of a 1080p frame) may be
#: blurred: not read; once the view is steady again it is read, whatever it shows. A hand's
#: tremor moves a held box a pixel or two a frame.
STEADY_SHIFT = 8.0
#: Frames in a row that must be steady before one is read (a camera's exposure smears the
#: frame right after a fast move too).
STEADY_FRAMES = 2
#: The share of a thumbnail's pixels that must differ from the last reading's (the view's
#: shift taken out) for the view to hold something new.
NEW_SHARE = 0.015
#: While a line waits to be settled, readings follow each other no faster than this.
REREAD_SECONDS = 0.15


@dataclass(frozen=True)
class _Reading:
    """A reading in progress: the frame's thumbnail and time, and the lines when done."""

    thumb: Thumb
    shape: tuple[int, ...]
    time: float
    lines: Future[list[SeenLine]]


class LiveText:
    """Speaks the lines that come into view. Call `on_frame` for every frame, in order.

    `say(text, language)` hands a line to speech and `is_speaking()` tells whether speech
    is still busy; `on_error(error)` hears of a reading that failed.
    """

    def __init__(
        self,
        *,
        read_lines: ReadLines,
        say: Say,
        is_speaking: Callable[[], bool],
        clock: Callable[[], float] = time.monotonic,
        background: bool = True,
        announce_expiry: bool = True,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._read_lines = read_lines
        self._say = say
        self._is_speaking = is_speaking
        self._clock = clock
        self._workers = ThreadPoolExecutor(1, "bitna-live-read") if background else None
        self.announce_expiry = announce_expiry
        self._on_error = on_error
        self.tracker = Tracker()
        self.heard: list[Heard] = []
        self.readings = 0
        self._reading: _Reading | None = None
        self._last_read: _Reading | None = None
        self._last_thumb: Thumb | None = None
        self._unsettled = False  # the view moved fast since the last reading began
        self._steady = 0  # frames in a row that moved less than STEADY_SHIFT
        self._shape: tuple[int, ...] = ()
        self._after: deque[Heard] = deque()  # said next: the expiry of the line just said
        self._previous = ""  # the line said last, for a label whose date is on the next

    def reset(self) -> None:
        """Forget every line: the next frame is looked at as if the mode just started."""
        self.tracker.clear()
        self._after.clear()
        self._previous = ""
        self._reading = None
        self._last_read = None
        self._last_thumb = None
        self._unsettled = False

    def close(self) -> None:
        if self._workers is not None:
            self._workers.shutdown(wait=False, cancel_futures=True)

    def on_frame(self, frame: np.ndarray, now: float) -> None:
        """Look at one frame taken at `now` (seconds): take in a finished reading, hand the
        next line to speech if it is free, and start a reading if this frame is worth it."""
        self._shape = frame.shape
        thumb = thumbnail(frame)
        self._take_reading()
        self._speak(now)
        if self._last_thumb is not None:
            moved = movement(self._last_thumb, thumb)
            steady = math.hypot(moved.dx, moved.dy) <= STEADY_SHIFT * frame.shape[1] / 1920
            self._steady = self._steady + 1 if steady else 0
            self._unsettled = self._unsettled or not steady
        else:
            self._steady = STEADY_FRAMES
        self._last_thumb = thumb
        steady = self._steady >= STEADY_FRAMES
        if self._reading is None and steady and self._worth_reading(thumb, now):
            self._start_reading(frame, thumb, now)
            self._take_reading()
            self._speak(now)

    # Reading ------------------------------------------------------------------------------
    def _worth_reading(self, thumb: Thumb, now: float) -> bool:
        last = self._last_read
        if last is None:
            return True
        if self._unsettled:  # what a blurred reading missed, or a box come to rest
            return True
        if self.tracker.waiting(self._shape) and now - last.time >= REREAD_SECONDS:
            return True
        return movement(last.thumb, thumb).changed >= NEW_SHARE

    def _start_reading(self, frame: np.ndarray, thumb: Thumb, now: float) -> None:
        self.readings += 1
        self._unsettled = False
        if self._workers is None:
            done: Future[list[SeenLine]] = Future()
            try:
                done.set_result(self._read_lines(frame))
            except Exception as error:
                done.set_exception(error)
            self._reading = _Reading(thumb, frame.shape, now, done)
        else:
            lines = self._workers.submit(self._read_lines, frame)
            self._reading = _Reading(thumb, frame.shape, now, lines)

    def _take_reading(self) -> None:
        reading = self._reading
        if reading is None or not reading.lines.done():
            return
        self._reading = None
        try:
            lines = reading.lines.result()
        except Exception as error:
            # Tesseract or a language missing: the owner says so (and stops the mode); a
            # bug is logged and the next frame tried.
            if self._on_error is not None:
                self._on_error(error)
            else:
                log.exception("Reading a live frame failed")
            lines = []
        shift = (0.0, 0.0)
        if self._last_read is not None:
            moved = movement(self._last_read.thumb, reading.thumb)
            shift = (moved.dx, moved.dy)
        self._last_read = reading
        self.tracker.update(lines, shift, reading.shape, reading.time)

    # Speaking -----------------------------------------------------------------------------
    def _speak(self, now: float) -> None:
        if self._is_speaking():
            return
        if self._after:
            self._hand_over(self._after.popleft(), now)
            return
        ready = self.tracker.ready(self._shape, now)
        if not ready:
            return
        track = ready[0]
        track.spoken = True
        text, language = track.text(), track.line.language
        today = date.today()
        spoken = spoken_dates(text, language, today=today)
        self._hand_over(Heard(now, text, "line", language, spoken), now)
        if self.announce_expiry:
            found = find_expiry_in([self._previous, text], language, today=today)
            expiries = [expiry for expiry in found if expiry.text.endswith(text)]  # this line's
            if expiries:
                sentence = say_expiry(expiries[-1], language)
                if _bare(sentence) != _bare(spoken):  # the line said it all already
                    self._after.append(Heard(now, sentence, "expiry", language, sentence))
        self._previous = text

    def _hand_over(self, heard: Heard, now: float) -> None:
        heard = Heard(now, heard.text, heard.kind, heard.language, heard.spoken or heard.text)
        self.heard.append(heard)
        log.debug("live text says %r", heard.spoken)
        self._say(heard.spoken, heard.language)


def _bare(text: str) -> str:
    return "".join(text.casefold().split())
