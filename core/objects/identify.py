"""The Identify command's looking: taught objects and codes in one frame, side by side.

Object matching and code reading are independent and both mostly run inside OpenCV, which
lets go of Python's lock, so the codes are read on a helper thread while the objects are
matched on the caller's: on two cores the command takes about as long as the slower half.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from core.objects.codes import CodeReader
from core.objects.describe import with_names
from core.objects.engine import ObjectEngine
from core.objects.model import CodeRead, KnownViews, Recognition

log = logging.getLogger(__name__)

_helper = ThreadPoolExecutor(1, "bitna-codes")


def look(
    frame: np.ndarray,
    engine: ObjectEngine,
    reader: CodeReader,
    known: KnownViews,
    code_names: dict[str, str],
) -> tuple[list[Recognition], list[CodeRead]]:
    """The taught objects in view (best first) and the codes read, with their taught names."""
    codes = _helper.submit(reader.read, frame)
    seen = engine.identify(frame, known)
    return seen, with_names(codes.result(), code_names)
