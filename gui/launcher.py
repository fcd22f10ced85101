"""The `bitna` entry point: headless commands run without Qt, anything else opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from core.cli import HEADLESS_COMMANDS, parse, run


def main(argv: Sequence[str] | None = None) -> int:
    """Start Bitna as the arguments ask; returns the exit status."""
    args = parse(argv)
    if args.command in HEADLESS_COMMANDS:
        return run(args)
    from gui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
