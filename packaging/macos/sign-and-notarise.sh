#!/usr/bin/env bash
# sign-and-notarise.sh app APP             sign Concord.app inside-out (hardened runtime)
# sign-and-notarise.sh dmg DMG             sign the disk image, notarise it, staple the ticket
#
# Needs, in the environment:
#   MACOS_SIGNING_IDENTITY   "Developer ID Application: <Organisation> (<TEAMID>)", in a keychain
#                            this session can use (the workflow imports it from a secret)
#   for notarisation, either MACOS_NOTARY_PROFILE (a profile saved with
#   `xcrun notarytool store-credentials`) or MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID and
#   MACOS_NOTARY_PASSWORD (an app-specific password).
# Order: sign app -> make-dmg.sh -> sign dmg (this also notarises and staples).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
what=${1:?app or dmg}; target=${2:?path}
: "${MACOS_SIGNING_IDENTITY:?set MACOS_SIGNING_IDENTITY to the Developer ID Application identity}"
entitlements="$here/entitlements.plist"

sign() {
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$MACOS_SIGNING_IDENTITY" "$@"
}

case $what in
  app)
    # Inside-out: every Mach-O file (libraries, extension modules, Qt plugins and frameworks'
    # binaries), then the frameworks, then the programs, then the bundle itself. codesign --deep
    # is not used: Apple advises against it for signing.
    find "$target/Contents" -type f ! -path "*/Contents/MacOS/*" -print0 |
      while IFS= read -r -d '' f; do
        if file -b "$f" | grep -q '^Mach-O'; then
          codesign --force --timestamp --options runtime --sign "$MACOS_SIGNING_IDENTITY" "$f"
        fi
      done
    find "$target/Contents" -type d -name '*.framework' -print0 |
      while IFS= read -r -d '' f; do
        codesign --force --timestamp --options runtime --sign "$MACOS_SIGNING_IDENTITY" "$f"
      done
    sign "$target/Contents/MacOS/concord"
    sign "$target/Contents/MacOS/concord-desktop"
    sign "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    ;;
  dmg)
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$target"
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
      xcrun notarytool submit "$target" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    else
      xcrun notarytool submit "$target" --apple-id "${MACOS_NOTARY_APPLE_ID:?}" \
        --team-id "${MACOS_NOTARY_TEAM_ID:?}" --password "${MACOS_NOTARY_PASSWORD:?}" --wait
    fi
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$target"
    ;;
  *) echo "sign-and-notarise: say 'app' or 'dmg'" >&2; exit 2 ;;
esac
