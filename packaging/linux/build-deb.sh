#!/usr/bin/env bash
# build-deb.sh APP_DIR VERSION OUT_DIR: wrap the one-folder build (APP_DIR: dist/concord) as a .deb.
#   /opt/concord/                   the frozen folder (concord, concord-desktop, _internal/)
#   /usr/bin/concord                -> /opt/concord/concord          (the command line)
#   /usr/bin/concord-desktop        -> /opt/concord/concord-desktop  (the desktop)
#   /usr/share/applications/concord.desktop, the icon under /usr/share/icons/hicolor/
# No maintainer scripts: Debian's triggers refresh the menu and icon caches by themselves.
# Prints the path of the .deb it wrote.
set -euo pipefail
app=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ -x "$app/concord" ] && [ -x "$app/concord-desktop" ] || { echo "build-deb: $app is not a Concord build" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build-deb: dpkg-deb is missing (a Debian system builds the .deb)" >&2; exit 1; }

arch=$(dpkg --print-architecture)
stage=$(mktemp -d "${TMPDIR:-/tmp}/concord-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
pkg=$stage/concord

install -d -m 755 "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/icons/hicolor/256x256/apps" "$pkg/usr/share/icons/hicolor/scalable/apps" \
  "$pkg/usr/share/doc/concord"
cp -a "$app" "$pkg/opt/concord"
# Files readable by all, programs and folders executable by all; nothing writable but by root.
chmod -R u+rwX,go+rX,go-w "$pkg/opt/concord"
ln -s ../../opt/concord/concord "$pkg/usr/bin/concord"
ln -s ../../opt/concord/concord-desktop "$pkg/usr/bin/concord-desktop"
install -m 644 "$here/concord.desktop" "$pkg/usr/share/applications/concord.desktop"
install -m 644 "$root/app/resources/icons/concord-256.png" "$pkg/usr/share/icons/hicolor/256x256/apps/concord.png"
install -m 644 "$root/app/resources/icons/concord.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/concord.svg"
cat > "$pkg/usr/share/doc/concord/copyright" <<COPYRIGHT
Concord: proprietary; see the licence agreement of your panel.
Bundled: Python (PSF licence), Qt 6 and PySide6 (LGPLv3), SQLCipher (BSD-style), Automerge (MIT),
reportlab (BSD), the DejaVu fonts (/opt/concord/_internal/app/resources/fonts/DejaVu-LICENSE.txt).
COPYRIGHT
chmod 644 "$pkg/usr/share/doc/concord/copyright"

size_kib=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$size_kib/" \
  "$here/control.in" > "$pkg/DEBIAN/control"
chmod 644 "$pkg/DEBIAN/control"

mkdir -p "$out"
deb="$out/concord_${version}_${arch}.deb"
# --root-owner-group: every file root:root without fakeroot. xz at level 1: 67 MB in ~16 s here,
# where dpkg's default level 6 gives 61 MB in ~60 s; every dpkg reads xz (zstd would not be).
dpkg-deb --root-owner-group -Zxz -z1 --build "$pkg" "$deb" >/dev/null
echo "$deb"
