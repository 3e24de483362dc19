"""The repository stands alone: its formats, vectors and links are its own.

A clone copied to a fresh machine has nothing beside it, so the tests read only files in
the repository and the README and docs link only inside it. Where the network's original
contract (``../shared/docs``, ``../shared/vectors``) happens to sit beside the checkout,
the project's copies are compared with it so they cannot drift; elsewhere those two
comparisons are skipped (``CARDENTRY_SHARED`` names that folder when it is elsewhere).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from suite import REPO, VECTORS, vectors_path

SHARED = Path(os.environ.get("CARDENTRY_SHARED") or REPO.parent / "shared")

# How the project's copies of the format documents differ from the originals: links only
# (the originals point to ../vectors/; ours to tests/vectors/ and to each other).
DOC_LINKS = {
    "bundle-format.md": [
        (
            "Test vectors: `../vectors/bundle-v1/`.",
            "Test vectors: [`tests/vectors/bundle-v1/`](../../tests/vectors/bundle-v1/).",
        ),
    ],
    "network-format.md": [
        (
            "Bundle format v1 (`bundle-format.md`)",
            "Bundle format v1 ([`bundle-format.md`](bundle-format.md))",
        ),
        (
            "Test vectors: `../vectors/sealed-v1/` and\n`../vectors/feedback-v1/`.",
            "Test vectors: [`tests/vectors/sealed-v1/`](../../tests/vectors/sealed-v1/) and\n"
            "[`tests/vectors/feedback-v1/`](../../tests/vectors/feedback-v1/).",
        ),
    ],
}


def _files(folder: Path) -> dict[str, bytes]:
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in files}


def test_the_tests_read_the_vectors_in_the_repository(monkeypatch):
    monkeypatch.delenv("CARDENTRY_VECTORS", raising=False)
    assert vectors_path() == VECTORS / "bundle-v1"
    for folder in ("bundle-v1", "sealed-v1", "feedback-v1"):
        assert (VECTORS / folder / "expected.json").is_file(), folder


def test_cardentry_vectors_still_overrides_the_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("CARDENTRY_VECTORS", str(tmp_path))
    assert vectors_path() == tmp_path


@pytest.mark.skipif(not (SHARED / "vectors").is_dir(), reason="no ../shared/vectors beside the repository")
def test_the_vectors_are_byte_for_byte_those_of_the_shared_contract():
    ours, theirs = _files(VECTORS), _files(SHARED / "vectors")
    assert sorted(ours) == sorted(theirs)
    changed = [name for name in ours if ours[name] != theirs[name]]
    assert changed == []


@pytest.mark.skipif(not (SHARED / "docs").is_dir(), reason="no ../shared/docs beside the repository")
@pytest.mark.parametrize("name", sorted(DOC_LINKS))
def test_the_format_documents_say_what_the_shared_contract_says(name):
    ours = (REPO / "docs" / "formats" / name).read_text(encoding="utf-8")
    for original, adapted in DOC_LINKS[name]:
        assert adapted in ours, adapted
        ours = ours.replace(adapted, original)
    assert ours == (SHARED / "docs" / name).read_text(encoding="utf-8")


MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")


def _documents() -> list[Path]:
    docs = sorted((REPO / "docs").rglob("*.md"))
    return [REPO / "README.md", *docs, *sorted((REPO / "installers").glob("*.md"))]


@pytest.mark.parametrize("document", _documents(), ids=lambda path: path.relative_to(REPO).as_posix())
def test_documents_link_only_to_files_in_the_repository(document):
    text = document.read_text(encoding="utf-8")
    assert "../shared" not in text
    outside, missing = [], []
    for target in MARKDOWN_LINK.findall(text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue  # web addresses and anchors in the same page
        path = (document.parent / target.split("#")[0]).resolve()
        if not path.is_relative_to(REPO.resolve()):
            outside.append(target)
        elif not path.exists():
            missing.append(target)
    assert outside == []
    assert missing == []


def test_no_code_reads_files_beside_the_repository():
    """Tests, benchmarks, fuzzers, scripts, installers and the app never reach for ../shared."""
    pattern = re.compile(r"""\.\./shared|["']shared["']\s*/|/\s*["']shared["']""")
    offenders = []
    kinds = {".py", ".sh", ".ps1", ".spec", ".yml", ".iss", ".txt", ""}
    for folder in ("src", "tests", "bench", "fuzz", "scripts", "installers", ".ci", ".github"):
        for path in sorted((REPO / folder).rglob("*")):
            generated = any(part.endswith(".egg-info") or part == "__pycache__" for part in path.parts)
            if path.is_file() and path.suffix in kinds and path != Path(__file__) and not generated:
                text = path.read_text(encoding="utf-8", errors="replace")
                offenders += [f"{path.relative_to(REPO)}: {match}" for match in pattern.findall(text)]
    assert offenders == []
