"""A private X11 desktop for end-to-end tests: Xvfb, a D-Bus session, the AT-SPI bus, Bitna.

Each `X11Session` runs its own Xvfb (on a display number Xvfb picks itself with
-displayfd, so parallel runs never collide), its own `dbus-launch` session bus and its own
`at-spi-bus-launcher`, with HOME and XDG_RUNTIME_DIR in a temporary folder. Every process
it starts, and everything those start (dbus-activated services, Orca's speech-dispatcher),
inherits a marker variable; `close()` ends the ones it knows by PID, then sweeps /proc for
any process still carrying the marker and kills it by PID with SIGKILL. Every wait has a
timeout, so a broken desktop fails a test instead of hanging it.

Used by tests/system/test_x11_accessibility.py; `missing_tools()` says why those tests skip.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tty
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

#: Debian's Python, the one with pyatspi (which is not on PyPI).
SYSTEM_PYTHON = "/usr/bin/python3"
ATSPI_CLIENT = Path(__file__).with_name("atspi_client.py")
ROOT = Path(__file__).resolve().parents[2]
BUS_LAUNCHERS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi2/at-spi-bus-launcher",
)
MARKER = "BITNA_X11_TEST_SESSION"
#: Orca's user-settings.conf for tests: speech on, but no speech server. Orca still writes
#: every utterance to its debug log ("SPEECH OUTPUT: '…'") before handing it to a server;
#: with speech-dispatcher (the default) and no sound card here, speech-dispatcher stopped
#: answering after Orca's second utterance and Orca's main loop blocked waiting for it.
#: An empty speechServerFactory makes Orca log "SPEECH: Not available" and carry on.
ORCA_SETTINGS = {
    "general": {
        "enableSpeech": True,
        "speechServerFactory": "",
        "speechServerInfo": None,
        "enableBraille": False,
        "activeProfile": ["Default", "default"],
        "startingProfile": ["Default", "default"],
    },
    "profiles": {
        "default": {"profile": ["Default", "default"], "pronunciations": {}, "keybindings": {}}
    },
    "pronunciations": {},
    "keybindings": {},
}
#: How long the app may take to show its window (first start imports OpenCV, mediapipe…).
WINDOW_TIMEOUT = 60.0


def _bus_launcher() -> str | None:
    return next((path for path in BUS_LAUNCHERS if os.access(path, os.X_OK)), None)


def _system_python_has_pyatspi() -> bool:
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return False
    try:
        result = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def missing_tools(*, orca: bool = False, xclock: bool = False) -> str | None:
    """Why an end-to-end X11 test cannot run here (a skip reason), or None when it can."""
    if not sys.platform.startswith("linux"):
        return "X11 end-to-end tests run on Linux only"
    needed = ["Xvfb", "dbus-launch", "xdotool"]
    if orca:
        needed.append("orca")
    if xclock:
        needed.append("xclock")
    absent = [tool for tool in needed if shutil.which(tool) is None]
    if absent:
        return f"not on PATH: {', '.join(absent)} (installer/setup.sh installs TEST_PACKAGES)"
    if _bus_launcher() is None:
        return "at-spi-bus-launcher is not installed (apt-get install at-spi2-core)"
    if not _system_python_has_pyatspi():
        return f"{SYSTEM_PYTHON} cannot import pyatspi (apt-get install python3-pyatspi)"
    return None


class SessionError(RuntimeError):
    """A part of the private desktop did not start."""


def wait_until(
    check: Callable[[], object], timeout: float, interval: float = 0.05, what: str = ""
) -> object:
    """Poll `check` until it returns something truthy; TimeoutError after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"Timed out after {timeout:.0f} s waiting for {what or check}")
        time.sleep(interval)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie is dead for our purposes.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    return True


def kill_pid(pid: int, *, polite: float = 0.0) -> None:
    """End one process by PID: SIGTERM and `polite` seconds' grace first, then SIGKILL."""
    if polite > 0:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + polite
        while time.monotonic() < deadline and _pid_alive(pid):
            time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


