#!/usr/bin/env bash
# Build the Linux app from a clean clone, in one command:
#
#     installers/build-linux.sh
#
# 1. a venv (build/installer/venv) with exactly the versions of installers/requirements-lock.txt
#    (hashes checked; remade only when the lock changes), plus cardentry from this tree;
# 2. the app's translations compiled (resources/i18n/*.ts -> .qm), if there are any;
# 3. PyInstaller onedir (installers/cardentry.spec) -> build/installer/dist/cardentry/;
# 4. a reproducible archive dist/cardentry-VERSION-linux-ARCH.tar.xz (sorted names,
#    fixed owner, times of the last commit).
#
# Prints the archive's path on the last line. Needs Python 3.11+ (3.11 is what the lock
# was made for), xz, and the system libraries of .ci/run. PYTHON=... picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
PYTHON=${PYTHON:-python3}
build=build/installer
venv=$build/venv
lock=installers/requirements-lock.txt

started=$(date +%s)
lock_sum=$(sha256sum "$lock" | cut -d' ' -f1)
if [ ! -f "$venv/.lock-sha256" ] || [ "$(cat "$venv/.lock-sha256")" != "$lock_sum" ]; then
    echo "build-linux: making $venv from $lock"
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --require-hashes --no-deps -r "$lock"
    echo "$lock_sum" > "$venv/.lock-sha256"
fi
# cardentry itself, from this tree (not editable, no network: its build tools are locked).
"$venv/bin/python" -m pip install --quiet --no-deps --no-build-isolation --no-index --force-reinstall .
rm -rf build/lib build/bdist.* src/cardentry.egg-info 2>/dev/null || true

shopt -s nullglob
ts_files=(resources/i18n/*.ts)
if [ ${#ts_files[@]} -gt 0 ]; then
    "$venv/bin/pyside6-lrelease" "${ts_files[@]}"
fi

# Reproducible: byte-code and archive times come from the last commit.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH
export PYTHONHASHSEED=0

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$build/dist" --workpath "$build/work" installers/cardentry.spec
app_dir=$build/dist/cardentry

version=$("$app_dir/cardentry" --version | awk '{print $2}')
archive=dist/cardentry-$version-linux-$(uname -m).tar.xz
mkdir -p dist
tar --create --directory "$build/dist" --sort=name --mtime="@$SOURCE_DATE_EPOCH" \
    --owner=0 --group=0 --numeric-owner --format=gnu cardentry |
    xz -9 --threads=2 > "$archive.partial"
mv "$archive.partial" "$archive"

echo "build-linux: onedir $(du -sm "$app_dir" | cut -f1) MB, archive $(du -m "$archive" | cut -f1) MB," \
    "$(( $(date +%s) - started )) s"
echo "$repo/$archive"
