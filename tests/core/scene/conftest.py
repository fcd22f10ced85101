"""What the scene tests look at: real scanned pages, sized as a camera would see them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from benchmarks.scene_videos import fit, load_pages


@pytest.fixture(scope="module")
def pages(shared_data: Path) -> list[np.ndarray]:
    """Four shared scans on paper, each scaled to fill most of a 1280×720 frame."""
    return [fit(page) for page in load_pages(shared_data / "documents", 4)]
