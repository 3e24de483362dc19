"""An installed cardentry finds its resources inside the package, through importlib.resources.

The wheel is built by scripts/check-wheel.sh (CI); here the same copy that the build makes
(``setup.copy_resources``) is laid beside a copy of the package, and a separate Python run
from another folder, with ``CARDENTRY_RESOURCES`` unset and no checkout on its path, must
load the catalogue, the demo card, the country names and the translations from it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import cardentry
from cardentry.base import resources
from cardentry.ui.common import qm
from suite import REPO


def _setup_module():
    spec = importlib.util.spec_from_file_location("cardentry_setup", REPO / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """A site-packages folder holding cardentry as a wheel installs it (no .qm files)."""
    site = tmp_path / "site-packages"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "src" / "cardentry", site / "cardentry", ignore=ignore)
    _setup_module().copy_resources(site / "cardentry" / "resources")
    return site


def _run_installed(site: Path, folder: Path, code: str) -> dict:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("CARDENTRY_")}
    environment |= {"PYTHONPATH": str(site), "XDG_CACHE_HOME": str(folder / "cache"), "PYTHONSAFEPATH": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=folder, env=environment, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_build_ships_what_the_app_reads_and_nothing_else(tmp_path):
    written = _setup_module().copy_resources(tmp_path / "resources")
    names = {path.relative_to(tmp_path / "resources").as_posix() for path in written}
    assert {
        "catalogue/ecpat-cpc-v1.json",
        "demo/THA-2012.json",
        "i18n/countries.json",
        "i18n/cardentry_en.ts",
        "i18n/cardentry_fr.ts",
        "i18n/cardentry_es.ts",
    } <= names
    assert not [name for name in names if name.endswith(".qm") or "/pending/" in name]


def test_an_installed_package_reads_its_own_resources_from_another_folder(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    found = _run_installed(
        installed,
        elsewhere,
        "import json, cardentry\n"
        "from cardentry.base import resources, countries\n"
        "from cardentry.base.catalogue import default_catalogue\n"
        "from cardentry.partner import demo\n"
        "print(json.dumps({'package': cardentry.__file__, 'resources': str(resources.resources_dir()),\n"
        "    'packaged': resources.is_packaged(), 'indicators': len(default_catalogue().indicators),\n"
        "    'demo': demo.demo_answers_path().is_file(),\n"
        "    'thailand': countries.country_name('THA', 'fr')}))\n",
    )
    assert Path(found["package"]).is_relative_to(installed)
    assert Path(found["resources"]) == installed / "cardentry" / "resources"
    assert found["packaged"] is True
    assert found["indicators"] == 12
    assert found["demo"] is True
    assert found["thailand"] == "Thaïlande"


def test_an_installed_package_compiles_its_translations_into_the_users_cache(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    found = _run_installed(
        installed,
        elsewhere,
        "import json\n"
        "from cardentry.base.resources import resource\n"
        "from cardentry.ui.common import qm\n"
        "folder, problem = qm.compiled_folder(resource('i18n'), cache=qm.cache_root())\n"
        "print(json.dumps({'folder': str(folder), 'problem': problem,\n"
        "    'qm': sorted(path.name for path in folder.glob('*.qm'))}))\n",
    )
    assert found["problem"] is None
    assert Path(found["folder"]).is_relative_to(elsewhere / "cache")
    assert found["qm"] == ["cardentry_en.qm", "cardentry_es.qm", "cardentry_fr.qm"]
    assert not list((installed / "cardentry" / "resources" / "i18n").glob("*.qm"))  # pip's folder untouched


def test_in_a_checkout_the_resources_are_the_top_level_folder(monkeypatch):
    monkeypatch.delenv("CARDENTRY_RESOURCES", raising=False)
    assert resources.resources_dir() == REPO / "resources"
    assert resources.is_packaged() is False


def test_cardentry_resources_overrides_the_package(monkeypatch, tmp_path):
    monkeypatch.setenv("CARDENTRY_RESOURCES", str(tmp_path))
    assert resources.resource("catalogue", "x.json") == tmp_path / "catalogue" / "x.json"
    assert resources.is_packaged() is False


def _copy_translations(folder: Path) -> Path:
    folder.mkdir()
    for ts in (REPO / "resources" / "i18n").glob("*.ts"):
        shutil.copyfile(ts, folder / ts.name)
    return folder


def test_the_cache_compiles_once_and_again_only_when_a_text_changes(tmp_path):
    source = _copy_translations(tmp_path / "i18n")
    cache = tmp_path / "cache"
    first, problem = qm.compiled_folder(source, cache=cache)
    assert problem is None
    assert first.parent == cache / "translations"
    stamp = (first / "cardentry_fr.qm").stat().st_mtime_ns
    again, _ = qm.compiled_folder(source, cache=cache)
    assert again == first
    assert (first / "cardentry_fr.qm").stat().st_mtime_ns == stamp  # not compiled twice
    french = source / "cardentry_fr.ts"
    changed_text = french.read_text(encoding="utf-8").replace("</TS>", "<!-- a change -->\n</TS>")
    french.write_text(changed_text, encoding="utf-8")
    changed, _ = qm.compiled_folder(source, cache=cache)
    assert changed != first
    assert sorted(path.name for path in (cache / "translations").iterdir()) == [changed.name]  # old one gone


def test_a_package_that_ships_fresh_qm_files_is_read_in_place(tmp_path):
    source = _copy_translations(tmp_path / "i18n")
    qm.compile_all(source)
    folder, problem = qm.compiled_folder(source, cache=tmp_path / "cache")
    assert (folder, problem) == (source, None)
    assert not (tmp_path / "cache").exists()


def test_without_lrelease_the_app_is_told_why_and_keeps_the_packaged_folder(tmp_path, monkeypatch):
    source = _copy_translations(tmp_path / "i18n")

    def missing() -> list[str]:
        raise qm.LreleaseMissing("lrelease not found: install PySide6-Essentials (pyside6-lrelease)")

    monkeypatch.setattr(qm, "find_lrelease", missing)
    folder, problem = qm.compiled_folder(source, cache=tmp_path / "cache")
    assert folder == source
    assert "lrelease not found" in problem
    assert not [path for path in (tmp_path / "cache").rglob("*") if path.is_file()]


def test_one_version_and_entry_points_for_the_console_and_the_window():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["dynamic"] == ["version"]
    assert project["scripts"]["cardentry"] == "cardentry.cli:main"
    assert project["gui-scripts"]["cardentry-app"] == "cardentry.cli:main"
    assert "Environment :: X11 Applications :: Qt" in project["classifiers"]
    assert "Programming Language :: Python :: 3.11" in project["classifiers"]
    literal = cardentry.__version__
    for path in [*(REPO / "installers").rglob("*"), *(REPO / "scripts").glob("*.sh")]:
        if path.is_file() and path.suffix in {".sh", ".ps1", ".iss", ".spec", ".py", ".plist"}:
            assert literal not in path.read_text(encoding="utf-8"), path