def stop_process(process: subprocess.Popen[bytes] | None, *, polite: float = 0.0) -> None:
    """End a child by PID (see kill_pid) and reap it."""
    if process is None or process.poll() is not None:
        return
    kill_pid(process.pid, polite=polite)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)


def marked_pids(marker_value: str) -> list[int]:
    """Processes whose environment carries this session's marker (ours and their children)."""
    needle = f"{MARKER}={marker_value}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if needle in environ.split(b"\0"):
            found.append(int(entry.name))
    return found


@dataclass(frozen=True)
class LogLine:
    """One line of Bitna's --speech-log."""

    time: datetime
    role: str
    text: str

    @property
    def epoch(self) -> float:
        """The line's time as seconds since the epoch (the log writes naive local time)."""
        return self.time.timestamp()


def read_speech_log(path: Path) -> list[LogLine]:
    """Every complete line of the speech log so far: "ISO-time<TAB>role<TAB>text"."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    lines = []
    for line in raw.splitlines(keepends=True):
        if not line.endswith("\n"):
            break  # still being written
        stamp, role, text = line.rstrip("\n").split("\t", 2)
        lines.append(LogLine(datetime.fromisoformat(stamp), role, text))
    return lines


class X11Session:
    """Xvfb + D-Bus session + AT-SPI bus in `folder`; use as a context manager."""

    def __init__(self, folder: Path, *, screen: str = "1600x1000x24") -> None:
        self.folder = folder
        self.screen = screen
        self.marker = uuid.uuid4().hex
        self.display = ""
        self.env: dict[str, str] = {}
        self._processes: list[tuple[str, subprocess.Popen[bytes], float]] = []
        self._extra_pids: list[int] = []
        self._dbus_pid: int | None = None
        self._on_close: list[Callable[[], None]] = []
        self.home = folder / "home"
        self.runtime_dir = folder / "run"
        self.logs = folder / "logs"

    # Lifetime -------------------------------------------------------------------------------
    def __enter__(self) -> X11Session:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        for folder in (self.home, self.runtime_dir, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        self.runtime_dir.chmod(0o700)
        base = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DBUS_", "AT_SPI", "XDG_", "WAYLAND", "QT_"))
            and key not in ("DISPLAY", "XAUTHORITY", "BITNA_DATA_DIR")
        }
        base.update(
            {
                MARKER: self.marker,
                "HOME": str(self.home),
                "XDG_RUNTIME_DIR": str(self.runtime_dir),
                "XDG_SESSION_TYPE": "x11",
                "NO_AT_BRIDGE": "0",
                "LANG": "C.UTF-8",
                "LC_ALL": "C.UTF-8",
            }
        )
        self.env = base
        self._start_xvfb()
        self._start_dbus()
        self._start_atspi()

    def close(self) -> None:
        """End everything this session started, newest first, then any marked leftovers."""
        for stop in reversed(self._on_close):
            stop()
        self._on_close.clear()
        for _name, process, polite in reversed(self._processes):
            stop_process(process, polite=polite)
        for pid in self._extra_pids:
            kill_pid(pid)
        if self._dbus_pid is not None:
            kill_pid(self._dbus_pid, polite=2)
        for _ in range(3):
            leftovers = marked_pids(self.marker)
            if not leftovers:
                break
            for pid in leftovers:
                kill_pid(pid)
            time.sleep(0.1)
        self._processes.clear()
        self._extra_pids.clear()
        self._dbus_pid = None

    def spawn(
        self,
        name: str,
        command: Sequence[str],
        *,
        env: dict[str, str] | None = None,
        polite: float = 0.0,
        cwd: Path | None = None,
        pass_fds: Sequence[int] = (),
    ) -> subprocess.Popen[bytes]:
        """Start a long-running process; its output goes to logs/NAME.log; close() ends it."""
        log = (self.logs / f"{name}.log").open("ab")
        try:
            process = subprocess.Popen(
                list(command),
                env=self.env if env is None else env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=cwd,
                pass_fds=tuple(pass_fds),
                start_new_session=True,
            )
        finally:
            log.close()
        self._processes.append((name, process, polite))
        return process

    def forget_pid_later(self, pid: int) -> None:
        """Kill this PID in close() (a daemon that left our process tree)."""
        self._extra_pids.append(pid)

    def log_text(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # The parts ------------------------------------------------------------------------------
    def _start_xvfb(self) -> None:
        read_end, write_end = os.pipe()
        try:
            xvfb = self.spawn(
                "xvfb",
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_end),
                    "-screen",
                    "0",
                    self.screen,
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=[write_end],
                polite=3,
            )
            os.close(write_end)
            write_end = -1
            number = self._read_display_number(read_end, xvfb)
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)
        self.display = f":{number}"
        self.env["DISPLAY"] = self.display

    def _read_display_number(self, fd: int, xvfb: subprocess.Popen[bytes]) -> int:
        os.set_blocking(fd, False)
        data = b""
        deadline = time.monotonic() + 20
        while not data.endswith(b"\n"):
            if time.monotonic() > deadline or xvfb.poll() is not None:
                raise SessionError(f"Xvfb did not start: {self.log_text('xvfb')[-2000:]}")
            with contextlib.suppress(BlockingIOError):
                chunk = os.read(fd, 64)
                if chunk == b"":
                    time.sleep(0.05)
                data += chunk
            time.sleep(0.02)
        return int(data.strip())

    def _start_dbus(self) -> None:
        result = self.run(["dbus-launch", "--sh-syntax"], timeout=20)
        values = dict(re.findall(r"^(DBUS_SESSION_BUS_\w+)='?([^';\n]*)'?;", result, re.M))
        address, pid = values.get("DBUS_SESSION_BUS_ADDRESS"), values.get("DBUS_SESSION_BUS_PID")
        if not address or not pid:
            raise SessionError(f"dbus-launch printed no bus address: {result!r}")
        self._dbus_pid = int(pid)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def _start_atspi(self) -> None:
        launcher = _bus_launcher()
        assert launcher is not None
        self.spawn("at-spi-bus-launcher", [launcher, "--launch-immediately"], polite=2)
        # Ready once the launcher answers on the session bus with the accessibility bus address.
        wait_until(
            self._atspi_bus_ready,
            timeout=20,
            what="the AT-SPI bus",
        )

    # Commands -------------------------------------------------------------------------------
    def run(
        self,
        command: Sequence[str],
        *,
        timeout: float = 10,
        check: bool = True,
        env: dict[str, str] | None = None,
    ) -> str:
        """Run a short command in the session; returns its stdout."""
        result = subprocess.run(
            list(command),
            env=self.env if env is None else env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode != 0:
            raise SessionError(
                f"{command[0]} failed ({result.returncode}): {result.stderr.decode()[-2000:]}"
            )
        return result.stdout.decode(errors="replace")

    def _atspi_bus_ready(self) -> bool:
        """Whether the launcher answers org.a11y.Bus.GetAddress on the session bus."""
        if shutil.which("dbus-send") is None:  # dbus-send comes with dbus itself
            time.sleep(1)
            return True
        out = self.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--reply-timeout=2000",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            timeout=5,
            check=False,
        )
        return "unix:" in out

    def xdotool(self, *args: str, timeout: float = 10) -> str:
        return self.run(["xdotool", *args], timeout=timeout).strip()

    def find_window(self, name_pattern: str, timeout: float = WINDOW_TIMEOUT) -> str:
        """The id of the first visible window whose name matches (an xdotool regex)."""

        def search() -> str:
            out = self.run(
                ["xdotool", "search", "--onlyvisible", "--name", name_pattern],
                timeout=5,
                check=False,
            )
            ids = out.split()
            return ids[0] if ids else ""

        return str(wait_until(search, timeout, interval=0.2, what=f"window {name_pattern!r}"))

    def focus(self, window: str) -> None:
        """Give a window the keyboard focus (Xvfb has no window manager to do it)."""
        self.xdotool("windowfocus", "--sync", window)

    def atspi_client(self, *args: str, timeout: float = 60) -> Any:
        """Run tests/system/atspi_client.py with Debian's Python on this session; its JSON
        answer."""
        result = subprocess.run(
            [SYSTEM_PYTHON, str(ATSPI_CLIENT), *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise SessionError(
                f"atspi_client {' '.join(args)} failed ({result.returncode}):\n"
                f"{result.stdout.decode()[-2000:]}\n{result.stderr.decode()[-4000:]}"
            )
        return json.loads(result.stdout)

    # Orca -----------------------------------------------------------------------------------
    def start_orca(self, prefs_dir: Path, debug_log: Path) -> Orca:
        """Start Orca with its own settings folder, writing its debug log to `debug_log`.

        Orca opens its --debug-file with a plain open(), which block-buffers a file: lines
        then sit in memory until 8 KB pile up, and Orca (which ignores SIGTERM) must be
        killed at the end, losing them. Given a terminal, Python buffers by line instead,
        so Orca writes to a pseudo-terminal and a thread copies it into `debug_log`.
        """
        prefs_dir.mkdir(parents=True, exist_ok=True)
        settings = prefs_dir / "user-settings.conf"
        if not settings.exists():
            settings.write_text(json.dumps(ORCA_SETTINGS, indent=2))
        master, slave = os.openpty()
        tty.setraw(slave)  # no "\n" → "\r\n", no echo
        slave_name = os.ttyname(slave)
        # The relay keeps the terminal's other end open until Orca is gone: with no writer
        # at all, reading it fails and the terminal would vanish before Orca opens it.
        relay = _PtyRelay(master, slave, debug_log)
        relay.start()
        try:
            process = self.spawn(
                "orca",
                # Never --replace: it SIGKILLs every process named "orca" of this user
                # (pgrep -u UID -x orca), whatever its display: another test run's, or the
                # screen reader of the developer running the tests.
                ["orca", "-u", str(prefs_dir), "--debug-file", slave_name],
            )
        except BaseException:
            relay.close()
            raise
        orca = Orca(self, process, debug_log, relay)
        self._on_close.append(orca.stop)
        return orca

    def speech_dispatcher_pid(self) -> int | None:
        """The speech-dispatcher Orca started for this session (it daemonizes), if any."""
        path = self.runtime_dir / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        try:
            return int(path.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    # Bitna ----------------------------------------------------------------------------------
    def bitna_env(self, data_dir: Path) -> dict[str, str]:
        env = dict(self.env)
        env.update(
            {
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "BITNA_DATA_DIR": str(data_dir),
                "PULSE_SERVER": "unix:/nonexistent",
                "OMP_THREAD_LIMIT": "1",
                "PYTHONPATH": str(ROOT),
            }
        )
        return env

    def start_bitna(self, data_dir: Path, speech_log: Path) -> Bitna:
        data_dir.mkdir(parents=True, exist_ok=True)
        env = self.bitna_env(data_dir)
        process = self.spawn(
            "bitna",
            [
                sys.executable,
                "-m",
                "gui.launcher",
                "--source",
                "demo",
                "--speech-log",
                str(speech_log),
            ],
            env=env,
            cwd=ROOT,
            polite=5,
        )
        return Bitna(self, process, env, speech_log)


def other_orcas() -> list[int]:
    """PIDs of Orca processes of this user (Orca allows one per user, on any display)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if (
                entry / "comm"
            ).read_text().strip() == "orca" and entry.stat().st_uid == os.getuid():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@contextlib.contextmanager
