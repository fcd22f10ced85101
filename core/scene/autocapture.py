"""Auto-capture: read each new page once it lies still, and say what to fix when it can't.

Fed frame by frame (by `core.scene.loop.SceneLoop` in the app, by a video in tests and the
benchmark) and free of threads and Qt, so the same object is measured and tested. Once a
still spell becomes steady it is judged once: the page already read (its signature
matches) stays quiet; an empty desk stays quiet; a view that would fail to read gets the
framing advice, once per view; a new readable page is read. A page arriving while the
last is still being read waits for the reading to end, unless the user chose that a new
page interrupts.

The judging (framing, tens of milliseconds) is done half-way through the delay, on a frame
of the same still spell, so that it overlaps the wait instead of adding to it: frames of a
still spell are alike by definition.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

import numpy as np

from core.scene.framing import Framing, Problem, assess
from core.scene.watcher import DEFAULT_DELAY, DEFAULT_SENSITIVITY, PageSignature, SceneWatcher

log = logging.getLogger(__name__)


class Outcome(Enum):
    """What auto-capture did with a steady view."""

    READ = "read"
    QUEUED = "queued"  # read once the current reading ends
    SAME_PAGE = "same-page"
    NOTHING = "nothing"  # no page in view
    GUIDED = "guided"  # framing advice spoken instead of reading


@dataclass(frozen=True)
class Decision:
    """One steady view judged: when, what was done, and the framing seen."""

    time: float
    outcome: Outcome
    framing: Framing | None = None


class AutoCapture:
    """Decides, frame by frame, when to read. Callbacks run on the feeding thread.

    `read_frame(frame)` reads a frame aloud; `say(text)` speaks guidance; `is_busy()` is
    True while a reading is still being spoken; `interrupt()` silences it.
    """

    def __init__(
        self,
        *,
        read_frame: Callable[[np.ndarray], None],
        say: Callable[[str], None],
        is_busy: Callable[[], bool] = lambda: False,
        interrupt: Callable[[], None] = lambda: None,
        delay: float = DEFAULT_DELAY,
        sensitivity: int = DEFAULT_SENSITIVITY,
        interrupt_on_turn: bool = False,
        judge: Callable[[np.ndarray], Framing] = assess,
    ) -> None:
        self._read_frame = read_frame
        self._say = say
        self._is_busy = is_busy
        self._interrupt = interrupt
        self._judge = judge
        self.watcher = SceneWatcher(delay, sensitivity)
        self.interrupt_on_turn = interrupt_on_turn
        self.decisions: list[Decision] = []
        self._last_read: PageSignature | None = None
        self._last_judged: PageSignature | None = None
        self._waiting: np.ndarray | None = None
        self._early: tuple[int, PageSignature, Framing | None] | None = None

    def configure(self, *, delay: float, sensitivity: int, interrupt_on_turn: bool) -> None:
        """Follow changed settings from the next frame on."""
        self.watcher.delay = delay
        self.watcher.sensitivity = sensitivity
        self.interrupt_on_turn = interrupt_on_turn

    def mark_read(self, frame: np.ndarray) -> None:
        """The page in `frame` was read another way (the Read key): do not read it again."""
        self._last_read = PageSignature.of(frame)

    def forget(self) -> None:
        """Forget the page read last, so the page in view is read again when steady."""
        self._last_read = self._last_judged = None
        self._waiting = None
        self.watcher.reset()

    def on_frame(self, frame: np.ndarray, now: float) -> Decision | None:
        """Take the next frame; returns the decision when this frame made one."""
        state = self.watcher.observe(frame, now)
        if self._waiting is not None and not self._is_busy():
            waiting, self._waiting = self._waiting, None
            self._read_frame(waiting)
        half_way = not state.steady and state.still_for >= self.watcher.delay / 2
        if half_way and (self._early is None or self._early[0] != state.spell):
            signature = PageSignature.of(frame)
            framing = None if signature.same_page(self._last_read) else self._judge(frame)
            self._early = (state.spell, signature, framing)
        if not state.became_steady:
            return None
        decision = self._judge_steady(frame, now, state.spell)
        self.decisions.append(decision)
        log.debug("Steady view at %.2f s: %s", now, decision.outcome.value)
        return decision

    def _judge_steady(self, frame: np.ndarray, now: float, spell: int) -> Decision:
        early, self._early = self._early, None
        if early is not None and early[0] == spell:
            _, signature, framing = early
        else:
            signature, framing = PageSignature.of(frame), None
        if signature.same_page(self._last_read):
            return Decision(now, Outcome.SAME_PAGE)
        seen_before = signature.same_page(self._last_judged)
        self._last_judged = signature
        framing = framing or self._judge(frame)
        if Problem.NO_PAGE in framing.problems:
            return Decision(now, Outcome.NOTHING, framing)
        if framing.blocking:
            if not seen_before:
                self._say(framing.advice())
            return Decision(now, Outcome.GUIDED, framing)
        self._last_read = signature
        if framing.problems:  # worth saying, not worth refusing (glare)
            self._say(framing.advice())
        if self._is_busy() and not self.interrupt_on_turn:
            self._waiting = frame
            return Decision(now, Outcome.QUEUED, framing)
        if self._is_busy():
            self._interrupt()
        self._read_frame(frame)
        return Decision(now, Outcome.READ, framing)
