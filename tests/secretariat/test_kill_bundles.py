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


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_an_import_that_fills_the_disk_stops_and_every_file_it_reported_is_stored(tmp_path):
    """The import commits each file while it checks the next (issue 18): a COMMIT that the
    full disk refuses stops the import with its message, and what was reported is there."""
    import subprocess

    from harness.killing import HARNESS

    partner = Partner.new("Partner")
    inbox = tmp_path / "inbox"
    for n in range(40):
        write(
            inbox,
            f"{n:02}.cpc.json",
            partner.bundle(assessment_id=f"00000000-0000-4000-8000-0000000000{n:02}"),
        )
    root = tmp_path / "secretariat"
    with secretariat(root) as store:
        trust(store, partner, "THA")
    result = subprocess.run(
        [sys.executable, str(HARNESS / "import_full_disk_child.py"), str(root), str(inbox)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("failure: Could not save: the disk is full"), lines[-3:]
    acked = [line.split()[1] for line in lines if line.startswith("ack ")]
    assert 0 < len(acked) < 40
    _integrity(root / "cardentry.sqlite3")
    with open_store(root) as store:
        stored = {row[0] for row in store.db.execute("SELECT file_name FROM received_bundle")}
        assert stored == set(acked)  # what was reported is there; the refused COMMIT left nothing
        results = list(import_paths(store, [inbox]))  # with space again, the import completes
        imported = store.db.execute("SELECT count(*) FROM received_bundle").fetchone()[0]
    assert imported == 40 and {r.status for r in results} <= {"imported", "duplicate"}
