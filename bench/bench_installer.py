"""Installer size and start-up (``bench/installer_size.py``): two PyInstaller builds, minutes.

Skipped unless ``CARDENTRY_BENCH_INSTALLER=1``, so that ``bench/run.py`` stays quick.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path


def main() -> dict[str, float]:
    if os.environ.get("CARDENTRY_BENCH_INSTALLER") != "1":
        print("installer: skipped (two builds, minutes); set CARDENTRY_BENCH_INSTALLER=1 to run it")
        return {}
    path = Path(__file__).with_name("installer_size.py")
    spec = importlib.util.spec_from_file_location("installer_size", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.main()


if __name__ == "__main__":
    main()
