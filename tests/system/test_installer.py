"""Fast checks that the packaging files agree with the app and with each other.

The slow part (building the bundle and the .deb, installing it, compiling the NSIS script)
runs in installer/check_deb.sh and installer/check_nsis.sh, which CI calls after pytest.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.faces.dlib_embedder import MODEL_FILE
from core.faces.mediapipe_detector import FULL_RANGE

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "bitna.spec"
NSI = INSTALLER / "windows" / "bitna.nsi"
DESKTOP = INSTALLER / "linux" / "bitna.desktop"
sys.path.insert(0, str(INSTALLER))
import bitna_entry  # noqa: E402  (installer/ is not a package)


def spec_constant(name: str) -> object:
    """A literal assigned at the top of installer/bitna.spec."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not in {SPEC}")


def test_spec_bundles_every_resource_the_app_reads() -> None:
    patterns = spec_constant("RESOURCE_PATTERNS")
    assert isinstance(patterns, tuple)
    bundled = {path for pattern in patterns for path in (ROOT / "resources").glob(pattern)}
    needed = [
        *(ROOT / "resources" / "translations").glob("*.ts"),
        *(ROOT / "resources" / "demo").glob("demo_*.png"),
        ROOT / "resources" / "models" / FULL_RANGE,
        ROOT / "resources" / "icons" / "bitna.svg",
    ]
    assert needed and all(path.is_file() for path in needed)
    assert [path.name for path in needed if path not in bundled] == []
    assert not [path for path in bundled if path.suffix == ".py"], "no build scripts"
    assert MODEL_FILE in spec_constant("DLIB_MODELS")  # type: ignore[operator]


def test_spec_entry_point_is_the_bitna_command() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert '"bitna_entry.py"' in text and 'name="bitna"' in text
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^bitna = "gui\.launcher:main"$', pyproject, re.MULTILINE)
    assert "from gui.launcher import main" in (INSTALLER / "bitna_entry.py").read_text()


def test_frozen_bitna_finds_its_tesseract_and_portable_data(tmp_path: Path) -> None:
    (tmp_path / "tesseract" / "tessdata").mkdir(parents=True)
    (tmp_path / "tesseract" / "tesseract.exe").write_bytes(b"MZ")
    environ = {
        "PATH": "/usr/bin",
        "LD_LIBRARY_PATH": str(tmp_path / "_internal"),
        "LD_LIBRARY_PATH_ORIG": "/opt/lib",
    }
    bitna_entry.prepare_environment(tmp_path, environ)
    assert environ["PATH"] == str(tmp_path / "tesseract") + os.pathsep + "/usr/bin"
    assert environ["TESSDATA_PREFIX"] == str(tmp_path / "tesseract" / "tessdata")
    assert environ["LD_LIBRARY_PATH"] == "/opt/lib"  # the programs it runs get the system's
    assert "BITNA_DATA_DIR" not in environ
    (tmp_path / bitna_entry.PORTABLE_MARKER).write_text("portable")
    environ = {"LD_LIBRARY_PATH": str(tmp_path / "_internal")}
    bitna_entry.prepare_environment(tmp_path, environ)
    assert environ["BITNA_DATA_DIR"] == str(tmp_path / "userdata")
    assert "LD_LIBRARY_PATH" not in environ
    assert "TESSDATA_PREFIX" in environ


def system_hunspell() -> Path | None:
    """The system's Hunspell library file, when installed (installer/setup.sh)."""
    from core.text.hunspell import library_candidates

    found = [Path(c) for c in library_candidates() if Path(c).is_absolute() or "/" in c]
    if not found:
        for folder in (Path("/usr/lib/x86_64-linux-gnu"), Path("/usr/lib")):
            found += sorted(folder.glob("libhunspell-1.7.so*"))
    return found[0] if found else None


