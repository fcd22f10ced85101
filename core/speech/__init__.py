"""Speech: text → audio (synthesizers), audio → speakers (outputs), and the queue between.

`create_speaker()` builds the real thing; `core.speech.fakes` has silent stand-ins.
Nothing here imports pyttsx3 until a real synthesizer is made, so fakes work without it.
"""

from __future__ import annotations

from core.speech.base import (
    Audio,
    AudioOutput,
    SpeechEvent,
    SpeechService,
    Synthesizer,
    Voice,
    WordMark,
)
from core.speech.output import SystemAudioOutput
from core.speech.speaker import Speaker

__all__ = [
    "Audio",
    "AudioOutput",
    "Speaker",
    "SpeechEvent",
    "SpeechService",
    "Synthesizer",
    "SystemAudioOutput",
    "Voice",
    "WordMark",
    "create_speaker",
]


def create_speaker(rate: int = 175) -> Speaker:
    """The app's speech service: pyttsx3/espeak-ng voices played by the system's player.

    Raises SpeechError (with the fix in its message) when no speech engine can load.
    """
    from core.speech.pyttsx3_synth import Pyttsx3Synthesizer

    return Speaker(Pyttsx3Synthesizer(), SystemAudioOutput(), rate)
