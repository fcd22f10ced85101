"""Text → audio with pyttsx3's engines; the only module that imports pyttsx3.

On Linux, pyttsx3 2.99's espeak driver truncates saved WAVs, drops queued utterances, leaks
later `say()` calls into the last file, plays through an `aplay` that fails silently and
reports words at synthesis time. So there we drive espeak-ng through pyttsx3's own ctypes
binding instead: we keep every audio buffer (also the one that arrives with the end event),
read word positions as sample offsets, and leave playback to `core.speech.output`.
On Windows and macOS, pyttsx3's engine renders one utterance at a time into a temporary file.
"""

from __future__ import annotations

import array
import ctypes
import logging
import os
import subprocess
import sys
import tempfile
import threading
import wave
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType
from typing import Any, Protocol

from core.plumbing.errors import SpeechError
from core.plumbing.i18n import tr
from core.speech.base import Audio, Voice, WordMark, estimate_marks

log = logging.getLogger(__name__)

_BUFFER_MS = 100  # length of the buffers espeak-ng hands to the callback
_INITIALIZE_DONT_EXIT = 0x8000  # espeakINITIALIZE_DONT_EXIT


def engine_missing_message(platform: str | None = None) -> str:
    """What to say when the speech engine cannot load, with the fix for this platform."""
    if (platform or sys.platform).startswith("linux"):
        return tr(
            "The speech engine eSpeak NG could not be started. Install it with the "
            "command: sudo apt install espeak-ng. Then start Bitna again."
        )
    return tr("The speech engine could not be started. Please reinstall Bitna.")


def no_voices_message(platform: str | None = None) -> str:
    """What to say when the speech engine runs but has no voice to speak with."""
    platform = platform or sys.platform
    if platform == "win32":
        return tr(
            "No voices are installed. Add one in Windows Settings, Time & language, Speech, "
            "Add voices. Then start Bitna again."
        )
    if platform == "darwin":
        return tr(
            "No voices are installed. Add one in System Settings, Accessibility, Spoken "
            "Content, System voice, Manage Voices. Then start Bitna again."
        )
    return tr(
        "The voices of the speech engine eSpeak NG are missing. Install them with the "
        "command: sudo apt install --reinstall espeak-ng-data. Then start Bitna again."
    )


def _engine_missing() -> SpeechError:
    return SpeechError(engine_missing_message())


def _engine_failed() -> SpeechError:
    """The error for an engine that loaded but failed on one utterance."""
    return SpeechError(
        tr("The speech engine failed to read this text. Try again, or restart Bitna.")
    )


class _Backend(Protocol):
    def voices(self) -> list[Voice]: ...

    def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio: ...


class Pyttsx3Synthesizer:
    """The real synthesizer: espeak-ng on Linux, the system voices (via pyttsx3) elsewhere."""

    def __init__(self) -> None:
        self._backend: _Backend
        if sys.platform.startswith("linux"):
            self._backend = _EspeakBackend()
        else:
            self._backend = _EngineBackend()
        if not self._backend.voices():  # it would fail on every utterance: say so once
            log.error("The speech engine has no voices")
            raise SpeechError(no_voices_message())

    def voices(self) -> list[Voice]:
        """Installed voices, grouped by language, each language's preferred voice first."""
        return self._backend.voices()

    def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio:
        """Render `text` (whole, in one go) at `rate` words per minute."""
        return self._backend.synthesize(text, voice_id, rate)


# --- Linux: espeak-ng through pyttsx3's ctypes binding -----------------------------------

# espeak-ng keeps one voice, one rate and one callback for the whole process.
_espeak_lock = threading.Lock()
_espeak_module: ModuleType | None = None
_espeak_rate = 0
_collecting: _Collection | None = None


class _Collection:
    """Audio and word marks of one utterance, filled from espeak-ng's callback thread."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.chunks: list[bytes] = []
        self.marks: list[WordMark] = []
        self.done = threading.Event()
        self.failure: BaseException | None = None

    def feed(self, espeak: ModuleType, wav: Any, sample_count: int, events: Any) -> None:
        """Take one callback's buffer and events; the buffer counts even with the end event."""
        finished = False
        index = 0
        while events[index].type != espeak.EVENT_LIST_TERMINATED:
            event = events[index]
            if event.type == espeak.EVENT_WORD:
                self._add_word(event.text_position - 1, event.length, event.sample)
            elif event.type == espeak.EVENT_MSG_TERMINATED:
                finished = True
            index += 1
        if sample_count > 0 and wav:
            self.chunks.append(ctypes.string_at(wav, sample_count * 2))
        if finished:
            self.done.set()

    def _add_word(self, start: int, length: int, sample: int) -> None:
        """Keep marks that point at real text; espeak adds empty ones at punctuation."""
        if length <= 0 or start < 0 or start + length > len(self.text) or sample < 0:
            return
        if not self.text[start : start + length].strip():
            return
        self.marks.append(WordMark(start, length, sample))