def orca_turn(timeout: float = 120) -> Iterator[bool]:
    """Take this machine's turn at running Orca; yields False if none came in `timeout` s.

    Orca refuses to start while another Orca of the same user runs, so tests that start
    it (from parallel runs too) queue on a lock file, then wait for strangers' Orca to end.
    """
    path = Path(tempfile.gettempdir()) / f"bitna-orca-test-{os.getuid()}.lock"
    with path.open("a") as lock:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    yield False
                    return
                time.sleep(0.2)
        try:
            while other_orcas() and time.monotonic() < deadline:
                time.sleep(0.2)
            yield not other_orcas()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class _PtyRelay(threading.Thread):
    """Copies what a process writes to a pseudo-terminal into a file, as it comes."""

    def __init__(self, master: int, slave: int, path: Path) -> None:
        super().__init__(name=f"pty-relay-{path.name}", daemon=True)
        self._master = master
        self._slave: int | None = slave
        self._path = path
        path.write_bytes(b"")

    def close(self, timeout: float = 5) -> None:
        """Once the writer is gone: let go of the terminal and wait for the last bytes."""
        if self._slave is not None:
            with contextlib.suppress(OSError):
                os.close(self._slave)
            self._slave = None
        if self.is_alive():
            self.join(timeout)

    def run(self) -> None:
        try:
            with self._path.open("ab", buffering=0) as out:
                while True:
                    try:
                        chunk = os.read(self._master, 65536)
                    except OSError:  # EIO: every writer closed the terminal
                        return
                    if not chunk:
                        return
                    out.write(chunk)
        finally:
            with contextlib.suppress(OSError):
                os.close(self._master)


