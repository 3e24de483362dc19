"""Helpers for tests that open the partner's window (the fixtures are in conftest.py beside this file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def shown_partner_window(qtbot: Any, partner_dir: Path) -> Any:
    """The partner's main window for ``partner_dir``, shown at 1366x768."""
    from cardentry.storage.profile import open_store
    from cardentry.ui.launcher import ensure_app
    from cardentry.ui.partner.window import MainWindow

    ensure_app()
    main = MainWindow(open_store(partner_dir), partner_dir)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main
