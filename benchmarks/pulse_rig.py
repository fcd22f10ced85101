"""A private PulseAudio with a null sink, and a recorder of everything played into it.

Machines without a sound card (CI, this project's build machines) can still hear what Bitna
plays: the player writes to the null sink, `parec` reads its monitor back, and each sample
is stamped with `time.monotonic()`, so "when was the first word audible" is measured on the
audio itself. Used by tests/core/speech/test_playback.py and benchmarks/first_word.py.
"""

from __future__ import annotations

import array
import io
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

RATE = 22050
LOUD = 300  # a sample this far from zero is speech, not silence
TOOLS = ("pulseaudio", "pactl", "pacat", "parec")


def available() -> bool:
    """Whether PulseAudio and its tools are installed."""
    return all(shutil.which(tool) for tool in TOOLS)


@contextmanager
def private_pulseaudio(root: Path) -> Iterator[str]:
    """A PulseAudio of our own (own socket, own home), so no other session is disturbed.

    Yields the server address for `PULSE_SERVER`; raises RuntimeError if it does not start.
    """
    (root / "home").mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(root / "home"),
        "PULSE_RUNTIME_PATH": str(root / "run"),
        "XDG_RUNTIME_DIR": str(root / "run"),
    }
    with open(root / "pulseaudio.log", "wb") as log:
        daemon = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--load=module-native-protocol-unix auth-anonymous=1",
                "--load=module-null-sink sink_name=nullsink",
                "--load=module-always-sink",
            ],
            env=env,
            stdout=log,
            stderr=log,
        )
    try:
        socket = root / "run" / "native"
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline and daemon.poll() is None:
            time.sleep(0.05)
        if not socket.exists():
            raise RuntimeError(f"PulseAudio did not start: {(root / 'pulseaudio.log').read_text()}")
        server = f"unix:{socket}"
        subprocess.run(
            ["pactl", "set-default-sink", "nullsink"],
            env={**env, "PULSE_SERVER": server},
            check=True,
        )
        yield server
    finally:
        daemon.kill()
        daemon.wait()


class Recorder:
    """parec on the null sink's monitor, each sample stamped with time.monotonic()."""

    def __init__(self, server: str, *, settle: float = 3.0) -> None:
        self._process = subprocess.Popen(
            [
                *("parec", "--raw", "--latency-msec=10", "--format=s16le", f"--rate={RATE}"),
                *("--channels=1", "--device=nullsink.monitor"),
            ],
            stdout=subprocess.PIPE,
            env={**os.environ, "PULSE_SERVER": server},
        )
        self._chunks: list[bytes] = []
        self._count = 0
        self.start = float("inf")  # monotonic time of sample 0 (earliest estimate)
        threading.Thread(target=self._read, daemon=True).start()
        # A just-started monitor stream on a fresh null sink delays the next stream by ~1.4 s
        # (seen here; an artifact of this rig, not of the player), so let it settle first.
        time.sleep(settle)

    def _read(self) -> None:
        stdout = self._process.stdout
        assert isinstance(stdout, io.BufferedReader)
        while chunk := stdout.read1(4096):
            self._chunks.append(chunk)
            self._count += len(chunk) // 2
            self.start = min(self.start, time.monotonic() - self._count / RATE)

    def _loud(self, begin: float, end: float) -> list[int]:
        samples = array.array("h", b"".join(self._chunks))
        first = max(0, int((begin - self.start) * RATE))
        last = min(len(samples), int((end - self.start) * RATE))
        return [i for i in range(first, last) if abs(samples[i]) > LOUD]

    def first_sound_after(self, begin: float, end: float) -> float | None:
        """Monotonic time of the first loud sample in [begin, end], or None."""
        loud = self._loud(begin, end)
        return self.start + loud[0] / RATE if loud else None

    def sound_between(self, begin: float, end: float) -> tuple[float, float]:
        """Monotonic times of the first and last loud sample in [begin, end]."""
        loud = self._loud(begin, end)
        assert loud, "nothing was heard"
        return self.start + loud[0] / RATE, self.start + loud[-1] / RATE

    def sounds_between(self, begin: float, end: float, pause: float) -> list[tuple[float, float]]:
        """(first, last loud sample) of each sound in [begin, end]: silences ≥ `pause` split."""
        spans: list[list[int]] = []
        for i in self._loud(begin, end):
            if spans and i - spans[-1][1] < pause * RATE:
                spans[-1][1] = i
            else:
                spans.append([i, i])
        return [(self.start + a / RATE, self.start + b / RATE) for a, b in spans]

    def close(self) -> None:
        self._process.kill()
        self._process.wait()
