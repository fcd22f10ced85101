"""Render resources/icons/bitna.svg into the PNG and ICO files packages need.

Build output only (build/icons/): the SVG is the one source, so no binary icon is kept in
the tree. Qt draws the SVG; Pillow writes the Windows .ico with every size Windows asks for.

    python installer/make_icons.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "bitna.svg"
#: Sizes of the hicolor theme (Linux) and of a Windows .ico.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, out_dir: Path) -> list[Path]:
    """bitna-<size>.png for each size, bitna.png (256) and bitna.ico; returns the files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"Cannot read {svg}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"bitna-{size}.png"
        image.save(str(path))
        written.append(path)
    largest = out_dir / f"bitna-{PNG_SIZES[-1]}.png"
    (out_dir / "bitna.png").write_bytes(largest.read_bytes())
    ico = out_dir / "bitna.ico"
    Image.open(largest).save(ico, sizes=[(size, size) for size in PNG_SIZES])
    del app
    return [*written, out_dir / "bitna.png", ico]


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in render(SOURCE, out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
