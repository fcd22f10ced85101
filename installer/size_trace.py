"""Run each of Bitna's capabilities once, then print (as one JSON line) the modules it
imported and the shared libraries it mapped. installer/size_report.py --trace calls it to
tell the bundle's used parts from its unused ones; it needs ../shared/data.

    QT_QPA_PLATFORM=offscreen python installer/size_trace.py
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))


def capabilities(folder: Path) -> None:
    from gui.launcher import main

    qr = cv2.QRCodeEncoder.create().encode("https://example.org/bitna")
    qr_file = folder / "qr.png"
    cv2.imwrite(str(qr_file), cv2.resize(qr, None, fx=8, fy=8, interpolation=cv2.INTER_NEAREST))
    colour = folder / "red.png"
    cv2.imwrite(str(colour), np.full((200, 200, 3), (30, 30, 200), np.uint8))
    documents = DATA / "documents"
    runs = [
        ["read", str(documents / "scans" / "phototest.tif"), "--lang", "eng"],
        ["read", str(documents / "korean_lines" / "kor_line_000.png"), "--lang", "kor"],
        ["read", str(documents / "camera" / "receipts" / "229.jpg"), "--lang", "eng"],
        ["faces", "enroll", "Alex", str(DATA / "faces" / "people" / "alex-lacamoire.png")],
        ["faces", "who", str(DATA / "faces" / "people" / "alex_lacamoire_img1.jpg")],
        ["codes", str(qr_file)],
        ["colour", str(colour)],
    ]
    for arguments in runs:
        with contextlib.redirect_stdout(io.StringIO()):
            main(["--data-dir", str(folder), *arguments])
    saving(folder)
    window(folder)
    # dlib reads its model in C++, where the audit hook cannot see it.
    if "core.faces.dlib_embedder" in sys.modules:
        OPENED.add(str(sys.modules["core.faces.dlib_embedder"].model_file().resolve()))


def saving(folder: Path) -> None:
    """A page saved as a Word document and read aloud into an MP3 file."""
    from core.reading.export import export_audio, export_page
    from core.text.model import page_from_text

    page = page_from_text("Water bill\n\nTotal 884.79")
    export_page(page, folder / "page.docx")
    export_audio(page.text, folder / "page.mp3")


def window(folder: Path) -> None:
    """The window on the demo camera for a few seconds, the magnifier turned on."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.launcher import main

    app = QApplication.instance() or QApplication([sys.argv[0]])
    QTimer.singleShot(6000, app.quit)
    main(["--data-dir", str(folder), "--source", "demo", "--no-guide"])


OPENED: set[str] = set()


def _note_opened(event: str, args: tuple[object, ...]) -> None:
    """Every file opened (models and data files are read, not imported)."""
    if event == "open" and isinstance(args[0], str):
        OPENED.add(str(Path(args[0]).resolve()))


def loaded() -> dict[str, list[str]]:
    modules = sorted({name.split(".")[0] for name in sys.modules})
    libraries: set[str] = set()
    with contextlib.suppress(OSError), open("/proc/self/maps", encoding="utf-8") as maps:
        for line in maps:
            path = line.split()[-1]
            if ".so" in path:
                libraries.add(path)
    return {"modules": modules, "libraries": sorted(libraries), "opened": sorted(OPENED)}


if __name__ == "__main__":
    sys.addaudithook(_note_opened)
    with tempfile.TemporaryDirectory() as scratch:
        capabilities(Path(scratch))
    print(json.dumps(loaded()))
