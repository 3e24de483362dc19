"""The command line imports a command's module only when that command is used (issue 18).

``cardentry gui`` must not pay at start-up for every other command; ``cardentry --help``
still lists them all with their help, and the lazy table names exactly the commands the
modules of ``cardentry.cli`` define.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import click

import cardentry.cli
from cardentry.cli import LAZY_COMMANDS, main


def defined_commands() -> dict[str, str]:
    """Every command the modules of ``cardentry.cli`` offer: name -> module."""
    found = {}
    for info in pkgutil.iter_modules(cardentry.cli.__path__):
        module = importlib.import_module(f"cardentry.cli.{info.name}")
        group = getattr(module, "group", None)
        if isinstance(group, click.Group):
            found[group.name] = module.__name__
        for command in getattr(module, "commands", None) or ():
            if isinstance(command, click.Command):
                found[command.name] = module.__name__
    return found


def test_the_lazy_table_names_every_command_the_modules_define():
    assert {name: module for name, (module, _) in LAZY_COMMANDS.items()} == defined_commands()


def test_every_command_is_found_by_name_and_is_the_modules_own():
    for name in LAZY_COMMANDS:
        assert name in main.commands
        command = main.commands[name]
        assert command.name == name
        assert main.get_command(click.Context(main), name) is command
    assert set(main.commands) == {"gui", "open", "demo", *LAZY_COMMANDS}
    assert "no-such-command" not in main.commands


def test_help_lists_every_command_with_its_help(cli):
    result = cli("--help")
    for name in ("gui", "open", "demo", *LAZY_COMMANDS):
        assert f"  {name} " in result.output
    assert "Import bundle files and folders" in result.output
    assert "The secretariat's trusted partner keys." in result.output


def imported_after(*args: str) -> set[str]:
    code = (
        f"import sys\nfrom cardentry.cli import main\nmain.main(args={list(args)!r}, prog_name='cardentry')\n"
    )
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print(sorted(m for m in sys.modules if m.startswith('cardentry.cli.')),"
        " file=sys.stderr))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe + code], capture_output=True, text=True, check=False, timeout=120
    )
    return set(eval(result.stderr.strip().splitlines()[-1]))  # a list of module names


def test_running_one_command_imports_only_its_module(tmp_path):
    modules = imported_after("--data-dir", str(tmp_path / "p"), "verify", str(tmp_path / "none.cpc.json"))
    assert "cardentry.cli.bundles" in modules
    assert not modules & {"cardentry.cli.importing", "cardentry.cli.report", "cardentry.cli.trust"}
