"""How long from launching Bitna to its first spoken word, as a user would hear it.

Starts a private Xvfb and a PulseAudio server with a null sink, records the sink's monitor,
launches Bitna (by default the installed `bitna`) with a fresh data folder (a first start,
so the first-run guide opens too) and then again with the same folder, and notes when the
first audible sample arrives. Prints a table and writes benchmarks/results/launch_first_word.json.

    python installer/first_word_at_launch.py [--bitna /usr/bin/bitna] [--runs 3] [--shot guide.png]

Needs xvfb, pulseaudio, pulseaudio-utils (Debian). Every process it starts is ended by PID.
"""

from __future__ import annotations

import argparse
import array
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RATE = 16000
THRESHOLD = 500  # of 32767: well above the null sink's digital silence (0)
TIMEOUT = 60.0


class Recorder(threading.Thread):
    """Reads raw samples from `parec` and notes when the first loud chunk arrived."""

    def __init__(self, env: dict[str, str]) -> None:
        super().__init__(daemon=True)
        self.process = subprocess.Popen(
            [
                *("parec", "--device=nullsink.monitor", "--raw", "--format=s16le"),
                *(f"--rate={RATE}", "--channels=1", "--latency-msec=10"),
            ],
            stdout=subprocess.PIPE,
            env=env,
        )
        self.loud_at: float | None = None
        self.last_loud = 0.0
        self.armed = False
        self.start()

    def run(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        while chunk := os.read(stdout.fileno(), 640):
            now = time.monotonic()
            if len(chunk) % 2:
                continue
            samples = array.array("h", chunk)
            if samples and max(abs(value) for value in samples) > THRESHOLD:
                self.last_loud = now
                if self.armed and self.loud_at is None:
                    self.loud_at = now

    def wait_for_silence(self, seconds: float = 1.5, timeout: float = 60) -> None:
        """Until nothing was heard for `seconds` (a player left by the last run may go on)."""
        wait_for(lambda: time.monotonic() - self.last_loud > seconds, timeout)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)


def end(process: subprocess.Popen[bytes], wait: float = 5) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(wait)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for(check, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def launch_once(
    bitna: str, env: dict[str, str], data: Path, recorder: Recorder, log: Path, shot: Path | None
) -> float | None:
    """Seconds from launching Bitna to the first audible sample; None if none came."""
    recorder.wait_for_silence()
    recorder.loud_at = None
    recorder.armed = True
    launched = time.monotonic()
    process = start([bitna], {**env, "BITNA_DATA_DIR": str(data)}, log)
    try:
        wait_for(lambda: recorder.loud_at is not None or process.poll() is not None, TIMEOUT)
        heard = recorder.loud_at
        if shot is not None:
            time.sleep(8)  # the guide opens and speaks its first step
            subprocess.run(["import", "-window", "root", str(shot)], env=env, check=False)
        return None if heard is None else heard - launched
    finally:
        recorder.armed = False
        end(process)
        time.sleep(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bitna", default=shutil.which("bitna") or "bitna")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shot", type=Path, help="a screenshot of the first start's guide")
    args = parser.parse_args()
    for tool in ("Xvfb", "pulseaudio", "parec", "pactl"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed", file=sys.stderr)
            return 2

    work = Path(tempfile.mkdtemp(prefix="bitna-first-word-"))
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    display = f":{170 + os.getpid() % 50}"
    env = {
        **os.environ,
        "HOME": str(work),
        "XDG_RUNTIME_DIR": str(runtime),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PULSE_SERVER": f"unix:{runtime}/pulse/native",
    }
    env.pop("BITNA_NO_GUIDE", None)
    log = work / "log.txt"
    xvfb = start(["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], env, log)
    pulse = start(
        [
            *("pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1"),
            "--load=module-native-protocol-unix",
            "--load=module-null-sink sink_name=nullsink",
            "--load=module-always-sink",
        ],
        env,
        log,
    )
    recorder: Recorder | None = None
    try:
        ready = wait_for(
            lambda: subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0,
            20,
        )
        if not ready:
            print("PulseAudio did not start:\n" + log.read_text(errors="replace"), file=sys.stderr)
            return 1
        subprocess.run(["pactl", "set-default-sink", "nullsink"], env=env, check=True)
        recorder = Recorder(env)
        time.sleep(1)
        results: dict[str, list[float | None]] = {"first start": [], "later start": []}
        for run in range(args.runs):
            data = work / f"data-{run}"
            shot = args.shot if run == 0 else None
            results["first start"].append(launch_once(args.bitna, env, data, recorder, log, shot))
            results["later start"].append(launch_once(args.bitna, env, data, recorder, log, None))
    finally:
        if recorder is not None:
            recorder.stop()
        end(pulse)
        end(xvfb)

    print(f"Launch to first spoken word ({args.bitna}, {args.runs} runs, Xvfb + null sink)")
    print(f"{'start':<12} {'median s':>9} {'min s':>7} {'max s':>7}  all")
    summary = {}
    for name, values in results.items():
        heard = [value for value in values if value is not None]
        if heard:
            row = (statistics.median(heard), min(heard), max(heard))
            print(f"{name:<12} {row[0]:9.2f} {row[1]:7.2f} {row[2]:7.2f}  {values}")
        else:
            print(f"{name:<12} {'silent':>9}  {values}")
        summary[name] = {"seconds": values, "median": statistics.median(heard) if heard else None}
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "launch_first_word.json").write_text(
        json.dumps({"bitna": args.bitna, "runs": args.runs, **summary}, indent=2)
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0 if all(value is not None for values in results.values() for value in values) else 1


if __name__ == "__main__":
    sys.exit(main())
