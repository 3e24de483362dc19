"""Refresh resources/i18n/cardentry_{fr,es}.ts from the code (Qt's lupdate over src/cardentry/ui).

Usage::

    python scripts/update_translations.py

New strings arrive as ``type="unfinished"``; strings no longer in the code are dropped
(``--keep-obsolete`` keeps them as ``type="vanished"``). ``cardentry_en.ts`` holds only the
plural forms of English (``%n call(s)`` -> "1 call", "2 calls"): lupdate ``-pluralonly``.
Translate the new ones in Qt Linguist
(``pyside6-linguist resources/i18n/cardentry_fr.ts``) or in a text editor, then run
``tests/test_translations.py``: it fails while anything is unfinished or missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "es")


def sources(root: Path = REPO) -> list[Path]:
    """Every Python file of the UI (the core has no translatable strings: it never imports Qt)."""
    return sorted((root / "src" / "cardentry" / "ui").rglob("*.py"))


def lupdate_command(root: Path = REPO) -> list[str]:
    """Qt's lupdate: ``$CARDENTRY_LUPDATE``, else 6.12's from ``.venv/qt-tools`` (scripts/setup.sh
    puts it there: 6.11's drops plural forms), else the venv's ``pyside6-lupdate``."""
    candidates = (
        os.environ.get("CARDENTRY_LUPDATE"),
        root / ".venv" / "qt-tools" / "PySide6" / "lupdate",
        Path(sys.executable).parent / "pyside6-lupdate",
        shutil.which("pyside6-lupdate"),
    )
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return [str(candidate)]
    raise SystemExit("pyside6-lupdate not found: install PySide6-Essentials")


def update(
    ts_files: list[Path], root: Path = REPO, *, no_obsolete: bool = True, plural_only: bool = False
) -> str:
    """Run lupdate over the UI into ``ts_files``; its report."""
    files = [str(path.relative_to(root)) for path in sources(root)]
    command = [*lupdate_command(root), "-locations", "relative", *files, "-ts", *map(str, ts_files)]
    if no_obsolete:
        command.insert(1, "-no-obsolete")
    if plural_only:
        command.insert(1, "-pluralonly")
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(result.stderr or result.stdout)
    return result.stdout + result.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-obsolete", action="store_true", help="keep strings no longer in the code")
    args = parser.parse_args(argv)
    folder = REPO / "resources" / "i18n"
    folder.mkdir(parents=True, exist_ok=True)
    ts_files = [folder / f"cardentry_{language}.ts" for language in LANGUAGES]
    print(update(ts_files, no_obsolete=not args.keep_obsolete), end="")
    english = folder / "cardentry_en.ts"
    print(update([english], no_obsolete=not args.keep_obsolete, plural_only=True), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
