#!/usr/bin/env bash
# Set up (first time only) and open the app on the demo profile: one partly filled card
# (Thailand, 2012) in its own folder, never your own profile. Demo passphrase: "demo passphrase".
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/cardentry demo "$@"