@pytest.mark.skipif(
    system_hunspell() is None or not Path("/usr/share/hunspell/ko.dic").is_file(),
    reason="needs Hunspell and the Korean dictionary (installer/setup.sh)",
)
def test_frozen_bitna_checks_words_with_the_hunspell_and_dictionaries_beside_it(
    tmp_path: Path,
) -> None:
    """The Windows bundle's layout: bitna/hunspell/libhunspell-1.7-0.dll and
    bitna/dictionaries/*.aff|dic; here with Linux's library and dictionaries copied in."""
    library = system_hunspell()
    assert library is not None
    (tmp_path / "hunspell").mkdir()
    shutil.copy(library, tmp_path / "hunspell" / "libhunspell-1.7-0.so")
    (tmp_path / "dictionaries").mkdir()
    for name in ("ko.aff", "ko.dic"):
        shutil.copy(Path("/usr/share/hunspell") / name, tmp_path / "dictionaries" / name)
    environ = dict(os.environ)
    environ.pop("BITNA_HUNSPELL_LIBRARY", None)
    environ["BITNA_DICTIONARIES"] = "/elsewhere"
    bitna_entry.prepare_environment(tmp_path, environ)
    assert environ["BITNA_DICTIONARIES"] == os.pathsep.join(
        [str(tmp_path / "dictionaries"), "/elsewhere"]
    )
    probe = (
        "from core.text.hunspell import HunspellLexicon, dictionary_folders, library_candidates\n"
        "print(library_candidates()[0])\n"
        "lexicon = HunspellLexicon(folders=dictionary_folders()[:1])\n"
        "print(lexicon.knows('합계는', 'ko'), lexicon.knows('쀍뛣', 'ko'),"
        " lexicon.knows('a', 'en'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], env=environ, cwd=ROOT, capture_output=True, text=True,
        check=True, timeout=60,
    ).stdout.splitlines()  # fmt: skip
    assert out == [str(tmp_path / "hunspell" / "libhunspell-1.7-0.so"), "True False None"]


def test_dictionaries_are_unpacked_from_a_debian_package(tmp_path: Path) -> None:
    """installer/fetch_dictionaries.py on a real .deb (built by dpkg-deb when present)."""
    import fetch_dictionaries as fetcher

    if shutil.which("dpkg-deb") is None:
        pytest.skip("needs dpkg-deb")
    root = tmp_path / "pkg"
    (root / "DEBIAN").mkdir(parents=True)
    (root / "DEBIAN" / "control").write_text(
        "Package: hunspell-xx\nVersion: 1\nArchitecture: all\nMaintainer: t <t@t>\n"
        "Description: test\n"
    )
    (root / "usr/share/hunspell").mkdir(parents=True)
    (root / "usr/share/hunspell/xx.aff").write_text("SET UTF-8\n")
    (root / "usr/share/hunspell/xx.dic").write_text("1\n합계\n")
    (root / "usr/share/doc/hunspell-xx").mkdir(parents=True)
    (root / "usr/share/doc/hunspell-xx/copyright").write_text("Licence: MPL\n")
    deb = tmp_path / "hunspell-xx_1_all.deb"
    subprocess.run(["dpkg-deb", "-Zxz", "-b", str(root), str(deb)], check=True,
                   capture_output=True)  # fmt: skip
    wanted = fetcher.Dictionary("hunspell-xx", "", "", ("xx.aff", "xx.dic"))
    out = tmp_path / "out"
    written = fetcher.unpack(deb.read_bytes(), wanted, out)
    assert sorted(p.relative_to(out).as_posix() for p in written) == [
        "licences/hunspell-xx.copyright", "xx.aff", "xx.dic",
    ]  # fmt: skip
    assert (out / "xx.dic").read_text() == "1\n합계\n"
    missing = fetcher.Dictionary("hunspell-xx", "", "", ("yy.aff",))
    with pytest.raises(fetcher.FetchError, match=r"lacks yy\.aff"):
        fetcher.unpack(deb.read_bytes(), missing, tmp_path / "none")
    impostor = shutil.copy(deb, tmp_path / "hunspell-en-us_0_all.deb")
    with pytest.raises(fetcher.FetchError, match="not the one expected"):
        fetcher.fetch(tmp_path / "none", [Path(impostor)])  # checked before anything is read
    with pytest.raises(fetcher.FetchError, match="not a Debian package"):
        fetcher.ar_members(b"PK zip")


def test_desktop_entry_starts_bitna_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "bitna"
    assert section["Icon"] == "bitna"
    assert (ROOT / "resources" / "icons" / "bitna.svg").is_file()
    assert "Accessibility" in section["Categories"].split(";")
    assert section["Name[ko]"] == "빛나"
    assert section["Terminal"] == "false"
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_deb_depends_on_tesseract_korean_and_espeak() -> None:
    script = (INSTALLER / "linux" / "make_deb.sh").read_text(encoding="utf-8")
    depends = re.search(r'^depends="([^"]*)"', script, re.MULTILINE)
    assert depends is not None
    for package in ("tesseract-ocr", "tesseract-ocr-eng", "tesseract-ocr-kor", "espeak-ng"):
        assert re.search(rf"(^|, ){re.escape(package)}(,|$)", depends.group(1)), package


