"""Fetch the English and Korean Hunspell dictionaries for systems that do not package them.

Debian and Ubuntu install them with apt (installer/setup.sh). Windows has no package, and
Homebrew's Hunspell comes without dictionaries, so the Windows build and the README's
Windows and macOS steps run this: it downloads the very Debian packages Linux users get
(checked against their SHA-256, so a changed or corrupted file is refused) and unpacks
their `.aff`/`.dic` files and copyright notices into one folder. Standard library only:
it runs before anything else is installed.

    python installer/fetch_dictionaries.py FOLDER          # download and unpack
    python installer/fetch_dictionaries.py FOLDER --deb X  # unpack .deb files already here
"""

from __future__ import annotations

import argparse
import hashlib
import io
import lzma
import sys
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Dictionary:
    """One Debian package of Hunspell dictionaries: where it is and what to take from it."""

    package: str
    pool_path: str  # under a Debian mirror's /debian/
    sha256: str
    files: tuple[str, ...]  # in usr/share/hunspell/


DICTIONARIES = (
    # SCOWL's American English (as hunspell-en-us in Debian 12): permissive licence.
    Dictionary(
        "hunspell-en-us",
        "pool/main/s/scowl/hunspell-en-us_2020.12.07-2_all.deb",
        "04fdf8f6d3171d72980e8ebe4cb1a00c8100e609025cabb65dfb8f7170e65e07",
        ("en_US.aff", "en_US.dic"),
    ),
    # spellcheck-ko's Korean dictionary 0.7.92: MPL 1.1, GPL 2 or LGPL 2.1, at your choice.
    Dictionary(
        "hunspell-ko",
        "pool/main/h/hunspell-dict-ko/hunspell-ko_0.7.92-1_all.deb",
        "d02674324f1b320f069d93336578f01df4ab6cff23d0878867ccdc80eb6307f2",
        ("ko.aff", "ko.dic"),
    ),
)

#: Tried in order: Debian's mirror network, then its archive once these versions leave it.
MIRRORS = ("https://deb.debian.org/debian/", "https://archive.debian.org/debian/")


class FetchError(Exception):
    """A dictionary could not be downloaded or unpacked; the message says which."""


def ar_members(data: bytes) -> dict[str, bytes]:
    """The members of an `ar` archive (a .deb is one) by name."""
    if not data.startswith(b"!<arch>\n"):
        raise FetchError("not a Debian package (no ar header)")
    members: dict[str, bytes] = {}
    at = 8
    while at + 60 <= len(data):
        header = data[at : at + 60]
        name = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        members[name] = data[at + 60 : at + 60 + size]
        at += 60 + size + (size % 2)  # members are padded to an even length
    return members


def unpack(deb: bytes, dictionary: Dictionary, folder: Path) -> list[Path]:
    """Write the dictionary's files and its copyright notice from `deb` into `folder`."""
    members = ar_members(deb)
    name = next((n for n in members if n.startswith("data.tar")), None)
    if name is None:
        raise FetchError(f"{dictionary.package}: no data.tar in the package")
    payload = members[name]
    if name.endswith(".xz"):
        payload = lzma.decompress(payload)
    elif not name.endswith(".tar"):
        raise FetchError(f"{dictionary.package}: cannot unpack {name}")
    wanted = {f"usr/share/hunspell/{file}": folder / file for file in dictionary.files}
    wanted[f"usr/share/doc/{dictionary.package}/copyright"] = (
        folder / "licences" / f"{dictionary.package}.copyright"
    )
    written: list[Path] = []
    with tarfile.open(fileobj=io.BytesIO(payload)) as archive:
        for member in archive.getmembers():
            target = wanted.get(member.name.removeprefix("./"))
            if target is None or not member.isfile():
                continue
            extracted = archive.extractfile(member)
            assert extracted is not None  # a regular file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(extracted.read())
            written.append(target)
    missing = sorted({p.name for p in wanted.values()} - {p.name for p in written})
    if missing:
        raise FetchError(f"{dictionary.package}: the package lacks {', '.join(missing)}")
    return written


def download(dictionary: Dictionary) -> bytes:
    """The package's bytes from the first mirror that has them, checked by SHA-256."""
    errors: list[str] = []
    for mirror in MIRRORS:
        url = mirror + dictionary.pool_path
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                data = response.read()
        except OSError as error:
            errors.append(f"{url}: {error}")
            continue
        if hashlib.sha256(data).hexdigest() != dictionary.sha256:
            errors.append(f"{url}: the file is not the one expected (SHA-256 differs)")
            continue
        return data
    raise FetchError(f"{dictionary.package} could not be downloaded:\n  " + "\n  ".join(errors))


def fetch(folder: Path, debs: list[Path] | None = None) -> list[Path]:
    """Put every dictionary into `folder`, from `debs` when given, else downloaded."""
    by_package = {}
    for path in debs or []:
        by_package[path.name.split("_")[0]] = path.read_bytes()
    written: list[Path] = []
    for dictionary in DICTIONARIES:
        data = by_package.get(dictionary.package)
        if data is None:
            data = download(dictionary)
        elif hashlib.sha256(data).hexdigest() != dictionary.sha256:
            raise FetchError(f"{dictionary.package}: the package given is not the one expected")
        written += unpack(data, dictionary, folder)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where the .aff and .dic files go")
    parser.add_argument("--deb", type=Path, action="append", help="a .deb already downloaded")
    args = parser.parse_args(argv)
    try:
        written = fetch(args.folder, args.deb)
    except FetchError as error:
        print(f"fetch_dictionaries: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
