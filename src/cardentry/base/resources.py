"""Where the application's read-only resources (catalogue, demo card, translations) live.

The source of truth is ``resources/`` at the top of the repository. The build copies it
into the package (``cardentry/resources`` in the wheel: ``setup.py``), so an installed
cardentry finds it through ``importlib.resources``. In order:

1. ``CARDENTRY_RESOURCES``, when set (tests, support);
2. a PyInstaller build: ``sys._MEIPASS/resources`` (``installers/cardentry.spec``);
3. the installed package: ``importlib.resources.files("cardentry") / "resources"``
   (``pip install``, ``pipx install``, a wheel from an index, a distribution's package);
4. a source checkout or an editable install: ``resources/`` beside ``src/``.

docs/architecture.md ("Resources and packaging") says why.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

ENVIRONMENT = "CARDENTRY_RESOURCES"
PACKAGED = "resources"  # the folder's name inside the installed package


@cache  # where the package is installed does not change while it runs
def packaged_dir() -> Path | None:
    """The resources installed inside the package, or None (a checkout, an editable install)."""
    from importlib import resources as importlib_resources  # ~2 ms; a frozen app never asks

    try:
        folder = importlib_resources.files("cardentry") / PACKAGED
    except (ModuleNotFoundError, TypeError):
        return None
    # A wheel is always installed unpacked; a zip import (no real folder) does not count.
    if isinstance(folder, Path) and folder.is_dir():
        return folder
    return None


def checkout_dir() -> Path:
    """``resources/`` at the top of the source tree that holds this module."""
    return Path(__file__).resolve().parents[3] / "resources"


def resources_dir() -> Path:
    override = os.environ.get(ENVIRONMENT)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return packaged_dir() or checkout_dir()


def is_packaged() -> bool:
    """True when the resources in use are the installed package's (read-only, owned by pip)."""
    if os.environ.get(ENVIRONMENT) or getattr(sys, "_MEIPASS", None):
        return False
    return packaged_dir() is not None


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
