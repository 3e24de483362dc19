#!/usr/bin/env bash
# Are the Debian/Ubuntu packages Qt needs installed? (the list: scripts/qt-system-packages.txt)
#
#     scripts/check-system-packages.sh GROUP...          # qt, display, fonts, ci
#     scripts/check-system-packages.sh --list GROUP...   # print the groups' packages
#
# When one is missing, prints one line naming them and the apt-get command that installs
# them, and exits 1: better than Qt's "could not load the Qt platform plugin" later.
# Where dpkg does not exist (not Debian/Ubuntu, macOS, Windows), checks nothing; nor with
# CARDENTRY_SKIP_SYSTEM_CHECK=1 (libraries installed some other way).
# CARDENTRY_SYSTEM_PACKAGES names another list (tests).
set -euo pipefail
list=${CARDENTRY_SYSTEM_PACKAGES:-$(dirname "$0")/qt-system-packages.txt}
print_only=0
if [ "${1:-}" = "--list" ]; then
    print_only=1
    shift
fi
[ $# -gt 0 ] || set -- qt

packages=()
while read -r package group _; do
    case "$package" in "" | "#"*) continue ;; esac
    for wanted in "$@"; do
        [ "$group" = "$wanted" ] && packages+=("$package")
    done
done <"$list"

if [ "$print_only" = 1 ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi
[ "${CARDENTRY_SKIP_SYSTEM_CHECK:-}" != 1 ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0

installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for package in "${packages[@]}"; do
    grep -qx "$package installed" <<<"$installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo "
    echo "cardentry: Qt needs system libraries that are missing (${missing[*]}): install them with:" \
        "${sudo}apt-get install ${missing[*]}" >&2
    exit 1
fi
