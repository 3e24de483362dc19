"""Compile the app's translations (``resources/i18n/*.ts`` -> ``.qm``) with Qt's lrelease.

No Qt import and no core import: ``scripts/compile_translations.py``, the installer build
and the tests call it, and the app calls ``compiled_folder`` at start (a fresh ``.qm``
costs one ``stat`` per language; compiling all three takes about 50 ms).
The ``.ts`` files are the source of truth (in git); ``.qm`` files are build products:

- in a source checkout (or with ``CARDENTRY_RESOURCES``) they are written beside the
  ``.ts`` files, when missing or older;
- in an installed package (a wheel carries the ``.ts`` files, never ``.qm``: the folder is
  pip's, maybe read-only) they are compiled once into the user's cache,
  ``<cache>/translations/<digest of the .ts files>/``, so an upgrade with other texts
  compiles its own and never loads an older one;
- the frozen app ships them compiled (``installers/``) and calls nothing here.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
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
    import subprocess  # only to compile: a start with fresh translations skips it (issue 18)

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


def digest(folder: Path) -> str:
    """16 hex digits that change whenever a ``.ts`` file in ``folder`` does (name or bytes)."""
    import hashlib  # only to compile, as subprocess above

    hasher = hashlib.sha256()
    for ts in sorted(folder.glob("*.ts")):
        hasher.update(ts.name.encode() + b"\0" + ts.read_bytes() + b"\0")
    return hasher.hexdigest()[:16]


def cache_root() -> Path:
    """The user's cache folder for cardentry (``~/.cache/cardentry`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("cardentry", appauthor=False))


def compile_into_cache(folder: Path, cache: Path) -> Path:
    """The ``.qm`` of every ``.ts`` in ``folder``, compiled once into ``cache/translations/<digest>``.

    Compiled into a temporary folder first and renamed, so two apps starting at once never
    read a half-written file; older digests' folders are removed (best effort).
    """
    translations = cache / "translations"
    target = translations / digest(folder)
    expected = [target / ts.with_suffix(".qm").name for ts in sorted(folder.glob("*.ts"))]
    if all(qm.is_file() for qm in expected):
        return target
    translations.mkdir(parents=True, exist_ok=True)
    work = translations / f".{target.name}-{os.getpid()}.partial"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        for ts in sorted(folder.glob("*.ts")):
            shutil.copyfile(ts, work / ts.name)
        compile_all(work, force=True)
        for ts in work.glob("*.ts"):
            ts.unlink()
        try:
            work.rename(target)
        except OSError:
            if not all(qm.is_file() for qm in expected):  # not another start that got there first
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for older in translations.iterdir():
        if older != target and not older.name.startswith("."):
            shutil.rmtree(older, ignore_errors=True)
    return target


def compiled_folder(folder: Path, *, cache: Path | None = None) -> tuple[Path, str | None]:
    """The folder to load ``cardentry_<lang>.qm`` from, and a problem as text (never raises).

    ``cache`` None: compile in place what is stale (a source checkout). Otherwise (an
    installed package) use ``.qm`` files beside the ``.ts`` only when all are there and
    fresh, else compile into ``cache``. On a problem, ``folder`` is returned: the app then
    runs in English.
    """
    if cache is None:
        return folder, ensure_compiled(folder)
    if not any(stale(ts) for ts in folder.glob("*.ts")):
        return folder, None
    try:
        return compile_into_cache(folder, cache), None
    except (OSError, RuntimeError) as error:
        return folder, str(error)


def ensure_compiled(folder: Path) -> str | None:
    """At start in a source checkout: compile what is stale; a problem as text (never raises)."""
    try:
        compile_all(folder)
    except (OSError, RuntimeError) as error:
        return str(error)
    return None
