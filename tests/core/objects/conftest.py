"""Helpers the object tests share: pictures through the file source, and `bitna …`."""

from __future__ import annotations

import argparse
from pathlib import Path

import cv2
import numpy as np

from core.objects import cli
from core.sources.files import FileSource


def through_file_source(frame: np.ndarray, path: Path) -> np.ndarray:
    """Write the picture to `path` and read it back as the app would from a file camera."""
    cv2.imwrite(str(path), frame)
    source = FileSource(path)
    source.open()
    try:
        read = source.read()
    finally:
        source.close()
    assert read is not None
    return read


def bitna(*argv: str) -> int:
    """Run `bitna ARGV…` (the object, code and colour commands) in this process."""
    parser = argparse.ArgumentParser(prog="bitna")
    cli.add_parsers(parser.add_subparsers(dest="command"))
    return cli.run(parser.parse_args(list(argv)))
