"""Tesseract, run as a program: the one place Bitna talks to Tesseract.

Tesseract reads every page; the photo engine (PP-OCR, `core.ocr.ppocr`) reads photographed
Latin text that Tesseract reads unsure. Tesseract runs as a subprocess per image. Three
things matter:
- OpenMP threads are limited to one (on two cores they fight; measured:
  benchmarks/README.md#tesseract); parallelism belongs to the caller, which runs two
  readings at once.
- One run writes both the TSV (boxes, confidences) and the plain text. The TSV alone cannot
  say which words Tesseract wrote without a space between them: for Korean, Tesseract
  splits a run of syllables into several "words" and prints them glued together, so joining
  TSV words with spaces spoils the text. The plain text tells us where the spaces are.
- Every failure (no program, no language pack, a crash, a hang) becomes a message that tells
  a blind user what to do, never a traceback.

pytesseract runs the program (`run_tesseract`, which hides the console window on Windows
and kills a hung run); its one-output-per-call helpers are not used, since we need both
outputs of one run. It passes `os.environ` to Tesseract, so the thread limit is set there.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytesseract

from core.ocr.base import NUMBER_CHARACTERS, EngineInfo, Layout
from core.ocr.languages import language_name, missing_languages, package_name, parse_languages
from core.plumbing.errors import OcrUnavailableError
from core.plumbing.i18n import tr
from core.text.model import Block, Box, Line, PageText, Word

log = logging.getLogger(__name__)
# Logging levels: what the user is told in an OcrUnavailableError (no program, no language)
# is logged at INFO, so it is not said twice; crashes and timeouts get a WARNING with
# Tesseract's own words, for bug reports.

PROBE_TIMEOUT = 20.0
LINUX_INSTALL = "sudo apt install tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor"
MACOS_INSTALL = "brew install tesseract tesseract-lang"
# Environment variables forced on every Tesseract run; OpenMP threads fight on small machines.
TESSERACT_ENVIRONMENT: dict[str, str] = {"OMP_THREAD_LIMIT": "1"}
# Images reach Tesseract without a resolution, which it then takes for 70 dpi and guesses
# from the text size; claiming 300 dpi reads as well or better. Measured:
# benchmarks/README.md#tesseract
ASSUMED_DPI = 300
os.environ.update(TESSERACT_ENVIRONMENT)
#: Tesseract's page segmentation mode for each layout.
PAGE_SEGMENTATION: dict[Layout, int] = {"page": 3, "column": 4, "block": 6, "line": 7}
_WORD_LEVEL = 5
_TSV_COLUMNS = (
    "level",
    "page_num",
    "block_num",
    "par_num",
    "line_num",
    "word_num",
    "left",
    "top",
    "width",
    "height",
    "conf",
    "text",
)


def find_tesseract() -> str:
    """The Tesseract program to run: on PATH, else where the Windows installer puts it."""
    found = shutil.which("tesseract")
    if found:
        return found
    if sys.platform == "win32":
        for folder in (os.environ.get("PROGRAMFILES"), os.environ.get("LOCALAPPDATA")):
            if folder:
                candidate = Path(folder) / "Tesseract-OCR" / "tesseract.exe"
                if candidate.is_file():
                    return str(candidate)
    return "tesseract"


class TesseractEngine:
    """An `OcrEngine` backed by the Tesseract program (version 4 or later, LSTM models)."""

    def __init__(self, command: str | None = None, *, psm: int = 3, timeout: float = 60) -> None:
        self._command = command or find_tesseract()
        self._psm = psm
        self._timeout = timeout
        self._info: EngineInfo | None = None

    @property
    def command(self) -> str:
        """The program this engine runs (for logs and the About box)."""
        return self._command

    def probe(self) -> EngineInfo:
        """Check Tesseract runs and list its languages; only success is cached.

        A failure is not cached, so once the user installs what the message asked for, the
        next call succeeds without restarting Bitna.
        """
        info = self._info
        if info is None:
            info = self._probe()
            self._info = info
            log.info(
                "Tesseract %s at %s, languages %s",
                info.version,
                self._command,
                "+".join(info.languages),
            )
        return info

    def recognize(
        self,
        image: np.ndarray,
        languages: str = "eng",
        layout: Layout | None = None,
        *,
        characters: str | None = None,
    ) -> PageText:
        """Read `image` (BGR, BGRA or grey uint8) in `languages`, e.g. "eng+kor";
        `characters` limits what may be read (None: anything)."""
        codes = parse_languages(languages)
        if not codes:
            raise ValueError(f"No OCR language given: {languages!r}")
        spec = "+".join(codes)
        picture = _to_grey_or_bgr(image)
        height, width = picture.shape[:2]
        if width == 0 or height == 0:
            return PageText.empty(width, height, spec)
        self._require_languages(spec)
        psm = PAGE_SEGMENTATION[layout] if layout is not None else self._psm
        tsv, text = self._run(picture, spec, psm, characters)
        return page_from_data(parse_tsv(tsv), width, height, spec, text=text)

    def recognize_numbers(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        """Read `image` allowing only the characters numbers are printed with."""
        return self.recognize(image, languages, layout, characters=NUMBER_CHARACTERS)

    def _require_languages(self, spec: str) -> None:
        """Raise with install advice unless every language in `spec` is installed."""
        missing = missing_languages(spec, self.probe().languages)
        if missing:
            # The user may have installed the pack since the cached probe: look again once.
            self._info = None
            missing = missing_languages(spec, self.probe().languages)
        if missing:
            log.info("Tesseract lacks languages %s", missing)
            raise OcrUnavailableError(missing_language_message(missing))

    def _run(
        self, picture: np.ndarray, spec: str, psm: int, characters: str | None = None
    ) -> tuple[str, str]:
        """Run Tesseract once on `picture`; return its TSV and its plain text."""
        with tempfile.TemporaryDirectory(prefix="bitna-ocr-") as folder:
            source = Path(folder) / "page.bmp"
            # imencode + write_bytes, not imwrite: imwrite fails on non-ASCII Windows paths.
            # BMP is quick to write and for Tesseract to read (benchmarks/README.md#tesseract).
            source.write_bytes(cv2.imencode(source.suffix, picture)[1].tobytes())
            output = Path(folder) / "page"
            config = f"--psm {psm} --dpi {ASSUMED_DPI} -c tessedit_create_tsv=1"
            if characters:
                config += f" -c tessedit_char_whitelist={characters}"
            self._call(str(source), str(output), spec, config)
            try:
                tsv = output.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace")
                text = output.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
            except OSError as error:
                log.warning("Tesseract wrote no output: %r", error)
                raise OcrUnavailableError(failed_message()) from error
        return tsv, text

    def _call(self, source: str, output: str, spec: str, config: str) -> None:
        """Run Tesseract to completion; turn each way it can fail into an OcrUnavailableError."""
        pytesseract.pytesseract.tesseract_cmd = self._command
        try:
            pytesseract.pytesseract.run_tesseract(
                source, output, extension="txt", lang=spec, config=config, timeout=self._timeout
            )
        except pytesseract.TesseractNotFoundError as error:
            log.info("Cannot run Tesseract at %s: %r", self._command, error)
            self._info = None
            raise OcrUnavailableError(not_installed_message()) from error
        except pytesseract.TesseractError as error:
            message = str(error.message)
            log.warning("Tesseract exited with %s: %s", error.status, message)
            if "loading language" in message:
                self._info = None
                raise OcrUnavailableError(
                    missing_language_message(parse_languages(spec))
                ) from error
            raise OcrUnavailableError(failed_message()) from error
        except RuntimeError as error:  # pytesseract's timeout
            log.warning("Tesseract stopped after %s s", self._timeout)
            raise OcrUnavailableError(
                tr(
                    "Reading took longer than {seconds} seconds, so it was stopped. "
                    "Try again with a smaller or clearer picture.",
                    seconds=f"{self._timeout:g}",
                )
            ) from error
        except OSError as error:
            log.info("Cannot run Tesseract at %s: %r", self._command, error)
            self._info = None
            raise OcrUnavailableError(not_installed_message()) from error

    def _probe(self) -> EngineInfo:
        """Ask the program for its version and its languages."""
        version_output = self._ask("--version").strip()
        first_line = version_output.splitlines()[0] if version_output else ""
        name, _, version = first_line.partition(" ")
        if name.lower() != "tesseract":
            log.info("%s does not look like Tesseract: %r", self._command, first_line)
            raise OcrUnavailableError(not_installed_message())
        languages = _parse_language_list(self._ask("--list-langs"))
        return EngineInfo("Tesseract", version.strip().lstrip("v"), languages)

    def _ask(self, option: str) -> str:
        """Run `tesseract OPTION` and return what it printed (stdout and stderr)."""
        try:
            result = _run_program([self._command, option], PROBE_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as error:
            log.info("Cannot run %s %s: %r", self._command, option, error)
            raise OcrUnavailableError(not_installed_message()) from error
        output = (result.stdout + result.stderr).decode("utf-8", errors="replace")
        if result.returncode != 0:
            log.info(
                "%s %s exited with %s: %s", self._command, option, result.returncode, output.strip()
            )
            raise OcrUnavailableError(not_installed_message())
        return output


def _run_program(command: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    """Run `command` with Tesseract's environment, no console window, killed after `timeout`."""
    environment = {**os.environ, **TESSERACT_ENVIRONMENT}
    no_window = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows only; 0 elsewhere
    return subprocess.run(
        command,
        capture_output=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
        env=environment,
        creationflags=no_window,
    )


