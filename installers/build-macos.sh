#!/usr/bin/env bash
# Build the macOS app bundle and its disk image (run on a Mac, e.g. the release workflow):
#
#     installers/build-macos.sh
#
# 1. a venv (build/installer/venv) with exactly installers/requirements-lock.txt (hashes checked);
# 2. PyInstaller (installers/cardentry.spec) -> build/installer/dist/cardentry.app, for the
#    architecture of the Python that runs it (arm64 on Apple silicon, x86_64 on Intel),
#    ad-hoc signed by PyInstaller; *.cpc.json files open with it (CFBundleDocumentTypes);
# 3. installers/macos/make-dmg.sh -> dist/cardentry-VERSION-macos-ARCH.dmg.
#
# No administrator rights are needed to install: the disk image offers the app to drag
# into Applications, and it runs as well from ~/Applications or any folder the user owns.
# The profile lives in ~/Library/Application Support/cardentry, never inside the app.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
build=build/installer
venv=$build/venv
lock=installers/requirements-lock.txt

lock_sum=$(shasum -a 256 "$lock" | cut -d' ' -f1)
if [ ! -f "$venv/.lock-sha256" ] || [ "$(cat "$venv/.lock-sha256")" != "$lock_sum" ]; then
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --require-hashes --no-deps -r "$lock"
    echo "$lock_sum" > "$venv/.lock-sha256"
fi
"$venv/bin/python" -m pip install --quiet --no-deps --no-build-isolation --no-index --force-reinstall .

shopt -s nullglob
ts_files=(resources/i18n/*.ts)
if [ ${#ts_files[@]} -gt 0 ]; then
    "$venv/bin/pyside6-lrelease" "${ts_files[@]}"
fi

SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$build/dist" --workpath "$build/work" installers/cardentry.spec

app=$build/dist/cardentry.app
version=$("$app/Contents/MacOS/cardentry" --version | awk '{print $2}')
dmg=dist/cardentry-$version-macos-$(uname -m).dmg
mkdir -p dist
installers/macos/make-dmg.sh "$app" "$dmg"
echo "build-macos: $(du -sm "$app" | cut -f1) MB app, $(du -m "$dmg" | cut -f1) MB disk image"
echo "$(pwd)/$dmg"