#: What Orca writes to its debug log for each thing it says.
SPEECH_OUTPUT = re.compile(r"SPEECH OUTPUT: '(?P<text>.*?)'")


@dataclass
class Orca:
    """The Orca screen reader running in a session."""

    session: X11Session
    process: subprocess.Popen[bytes]
    debug_log: Path
    relay: _PtyRelay

    def log_text(self) -> str:
        return self.debug_log.read_text(encoding="utf-8", errors="replace")

    def speech(self) -> list[str]:
        """Everything Orca said so far, in order (its "SPEECH OUTPUT" debug lines)."""
        return [match["text"] for match in SPEECH_OUTPUT.finditer(self.log_text())]

    def speech_lines(self) -> list[str]:
        """The raw "SPEECH OUTPUT" lines of the debug log."""
        return [line for line in self.log_text().splitlines() if "SPEECH OUTPUT" in line]

    def wait_until_speaking(self, timeout: float = 30) -> None:
        """Wait for Orca's first words ("Screen reader on.") so it is ready for events."""

        def ready() -> bool:
            if self.process.poll() is not None:
                raise SessionError(
                    f"Orca exited with {self.process.returncode}:\n"
                    f"{self.session.log_text('orca')[-3000:]}"
                )
            return bool(self.speech())

        wait_until(ready, timeout, interval=0.1, what="Orca to speak")

    def stop(self) -> None:
        """Orca and its speech-dispatcher ignore SIGTERM: kill both by PID with SIGKILL."""
        speechd = self.session.speech_dispatcher_pid()
        stop_process(self.process)
        if speechd is not None:
            kill_pid(speechd)
        self.relay.close()


