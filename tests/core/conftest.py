"""Helpers the engine's tests share: markers for Tesseract and espeak-ng, `bitna` run as a
user runs it, demo camera frames, huge PNGs."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from core.sources import DemoSource

BITNA = [sys.executable, "-m", "gui.launcher"]
"""The `bitna` command of this checkout."""

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed"
)
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")


def run_bitna(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`bitna ARGS…` in a child process; by default with no sound server to reach."""
    if env is None:
        env = {**os.environ, "PULSE_SERVER": "unix:/nonexistent"}
    return subprocess.run(
        [*BITNA, *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=cwd
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single `bitna: …` line a failed command must print, and nothing else."""
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("bitna: ")
    return lines[0]


def demo_frame(page: str, seed: int) -> np.ndarray:
    """A frame from the demo camera, a little into its sway (moved and tilted)."""
    source = DemoSource(page, seed=seed)
    source.open()
    try:
        frame = None
        for _ in range(12):
            frame = source.read()
        assert frame is not None
        return frame
    finally:
        source.close()


def write_grey_png(path: Path, size: int, row: Callable[[int], bytes]) -> None:
    """Stream a size×size 8-bit grey PNG whose row y is `row(y)` (size bytes), one row at a
    time: a picture far larger than memory should hold never exists in this process."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    compressor = zlib.compressobj(1)
    with path.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)))
        for y in range(size):
            data = compressor.compress(b"\x00" + row(y))  # filter type 0: the bytes as they are
            if data:
                out.write(chunk(b"IDAT", data))
        out.write(chunk(b"IDAT", compressor.flush()))
        out.write(chunk(b"IEND", b""))