def not_installed_message(platform: str | None = None, still: str = "") -> str:
    """What to say when Tesseract itself is missing or broken, for this operating system.

    `still` (what works meanwhile) goes before the fix, so the message ends with the command.
    """
    platform = platform or sys.platform
    problem = tr("Tesseract, the program that reads text, is not installed or does not work.")
    if platform == "win32":
        advice = tr("Reinstall Bitna, which includes Tesseract.")
    elif platform == "darwin":
        advice = tr("Install it with: {command}", command=MACOS_INSTALL)
    else:
        advice = tr("Install it with: {command}", command=LINUX_INSTALL)
    return " ".join(part for part in (problem, still, advice) if part)


def missing_language_message(
    codes: Sequence[str], platform: str | None = None, still: str = ""
) -> str:
    """What to say when language packs are missing: the languages in words, then the fix."""
    platform = platform or sys.platform
    names = ", ".join(language_name(code) for code in codes)
    problem = tr("Tesseract has no language pack for {languages}.", languages=names)
    if platform == "win32":
        files = ", ".join(f"{code}.traineddata" for code in codes)
        advice = tr(
            "Choose another language, or add {files} to Tesseract's tessdata folder.", files=files
        )
    elif platform == "darwin":
        advice = tr("Install it with: {command}", command="brew install tesseract-lang")
    else:
        packages = " ".join(package_name(code) for code in codes)
        advice = tr("Install it with: {command}", command=f"sudo apt install {packages}")
    return " ".join(part for part in (problem, still, advice) if part)


