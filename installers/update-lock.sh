#!/usr/bin/env bash
# Regenerate installers/requirements-lock.txt after a dependency changed in pyproject.toml:
# exact versions with hashes, for Windows, macOS and Linux at once, for CPython 3.11.
# Needs uv (`pip install uv`); the builds themselves use plain pip.
set -euo pipefail
cd "$(dirname "$0")/.."
UV=${UV:-uv}
lock=installers/requirements-lock.txt
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$UV" pip compile pyproject.toml installers/lock-build-tools.in --extra build \
    --universal --python-version 3.11 --generate-hashes --no-header --quiet -o "$tmp"
{
    cat <<'HEADER'
# Exact versions (with hashes) of everything that goes into a release build of cardentry:
# the app's dependencies (pyproject.toml), the `build` extra (PyInstaller) and the tools
# that build the cardentry wheel itself. One lock for Windows, macOS and Linux
# (environment markers), for CPython 3.11. The build scripts install it with
#     pip install --require-hashes --no-deps -r installers/requirements-lock.txt
# Made by installers/update-lock.sh (uv pip compile --universal --generate-hashes): run it
# after changing a dependency in pyproject.toml, then rebuild and run the smoke test.
# Development tools (pytest, hypothesis, ruff) are not here, so no build can contain them.
HEADER
    cat "$tmp"
} > "$lock"
echo "wrote $lock"
