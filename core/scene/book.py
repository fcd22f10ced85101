"""Book mode: pages kept in order as a session to move through, export and read again.

An open book under the camera shows two pages. `split_spread` finds the gutter between
them (the widest ink-free column near the middle of a landscape page) so the left page is
read before the right one; a single page is kept whole. The pages read are kept in a
`Book`, numbered in the order read; the session lives as long as book mode is on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from core.document.lighting import even_out, ink_mask
from core.document.page import find_page, flatten
from core.document.textsize import letters_only
from core.plumbing.i18n import tr
from core.reading.export import AUDIO_SUFFIXES, export_audio, export_text
from core.reading.pipeline import ReadPipeline
from core.text.model import PageText, page_from_text

log = logging.getLogger(__name__)

#: A page at least this much wider than tall may be two pages side by side.
SPREAD_ASPECT = 1.15
#: The gutter is looked for between these shares of the width.
GUTTER_BAND = (0.35, 0.65)
_WORK_WIDTH = 900


def split_spread(frame: np.ndarray) -> list[np.ndarray]:
    """[left page, right page] for a two-page spread, else [the page]."""
    corners = find_page(frame) if frame.ndim == 3 else None
    page = flatten(frame, corners) if corners is not None else frame
    height, width = page.shape[:2]
    if width < SPREAD_ASPECT * height:
        return [page]
    scale = min(1.0, _WORK_WIDTH / width)
    small = cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    letters = letters_only(ink_mask(even_out(small))) > 0
    columns = letters.sum(axis=0).astype(np.float64)
    total = columns.sum()
    if total == 0:
        return [page]
    reach = max(3, round(small.shape[1] * 0.02))
    smooth = np.convolve(columns, np.ones(reach) / reach, mode="same")
    low, high = (round(share * small.shape[1]) for share in GUTTER_BAND)
    gutter = low + int(np.argmin(smooth[low:high]))
    left_share = columns[:gutter].sum() / total
    typical = float(np.median(smooth[smooth > 0])) if np.any(smooth > 0) else 0.0
    if smooth[gutter] > 0.1 * typical or not 0.15 < left_share < 0.85:
        log.debug("No gutter: %.1f of %.1f, left share %.2f", smooth[gutter], typical, left_share)
        return [page]
    cut = round(gutter / scale)
    log.info("Two pages: split at %d of %d px", cut, width)
    return [page[:, :cut], page[:, cut:]]


def read_pages(frame: np.ndarray, pipeline: ReadPipeline) -> list[PageText]:
    """Recognise the page, or both pages of a spread, left first (slow: on a worker)."""
    return [pipeline.read(half).page for half in split_spread(frame)]


def titled(pages: list[tuple[int, PageText]]) -> PageText:
    """One page of text for speech and the reading pane: each page with its number first."""
    blocks = []
    width = height = 0
    languages = ""
    for number, page in pages:
        heading = page_from_text(tr("Page {number}.", number=number))
        blocks += [*heading.blocks, *page.blocks]
        width, height = max(width, page.width), max(height, page.height)
        languages = languages or page.languages
    return PageText(tuple(blocks), width, height, languages)


@dataclass
class Book:
    """The pages read in book mode, in order, and the one the user is on (1-based)."""

    pages: list[PageText] = field(default_factory=list)
    current: int = 0

    def __len__(self) -> int:
        return len(self.pages)

    def add(self, page: PageText) -> int:
        """Keep a page read just now as the next page; it becomes the current one."""
        self.pages.append(page)
        self.current = len(self.pages)
        return self.current

    def page(self, number: int) -> PageText | None:
        return self.pages[number - 1] if 1 <= number <= len(self.pages) else None

    def go_to(self, number: int) -> PageText | None:
        """Make page `number` the current one; None (and no change) when there is none."""
        page = self.page(number)
        if page is not None:
            self.current = number
        return page

    def step(self, direction: int) -> PageText | None:
        """The next (+1) or previous (-1) page, made current; None at either end."""
        return self.go_to(self.current + direction)

    def text(self) -> str:
        """The whole book as plain text, each page under its number."""
        return "\n\n".join(
            f"{tr('Page {number}.', number=number)}\n\n{page.text}"
            for number, page in enumerate(self.pages, start=1)
        )

    def export(self, path: Path, rate: int | None = None) -> float | None:
        """Save the book to `path`: read aloud for .wav and .mp3 (returns its seconds), else
        as UTF-8 text. Audio takes about a tenth of its length to make: run it on a worker."""
        if path.suffix.lower() in AUDIO_SUFFIXES:
            return export_audio(self.text(), path, rate=rate)
        export_text(self.text(), path)
        return None
