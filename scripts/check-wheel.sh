#!/usr/bin/env bash
# Prove that cardentry works as a package, not only from this checkout (about 30 s):
#
#  1. build the wheel and the sdist (python -m build) and check them (twine check; every
#     classifier is one PyPI knows);
#  2. the wheel carries the catalogue, the demo card, the country names and the
#     translations, and no compiled .qm nor pending translation files;
#  3. install the wheel into a fresh venv and, from a temporary folder outside the
#     checkout (nothing of the checkout on any path), run a partner's round trip:
#     profile init, assessment new, fill, export, verify;
#  4. open the app offscreen on that profile, in French (translations compiled into the
#     user's cache on first use), and see its window.
#
# The build tools live in their own venv (build/check-wheel/tools); pip may fetch
# packages from the index. Called by .ci/run after the tests. PYTHON=... picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
PYTHON=${PYTHON:-python3}
started=$(date +%s)
tools=build/check-wheel/tools

say() { echo "check-wheel: $*"; }
fail() {
    echo "check-wheel: FAILED: $*" >&2
    exit 1
}

if [ ! -x "$tools/bin/python" ]; then
    "$PYTHON" -m venv "$tools"
fi
"$tools/bin/python" -m pip install --quiet --disable-pip-version-check build twine trove-classifiers

work=$(mktemp -d "${TMPDIR:-/tmp}/cardentry-check-wheel.XXXXXX")
trap 'rm -rf "$work"' EXIT
case "$work" in "$repo"/*) fail "the temporary folder $work is inside the checkout" ;; esac

# 1. build and check
"$tools/bin/python" -m build --outdir "$work/dist" . >"$work/build.log" 2>&1 || {
    cat "$work/build.log"
    fail "python -m build"
}
rm -rf build/lib build/bdist.* src/cardentry.egg-info 2>/dev/null || true
wheel=$(ls "$work"/dist/cardentry-*.whl)
sdist=$(ls "$work"/dist/cardentry-*.tar.gz)
"$tools/bin/twine" check --strict "$wheel" "$sdist"
"$tools/bin/python" - "$wheel" "$sdist" <<'EOF'
"""The wheel and sdist carry what an installed cardentry reads; the classifiers are PyPI's."""
import re
import sys
import tarfile
import zipfile
from email.parser import Parser

from trove_classifiers import classifiers as known

wheel, sdist = sys.argv[1:]
with zipfile.ZipFile(wheel) as archive:
    names = set(archive.namelist())
    metadata = Parser().parsestr(
        archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    )
    entry_points = archive.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
needed = {
    "cardentry/resources/catalogue/ecpat-cpc-v1.json",
    "cardentry/resources/demo/THA-2012.json",
    "cardentry/resources/i18n/countries.json",
    "cardentry/resources/i18n/cardentry_en.ts",
    "cardentry/resources/i18n/cardentry_fr.ts",
    "cardentry/resources/i18n/cardentry_es.ts",
}
problems = [f"wheel lacks {name}" for name in sorted(needed - names)]
problems += [f"wheel carries {name}" for name in sorted(names) if name.endswith(".qm") or "/pending/" in name]
problems += [f"unknown classifier {c!r}" for c in metadata.get_all("Classifier") or [] if c not in known]
source_version = re.search(r'__version__ = "([^"]+)"', open("src/cardentry/__init__.py").read()).group(1)
if metadata["Version"] != source_version:
    problems.append(f"wheel version {metadata['Version']} is not {source_version} (src/cardentry/__init__.py)")
if "[gui_scripts]" not in entry_points or "cardentry-app" not in entry_points:
    problems.append("no cardentry-app gui script")
with tarfile.open(sdist) as archive:
    inside = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
for name in ("setup.py", "resources/catalogue/ecpat-cpc-v1.json", "tests/vectors/bundle-v1/expected.json",
             "docs/formats/bundle-format.md"):
    if name not in inside:
        problems.append(f"sdist lacks {name}")
if problems:
    sys.exit("check-wheel: FAILED:\n  " + "\n  ".join(problems))
print(f"check-wheel: {wheel.rsplit('/', 1)[-1]}: {len(names)} files, resources and translations in it")
EOF

# 2. install into a fresh venv
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"
bin=$work/venv/bin

# 3. the partner's round trip, from a folder outside the checkout, with a clean environment
trip=$work/trip
mkdir -p "$trip"
cp resources/demo/THA-2012.json "$trip/answers.json"
cp installers/cardentry_main.py "$trip/smoke_main.py"
cd "$trip"
run() {
    env -i PATH="$bin:/usr/bin:/bin" HOME="$trip/home" XDG_CACHE_HOME="$trip/cache" \
        XDG_DATA_HOME="$trip/data" XDG_CONFIG_HOME="$trip/config" LANG=C.UTF-8 \
        CARDENTRY_PASSPHRASE="check-wheel passphrase, not secret" QT_QPA_PLATFORM=offscreen "$@"
}
where=$(run "$bin/python" -c "import cardentry, cardentry.base.resources as r; print(cardentry.__file__, r.resources_dir())")
case "$where" in *"$repo"*) fail "the installed cardentry reads the checkout: $where" ;; esac
version=$(run "$bin/cardentry" --version)
[ "$version" = "cardentry $(run "$bin/python" -c 'import cardentry; print(cardentry.__version__)')" ] ||
    fail "cardentry --version says '$version'"
run "$bin/cardentry" --data-dir D profile init --org "Check Wheel NGO" --role partner >/dev/null 2>&1 ||
    fail "profile init"
id=$(run "$bin/cardentry" --data-dir D assessment new --country THA --cycle 2012 --json 2>/dev/null |
    "$bin/python" -c "import json, sys; print(json.load(sys.stdin)['assessment_id'])")
run "$bin/cardentry" --data-dir D assessment fill "$id" --from answers.json >/dev/null || fail "assessment fill"
run "$bin/cardentry" --data-dir D export "$id" --out out --json >export.json 2>/dev/null || fail "export"
bundle=$("$bin/python" -c "import json; print(json.load(open('export.json'))['path'])")
run "$bin/cardentry" --data-dir D verify "$bundle" >/dev/null || fail "verify $bundle"
say "round trip from $trip: profile init, assessment new, fill, export, verify $(basename "$bundle")"

# 4. the app, offscreen, in French and in English: the French window title differs
shown() {
    run env CARDENTRY_QUIT_AFTER_SHOWN=1 CARDENTRY_QUIT_TIMEOUT=60 CARDENTRY_LANGUAGE="$1" \
        "$bin/python" smoke_main.py --data-dir D 2>&1 | grep '^cardentry-smoke: shown' || true
}
french=$(shown fr)
english=$(shown en)
[ -n "$english" ] || fail "the app showed no window"
[ -n "$french" ] && [ "$french" != "$english" ] || fail "no French window: '$french' (English: '$english')"
ls "$trip"/cache/cardentry/translations/*/cardentry_fr.qm >/dev/null 2>&1 ||
    fail "translations were not compiled into the user's cache"
say "app opened offscreen: $english / $french"
say "ok in $(($(date +%s) - started)) s"
