#!/usr/bin/env bash
# Create .venv (if missing) and install cardentry with everything its tests and benchmarks need.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
stamp=.venv/.cardentry-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[dev]'
    touch "$stamp"
fi
# Qt's lupdate from PySide6 6.11 (the runtime's, kept below 6.12 for a crash in 6.12.0 on
# Python 3.11) drops plural forms and misses %n messages; the translation tools
# (scripts/update_translations.py, tests/test_translations.py) use 6.12.0's binary from
# here. Only the lupdate binary and its Qt libraries are used; nothing imports it.
QT_TOOLS=.venv/qt-tools
if [ ! -x "$QT_TOOLS/PySide6/lupdate" ]; then
    .venv/bin/python -m pip install --quiet --no-deps --target "$QT_TOOLS" "PySide6-Essentials==6.12.0"
fi
