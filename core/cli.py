"""The `bitna` command line: the headless commands, and the options the window takes.

Nothing here imports Qt, so `bitna read` starts fast and runs where there is no display.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from core import __version__
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import set_language, tr
from core.plumbing.paths import DATA_DIR_VARIABLE

if TYPE_CHECKING:
    import numpy as np

    from core.reading.pipeline import ReadPipeline, ReadResult
    from core.reading.spoken import UnsureSpeech
    from core.speech.base import SpeechService
    from core.text.model import PageText

log = logging.getLogger(__name__)

HEADLESS_COMMANDS = (
    "read",
    "cameras",
    "send",
    "faces",
    "objects",
    "codes",
    "colour",
    "library",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for `bitna` and all its subcommands."""
    parser = argparse.ArgumentParser(
        prog="bitna",
        description=tr("Bitna reads printed text aloud from a camera, offline."),
    )
    parser.add_argument("--version", action="version", version=f"Bitna {__version__}")
    parser.add_argument(
        "--source",
        help=tr("Camera to use: demo, demo:ko, a camera number, a video file or an image folder."),
    )
    parser.add_argument(
        "--speech-log", type=Path, help=tr("Append everything Bitna says to this file.")
    )
    parser.add_argument("--data-dir", type=Path, help=tr("Keep settings and data in this folder."))
    parser.add_argument("--verbose", action="store_true", help=tr("Log what Bitna does."))
    parser.add_argument(
        "--no-guide",
        action="store_true",
        help=tr("Do not open the first-run guide at start (F1 opens it at any time)."),
    )
    commands = parser.add_subparsers(dest="command")

    read = commands.add_parser("read", help=tr("Print the text in an image, and speak it."))
    read.add_argument("image", type=Path)
    read.add_argument("--lang", help=tr("Tesseract languages, for example eng+kor."))
    read.add_argument("--say", action="store_true", help=tr("Speak the text aloud."))
    read.add_argument("--wav", type=Path, help=tr("Save the spoken text as a WAV file."))
    read.add_argument(
        "--format",
        choices=("text", "json", "html", "md"),
        default="text",
        help=tr("Print plain text, or the page with its headings, fields and tables."),
    )
    read.add_argument("--keep", action="store_true", help=tr("Keep what was read in the library."))

    commands.add_parser("cameras", help=tr("List the cameras Bitna can see."))

    send = commands.add_parser(
        "send", help=tr("Ask the running Bitna to carry out a command, such as read or stop.")
    )
    send.add_argument("command_id", nargs="?", metavar="COMMAND")
    send.add_argument("--list", action="store_true", help=tr("List the commands and their keys."))

    from core.faces.cli import add_parsers as add_face_parsers

    add_face_parsers(commands)
    from core.objects.cli import add_parsers as add_object_parsers

    add_object_parsers(commands)
    from core.library.cli import add_parsers as add_library_parsers

    add_library_parsers(commands)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the arguments and apply the global ones (data folder, logging, language)."""
    args = build_parser().parse_args(argv)
    if args.data_dir is not None:
        os.environ[DATA_DIR_VARIABLE] = str(args.data_dir)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return args


def run(args: argparse.Namespace) -> int:
    """Run a headless command; returns the exit status."""
    from core.settings import load_settings

    set_language(load_settings().ui_language)
    try:
        if args.command == "read":
            return _read(args)
        if args.command == "cameras":
            return _cameras()
        if args.command == "send":
            return _send(args)
        if args.command == "faces":
            from core.faces.cli import run as run_faces

            return run_faces(args)
        if args.command in ("objects", "codes", "colour"):
            from core.objects.cli import run as run_objects

            return run_objects(args)
        if args.command == "library":
            from core.library.cli import run as run_library

            return run_library(args)
    except UserFacingError as error:
        print(f"bitna: {error.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Whatever read our output has gone (`bitna read page.png | head -1`): stop quietly,
        # and let Python's last flush of stdout go nowhere rather than fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    raise ValueError(args.command)


def _read(args: argparse.Namespace) -> int:
    from core.ocr.languages import default_languages
    from core.ocr.ppocr import shared_engine
    from core.ocr.tesseract import TesseractEngine
    from core.plumbing.imageio import load_image
    from core.reading.formats import formatted
    from core.reading.pipeline import ReadPipeline
    from core.settings import load_settings

    image = load_image(args.image)
    engine = TesseractEngine()
    info = engine.probe()
    settings = load_settings()
    languages = (
        args.lang
        or settings.ocr_languages
        or default_languages(set_language(settings.ui_language), info.languages)
    )
    pipeline = ReadPipeline(engine, languages, photo_engine=shared_engine())
    from core.reading.spoken import UnsureSpeech

    marking = UnsureSpeech(numbers=settings.unsure_numbers, words=settings.unsure_words)
    if args.say:
        return _read_aloud(pipeline, image, args, marking)
    result = pipeline.read(image)
    page = result.page
    if page.is_empty:
        print(tr("bitna: no text found in {path}.", path=args.image), file=sys.stderr)
        return 1
    if args.keep:  # first: what was read is kept even if printing it fails
        _keep(page, image)
    print(formatted(page, args.format))
    _print_advice(result, image)
    if args.wav:
        from core.reading.presented import presented
        from core.reading.spoken import spoken_text

        return _speak(spoken_text(presented(page), marking), args.wav)
    return 0


def _read_aloud(
    pipeline: ReadPipeline, image: np.ndarray, args: argparse.Namespace, marking: UnsureSpeech
) -> int:
    """Speak the page as it is recognised: its first lines while the rest is still read."""
    from core.announce import Announcer, Role
    from core.reading.presented import presented
    from core.reading.spoken import SpokenPage

    try:
        speech, errors = _start_speaker()
    except UserFacingError as error:
        # No voice: the text is still what the user asked for, then what to do about speech.
        page = pipeline.read(image).page
        if page.is_empty:
            print(tr("bitna: no text found in {path}.", path=args.image), file=sys.stderr)
        else:
            print(page.text, flush=True)
        print(f"bitna: {error.message}", file=sys.stderr)
        return 1
    try:
        announcer = Announcer(speech)
        spoken = SpokenPage(
            lambda sentence: announcer.announce(
                sentence.spoken, Role.READING, language=sentence.chunk.language
            ),
            marking,
        )
        result = pipeline.stream(
            image, lambda part: spoken.follow(replace(part, page=presented(part.page)))
        )
        page = result.page
        if page.is_empty:
            print(tr("bitna: no text found in {path}.", path=args.image), file=sys.stderr)
            return 1
        print(page.text, flush=True)
        advice = _print_advice(result, image)
        if args.keep:
            _keep(page, image)
        if advice is not None:
            announcer.announce(advice, Role.STATUS)
        if args.wav is not None:
            from core.reading.spoken import spoken_text

            _save_wav(speech, spoken_text(presented(page), marking), args.wav)
        speech.wait_until_idle()
    finally:
        speech.close()
    return _report_speech_errors(errors)


def _keep(page: PageText, image: np.ndarray) -> None:
    """Keep the page read in the library, and say so on stderr (stdout is the text)."""
    from core.library.cli import keep_read_page

    document_id = keep_read_page(page, image)
    print(tr("bitna: kept in the library as document {id}.", id=document_id), file=sys.stderr)


def _print_advice(result: ReadResult, image: np.ndarray) -> str | None:
    """Print what to do for a better reading, where the camera's view of `image` made it
    poor (as the framing guidance measures it, when many words came out unsure)."""
    from core.reading.advice import reading_advice
    from core.scene.framing import reading_remedies

    advice = reading_advice(result, view=lambda: reading_remedies(image))
    if advice is not None:
        print(f"bitna: {advice}", file=sys.stderr)
    return advice


def _speak(text: str, wav: Path) -> int:
    speech, errors = _start_speaker()
    try:
        _save_wav(speech, text, wav)
    finally:
        speech.close()
    return _report_speech_errors(errors)


def _save_wav(speech: SpeechService, text: str, wav: Path) -> None:
    seconds = speech.save_wav(text, wav)
    log.info("Wrote %.2f s of speech to %s", seconds, wav)


def _start_speaker() -> tuple[SpeechService, list[str]]:
    """Bitna's voice at the user's rate, and a list that collects the speech errors it
    meets (it stops at the first); raises SpeechError when there is no voice at all."""
    from core.settings import load_settings
    from core.speech import create_speaker
    from core.speech.base import SpeechEvent

    speech = create_speaker(load_settings().speech_rate)
    errors: list[str] = []

    def listen(event: SpeechEvent) -> None:
        if event.kind == "error" and event.error is not None:
            errors.append(event.error.message)
            speech.stop()

    speech.add_listener(listen)
    return speech, errors


def _report_speech_errors(errors: list[str]) -> int:
    for message in dict.fromkeys(errors):
        print(f"bitna: {message}", file=sys.stderr)
    return 1 if errors else 0


def _cameras() -> int:
    from core.sources.camera import list_cameras

    cameras = list_cameras()
    if not cameras:
        print(tr("No camera found. Bitna will use its demo camera."))
        return 0
    for camera in cameras:
        print(f"{camera.index}\t{camera.name}\t{camera.width}x{camera.height}")
    return 0


def _send(args: argparse.Namespace) -> int:
    from core.commands import all_commands
    from core.plumbing.instance import send_command

    if args.list or not args.command_id:
        for command in all_commands():
            keys = ", ".join(key for key in (command.key, command.global_key) if key)
            print(f"{command.id}\t{tr(command.label)}\t{keys}")
        return 0 if args.list else 2
    reply = send_command(args.command_id)
    if not reply.ok:
        print(f"bitna: {reply.message}", file=sys.stderr)
        return 1
    return 0
