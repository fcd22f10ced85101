"""Test setup and the helpers tests share.

Qt runs without a screen, user data is kept in a temporary folder, and the UI starts in
English. Tests that need the shared evaluation data (../shared/data beside the checkout)
take the `shared_data` fixture: it skips them where the data is absent, and fails them in
CI, which has it. Helpers used by one folder of tests live in that folder's conftest.py.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from benchmarks.scene_videos import desk, load_pages, place

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No first-run guide in tests: it is modal, and it has its own tests
# (tests/gui/test_first_run_gui.py).
os.environ.setdefault("BITNA_NO_GUIDE", "1")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# The faces' key in a key file beside the test's data, never in the keyring of whoever runs
# the tests (core/faces/key_store.py; its keyring path is tested with an in-memory keyring).
os.environ.setdefault("BITNA_NO_KEYRING", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
DEMO = ROOT / "resources" / "demo"
"""The demo camera's pages and their text (demo_en.png, demo_en.txt...)."""


@pytest.fixture(autouse=True)
def _user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's settings or data."""
    monkeypatch.setenv("BITNA_DATA_DIR", str(tmp_path_factory.mktemp("bitna-data")))


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """Collect cycles only on the main thread, between tests, as the app does from a UI-thread
    timer (gui/app.py collect_garbage_on_the_ui_thread): left automatic, the collector runs on
    whichever thread allocates (speech, camera, render) and may free a Qt object there, which
    crashes Qt later with a segmentation fault inside the event loop."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _english_ui() -> Iterator[None]:
    """Tests start in English whatever the machine's locale; a test may switch."""
    from core.plumbing.i18n import set_language

    set_language("en")
    yield
    set_language("en")


def marked_frame(width: int = 160, height: int = 120) -> np.ndarray:
    """A white frame with a few marks, for a fake engine to "read". A blank frame would
    not do: Bitna sees it holds no text and reads nothing. Too few marks to make a line,
    the frame is looked at by reading (a fake engine's page is text) and read as a whole."""
    frame = np.full((height, width, 3), 255, np.uint8)
    for index in range(3):
        cv2.circle(frame, (30 + 40 * index, height // 2), 6, (0, 0, 0), 2)
    return frame


# The shared evaluation data ---------------------------------------------------------------


def running_in_ci() -> bool:
    """True where the CI environment variable says so (CI=true, as CI services set it)."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def need_shared_data() -> Path:
    """../shared/data, or the test ends: skipped where the data is absent, failed in CI.

    CI runs with ../shared present, so there a missing folder is a broken set-up that
    would otherwise pass in silence with every test that reads real pages skipped.
    """
    if SHARED_DATA.is_dir():
        return SHARED_DATA
    if running_in_ci():
        pytest.fail(
            f"The shared test data is missing: {SHARED_DATA} does not exist. CI needs it "
            "(CI is set): put the shared data beside the checkout as ../shared/data.",
            pytrace=False,
        )
    pytest.skip(f"the shared test data is not here ({SHARED_DATA})")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder ../shared/data (documents/, faces/...): see `need_shared_data`."""
    return need_shared_data()


# An open book on the desk (tests/core/scene/test_book.py, tests/gui/test_autocapture_gui.py)


def open_book(documents: Path, swapped: bool = False) -> np.ndarray:
    """Two pages side by side with a fold between them (eurotext left unless `swapped`)."""
    photo, euro = load_pages(documents, 2)
    left, right = (photo, euro) if swapped else (euro, photo)
    height = 560
    left = cv2.resize(left, (round(left.shape[1] * height / left.shape[0]), height))
    right = cv2.resize(right, (round(right.shape[1] * height / right.shape[0]), height))
    margin, gutter = 40, 50
    width = left.shape[1] + right.shape[1] + 2 * margin + gutter
    book = np.zeros((height + 2 * margin, width, 3), np.int32)
    book[:] = (236, 244, 248)
    book[margin : margin + height, margin : margin + left.shape[1]] = left
    start = margin + left.shape[1] + gutter
    book[margin : margin + height, start : start + right.shape[1]] = right
    middle = margin + left.shape[1] + gutter // 2
    book[:, middle - 3 : middle + 3] = (150, 160, 165)  # the fold's shadow
    book = book.astype(np.uint8)
    scale = min(1.0, 1240 / book.shape[1])
    return cv2.resize(book, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def spread(documents: Path) -> np.ndarray:
    """An open book on the desk: eurotext on the left page, phototest on the right."""
    book = open_book(documents)
    frame = desk()
    place(frame, book, (1280 - book.shape[1]) // 2, (720 - book.shape[0]) // 2)
    return frame
