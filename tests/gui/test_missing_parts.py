"""Missing parts, made missing for real: one message that names the fix, and the rest works.

Tesseract is hidden by a PATH without it, the Korean pack by a TESSDATA_PREFIX holding only
English, the voices by an empty eSpeak NG data folder, global hotkeys by having no display,
the camera by this machine having none, and sound by this machine having no sound card.
Each is checked in the command line and in the app (the real window, and `bitna` itself).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from core.diagnostics import (
    MissingPart,
    camera_problem,
    catalogue,
    markdown_table,
    no_camera_message,
    ocr_problem,
    speech_problem,
)
from core.hotkeys.choose import unavailable_message
from core.ocr.tesseract import TesseractEngine, missing_language_message
from core.settings import Settings
from core.sources.demo import DemoSource
from core.sources.factory import open_source
from core.speech.base import SpeechEvent
from core.speech.fakes import NullSpeech, RecordingOutput
from core.speech.output import no_device_error
from core.speech.pyttsx3_synth import no_voices_message
from core.text.metrics import cer
from tests.conftest import DEMO, ROOT

BITNA = [sys.executable, "-m", "gui.launcher"]
TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")

NO_TESSERACT = "Tesseract, the program that reads text, is not installed or does not work."
APT_TESSERACT = "sudo apt install tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor"
NO_KOREAN = "Tesseract has no language pack for Korean."
APT_KOREAN = "Install it with: sudo apt install tesseract-ocr-kor"
READS_ENGLISH = "Until it is installed, Bitna reads English only."
NO_VOICES = "sudo apt install --reinstall espeak-ng-data"
STILL_SHOWN = "Bitna shows on screen everything it would say."
CAMERA_VIEW_WORKS = "The camera view and the magnifier still work."
APP_NO_TESSERACT = f"{NO_TESSERACT} {CAMERA_VIEW_WORKS} Install it with: {APT_TESSERACT}"
APP_NO_KOREAN = f"{NO_KOREAN} {READS_ENGLISH} {APT_KOREAN}"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux paths")


# Ways to make a part missing ---------------------------------------------------------------
@pytest.fixture
def path_without_tesseract(tmp_path: Path) -> str:
    """A PATH like this machine's, with every program but Tesseract."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        if not os.path.isdir(directory):
            continue
        for name in os.listdir(directory):
            target = folder / name
            if name != "tesseract" and not target.exists():
                target.symlink_to(Path(directory) / name)
    return str(folder)


@pytest.fixture
def tessdata_english_only(tmp_path: Path) -> str:
    """Tesseract's data folder as tesseract-ocr-eng alone installs it: no Korean pack."""
    if not (TESSDATA / "eng.traineddata").exists():
        pytest.skip("Tesseract's English data is not in its usual place")
    folder = tmp_path / "tessdata"
    folder.mkdir()
    for item in TESSDATA.iterdir():  # configs/ too: Tesseract needs it for its TSV output
        if item.suffix != ".traineddata" or item.name == "eng.traineddata":
            (folder / item.name).symlink_to(item)
    return str(folder)


@pytest.fixture
def empty_espeak_data(tmp_path: Path) -> str:
    folder = tmp_path / "espeak-ng-data"
    folder.mkdir()
    return str(folder)


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PULSE_SERVER": "unix:/nonexistent",
        "BITNA_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }
    env.pop("DISPLAY", None)
    return env


def bitna(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BITNA, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment(tmp_path, **extra),
        cwd=ROOT,
    )


# The command line --------------------------------------------------------------------------
@linux_only
def test_cli_without_tesseract_names_the_package(tmp_path: Path, path_without_tesseract) -> None:
    result = bitna(tmp_path, "read", str(DEMO / "demo_en.png"), PATH=path_without_tesseract)
    assert result.returncode == 1
    assert result.stderr.strip() == f"bitna: {NO_TESSERACT} Install it with: {APT_TESSERACT}"


@linux_only
def test_cli_without_korean_names_the_package_and_english_still_reads(
    tmp_path: Path, tessdata_english_only: str
) -> None:
    image = str(DEMO / "demo_en.png")
    korean = bitna(tmp_path, "read", image, "--lang", "kor", TESSDATA_PREFIX=tessdata_english_only)
    assert korean.returncode == 1
    assert korean.stderr.strip() == f"bitna: {NO_KOREAN} {APT_KOREAN}"
    english = bitna(tmp_path, "read", image, TESSDATA_PREFIX=tessdata_english_only)
    assert english.returncode == 0, english.stderr  # automatic languages: what is there
    truth = (DEMO / "demo_en.txt").read_text(encoding="utf-8")
    assert cer(truth, english.stdout) <= 0.05


