"""Files a library writes itself (PDF, PNG, XLSX) reach their final name whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardentry.base.atomic import produce_atomically


def test_the_produced_file_replaces_the_old_one_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    target = tmp_path / "THA-2012-card.pdf"
    target.write_bytes(b"old")
    seen = []

    def produce(temporary: Path) -> None:
        seen.append(temporary)
        temporary.write_bytes(b"new card")

    assert produce_atomically(target, produce) == target
    assert target.read_bytes() == b"new card"
    assert seen[0] != target and seen[0].parent == tmp_path and seen[0].name.endswith(".tmp")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["THA-2012-card.pdf"]


def test_a_failing_writer_keeps_the_old_file_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "overview.xlsx"
    target.write_bytes(b"last week's overview")

    def half_written(temporary: Path) -> None:
        temporary.write_bytes(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        produce_atomically(target, half_written)
    assert target.read_bytes() == b"last week's overview"
    assert [p.name for p in tmp_path.iterdir()] == ["overview.xlsx"]
