"""The CI-sized soak: three minutes of reading, faces and magnifier, with flat resources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_three_minute_soak(tmp_path: Path) -> None:
    # The report goes to this test's own folder: one left in benchmarks/results by an
    # earlier run must not be read in its place.
    report_file = tmp_path / "soak.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "soak.py"),
            "--minutes",
            "3",
            "--out",
            str(report_file),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={
            **os.environ,
            "BITNA_DATA_DIR": str(tmp_path / "data"),
            "PULSE_SERVER": "unix:/nonexistent",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    report = json.loads(report_file.read_text())
    assert report["commands"]["pages"] >= 10  # it really read, again and again
    assert report["rss_growth"] <= 0.10
    # Threads and open files come and go (workers, players); their floor must not rise.
    for first, last in report["floors_first_last_quarter"].values():
        assert last <= first
