from __future__ import annotations

import subprocess
import sys

import pytest

from core.plumbing.memory import limit_malloc_arenas


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_arenas_are_limited_in_a_fresh_process() -> None:
    """glibc accepts the limit (what keeps the soak flat: tests/system/test_soak.py)."""
    probe = "from core.plumbing.memory import limit_malloc_arenas as f; print(f(2))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "True", result.stderr


@pytest.mark.skipif(sys.platform.startswith("linux"), reason="other systems have no mallopt")
def test_elsewhere_nothing_is_changed() -> None:
    assert limit_malloc_arenas() is False
