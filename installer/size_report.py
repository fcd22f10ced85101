"""What Bitna's one-folder bundle is made of: its largest parts, who needs them, and
whether Bitna's own code paths use them.

    python installer/size_report.py                  # dist/bitna, after installer/build
    python installer/size_report.py --trace          # also run every capability once and
                                                     # mark what it loaded
    python installer/size_report.py --markdown --top 25

Every file of the bundle is traced back to where PyInstaller took it from (the COLLECT
table in build/pyinstaller) and from there to the Python package that installed it, or to
the system library (Debian package) it was copied from. "Needed by" is the packages that
list it as a requirement (or Bitna itself). `--trace` runs installer/size_trace.py in this
Python: it reads a scan, a Korean line, a receipt photo with the photo reader, finds and
describes a face, reads a QR code and names a colour, opens the window offscreen, then
lists the modules it imported and the shared libraries it mapped; a part neither imported
nor mapped is marked "unused". Writes the table as JSON too (--json).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000


@dataclass
class Part:
    """One package's share of the bundle."""

    name: str
    size: int = 0
    files: list[tuple[int, str]] = field(default_factory=list)  # (size, path in bundle)
    needed_by: set[str] = field(default_factory=set)
    modules: set[str] = field(default_factory=set)  # top-level import names
    libraries: set[str] = field(default_factory=set)  # shared library file names
    sources: set[str] = field(default_factory=set)  # where PyInstaller took its files from
    used: bool | None = None

    @property
    def largest(self) -> str:
        size, path = max(self.files)
        return f"{Path(path).name} ({size / MB:.1f})"


def collected(workpath: Path) -> list[tuple[str, str]]:
    """(path in the bundle, source path) of every file PyInstaller put into it (its
    symbolic links to those files are not counted twice)."""
    toc = ast.literal_eval((workpath / "COLLECT-00.toc").read_text(encoding="utf-8"))
    return [(dest, src) for dest, src, kind in toc[0] if src and kind != "SYMLINK"]


def owners() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Installed file (resolved) -> distribution name; distribution -> who requires it."""
    owner: dict[str, str] = {}
    required_by: dict[str, set[str]] = defaultdict(set)
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        for file in dist.files or ():
            owner[str(Path(dist.locate_file(file)).resolve())] = name
        for requirement in dist.requires or ():
            if "extra ==" in requirement:
                continue
            needed = re.split(r"[ <>=!~;\[(]", requirement, maxsplit=1)[0]
            required_by[_key(needed)].add(name)
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = project.split("dependencies = [", 1)[1].split("]", 1)[0]
    for needed in re.findall(r'^\s*"([A-Za-z0-9_.-]+)', block, re.MULTILINE):
        required_by[_key(needed)].add("bitna")
    for line in (ROOT / "installer" / "no-deps.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            required_by[_key(line.split("=")[0])].add("bitna")
    return owner, required_by


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def debian_owners(paths: list[str]) -> dict[str, str]:
    """System library -> the Debian package that installed it (dpkg -S), where dpkg exists."""
    if not paths:
        return {}
    # By name, as /lib and /usr/lib are one folder (merged /usr) but dpkg knows one of them.
    try:
        out = subprocess.run(
            ["dpkg", "-S", *(f"*/{Path(path).name}" for path in paths)],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    except OSError:
        return {}
    by_name = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        by_name.setdefault(Path(path.strip()).name, package.split(":")[0])
    return {path: by_name[Path(path).name] for path in paths if Path(path).name in by_name}


def parts(bundle: Path, workpath: Path) -> dict[str, Part]:
    """The bundle's files grouped by the package they came from."""
    owner, required_by = owners()
    files = collected(workpath)
    system = [src for _dest, src in files if str(Path(src).resolve()) not in owner]
    debian = debian_owners([src for src in system if src.startswith(("/usr", "/lib"))])
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    grouped: dict[str, Part] = {}
    for dest, src in files:
        path = internal / dest
        if path.is_symlink() or not path.is_file():
            continue
        resolved = str(Path(src).resolve())
        if resolved in owner:
            name = owner[resolved]
        elif src.startswith(sys.base_prefix) or "python3" in Path(src).name:
            name = "Python"
        elif src in debian:
            name = f"system: {debian[src]}"
        else:
            name = "Bitna" if src.startswith(str(ROOT)) else "other"
        part = grouped.setdefault(name, Part(name))
        size = path.stat().st_size
        part.size += size
        part.files.append((size, dest))
        part.sources.add(resolved)
        top = dest.split("/", 1)[0]
        if top.endswith((".so", ".pyd")) or ".so." in top or top.endswith(".dll"):
            part.libraries.add(Path(dest).name)
        else:
            part.modules.add(top.split(".", 1)[0])
        if name.startswith(("system: ", "Python", "Bitna", "other")):
            continue
        part.needed_by = required_by.get(_key(name), set())
    # The executable and its archive of Python modules.
    for program in bundle.iterdir():
        if program.is_file():
            part = grouped.setdefault("Bitna", Part("Bitna"))
            part.size += program.stat().st_size
            part.files.append((program.stat().st_size, program.name))
    return grouped


