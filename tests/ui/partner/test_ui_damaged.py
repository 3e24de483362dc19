"""A damaged database at start: the app offers to restore the newest backup, keeping the
damaged file, then opens the profile; declining changes nothing. The same when the damage
is inside the file and found by the check the app starts before Qt loads."""

from __future__ import annotations

import sqlite3

from cardentry.storage.backups import make_backup
from cardentry.storage.profile import ProfilePaths, open_store, start_integrity_check


def _damage(partner_dir):
    with open_store(partner_dir) as store:
        assessment = store.list_assessments()[0].id
        store.set_field(assessment, "overall.summary", "in the backup")
        make_backup(store, ProfilePaths(partner_dir).backups, "daily")
    database = ProfilePaths(partner_dir).database
    database.write_bytes(b"\x00" * 4096)
    return assessment


def test_the_app_restores_the_newest_backup_when_the_user_agrees(qtbot, partner_dir, monkeypatch):
    from cardentry.ui import launcher as app

    assessment = _damage(partner_dir)
    asked = []
    monkeypatch.setattr(app.DamagedProfilePrompt, "ask", classmethod(lambda cls, m: asked.append(m) or True))
    monkeypatch.setattr(app.QMessageBox, "information", lambda *a, **k: None)
    window = app.open_profile_window(partner_dir)
    assert window is not None
    qtbot.addWidget(window)
    assert "damaged" in asked[0]
    assert list(partner_dir.glob("cardentry.damaged-*.sqlite3"))
    assert window.store.get_field(assessment, "overall.summary") == "in the backup"
    window.close()


def test_declining_leaves_the_damaged_file_where_it_is(qtbot, partner_dir, monkeypatch):
    from cardentry.ui import launcher as app

    _damage(partner_dir)
    monkeypatch.setattr(app.DamagedProfilePrompt, "ask", classmethod(lambda cls, m: False))
    assert app.open_profile_window(partner_dir) is None
    assert ProfilePaths(partner_dir).database.read_bytes() == b"\x00" * 4096
    assert not list(partner_dir.glob("cardentry.damaged-*"))


def _damage_a_page(partner_dir):
    """A healthy header over a damaged b-tree page: only ``quick_check`` finds it."""
    with open_store(partner_dir) as store:
        assessment = store.list_assessments()[0].id
        store.set_field(assessment, "overall.summary", "in the backup")
        make_backup(store, ProfilePaths(partner_dir).backups, "daily")
        for n in range(200):
            store.new_assessment("THA", f"{1800 + n}")
    database = ProfilePaths(partner_dir).database
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(database.read_bytes())
    data[3 * 4096 : 3 * 4096 + 200] = b"\xff" * 200
    database.write_bytes(bytes(data))
    return assessment, bytes(data)


def test_damage_found_by_the_early_check_is_offered_for_recovery(qtbot, partner_dir, monkeypatch):
    from cardentry.ui import launcher as app

    assessment, _ = _damage_a_page(partner_dir)
    asked = []
    monkeypatch.setattr(app.DamagedProfilePrompt, "ask", classmethod(lambda cls, m: asked.append(m) or True))
    monkeypatch.setattr(app.QMessageBox, "information", lambda *a, **k: None)
    window = app.launch(partner_dir, integrity=start_integrity_check(partner_dir))
    assert window is not None
    qtbot.addWidget(window)
    assert "damaged" in asked[0]
    assert list(partner_dir.glob("cardentry.damaged-*.sqlite3"))
    assert window.store.get_field(assessment, "overall.summary") == "in the backup"
    window.close()


def test_declining_after_the_early_check_leaves_the_file_untouched(qtbot, partner_dir, monkeypatch):
    from cardentry.ui import launcher as app

    _, damaged = _damage_a_page(partner_dir)
    monkeypatch.setattr(app.DamagedProfilePrompt, "ask", classmethod(lambda cls, m: False))
    assert app.launch(partner_dir, integrity=start_integrity_check(partner_dir)) is None
    assert ProfilePaths(partner_dir).database.read_bytes() == damaged
