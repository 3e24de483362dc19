"""``cardentry.entry``: the frozen app's and ``python -m cardentry``'s way in opens the desktop
app without the command line for ``[--data-dir D] [gui]`` (issue 18), and behaves as the
command line for everything else: a broken catalogue, a ``--data-dir`` that is a file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cardentry.base.catalogue import catalogue_path
from cardentry.entry import app_arguments
from cardentry.storage.profile import ProfilePaths, init_profile


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (True, None)),
        (["gui"], (True, None)),
        (["--data-dir", "D"], (True, "D")),
        (["--data-dir", "D", "gui"], (True, "D")),
        (["--data-dir=D", "gui"], (True, "D")),
        (["--data-dir=D"], (True, "D")),
        (["--data-dir", "-x", "gui"], (False, None)),
        (["--data-dir", "D*", "gui"], (True, "D*")),  # a name as typed: click expands nothing either
        (["gui", "--data-dir", "D"], (False, None)),
        (["--data-dir"], (False, None)),
        (["--version"], (False, None)),
        (["gui", "--help"], (False, None)),
        (["demo"], (False, None)),
        (["profile", "show"], (False, None)),
        (["THA-2012-r1.cpc.json"], (False, None)),
    ],
)
def test_only_the_plain_ways_to_open_the_app_take_the_quick_path(args, expected):
    assert app_arguments(args) == expected


def test_a_data_dir_that_is_a_file_is_left_to_the_command_line(tmp_path):
    (tmp_path / "file").write_text("x")
    assert app_arguments(["--data-dir", str(tmp_path / "file"), "gui"]) == (False, None)


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cardentry", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_a_data_dir_that_is_a_file_is_refused_as_by_the_command_line(tmp_path):
    (tmp_path / "file").write_text("x")
    result = _run("--data-dir", str(tmp_path / "file"), "gui")
    assert result.returncode == 2
    assert "is a file" in result.stderr


def test_a_broken_catalogue_stops_the_app_with_the_command_lines_message(tmp_path):
    (tmp_path / "catalogue").mkdir()
    data = json.loads(catalogue_path().read_text(encoding="utf-8"))
    data["goals"][2]["number"] = 0
    (tmp_path / "catalogue" / "ecpat-cpc-v1.json").write_text(json.dumps(data), encoding="utf-8")
    for name in ("demo", "i18n"):
        shutil.copytree(catalogue_path().parents[1] / name, tmp_path / name)
    result = _run("--data-dir", str(tmp_path / "profile"), "gui", env={"CARDENTRY_RESOURCES": str(tmp_path)})
    assert result.returncode == 2
    assert "cannot start, the indicator catalogue is broken" in result.stderr
    assert "goals[2].number" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "profile").exists()  # nothing was opened or made


def test_the_quick_path_opens_the_app_on_the_folder_without_loading_the_command_line(tmp_path):
    code = textwrap.dedent(
        """
        import sys
        import cardentry.ui.launcher as launcher
        def run(data_dir, integrity=None, **options):
            print('click' in sys.modules, 'cardentry.cli' in sys.modules, data_dir, options)
            print(integrity and integrity.path)  # the database's check, started before Qt loads
            return 7
        launcher.run = run
        from cardentry.entry import main
        main(sys.argv[1:])
        """
    )
    folder = tmp_path / "profile"
    command = [sys.executable, "-c", code]
    result = subprocess.run([*command, "--data-dir", str(folder), "gui"], capture_output=True, text=True)
    assert result.returncode == 7
    assert result.stdout.splitlines() == [f"False False {folder} {{}}", "None"]  # no profile yet
    env = {**os.environ, "CARDENTRY_DATA_DIR": str(tmp_path / "from-env")}
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.stdout.splitlines()[0] == f"False False {Path(env['CARDENTRY_DATA_DIR'])} {{}}"
    init_profile(folder, role="partner", organisation="Partner").close()
    result = subprocess.run([*command, "--data-dir", str(folder), "gui"], capture_output=True, text=True)
    assert result.stdout.splitlines()[1] == str(ProfilePaths(folder).database)
