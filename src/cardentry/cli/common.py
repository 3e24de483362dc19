"""What every command shares: the profile folder option, opening the store, output, exit codes.

Exit codes (bundle-format.md): 0 success; 1 a check failed or a file was rejected;
2 wrong usage or an unusable profile (missing, locked, wrong passphrase).
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
from cardentry.storage.store import Store, StoreError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class Context:
    """The global options, as ``click`` passes them to each command."""

    def __init__(self, data_dir: str | None):
        self.data_dir: Path = resolve_data_dir(data_dir)


pass_context = click.make_pass_decorator(Context)


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
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
    setup_logging(ctx.data_dir)
    try:
        yield store
    finally:
        store.close()


def print_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=None, sort_keys=False))


json_option = click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
