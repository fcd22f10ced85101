"""The entry point of the frozen Bitna (PyInstaller bundle, .deb, Windows installer).

It does what a source checkout gets from its environment: finds the Tesseract and Hunspell
that the Windows installer put beside the bundle, keeps settings beside the program in a portable
copy, and then starts `gui.launcher.main` like the `bitna` command does.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

#: A file with this name beside the program makes the copy portable: settings and the people
#: Bitna knows stay in the `userdata` folder beside it (a USB stick, a shared PC).
PORTABLE_MARKER = "bitna-portable.txt"


def bundle_folder() -> Path:
    """The folder the program runs from (the bundle's top folder)."""
    return Path(sys.executable).resolve().parent


def prepare_environment(folder: Path, environ: dict[str, str] | os._Environ[str]) -> None:
    """Point Bitna at the Tesseract, Hunspell and dictionaries shipped beside it (the
    Windows bundle), and at portable user data.

    On Linux PyInstaller's loader puts the bundle's libraries first in LD_LIBRARY_PATH; the
    programs Bitna runs (tesseract, pacat, aplay) must get the system's own, so the
    original value is restored (this process has read it already).
    """
    if "LD_LIBRARY_PATH_ORIG" in environ:
        environ["LD_LIBRARY_PATH"] = environ["LD_LIBRARY_PATH_ORIG"]
    else:
        environ.pop("LD_LIBRARY_PATH", None)
    tesseract = folder / "tesseract"
    if (tesseract / "tesseract.exe").is_file() or (tesseract / "tesseract").is_file():
        environ["PATH"] = str(tesseract) + os.pathsep + environ.get("PATH", "")
        if (tesseract / "tessdata").is_dir():
            environ.setdefault("TESSDATA_PREFIX", str(tesseract / "tessdata"))
    hunspell = sorted((folder / "hunspell").glob("libhunspell*"))
    if hunspell:
        environ.setdefault("BITNA_HUNSPELL_LIBRARY", str(hunspell[0]))
    if (folder / "dictionaries").is_dir():
        folders = [str(folder / "dictionaries"), environ.get("BITNA_DICTIONARIES", "")]
        environ["BITNA_DICTIONARIES"] = os.pathsep.join(f for f in folders if f)
    if (folder / PORTABLE_MARKER).is_file() and not environ.get("BITNA_DATA_DIR"):
        environ["BITNA_DATA_DIR"] = str(folder / "userdata")


def give_standard_streams() -> None:
    """A windowed Windows program starts without stdout and stderr, not even their file
    descriptors; code that writes to them or duplicates fd 2 (mediapipe's log silencer)
    would fail, so they go to the null device."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    null = os.open(os.devnull, os.O_RDWR)
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            os.dup2(null, descriptor)
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the run)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the run)


def main() -> int:
    multiprocessing.freeze_support()
    if getattr(sys, "frozen", False):
        give_standard_streams()
        prepare_environment(bundle_folder(), os.environ)
    from gui.launcher import main as launch

    return launch()


if __name__ == "__main__":
    sys.exit(main())
