"""A read page to JSON and back, every word, box, confidence, table and note kept.

`core.reading.formats.page_json` writes a page for other programs (parts, not words, and
nothing reads it back); the library needs the page itself back, so it can be shown,
read and exported with its structure again. The form is compact (short keys, words as
arrays) because a library holds thousands of pages; Python's floats round-trip exactly.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from core.text.model import Block, Box, Cell, Line, PageText, Table, Word

VERSION = 1


def page_to_json(page: PageText) -> str:
    """`page` as JSON text that `page_from_json` turns back into an equal page."""
    return json.dumps(
        {
            "v": VERSION,
            "w": page.width,
            "h": page.height,
            "l": page.languages,
            "b": [_block(block) for block in page.blocks],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def page_from_json(text: str) -> PageText:
    """The page `page_to_json` wrote; ValueError when `text` is not one."""
    try:
        data = json.loads(text)
        if data.get("v") != VERSION:
            raise ValueError(f"unknown page version {data.get('v')!r}")
        blocks = tuple(_read_block(block) for block in data["b"])
        return PageText(blocks, int(data["w"]), int(data["h"]), str(data["l"]))
    except (KeyError, TypeError, IndexError, AttributeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a kept page: {error}") from error


def packed(page: PageText) -> bytes:
    """`page` as compressed JSON, the form the library stores (about a quarter the size)."""
    return zlib.compress(page_to_json(page).encode("utf-8"), 6)


def unpacked(data: bytes) -> PageText:
    """The page `packed` made; ValueError when `data` is not one."""
    try:
        return page_from_json(zlib.decompress(data).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError) as error:
        raise ValueError(f"not a kept page: {error}") from error


def _box(box: Box) -> list[int]:
    return [box.left, box.top, box.width, box.height]


def _read_box(values: list[Any]) -> Box:
    left, top, width, height = (int(value) for value in values)
    return Box(left, top, width, height)


def _block(block: Block) -> dict[str, Any]:
    item: dict[str, Any] = {
        "x": _box(block.box),
        "n": [
            {
                "x": _box(line.box),
                "w": [[word.text, *_box(word.box), word.confidence] for word in line.words],
            }
            for line in block.lines
        ],
    }
    if block.table is not None:
        table = block.table
        item["t"] = {
            "r": [
                [[cell.text, *_box(cell.box), cell.confidence, cell.span] for cell in row]
                for row in table.rows
            ],
            "hr": table.header_rows,
            "ru": table.ruling,
        }
    if block.note is not None:
        item["note"] = block.note
    return item


def _read_block(item: dict[str, Any]) -> Block:
    lines = tuple(
        Line(
            tuple(Word(str(word[0]), _read_box(word[1:5]), float(word[5])) for word in line["w"]),
            _read_box(line["x"]),
        )
        for line in item["n"]
    )
    table = None
    if "t" in item:
        rows = tuple(
            tuple(
                Cell(str(cell[0]), _read_box(cell[1:5]), float(cell[5]), int(cell[6]))
                for cell in row
            )
            for row in item["t"]["r"]
        )
        table = Table(rows, int(item["t"]["hr"]), item["t"]["ru"])
    return Block(lines, _read_box(item["x"]), table, item.get("note"))
