"""The speech layer's vocabulary: voices, audio with word marks, and the three interfaces.

Synthesis (text → `Audio`) and playback (`Audio` → speakers) are separate so that saving a WAV,
playing through the sound card and recording in tests all share one synthesizer, and so word
highlighting can follow the audio clock instead of the synthesizer's.
"""

from __future__ import annotations

import io
import os
import re
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from core.plumbing.errors import SpeechError

SAMPLE_WIDTH = 2  # bytes: every Audio is 16-bit signed little-endian mono PCM


@dataclass(frozen=True)
class Voice:
    """One voice a synthesizer offers; `languages` are lower-case tags like "en-us" or "ko"."""

    id: str
    name: str
    languages: tuple[str, ...]

    def speaks(self, language: str) -> bool:
        """Whether this voice is for `language` ("en" matches "en-us", but "ko" not "kok")."""
        code = language.lower()
        return any(lang == code or lang.startswith(code + "-") for lang in self.languages)


@dataclass(frozen=True)
class WordMark:
    """Where a word is in the utterance text (characters) and where it begins in the audio."""

    start: int
    length: int
    sample: int


@dataclass(frozen=True)
class Audio:
    """Synthesized speech, kept in memory so it can be played, saved or measured alike."""

    samples: bytes = field(repr=False)
    sample_rate: int
    marks: tuple[WordMark, ...] = ()

    def __post_init__(self) -> None:
        if self.sample_rate <= 0:
            raise ValueError(f"sample_rate must be positive, not {self.sample_rate}")
        if len(self.samples) % SAMPLE_WIDTH:
            raise ValueError("samples must hold whole 16-bit samples")

    @property
    def sample_count(self) -> int:
        """Number of 16-bit samples."""
        return len(self.samples) // SAMPLE_WIDTH

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.sample_count / self.sample_rate

    def to_wav_bytes(self) -> bytes:
        """A complete WAV file in memory, as players read it from a pipe."""
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(SAMPLE_WIDTH)
            wav.setframerate(self.sample_rate)
            wav.writeframes(self.samples)
        return buffer.getvalue()

    def save_wav(self, path: str | os.PathLike[str]) -> None:
        """Write a WAV file (16-bit mono) at `path`."""
        with open(path, "wb") as file:
            file.write(self.to_wav_bytes())


class Synthesizer(Protocol):
    """Turns text into audio; knows nothing about playing it."""

    def voices(self) -> list[Voice]: ...

    def synthesize(self, text: str, voice_id: str | None, rate: int) -> Audio: ...


class AudioOutput(Protocol):
    """Plays audio; `play` blocks so the caller owns the timing."""

    def play(self, audio: Audio) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class SpeechEvent:
    """What happened to an utterance, delivered to listeners in order.

    Every utterance id gets exactly one "finished" event: after "started" (and any "word"
    events) when it was played, with `completed=False` when it was stopped, dropped from
    the queue by `stop()`, or failed (then an "error" event comes just before it).
    """

    kind: Literal["started", "word", "finished", "error"]
    utterance: int
    text: str = ""
    mark: WordMark | None = None
    completed: bool = True
    error: SpeechError | None = None


class SpeechService(Protocol):
    """What the app and the command line use to speak."""

    def speak(self, text: str, language: str | None = None) -> int: ...

    def stop(self) -> None: ...

    def save_wav(
        self, text: str, path: str | os.PathLike[str], language: str | None = None
    ) -> float: ...

    def add_listener(self, listener: Callable[[SpeechEvent], None]) -> None: ...

    def set_rate(self, words_per_minute: int) -> None: ...

    def set_voice(self, language: str, voice_id: str | None) -> None: ...

    def voices(self) -> list[Voice]: ...

    @property
    def is_busy(self) -> bool: ...

    def wait_until_idle(self, timeout: float | None = None) -> bool: ...

    def close(self) -> None: ...


_WORD = re.compile(r"\S+")


def estimate_marks(text: str, sample_count: int) -> tuple[WordMark, ...]:
    """Spread the words over the audio by character count, for engines that give no marks.

    Good enough to move a highlight along; real marks come from espeak-ng.
    """
    words = list(_WORD.finditer(text))
    total = sum(len(match.group()) for match in words)
    if not words or sample_count <= 0:
        return ()
    marks = []
    done = 0
    for match in words:
        marks.append(WordMark(match.start(), len(match.group()), sample_count * done // total))
        done += len(match.group())
    return tuple(marks)
