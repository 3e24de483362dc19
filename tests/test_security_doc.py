"""Every test that docs/security.md points at exists, so the threat model cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "security.md"


def _references() -> list[tuple[str, str | None]]:
    """(test file, test name or None) for every backticked reference in the document.

    In a table cell, a bare `test_name` belongs to the test file named before it.
    """
    references: list[tuple[str, str | None]] = []
    for cell in DOC.read_text(encoding="utf-8").split("|"):
        current = None
        for token in re.findall(r"`([^`]+)`", cell):
            if token.startswith("tests/"):
                current, _, name = token.partition("::")
                references.append((current, name or None))
            elif re.fullmatch(r"test_[a-z0-9_]+", token) and current:
                references.append((current, token))
    return references


def test_the_threat_model_names_tests_that_exist():
    references = _references()
    assert len(references) > 30
    for file, name in references:
        path = REPO / file
        assert path.exists(), f"docs/security.md names {file}, which does not exist"
        if name:
            source = path.read_text(encoding="utf-8")
            assert re.search(rf"^def {name}\(", source, re.MULTILINE), f"{file} has no test {name}"
