"""What the whole suite shares that is not a fixture: the repository's folders, the test
vectors and the in-process command line (importable by name from any test folder, unlike
``conftest``, of which there are several)."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner, Result

REPO = Path(__file__).resolve().parents[1]
# The project's own copy of the test vectors (docs/formats/ specifies what they test).
VECTORS = REPO / "tests" / "vectors"


def vectors_path() -> Path:
    """The bundle-v1 vectors: ``CARDENTRY_VECTORS`` if set, else the copy in the repository."""
    override = os.environ.get("CARDENTRY_VECTORS")
    if override:
        return Path(override)
    return VECTORS / "bundle-v1"


class Cli:
    """Runs ``cardentry --data-dir D ...`` in-process and returns click's result."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.runner = CliRunner()

    def __call__(self, *args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
        from cardentry.cli import main

        return self.runner.invoke(
            main, ["--data-dir", str(self.data_dir), *args], env=env, input=input, catch_exceptions=False
        )
