"""Compile the app's translations (``resources/i18n/*.ts`` -> ``.qm``) with Qt's lrelease.

No Qt import and no core import: ``scripts/compile_translations.py``, the installer build
and the tests call it, and the app calls ``ensure_compiled`` at start in a source checkout
(a fresh ``.qm`` costs one ``stat`` per language; compiling both takes about 50 ms).
The ``.ts`` files are the source of truth (in git); ``.qm`` files are build products.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from cardentry.base.errors import CardentryError


class LreleaseMissing(CardentryError, RuntimeError):
    """Qt's lrelease is not installed (PySide6-Essentials ships it)."""


def find_lrelease() -> list[str]:
    """The command that runs lrelease: PySide6's own binary first (no Python start-up)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for name in ("lrelease", "lrelease.exe"):
            candidate = folder / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease"):
        beside = Path(sys.executable).parent / name
        if beside.is_file():
            return [str(beside)]
        found = shutil.which(name)
        if found:
            return [found]
    raise LreleaseMissing("lrelease not found: install PySide6-Essentials (pyside6-lrelease)")


def stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    try:
        return qm.stat().st_mtime < ts.stat().st_mtime
    except FileNotFoundError:
        return True


def compile_all(folder: Path, *, force: bool = False) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` whose ``.qm`` is missing or older; the ``.qm`` written."""
    sources = sorted(folder.glob("*.ts"))
    todo = [ts for ts in sources if force or stale(ts)]
    if not todo:
        return []
    command = find_lrelease()
    for ts in todo:
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"lrelease failed on {ts}: {result.stderr.strip() or result.stdout.strip()}")
    return [ts.with_suffix(".qm") for ts in todo]


def ensure_compiled(folder: Path) -> str | None:
    """At start in a source checkout: compile what is stale; a problem as text (never raises)."""
    try:
        compile_all(folder)
    except (OSError, RuntimeError) as error:
        return str(error)
    return None
