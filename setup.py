"""Build step that pyproject.toml cannot declare: the resources travel inside the package.

``resources/`` at the top of the repository stays the source of truth (installers, scripts
and translators use it there). A wheel built from this tree (``pip install .``,
``pipx install .``, ``python -m build``, ``pip wheel .``) gets a copy of what the app reads
as ``cardentry/resources/``, where ``cardentry.base.resources`` finds it with
``importlib.resources``. An editable install copies nothing: it reads ``resources/`` in
place. The translations travel as Qt Linguist ``.ts`` files; the app compiles them once
into the user's cache (``cardentry.ui.common.qm``), so building needs no Qt.
Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"
# What the installed app reads (not resources/i18n/pending/, compiled .qm or editor files).
PATTERNS = ("catalogue/*.json", "demo/*.json", "i18n/*.ts", "i18n/countries.json")
REQUIRED = (
    "catalogue/ecpat-cpc-v1.json",
    "demo/THA-2012.json",
    "i18n/countries.json",
    "i18n/cardentry_fr.ts",
)


def resource_files() -> list[Path]:
    missing = [name for name in REQUIRED if not (RESOURCES / name).is_file()]
    if missing:
        raise SystemExit(f"setup.py: resources missing from {RESOURCES}: {', '.join(missing)}")
    return sorted({path for pattern in PATTERNS for path in RESOURCES.glob(pattern)})


def targets(destination: Path) -> list[tuple[Path, Path]]:
    """(file in resources/, where it goes under ``destination``) for every file shipped."""
    return [(source, destination / source.relative_to(RESOURCES)) for source in resource_files()]


def copy_resources(destination: Path) -> list[Path]:
    """Copy what the app reads from resources/ into ``destination``; the files written."""
    written = []
    for source, target in targets(destination):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return written


class BuildWithResources(build_py):
    """build_py that also copies ``resources/`` into ``<build>/cardentry/resources/``."""

    def _destination(self) -> Path:
        return Path(self.build_lib) / "cardentry" / "resources"

    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):  # an editable install reads resources/ in place
            copy_resources(self._destination())

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        return [*outputs, *(str(target) for _source, target in targets(self._destination()))]


if __name__ == "__main__":  # how build backends run it; tests import copy_resources
    setup(cmdclass={"build_py": BuildWithResources})
