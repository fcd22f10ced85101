"""Saving a page: its text as a UTF-8 file, with its structure as a web page, a Word
document, Markdown or JSON, or read aloud as a WAV or MP3 sound file.

The sound is made by the same synthesizer that reads aloud, sentence by sentence with the
voice for each sentence's language (Korean sentences in the Korean voice, English ones in
the English voice) and the voices the user chose in Settings. It is written as it is made,
so a long text (a whole book chapter) never has to fit in memory, and into a temporary file
renamed at the end, so a failure or a crash never leaves half a file under the user's name.

MP3 uses the `lameenc` package (LAME in a wheel, nothing to compile or install by hand);
without it, saving as MP3 says so and WAV still works.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
import wave
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO

import numpy as np

from core.plumbing.atomic import write_atomically
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr
from core.reading.formats import as_html, as_markdown, page_json
from core.reading.sentences import split_for_speech
from core.reading.word_document import as_docx
from core.settings import load_settings
from core.speech.base import SAMPLE_WIDTH, Audio, Synthesizer
from core.speech.speaker import choose_voice
from core.text.model import PageText
from core.text.structure import document_of

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = (".wav", ".mp3")
MP3_BIT_RATE = 64  # kbit/s: plenty for one voice, about 0.5 MB a minute
_FILE_MODE = 0o644  # the user's own document: readable like any file they save

_synthesizer: Synthesizer | None = None
_synthesizer_lock = threading.Lock()


def export_text(text: str, path: Path) -> None:
    """Write `text` to `path` as UTF-8, all or nothing."""
    export_bytes(text.encode("utf-8"), path)


def export_bytes(data: bytes, path: Path) -> None:
    """Write `data` to `path`, all or nothing; UserFacingError saying what to check."""
    path = Path(path)
    try:
        write_atomically(path, data, mode=_FILE_MODE)
    except OSError as error:
        log.error("Cannot write %s: %s", path, error)
        raise _cannot_save(path) from error


#: What a page can be saved as, by file suffix (anything else: plain text).
PAGE_SUFFIXES = (".txt", ".html", ".docx", ".md", ".json")


def export_page(page: PageText, path: Path) -> None:
    """Write `page` to `path` in the form its suffix names: a web page (.html), a Word
    document (.docx), Markdown (.md) or JSON (.json) with the page's headings, fields and
    tables; plain text otherwise. All or nothing."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".md", ".json", ".docx"):
        document = document_of(page)
        if suffix == ".docx":
            data = as_docx(document)
        elif suffix == ".json":
            data = page_json(page).encode("utf-8")
        else:
            writer = as_markdown if suffix == ".md" else as_html
            data = writer(document).encode("utf-8")
        export_bytes(data, path)
        return
    export_text(page.text, path)


