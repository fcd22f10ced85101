"""`bitna objects …`, `bitna codes` and `bitna colour`: the object engine on the command line.

bitna objects teach NAME IMAGE...   remember NAME from pictures of it (a banknote: both sides)
bitna objects what IMAGE            one line per object named (name, inliers, threshold),
                                    then the sentence Bitna says ("I don't know this object")
bitna objects list / forget NAME (--all) / rename OLD NEW / export FILE / import FILE
bitna objects name-code CODE NAME   say NAME whenever that barcode is read
bitna codes IMAGE                   one line per code: kind, text
bitna colour IMAGE                  the main colours in the middle of the picture
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from core.named_lists import cli as named_list_cli
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)

COMMANDS = ("objects", "codes", "colour")


def add_parsers(subparsers: Any) -> None:
    """Add `objects`, `codes` and `colour` to the `bitna` parser's subparsers."""
    objects = subparsers.add_parser(
        "objects", help=tr("Recognise the objects and banknotes Bitna was taught.")
    )
    actions = objects.add_subparsers(dest="objects_command", required=True)
    teach = actions.add_parser("teach", help=tr("Remember an object from pictures of it."))
    teach.add_argument("name")
    teach.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    what = actions.add_parser("what", help=tr("Say which taught object is in a picture."))
    what.add_argument("image", type=Path)
    actions.add_parser("list", help=tr("List the objects Bitna knows."))
    forget = actions.add_parser("forget", help=tr("Forget an object."))
    forget.add_argument("name", nargs="?")
    forget.add_argument("--all", action="store_true", help=tr("Forget every object."))
    rename = actions.add_parser("rename", help=tr("Give an object another name."))
    rename.add_argument("old")
    rename.add_argument("new")
    export = actions.add_parser("export", help=tr("Save the objects list to a file."))
    export.add_argument("file", type=Path)
    load = actions.add_parser("import", help=tr("Add the objects from a saved list."))
    load.add_argument("file", type=Path)
    name_code = actions.add_parser("name-code", help=tr("Give a barcode a name to say."))
    name_code.add_argument("code")
    name_code.add_argument("name")

    codes = subparsers.add_parser("codes", help=tr("Read the barcodes and QR codes in a picture."))
    codes.add_argument("image", type=Path)
    colour = subparsers.add_parser(
        "colour", help=tr("Say the main colours in the middle of a picture.")
    )
    colour.add_argument("image", type=Path)


def run(args: argparse.Namespace) -> int:
    """Run `bitna objects`, `bitna codes` or `bitna colour`; returns the exit status."""
    try:
        if args.command == "codes":
            return _codes(args.image)
        if args.command == "colour":
            return _colour(args.image)
        return _objects(args)
    except UserFacingError as error:
        print(f"bitna: {error.message}", file=sys.stderr)
        return 1


def _codes(image: Path) -> int:
    from core.objects.codes import OpenCvCodeReader
    from core.objects.describe import with_names
    from core.objects.store import ObjectsStore
    from core.plumbing.imageio import load_image

    codes = OpenCvCodeReader().read(load_image(image))
    if not codes:
        print(tr("No barcode or QR code found in {path}.", path=image), file=sys.stderr)
        return 1
    for code in with_names(codes, ObjectsStore.open().code_names()):
        print("\t".join(part for part in (code.kind, code.text, code.name or "") if part))
    return 0


def _colour(image: Path) -> int:
    from core.objects.colours import describe_colours
    from core.plumbing.imageio import load_image

    print(describe_colours(load_image(image)).sentence())
    return 0


def _objects(args: argparse.Namespace) -> int:
    from core.objects.store import ObjectsStore

    store = ObjectsStore.open()
    named_list_cli.say_notice(store)
    command = args.objects_command
    if command == "teach":
        return _teach(args, store)
    if command == "what":
        return _what(args.image, store)
    if command == "list":
        for item in store.objects():
            print(f"{item.name}\t{item.views}")
        return 0
    if command == "forget":
        return _forget(args, store)
    if command == "name-code":
        item = store.name_code(args.code, args.name)
        print(tr("Barcode {code} is now called {name}.", code=args.code, name=item.name))
        return 0
    status = named_list_cli.manage(
        command,
        args,
        store,
        saved=lambda count, path: tr("Saved {count} objects to {path}.", count=count, path=path),
        added=lambda count, path: tr("Added {count} objects from {path}.", count=count, path=path),
    )
    if status is None:
        raise ValueError(command)
    return status


def _forget(args: argparse.Namespace, store: Any) -> int:
    return named_list_cli.forget(
        args,
        store,
        forgot_all=lambda count: tr(
            "Forgot every object. Objects forgotten: {count}.", count=count
        ),
        say_which=tr("bitna: say which object to forget, or --all for every one."),
        unknown=lambda name: tr("Bitna does not know an object called {name}.", name=name),
    )


def _teach(args: argparse.Namespace, store: Any) -> int:
    from core.objects.codes import OpenCvCodeReader
    from core.objects.engine import create_engine
    from core.plumbing.imageio import load_image

    engine = create_engine()
    reader = OpenCvCodeReader()
    views, codes = [], []
    for path in args.images:
        try:
            frame = load_image(path)
            views.append(engine.view(frame))
        except UserFacingError as error:
            print(f"bitna: {path}: {error.message}", file=sys.stderr)
            continue
        codes += [code.text for code in reader.read(frame) if not code.is_qr]
    if not views:
        print("bitna: " + tr("No usable picture: nothing was remembered."), file=sys.stderr)
        return 1
    item = store.add(args.name, views, engine.model_id, codes=list(dict.fromkeys(codes)))
    print(
        tr(
            "Remembered {name}. Pictures used: {count}. Pictures known in all: {total}.",
            name=item.name,
            count=len(views),
            total=item.views,
        )
    )
    return 0 if len(views) == len(args.images) else 1


def _what(image: Path, store: Any) -> int:
    from core.objects.codes import OpenCvCodeReader
    from core.objects.describe import describe
    from core.objects.engine import create_engine
    from core.objects.identify import look
    from core.plumbing.imageio import load_image

    frame = load_image(image)
    engine = create_engine()
    known, names = store.known(engine.model_id), store.code_names()
    seen, codes = look(frame, engine, OpenCvCodeReader(), known, names)
    for recognition in seen:
        print(f"{recognition.name}\t{recognition.inliers}\t{recognition.threshold}")
    print(describe(seen, codes))
    return 0
