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

A bottle or tin turned under the camera is a label, not lines: every `LABEL_EVERY`th frame
goes to `core.live.label.TurningLabel`, and while it says the view is a label turning, no
line is read or said (each frame would show another fragment); once the label has come
full circle, or turned far enough and stopped, its joined strip is read once and its lines
are said whole, in order.

Free of Qt and of threads but its reader's, so the same object is driven by the window
(`core.live.loop.LiveLoop`), by videos in tests and by `benchmarks/live_text.py`.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

import numpy as np

from core.live.dates import find_expiry_in, say_expiry, spoken_dates
from core.live.label import TurningLabel
from core.live.model import Heard, HeardKind, SeenLine
from core.live.motion import Thumb, movement, thumbnail
from core.live.tracks import Tracker
from core.text.script import language_of

log = logging.getLogger(__name__)

ReadLines = Callable[[np.ndarray], list[SeenLine]]
#: Reads a turned label's joined strip: its lines, in order.
ReadLabel = Callable[[np.ndarray], list[str]]
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
#: A turning label is looked for on every this many frames (its cost: benchmarks/README.md).
LABEL_EVERY = 3
#: A label's object out of view this long (s) has gone: the next label is another's.
LABEL_GONE = 1.0
#: What was said is kept (for tests, the benchmark and a look back) this many items deep.
HEARD_KEPT = 2000
#: While a line waits to be settled, readings follow each other no faster than this.
REREAD_SECONDS = 0.15


