"""`bitna faces …`: the face engine on the command line, for people, scripts and tests.

bitna faces enroll NAME IMAGE...   remember NAME from photos showing only them
bitna faces who IMAGE              one line per face: name or "unknown", where, box
bitna faces list                   the people Bitna knows
bitna faces forget NAME            forget one person (--all: everyone)
bitna faces rename OLD NEW         give a person another name
bitna faces export FILE [--passphrase-file P]   save everyone, encrypted with a passphrase
bitna faces import FILE [--passphrase-file P]   add the people from a saved list
bitna faces key                    where the key that encrypts the faces is kept

The passphrase is read from P's first line, else asked for at the terminal (twice when
exporting); with neither, export and import of an encrypted file stop with an error.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path
from typing import Any

from core.named_lists import cli as named_list_cli
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr

log = logging.getLogger(__name__)


def add_parsers(subparsers: Any) -> None:
    """Add `faces` and its subcommands to the `bitna` parser's subparsers."""
    faces = subparsers.add_parser("faces", help=tr("Recognise the people Bitna was taught."))
    actions = faces.add_subparsers(dest="faces_command", required=True)
    enroll = actions.add_parser("enroll", help=tr("Remember a person from photos of them."))
    enroll.add_argument("name")
    enroll.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    who = actions.add_parser("who", help=tr("Say who is in a photo and where."))
    who.add_argument("image", type=Path)
    actions.add_parser("list", help=tr("List the people Bitna knows."))
    forget = actions.add_parser("forget", help=tr("Forget a person."))
    forget.add_argument("name", nargs="?")
    forget.add_argument("--all", action="store_true", help=tr("Forget everyone."))
    rename = actions.add_parser("rename", help=tr("Give a person another name."))
    rename.add_argument("old")
    rename.add_argument("new")
    passphrase_help = tr("Read the passphrase from this file instead of asking for it.")
    export = actions.add_parser(
        "export", help=tr("Save the people list to a file, encrypted with a passphrase.")
    )
    export.add_argument("file", type=Path)
    export.add_argument("--passphrase-file", type=Path, metavar="FILE", help=passphrase_help)
    load = actions.add_parser("import", help=tr("Add the people from a saved list."))
    load.add_argument("file", type=Path)
    load.add_argument("--passphrase-file", type=Path, metavar="FILE", help=passphrase_help)
    actions.add_parser("key", help=tr("Say where the key that encrypts the faces is kept."))


def run(args: argparse.Namespace) -> int:
    """Run one `bitna faces` subcommand; returns the exit status."""
    from core.faces.store import PeopleStore

    try:
        store = PeopleStore.open()
        named_list_cli.say_notice(store)
        command = args.faces_command
        if command in ("enroll", "who"):
            return _with_engine(command, args, store)
        if command == "list":
            for person in store.people():
                print(f"{person.name}\t{person.samples}")
            return 0
        if command == "forget":
            return _forget(args, store)
        if command == "export":
            return _export(args, store)
        if command == "import":
            return _import(args, store)
        if command == "key":
            where = store.key_place()
            print(tr("The key that encrypts the faces is kept in {where}.", where=where))
            return 0
        status = named_list_cli.manage(
            command,
            args,
            store,
            saved=lambda count, path: tr("Saved {count} people to {path}.", count=count, path=path),
            added=lambda count, path: tr(
                "Added {count} people from {path}.", count=count, path=path
            ),
        )  # rename: export and import are the faces' own, encrypted
        if status is not None:
            return status
    except UserFacingError as error:
        print(f"bitna: {error.message}", file=sys.stderr)
        return 1
    raise ValueError(args.faces_command)


def _passphrase(args: argparse.Namespace, *, new: bool) -> str:
    """The passphrase from --passphrase-file, else asked at the terminal (twice if `new`)."""
    from core.faces.model import PeopleStoreError
    from core.faces.store import check_new_passphrase

    if args.passphrase_file is not None:
        try:
            text = args.passphrase_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise PeopleStoreError(
                tr("Could not read a passphrase from {path}.", path=args.passphrase_file)
            ) from error
        lines = text.splitlines()
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise PeopleStoreError(
            tr(
                "Give the passphrase with --passphrase-file FILE: there is no terminal to "
                "ask for it."
            )
        )
    first = getpass.getpass(tr("Passphrase: "))
    if new:
        check_new_passphrase(first)
        if getpass.getpass(tr("The same passphrase again: ")) != first:
            raise PeopleStoreError(tr("The two passphrases are not the same. Nothing was saved."))
    return first


def _export(args: argparse.Namespace, store: Any) -> int:
    count = store.export_people(args.file, _passphrase(args, new=True))
    print(tr("Saved {count} people to {path}, encrypted.", count=count, path=args.file))
    return 0


def _import(args: argparse.Namespace, store: Any) -> int:
    from core.faces.store import not_encrypted_note

    passphrase = _passphrase(args, new=False) if store.needs_passphrase(args.file) else None
    imported = store.import_people(args.file, passphrase)
    print(tr("Added {count} people from {path}.", count=imported.people, path=args.file))
    if not imported.encrypted:
        print(not_encrypted_note(args.file.name))
    return 0


def _forget(args: argparse.Namespace, store: Any) -> int:
    return named_list_cli.forget(
        args,
        store,
        forgot_all=lambda count: tr("Forgot everyone. People forgotten: {count}.", count=count),
        say_which=tr("bitna: say whom to forget, or --all for everyone."),
        unknown=lambda name: tr("Bitna does not know anyone called {name}.", name=name),
    )


def _with_engine(command: str, args: argparse.Namespace, store: Any) -> int:
    from core.faces.engine import create_engine

    engine = create_engine()
    try:
        return _enroll(args, store, engine) if command == "enroll" else _who(args, store, engine)
    finally:
        engine.close()


def _enroll(args: argparse.Namespace, store: Any, engine: Any) -> int:
    from core.plumbing.imageio import load_image

    descriptors = []
    for path in args.images:
        try:
            frame = load_image(path)
        except UserFacingError as error:
            print(f"bitna: {error.message}", file=sys.stderr)
            continue
        faces = engine.detect(frame)
        if len(faces) != 1:
            message = (
                tr("No face found in {path}.", path=path)
                if not faces
                else tr(
                    "{path} shows {count} faces; use a photo of {name} alone.",
                    path=path,
                    count=len(faces),
                    name=args.name,
                )
            )
            print(f"bitna: {message}", file=sys.stderr)
            continue
        descriptors.append(engine.descriptor(frame, faces[0]))
    if not descriptors:
        print("bitna: " + tr("No usable photo: nothing was remembered."), file=sys.stderr)
        return 1
    person = store.add(args.name, descriptors, engine.model_id)
    print(
        tr(
            "Remembered {name}. Photos used: {count}. Pictures known in all: {total}.",
            name=person.name,
            count=len(descriptors),
            total=person.samples,
        )
    )
    return 0 if len(descriptors) == len(args.images) else 1


def _who(args: argparse.Namespace, store: Any, engine: Any) -> int:
    from core.faces.describe import distance, side
    from core.plumbing.imageio import load_image

    frame = load_image(args.image)
    seen = engine.identify(frame, store.known(engine.model_id), thorough=True)
    if not seen:
        print(tr("No one in view."), file=sys.stderr)
    for face in seen:
        box = face.face.box
        name = face.name or tr("unknown")
        where = side(face.face.relative_centre_x)
        near = distance(face.face.relative_height)
        print(f"{name}\t{where}\t{near}\t{box.x},{box.y},{box.width},{box.height}")
    return 0
