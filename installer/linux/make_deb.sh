#!/usr/bin/env bash
# Make dist/bitna_VERSION_ARCH.deb from the PyInstaller bundle.
#
#   bash installer/linux/make_deb.sh dist/bitna VERSION
#
# The bundle goes to /opt/bitna, `bitna` to /usr/bin, a desktop entry and the icon to
# /usr/share. Depends: Tesseract with English and Korean, espeak-ng, a sound player, and
# every system library the bundle links to but does not carry (found with ldd and
# `dpkg -S` on the build machine, as dpkg-shlibdeps would).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bundle=$(cd "$1" && pwd)
version=$2
cd "$here"

arch=$(dpkg --print-architecture)
stage=build/deb/bitna_${version}_${arch}
out=dist/bitna_${version}_${arch}.deb
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/doc/bitna" "$stage/usr/share/icons/hicolor/scalable/apps"

cp -a "$bundle" "$stage/opt/bitna"
ln -s /opt/bitna/bitna "$stage/usr/bin/bitna"
install -m 644 installer/linux/bitna.desktop "$stage/usr/share/applications/bitna.desktop"
install -m 644 resources/icons/bitna.svg "$stage/usr/share/icons/hicolor/scalable/apps/bitna.svg"
for png in build/icons/bitna-*.png; do
  size=$(basename "$png" .png); size=${size#bitna-}
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/bitna.png"
done
install -m 644 installer/linux/copyright "$stage/usr/share/doc/bitna/copyright"

# System libraries the bundle needs: what its ELF files link to from outside the bundle.
libs=$(mktemp)
find "$here/$stage/opt/bitna" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  while IFS= read -r -d '' file; do
    head -c 4 "$file" 2>/dev/null | grep -q 'ELF' || continue
    LD_LIBRARY_PATH="$stage/opt/bitna/_internal" ldd "$file" 2>/dev/null || true
  done | awk '/=> \// {print $3} /not found/ {print "MISSING " $1}' | sort -u > "$libs"
if grep -q '^MISSING' "$libs"; then
  echo "Libraries the bundle needs that this machine lacks (they will not be in Depends):" >&2
  grep '^MISSING' "$libs" | sed 's/^MISSING /  /' | sort -u >&2
fi
packages=$(
  grep -v '^MISSING' "$libs" | grep -v "^$here/$stage/" | while read -r lib; do
    for candidate in "$lib" "$(readlink -f "$lib")" "/usr$lib" "${lib#/usr}"; do
      owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] &&
        { echo "$owner"; break; }
    done
  done | sort -u | tr '\n' ' '
)
rm -f "$libs"
depends="tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-kor, espeak-ng, pulseaudio-utils | alsa-utils, libhunspell-1.7-0, hunspell-en-us | hunspell-en-gb, hunspell-ko, liblouis20, liblouis-data"
for package in $packages; do
  case "$package" in libc6|libgcc-s1|libstdc++6) ;; *) depends="$depends, $package" ;; esac
done
depends="libc6 (>= $(dpkg-query -W -f='${Version}' libc6 | cut -d- -f1)), $depends"

size=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: bitna
Version: $version
Section: utils
Priority: optional
Architecture: $arch
Maintainer: Bitna developers <bitna@localhost>
Installed-Size: $size
Depends: $depends
Recommends: tesseract-ocr-script-hang, fonts-nanum
Homepage: https://github.com/bitna/bitna
Description: reading aid for blind and low-vision people
 Bitna turns a PC with a USB document camera or webcam into a reading aid:
 put a page under the camera, press R, and Bitna reads it aloud (English and
 Korean) while showing it in large print. It also magnifies the picture in
 high-contrast colours and says who is in front of the camera. Everything
 works offline; nothing leaves the machine.
EOF
cat > "$stage/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
EOF
cat > "$stage/DEBIAN/postrm" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
EOF
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
find "$stage" -type d -exec chmod 755 {} +

started=$SECONDS
# xz -6 makes the smallest download (4-5 minutes on two cores); CI, which only installs it,
# sets DEB_COMPRESSION="-Zgzip -z1" (seconds).
# shellcheck disable=SC2086
dpkg-deb --root-owner-group ${DEB_COMPRESSION:--Zxz -z6} --build "$stage" "$out" >/dev/null
echo "Package: $out, $(du -h "$out" | cut -f1) ($((size / 1024)) MB installed), made in $((SECONDS - started)) s"
echo "Depends: $depends"
