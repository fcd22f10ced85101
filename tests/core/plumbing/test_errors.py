"""What the user is told about an error: its own words, or plain words and a logged bug."""

from __future__ import annotations

import logging

from core.plumbing.errors import CameraError, message_for

log = logging.getLogger("tests.errors")


def test_a_user_facing_error_says_its_own_message_and_logs_nothing(caplog) -> None:
    error = CameraError("The camera was unplugged. Plug it in again.")
    with caplog.at_level(logging.DEBUG):
        said = message_for(error, "Something went wrong.", log=log, doing="Reading")
    assert said == "The camera was unplugged. Plug it in again."
    assert caplog.records == []


def test_a_bug_gets_the_fallback_and_is_logged_with_its_traceback(caplog) -> None:
    try:
        raise KeyError("page")
    except KeyError as error:
        bug = error
    with caplog.at_level(logging.ERROR):
        said = message_for(bug, "Something went wrong.", log=log, doing="Saving a.txt")
    assert said == "Something went wrong."
    [record] = caplog.records
    assert record.name == "tests.errors" and record.getMessage() == "Saving a.txt failed"
    assert record.exc_info is not None and record.exc_info[1] is bug
