"""Fixtures for the secretariat window's tests: a network of partners, the window, loaded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from secretariat_helpers import Network, import_inbox, make_network, open_window


@pytest.fixture
def network(tmp_path: Path) -> Network:
    return make_network(tmp_path)


@pytest.fixture
def sec_window(qtbot: Any, network: Network) -> Iterator[Any]:
    window = open_window(qtbot, network.root)
    yield window
    if not window.closed:
        window.close()


@pytest.fixture
def loaded_window(qtbot: Any, sec_window: Any, network: Network) -> Any:
    """The window after the inbox was imported."""
    import_inbox(qtbot, sec_window, [network.inbox])
    return sec_window
