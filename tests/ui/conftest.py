"""Fixtures for the partner app's tests: a partner profile with a key, the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cardentry.profile import init_profile

PASSPHRASE = "a long passphrase for tests"


@pytest.fixture
def partner_dir(tmp_path: Path) -> Path:
    """A partner profile (THA) with its signing key and one empty card, THA 2012."""
    root = tmp_path / "profile"
    with init_profile(
        root, role="partner", organisation="ECPAT Test", email="x@example.org", countries=("THA",),
        passphrase=PASSPHRASE,
    ) as store:  # fmt: skip
        store.new_assessment("THA", "2012")
    return root


@pytest.fixture
def window(qtbot, partner_dir: Path) -> Iterator:
    from cardentry.profile import open_store
    from cardentry.ui.app import MainWindow, ensure_app

    ensure_app()
    main = MainWindow(open_store(partner_dir), partner_dir)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if not main.closed:
        main.close()


@pytest.fixture(autouse=True)
def _forget_windows() -> Iterator[None]:
    yield
    from cardentry.ui import app

    for widget in app._windows:
        if hasattr(widget, "closed") and not widget.closed:
            widget.close()
    app._windows.clear()
