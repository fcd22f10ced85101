"""No network, ever: with every socket but a local Unix one refused, Bitna still does its work.

Subprocesses get a sitecustomize.py that makes any other socket raise at once (and records the
attempt in a file, so a caller that swallows the error is still caught); the offscreen app
runs in this process with the same guard patched in.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from core.text.metrics import cer
from tests.conftest import DEMO

BITNA = [sys.executable, "-m", "gui.launcher"]
GUARD = """
import os, socket

_real_socket = socket.socket
_LOG = os.environ["BITNA_NET_LOG"]


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\\n")
    raise PermissionError(f"network blocked by test: {what}")


class _LocalOnly(_real_socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family not in (socket.AF_UNIX, -1):
            _refuse(f"socket family {family}")
        if fileno is None and family == -1:
            _refuse("socket family default (AF_INET)")
        super().__init__(family, type, proto, fileno)


socket.socket = _LocalOnly
socket.create_connection = lambda *args, **kwargs: _refuse(f"create_connection {args}")
"""


@pytest.fixture
def guarded_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    folder = tmp_path / "guard"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network-attempts.txt"
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p)
    env = {
        **os.environ,
        "PYTHONPATH": path,
        "BITNA_NET_LOG": str(log),
        "PULSE_SERVER": "unix:/nonexistent",
    }
    return env, log


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BITNA, *args], capture_output=True, text=True, timeout=180, env=env)


def test_the_guard_really_blocks(guarded_env: tuple[dict[str, str], Path]) -> None:
    env, log = guarded_env
    probe = "import socket; socket.create_connection(('127.0.0.1', 9))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert result.returncode != 0 and "network blocked by test" in result.stderr
    probe = "import socket; socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert result.returncode != 0 and log.read_text().count("socket family") == 1


def test_read_works_offline(shared_data: Path, guarded_env: tuple[dict[str, str], Path]) -> None:
    env, log = guarded_env
    image = shared_data / "documents" / "scans" / "phototest.tif"
    result = run(env, "read", str(image), "--lang", "eng")
    assert result.returncode == 0, result.stderr
    truth = image.with_suffix(".txt").read_text(encoding="utf-8")
    assert cer(truth, result.stdout) <= 0.05
    assert not log.exists(), log.read_text()


def test_faces_work_offline(shared_data: Path, guarded_env: tuple[dict[str, str], Path]) -> None:
    env, log = guarded_env
    people = shared_data / "faces" / "people"
    enrolled = run(env, "faces", "enroll", "Alex", str(people / "alex-lacamoire.png"))
    assert enrolled.returncode == 0, enrolled.stderr
    result = run(env, "faces", "who", str(people / "alex_lacamoire_img1.jpg"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\t")[0] == "Alex"
    assert not log.exists(), log.read_text()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The same guard in this process, for the app offscreen."""
    attempts: list[str] = []
    real = socket.socket

    class LocalOnly(real):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno=None) -> None:  # type: ignore[no-untyped-def]
            if fileno is None and family != socket.AF_UNIX:
                attempts.append(f"socket family {family}")
                raise PermissionError("network blocked by test")
            super().__init__(family, type, proto, fileno)

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(f"create_connection {args}")
        raise PermissionError("network blocked by test")

    monkeypatch.setattr(socket, "socket", LocalOnly)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_the_app_reads_offline(qtbot, no_network: list[str], tmp_path: Path) -> None:
    from core.ocr.tesseract import TesseractEngine
    from core.settings import Settings
    from core.sources.demo import DemoSource
    from core.speech.fakes import RecordingOutput
    from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
    from core.speech.speaker import Speaker
    from gui.app import Bitna

    output = RecordingOutput(realtime=False)
    app = Bitna(
        settings=Settings(ocr_languages="eng"),
        source=DemoSource("en", seed=3),
        speech=Speaker(Pyttsx3Synthesizer(), output),
        ocr=TesseractEngine(),
        speech_log=tmp_path / "said.txt",
        settings_path=tmp_path / "settings.json",
    )
    qtbot.addWidget(app.window)
    try:
        app.start()
        qtbot.waitUntil(lambda: app.reader.latest() is not None, timeout=5000)
        app.window.actions_by_id["read"].trigger()
        qtbot.waitUntil(
            lambda: app.flow.page is not None and not app.flow.recognising, timeout=60000
        )
        truth = DEMO / "demo_en.txt"
        text = app.window.reading_pane.toPlainText()
        assert cer(truth.read_text(encoding="utf-8"), text) <= 0.05
        qtbot.waitUntil(lambda: len(output.played) >= 1, timeout=20000)
    finally:
        app.shutdown()
    assert no_network == []