@dataclass
class Bitna:
    """The app running in a session."""

    session: X11Session
    process: subprocess.Popen[bytes]
    env: dict[str, str]
    speech_log: Path
    window: str = ""

    def wait_for_window(self, timeout: float = WINDOW_TIMEOUT) -> str:
        def window() -> str:
            if self.process.poll() is not None:
                raise SessionError(
                    f"Bitna exited with {self.process.returncode}:\n"
                    f"{self.session.log_text('bitna')[-4000:]}"
                )
            out = self.session.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Bitna$"],
                timeout=5,
                check=False,
            )
            ids = out.split()
            return ids[0] if ids else ""

        self.window = str(wait_until(window, timeout, interval=0.2, what="Bitna's window"))
        return self.window

    def log(self) -> list[LogLine]:
        return read_speech_log(self.speech_log)

    def wait_for_line(
        self,
        match: Callable[[LogLine], bool],
        timeout: float,
        *,
        after: int = 0,
        interval: float = 0.01,
        what: str = "",
    ) -> tuple[LogLine, float]:
        """The first log line (from index `after`) that matches; and time.monotonic() then."""

        def find() -> tuple[LogLine, float] | None:
            seen = time.monotonic()
            for line in self.log()[after:]:
                if match(line):
                    return line, seen
            if self.process.poll() is not None:
                raise SessionError(
                    f"Bitna exited with {self.process.returncode}:\n"
                    f"{self.session.log_text('bitna')[-4000:]}"
                )
            return None

        found = wait_until(find, timeout, interval=interval, what=what or "a speech log line")
        assert isinstance(found, tuple)
        return found

    def send(self, command: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        """`bitna send COMMAND` from another process, as a desktop shortcut would run it."""
        return subprocess.run(
            [sys.executable, "-m", "gui.launcher", "send", command],
            env=self.env,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
