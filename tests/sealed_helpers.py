"""Helpers for the sealed-bundle tests: the in-repo copy of the sealed-v1 vectors and their test keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SEALED_VECTORS = Path(__file__).resolve().parent / "vectors" / "sealed-v1"
"""The in-repo copy of the sealed-v1 vectors (their partner key and plain bundle are bundle-v1's)."""
BUNDLE_VECTORS = SEALED_VECTORS.parent / "bundle-v1"

SIGNING_SEED = bytes.fromhex("c5233ace4e7f074ba64fd38fb4af3cd3b7f4268753888cc0efe6fc8483f0404d")
SEALING_SEED = bytes.fromhex("38aefcef5119eb9dedf7b47b2a59e8738494cff76d8a6182ee736593650c27fc")
SEALING_KEY_ID = "8a1041dba127056d"
SIGNING_KEY_ID = "1e670824b1b893d3"
PARTNER_KEY_FILE = BUNDLE_VECTORS / "partner-key.cpckey.json"
PLAIN_VALID_R1 = BUNDLE_VECTORS / "valid-r1.cpc.json"
NETWORK_KEY_FILE = SEALED_VECTORS / "secretariat.cpcnet.json"


def expected() -> dict[str, Any]:
    return json.loads((SEALED_VECTORS / "expected.json").read_text(encoding="utf-8"))


def import_order() -> list[str]:
    """valid-r1, valid-r1-again, valid-r2, then the invalid files (expected.json's order)."""
    return list(expected()["files"])


def vector_keyring() -> dict[str, Any]:
    from cardentry.bundleformat.sealed import sealing_private_key

    return {SEALING_KEY_ID: sealing_private_key(SEALING_SEED)}


class Cli:
    """Runs ``cardentry --data-dir D ...`` in-process (as conftest's ``cli`` fixture does), for
    tests that need two profiles at once."""

    def __init__(self, data_dir: Path):
        from click.testing import CliRunner

        self.data_dir = data_dir
        self.runner = CliRunner()

    def __call__(self, *args: str, env: dict[str, str] | None = None, input: str | None = None) -> Any:
        from cardentry.cli import main

        return self.runner.invoke(
            main, ["--data-dir", str(self.data_dir), *args], env=env, input=input, catch_exceptions=False
        )