def failed_message(platform: str | None = None) -> str:
    """What to say when Tesseract ran but crashed or reported an error."""
    if (platform or sys.platform) == "win32":
        return tr(
            "Tesseract stopped with an error. Try again; if it keeps happening, reinstall Bitna."
        )
    return tr(
        "Tesseract stopped with an error. Try again; if it keeps happening, reinstall Tesseract."
    )


def parse_tsv(tsv: str) -> dict[str, list[str]]:
    """Tesseract's TSV as columns of strings, keyed by header name (missing cells empty)."""
    rows = [line.split("\t") for line in tsv.splitlines() if line.strip()]
    header = rows[0] if rows else list(_TSV_COLUMNS)
    columns: dict[str, list[str]] = {name: [] for name in header}
    for row in rows[1:]:
        for index, name in enumerate(header):
            columns[name].append(row[index] if index < len(row) else "")
    return columns


def page_from_data(
    data: Mapping[str, Sequence[Any]],
    width: int,
    height: int,
    languages: str,
    *,
    text: str | None = None,
) -> PageText:
    """Build the page from Tesseract's TSV columns, keeping Tesseract's order.

    Each Tesseract paragraph becomes a Block (the unit after which a reader pauses, and what
    Tesseract's own text separates with a blank line). Rows that are not words, have no
    text or have confidence -1 are dropped; boxes are clipped to the image. With `text`
    (Tesseract's plain output of the same run), words printed there without a space between
    them are merged into one Word (box: union, confidence: the lowest).
    """
    glue = _Gluer(text)
    paragraphs: dict[tuple[int, int, int], dict[int, list[Word]]] = {}
    # Keys keep Tesseract's order: dicts iterate in insertion order.
    for index, level in enumerate(data.get("level", ())):
        word_text = str(data["text"][index]).strip()
        confidence = float(data["conf"][index])
        if int(level) != _WORD_LEVEL or not word_text or confidence < 0:
            continue
        box = _clip(
            Box(
                int(data["left"][index]),
                int(data["top"][index]),
                int(data["width"][index]),
                int(data["height"][index]),
            ),
            width,
            height,
        )
        key = (
            int(data["page_num"][index]),
            int(data["block_num"][index]),
            int(data["par_num"][index]),
        )
        words = paragraphs.setdefault(key, {}).setdefault(int(data["line_num"][index]), [])
        word = Word(word_text, box, min(confidence, 100.0))
        if glue.follows_without_space(word_text) and words:
            previous = words[-1]
            word = Word(
                previous.text + word.text,
                previous.box.union(word.box),
                min(previous.confidence, word.confidence),
            )
            words[-1] = word
        else:
            words.append(word)
    blocks: list[Block] = []
    for paragraph_lines in paragraphs.values():
        lines = tuple(
            Line(tuple(words), Box.enclosing(word.box for word in words))
            for words in paragraph_lines.values()
        )
        blocks.append(Block(lines, Box.enclosing(line.box for line in lines)))
    return PageText(tuple(blocks), width, height, languages)


