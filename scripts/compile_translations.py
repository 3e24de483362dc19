"""Compile resources/i18n/*.ts into .qm files (Qt's lrelease), as builds and tests need.

Usage::

    python scripts/compile_translations.py          # only what is missing or older than its .ts
    python scripts/compile_translations.py --force  # everything

The app does the same at start in a source checkout, so this is for builds (the installer
scripts call it before PyInstaller) and for checking that every .ts compiles.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from cardentry.ui.common.qm import compile_all  # noqa: E402  (Qt-free: runs without a display)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="compile every .ts, fresh or not")
    parser.add_argument("--folder", type=Path, default=REPO / "resources" / "i18n")
    args = parser.parse_args(argv)
    for path in compile_all(args.folder, force=args.force):
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
