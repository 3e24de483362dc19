"""Smoke test of the frozen app (PyInstaller onedir, installers/README.md).

Runs the built executable as a partner would: ``--version``, ``profile init``,
``assessment new`` / ``fill``, ``export``, ``verify``, the GUI opening (offscreen) and
closing cleanly, an older profile upgraded with a backup, and checks that the install
folder is never written to and holds none of the Qt parts that were cut.

Which build: ``CARDENTRY_FROZEN_APP`` (the executable), else the one
``installers/build-linux.sh`` (or build-macos.sh / build-windows.ps1) leaves in
``build/installer/dist/``. Without ``CARDENTRY_FROZEN=1`` these tests are skipped when
there is no build or it is older than the source; with it they fail instead (CI).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DIST = REPO / "build" / "installer" / "dist"
ENTRY = REPO / "installers" / "cardentry_main.py"
DEMO_ANSWERS = REPO / "resources" / "demo" / "THA-2012.json"
PASSPHRASE = "correct horse battery staple"
ORGANISATION = "ECPAT Smoke"

# What the spec cuts (installers/README.md); none of it may be in the build.
FORBIDDEN_QT = ("Network", "Qml", "Quick", "Pdf", "VirtualKeyboard", "Wayland", "EglFS", "EglFs", "OpenGL")
ALLOWED_PLUGINS = {
    "linux": {
        "platforms": {"libqxcb.so", "libqoffscreen.so"},
        "platformthemes": {"libqxdgdesktopportal.so"},
        "platforminputcontexts": {
            "libcomposeplatforminputcontextplugin.so",
            "libibusplatforminputcontextplugin.so",
        },
        "imageformats": {"libqsvg.so", "libqico.so"},
        "iconengines": {"libqsvgicon.so"},
    },
}
ALLOWED_QT_TRANSLATIONS = {"qtbase_fr.qm", "qtbase_es.qm"}
LEAKY_VARIABLES = (
    "CARDENTRY_RESOURCES",
    "PYTHONPATH",
    "PYTHONHOME",
    "QT_PLUGIN_PATH",
    "QT_QPA_PLATFORM_PLUGIN_PATH",
)
DEV_TOOLS = ("pytest", "_pytest", "hypothesis", "ruff", "pytestqt", "pip", "setuptools")


def _default_executable() -> Path:
    if sys.platform == "win32":
        return DIST / "cardentry" / "cardentry-cli.exe"  # the console twin of cardentry.exe
    if sys.platform == "darwin":
        return DIST / "cardentry.app" / "Contents" / "MacOS" / "cardentry"
    return DIST / "cardentry" / "cardentry"


def _stale(executable: Path) -> bool:
    built = executable.stat().st_mtime
    sources = [*(REPO / "src" / "cardentry").rglob("*.py"), *(REPO / "resources").rglob("*")]
    return any(path.stat().st_mtime > built for path in sources if path.is_file())


@pytest.fixture(scope="module")
def app() -> Path:
    required = os.environ.get("CARDENTRY_FROZEN") == "1"
    executable = Path(os.environ.get("CARDENTRY_FROZEN_APP") or _default_executable())
    problem = None
    if not executable.is_file():
        problem = f"no frozen build at {executable}: run installers/build-linux.sh"
    elif not os.environ.get("CARDENTRY_FROZEN_APP") and _stale(executable):
        problem = f"the frozen build at {executable} is older than the source: run installers/build-linux.sh"
    if problem:
        if required:
            pytest.fail(problem)
        pytest.skip(problem)
    return executable


def _install_root(executable: Path) -> Path:
    """The folder the installer puts on disk (onedir, or the .app bundle)."""
    if sys.platform == "darwin":
        return executable.parents[2]
    return executable.parent


def _environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    # The frozen app must find everything inside itself: nothing from the source tree or venv.
    for name in LEAKY_VARIABLES:
        env.pop(name, None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["CARDENTRY_PASSPHRASE"] = PASSPHRASE
    env.update(extra)
    return env


def _run(app: Path, *args: str, expect: int = 0, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(app), *args],
        env=_environment(**env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert result.returncode == expect, (
        f"{args}: exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    )
    return result


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in root.rglob("*")
        if path.is_file()
    }


def _json_lines(text: str) -> dict:
    return json.loads(text.strip().splitlines()[-1])


@pytest.mark.frozen
def test_version_is_the_source_version(app: Path):
    from cardentry import __version__

    assert _run(app, "--version").stdout.strip() == f"cardentry {__version__}"


@pytest.mark.frozen
def test_a_partner_fills_exports_and_verifies_a_card_without_writing_into_the_install_folder(
    app: Path, tmp_path: Path
):
    before = _snapshot(_install_root(app))
    profile = tmp_path / "profile"
    _run(app, "--data-dir", str(profile), "profile", "init", "--org", ORGANISATION, "--role", "partner")
    assert (profile / "cardentry.sqlite3").is_file()

    card = _json_lines(_run(app, "--data-dir", str(profile), "assessment", "new", "--country", "THA",
                            "--cycle", "2012", "--json").stdout)  # fmt: skip
    assessment = card["assessment_id"]
    _run(app, "--data-dir", str(profile), "assessment", "fill", assessment, "--from", str(DEMO_ANSWERS))

    out = tmp_path / "outbox"
    exported = _json_lines(
        _run(app, "--data-dir", str(profile), "export", assessment, "--out", str(out), "--json").stdout
    )
    bundle = Path(exported["path"])
    assert bundle.is_file() and bundle.name.endswith(".cpc.json")
    assert exported["revision"] == 1

    verified = _json_lines(_run(app, "--data-dir", str(profile), "verify", str(bundle), "--json").stdout)
    assert verified["ok"] is True
    assert verified["bundle_id"] == exported["bundle_id"]
    assert (verified["country"], verified["cycle"]) == ("THA", "2012")

    # A changed byte is caught by the frozen verifier too (exit 1).
    tampered = tmp_path / "tampered.cpc.json"
    tampered.write_bytes(bundle.read_bytes().replace(b'"THA"', b'"LAO"', 1))
    assert not _json_lines(
        _run(app, "--data-dir", str(profile), "verify", str(tampered), "--json", expect=1).stdout
    )["ok"]

    assert _snapshot(_install_root(app)) == before, "the app wrote into its install folder"


@pytest.mark.frozen
def test_the_gui_opens_offscreen_and_closes_cleanly(app: Path, tmp_path: Path):
    profile = tmp_path / "profile"
    _run(app, "--data-dir", str(profile), "profile", "init", "--org", ORGANISATION, "--role", "partner")
    before = _snapshot(_install_root(app))
    result = _run(app, "--data-dir", str(profile), CARDENTRY_QUIT_AFTER_SHOWN="1")
    assert "cardentry-smoke: shown" in result.stderr, result.stderr
    assert "QMessageBox" not in result.stderr, result.stderr
    assert _snapshot(_install_root(app)) == before, "the GUI wrote into its install folder"


@pytest.mark.frozen
@pytest.mark.skipif(sys.platform != "linux" or not shutil.which("xvfb-run"), reason="needs Linux, xvfb-run")
def test_the_gui_opens_on_an_x_server_with_the_xcb_plugin(app: Path, tmp_path: Path):
    profile = tmp_path / "profile"
    _run(app, "--data-dir", str(profile), "profile", "init", "--org", ORGANISATION, "--role", "partner")
    result = subprocess.run(
        ["xvfb-run", "-a", str(app), "--data-dir", str(profile)],
        env=_environment(CARDENTRY_QUIT_AFTER_SHOWN="1", QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "cardentry-smoke: shown" in result.stderr, result.stderr


@pytest.mark.frozen
def test_a_profile_from_an_older_version_is_backed_up_and_upgraded(app: Path, tmp_path: Path):
    from sqlite_utils import Database

    from cardentry.storage.migrations import MIGRATIONS, SCHEMA_VERSION, migration_names

    if SCHEMA_VERSION < 2:
        pytest.skip("only one schema version so far")
    names = migration_names()
    profile = tmp_path / "profile"
    profile.mkdir()
    database = profile / "cardentry.sqlite3"
    # The profile as the previous release (one schema step fewer) left it.
    db = Database(sqlite3.connect(database, isolation_level=None))
    MIGRATIONS.apply(db, stop_before=names[-1])
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION - 1}")
    db["profile"].insert_all(
        [{"key": key, "value": json.dumps(value)} for key, value in
         {"role": "secretariat", "organisation": "ECPAT Older", "email": None, "countries": []}.items()]
    )  # fmt: skip
    db.conn.close()

    shown = _json_lines(_run(app, "--data-dir", str(profile), "profile", "show", "--json").stdout)
    assert shown["organisation"] == "ECPAT Older"
    backups = list((profile / "backups").glob(f"before-schema-{SCHEMA_VERSION}-*.sqlite3"))
    assert len(backups) == 1, list((profile / "backups").iterdir())
    with sqlite3.connect(backups[0]) as old, sqlite3.connect(database) as new:
        assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
        assert new.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.frozen
@pytest.mark.skipif(sys.platform != "linux", reason="the file lists below are Linux's")
def test_the_build_holds_only_what_the_app_uses(app: Path):
    internal = app.parent / "_internal"
    files = [path.relative_to(internal) for path in internal.rglob("*") if not path.is_dir()]
    names = [path.name for path in files]
    forbidden = [name for name in names if any(f"Qt6{part}" in name for part in FORBIDDEN_QT)]
    assert not forbidden, forbidden
    assert not [name for name in names if name.startswith(("libgtk", "libwayland", "libcairo", "libpango"))]
    plugins = internal / "PySide6" / "Qt" / "plugins"
    found = {folder.name: {path.name for path in folder.iterdir()} for folder in plugins.iterdir()}
    assert found == ALLOWED_PLUGINS["linux"]
    translations = {path.name for path in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert translations == ALLOWED_QT_TRANSLATIONS
    assert not [path for path in files if path.parts[0] in DEV_TOOLS]
    assert not (internal / "pycountry" / "locales").exists()
    assert (internal / "resources" / "catalogue" / "ecpat-cpc-v1.json").is_file()
    assert (internal / "resources" / "i18n" / "countries.json").is_file()  # country names in fr/es
    assert {path.name for path in (internal / "resources" / "i18n").glob("*.qm")} >= {
        "cardentry_fr.qm",
        "cardentry_es.qm",
    }


def test_the_smoke_hook_opens_the_gui_and_quits_from_the_source_tree(tmp_path: Path):
    """The hook the frozen GUI test relies on (installers/cardentry_main.py), run from source."""
    from cardentry.storage.profile import init_profile

    profile = tmp_path / "profile"
    init_profile(profile, role="secretariat", organisation=ORGANISATION).close()
    env = dict(os.environ, CARDENTRY_QUIT_AFTER_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(ENTRY), "--data-dir", str(profile)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "cardentry-smoke: shown" in result.stderr
    assert "QMessageBox" not in result.stderr
