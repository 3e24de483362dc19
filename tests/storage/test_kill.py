"""Kill test: SIGKILL a process in the middle of editing, 100 times; nothing acknowledged is lost.

The child edits through ``Store.set_field`` (what the GUI calls) and prints an
acknowledgement after each call returns. The parent kills it after a random number of
acknowledgements, so the kill lands at an arbitrary point of a later transaction. After
every kill the database must pass ``PRAGMA integrity_check`` and hold every
acknowledged edit.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys

import pytest

from cardentry.storage.store import Store
from harness.killing import run_and_kill

KILLS = int(os.environ.get("CARDENTRY_KILLS", "100"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_the_editor_at_random_moments_loses_no_acknowledged_edit(tmp_path):
    database = tmp_path / "cardentry.sqlite3"
    with Store.open(database) as store:
        assessment = store.new_assessment("THA", "2012")
    chance = random.Random(20121)
    for run in range(KILLS):
        acks, _ = run_and_kill("edit_child.py", [str(database), assessment, str(run)], chance.randint(1, 40))
        acknowledged = [int(ack) for ack in acks]
        conn = sqlite3.connect(database)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"run {run}"
            saved = {
                row[0].split()[3]
                for row in conn.execute(
                    "SELECT json_extract(new, '$') FROM edit WHERE new LIKE ?", [f'"run {run} %']
                )
            }
        finally:
            conn.close()
        missing = [n for n in acknowledged if str(n) not in saved]
        assert not missing, f"run {run}: acknowledged edits lost: {missing}"
    with Store.open(database) as store:  # and the profile still opens and works
        assert store.get_field(assessment, "indicators.helpline.assessment").startswith("run ")
