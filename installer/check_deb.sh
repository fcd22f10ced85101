#!/usr/bin/env bash
# CI: build the bundle and the .deb, install the .deb with apt as a user would, check the
# installed `bitna` (its version, and reading a shared scan against its ground truth), then
# remove the package again and check nothing of it is left.
#
#   bash installer/check_deb.sh            # after installer/setup.sh (it needs .venv)
#
# Prints the bundle's and the package's sizes. Runs as root or with sudo.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
scan=${BITNA_CHECK_SCAN:-../shared/data/documents/scans/phototest.tif}

started=$SECONDS
if ! command -v desktop-file-validate >/dev/null 2>&1 || ! command -v strip >/dev/null 2>&1; then
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends desktop-file-utils binutils
fi
# Quick compression: CI installs the package at once (installer/build alone makes the small one).
DEB_COMPRESSION=${DEB_COMPRESSION:--Zgzip -z1} bash installer/build
deb=$(ls -t dist/bitna_*.deb | head -1)
echo "== sizes"
echo "bundle (dist/bitna): $(du -sh dist/bitna | cut -f1)"
for file in dist/bitna-*.tar.gz "$deb"; do echo "$file: $(du -h "$file" | cut -f1)"; done

echo "== apt-get install ./$deb"
$sudo apt-get install -y -q "./$deb" >/dev/null
trap '$sudo apt-get remove -y -q bitna >/dev/null 2>&1 || true' EXIT
test "$(command -v bitna)" = /usr/bin/bitna
test -f /usr/share/applications/bitna.desktop
test -f /usr/share/icons/hicolor/scalable/apps/bitna.svg
desktop-file-validate /usr/share/applications/bitna.desktop

echo "== bitna --version"
# From a folder outside the checkout, so nothing of the source tree can be picked up.
cd /tmp
version=$(bitna --version)
echo "$version"
expected=$("$here/.venv/bin/python" -c "import sys; sys.path.insert(0, '$here'); import core; print(core.__version__)")
test "$version" = "Bitna $expected"

if [ -f "$here/$scan" ] || [ -f "$scan" ]; then
  [ -f "$scan" ] || scan="$here/$scan"
  echo "== bitna read $scan"
  data=$(mktemp -d)
  BITNA_DATA_DIR=$data bitna read "$scan" --lang eng > "$data/read.txt"
  head -3 "$data/read.txt"
  "$here/.venv/bin/python" - "$data/read.txt" "${scan%.*}.txt" <<'EOF'
import sys, unicodedata
def words(path):
    text = unicodedata.normalize("NFKC", open(path, encoding="utf-8").read())
    return " ".join(text.split())
read, truth = words(sys.argv[1]), words(sys.argv[2])
import difflib
ratio = difflib.SequenceMatcher(None, read, truth, autojunk=False).ratio()
print(f"similarity to the ground truth: {ratio:.3f}")
sys.exit(0 if ratio >= 0.95 else 1)
EOF
  rm -rf "$data"
  # A receipt photo Tesseract cannot read (naive CER 0.91; 0.30 after Bitna's preparation):
  # read well only when the bundle's photo reader (PP-OCR and its models) works.
  photo="$(dirname "$scan")/../camera/receipts/229.jpg"
  echo "== bitna read $photo"
  data=$(mktemp -d)
  BITNA_DATA_DIR=$data bitna read "$photo" --lang eng > "$data/read.txt"
  "$here/.venv/bin/python" - "$data/read.txt" "$photo" "$here" <<'EOF'
import sys
from pathlib import Path
sys.path[:0] = [sys.argv[3], sys.argv[3] + "/benchmarks"]
from ocr_accuracy import receipt_truth
from core.text.metrics import cer
error = cer(receipt_truth(Path(sys.argv[2])), Path(sys.argv[1]).read_text(), casefold=True)
print(f"character error rate: {error:.3f}")
sys.exit(0 if error <= 0.2 else 1)
EOF
  rm -rf "$data"
