"""The documentation cannot drift from the code (sqlite-utils' test_docs.py habit).

``docs/architecture.md`` names every module of ``src/cardentry`` in its "Modules" tables
and nothing else, names only files that exist anywhere it points at one, and its
"Command line" table lists exactly the commands ``cardentry --help`` and its groups
expose (walked from click's command tree).
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from cardentry.cli import main

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "cardentry"
ARCHITECTURE = REPO / "docs" / "architecture.md"


def section(title: str) -> str:
    """The text of a ``## title`` section of the architecture document, up to the next one."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"docs/architecture.md has no section '## {title}'"
    return match.group(1)


def first_cells(text: str) -> list[str]:
    """The first cell of every table row (header and rule excluded), backticks removed."""
    cells = []
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith(("| module |", "| command |", "| --- |")):
            cells.append(line.split("|")[1].strip().strip("`"))
    return cells


def modules_on_disk() -> set[str]:
    return {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name not in ("__init__.py", "__main__.py")
    }


def commands(group: click.Group, prefix: str = "cardentry") -> set[str]:
    """Every command and group under ``group``, as typed: ``cardentry trust add``."""
    found = set()
    for name, command in group.commands.items():
        found.add(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found |= commands(command, f"{prefix} {name}")
    return found


def test_the_module_tables_name_every_module_and_only_those() -> None:
    listed = first_cells(section("Modules"))
    assert len(listed) == len(set(listed)), "a module is listed twice"
    on_disk = modules_on_disk()
    missing = sorted(on_disk - set(listed))
    unknown = sorted(set(listed) - on_disk)
    assert not missing, f"modules without a row in docs/architecture.md's Modules tables: {missing}"
    assert not unknown, f"rows for modules that do not exist: {unknown}"


def test_every_python_file_the_document_names_exists() -> None:
    named = set(re.findall(r"`([\w/]+\.py)`", ARCHITECTURE.read_text(encoding="utf-8")))
    assert len(named) > 60
    gone = sorted(name for name in named if not (PACKAGE / name).is_file() and not (REPO / name).is_file())
    assert not gone, f"docs/architecture.md names files that do not exist: {gone}"


def test_the_command_line_table_is_the_command_tree() -> None:
    listed = first_cells(section("Command line"))
    assert len(listed) == len(set(listed)), "a command is listed twice"
    expected = commands(main)
    assert "cardentry trust rotate" in expected and "cardentry import" in expected
    missing = sorted(expected - set(listed))
    unknown = sorted(set(listed) - expected)
    rows = "\n".join(f"| `{name}` | ... |" for name in missing)
    assert not missing, f"commands missing from docs/architecture.md's Command line table:\n{rows}"
    assert not unknown, f"the Command line table names commands that do not exist: {unknown}"


@pytest.mark.parametrize("name", sorted(commands(main)))
def test_every_command_has_help(name: str) -> None:
    command: click.Command = main
    for part in name.split()[1:]:
        assert isinstance(command, click.Group)
        command = command.commands[part]
    assert (command.help or "").strip(), f"'{name} --help' says nothing"
