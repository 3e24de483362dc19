"""Helpers for the UI tests (the fixtures are in conftest.py beside this file): the
partner's window shown as a person sees it, and screenshots on request."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def shown_partner_window(qtbot: Any, partner_dir: Path, language: str | None = None) -> Any:
    """The partner's main window for ``partner_dir``, shown at 1366x768 (built after the
    translators of ``language`` are installed, when one is given)."""
    from cardentry.storage.profile import open_store
    from cardentry.ui.common import i18n
    from cardentry.ui.launcher import ensure_app
    from cardentry.ui.partner.window import MainWindow

    ensure_app()
    if language is not None:
        i18n.install(language)
    main = MainWindow(open_store(partner_dir), partner_dir)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def screenshot(widget: Any, name: str) -> None:
    """Save ``widget`` as ``<name>.png`` in $CARDENTRY_SCREENSHOTS, when it is set."""
    folder = os.environ.get("CARDENTRY_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))
