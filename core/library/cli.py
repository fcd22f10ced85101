"""`bitna library …`: the library of what was read, on the command line.

bitna library list                 every document, newest first: id, date, pages, title
bitna library search WORDS…        one line per page found: id, date, title, the line; the count
bitna library show ID              a document's text, page by page
bitna library export ID FILE       as .txt .html .docx .epub .brf or .m3u (from the suffix)
bitna library forget ID            forget one document (--all: everything)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from core.library.export import EXPORT_SUFFIXES
from core.library.model import DocumentSummary
from core.library.store import Library
from core.plumbing.errors import UserFacingError
from core.plumbing.i18n import tr
from core.text.model import PageText


def add_parsers(subparsers: Any) -> None:
    """Add `library` and its subcommands to the `bitna` parser's subparsers."""
    library = subparsers.add_parser(
        "library", help=tr("Find, show, export or forget what Bitna read and kept.")
    )
    actions = library.add_subparsers(dest="library_command", required=True)
    actions.add_parser("list", help=tr("List the documents in the library, newest first."))
    search = actions.add_parser("search", help=tr("Find the pages that have all these words."))
    search.add_argument("words", nargs="+", metavar="WORD")
    show = actions.add_parser("show", help=tr("Print a document's text."))
    show.add_argument("id", type=int)
    export = actions.add_parser(
        "export",
        help=tr("Save a document as {suffixes}.", suffixes=" ".join(EXPORT_SUFFIXES)),
    )
    export.add_argument("id", type=int)
    export.add_argument("file", type=Path)
    export.add_argument(
        "--braille-table",
        help=tr("Braille table for .brf: en-g1, en-g2, ko-g1, ko-g2 (default: by language)."),
    )
    export.add_argument(
        "--cells", type=int, default=40, help=tr("Braille cells per line (default 40).")
    )
    export.add_argument(
        "--lines", type=int, default=25, help=tr("Braille lines per page (default 25).")
    )
    forget = actions.add_parser("forget", help=tr("Forget a document."))
    forget.add_argument("id", type=int, nargs="?")
    forget.add_argument("--all", action="store_true", help=tr("Forget everything in the library."))


def run(args: argparse.Namespace) -> int:
    """Run one `bitna library` subcommand; returns the exit status."""
    try:
        library = Library.open()
        if library.notice:
            print(f"bitna: {library.notice}", file=sys.stderr)
        command = args.library_command
        if command == "list":
            return _list(library)
        if command == "search":
            return _search(library, " ".join(args.words))
        if command == "show":
            return _show(library, args.id)
        if command == "export":
            return _export(library, args)
        if command == "forget":
            return _forget(library, args)
    except UserFacingError as error:
        print(f"bitna: {error.message}", file=sys.stderr)
        return 1
    raise ValueError(args.library_command)


def keep_read_page(page: PageText, image: Any) -> int:
    """Keep a page `bitna read --keep` read, with its picture; its document id."""
    return Library.open().keep([page], kind="read", images=[image])


def _date(seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


def _list(library: Library) -> int:
    documents = library.documents()
    if not documents:
        print(tr("The library is empty."))
        return 0
    for summary in documents:
        print(f"{summary.id}\t{_date(summary.changed)}\t{_pages(summary)}\t{summary.title}")
    return 0


def _pages(summary: DocumentSummary) -> str:
    return tr("{count} pages", count=summary.pages) if summary.pages != 1 else tr("1 page")


def _search(library: Library, words: str) -> int:
    hits = library.search(words)
    for hit in hits:
        summary = hit.summary
        page = tr("page {number}", number=hit.page)
        print(f"{summary.id}\t{_date(summary.changed)}\t{summary.title}\t{page}\t{hit.line}")
    if hits:
        print(tr("{count} found.", count=len(hits)))
    else:
        print(tr("Nothing found for {words}.", words=words))
    return 0


def _show(library: Library, document_id: int) -> int:
    document = library.document(document_id)
    summary = document.summary
    print(f"{summary.title}\n{_date(summary.created)}, {_pages(summary)}")
    for page in document.pages:
        if len(document.pages) > 1:
            print(f"\n--- {tr('Page {number}', number=page.number)} ---")
        print(f"\n{page.page.text}")
    return 0


def _export(library: Library, args: argparse.Namespace) -> int:
    from core.library.export import export_document

    document = library.document(args.id)
    written = export_document(
        document, args.file, braille_table=args.braille_table, cells=args.cells, lines=args.lines
    )
    print(tr("Saved {title} to {path}.", title=document.summary.title, path=written))
    return 0


def _forget(library: Library, args: argparse.Namespace) -> int:
    if args.all:
        count = len(library.documents())
        library.forget_all()
        print(tr("Forgot everything in the library ({count} documents).", count=count))
        return 0
    if args.id is None:
        print(tr("bitna: say which document to forget, or --all."), file=sys.stderr)
        return 2
    title = library.document(args.id).summary.title
    library.forget(args.id)
    print(tr("Forgot {title}.", title=title))
    return 0
