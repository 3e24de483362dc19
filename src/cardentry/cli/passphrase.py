"""Reading the key passphrase: ``--passphrase-file``, then ``CARDENTRY_PASSPHRASE``, then a prompt.

A new passphrase is asked twice at the prompt, and one shorter than
``keys.MIN_PASSPHRASE_LENGTH`` is refused (exit 2) before anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from cardentry.cli.common import EXIT_USAGE, fail
from cardentry.storage import keys

PASSPHRASE_VARIABLE = "CARDENTRY_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "CARDENTRY_NEW_PASSPHRASE"

BACKUP_REMINDER = (
    "Keep a backup of your signing key: 'cardentry key backup --out FILE' onto a USB stick kept "
    "apart from this laptop. If the key is lost the secretariat must register you again."
)


def passphrase_file_option(name: str = "--passphrase-file", help: str | None = None) -> Callable[[Any], Any]:
    return click.option(
        name,
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
        default=None,
        help=help or f"Read the passphrase from this file (else ${PASSPHRASE_VARIABLE}, else a prompt).",
    )


def _from_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        fail(f"cannot read the passphrase file {path}: {error}", EXIT_USAGE)
    # one trailing line break is the file's, not the passphrase's
    return text.removesuffix("\n").removesuffix("\r")


def read_passphrase(
    passphrase_file: Path | None,
    *,
    new: bool = False,
    variable: str = PASSPHRASE_VARIABLE,
    prompt: str = "Passphrase of your signing key",
) -> str:
    """The passphrase from the file, else the environment variable, else a hidden prompt."""
    if passphrase_file is not None:
        passphrase = _from_file(passphrase_file)
    elif os.environ.get(variable):
        passphrase = os.environ[variable]
    else:
        passphrase = click.prompt(prompt, hide_input=True, confirmation_prompt=new, err=True)
    if new:
        try:
            keys.check_new_passphrase(passphrase)
        except keys.PassphraseTooShort as error:
            fail(f"{error} Nothing was written.", EXIT_USAGE)
    return passphrase
