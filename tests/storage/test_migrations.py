"""Every schema step, tested by upgrading a database made at every earlier version."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlite_utils import Database

from cardentry.storage.migrations import MIGRATIONS, SCHEMA_VERSION, migration_names
from cardentry.storage.store import Store, StoreError

NAMES = migration_names()


def _database_at(path, version: int) -> None:
    """A database as an app with only the first ``version`` steps would have left it."""
    db = Database(sqlite3.connect(path, isolation_level=None))
    if version < len(NAMES):
        MIGRATIONS.apply(db, stop_before=NAMES[version])
    else:
        MIGRATIONS.apply(db)
    db.execute(f"PRAGMA user_version={version}")
    if db["assessment"].exists():
        db["assessment"].insert(
            {"id": "0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b", "country": "THA", "cycle": "2012",
             "created_at": "2012-01-01T00:00:00Z", "updated_at": "2012-01-01T00:00:00Z",
             "summary": "written at an earlier version"}
        )  # fmt: skip
        db["indicator"].insert(
            {"assessment_id": "0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b", "code": "helpline", "rating": "red"}
        )
    db.conn.close()


def _row_counts(path) -> dict[str, int]:
    db = Database(sqlite3.connect(path))
    counts = {name: db[name].count for name in db.table_names() if name != "_sqlite_migrations"}
    db.conn.close()
    return counts


def test_there_is_a_step_per_schema_version_in_order():
    assert len(NAMES) == SCHEMA_VERSION
    assert sorted(NAMES) == NAMES


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_a_database_from_an_earlier_version_upgrades_keeping_its_data(tmp_path, version):
    path = tmp_path / "cardentry.sqlite3"
    _database_at(path, version)
    before = _row_counts(path)
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [m.name for m in MIGRATIONS.applied(store.db)] == NAMES
        for table, count in before.items():
            assert store.db[table].count == count, table
        if version >= 1:
            card = store.load_card("0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b")
            assert card.overall.summary == "written at an earlier version"
        store.new_assessment("KHM", "2012")  # and the upgraded schema works


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_upgrade_first_backs_up_the_old_database(tmp_path, version):
    path = tmp_path / "cardentry.sqlite3"
    _database_at(path, version)
    Store.open(path).close()
    backups = list((tmp_path / "backups").glob("before-schema-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    old.close()


def test_a_new_database_needs_no_backup(tmp_path):
    Store.open(tmp_path / "cardentry.sqlite3").close()
    assert not (tmp_path / "backups").exists()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    _database_at(path, SCHEMA_VERSION)
    db = Database(sqlite3.connect(path, isolation_level=None))
    db["_sqlite_migrations"].insert(
        {"migration_set": "cardentry", "name": "9999_future", "applied_at": "2030-01-01"}
    )
    db.conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before


def test_step_5_marks_earlier_rows_plain_and_not_internal(tmp_path):
    """0005_sealing_and_internal: old log rows were not sealed; old evidence is not internal."""
    path = tmp_path / "cardentry.sqlite3"
    _database_at(path, NAMES.index("0005_sealing_and_internal"))
    db = Database(sqlite3.connect(path, isolation_level=None))
    db["import_log"].insert({"at": "2012-01-01T00:00:00Z", "file_name": "a.cpc.json", "sha256": "00",
                             "outcome": "imported"})  # fmt: skip
    db["evidence"].insert({"assessment_id": "0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b", "id": "e1",
                           "code": "helpline", "position": 0, "kind": "report", "title": "Old"})  # fmt: skip
    db.conn.close()
    with Store.open(path) as store:
        assert store.db.execute("SELECT sealed FROM import_log").fetchone()[0] == 0
        card = store.load_card("0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b")
        assert card.internal_evidence == frozenset() and card.internal_notes == {}
        assert [item.title for item in card.indicator("helpline").evidence] == ["Old"]


def test_reopening_a_current_database_skips_sqlite_utils_and_keeps_wal_and_full_sync(tmp_path):
    """Issue 18: a database with exactly this app's steps opens without loading sqlite-utils
    (nothing to refuse, nothing to migrate), configured as always."""
    path = tmp_path / "cardentry.sqlite3"
    Store.open(path).close()
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from cardentry.storage.store import Store
        store = Store.open(Path({str(path)!r}))
        pragmas = [store.execute('PRAGMA ' + name).fetchone()[0]
                   for name in ('journal_mode', 'synchronous', 'foreign_keys', 'recursive_triggers')]
        print('sqlite_utils' in sys.modules, *pragmas, store.schema_version)
        store.new_assessment('KHM', '2012')  # sqlite-utils loads when first needed
        print('sqlite_utils' in sys.modules)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "wal", "2", "1", "1", str(SCHEMA_VERSION), "True"]
    assert not (tmp_path / "backups").exists()


def test_a_database_missing_its_last_step_is_still_upgraded_after_a_backup(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    _database_at(path, SCHEMA_VERSION - 1)
    with Store.open(path) as store:
        assert [m.name for m in MIGRATIONS.applied(store.db)] == NAMES
    assert len(list((tmp_path / "backups").glob("before-schema-*.sqlite3"))) == 1


def test_step_7_drops_the_two_indexes_no_query_reads_and_check_11_still_uses_an_index(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    _database_at(path, 6)
    with Store.open(path) as store:
        indexes = {row[0] for row in store.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert not {"received_by_assessment", "received_by_signed"} & indexes
        plan = " ".join(
            str(row[-1])
            for row in store.execute(
                "EXPLAIN QUERY PLAN SELECT bundle_id FROM received_bundle "
                "WHERE assessment_id = ? AND revision = ?",
                ["a", 1],
            )
        )
        assert "USING INDEX sqlite_autoindex_received_bundle_2" in plan
