"""A damaged database at start: the app offers to restore the newest backup, keeping the
damaged file, then opens the profile; declining changes nothing. The same whether the
damage is in the header (seen at once) or inside the file, found by the check the app
starts before Qt loads (``start_integrity_check``)."""

from __future__ import annotations

import pytest

from cardentry.storage.backups import make_backup
from cardentry.storage.profile import ProfilePaths, open_store, start_integrity_check
from harness.damage import scribble_over_a_page


def _damage(partner_dir, how):
    """A backup holding a known value, then the database damaged ``how``: the assessment
    and the damaged file's bytes."""
    with open_store(partner_dir) as store:
        assessment = store.list_assessments()[0].id
        store.set_field(assessment, "overall.summary", "in the backup")
        make_backup(store, ProfilePaths(partner_dir).backups, "daily")
        for n in range(200):  # pages enough for one to be damaged
            store.new_assessment("THA", f"{1800 + n}")
    database = ProfilePaths(partner_dir).database
    if how == "header":
        database.write_bytes(b"\x00" * 4096)
        return assessment, b"\x00" * 4096
    return assessment, scribble_over_a_page(database)


def _open(app, partner_dir, how):
    if how == "header":
        return app.open_profile_window(partner_dir)
    return app.launch(partner_dir, integrity=start_integrity_check(partner_dir))


@pytest.mark.parametrize("how", ["header", "a page, found by the early check"])
def test_the_app_restores_the_newest_backup_when_the_user_agrees(qtbot, partner_dir, monkeypatch, how):
    from cardentry.ui import launcher as app

    assessment, _ = _damage(partner_dir, how)
    asked = []
    monkeypatch.setattr(app.DamagedProfilePrompt, "ask", classmethod(lambda cls, m: asked.append(m) or True))
    monkeypatch.setattr(app.QMessageBox, "information", lambda *a, **k: None)
    window = _open(app, partner_dir, how)
    assert window is not None
    qtbot.addWidget(window)
    assert "damaged" in asked[0]
    assert list(partner_dir.glob("cardentry.damaged-*.sqlite3"))
    assert window.store.get_field(assessment, "overall.summary") == "in the backup"
    window.close()


@pytest.mark.parametrize("how", ["header", "a page, found by the early check"])
def test_declining_leaves_the_damaged_file_where_it_is(qtbot, partner_dir, monkeypatch, how):
    from cardentry.ui import launcher as app

    _, damaged = _damage(partner_dir, how)
    monkeypatch.setattr(app.DamagedProfilePrompt, "ask", classmethod(lambda cls, m: False))
    assert _open(app, partner_dir, how) is None
    assert ProfilePaths(partner_dir).database.read_bytes() == damaged
    assert not list(partner_dir.glob("cardentry.damaged-*"))