def _on_synth(wav: Any, sample_count: int, events: Any) -> int:
    """espeak-ng's callback (its own thread): hand the buffer to the utterance in progress."""
    collection = _collecting
    if collection is None or _espeak_module is None:
        return 0
    try:
        collection.feed(_espeak_module, wav, sample_count, events)
    except BaseException as exc:  # an exception must not vanish inside ctypes
        log.exception("Reading espeak-ng's audio failed")
        collection.failure = exc
        collection.done.set()
        return 1
    return 0


def _load_espeak() -> tuple[ModuleType, int]:
    """Load and initialise espeak-ng once per process (it cannot be initialised twice)."""
    global _espeak_module, _espeak_rate
    if _espeak_module is not None:
        return _espeak_module, _espeak_rate
    try:
        from pyttsx3.drivers import _espeak as espeak
    except Exception as exc:  # RuntimeError or OSError when libespeak-ng is missing
        log.error("Cannot load espeak-ng through pyttsx3: %s", exc)
        raise _engine_missing() from exc
    # Without DONT_EXIT, espeak-ng ends the whole process when its voice data is missing.
    sample_rate = espeak.Initialize(
        espeak.AUDIO_OUTPUT_RETRIEVAL, _BUFFER_MS, None, _INITIALIZE_DONT_EXIT
    )
    if sample_rate <= 0:
        log.error("espeak_Initialize failed (returned %s): no voice data?", sample_rate)
        raise SpeechError(no_voices_message())
    espeak.SetSynthCallback(_on_synth)
    _espeak_module, _espeak_rate = espeak, sample_rate
    version = (espeak.Info(None) or b"?").decode("utf-8", "replace")
    log.info("espeak-ng %s ready at %d Hz", version, sample_rate)
    return espeak, sample_rate


class _EspeakBackend:
    """espeak-ng in retrieval mode: it gives us the samples, we do the playing."""

    def __init__(self) -> None:
        with _espeak_lock:
            self._espeak, self._sample_rate = _load_espeak()
        self._voices: list[Voice] | None = None

    def voices(self) -> list[Voice]:
        """espeak-ng's voices without MBROLA ones, which need data that is rarely installed."""
        if self._voices is None:
            with _espeak_lock:
                listed = self._espeak.ListVoices(None)
                found: list[tuple[str, int, Voice]] = []
                for raw in listed:
                    identifier = raw.identifier.decode("utf-8", "replace")
                    if identifier.startswith("mb/") or not raw.languages:
                        continue
                    priority = raw.languages[0]
                    language = raw.languages[1:].decode("utf-8", "replace").lower()
                    name = raw.name.decode("utf-8", "replace")
                    found.append((language, priority, Voice(identifier, name, (language,))))
            # Per language (the part before "-"), espeak-ng's own preference first, so that
            # "en" gets the voice `espeak-ng -v en` uses.
            found.sort(key=lambda item: (item[0].split("-")[0], item[1], item[0], item[2].name))
            self._voices = [voice for _, _, voice in found]
        return list(self._voices)

    def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio:
        """Render the whole text, waiting for espeak-ng's end event (and its last buffer)."""
        global _collecting
        text = text.replace("\x00", " ")
        if not text.strip():
            return Audio(b"", self._sample_rate)  # espeak_Synth fails on empty text
        espeak = self._espeak
        with _espeak_lock:
            if voice_id is not None:
                result = espeak.SetVoiceByName(voice_id.encode("utf-8"))
                if result != espeak.EE_OK:
                    log.error("espeak-ng has no voice %r (error %s)", voice_id, result)
                    raise SpeechError(
                        tr(
                            "The voice {voice} is not installed. Choose another voice in the "
                            "settings.",
                            voice=voice_id,
                        )
                    )
            espeak.SetParameter(espeak.RATE, rate, 0)
            collection = _Collection(text)
            _collecting = collection
            try:
                result = espeak.Synth(
                    text.encode("utf-8"), flags=espeak.ENDPAUSE | espeak.CHARS_UTF8
                )
                if result != espeak.EE_OK:
                    log.error("espeak_Synth failed with %s for %d characters", result, len(text))
                    raise _engine_failed()
                timeout = 10.0 + len(text) / 100
                if not collection.done.wait(timeout):
                    log.error("espeak-ng gave no end event within %.0f s", timeout)
                    espeak.Cancel()
                    raise _engine_failed()
            finally:
                _collecting = None
        if collection.failure is not None:
            raise _engine_failed() from collection.failure
        return Audio(b"".join(collection.chunks), self._sample_rate, tuple(collection.marks))


