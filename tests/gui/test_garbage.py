"""The app's cycle collector, run from a UI-thread timer (gc is disabled in tests too)."""

from __future__ import annotations

import gc
import weakref

from gui.app import _collect_if_due


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_cycles_are_collected_once_enough_objects_were_made() -> None:
    gc.collect()
    watched = weakref.ref(Node())
    made = [Node() for _ in range(gc.get_threshold()[0])]
    del made
    _collect_if_due()
    assert watched() is None


def test_an_idle_second_costs_no_collection() -> None:
    gc.collect()
    watched = weakref.ref(Node())
    _collect_if_due()
    assert watched() is not None  # a few new objects: not worth a whole collection yet
    gc.collect()
    assert watched() is None
