"""Where the application's read-only resources (catalogue, demo card, translations) live.

In a source checkout or an editable install they are in ``resources/`` at the top of the
repository; in a PyInstaller build they are unpacked beside the executable
(``sys._MEIPASS/resources``). ``CARDENTRY_RESOURCES`` overrides both (tests use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("CARDENTRY_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
