"""Fixtures for the partner app's tests: a partner profile with a key, the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# The screen walkers of tests/ui/partner/test_ui_languages.py and test_ui_contrast.py are
# reused by the secretariat's language tests: importable whichever tests run.
sys.path.insert(0, str(Path(__file__).resolve().parent / "partner"))

from ui_helpers import shown_partner_window

from cardentry.storage.profile import init_profile

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
    main = shown_partner_window(qtbot, partner_dir)
    yield main
    if not main.closed:
        main.close()


@pytest.fixture
def make_window(qtbot, partner_dir: Path) -> Iterator[Callable[..., Any]]:
    """A partner window built after the translators of ``language`` (as ``launch`` does)."""
    from cardentry.ui.common import i18n
    from cardentry.ui.launcher import ensure_app

    windows = []

    def make(language: str = "en") -> Any:
        ensure_app()
        i18n.install(language)
        window = shown_partner_window(qtbot, partner_dir)
        window._load_key()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if not window.closed:
            window.close()
    i18n.install("en")


@pytest.fixture(autouse=True)
def _forget_windows() -> Iterator[None]:
    yield
    from cardentry.ui import launcher as app

    for widget in app._windows:
        if hasattr(widget, "closed") and not widget.closed:
            widget.close()
    app._windows.clear()
