"""The contract every OCR engine keeps, so the app, tests and benchmarks can swap engines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from core.text.model import PageText


@dataclass(frozen=True)
class EngineInfo:
    """What an engine is and which languages it can read (codes such as "eng", "kor")."""

    name: str
    version: str
    languages: tuple[str, ...]


#: How the engine should find text in the image: a whole page with columns and pictures,
#: one column of lines, one uniform block, or a single line.
Layout = Literal["page", "column", "block", "line"]


class OcrEngine(Protocol):
    """Reads text from an image. Implementations must not import Qt."""

    def probe(self) -> EngineInfo:
        """Check the engine works; raise OcrUnavailableError saying what to install.

        Cheap after the first successful call, so callers may probe before every read.
        """
        ...

    def recognize(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        """Read `image` (BGR or grey, uint8) in `languages` ("eng+kor").

        `layout` overrides the engine's default way of finding text (see `Layout`).

        Raises OcrUnavailableError when the engine or a language is missing.
        """
        ...


#: The characters a number, amount, date or time is printed with.
NUMBER_CHARACTERS = "0123456789.,:-/%()+$€£¥₩원"


@runtime_checkable
class NumberReader(Protocol):
    """An engine that can read a picture as numbers only (a table's amounts, dates and
    times), so a digit is never read as a letter that looks like it ("2¢" for "29")."""

    def recognize_numbers(
        self, image: np.ndarray, languages: str = "eng", layout: Layout | None = None
    ) -> PageText:
        """Read `image` allowing only `NUMBER_CHARACTERS`."""
        ...