@linux_only
def test_cli_without_voices_prints_the_text_and_the_fix(
    tmp_path: Path, empty_espeak_data: str
) -> None:
    """eSpeak NG ends the whole process when its data is missing, unless told not to."""
    result = bitna(
        tmp_path,
        "read",
        str(DEMO / "demo_en.png"),
        "--lang",
        "eng",
        "--say",
        ESPEAK_DATA_PATH=empty_espeak_data,
    )
    assert result.returncode == 1
    assert "Dear" in result.stdout or len(result.stdout) > 200  # the text is still printed
    messages = [line for line in result.stderr.splitlines() if line.startswith("bitna: ")]
    assert messages == [f"bitna: {no_voices_message('linux')}"]
    assert NO_VOICES in messages[0]


@linux_only
def test_cli_without_the_speech_engine_names_the_package(tmp_path: Path) -> None:
    """libespeak-ng cannot load: made so by blocking the module that loads it."""
    code = (
        "import sys; sys.modules['pyttsx3.drivers._espeak'] = None\n"
        "from gui.launcher import main\n"
        f"sys.exit(main(['read', {str(DEMO / 'demo_en.png')!r}, '--lang', 'eng', '--say']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment(tmp_path),
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "sudo apt install espeak-ng." in result.stderr
    assert "Traceback" not in result.stderr


def has_sound_card() -> bool:
    cards = Path("/proc/asound/cards")
    return cards.exists() and "no soundcards" not in cards.read_text()


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or has_sound_card(),
    reason="needs a Linux machine without a sound card",
)
def test_cli_without_a_sound_device_says_so_once(tmp_path: Path) -> None:
    result = bitna(tmp_path, "read", str(DEMO / "demo_en.png"), "--lang", "eng", "--say")
    assert result.returncode == 1
    messages = [line for line in result.stderr.splitlines() if line.startswith("bitna: ")]
    assert messages == [f"bitna: {no_device_error().message}"]
    assert "Traceback" not in result.stderr


# The checks themselves -------------------------------------------------------------------
@linux_only
def test_ocr_problem_without_tesseract(monkeypatch, path_without_tesseract) -> None:
    monkeypatch.setenv("PATH", path_without_tesseract)
    problem = ocr_problem(TesseractEngine())
    assert problem == MissingPart("tesseract", APP_NO_TESSERACT)


@linux_only
def test_ocr_problem_without_korean(monkeypatch, tessdata_english_only: str) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", tessdata_english_only)
    problem = ocr_problem(TesseractEngine())
    assert problem is not None and problem.part == "ocr-language"
    assert problem.message == APP_NO_KOREAN
    assert ocr_problem(TesseractEngine(), "eng") is None  # the user reads English only
    only_korean = ocr_problem(TesseractEngine(), "kor")
    assert only_korean is not None and CAMERA_VIEW_WORKS in only_korean.message


def test_all_there_means_no_message() -> None:
    engine = TesseractEngine()
    try:
        languages = engine.probe().languages
    except Exception:
        pytest.skip("Tesseract is not installed here")
    if not {"eng", "kor"} <= set(languages):
        pytest.skip("Tesseract lacks English or Korean here")
    assert ocr_problem(engine) is None


@linux_only
def test_a_speech_engine_with_an_empty_voice_list_says_so(monkeypatch) -> None:
    """eSpeak NG loads but lists no voice (its data half there): said once, at start."""
    from core.plumbing.errors import SpeechError
    from core.speech import pyttsx3_synth

    monkeypatch.setattr(pyttsx3_synth._EspeakBackend, "voices", lambda self: [])
    with pytest.raises(SpeechError) as raised:
        pyttsx3_synth.Pyttsx3Synthesizer()
    assert raised.value.message == no_voices_message("linux")


def test_no_camera_found_is_said_only_for_auto() -> None:
    source = open_source("auto")  # this machine has no camera
    assert isinstance(source, DemoSource)
    problem = camera_problem("auto", source)
    assert problem is not None and problem.message == no_camera_message()
    assert camera_problem("demo", DemoSource("en")) is None  # chosen on purpose


def test_every_message_names_a_fix_for_each_platform() -> None:
    fixes = {
        "linux": ("sudo apt install", "sudo usermod", "desktop's settings", "Connect speakers"),
        "win32": (
            "Reinstall Bitna",
            "Windows Settings",
            "tessdata",
            "shortcut key",
            "Connect speakers",
            "reinstall Bitna",
        ),
        "darwin": ("brew install", "System Settings", "Connect speakers", "reinstall Bitna"),
    }
    for platform, words in fixes.items():
        rows = catalogue(platform)
        assert len(rows) == 7
        for part, message in rows:
            assert any(word in message for word in words), (platform, part, message)
    assert unavailable_message("darwin") != unavailable_message("linux")
    assert "kor.traineddata" in missing_language_message(["kor"], "win32")
    assert markdown_table("linux").count("\n| ") == 7


