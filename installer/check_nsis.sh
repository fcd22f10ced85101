#!/usr/bin/env bash
# CI: compile the Windows installer script with makensis (NSIS 3, from Debian) against a
# stand-in bundle, with warnings as errors, and list what the setup .exe would install.
#
# The real bundle can only be built on Windows (.github/workflows/windows.yml); this checks
# the script itself: syntax, both languages, every page and section, the uninstaller.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

if ! command -v makensis >/dev/null 2>&1 || ! command -v 7z >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends nsis p7zip-full
fi
python=${PYTHON:-.venv/bin/python}
version=$("$python" -c "import core; print(core.__version__)")
"$python" installer/make_icons.py build/icons >/dev/null

# A stand-in for dist\bitna with the same layout: the programs, _internal, Tesseract.
stub=build/nsis-stub/bitna
rm -rf build/nsis-stub
mkdir -p "$stub/_internal/resources" "$stub/tesseract/tessdata" "$stub/hunspell" "$stub/dictionaries"
printf 'MZ stand-in\n' > "$stub/bitna.exe"
printf 'MZ stand-in\n' > "$stub/bitna-cli.exe"
printf 'stand-in\n' > "$stub/_internal/resources/README.txt"
printf 'MZ stand-in\n' > "$stub/tesseract/tesseract.exe"
printf 'MZ stand-in\n' > "$stub/hunspell/libhunspell-1.7-0.dll"
for name in en_US.aff en_US.dic ko.aff ko.dic; do printf 'stand-in\n' > "$stub/dictionaries/$name"; done
for language in eng kor osd; do printf 'stand-in\n' > "$stub/tesseract/tessdata/$language.traineddata"; done

out=build/nsis-stub/bitna-$version-setup.exe
makensis -V2 -WX -DVERSION="$version" -DBUNDLE="$here/$stub" -DOUTFILE="$here/$out" \
  -DICON="$here/build/icons/bitna.ico" installer/windows/bitna.nsi
echo "makensis: $out, $(du -h "$out" | cut -f1)"

# The setup .exe must carry every file of the bundle, Tesseract's English and Korean data,
# Hunspell and its dictionaries, and both languages' strings.
listing=$(7z l "$out")
for expected in bitna.exe bitna-cli.exe _internal/resources/README.txt tesseract/tesseract.exe \
  tesseract/tessdata/eng.traineddata tesseract/tessdata/kor.traineddata \
  hunspell/libhunspell-1.7-0.dll dictionaries/en_US.dic dictionaries/ko.aff; do
  if ! grep -q "${expected//\//[/\\\\]}" <<<"$listing"; then
    echo "The installer lacks $expected" >&2
    echo "$listing" >&2
    exit 1
  fi
done
echo "NSIS installer check passed: every file is in it, English and Korean pages compiled."
