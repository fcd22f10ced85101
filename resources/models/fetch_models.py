"""Re-extract the BlazeFace models from the mediapipe 0.10.21 wheel and check their SHA-256.

    python resources/models/fetch_models.py           # download the wheel with pip, extract
    python resources/models/fetch_models.py --check   # only check the files already here
    python resources/models/fetch_models.py --wheel mediapipe-0.10.21-....whl

mediapipe 0.10.30 and later ship no model files, so Bitna carries the two it needs; this
script shows where they came from and lets anyone reproduce them byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
VERSION = "0.10.21"
MEMBERS = {
    "mediapipe/modules/face_detection/face_detection_full_range_sparse.tflite": (
        "face_detection_full_range_sparse.tflite",
        "2c3728e6da56f21e21a320433396fb06d40d9088f2247c05e5635a688d45dfe1",
    ),
    "mediapipe/modules/face_detection/face_detection_short_range.tflite": (
        "face_detection_short_range.tflite",
        "bbff11cebd1eb27a1e004cae0b0e63ec8c551cbf34a4451148b4908b8db3eca8",
    ),
}


def sha256(path: Path) -> str:
    """The file's SHA-256 in hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check() -> bool:
    """True when every model file is here with the expected checksum."""
    good = True
    for name, digest in MEMBERS.values():
        path = FOLDER / name
        actual = sha256(path) if path.is_file() else "missing"
        ok = actual == digest
        good &= ok
        print(f"{'ok' if ok else 'BAD':4} {name} {actual}")
    return good


def download(folder: Path) -> Path:
    """Fetch the wheel (any platform's wheel holds the same model files) with pip."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--platform=manylinux_2_28_x86_64",
            "--python-version=3.11",
            f"mediapipe=={VERSION}",
            "-d",
            str(folder),
        ],
        check=True,
    )
    return next(folder.glob(f"mediapipe-{VERSION}-*.whl"))


def extract(wheel: Path) -> None:
    """Copy the model files out of the wheel into this folder."""
    with zipfile.ZipFile(wheel) as archive:
        for member, (name, _) in MEMBERS.items():
            (FOLDER / name).write_bytes(archive.read(member))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify the files here")
    parser.add_argument("--wheel", type=Path, help="use this mediapipe wheel, do not download")
    args = parser.parse_args()
    if not args.check:
        if args.wheel is not None:
            extract(args.wheel)
        else:
            with tempfile.TemporaryDirectory() as folder:
                extract(download(Path(folder)))
    return 0 if check() else 1


if __name__ == "__main__":
    sys.exit(main())
