"""A damaged database at start: the app offers to restore the newest backup, keeping the
damaged file, then opens the profile; declining changes nothing. The same whether the
damage is in the header (seen at once) or inside the file, found by the check the app
starts before Qt loads (``start_integrity_check``)."""

from __future__ import annotations

import pytest

from cardentry.storage.backups import make_backup
from cardentry.storage.profile import ProfilePaths, open_store, start_integrity_check
from harness.damage import scribble_over_a_page, scribble_over_a_page_of


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


def _damage_the_history(partner_dir):
    """A backup holding a known value, then edits enough for the history to span pages, one
    of which is damaged: the card and its list still read (the window opens on them), only
    the check finds the damage."""
    with open_store(partner_dir) as store:
        assessment = store.list_assessments()[0].id
        store.set_field(assessment, "overall.summary", "in the backup")
        make_backup(store, ProfilePaths(partner_dir).backups, "daily")
        for n in range(300):
            store.set_field(assessment, "overall.summary", f"after the backup {n} " + "x" * 100)
    return assessment, scribble_over_a_page_of(ProfilePaths(partner_dir).database, "edit")


def test_damage_the_check_finds_after_the_window_showed_closes_it_and_reopens_the_backup(
    qtbot, partner_dir, monkeypatch
):
    from cardentry.ui import launcher as app

    assessment, _ = _damage_the_history(partner_dir)
    asked = []
    monkeypatch.setattr(app.DamagedProfilePrompt, "ask", classmethod(lambda cls, m: asked.append(m) or True))
    monkeypatch.setattr(app.QMessageBox, "information", lambda *a, **k: None)
    first = app.launch(partner_dir, integrity=start_integrity_check(partner_dir))
    assert first is not None and first.isVisible() and not asked  # shown before the verdict
    qtbot.waitUntil(lambda: bool(asked) and app._windows[-1] is not first, timeout=30000)
    reopened = app._windows[-1]
    qtbot.addWidget(reopened)
    assert not first.isVisible()
    assert "damaged" in asked[0]
    assert list(partner_dir.glob("cardentry.damaged-*.sqlite3"))
    assert reopened.isVisible()
    assert reopened.store.get_field(assessment, "overall.summary") == "in the backup"
    reopened.close()


def test_declining_after_the_window_showed_closes_it_and_leaves_the_file_as_it_was(
    qtbot, partner_dir, monkeypatch
):
    from cardentry.ui import launcher as app

    _, damaged = _damage_the_history(partner_dir)
    quits = []
    monkeypatch.setattr(app.DamagedProfilePrompt, "ask", classmethod(lambda cls, m: False))
    monkeypatch.setattr(app.QApplication, "quit", lambda *a: quits.append(True))
    first = app.launch(partner_dir, integrity=start_integrity_check(partner_dir))
    assert first is not None and first.isVisible()
    qtbot.waitUntil(lambda: bool(quits), timeout=30000)  # the app ends
    assert not first.isVisible()
    assert ProfilePaths(partner_dir).database.read_bytes() == damaged
    assert not list(partner_dir.glob("cardentry.damaged-*"))
    assert not list(ProfilePaths(partner_dir).backups.glob("daily-*.sqlite3.partial"))