# The app: the real window -----------------------------------------------------------------
class Heard:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, event: SpeechEvent) -> None:
        if event.kind == "started":
            with self._lock:
                self.texts.append(event.text)


def make_bitna(qtbot, tmp_path: Path, *, ocr, speech=None, settings=None, backends=None):
    from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
    from core.speech.speaker import Speaker
    from gui.app import Bitna

    speech = speech or Speaker(Pyttsx3Synthesizer(), RecordingOutput())
    heard = Heard()
    speech.add_listener(heard)
    app = Bitna(
        settings=settings or Settings(global_hotkeys=False),
        source=DemoSource("en", seed=2),
        speech=speech,
        ocr=ocr,
        settings_path=tmp_path / "settings.json",
        hotkey_backends=backends,
    )
    qtbot.addWidget(app.window)
    return app, heard


def messages(app) -> list[str]:
    from core.announce import Role

    return [u.text for u in app.announcer.history() if u.role is Role.ERROR]


def page_is_shown(qtbot, app) -> None:
    """The whole demo letter ends up in the reading pane (it streams in, block by block)."""
    truth = (DEMO / "demo_en.txt").read_text(encoding="utf-8")
    qtbot.waitUntil(
        lambda: cer(truth, app.window.reading_pane.toPlainText()) <= 0.05, timeout=90000
    )


def camera_view_keeps_moving(qtbot, app) -> None:
    shown = app.window.live_view.frames_shown
    qtbot.waitUntil(lambda: app.window.live_view.frames_shown > shown + 3, timeout=15000)


@linux_only
def test_app_without_tesseract_says_so_once_and_the_magnifier_works(
    qtbot, tmp_path: Path, monkeypatch, path_without_tesseract
) -> None:
    monkeypatch.setenv("PATH", path_without_tesseract)
    app, heard = make_bitna(qtbot, tmp_path, ocr=TesseractEngine())
    try:
        app.start()
        expected = APP_NO_TESSERACT
        qtbot.waitUntil(lambda: app.window.status.text() == expected, timeout=10000)
        qtbot.waitUntil(lambda: expected in heard.texts, timeout=10000)
        assert messages(app) == [expected]
        # The magnifier and the camera view work without OCR.
        app.commands.trigger("magnify")
        app.commands.trigger("zoom-in")
        assert app.magnifier.active
        camera_view_keeps_moving(qtbot, app)
        # Read says what is missing again (the user asked), and nothing breaks.
        app.commands.trigger("read")
        qtbot.waitUntil(lambda: len(messages(app)) == 2, timeout=10000)
        assert messages(app)[1].startswith(NO_TESSERACT)
        camera_view_keeps_moving(qtbot, app)
    finally:
        app.shutdown()


@linux_only
def test_app_without_korean_says_so_once_and_reads_english(
    qtbot, tmp_path: Path, monkeypatch, tessdata_english_only: str
) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", tessdata_english_only)
    app, heard = make_bitna(qtbot, tmp_path, ocr=TesseractEngine())
    try:
        app.start()
        expected = APP_NO_KOREAN
        qtbot.waitUntil(lambda: expected in heard.texts, timeout=10000)
        assert messages(app) == [expected]
        qtbot.waitUntil(lambda: app.reader.latest() is not None, timeout=15000)
        app.commands.trigger("read")
        page_is_shown(qtbot, app)
        assert messages(app) == [expected]
    finally:
        app.shutdown()


