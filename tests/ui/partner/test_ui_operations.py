"""The partner window runs a change through ``StoreWorker.run_op``: the work on the worker,
the result on the UI thread, one ``changed`` signal the window refreshes from, and a
failure shown with ``show_error`` (its message, the window's title for it)."""

from __future__ import annotations

import pytest

from cardentry.storage import keys
from cardentry.ui.common.qt import QMessageBox
from cardentry.ui.partner.window import MainWindow


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    boxes: list[tuple[str, str, str]] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda parent, title, text, *a, k=kind: boxes.append((k, title, text))
        )
    return boxes


def test_backing_up_the_key_runs_on_the_worker_and_refreshes_home(
    qtbot, monkeypatch, shown, window, tmp_path
) -> None:
    window._load_key()
    assert not window.home.backup_reminder.isHidden()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(MainWindow, "choose_folder", classmethod(lambda cls, *a: str(usb)))
    with qtbot.waitSignal(window.worker.changed, timeout=10000) as changed:
        window.backup_key()
    assert changed.args == ["key"]
    assert window.home.backup_reminder.isHidden()
    assert window.store.get_setting(keys.BACKED_UP_SETTING) is not None
    [backup] = list(usb.iterdir())
    assert shown == [("information", "Key backed up", shown[0][2])] and str(backup) in shown[0][2]


def test_a_backup_that_cannot_be_written_is_shown_and_changes_nothing(
    qtbot, monkeypatch, shown, window, tmp_path
) -> None:
    window._load_key()
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, where a folder was expected")
    monkeypatch.setattr(MainWindow, "choose_folder", classmethod(lambda cls, *a: str(not_a_folder / "key")))
    window.backup_key()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    kind, title, text = shown[0]
    assert (kind, title) == ("warning", "Could not back up the key")  # a message for people, not a bug
    assert "notes.txt" in text
    assert window.store.get_setting(keys.BACKED_UP_SETTING) is None
    assert not window.home.backup_reminder.isHidden()
