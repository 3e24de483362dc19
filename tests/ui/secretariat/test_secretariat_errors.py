"""The secretariat's window tells about errors the partner's way (``show_error``): a failed
store call is shown over the window and logged; Help > About names the log file."""

from __future__ import annotations

from typing import Any

from secretariat_helpers import settle

from cardentry.base.logs import setup_logging
from cardentry.secretariat.importer import import_log, import_paths
from cardentry.storage.paths import ProfilePaths
from cardentry.storage.store import StoreError
from cardentry.ui.common.qt import QApplication, QMessageBox, Qt


def capture(monkeypatch: Any) -> list[tuple[str, Any, str, str]]:
    shown: list[tuple[str, Any, str, str]] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda parent, title, text, *a, k=kind: shown.append((k, parent, title, text))
        )
    return shown


def test_a_failed_store_call_is_shown_over_the_window_and_logged(qtbot, monkeypatch, sec_window, network):
    shown = capture(monkeypatch)
    log = setup_logging(network.root)

    def refuse() -> None:
        raise StoreError("The profile is read-only. Copy it somewhere writable.")

    sec_window.desk.run(refuse, lambda _result: None)
    settle(qtbot, sec_window)
    assert shown == [
        ("warning", sec_window, "cardentry", "The profile is read-only. Copy it somewhere writable.")
    ]

    def crash() -> None:
        raise AttributeError("'NoneType' object has no attribute 'key_id'")

    sec_window.desk.run(crash)
    settle(qtbot, sec_window)
    kind, parent, _title, text = shown[-1]
    assert (kind, parent) == ("critical", sec_window) and str(log) in text
    written = log.read_text(encoding="utf-8")
    assert "The profile is read-only" in written
    assert "Traceback" in written and "AttributeError: 'NoneType' object has no attribute 'key_id'" in written


def test_about_names_the_log_file(qtbot, monkeypatch, sec_window, network):
    shown = capture(monkeypatch)
    qtbot.keyClick(sec_window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Help
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)  # About cardentry
    qtbot.waitUntil(lambda: len(shown) == 1)
    kind, parent, title, text = shown[0]
    assert (kind, parent, title) == ("information", sec_window, "About cardentry")
    assert "secretariat profile of" in text and f"Log file: {ProfilePaths(network.root).log}" in text


def test_a_change_made_through_the_desk_refreshes_every_screen_once(qtbot, sec_window):
    sec_window.show_page("dashboard")
    settle(qtbot, sec_window)
    sec_window.stale.clear()
    results = []
    with qtbot.waitSignal(sec_window.desk.changed, timeout=10000) as changed:
        sec_window.desk.run(lambda: 42, results.append, change="trust")
    settle(qtbot, sec_window)
    assert changed.args == ["trust"] and results == [42]
    assert sec_window.stale == set(sec_window.pages) - {"import", "dashboard"}  # reloaded when shown


def test_damage_found_after_the_secretariat_window_showed_reopens_it_on_the_backup(
    qtbot, monkeypatch, network, tmp_path
):
    """The check runs while the window shows; what the dashboard reads waits for its verdict."""
    from cardentry.storage.backups import make_backup
    from cardentry.storage.profile import open_store, start_integrity_check
    from cardentry.ui import launcher as app
    from cardentry.ui.secretariat import SecretariatWindow
    from harness.damage import scribble_over_a_page_of

    junk = tmp_path / "junk"
    junk.mkdir()
    for n in range(300):  # rejected files: rows enough for the import log to span pages
        (junk / f"junk-{n:03}.cpc.json").write_text('{"format": "not a bundle", "pad": "' + "x" * 200 + '"}')
    with open_store(network.root) as store:
        make_backup(store, ProfilePaths(network.root).backups, "daily")
        assert all(result.rejected for result in import_paths(store, [junk]))
    scribble_over_a_page_of(ProfilePaths(network.root).database, "import_log")
    asked = []
    monkeypatch.setattr(app.DamagedProfilePrompt, "ask", classmethod(lambda cls, m: asked.append(m) or True))
    monkeypatch.setattr(app.QMessageBox, "information", lambda *a, **k: None)
    first = app.launch(network.root, integrity=start_integrity_check(network.root))
    assert isinstance(first, SecretariatWindow) and first.isVisible() and not asked
    qtbot.waitUntil(lambda: bool(asked) and app._windows[-1] is not first, timeout=30000)
    reopened = app._windows[-1]
    qtbot.addWidget(reopened)
    assert isinstance(reopened, SecretariatWindow) and reopened.isVisible() and not first.isVisible()
    assert list(network.root.glob("cardentry.damaged-*.sqlite3"))
    assert import_log(reopened.store) == []  # the backup, made before the rejected files
    reopened.close()
