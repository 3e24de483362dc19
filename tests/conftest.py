"""Fixtures shared by the whole suite: offscreen Qt, profiles in tmp_path, the CLI, vectors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from suite import Cli, vectors_path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def vectors_dir() -> Path:
    path = vectors_path()
    if not path.is_dir():
        pytest.fail(f"test vectors not found at {path} (set CARDENTRY_VECTORS)")
    return path


@pytest.fixture(autouse=True)
def _no_user_profile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may ever touch the real user profile: point the default somewhere harmless."""
    monkeypatch.setenv("CARDENTRY_DATA_DIR", str(tmp_path / "default-profile"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture(autouse=True)
def _close_log_file() -> Iterator[None]:
    """A test that opened a profile (CLI, launcher) leaves no log file open for the next one."""
    yield
    from cardentry.base.logs import stop_logging

    stop_logging()


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap key-derivation parameters, so that making and unlocking keys takes milliseconds
    (the shipped defaults are tested in tests/storage/test_keys.py)."""
    from partner_helpers import fast_kdf

    fast_kdf(monkeypatch)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def cli(data_dir: Path) -> Cli:
    return Cli(data_dir)
