#!/usr/bin/env bash
# Set up (first time only) and open the app on the demo profile: one partly filled card
# (Thailand, 2012) in its own folder, never your own profile. Demo passphrase: "demo passphrase".
set -euo pipefail
cd "$(dirname "$0")/.."
# On Debian/Ubuntu: stop early, naming what to apt-get, rather than with Qt's plugin error.
# The xcb libraries only when Qt will draw through X11 (not offscreen, not on Wayland).
groups=(qt)
if [ "${QT_QPA_PLATFORM:-xcb}" = xcb ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    groups+=(display)
fi
./scripts/check-system-packages.sh "${groups[@]}"
./scripts/setup.sh
exec .venv/bin/cardentry demo "$@"