def test_app_without_a_sound_device_still_shows_the_page(qtbot, tmp_path: Path) -> None:
    """Speech is made but cannot be played: one visible message, and the page is shown."""
    from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
    from core.speech.speaker import Speaker

    output = RecordingOutput(error=no_device_error())
    speech = Speaker(Pyttsx3Synthesizer(), output)
    app, heard = make_bitna(
        qtbot,
        tmp_path,
        ocr=TesseractEngine(),
        speech=speech,
        settings=Settings(global_hotkeys=False, ocr_languages="eng"),
    )
    try:
        app.start()
        expected = no_device_error().message
        qtbot.waitUntil(lambda: app.window.status.text() == expected, timeout=10000)
        qtbot.waitUntil(lambda: app.reader.latest() is not None, timeout=15000)
        app.commands.trigger("read")
        page_is_shown(qtbot, app)
        qtbot.wait(500)
        # Said once for the whole outage, not again for this Read nor once per sentence;
        # reading waits at the start of the page, which is in view.
        assert messages(app).count(expected) == 1
        assert app.flow.paused and app.flow.position == 0
        assert app.window.reading_pane.verticalScrollBar().value() == 0
        assert app.window.reading_pane.highlighted_text() == ""
        # An answer (the summary) fails to be spoken too, but stays in the status line.
        shown = app.window.status.text()
        app.commands.trigger("summary")
        qtbot.waitUntil(lambda: app.window.status.text() != shown, timeout=5000)
        answer = app.window.status.text()
        qtbot.wait(800)
        assert app.window.status.text() == answer and messages(app).count(expected) == 1
        # Sound is back: Pause goes on from where reading waits, the letter's first line.
        output.error = None
        before = len(heard.texts)
        app.commands.trigger("pause")
        qtbot.waitUntil(lambda: len(output.played) >= 2, timeout=20000)
        assert heard.texts[before] == "Riverside Library"
        # The device goes away again: that is news, said once more.
        output.error = no_device_error()
        app.commands.trigger("read")
        qtbot.waitUntil(lambda: messages(app).count(expected) == 2, timeout=15000)
        qtbot.wait(800)
        assert messages(app).count(expected) == 2
    finally:
        app.shutdown()


def test_app_without_speech_shows_the_message_and_reads_into_the_pane(
    qtbot, tmp_path: Path
) -> None:
    """What run_app does when the speech engine cannot start: NullSpeech, one message."""
    problem = speech_problem(no_voices_message())
    app, _ = make_bitna(
        qtbot,
        tmp_path,
        ocr=TesseractEngine(),
        speech=NullSpeech(),
        settings=Settings(global_hotkeys=False, ocr_languages="eng"),
    )
    try:
        app.start([problem])
        assert app.window.status.text() == problem.message
        assert problem.message.endswith(STILL_SHOWN)
        qtbot.waitUntil(lambda: app.reader.latest() is not None, timeout=15000)
        app.commands.trigger("read")
        page_is_shown(qtbot, app)
        assert messages(app) == [problem.message]
    finally:
        app.shutdown()


def test_app_without_global_hotkeys_says_so_once_and_window_keys_work(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)  # no X server: no backend can listen
    app, heard = make_bitna(qtbot, tmp_path, ocr=TesseractEngine(), settings=Settings())
    try:
        app.start()
        expected = unavailable_message()
        qtbot.waitUntil(lambda: expected in heard.texts, timeout=10000)
        assert [text for text in messages(app) if "hotkeys" in text] == []  # a status, not
        said = [u.text for u in app.announcer.history()]  # an error: Bitna works fine
        assert said.count(expected) == 1
        calls: list[str] = []
        app.commands.bind("repeat", lambda: calls.append("repeat"))
        app.window.actions_by_id["repeat"].trigger()  # the in-window key
        assert calls == ["repeat"]
    finally:
        app.shutdown()


# The app: `bitna` itself, with everything missing at once ---------------------------------
@linux_only
def test_bitna_with_every_part_missing_starts_and_says_each_once(
    tmp_path: Path, path_without_tesseract, empty_espeak_data: str
) -> None:
    log = tmp_path / "said.txt"
    env = environment(tmp_path, PATH=path_without_tesseract, ESPEAK_DATA_PATH=empty_espeak_data)
    app = subprocess.Popen(
        [*BITNA, "--source", "auto", "--speech-log", str(log)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        expected = [
            no_camera_message(),
            speech_problem(no_voices_message()).message,
            APP_NO_TESSERACT,
            unavailable_message(),
        ]
        lines: list[str] = []
        while time.monotonic() < deadline and app.poll() is None:
            lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
            if all(any(line.endswith(text) for line in lines) for text in expected):
                break
            time.sleep(0.2)
        assert app.poll() is None, app.communicate()[1][-3000:]  # still running
        said = [line.split("\t", 2)[2] for line in lines]
        assert said[0].startswith("Bitna is ready, using Demo camera")
        for text in expected:
            assert said.count(text) == 1, (text, said)
        # It still takes commands: the window works without OCR, speech and hotkeys.
        quit_result = subprocess.run(
            [*BITNA, "send", "quit"],
            capture_output=True,
            text=True,
            timeout=30,
            env=env,
            cwd=ROOT,
        )
        assert quit_result.returncode == 0, quit_result.stderr
        assert app.wait(timeout=30) == 0
        assert "Traceback" not in app.communicate()[1]
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_readme_troubleshooting_table_is_the_one_bitna_says() -> None:
    """The README's table is generated from the code (`python -m core.diagnostics`)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Troubleshooting" in readme
    assert markdown_table("linux") in readme
