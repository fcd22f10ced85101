#!/usr/bin/env bash
# Set up Bitna from a source checkout on Debian or Ubuntu, then run it or test it.
#
#   bash installer/setup.sh run [bitna options]   # install what is needed, launch the app
#   bash installer/setup.sh test [pytest options] # install what is needed, run every check
#   bash installer/setup.sh                       # only install
#
# It installs Debian packages (Tesseract with English and Korean, espeak-ng, Hunspell with
# English and Korean dictionaries, liblouis with its braille tables, fonts, the X11 libraries
# Qt needs, Xvfb for tests), then
# the project into .venv with pip.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
action=${1:-install}
[ $# -gt 0 ] && shift

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor tesseract-ocr-script-hang
  espeak-ng libespeak-ng1 fonts-nanum fonts-dejavu-core
  libhunspell-1.7-0 hunspell-en-us hunspell-en-gb hunspell-ko
  libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1
  alsa-utils pulseaudio-utils
  liblouis20 liblouis-data
  python3-venv python3-pip
)
TEST_PACKAGES=(xvfb xauth xdotool imagemagick sox tesseract-ocr-fra
  at-spi2-core python3-pyatspi dbus-x11 orca x11-apps pulseaudio)

apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

if command -v apt-get >/dev/null 2>&1; then
  if [ "$action" = test ]; then apt_install "${APT_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  else apt_install "${APT_PACKAGES[@]}"; fi
else
  echo "No apt-get here: install Tesseract (eng, kor) and espeak-ng yourself (see README.md)." >&2
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extras=""
[ "$action" = test ] && extras="[test]"
.venv/bin/python -m pip install -q --upgrade pip
# An older .venv holds OpenCV's desktop wheels (opencv-contrib-python, opencv-python) and
# mediapipe's unused helpers: they would overwrite or sit beside the headless cv2.
for old in opencv-contrib-python opencv-python matplotlib sounddevice; do
  if .venv/bin/python -m pip show -q "$old" >/dev/null 2>&1; then
    .venv/bin/python -m pip uninstall -q -y "$old"
    reinstall_cv2=1
  fi
done
.venv/bin/python -m pip install -q -e ".${extras}"
# Packages whose own dependency lists would bring a second cv2 (see the file).
.venv/bin/python -m pip install -q --no-deps -r installer/no-deps.txt
if [ -n "${reinstall_cv2:-}" ]; then
  .venv/bin/python -m pip install -q --force-reinstall --no-deps opencv-python-headless
fi
case "$action" in
  run)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display found: starting Bitna on a virtual screen (Xvfb)." >&2
      apt_install xvfb xauth
      exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/bitna "$@"
    fi
    exec .venv/bin/bitna "$@"
    ;;
  test)
    exec bash tests/run.sh "$@"
    ;;
  install)
    echo "Bitna is installed in .venv: run .venv/bin/bitna"
    ;;
  *)
    echo "usage: bash installer/setup.sh [run|test|install]" >&2
    exit 2
    ;;
esac
