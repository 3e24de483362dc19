"""The day's backup is made on a thread of its own once the window is up, not before it
shows (issue 18: a large database takes a moment to copy); the profile opens either way."""

from __future__ import annotations

import shutil

from cardentry.storage.backups import list_backups
from cardentry.storage.profile import ProfilePaths


def test_opening_the_app_makes_the_days_backup_behind_the_window(qtbot, partner_dir):
    from cardentry.ui import launcher as app

    backups = ProfilePaths(partner_dir).backups
    shutil.rmtree(backups, ignore_errors=True)
    window = app.launch(partner_dir)
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    qtbot.waitUntil(lambda: len(list_backups(backups)) == 1, timeout=10_000)
    assert list_backups(backups)[0].reason == "daily"
    window.close()


def test_a_backup_that_cannot_be_written_does_not_stop_the_app(qtbot, partner_dir, caplog):
    from cardentry.ui import launcher as app

    backups = ProfilePaths(partner_dir).backups
    shutil.rmtree(backups, ignore_errors=True)
    backups.write_text("a file where the backups folder should be")  # the copy cannot be written
    window = app.launch(partner_dir)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "the daily backup was not written" in caplog.text, timeout=10_000)
    assert window.isVisible()
    window.close()
