"""The list subcommands `bitna faces` and `bitna objects` share: forget, rename, export, import.

Both lists (`core.named_lists.store`) behave the same on the command line: results on stdout,
problems on stderr after "bitna: ", exit status 0 when done, 1 when it failed, 2 when the
command was incomplete. Each feature passes its own words; the steps live here once.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

CountMessage = Callable[[int, Path], str]
"""A sentence from how many things and which file, such as "Saved 3 people to list.json."."""


def say_notice(store: Any) -> None:
    """Tell the user on stderr when opening found the list damaged and set it aside."""
    if store.notice:
        print(f"bitna: {store.notice}", file=sys.stderr)


def manage(
    command: str, args: argparse.Namespace, store: Any, *, saved: CountMessage, added: CountMessage
) -> int | None:
    """Run `rename`, `export` or `import` on `store`; None for any other command."""
    if command == "rename":
        store.rename(args.old, args.new)
        print(tr("{old} is now called {new}.", old=args.old, new=args.new))
        return 0
    if command == "export":
        print(saved(store.export_json(args.file), args.file))
        return 0
    if command == "import":
        print(added(store.import_json(args.file), args.file))
        return 0
    return None


def forget(
    args: argparse.Namespace,
    store: Any,
    *,
    forgot_all: Callable[[int], str],
    say_which: str,
    unknown: Callable[[str], str],
) -> int:
    """Forget `args.name`, or everything with `--all`; `say_which` when neither was given."""
    if args.all:
        print(forgot_all(store.forget_all()))
        return 0
    if not args.name:
        print(say_which, file=sys.stderr)
        return 2
    if not store.forget(args.name):
        print("bitna: " + unknown(args.name), file=sys.stderr)
        return 1
    print(tr("Forgot {name}.", name=args.name))
    return 0