else
  echo "No shared scan at $scan: reading skipped" >&2
fi

work=$(mktemp -d)
export BITNA_DATA_DIR=$work/data
py="$here/.venv/bin/python"

echo "== bitna read (the Korean demo page)"
bitna read /opt/bitna/_internal/resources/demo/demo_ko.png --lang kor > "$work/ko.txt"
head -2 "$work/ko.txt"
"$py" - "$work/ko.txt" "$here/resources/demo/demo_ko.txt" "$here" <<'EOF'
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from core.text.metrics import cer
truth, read = (Path(name).read_text(encoding="utf-8") for name in sys.argv[2:0:-1])
error = cer(truth, read)
print(f"character error rate: {error:.3f}")
sys.exit(0 if error <= 0.05 else 1)
EOF

echo "== the library: keep, search, export as braille"
bitna read /opt/bitna/_internal/resources/demo/demo_ko.png --lang kor --keep >/dev/null
bitna library search 약국 | tee "$work/found.txt"
grep -q "햇살약국" "$work/found.txt"
bitna library export 1 "$work/page.brf"
test -s "$work/page.brf"

faces="$(dirname "$scan")/../../faces/people"
if [ -d "$faces" ]; then
  echo "== bitna faces enroll, then who"
  bitna faces enroll Alex "$faces/alex-lacamoire.png" >/dev/null
  bitna faces who "$faces/alex_lacamoire_img1.jpg" | tee "$work/who.txt"
  grep -q "Alex" "$work/who.txt"
fi

echo "== bitna codes (a QR code made here)"
"$py" -c "
import cv2, sys
code = cv2.QRCodeEncoder.create().encode('https://example.org/bitna')
cv2.imwrite(sys.argv[1], cv2.resize(code, None, fx=8, fy=8, interpolation=cv2.INTER_NEAREST))
" "$work/qr.png"
bitna codes "$work/qr.png" | tee "$work/codes.txt"
grep -q "example.org/bitna" "$work/codes.txt"

echo "== bitna colour"
"$py" -c "
import cv2, numpy, sys
cv2.imwrite(sys.argv[1], numpy.full((240, 320, 3), (20, 20, 200), numpy.uint8))
" "$work/red.png"
bitna colour "$work/red.png" | tee "$work/colour.txt"
grep -qi "red" "$work/colour.txt"

echo "== the window, and the magnifier, under Xvfb"
display=":$((80 + RANDOM % 9))"
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display bitna --no-guide --source /opt/bitna/_internal/resources/demo/demo_en.png \
  --speech-log "$work/said.txt" > "$work/window.log" 2>&1 &
app=$!
for _ in $(seq 60); do grep -q "Bitna is ready" "$work/said.txt" 2>/dev/null && break; sleep 0.5; done
DISPLAY=$display bitna send magnify
for _ in $(seq 20); do grep -q "Magnifier on" "$work/said.txt" 2>/dev/null && break; sleep 0.5; done
kill "$app"; wait "$app" 2>/dev/null || true
kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
cut -f2- "$work/said.txt"
grep -q "Magnifier on" "$work/said.txt"
if grep -q "Traceback" "$work/window.log"; then cat "$work/window.log"; exit 1; fi

echo "== launch to the first spoken word (the installed bitna)"
if command -v pulseaudio >/dev/null 2>&1 && command -v parec >/dev/null 2>&1; then
  "$py" "$here/installer/first_word_at_launch.py" --bitna /usr/bin/bitna --runs 3
else
  echo "No PulseAudio here: launch time not measured" >&2
fi
unset BITNA_DATA_DIR
rm -rf "$work"
cd "$here"

echo "== apt-get remove bitna"
trap - EXIT
$sudo apt-get remove -y -q bitna >/dev/null
if [ -e /usr/bin/bitna ] || [ -e /opt/bitna ] || [ -e /usr/share/applications/bitna.desktop ]; then
  echo "Files of bitna are left after removal" >&2
  exit 1
fi
echo "Debian package check passed in $((SECONDS - started)) s."
