"""Columns read one after the other, whatever order Tesseract's layout gave them in.

On a page photographed at an angle and not flattened, Tesseract's layout cuts a column in
two where a line leans into its neighbour, and reads the top of the next column between the
halves (UNLV 8071 photographed sideways: CER 0.30, against 0.08 for naive Tesseract on the
same frame). Where the page's lines lie in columns of text side by side, they are put in
order column by column from their own boxes (core/document/arrange.py `in_columns`), as the
photo engine's lines are. Measured: benchmarks/README.md#columns-in-photos
"""

from __future__ import annotations

import logging

from core.document.arrange import in_columns
from core.reading.engines import PageReading
from core.text.model import PageText

log = logging.getLogger(__name__)


def columns_in_order(page: PageText, reading: PageReading) -> PageText:
    """`page` column by column when its lines lie in columns side by side; else as it is."""
    by_columns = in_columns(page)
    if by_columns is None:
        return page
    log.info("Columns read in order: %d blocks", len(by_columns.blocks))
    return by_columns