# --- Windows and macOS: pyttsx3's engine, one file per utterance -----------------------


def _start_com() -> None:
    """SAPI is a COM server: each thread that uses it must enter COM first."""
    if sys.platform == "win32":
        import pythoncom  # type: ignore[import-not-found]  # pywin32, a pyttsx3 dependency

        pythoncom.CoInitialize()


class _EngineBackend:
    """pyttsx3's SAPI5 / NSSpeechSynthesizer driver, confined to one thread of its own."""

    def __init__(self) -> None:
        self._thread = ThreadPoolExecutor(1, "bitna-tts", initializer=_start_com)
        try:
            self._engine: Any = self._thread.submit(self._start).result()
        except Exception as exc:
            log.exception("pyttsx3 could not start its speech engine")
            raise _engine_missing() from exc
        self._voices: list[Voice] | None = None

    @staticmethod
    def _start() -> Any:
        import pyttsx3

        return pyttsx3.init()

    def voices(self) -> list[Voice]:
        """The system voices, in the order the system lists them."""
        if self._voices is None:
            raw = self._thread.submit(self._engine.getProperty, "voices").result()
            self._voices = [
                Voice(str(voice.id), str(voice.name or voice.id), _languages(voice.languages))
                for voice in raw
            ]
        return list(self._voices)

    def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio:
        """One `save_to_file` + `runAndWait` per utterance, so nothing is lost or mixed up."""
        try:
            return self._thread.submit(self._render, text, voice_id, rate).result()
        except SpeechError:
            raise
        except Exception as exc:
            log.exception("pyttsx3 failed to render %d characters", len(text))
            raise _engine_failed() from exc

    def _render(self, text: str, voice_id: str | None, rate: int) -> Audio:
        suffix = ".aiff" if sys.platform == "darwin" else ".wav"  # macOS writes AIFF anyway
        folder = tempfile.mkdtemp(prefix="bitna-tts-")
        path = os.path.join(folder, "utterance" + suffix)
        try:
            if voice_id is not None:
                self._engine.setProperty("voice", voice_id)
            self._engine.setProperty("rate", rate)
            self._engine.save_to_file(text, path)
            self._engine.runAndWait()
            if sys.platform == "darwin":
                wav_path = os.path.join(folder, "utterance.wav")
                subprocess.run(
                    ["afconvert", "-f", "WAVE", "-d", "LEI16", path, wav_path],
                    check=True,
                    capture_output=True,
                )
                path = wav_path
            samples, sample_rate = _read_mono16(path)
        finally:
            for name in os.listdir(folder):
                os.remove(os.path.join(folder, name))
            os.rmdir(folder)
        return Audio(samples, sample_rate, estimate_marks(text, len(samples) // 2))


def _languages(raw: Any) -> tuple[str, ...]:
    """pyttsx3 gives "en_US", b"\\x05en" or "en-US": make them all "en-us"."""
    found = []
    for item in raw or ():
        if isinstance(item, bytes):
            item = item.lstrip(b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09").decode(
                "utf-8", "replace"
            )
        found.append(str(item).replace("_", "-").lower())
    return tuple(found)


def _read_mono16(path: str) -> tuple[bytes, int]:
    """Read a 16-bit WAV and keep its first channel, as `Audio` is mono."""
    with wave.open(path, "rb") as wav:
        channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    if width != 2:
        log.error("The speech engine wrote %d-byte samples; Bitna reads 16-bit only", width)
        raise _engine_failed()
    if channels == 1:
        return frames, rate
    samples = array.array("h", frames)
    return samples[::channels].tobytes(), rate