@dataclass(frozen=True)
class _Reading:
    """A reading in progress: the frame's thumbnail and time, and the lines when done."""

    thumb: Thumb
    shape: tuple[int, ...]
    time: float
    lines: Future[list[SeenLine]] | None = None
    label: Future[list[str]] | None = None  # a turned label's strip read instead

    def done(self) -> bool:
        running = self.lines if self.lines is not None else self.label
        return running is None or running.done()


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
        background: bool = True,
        announce_expiry: bool = True,
        on_error: Callable[[Exception], None] | None = None,
        read_label: ReadLabel | None = None,
    ) -> None:
        self._read_lines = read_lines
        self._read_label = read_label
        self._label = TurningLabel() if read_label is not None else None
        self._frames = 0
        self._say = say
        self._is_speaking = is_speaking
        self._workers = ThreadPoolExecutor(1, "bitna-live-read") if background else None
        self.announce_expiry = announce_expiry
        self._on_error = on_error
        self.tracker = Tracker()
        self.heard: deque[Heard] = deque(maxlen=HEARD_KEPT)
        self.readings = 0
        self._reading: _Reading | None = None
        self._last_read: _Reading | None = None
        self._last_thumb: Thumb | None = None
        self._unsettled = False  # the view moved fast since the last reading began
        self._steady = 0  # frames in a row that moved less than STEADY_SHIFT
        self._shape: tuple[int, ...] = ()
        self._after: deque[Heard] = deque()  # said next: the expiry of the line just said
        self._previous = ""  # the line said last, for a label whose date is on the next
        self._absorb = False  # the next reading's lines are a turned label's, already said
        self._label_read = False  # the label in view was read: not again until it goes
        self._label_seen_at = -math.inf

    def reset(self) -> None:
        """Forget every line: the next frame is looked at as if the mode just started."""
        self.tracker.clear()
        self._after.clear()
        self._previous = ""
        if self._label is not None:
            self._label.reset()
        self._label_read = False
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
        self._frames += 1
        thumb = thumbnail(frame)
        self._take_reading()
        if self._label is not None and self._frames % LABEL_EVERY == 0:
            self._label.feed(frame, now)
            self._follow_label(now)
        if self._label_turning():
            # The lines read before the turn was seen are fragments of the label, said whole
            # from its strip: forgotten, not said after it.
            self.tracker.clear()
            if self._reading is None and self._label_complete() and not self._label_read:
                self._start_label_reading(thumb, frame.shape, now)
            self._speak(now, lines=False)
            self._last_thumb = thumb
            return
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

    # A turned label ----------------------------------------------------------------------
    def _label_turning(self) -> bool:
        """Whether a label is turning (or paused, or stopped, a moment ago), or turned and
        waits to be read."""
        label = self._label
        return label is not None and (label.turning or label.turned_lately or label.complete)

    def _follow_label(self, now: float) -> None:
        """A label read is read once: while its object stays in view, turned on or round
        again, it is not read again (the circle is often closed before the hand stops)."""
        assert self._label is not None
        if self._label.in_view:
            self._label_seen_at = now
        elif now - self._label_seen_at > LABEL_GONE:
            self._label_read = False
        if self._label_read and self._label.complete:
            self._label.reset()

    def _label_complete(self) -> bool:
        return self._label is not None and self._label.complete

    def _start_label_reading(self, thumb: Thumb, shape: tuple[int, ...], now: float) -> None:
        assert self._label is not None and self._read_label is not None
        strip = self._label.strip()
        self._label.reset()
        if strip is None:
            return
        self._label_read = True
        self.readings += 1
        done: Future[list[str]]
        if self._workers is None:
            done = Future()
            try:
                done.set_result(self._read_label(strip))
            except Exception as error:
                done.set_exception(error)
        else:
            done = self._workers.submit(self._read_label, strip)
        self._reading = _Reading(thumb, shape, now, label=done)

    def _take_label(self, reading: _Reading) -> None:
        """A turned label read: its lines said next, in order; the lines in view now are
        its lines, already said."""
        assert reading.label is not None
        try:
            lines = reading.label.result()
        except Exception as error:
            self._failed(error)
            return
        for track in self.tracker.tracks:
            track.spoken = True
        self._absorb = True
        for text in lines:
            self._queue_line(text, language_of(text), "label", reading.time)

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
        done: Future[list[SeenLine]]
        if self._workers is None:
            done = Future()
            try:
                done.set_result(self._read_lines(frame))
            except Exception as error:
                done.set_exception(error)
        else:
            done = self._workers.submit(self._read_lines, frame)
        self._reading = _Reading(thumb, frame.shape, now, lines=done)

    def _take_reading(self) -> None:
        reading = self._reading
        if reading is None or not reading.done():
            return
        self._reading = None
        if reading.lines is None:
            self._take_label(reading)
            return
        try:
            lines = reading.lines.result()
        except Exception as error:
            self._failed(error)
            lines = []
        shift = (0.0, 0.0)
        if self._last_read is not None:
            moved = movement(self._last_read.thumb, reading.thumb)
            shift = (moved.dx, moved.dy)
        self._last_read = reading
        self.tracker.update(lines, shift, reading.shape, reading.time)
        if self._absorb:  # the turned label at rest: its lines were said from its strip
            self._absorb = False
            for track in self.tracker.tracks:
                track.spoken = True

    def _failed(self, error: Exception) -> None:
        """Tesseract or a language missing: the owner says so (and stops the mode); a bug is
        logged and the next frame tried."""
        if self._on_error is not None:
            self._on_error(error)
        else:
            log.exception("Reading a live frame failed", exc_info=error)

    # Speaking -----------------------------------------------------------------------------
    def _speak(self, now: float, *, lines: bool = True) -> None:
        """Hand speech the next thing to say when it is free: what waits in `_after` (an
        expiry, a label's lines), else with `lines` the next line ready in view."""
        if self._is_speaking():
            return
        if self._after:
            self._hand_over(self._after.popleft(), now)
            return
        if not lines:
            return
        ready = self.tracker.ready(self._shape, now)
        if not ready:
            return
        track = ready[0]
        track.spoken = True
        text = track.text()  # the language of the reading said, not of the surest one
        self._queue_line(text, language_of(text), "line", now)
        self._hand_over(self._after.popleft(), now)

    def _queue_line(self, text: str, language: str | None, kind: HeardKind, now: float) -> None:
        """`text` to be said next, its dates in words, and its expiry date after it where
        the line does not say just that."""
        today = date.today()
        spoken = spoken_dates(text, language, today=today)
        self._after.append(Heard(now, text, kind, language, spoken))
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
