#!/usr/bin/env bash
# Pack an .app into a compressed, read-only disk image with an Applications link:
#
#     installers/macos/make-dmg.sh build/installer/dist/cardentry.app dist/cardentry-VERSION-macos-ARCH.dmg
#
# ULMO (LZMA, readable on macOS 10.15+) is the smallest of hdiutil's formats; the app
# needs macOS 14 anyway (PySide6 6.12). HFS+ so that every supported macOS mounts it.
set -euo pipefail
app=$1
dmg=$2
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname cardentry -srcfolder "$staging" -fs HFS+ -format ULMO -ov "$dmg"
hdiutil verify "$dmg"
