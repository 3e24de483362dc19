"""Files handed over by the system ("Open with", ``cardentry FILE.cpc.json``): a secretariat's
window imports the bundle; a partner sees whether it is intact and who signed it."""

from __future__ import annotations

from pathlib import Path

from bundle_factory import Partner, secretariat, trust, write
from cardentry.cli import main


def test_cardentry_with_a_bundle_file_means_open(tmp_path, monkeypatch):
    import cardentry.ui.launcher as ui_app

    bundle = write(tmp_path, "THA-2012-x-r1.cpc.json", Partner.new().bundle())
    calls = []
    monkeypatch.setattr(ui_app, "run", lambda data_dir, **options: calls.append((data_dir, options)) or 0)
    try:
        main(["--data-dir", str(tmp_path / "p"), str(bundle)], standalone_mode=False)
    except SystemExit as done:
        assert done.code == 0
    assert calls == [(tmp_path / "p", {"open_paths": [str(bundle)]})]


def test_a_partner_sees_whether_a_bundle_is_intact(tmp_path, vectors_dir):
    from cardentry.ui.common.opening import verification_text

    intact, text = verification_text(vectors_dir / "valid-r1.cpc.json")
    assert intact and "ECPAT International" in text and "THA" in text and "revision 1" in text
    intact, text = verification_text(vectors_dir / "invalid-tampered-rating.cpc.json")
    assert not intact and "bad_signature" in text


def thai_secretariat(tmp_path: Path) -> tuple[Partner, Path]:
    """ECPAT Thailand and a secretariat profile trusting its key for THA."""
    partner = Partner.new("ECPAT Thailand")
    root = tmp_path / "sec"
    with secretariat(root) as store:
        trust(store, partner, "THA")
    return partner, root


def test_a_secretariat_window_imports_a_bundle_it_was_handed(qtbot, tmp_path):
    from secretariat_helpers import open_window, settle

    from cardentry.ui.common.opening import open_paths_later

    partner, root = thai_secretariat(tmp_path)
    bundle = write(tmp_path, "THA-2012-ecpat-r1.cpc.json", partner.bundle())
    window = open_window(qtbot, root)
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
        open_paths_later(window, [str(bundle)])
    settle(qtbot, window)
    assert [row.result.status for row in window.importer.results()] == ["imported"]


def test_a_file_macos_hands_over_as_an_event_reaches_the_window(qtbot, tmp_path):
    """macOS sends QFileOpenEvent (before the window exists when a double-click starts the app)."""
    from PySide6.QtGui import QFileOpenEvent  # tests only: what macOS sends
    from secretariat_helpers import open_window, settle

    from cardentry.ui.common.opening import FileOpenEvents
    from cardentry.ui.common.qt import QApplication

    partner, root = thai_secretariat(tmp_path)
    first = write(tmp_path, "THA-2012-ecpat-r1.cpc.json", partner.bundle())
    second = write(tmp_path, "THA-2009-ecpat-r1.cpc.json", partner.bundle(cycle="2009"))
    app = QApplication.instance()
    events = FileOpenEvents()
    app.installEventFilter(events)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(first)))  # before any window
        assert events.pending == [str(first)]
        window = open_window(qtbot, root)
        with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
            events.attach(window)
        settle(qtbot, window)
        with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
            QApplication.sendEvent(app, QFileOpenEvent(str(second)))  # while it runs
        settle(qtbot, window)
    finally:
        app.removeEventFilter(events)
    imported = {Path(row.result.file).name: row.result.status for row in window.importer.results()}
    assert imported == {first.name: "imported", second.name: "imported"}
