"""The one way back to the UI thread, and the runner built on it: real Qt, real threads."""

from __future__ import annotations

import logging
import threading

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QTimer

from gui.bridge import QtRunner, ui_thread


def on_worker(function) -> None:
    """Run `function` on a thread of its own and wait for it."""
    thread = threading.Thread(target=function)
    thread.start()
    thread.join()


def test_it_is_built_on_the_ui_thread_only(qtbot) -> None:
    import gui.bridge

    built = gui.bridge._instance
    gui.bridge._instance = None
    errors: list[BaseException] = []

    def build() -> None:
        try:
            ui_thread()
        except RuntimeError as error:
            errors.append(error)

    try:
        on_worker(build)
    finally:
        gui.bridge._instance = built
    assert errors


def test_posts_from_other_threads_run_on_the_ui_thread_in_order(qtbot) -> None:
    ui = ui_thread()  # built on the UI thread
    ran: list[tuple[int, bool]] = []

    def post_all() -> None:
        for number in range(200):
            ui.post(
                lambda n=number: ran.append(
                    (n, threading.current_thread() is threading.main_thread())
                )
            )

    on_worker(post_all)
    qtbot.waitUntil(lambda: len(ran) == 200, timeout=2000)
    assert [n for n, _ in ran] == list(range(200))
    assert all(on_ui for _, on_ui in ran)


def test_a_post_from_the_ui_thread_runs_at_once_after_earlier_posts(qtbot) -> None:
    ui = ui_thread()
    ran: list[str] = []
    on_worker(lambda: ui.post(lambda: ran.append("from the worker")))
    assert ran == []  # waits for the UI thread's event loop
    ui.post(lambda: ran.append("from the UI thread"))
    assert ran == ["from the worker", "from the UI thread"]


def test_a_failing_post_is_logged_and_the_next_still_runs(qtbot, caplog) -> None:
    ui = ui_thread()
    ran: list[str] = []

    def fail() -> None:
        raise ValueError("broken")

    def post_both() -> None:
        ui.post(fail)
        ui.post(lambda: ran.append("next"))

    with caplog.at_level(logging.ERROR, logger="gui.bridge"):
        on_worker(post_both)
        qtbot.waitUntil(lambda: ran == ["next"], timeout=2000)
    assert "Posted work failed on the UI thread" in caplog.text
    assert "ValueError: broken" in caplog.text


def test_a_post_for_a_deleted_owner_is_dropped(qtbot) -> None:
    ui = ui_thread()
    owner = QObject()
    ran: list[str] = []
    on_worker(lambda: ui.post(lambda: ran.append("late"), owner=owner))
    shiboken6.delete(owner)
    on_worker(lambda: ui.post(lambda: ran.append("after")))
    qtbot.waitUntil(lambda: ran == ["after"], timeout=2000)


def test_posts_reach_a_nested_event_loop(qtbot) -> None:
    """A posted callable that opens a modal dialog runs an event loop of its own: what
    workers post meanwhile (a face's advice while a name is asked) must still arrive."""
    ui = ui_thread()
    ran: list[str] = []

    def modal() -> None:
        loop = QEventLoop()
        on_worker(lambda: ui.post(lambda: ran.append("inside")))
        QTimer.singleShot(2000, loop.quit)  # the test fails rather than hangs
        check = QTimer()
        check.timeout.connect(lambda: ran and loop.quit())
        check.start(5)
        loop.exec()
        check.stop()
        ran.append("modal closed")

    on_worker(lambda: ui.post(modal))
    qtbot.waitUntil(lambda: "modal closed" in ran, timeout=4000)
    assert ran == ["inside", "modal closed"]


def test_nothing_polls_while_idle(qtbot) -> None:
    """No timer wakes the UI thread to look for posted work: posting wakes it."""
    assert ui_thread().findChildren(QTimer) == []
    runner = QtRunner()
    assert runner.findChildren(QTimer) == []
    runner.shutdown()


def test_the_runner_hands_results_back_on_the_ui_thread(qtbot) -> None:
    runner = QtRunner()
    results: list[tuple[object, object, bool]] = []
    runner.submit(
        lambda: threading.current_thread().name,
        lambda result, error: results.append(
            (result, error, threading.current_thread() is threading.main_thread())
        ),
    )
    qtbot.waitUntil(lambda: bool(results), timeout=2000)
    name, error, on_ui = results[0]
    assert str(name).startswith("bitna-task") and error is None and on_ui
    runner.shutdown()


def test_the_runner_hands_back_errors(qtbot) -> None:
    runner = QtRunner()
    results: list[tuple[object, object]] = []

    def work() -> int:
        raise OSError("disk full")

    runner.submit(work, lambda result, error: results.append((result, error)))
    qtbot.waitUntil(lambda: bool(results), timeout=2000)
    result, error = results[0]
    assert result is None and isinstance(error, OSError)
    runner.shutdown()


def test_a_synchronous_runner_runs_work_inline_in_order(qtbot) -> None:
    runner = QtRunner(synchronous=True)
    done: list[int] = []
    finished: list[object] = []
    runner.finished.connect(lambda result, error: finished.append(result))
    for number in range(3):
        runner.submit(lambda n=number: n * 10, lambda result, error: done.append(result or 0))
    assert done == [0, 10, 20] and finished == [0, 10, 20]