def export_audio(text: str, path: Path, *, rate: int | None = None) -> float:
    """Read `text` aloud into `path` (.wav, or .mp3 when an encoder is installed).

    `rate` is in words per minute (None: the user's speech rate). Returns the seconds of
    sound written. Raises UserFacingError saying what to do when it cannot.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in AUDIO_SUFFIXES:
        raise UserFacingError(
            tr("Bitna saves sound as .wav or .mp3 files. Choose a name ending in .wav or .mp3.")
        )
    sentences = split_for_speech(text)
    if not sentences:
        raise UserFacingError(tr("There is no text to save as sound."))
    lame = _lameenc() if suffix == ".mp3" else None
    settings = load_settings()
    words_per_minute = rate if rate is not None else settings.speech_rate
    synthesizer = _get_synthesizer()
    voices = synthesizer.voices()
    choice = {"en": settings.voice_en, "ko": settings.voice_ko}

    def render(sentence: str, language: str) -> Audio:
        voice = choose_voice(voices, language, choice)
        return synthesizer.synthesize(sentence, voice.id if voice else None, words_per_minute)

    temporary = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            writer = _Mp3Writer(stream, lame) if lame is not None else _WavWriter(stream)
            for chunk in sentences:
                writer.add(render(chunk.text, chunk.language))
            seconds = writer.close()
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _FILE_MODE)
        os.replace(temporary, path)
    except OSError as error:
        log.error("Cannot write %s: %s", path, error)
        raise _cannot_save(path) from error
    finally:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)  # already renamed, unless something failed
    log.info("Saved %.1f s of speech (%d sentences) to %s", seconds, len(sentences), path)
    return seconds


def mp3_available() -> bool:
    """Whether MP3 files can be written here (the GUI offers MP3 only then)."""
    try:
        _lameenc()
    except UserFacingError:
        return False
    return True


# --- writers -------------------------------------------------------------------------------


class _Writer:
    """Takes each sentence's audio as it comes, at the first one's sample rate."""

    def __init__(self) -> None:
        self.sample_rate = 0
        self.samples = 0

    def add(self, audio: Audio) -> None:
        if not self.sample_rate:
            self.sample_rate = audio.sample_rate
            self._start()
        data = _resampled(audio, self.sample_rate)
        self.samples += len(data) // SAMPLE_WIDTH
        self._write(data)

    def close(self) -> float:
        if not self.sample_rate:  # nothing was said: still a valid, empty file
            self.sample_rate = 22050
            self._start()
        self._finish()
        return self.samples / self.sample_rate

    def _start(self) -> None:
        raise NotImplementedError

    def _write(self, data: bytes) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        raise NotImplementedError


class _WavWriter(_Writer):
    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self._stream = stream
        self._wav: wave.Wave_write | None = None

    def _start(self) -> None:
        self._wav = wave.open(self._stream, "wb")  # noqa: SIM115 (closed in _finish)
        self._wav.setnchannels(1)
        self._wav.setsampwidth(SAMPLE_WIDTH)
        self._wav.setframerate(self.sample_rate)

    def _write(self, data: bytes) -> None:
        assert self._wav is not None
        self._wav.writeframes(data)

    def _finish(self) -> None:
        assert self._wav is not None
        self._wav.close()  # writes the final lengths into the header


class _Mp3Writer(_Writer):
    def __init__(self, stream: BinaryIO, lame: ModuleType) -> None:
        super().__init__()
        self._stream = stream
        self._lame = lame
        self._encoder: Any = None

    def _start(self) -> None:
        self._encoder = self._lame.Encoder()
        self._encoder.set_bit_rate(MP3_BIT_RATE)
        self._encoder.set_in_sample_rate(self.sample_rate)
        self._encoder.set_channels(1)
        self._encoder.set_quality(2)  # 2 is LAME's "high quality", still fast

    def _write(self, data: bytes) -> None:
        if data:
            self._stream.write(bytes(self._encoder.encode(data)))

    def _finish(self) -> None:
        self._stream.write(bytes(self._encoder.flush()))


# --- helpers -------------------------------------------------------------------------------


def _get_synthesizer() -> Synthesizer:
    """The real synthesizer, made once (espeak-ng can only be loaded once per process)."""
    global _synthesizer
    with _synthesizer_lock:
        if _synthesizer is None:
            from core.speech.pyttsx3_synth import Pyttsx3Synthesizer

            _synthesizer = Pyttsx3Synthesizer()
        return _synthesizer


def _lameenc() -> ModuleType:
    try:
        import lameenc
    except ImportError as error:
        log.warning("No MP3 encoder: %s", error)
        raise UserFacingError(
            tr(
                "Bitna cannot make MP3 files here because its MP3 encoder is missing. "
                "Save as WAV instead, or reinstall Bitna."
            )
        ) from error
    return lameenc


def _resampled(audio: Audio, sample_rate: int) -> bytes:
    """`audio` at `sample_rate` (voices of some engines differ; espeak-ng's never do)."""
    if audio.sample_rate == sample_rate or not audio.samples:
        return audio.samples
    samples = np.frombuffer(audio.samples, dtype="<i2").astype(np.float32)
    count = max(1, round(len(samples) * sample_rate / audio.sample_rate))
    positions = np.linspace(0, len(samples) - 1, count)
    converted = np.interp(positions, np.arange(len(samples)), samples)
    return np.clip(np.rint(converted), -32768, 32767).astype("<i2").tobytes()


def _cannot_save(path: Path) -> UserFacingError:
    return UserFacingError(
        tr(
            "The file {path} could not be saved. Check that the folder exists, that you may "
            "write to it, and that there is free space.",
            path=os.fspath(path),
        )
    )
