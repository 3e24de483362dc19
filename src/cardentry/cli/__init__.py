"""The ``cardentry`` command line: the same operations as the GUI, for scripts and tests.

Commands live in one module per subject (profile, assessment, ...); the ``main`` group
below names them in ``LAZY_COMMANDS`` and imports a module only when one of its commands
is run, listed in ``--help`` or looked up (``main.commands[name]``), so that ``cardentry gui``
does not pay for the others at start-up (issue 18). Running ``cardentry`` with no command
opens the desktop app.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator, MutableMapping, Sequence
from pathlib import Path
from typing import Any

import click

from cardentry import __version__
from cardentry.base.catalogue import CatalogueError, default_catalogue
from cardentry.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    Context,
    error_json,
    fail,
    wants_json,
)


class _Main(click.Group):
    """``cardentry FILE.cpc.json`` (a double-click, "Open with") means ``cardentry open FILE``.

    Also keeps the exit-code contract (``cli.common``) for what click handles itself: a
    usage error is exit 2 (as JSON too with ``--json``), Ctrl-C is exit 130.
    """

    def main(self, args: Sequence[str] | None = None, *posargs: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        arguments = list(sys.argv[1:] if args is None else args)
        kwargs["standalone_mode"] = False
        try:
            result = super().main(arguments, *posargs, **kwargs)
        except click.ClickException as error:
            if wants_json(arguments):
                error_json(error.format_message(), error.exit_code, "usage" if error.exit_code == 2 else None)
            error.show()
            sys.exit(error.exit_code)
        except click.Abort as error:
            interrupted = isinstance(error.__cause__, KeyboardInterrupt)
            message = "interrupted" if interrupted else "aborted (no answer)"
            code = EXIT_INTERRUPTED if interrupted else EXIT_FAILED
            if wants_json(arguments):
                error_json(message, code)
            click.echo(f"Error: {message}", err=True)
            sys.exit(code)
        sys.exit(result if type(result) is int else 0)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        position = 0
        while position < len(args) and args[position].startswith("-"):
            position += 2 if args[position] == "--data-dir" else 1
        if position < len(args) and args[position] not in self.commands and _is_card_file(args[position]):
            args = [*args[:position], "open", *args[position:]]
        return super().parse_args(ctx, args)


def _is_card_file(argument: str) -> bool:
    return argument.lower().endswith(".json") and Path(argument).is_file()


@click.group(cls=_Main, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cardentry", message="%(prog)s %(version)s")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Profile folder (default: $CARDENTRY_DATA_DIR, else the user data folder).",
)
@click.pass_context
def main(click_ctx: click.Context, data_dir: str | None) -> None:
    """Country progress cards: fill, sign, import, merge and publish."""
    try:
        default_catalogue()  # a broken catalogue stops every command, naming file and field
    except CatalogueError as error:
        fail(f"cannot start, the indicator catalogue is broken:\n{error}", EXIT_USAGE)
    click_ctx.obj = Context(data_dir)
    if click_ctx.invoked_subcommand is None:
        click_ctx.invoke(gui)


@main.command()
@click.pass_obj
def gui(ctx: Context) -> None:
    """Open the desktop app on the profile."""
    from cardentry.ui.launcher import run

    raise SystemExit(run(ctx.data_dir))


@main.command("open")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.pass_obj
def open_(ctx: Context, paths: tuple[str, ...]) -> None:
    """Open the desktop app with files: bundles and key files (what "Open with" runs).

    A secretariat imports the bundles and checks key files; a partner sees whether a
    bundle is intact and who signed it.
    """
    from cardentry.ui.launcher import run

    raise SystemExit(run(ctx.data_dir, open_paths=list(paths)))


@main.command()
@click.option("--reset", is_flag=True, help="Start the demo again from scratch.")
def demo(reset: bool) -> None:
    """Open the desktop app on a demo profile with a partly filled card (never your own)."""
    from cardentry.partner.demo import ensure_demo_profile
    from cardentry.ui.launcher import run

    root = ensure_demo_profile(reset=reset)
    raise SystemExit(run(root, demo=True))


# command name -> (module, attribute): ``group`` is a click group, ``commands`` a list of
# commands of which the one with that name. tests/cli/test_lazy_commands.py checks that
# this is exactly what the modules define.
LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "profile": ("cardentry.cli.profile", "group"),
    "assessment": ("cardentry.cli.assessment", "group"),
    "key": ("cardentry.cli.keys", "group"),
    "network": ("cardentry.cli.network", "group"),
    "trust": ("cardentry.cli.trust", "group"),
    "feedback": ("cardentry.cli.feedback", "group"),
    "revisions": ("cardentry.cli.revisions", "group"),
    "report": ("cardentry.cli.report", "group"),
    "export": ("cardentry.cli.bundles", "commands"),
    "exports": ("cardentry.cli.bundles", "commands"),
    "verify": ("cardentry.cli.bundles", "commands"),
    "import": ("cardentry.cli.importing", "commands"),
    "resolve": ("cardentry.cli.resolve", "commands"),
    "conflicts": ("cardentry.cli.resolve", "commands"),
}


def _load_command(name: str) -> click.Command:
    module_name, attribute = LAZY_COMMANDS[name]
    found = getattr(importlib.import_module(module_name), attribute)
    if attribute == "group":
        return found
    return next(command for command in found if command.name == name)


class _LazyCommands(MutableMapping[str, click.Command]):
    """``main.commands``: every name known at once, a command's module imported on first use."""

    def __init__(self, loaded: MutableMapping[str, click.Command], lazy: dict[str, tuple[str, str]]):
        self._loaded = dict(loaded)
        self._lazy = dict(lazy)

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded:
            if name not in self._lazy:
                raise KeyError(name)
            self._loaded[name] = _load_command(name)
        return self._loaded[name]

    def __contains__(self, name: object) -> bool:
        return name in self._loaded or name in self._lazy

    def __iter__(self) -> Iterator[str]:
        yield from self._loaded
        yield from (name for name in self._lazy if name not in self._loaded)

    def __len__(self) -> int:
        return len(self._loaded.keys() | self._lazy.keys())

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self._loaded.pop(name, None)
        self._lazy.pop(name, None)


main.commands = _LazyCommands(main.commands, LAZY_COMMANDS)
