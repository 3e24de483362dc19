"""The README's two commands name the missing Debian/Ubuntu packages instead of failing inside Qt.

scripts/check-system-packages.sh reads the one list (scripts/qt-system-packages.txt) that
.ci/run installs; ./scripts/test.sh and ./scripts/start-demo.sh run it before anything else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from suite import REPO

CHECK = REPO / "scripts" / "check-system-packages.sh"
LIST = REPO / "scripts" / "qt-system-packages.txt"
INSTALLED = "bash"  # surely installed where dpkg is
needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not Debian/Ubuntu: no dpkg")


def _run(
    command: list[str], *, packages: Path | None = None, path: str | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("CARDENTRY_")}
    if packages is not None:
        environment["CARDENTRY_SYSTEM_PACKAGES"] = str(packages)
    if path is not None:
        environment["PATH"] = path
    return subprocess.run(command, cwd=REPO, env=environment, capture_output=True, text=True, check=False)


@pytest.fixture
def one_missing(tmp_path: Path) -> Path:
    listing = tmp_path / "packages.txt"
    listing.write_text(f"# test list\n{INSTALLED}  qt\ncardentry-no-such-lib0  qt\nxvfb-nope  ci\n")
    return listing


def test_the_list_holds_what_qt_needs_and_ci_installs():
    listed = _run([str(CHECK), "--list", "qt", "display", "fonts", "ci"]).stdout.split()
    assert {"libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libxcb-cursor0", "xvfb"} <= set(listed)
    assert len(listed) == len(set(listed))
    assert "check-system-packages.sh --list qt display fonts ci" in (REPO / ".ci" / "run").read_text()
    assert "libgl1" not in (REPO / ".ci" / "run").read_text()  # the list lives in one place only


@needs_dpkg
def test_a_missing_library_stops_with_one_line_naming_it_and_the_command(one_missing):
    result = _run([str(CHECK), "qt"], packages=one_missing)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "cardentry-no-such-lib0" in lines[0]
    assert "apt-get install cardentry-no-such-lib0" in lines[0]
    assert INSTALLED + " " not in lines[0].split("apt-get install")[1]  # only what is missing
    assert "xvfb-nope" not in lines[0]  # another group


@needs_dpkg
def test_nothing_is_said_when_everything_is_installed(tmp_path):
    listing = tmp_path / "packages.txt"
    listing.write_text(f"{INSTALLED} qt\n")
    result = _run([str(CHECK), "qt"], packages=listing)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_without_dpkg_nothing_is_checked(one_missing, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname", "grep", "id"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    result = _run([str(bin_dir / "bash"), str(CHECK), "qt"], packages=one_missing, path=str(bin_dir))
    assert (result.returncode, result.stderr) == (0, "")


@needs_dpkg
@pytest.mark.parametrize("script", ["test.sh", "start-demo.sh"])
def test_the_readme_commands_stop_before_setting_anything_up(script, one_missing):
    result = _run([str(REPO / "scripts" / script)], packages=one_missing)
    assert result.returncode == 1
    assert "apt-get install cardentry-no-such-lib0" in result.stderr
    assert result.stdout == ""