class _Gluer:
    """Walks Tesseract's plain text alongside its TSV words to see where spaces are."""

    def __init__(self, text: str | None) -> None:
        self._text = text
        self._cursor = 0
        self._matched_previous = False

    def follows_without_space(self, word: str) -> bool:
        """True when `word` comes right after the previous word, with nothing between."""
        if self._text is None:
            return False
        found = self._text.find(word, self._cursor)
        # Only whitespace may lie between two words; anything else means the text is not
        # in TSV order here (bidirectional text, say), so keep the words apart.
        if found < 0 or self._text[self._cursor : found].strip():
            self._matched_previous = False
            return False
        glued = self._matched_previous and found == self._cursor
        self._cursor = found + len(word)
        self._matched_previous = True
        return glued


def _clip(box: Box, width: int, height: int) -> Box:
    """Keep a box inside the image, so callers can crop with it safely."""
    left = min(max(box.left, 0), width)
    top = min(max(box.top, 0), height)
    right = min(max(box.right, left), width)
    bottom = min(max(box.bottom, top), height)
    return Box(left, top, right - left, bottom - top)


def _parse_language_list(output: str) -> tuple[str, ...]:
    """The codes from `tesseract --list-langs`, skipping its "List of available..." header."""
    codes = []
    for line in output.splitlines():
        code = line.strip()
        if code and not code.startswith("List of available languages") and " " not in code:
            codes.append(code)
    return tuple(codes)


def _to_grey_or_bgr(image: np.ndarray) -> np.ndarray:
    """Check an OpenCV image and flatten transparency onto white, as a page should look."""
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8:
        raise ValueError("OCR needs a uint8 numpy image")
    if image.ndim == 3 and image.shape[2] == 1:
        return image[:, :, 0]
    if image.ndim == 2 or (image.ndim == 3 and image.shape[2] == 3):
        return image
    if image.ndim == 3 and image.shape[2] == 4:
        alpha = image[:, :, 3:4].astype(np.float32) / 255.0
        flattened = image[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha)
        return np.clip(flattened + 0.5, 0, 255).astype(np.uint8)
    raise ValueError(f"OCR needs a grey, BGR or BGRA image, not shape {image.shape}")
