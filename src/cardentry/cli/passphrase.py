"""Reading the key passphrase: ``--passphrase-file``, then ``CARDENTRY_PASSPHRASE``, then a prompt.

A new passphrase is asked twice at the prompt, and one shorter than
``keys.MIN_PASSPHRASE_LENGTH`` is refused (exit 2) before anything is written. With no
passphrase given and no terminal to ask on (a script, a pipe), the command stops with
exit 2 saying how to give one, never a prompt into the void or a getpass warning.
"""

from __future__ import annotations

import os
import sys
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


NO_PASSPHRASE = (
    "no passphrase was given and there is no terminal to ask for it: set {variable} or give "
    "--passphrase-file FILE"
)


def _prompt(prompt: str, *, new: bool, variable: str) -> str:
    """The hidden prompt on a terminal; without one, a line of stdin (a passphrase piped
    in, read without getpass's "may be echoed" warning), or exit 2 when there is none."""
    if sys.stdin is not None and sys.stdin.isatty():
        return str(click.prompt(prompt, hide_input=True, confirmation_prompt=new, err=True))
    answers = []
    for question in (prompt, "Repeat for confirmation")[: 2 if new else 1]:
        click.echo(f"{question}: ", nl=False, err=True)
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line.strip("\r\n"):
            click.echo("", err=True)
            fail(NO_PASSPHRASE.format(variable=variable), EXIT_USAGE, error="no_passphrase")
        answers.append(line.rstrip("\r\n"))
    click.echo("", err=True)
    if len(set(answers)) > 1:
        fail("the two passphrases differ; nothing was written", EXIT_USAGE)
    return answers[0]


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
        passphrase = _prompt(prompt, new=new, variable=variable)
    if new:
        try:
            keys.check_new_passphrase(passphrase)
        except keys.PassphraseTooShort as error:
            fail(f"{error} Nothing was written.", EXIT_USAGE)
    return passphrase
