"""Each line followed from reading to reading by its place and its text, said once per
appearance.

A line is the same line in the next reading when it lies where the last one was (moved by
the view's shift) and reads much the same: its place tells two identical lines on a box
apart, its text tells a new face of the box from the old one at the same place. A line is
said once it is whole in view (not cut by the frame's edge) and read surely, or read alike
twice; it is forgotten once readings that should see it miss it twice, or once it has left
the frame, so it is said again when it comes back.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from core.live.model import SeenLine
from core.text.model import Box

#: A line read at least this surely (mean word confidence) is said after one reading.
SURE_ALONE = 85.0
#: Two readings this alike (difflib's ratio) agree; a line read alike twice is said, if its
#: words were read at least `AGREED_CONFIDENCE` surely.
AGREE = 0.85
AGREED_CONFIDENCE = 50.0
#: A reading's line this much like a line followed, at its place, is that line; so is one
#: whose text is part of the other's (a line coming into view past the edge, or half hidden
#: by the hand that holds it).
SAME_LINE = 0.7
#: A line is not said before a line above it that may be settled by the next readings, for
#: at most this long after that line was first seen (seconds): lines are said in reading
#: order, but one that stays unreadable does not hold back the rest.
HOLD_FOR = 1.0
#: A line waiting its turn is read this many times, the most frequent reading said.
READINGS_TO_VOTE = 3
#: Seconds a line missed while the rest of its object was seen is remembered, to be
#: followed again (not said again) if it is read again at its place.
LOST_SECONDS = 4.0
#: Readings that miss a line in view before it is forgotten.
MISSES_TO_FORGET = 2


@dataclass
class Track:
    """One line followed: its best reading so far, where it is, and what became of it."""

    number: int
    line: SeenLine
    first_seen: float
    order: tuple[int, int]  # (reading, line in it): reading order for saying
    agreed: bool = False
    spoken: bool = False
    misses: int = 0
    texts: list[str] = field(default_factory=list)

    @property
    def box(self) -> Box:
        return self.line.box

    def text(self) -> str:
        """The line as read most often in the last readings (spaces aside), else its surest
        reading: Tesseract misreads a letter now and then, rarely the same way twice."""
        counts = Counter("".join(text.split()) for text in self.texts)
        most, times = counts.most_common(1)[0] if counts else ("", 0)
        if times < 2 or "".join(self.line.text.split()) == most:
            return self.line.text
        return next(text for text in reversed(self.texts) if "".join(text.split()) == most)


def similarity(a: str, b: str) -> float:
    """How alike two readings are, 0-1, ignoring case and spaces."""
    a, b = "".join(a.casefold().split()), "".join(b.casefold().split())
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _part_of(a: str, b: str) -> float:
    """SAME_LINE when the shorter text (two letters or more) is part of the longer."""
    a, b = sorted(("".join(a.casefold().split()), "".join(b.casefold().split())), key=len)
    return SAME_LINE if len(a) >= 2 and a in b else 0.0


def _shifted(box: Box, dx: float, dy: float) -> Box:
    return Box(round(box.left + dx), round(box.top + dy), box.width, box.height)


def _near(a: Box, b: Box) -> bool:
    """Whether two line boxes could be one line: about the same row, overlapping across."""
    height = max(a.height, b.height)
    rows = abs((a.top + a.bottom) - (b.top + b.bottom)) / 2
    across = min(a.right, b.right) - max(a.left, b.left)
    return rows <= 0.7 * height and across >= 0.3 * min(a.width, b.width)


def whole_in(box: Box, shape: tuple[int, ...]) -> bool:
    """Whether `box` lies inside a frame of `shape` with room to spare: a line ending near
    the frame's side may go on past it (Tesseract drops the word the edge cuts, so the room
    is wider than a word's gap), one near its top or bottom may be cut through."""
    across, down = max(4, round(box.height * 1.5)), max(2, box.height // 2)
    height, width = shape[:2]
    return (
        box.left >= across
        and box.top >= down
        and box.right <= width - across
        and box.bottom <= height - down
    )


class Tracker:
    """The lines in view, followed from reading to reading."""

    def __init__(self) -> None:
        self.tracks: list[Track] = []
        self._lost: list[tuple[float, Track]] = []  # (when), lines missed beside ones seen
        self._numbers = 0
        self._readings = 0

    def clear(self) -> None:
        self.tracks.clear()
        self._lost.clear()

    def update(
        self,
        lines: Sequence[SeenLine],
        shift: tuple[float, float],
        shape: tuple[int, ...],
        time: float,
    ) -> None:
        """Take in one reading's `lines`, the view having moved by `shift` (frame pixels)
        since the last reading, of a frame of `shape`, taken at `time`."""
        self._readings += 1
        dx, dy = shift
        for track in [*self.tracks, *(lost for _, lost in self._lost)]:
            track.line = replace(track.line, box=_shifted(track.box, dx, dy))
        self._lost = [(when, lost) for when, lost in self._lost if time - when <= LOST_SECONDS]
        followed = {track.number for track in self.tracks}
        matched: set[int] = set()
        for index, line in enumerate(lines):
            found = self._match(line, matched) or self._found_again(line)
            if found is None:
                self._numbers += 1
                track = Track(self._numbers, line, time, (self._readings, index), texts=[line.text])
                self.tracks.append(track)
            else:
                track = found
                self._merge(track, line)
            matched.add(track.number)
        # Lines missed beside lines still seen are kept a while: a short line Tesseract
        # reads in some frames only is not new each time it is read again.
        object_seen = bool(followed & matched)
        kept = []
        for track in self.tracks:
            if track.number not in matched:
                # A line moved out of the frame has left; one still in it was missed.
                in_frame = _overlaps_frame(track.box, shape)
                track.misses = track.misses + 1 if in_frame else MISSES_TO_FORGET
            if track.misses < MISSES_TO_FORGET:
                kept.append(track)
            elif object_seen and _overlaps_frame(track.box, shape):
                self._lost.append((time, track))
        if not object_seen:  # nothing followed was seen: the object is gone or turned
            self._lost.clear()
        self.tracks = kept

    def ready(self, shape: tuple[int, ...], now: float) -> list[Track]:
        """The lines to say now, in reading order: not yet said, seen in the last reading,
        whole in view and read surely or alike twice; none while a line before them, seen
        less than `HOLD_FOR` seconds ago, may yet be settled by the next reading."""
        waiting = sorted(
            (track for track in self.tracks if not track.spoken and track.misses == 0),
            key=lambda track: track.order,
        )
        ready = []
        for track in waiting:
            if _settled(track, shape):
                ready.append(track)
            elif now - track.first_seen < HOLD_FOR and not ready:
                break
        return ready

    def waiting(self, shape: tuple[int, ...]) -> bool:
        """Whether a line in view not yet said would gain from another reading: it is not
        ready to say (not whole, or not sure), or it waits its turn read fewer than
        `READINGS_TO_VOTE` times (the time it waits is free for reading it again)."""
        return any(
            not track.spoken and (not _settled(track, shape) or len(track.texts) < READINGS_TO_VOTE)
            for track in self.tracks
        )

    def _found_again(self, line: SeenLine) -> Track | None:
        """A line lost while its object stayed in view, read again: followed once more."""
        for index, (_, lost) in enumerate(self._lost):
            if _near(lost.box, line.box) and similarity(lost.line.text, line.text) >= SAME_LINE:
                del self._lost[index]
                lost.misses = 0
                self.tracks.append(lost)
                return lost
        return None

    def _match(self, line: SeenLine, taken: set[int]) -> Track | None:
        best, best_score = None, SAME_LINE
        for track in self.tracks:
            if track.number in taken or not _near(track.box, line.box):
                continue
            score = max(
                similarity(track.line.text, line.text), _part_of(track.line.text, line.text)
            )
            if score >= best_score:
                best, best_score = track, score
        return best

    @staticmethod
    def _merge(track: Track, line: SeenLine) -> None:
        """`line` read again: agreed if alike; the whole reading kept over a cut one, else the
        surer; its place and whether it is cut now taken from the new reading."""
        if any(similarity(text, line.text) >= AGREE for text in track.texts):
            track.agreed = True
        track.texts.append(line.text)
        del track.texts[:-4]
        track.misses = 0
        old = track.line
        better = (not line.cut, line.confidence) >= (not old.cut, old.confidence)
        track.line = replace(line if better else old, box=line.box, cut=line.cut)


def _settled(track: Track, shape: tuple[int, ...]) -> bool:
    """Whether `track` was seen in the last reading, whole and read surely enough to say."""
    line = track.line
    sure = line.confidence >= SURE_ALONE or (track.agreed and line.confidence >= AGREED_CONFIDENCE)
    return track.misses == 0 and not line.cut and whole_in(line.box, shape) and sure


def _overlaps_frame(box: Box, shape: tuple[int, ...]) -> bool:
    height, width = shape[:2]
    return box.right > 0 and box.bottom > 0 and box.left < width and box.top < height
