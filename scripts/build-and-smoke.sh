#!/usr/bin/env bash
# Build the Linux app from this tree (installers/build-linux.sh) and smoke-test the archive
# as shipped: unpack it and run tests/test_frozen.py against the unpacked binary.
# About 2 minutes on 2 cores (longer the first time: the build venv downloads PySide6).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
started=$(date +%s)
archive=$(installers/build-linux.sh | tail -n 1)
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
tar -xJf "$archive" -C "$unpacked"
echo "build-and-smoke: built $archive in $(( $(date +%s) - started )) s"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
CARDENTRY_FROZEN=1 CARDENTRY_FROZEN_APP="$unpacked/cardentry/cardentry" \
    .venv/bin/python -m pytest -m frozen tests/test_frozen.py -q "$@"
