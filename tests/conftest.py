"""Test setup: Qt without a screen, and user data kept in a temporary folder."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No first-run guide in tests: it is modal, and it has its own tests
# (tests/gui/test_first_run_gui.py).
os.environ.setdefault("BITNA_NO_GUIDE", "1")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(autouse=True)
def _user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's settings or data."""
    monkeypatch.setenv("BITNA_DATA_DIR", str(tmp_path_factory.mktemp("bitna-data")))


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """Collect cycles only on the main thread, between tests, as the app does from a UI-thread
    timer (gui/app.py collect_garbage_on_the_ui_thread): left automatic, the collector runs on
    whichever thread allocates (speech, camera, render) and may free a Qt object there, which
    crashes Qt later (a CI run once died of a segmentation fault inside the event loop)."""
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


@pytest.fixture
def shared_data() -> Path:
    """../shared/data beside the checkout; tests that need it skip where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not here")
    return SHARED_DATA
