"""Backups rotate by count, age and size, restore to a working profile, and a damaged
database is set aside (never overwritten) with the newest healthy backup restored."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import threading

import pytest

from cardentry.storage.backups import (
    backup_if_due,
    list_backups,
    make_backup,
    recover,
    restore_backup,
    rotate,
)
from cardentry.storage.profile import ProfilePaths, init_profile, make_daily_backup, open_store
from cardentry.storage.store import DatabaseDamaged, Store, StoreError

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "cardentry.sqlite3") as opened:
        yield opened


def test_a_backup_restores_to_a_profile_with_the_same_cards(store, tmp_path):
    assessment = store.new_assessment("THA", "2012")
    store.set_field(assessment, "overall.summary", "weeks of work")
    backup = make_backup(store, tmp_path / "backups", "export")
    target = tmp_path / "restored" / "cardentry.sqlite3"
    target.parent.mkdir()
    restore_backup(backup, target)
    with Store.open(target) as restored:
        assert restored.get_field(assessment, "overall.summary") == "weeks of work"


def test_rotation_keeps_the_newest_n(store, tmp_path):
    folder = tmp_path / "backups"
    for day in range(15):
        make_backup(store, folder, "daily", now=T0 + dt.timedelta(days=day))
    kept = list_backups(folder)
    assert len(kept) == 10
    assert kept[0].made_at == T0 + dt.timedelta(days=14)


def test_rotation_drops_old_backups_but_never_the_newest(store, tmp_path):
    folder = tmp_path / "backups"
    make_backup(store, folder, "daily", now=T0)
    make_backup(store, folder, "daily", now=T0 + dt.timedelta(days=1))
    rotate(folder, now=T0 + dt.timedelta(days=365))
    kept = list_backups(folder)
    assert [b.made_at for b in kept] == [T0 + dt.timedelta(days=1)]


def test_rotation_respects_a_size_budget(store, tmp_path):
    folder = tmp_path / "backups"
    for day in range(4):
        make_backup(store, folder, "daily", now=T0 + dt.timedelta(days=day))
    one = list_backups(folder)[0].size
    rotate(folder, max_total_bytes=2 * one, now=T0 + dt.timedelta(days=4))
    assert len(list_backups(folder)) == 2


def test_the_daily_backup_is_made_once_a_day(store, tmp_path):
    folder = tmp_path / "backups"
    assert backup_if_due(store, folder, now=T0) is not None
    assert backup_if_due(store, folder, now=T0 + dt.timedelta(hours=23)) is None
    assert backup_if_due(store, folder, now=T0 + dt.timedelta(hours=25)) is not None


def test_a_damaged_database_is_set_aside_and_the_newest_healthy_backup_restored(tmp_path):
    database = tmp_path / "cardentry.sqlite3"
    folder = tmp_path / "backups"
    with Store.open(database) as store:
        assessment = store.new_assessment("THA", "2012")
        store.set_field(assessment, "overall.summary", "older")
        make_backup(store, folder, "daily", now=T0)
        store.set_field(assessment, "overall.summary", "newer")
        make_backup(store, folder, "daily", now=T0 + dt.timedelta(days=1))
    newest = list_backups(folder)[0].path
    newest.write_bytes(b"damaged backup")  # the newest backup is damaged too
    database.write_bytes(b"\x00" * 8192)
    with pytest.raises(DatabaseDamaged):
        Store.open(database)
    damaged, restored = recover(database, folder)
    assert damaged.read_bytes() == b"\x00" * 8192  # kept, for a specialist
    assert restored is not None and restored.made_at == T0
    with Store.open(database) as store:
        assert store.get_field(assessment, "overall.summary") == "older"


def test_restoring_over_an_existing_database_is_refused(store, tmp_path):
    backup = make_backup(store, tmp_path / "backups", "export")
    with pytest.raises(FileExistsError):
        restore_backup(backup, store.path)


def test_a_damaged_profile_says_how_to_recover_and_recover_restores_the_backup(cli):
    from cardentry.storage.profile import ProfilePaths

    assert cli("profile", "init", "--org", "Secretariat", "--role", "secretariat").exit_code == 0
    assert cli("profile", "show").exit_code == 0  # opening makes the day's backup
    database = ProfilePaths(cli.data_dir).database
    database.write_bytes(b"garbage" * 1000)
    result = cli("profile", "show")
    assert result.exit_code == 2
    assert "profile recover" in result.output
    result = cli("profile", "recover", "--yes")
    assert result.exit_code == 0, result.output
    assert "Restored the backup" in result.output
    assert list(cli.data_dir.glob("cardentry.damaged-*.sqlite3"))
    assert cli("profile", "show", "--json").exit_code == 0


def test_recover_refuses_to_touch_a_healthy_database(cli):
    assert cli("profile", "init", "--org", "Secretariat", "--role", "secretariat").exit_code == 0
    assert cli("profile", "recover", "--yes").exit_code == 2


def test_every_export_leaves_a_backup_of_the_card(tmp_path, monkeypatch):
    from cardentry.partner.export import export_card
    from cardentry.storage import keys
    from partner_helpers import PASSPHRASE, fast_kdf, fill, full_answers, make_partner

    fast_kdf(monkeypatch)
    root = tmp_path / "partner"
    with make_partner(root) as store:
        assessment = store.new_assessment("THA", "2012")
        fill(store, assessment, full_answers())
        export_card(store, assessment, keys.load_profile_key(root).unlock(PASSPHRASE), tmp_path)
    assert [b.reason for b in list_backups(root / "backups")] == ["export"]


def test_a_backup_cut_short_never_passes_for_one(store, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    made = make_backup(store, folder, "daily", now=T0)
    assert [b.path for b in list_backups(folder)] == [made]  # written as .partial, then renamed
    assert not list(folder.glob("*.partial"))

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # the app stopped before the copy was complete

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        make_backup(store, folder, "daily", now=T0 + dt.timedelta(days=2))
    monkeypatch.undo()
    assert len(list(folder.glob("*.partial"))) == 1
    assert [b.path for b in list_backups(folder)] == [made]  # the unfinished copy is not a backup
    assert backup_if_due(store, folder, now=T0 + dt.timedelta(days=2)) is not None  # still due


def test_the_next_backup_removes_what_a_copy_cut_short_left_and_nothing_else(tmp_path):
    database = tmp_path / "cardentry.sqlite3"
    folder = tmp_path / "backups"
    folder.mkdir()
    leftovers = [
        folder / "daily-20260101T000000000000Z.sqlite3.partial",
        folder / "daily-20260101T000000000000Z.sqlite3.partial-journal",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"cut short")
    kept = [folder / "notes.partial.txt", tmp_path / "elsewhere.sqlite3.partial"]
    for other in kept:
        other.write_bytes(b"not ours")
    with Store.open(database, backup_dir=folder) as store:
        assert all(leftover.exists() for leftover in leftovers)  # opening removes nothing
        made = make_backup(store, folder, "daily", now=T0)
        assert sorted(folder.iterdir()) == sorted([made, kept[0]])
        store.backup(tmp_path / "copy.sqlite3")  # a copy elsewhere touches nothing there
    assert all(other.read_bytes() == b"not ours" for other in kept)


def test_a_profile_opened_for_the_desktop_app_leaves_the_daily_backup_to_it(tmp_path):
    root = tmp_path / "profile"
    init_profile(root, role="partner", organisation="Partner").close()
    shutil.rmtree(ProfilePaths(root).backups, ignore_errors=True)
    with open_store(root, daily_backup=False) as store:
        assert list_backups(ProfilePaths(root).backups) == []
        make_daily_backup(store)
        assert len(list_backups(ProfilePaths(root).backups)) == 1
    with open_store(root):  # the command line: at once, when due (not again today)
        assert len(list_backups(ProfilePaths(root).backups)) == 1


def test_a_backup_holds_up_no_transaction_and_copies_only_what_is_committed(tmp_path):
    with Store.open(tmp_path / "cardentry.sqlite3") as store:
        card = store.new_assessment("THA", "2012")
        store.set_field(card, "overall.summary", "committed")
        copy = tmp_path / "copy.sqlite3"
        with store.transaction():  # the worker in the middle of an edit
            store.set_field(card, "overall.summary", "not committed yet")
            copier = threading.Thread(target=store.backup, args=(copy,))
            copier.start()
            copier.join(20)
            assert not copier.is_alive()  # the copy did not wait for the transaction
    with Store.open(copy) as copied:
        assert copied.get_field(card, "overall.summary") == "committed"


def test_closing_the_store_waits_for_a_copy_under_way_and_a_copy_after_it_is_refused(tmp_path):
    store = Store.open(tmp_path / "cardentry.sqlite3")
    store.execute("CREATE TABLE ballast (data BLOB)")
    store.execute("INSERT INTO ballast VALUES (zeroblob(64 * 1024 * 1024))")  # a copy that takes a moment
    folder = tmp_path / "backups"
    copier = threading.Thread(target=store.backup, args=(folder / "daily.sqlite3",))
    copier.start()
    while copier.is_alive() and not list(folder.glob("*.partial")):
        pass  # until the copy is under way
    store.close()
    assert not list(folder.glob("*.partial")) and (folder / "daily.sqlite3").is_file()  # finished first
    copier.join()
    with pytest.raises(StoreError, match="closed before the copy"):
        store.backup(folder / "later.sqlite3")
    assert not (folder / "later.sqlite3").exists()
