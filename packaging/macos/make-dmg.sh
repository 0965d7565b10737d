#!/usr/bin/env bash
# make-dmg.sh APP VERSION OUT_DIR: put Concord.app (built by packaging/concord.spec's BUNDLE) in a
# compressed disk image with a shortcut to /Applications; prints the .dmg's path.
# macOS only (hdiutil). Sign the .app BEFORE this (sign-and-notarise.sh app), the .dmg after.
set -euo pipefail
app=${1:?Concord.app}; version=${2:?version}; out=${3:?output folder}
[ -d "$app/Contents/MacOS" ] || { echo "make-dmg: $app is not an application bundle" >&2; exit 1; }
command -v hdiutil >/dev/null || { echo "make-dmg: hdiutil is missing (this runs on macOS only)" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signatures exactly.
ditto "$app" "$stage/Concord.app"
ln -s /Applications "$stage/Applications"
mkdir -p "$out"
dmg="$out/Concord-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "Concord $version" -srcfolder "$stage" -fs HFS+ -format UDZO -imagekey zlib-level=9 \
  -ov "$dmg" >/dev/null
hdiutil verify "$dmg" >/dev/null
echo "$dmg"
