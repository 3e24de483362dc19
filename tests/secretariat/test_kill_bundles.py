"""Kill tests for export and import: SIGKILL at random moments, many times.

Export: never a half bundle under a final ``*.cpc.json`` name, and every acknowledged
export is recorded with exactly the bytes of its file. Import: each file is either fully
imported (revision, ratings and log line together) or not at all, and importing the
folder again afterwards completes the work.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys

import pytest

from bundle_factory import Partner, secretariat, trust, write
from cardentry.bundleformat.verify import verify_file
from cardentry.secretariat.importer import import_paths
from cardentry.storage.profile import open_store
from harness.killing import run_and_kill
from partner_helpers import PASSPHRASE, fast_kdf, make_partner

KILLS = int(os.environ.get("CARDENTRY_KILLS", "100"))
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _integrity(database) -> None:
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_killing_an_export_never_leaves_a_half_bundle_or_a_lost_record(tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    root, out = tmp_path / "partner", tmp_path / "outbox"
    out.mkdir()
    with make_partner(root) as store:
        assessment = store.new_assessment("THA", "2012")
    chance = random.Random(2012)
    runs = KILLS
    for _ in range(runs):
        acks, _ = run_and_kill(
            "export_child.py", [str(root), assessment, str(out), PASSPHRASE], chance.randint(1, 6)
        )
        _integrity(root / "cardentry.sqlite3")
        with open_store(root) as store:
            recorded = {
                revision: bytes(content)
                for revision, content in store.db.execute(
                    "SELECT revision, content FROM export WHERE assessment_id = ?", [assessment]
                )
            }
        for ack in acks:
            assert int(ack) in recorded, f"acknowledged revision {ack} is not recorded"
        for path in out.glob("*.cpc.json"):
            verification = verify_file(path)
            assert verification.ok, f"{path.name}: {verification.reason} {verification.detail}"
            revision = verification.payload.revision
            if revision in recorded:
                assert path.read_bytes() == recorded[revision]
    assert len(recorded) >= runs


def test_killing_an_import_leaves_each_file_imported_whole_or_not_at_all(tmp_path):
    partners = [Partner.new(f"Partner {n}") for n in range(3)]
    inbox = tmp_path / "inbox"
    for n, partner in enumerate(partners):
        for revision in (2, 1, 3):  # out of order, as e-mail delivers them
            assessment = f"00000000-0000-4000-8000-00000000000{n}"
            data = partner.bundle(assessment_id=assessment, revision=revision)
            write(inbox, f"{n}-r{revision}.cpc.json", data)
    write(inbox, "broken.cpc.json", b"{ not a bundle")
    template = tmp_path / "template"
    with secretariat(template) as store:
        for partner in partners:
            trust(store, partner, "THA")
    chance = random.Random(42)
    for run in range(KILLS):
        root = tmp_path / f"secretariat-{run}"  # a fresh copy: every kill lands mid-import
        shutil.copytree(template, root)
        acks, _ = run_and_kill("import_child.py", [str(root), str(inbox)], chance.randint(0, 9))
        _integrity(root / "cardentry.sqlite3")
        with open_store(root) as store:
            db = store.db
            logged = {row[0] for row in db.execute("SELECT file_name FROM import_log")}
            for ack in acks:
                name = ack.split()[0]
                assert any(logged_name.endswith(name) for logged_name in logged), ack
            orphans = db.execute(
                """SELECT count(*) FROM received_bundle b WHERE NOT EXISTS
                   (SELECT 1 FROM import_log l WHERE l.bundle_id = b.bundle_id
                    AND l.outcome IN ('imported', 'superseded'))"""
            ).fetchone()[0]
            assert orphans == 0, "a revision was stored without its log line"
            unrated = db.execute(
                """SELECT count(*) FROM received_bundle b WHERE
                   (SELECT count(*) FROM received_rating r WHERE r.bundle_id = b.bundle_id) != 12"""
            ).fetchone()[0]
            assert unrated == 0, "a revision was stored without its 12 ratings"
            list(import_paths(store, [inbox]))  # importing again completes the work
            current = dict(db.execute("SELECT assessment_id, current_revision FROM received_assessment"))
        assert sorted(current.values()) == [3, 3, 3], f"run {run}"
        shutil.rmtree(root)
