"""Missing parts: what Bitna says when something it needs is not there, and what still works.

A blind user cannot read a traceback or guess why the Read key does nothing. So each part
Bitna leans on (Tesseract, its language packs, the speech engine and its voices, a sound
device, global hotkeys, a camera) has one message that names the problem, the fix for this
platform (the apt package on Debian/Ubuntu, where to click on Windows and macOS) and what
still works. The app checks at start-up and says each message once; `catalogue()` lists them
all, and `python -m core.diagnostics` prints the README's Troubleshooting table from it.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

from core.hotkeys.choose import unavailable_message
from core.ocr.base import OcrEngine
from core.ocr.languages import (
    default_languages,
    language_name,
    missing_languages,
    parse_languages,
)
from core.ocr.tesseract import missing_language_message, not_installed_message
from core.plumbing.errors import OcrUnavailableError
from core.plumbing.i18n import current_language, tr
from core.sources.base import FrameSource
from core.sources.demo import DemoSource
from core.speech.output import no_device_error
from core.speech.pyttsx3_synth import engine_missing_message, no_voices_message

log = logging.getLogger(__name__)

#: Bitna is made for Korean and English readers: with no language chosen, both are checked.
CORE_LANGUAGES = "kor+eng"


@dataclass(frozen=True)
class MissingPart:
    """A part that is not there: `part` is a stable id, `message` what the user is told."""

    part: str
    message: str


def still_works_without_ocr() -> str:
    return tr("The camera view and the magnifier still work.")


def still_works_without_speech() -> str:
    return tr("Bitna shows on screen everything it would say.")


def ocr_problem(engine: OcrEngine, languages: str = "") -> MissingPart | None:
    """Tesseract missing, or a language pack for `languages` ("" = Bitna's own pair)."""
    try:
        installed = engine.probe().languages
    except OcrUnavailableError as error:
        log.info("Tesseract is missing: %s", error.message)
        return MissingPart("tesseract", not_installed_message(still=still_works_without_ocr()))
    wanted = languages or CORE_LANGUAGES
    missing = missing_languages(wanted, installed)
    if not missing:
        return None
    if not languages:  # Automatic: Bitna reads whatever of its languages is there.
        readable = default_languages(current_language(), installed)
        left = [code for code in parse_languages(readable) if code in installed]
    else:
        left = [code for code in parse_languages(languages) if code in installed]
    if left:
        names = ", ".join(language_name(code) for code in left)
        still = reads_only(names)
    else:
        still = still_works_without_ocr()
    return MissingPart("ocr-language", missing_language_message(missing, still=still))


def reads_only(languages: str) -> str:
    return tr("Until it is installed, Bitna reads {languages} only.", languages=languages)


def speech_problem(message: str) -> MissingPart:
    """The speech engine, its voices or the sound device failed with `message`."""
    return MissingPart("speech", f"{message} {still_works_without_speech()}")


def no_camera_message(platform: str | None = None) -> str:
    """What to say when "auto" found no camera and the demo camera stands in."""
    platform = platform or sys.platform
    problem = tr("No camera was found, so Bitna shows its demo camera.")
    if platform.startswith("linux"):
        advice = tr(
            "Plug in a USB camera and choose it in Settings. If it is plugged in, allow "
            "your user to use it with: sudo usermod -aG video $USER, then log in again."
        )
    elif platform == "darwin":
        advice = tr(
            "Plug in a USB camera and choose it in Settings. If it is plugged in, allow "
            "Bitna in System Settings, Privacy & Security, Camera."
        )
    else:
        advice = tr(
            "Plug in a USB camera and choose it in Settings. If it is plugged in, allow "
            "desktop apps to use the camera in Windows Settings, Privacy & security, Camera."
        )
    return f"{problem} {advice}"


def camera_problem(spec: str, source: FrameSource) -> MissingPart | None:
    """ "auto" fell back to the demo camera: there is no camera (that Bitna may use)."""
    if spec.strip() == "auto" and isinstance(source, DemoSource):
        return MissingPart("camera", no_camera_message())
    return None


def catalogue(platform: str | None = None) -> list[tuple[str, str]]:
    """Every missing part and what Bitna says about it on `platform`, for the README."""
    platform = platform or sys.platform
    return [
        (tr("Tesseract (reads text)"), not_installed_message(platform, still_works_without_ocr())),
        (
            tr("A Tesseract language pack (Korean, say)"),
            missing_language_message(["kor"], platform, reads_only(language_name("eng"))),
        ),
        (
            tr("The speech engine"),
            f"{engine_missing_message(platform)} {still_works_without_speech()}",
        ),
        (tr("Voices"), f"{no_voices_message(platform)} {still_works_without_speech()}"),
        (tr("A sound device"), no_device_error().message),
        (tr("Global hotkeys"), unavailable_message(platform)),
        (tr("A camera"), no_camera_message(platform)),
    ]


def markdown_table(platform: str | None = None) -> str:
    """The catalogue as a Markdown table (`python -m core.diagnostics`)."""
    lines = [f"| {tr('Missing')} | {tr('What Bitna says')} |", "|---|---|"]
    lines += [f"| {part} | {message} |" for part, message in catalogue(platform)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table for Debian/Ubuntu, Windows and macOS."""
    for platform, title in (("linux", "Debian/Ubuntu"), ("win32", "Windows"), ("darwin", "macOS")):
        print(f"### {title}\n\n{markdown_table(platform)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
