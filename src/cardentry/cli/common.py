"""What every command shares: the profile folder option, opening the store, output, exit codes.

Exit codes (bundle-format.md), one contract for every command: 0 success; 1 a check
failed or a file was rejected; 2 wrong usage or an unusable profile (missing, locked,
wrong passphrase, read-only); 130 interrupted (Ctrl-C), after saying what was done.

Errors go through ``fail``: the message on stderr (``Error: ...``) and, when the command
was given ``--json``, also a JSON object on stdout, ``{"error": CODE, "message": ...}``
with CODE ``failed`` (exit 1), ``usage`` (exit 2) or a more precise name.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click

from cardentry.base.logs import setup_logging
from cardentry.storage.profile import open_store, resolve_data_dir
from cardentry.storage.store import StorageFailure, Store, StoreError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
ERROR_CODES = {EXIT_FAILED: "failed", EXIT_USAGE: "usage", EXIT_INTERRUPTED: "interrupted"}


class Context:
    """The global options, as ``click`` passes them to each command."""

    def __init__(self, data_dir: str | None):
        self.data_dir: Path = resolve_data_dir(data_dir)


pass_context = click.make_pass_decorator(Context)


def wants_json(args: list[str] | None = None) -> bool:
    """Whether the running command was given ``--json`` (from click's context; ``args``
    when there is none yet, e.g. a usage error while parsing)."""
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if ctx.params.get("as_json"):
            return True
        ctx = ctx.parent
    return args is not None and "--json" in args


def error_json(
    message: str, code: int, error: str | None = None, extra: dict[str, Any] | None = None
) -> None:
    """The JSON object of an error, on stdout (``extra``: the command's own members)."""
    error = error or ERROR_CODES.get(code, "failed")
    print_json({**(extra or {}), "error": error, "exit_code": code, "message": message})


def fail(
    message: str, code: int = EXIT_FAILED, *, error: str | None = None, extra: dict[str, Any] | None = None
) -> NoReturn:
    """Stop the command: the message on stderr (and as one JSON object on stdout with
    ``--json``, holding ``extra`` too)."""
    if wants_json():
        error_json(message, code, error, extra)
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


@contextmanager
def opened_store(ctx: Context) -> Iterator[Store]:
    """The profile's store, or exit 2 with a message saying how to make it usable.

    From then on the command logs to the profile's ``cardentry.log`` (``base.logs``)."""
    try:
        store = open_store(ctx.data_dir)
    except StoreError as error:
        fail(str(error), EXIT_USAGE)
    except OSError as error:  # a profile folder that cannot be read
        fail(f"cannot open the profile in {ctx.data_dir}: {error.strerror or error}", EXIT_USAGE)
    setup_logging(ctx.data_dir)
    try:
        yield store
    except StorageFailure as error:  # the disk refused a write: nothing of it was saved
        fail(str(error), EXIT_USAGE, error="storage")
    finally:
        store.close()


def print_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=None, sort_keys=False))


json_option = click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
