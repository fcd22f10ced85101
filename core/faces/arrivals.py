"""Who's here, without asking: say a known person's name once when they come into view.

A cheap check of a camera frame at most every CHECK_INTERVAL seconds: the quick detector
pass (no tiles, about 5 ms at 1280×720), then faces are followed from check to check by
where they are, so a face already named is not described again while it stays (the
descriptor is the costly part, about 100 ms). A new face, or one not recognised yet, is
described at most every RETRY seconds. A person is announced when they come into view
after being out of it for AWAY_SECONDS or more (or never seen), not while they stay.

Announcements never cut into reading: while `is_busy()` says Bitna is reading aloud, names
wait, and are said afterwards if the person is still in view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from core.faces.engine import MIN_RECOGNISABLE_HEIGHT
from core.faces.model import Box, DetectedFace, KnownDescriptors
from core.faces.tiles import iou
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

CHECK_INTERVAL = 0.5
"""Seconds between checks: quick enough to greet someone walking in, cheap on two cores."""
AWAY_SECONDS = 5.0
"""Out of view this long, a person is announced again when they come back."""
RETRY = 1.5
"""Seconds before a face not recognised is described again (it may have turned)."""
LOST_SECONDS = 1.5
"""A face missing from the checks this long is no longer followed (a missed detection or
two must not make a person new again)."""
FOLLOW_IOU = 0.2
"""A face overlapping a followed face's last box this much is the same face moving."""
MAX_DESCRIBED = 2
"""Faces described per check at most, so a crowd walking in cannot stall the camera thread."""
STILL_HERE = 2.0
"""A name that waited for reading to finish is said only if seen this recently."""


class ArrivalEngine(Protocol):
    """The parts of FaceEngine a check uses."""

    def detect(self, frame: np.ndarray) -> list[DetectedFace]: ...

    def descriptor(self, frame: np.ndarray, face: DetectedFace) -> np.ndarray: ...

    def match_all(
        self, vectors: np.ndarray, known: KnownDescriptors
    ) -> list[tuple[str | None, float | None]]: ...


@dataclass
class _Followed:
    """A face followed from check to check: its latest detection and who it turned out to be."""

    face: DetectedFace
    seen: float
    name: str | None = None
    described: float = float("-inf")

    @property
    def box(self) -> Box:
        return self.face.box


def arrival_sentence(names: Sequence[str]) -> str:
    """ "Ann is here." or, for several at once, each said in turn."""
    return " ".join(tr("{name} is here.", name=name) for name in names)


class Arrivals:
    """Decides, frame by frame, whom to announce; `on_frame` runs on a camera thread."""

    def __init__(
        self,
        engine: Callable[[], ArrivalEngine],
        known: Callable[[], KnownDescriptors],
        say: Callable[[str], None],
        is_busy: Callable[[], bool] = lambda: False,
        *,
        interval: float = CHECK_INTERVAL,
        away: float = AWAY_SECONDS,
    ) -> None:
        self._engine = engine
        self._known = known
        self._say = say
        self._is_busy = is_busy
        self.interval = interval
        self.away = away
        self.checks = 0
        self.descriptions = 0
        self.reset()

    def reset(self) -> None:
        """Forget who was in view: everyone in view at the next start is new."""
        self._last_check = float("-inf")
        self._followed: list[_Followed] = []
        self._last_seen: dict[str, float] = {}
        self._waiting: list[str] = []

    def on_frame(self, frame: np.ndarray, now: float) -> list[str]:
        """Look at a frame if a check is due; returns the names said now."""
        if now - self._last_check < self.interval:
            return []
        self._last_check = now
        self.checks += 1
        engine = self._engine()
        faces = engine.detect(frame)
        self._follow(faces, now)
        self._describe(engine, frame, now)
        arrived = []
        for followed in self._followed:
            if followed.seen != now or followed.name is None:
                continue
            name = followed.name
            last = self._last_seen.get(name)
            if (last is None or now - last >= self.away) and name not in arrived:
                arrived.append(name)
            self._last_seen[name] = now
        return self._announce(arrived, now)

    def _follow(self, faces: Sequence[DetectedFace], now: float) -> None:
        """Pair the faces with those followed by overlap; new faces start being followed."""
        unmatched = list(self._followed)
        for face in sorted(faces, key=lambda f: -f.box.height):
            best = max(unmatched, key=lambda f: iou(f.box, face.box), default=None)
            if best is not None and iou(best.box, face.box) >= FOLLOW_IOU:
                unmatched.remove(best)
                best.face, best.seen = face, now
            else:
                self._followed.append(_Followed(face, now))
        self._followed = [f for f in self._followed if now - f.seen < LOST_SECONDS]

    def _describe(self, engine: ArrivalEngine, frame: np.ndarray, now: float) -> None:
        """Name the faces in view not named yet (the newest chances first, a few a check)."""
        due = [
            f
            for f in self._followed
            if f.seen == now
            and f.name is None
            and now - f.described >= RETRY
            and f.box.height >= MIN_RECOGNISABLE_HEIGHT
        ][:MAX_DESCRIBED]
        if not due:
            return
        known = self._known()
        for followed in due:
            followed.described = now
        if not known.names:
            return
        vectors = np.stack([engine.descriptor(frame, f.face) for f in due])
        self.descriptions += len(due)
        for followed, (name, _) in zip(due, engine.match_all(vectors, known), strict=True):
            followed.name = name

    def _announce(self, arrived: list[str], now: float) -> list[str]:
        if self._is_busy():
            self._waiting += [name for name in arrived if name not in self._waiting]
            return []
        names = [
            name
            for name in self._waiting
            if name not in arrived and now - self._last_seen.get(name, float("-inf")) <= STILL_HERE
        ] + arrived
        self._waiting = []
        if names:
            log.info("Arrived: %d", len(names))
            self._say(arrival_sentence(names))
        return names
