"""A damaged database at start: the app offers to restore the newest backup, keeping the
damaged file, then opens the profile; declining changes nothing."""

from __future__ import annotations

from cardentry.storage.backups import make_backup
from cardentry.storage.profile import ProfilePaths, open_store


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