def trace(python: str) -> dict[str, list[str]]:
    """Run every capability once (installer/size_trace.py) and see what it loaded."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [python, str(ROOT / "installer" / "size_trace.py")],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def mark_used(grouped: dict[str, Part], loaded: dict[str, list[str]]) -> None:
    modules, opened = set(loaded["modules"]), set(loaded["opened"])
    libraries = {Path(path).name for path in loaded["libraries"]}
    stems = {name.split(".so")[0].split("-")[0] for name in libraries}
    for part in grouped.values():
        if part.name in ("Bitna", "Python"):
            part.used = True
            continue
        part.used = bool(part.modules & modules or part.sources & opened) or any(
            name in libraries or name.split(".so")[0].split("-")[0] in stems
            for name in part.libraries
        )


def table(grouped: dict[str, Part], top: int, markdown: bool) -> str:
    rows = sorted(grouped.values(), key=lambda part: -part.size)
    total = sum(part.size for part in rows)
    header = ("Part", "MB", "Files", "Largest file (MB)", "Needed by", "Used")
    lines = []

    def row(cells: tuple[str, ...]) -> str:
        if markdown:
            return "| " + " | ".join(cells) + " |"
        widths = (34, 7, 6, 44, 26, 6)
        return "  ".join(cell[:w].ljust(w) for cell, w in zip(cells, widths, strict=True))

    lines.append(row(header))
    if markdown:
        lines.append("|" + "|".join(["---"] * len(header)) + "|")
    shown = rows[:top]
    for part in shown:
        used = "-" if part.used is None else ("yes" if part.used else "unused")
        lines.append(
            row(
                (
                    part.name,
                    f"{part.size / MB:.1f}",
                    str(len(part.files)),
                    part.largest,
                    ", ".join(sorted(part.needed_by)) or "-",
                    used,
                )
            )
        )
    rest = rows[top:]
    if rest:
        lines.append(
            row(
                (
                    f"{len(rest)} smaller parts",
                    f"{sum(p.size for p in rest) / MB:.1f}",
                    str(sum(len(p.files) for p in rest)),
                    "",
                    "",
                    "",
                )
            )
        )
    files = sum(len(p.files) for p in rows)
    lines.append(row(("Total", f"{total / MB:.1f}", str(files), "", "", "")))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "bitna")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build" / "pyinstaller" / "bitna")
    parser.add_argument("--trace", action="store_true", help="mark what Bitna loads")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", type=Path, help="write every part here")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir() or not (args.workpath / "COLLECT-00.toc").is_file():
        print("No bundle: run `bash installer/build bundle` first.", file=sys.stderr)
        return 2
    grouped = parts(args.bundle, args.workpath)
    if args.trace:
        mark_used(grouped, trace(sys.executable))
    print(table(grouped, args.top, args.markdown))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        records = [
            {
                "part": part.name,
                "bytes": part.size,
                "files": len(part.files),
                "largest": part.largest,
                "needed_by": sorted(part.needed_by),
                "used": part.used,
            }
            for part in sorted(grouped.values(), key=lambda part: -part.size)
        ]
        args.json.write_text(json.dumps(records, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
