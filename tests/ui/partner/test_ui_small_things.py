"""Issue 19.9, the smaller things: the star in the page list, an export of an unchanged card
said so (and still allowed), "save again" starting in Documents."""

from __future__ import annotations

from pathlib import Path

from cardentry.partner.export import export_card
from cardentry.storage import keys
from cardentry.ui.common.qt import QApplication, QPoint, Qt

PASSPHRASE = "a long passphrase for tests"  # the partner_dir fixture's (tests/ui/conftest.py)


def open_card(qtbot, window):
    window.open_card(window.store.list_assessments()[0].id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.editor


def test_the_star_shows_in_the_page_list(qtbot, window):
    editor = open_card(qtbot, window)
    code = editor.current_page
    item = editor.items[code]
    assert item.text(1) == ""
    star = editor.indicator_page.star
    editor.indicator_scroll.ensureWidgetVisible(star)
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton, pos=QPoint(6, star.height() // 2))
    qtbot.waitUntil(lambda: item.text(1) == "★")


def export_now(window, folder: Path) -> None:
    key = keys.load_profile_key(window.data_dir).unlock(PASSPHRASE)
    export_card(window.store, window.session.assessment_id, key, folder)


def test_exporting_an_unchanged_card_says_so_and_is_still_allowed(qtbot, window, tmp_path):
    editor = open_card(qtbot, window)
    export_now(window, tmp_path)
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible())
    dialog = window.export_dialog
    assert dialog.same_note is not None and dialog.same_note.isVisible()
    assert "Nothing has changed since revision 1" in dialog.same_note.text()
    assert dialog.export_button.isEnabled()
    dialog.reject()
    page = editor.indicator_page
    qtbot.mouseClick(page.rating.buttons["green"], Qt.MouseButton.LeftButton)
    window.session.flush_sync()
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.export_dialog is not dialog and window.export_dialog.isVisible())
    assert window.export_dialog.same_note is None
    window.export_dialog.reject()


def test_save_again_starts_in_documents(qtbot, window, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    open_card(qtbot, window)
    export_now(window, tmp_path)
    window.store.set_setting("export_folder", "")
    started = []
    monkeypatch.setattr(
        type(window),
        "choose_folder",
        classmethod(lambda cls, parent, title, start: started.append(start) or ""),
    )
    window.save_again(1)
    assert started == [str(home / "Documents")]


def test_dates_are_written_with_the_year_in_full():
    from cardentry.ui.common import i18n
    from cardentry.ui.common.qt import QDate, QDateTime, QLocale, QTime

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        moment = QDateTime(QDate(2026, 11, 28), QTime(14, 2))
        assert i18n.format_datetime(moment).startswith("11/28/2026")
        assert i18n.format_date(QDate(2026, 11, 28)) == "11/28/2026"
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert i18n.format_datetime(moment).startswith("28/11/2026 14:02")
    finally:
        i18n.install("en")


def test_ranking_keys_run_best_first_as_the_rating_keys_do(qtbot, window):
    editor = open_card(qtbot, window)
    editor.show_page("ranking")  # as Ctrl+Page Down would reach it: focus on its first choice
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    window.session.flush_sync()
    qtbot.waitUntil(
        lambda: window.store.get_field(window.session.assessment_id, "overall.ranking") == "notable_efforts"
    )
    assert editor.ranking_page.buttons["notable_efforts"].text().endswith("(1)")
    assert editor.ranking_page.buttons["slow_progress"].text().endswith("(4)")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    qtbot.waitUntil(
        lambda: window.store.get_field(window.session.assessment_id, "overall.ranking") == "slow_progress"
    )
