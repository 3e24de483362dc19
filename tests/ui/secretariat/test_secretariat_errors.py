"""The secretariat's window tells about errors the partner's way (``show_error``): a failed
store call is shown over the window and logged; Help > About names the log file."""

from __future__ import annotations

from typing import Any

from secretariat_helpers import settle

from cardentry.base.logs import setup_logging
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