def test_ci_runs_the_readme_test_command_then_the_packages() -> None:
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    commands = [line for line in lines if line.startswith("bash ")]
    assert commands == [
        "bash installer/setup.sh test",
        "bash installer/check_deb.sh",
        "bash installer/check_nsis.sh",
    ]
    assert "bash installer/setup.sh test" in (ROOT / "README.md").read_text(encoding="utf-8")


# The Windows installer script -------------------------------------------------------------
def nsis() -> str:
    return NSI.read_text(encoding="utf-8")


def test_nsis_has_every_string_in_korean_and_english() -> None:
    strings: dict[str, set[str]] = {}
    for name, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", nsis(), re.M):
        strings.setdefault(name, set()).add(language)
    assert strings, "no LangString"
    assert {name: langs for name, langs in strings.items() if langs != {"ENGLISH", "KOREAN"}} == {}
    used = set(re.findall(r"\$\((\w+)\)", nsis()))
    assert used - set(strings) == set(), "strings used but not defined"
    assert '!insertmacro MUI_LANGUAGE "Korean"' in nsis()
    assert "MUI_LANGDLL_DISPLAY" in nsis()


def test_nsis_uninstaller_removes_what_the_installer_puts_there() -> None:
    text = nsis()
    installed, uninstall = text.split('Section "un.', 1)
    for shortcut in re.findall(r'CreateShortcut "([^"]+)"', installed):
        assert f'Delete "{shortcut}"' in uninstall, shortcut
    for root, key, value in re.findall(r'WriteRegStr (HK\w+) "([^"]+)" "(\w+)"', installed):
        removed = f'DeleteRegKey {root} "{key}"' in uninstall or (
            f'DeleteRegValue {root} "{key}" "{value}"' in uninstall
        )
        assert removed, (root, key, value)
    assert 'WriteUninstaller "$INSTDIR\\uninstall.exe"' in installed
    for name in ("bitna.exe", "bitna-cli.exe", "uninstall.exe"):
        assert f'Delete "$INSTDIR\\{name}"' in uninstall, name
    # PyInstaller's folder, and every folder the Windows build puts beside the bundle.
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    beside = set(re.findall(r"dist/bitna/(\w+)(?:[/\s]|$)", workflow, re.MULTILINE))
    assert {"tesseract", "hunspell", "dictionaries"} <= beside
    for folder in {"_internal", *beside}:
        assert f'RMDir /r "$INSTDIR\\{folder}"' in uninstall, folder
    # The programs it installs are the ones the spec builds on Windows.
    assert 'name="bitna-cli"' in SPEC.read_text(encoding="utf-8")
    # User data stays unless the user ticks its (unticked) section.
    assert re.search(r'Section /o "un\.\$\(UnSecData\)"', text)
    assert 'Section /o "$(SecStartup)"' in text
    assert "MUI_FINISHPAGE_RUN" in text and "tesseract" in text


def test_icon_renders_at_every_size(tmp_path: Path) -> None:
    sys.path.insert(0, str(INSTALLER))
    import make_icons

    files = make_icons.render(ROOT / "resources" / "icons" / "bitna.svg", tmp_path)
    from PIL import Image

    for size in make_icons.PNG_SIZES:
        with Image.open(tmp_path / f"bitna-{size}.png") as image:
            assert image.size == (size, size)
            assert image.getpixel((size // 2, size // 2))[3] == 255  # drawn, not empty
    with Image.open(tmp_path / "bitna.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert len(files) == len(make_icons.PNG_SIZES) + 2


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis is not installed")
def test_nsis_script_preprocesses(tmp_path: Path) -> None:
    """makensis's preprocessor (no compression, no output): every !define and !include holds."""
    bundle = tmp_path / "bitna"
    (bundle / "tesseract").mkdir(parents=True)
    (bundle / "bitna.exe").write_bytes(b"MZ")
    (bundle / "tesseract" / "tesseract.exe").write_bytes(b"MZ")
    result = subprocess.run(
        [
            *("makensis", "-V1", "-WX", f"-DBUNDLE={bundle}"),
            *(f"-DOUTFILE={tmp_path / 'x.exe'}", "-PPO", str(NSI)),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
