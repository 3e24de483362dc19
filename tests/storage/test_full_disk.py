"""A full disk gives a clear message, and everything saved before it stays intact."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cardentry.storage.store import Store

CHILD = Path(__file__).resolve().parents[1] / "harness" / "full_disk_child.py"


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_saving_on_a_full_disk_says_so_and_keeps_what_was_saved(tmp_path):
    database = tmp_path / "cardentry.sqlite3"
    with Store.open(database) as store:
        assessment = store.new_assessment("THA", "2012")
        store.set_field(assessment, "indicators.helpline.assessment", "saved before the disk filled")
    result = subprocess.run(
        [sys.executable, str(CHILD), str(database), assessment], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "failure: Could not save: the disk is full" in result.stdout
    assert "everything saved before is safe" in result.stdout
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store.open(database) as store:
        assert store.get_field(assessment, "indicators.helpline.assessment") == "saved before the disk filled"
        store.set_field(assessment, "overall.summary", "and editing goes on once there is space")
