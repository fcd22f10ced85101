"""Bring `bitna_<lang>.ts` up to date with the strings in the code.

    python resources/translations/update.py          # every shipped language
    python resources/translations/update.py --add ko new.tsv   # merge translations

A TSV given with `--add` holds one `English<TAB>translation` pair per line (`\\n` and `\\t`
stand for a newline and a tab); it lets several people translate at once without editing
the same XML file.

Strings marked with `tr()` or `mark_tr()` that the catalogue lacks are added as unfinished
(edit them in Qt Linguist or any text editor); strings no longer in the code are marked
vanished. Existing translations are kept. The `.ts` files are the source; nothing is built.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = Path(__file__).resolve().parent
CONTEXT = "bitna"


def marked_strings() -> list[str]:
    """Every literal passed to tr() or mark_tr() in core/ and gui/, sorted."""
    found: set[str] = set()
    for path in [*ROOT.glob("core/**/*.py"), *ROOT.glob("gui/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "mark_tr")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return sorted(found)


def read(path: Path) -> dict[str, str]:
    """Translations already in a .ts file (finished ones only)."""
    if not path.exists():
        return {}
    known: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if (
            source
            and translation is not None
            and translation.text
            and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        ):
            known[source] = translation.text
    return known


def write(path: Path, language: str, translations: dict[str, str], strings: list[str]) -> int:
    """Write the catalogue; returns how many strings still need translating."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    untranslated = 0
    for source in sorted(set(strings) | set(translations)):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source not in strings:
            translation.set("type", "vanished")
            translation.text = translations[source]
        elif source in translations:
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
            untranslated += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return untranslated


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_tsv(path: Path) -> dict[str, str]:
    """Pairs from a `source<TAB>translation` file; blank lines and `#` comments skipped."""
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, _, translation = line.partition("\t")
        if translation:
            pairs[_unescape(source)] = _unescape(translation)
    return pairs


def main(argv: list[str]) -> int:
    additions: dict[str, dict[str, str]] = {}
    while len(argv) >= 3 and argv[0] == "--add":
        additions.setdefault(argv[1], {}).update(read_tsv(Path(argv[2])))
        argv = argv[3:]
    strings = marked_strings()
    for path in sorted(FOLDER.glob("bitna_*.ts")):
        language = path.stem.split("_", 1)[1]
        translations = read(path) | additions.get(language, {})
        missing = write(
            path, f"{language}_KR" if language == "ko" else language, translations, strings
        )
        print(f"{path.name}: {len(strings)} strings, {missing} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
