"""The ``cardentry`` command's quick way to the desktop app (the frozen app and ``python -m
cardentry`` start here).

``cardentry``, ``cardentry gui``, ``cardentry --data-dir D`` and ``cardentry --data-dir D
gui`` (``--data-dir=D`` too) open the app without loading the command line: click and the
command registry cost ~15 ms, a tenth of the time to the first window (issue 18). This does
what ``cardentry.cli.main`` does for those arguments: the catalogue is checked first, the
profile folder is ``--data-dir``, else ``$CARDENTRY_DATA_DIR``, else the user data folder,
and the process exits with the app's code (Ctrl-C: ``Error: interrupted``, exit 130).
Everything else, including a broken catalogue (whose message the command line words) and
a ``--data-dir`` that click would refuse, goes to ``cardentry.cli.main`` unchanged.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

EXIT_INTERRUPTED = 130  # cardentry.cli.common.EXIT_INTERRUPTED


def app_arguments(args: Sequence[str]) -> tuple[bool, str | None]:
    """``(True, the --data-dir value or None)`` when ``args`` only open the desktop app in a
    way the quick path does exactly as the command line would; ``(False, None)`` otherwise."""
    rest = list(args)
    if rest[-1:] == ["gui"]:
        rest.pop()
    if not rest:
        return True, None
    if len(rest) == 1 and rest[0].startswith("--data-dir="):
        value = rest[0].removeprefix("--data-dir=")
    elif len(rest) == 2 and rest[0] == "--data-dir":
        value = rest[1]
    else:
        return False, None
    if value.startswith("-") or os.path.isfile(value):
        return False, None  # click's own reading (an option?) or message ("... is a file.")
    return True, value


def main(args: Sequence[str] | None = None, prog_name: str = "cardentry") -> None:
    """Run ``cardentry`` with ``args`` (default: the process's arguments); exits."""
    args = list(sys.argv[1:] if args is None else args)
    quick, data_dir = app_arguments(args)
    if quick:
        from cardentry.base.catalogue import CatalogueError, default_catalogue

        try:
            default_catalogue()
        except CatalogueError:
            quick = False  # the command line refuses it, with its message and exit code
    if not quick:
        from cardentry.cli import main as command_line

        command_line(args=args, prog_name=prog_name)
        return
    from cardentry.storage.profile import resolve_data_dir, start_integrity_check

    root = resolve_data_dir(data_dir)
    integrity = start_integrity_check(root)  # reads the database while Qt loads (issue 18)
    from cardentry.ui.launcher import run

    try:
        code = run(root, integrity=integrity)
    except KeyboardInterrupt:
        print("\nError: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(code)
