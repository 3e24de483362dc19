#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite; Qt runs offscreen, no display needed.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/check-system-packages.sh qt  # on Debian/Ubuntu: stop early, naming what to apt-get
./scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec .venv/bin/python -m pytest "$@"
