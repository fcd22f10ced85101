"""The CI-sized soak: three minutes of reading, faces and magnifier, with flat resources."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_three_minute_soak(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "soak.py"), "--minutes", "3"],
        capture_output=True,
        text=True,
        timeout=600,
        env={
            **__import__("os").environ,
            "BITNA_DATA_DIR": str(tmp_path),
            "PULSE_SERVER": "unix:/nonexistent",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    report = json.loads((ROOT / "benchmarks" / "results" / "soak.json").read_text())
    assert report["commands"]["pages"] >= 10  # it really read, again and again
    assert report["rss_growth"] <= 0.10
    # Threads and open files come and go (workers, players); their floor must not rise.
    for first, last in report["floors_first_last_quarter"].values():
        assert last <= first
