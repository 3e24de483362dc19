"""The card editor: autosave, undo, keyboard rating, evidence messages (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from cardentry.storage.store import Store
from cardentry.ui.common.qt import QApplication, Qt


def stored(root: Path, path: str):
    with Store.open(root / "cardentry.sqlite3") as store:
        assessment_id = store.list_assessments()[0].id
        return store.get_field(assessment_id, path)


def open_first_card(window):
    window.open_card(window.store.list_assessments()[0].id)
    return window.editor


def db_value(window, path: str):
    """Read through the window's own store (the profile is locked while it is open)."""
    return window.store.get_field(window.session.assessment_id, path)


def test_text_typed_then_window_closed_is_in_the_database(qtbot, window, partner_dir):
    editor = open_first_card(window)
    editor.show_page("helpline")
    qtbot.keyClicks(editor.indicator_page.assessment, "A 24-hour line exists since 2010.")
    window.close()  # at once: no wait for the autosave timer, no question asked
    assert window.closed
    assert stored(partner_dir, "indicators.helpline.assessment") == "A 24-hour line exists since 2010."


def test_every_edit_is_saved_within_a_second_in_the_background(qtbot, window):
    editor = open_first_card(window)
    editor.show_page("shelters")
    qtbot.keyClicks(editor.indicator_page.recommendation, "Open shelters for boys.")
    qtbot.waitUntil(
        lambda: db_value(window, "indicators.shelters.recommendation") == "Open shelters for boys.",
        timeout=1500,
    )
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saved "))


def test_undo_restores_the_previous_value_in_the_database(qtbot, window):
    editor = open_first_card(window)
    editor.show_page("helpline")
    page = editor.indicator_page
    qtbot.mouseClick(page.rating.buttons["green"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: db_value(window, "indicators.helpline.rating") == "green")
    qtbot.mouseClick(page.rating.buttons["red"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: db_value(window, "indicators.helpline.rating") == "red")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.rating.buttons["red"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: db_value(window, "indicators.helpline.rating") == "green")
    qtbot.waitUntil(lambda: page.rating.buttons["green"].isChecked())
    # redo puts red back
    qtbot.keyClick(
        page.rating.buttons["green"],
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: db_value(window, "indicators.helpline.rating") == "red")


def test_ctrl_z_in_a_text_box_undoes_the_saved_text_not_just_the_widget(qtbot, window):
    editor = open_first_card(window)
    editor.show_page("shelters")
    text = editor.indicator_page.assessment
    qtbot.keyClicks(text, "First version.")
    window.session.flush_sync()
    qtbot.keyClicks(text, " More.")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: db_value(window, "indicators.shelters.assessment") == "First version.")
    qtbot.waitUntil(lambda: text.toPlainText() == "First version.")


def test_keyboard_only_rating_of_all_twelve_indicators(qtbot, window):
    editor = open_first_card(window)
    codes = editor.codes
    editor.show_page(codes[0])
    sidebar = editor.sidebar
    sidebar.setFocus()
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3]
    for index, code in enumerate(codes):
        assert editor.current_page == code
        qtbot.keyClick(sidebar, keys[index % 3])
        qtbot.keyClick(sidebar, Qt.Key.Key_Down)  # goal headings are hopped over
    assert editor.current_page == "summary"
    window.session.flush_sync()
    ratings = [db_value(window, f"indicators.{code}.rating") for code in codes]
    assert ratings == [("green", "yellow", "red")[i % 3] for i in range(12)]
    # and on the page itself: Tab to the rating, then a key
    editor.show_page(codes[4])
    editor.focus_page()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0)
    qtbot.waitUntil(lambda: db_value(window, f"indicators.{codes[4]}.rating") is None)


def test_invalid_evidence_shows_its_message_and_blocks_nothing_else(qtbot, window):
    editor = open_first_card(window)
    editor.show_page("national_legislation")
    evidence = editor.indicator_page.evidence
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: evidence.list.count() == 1)
    qtbot.keyClicks(evidence.url, "www.example.org/law")
    assert evidence.messages["url"].isVisible()
    assert "http" in evidence.messages["url"].text()
    qtbot.keyClicks(evidence.date, "2011-02-30")
    assert "real date" in evidence.messages["date"].text()
    qtbot.keyClicks(evidence.title, "Anti-Trafficking in Persons Act")
    assert not evidence.messages["title"].isVisible()
    # the rest of the page still works and saves
    qtbot.mouseClick(editor.indicator_page.rating.buttons["yellow"], Qt.MouseButton.LeftButton)
    window.session.flush_sync()
    evidence_id = evidence.current_id()
    assert db_value(window, f"evidence.{evidence_id}.url") == "www.example.org/law"  # saved as typed
    assert db_value(window, "indicators.national_legislation.rating") == "yellow"
    QApplication.processEvents()
    # the review page lists it, and its line leads back to the field
    review = editor.review_page
    lines = [review.list.item(i).text() for i in range(review.list.count())]
    assert any("link" in line.lower() or "url" in line.lower() for line in lines if line.startswith("Fix"))
    editor.show_page("review")
    row = next(i for i, line in enumerate(lines) if line.startswith("Fix") and "url" in line)
    review.list.setCurrentRow(row)
    review._activated(review.list.item(row))
    assert editor.current_page == "national_legislation"
    assert evidence.url.hasFocus() or QApplication.focusWidget() is evidence.url


def test_evidence_can_be_reordered_and_removed_and_removal_undone(qtbot, window):
    editor = open_first_card(window)
    editor.show_page("helpline")
    evidence = editor.indicator_page.evidence
    for count, title in enumerate(("First", "Second"), start=1):
        qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=count: evidence.list.count() == n)
        qtbot.keyClicks(evidence.title, title)
    window.session.flush_sync()
    assert evidence.list.currentRow() == 1
    qtbot.mouseClick(evidence.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: evidence.list.item(0).text().endswith("Second"))
    order = db_value(window, "indicators.helpline.evidence_order")
    assert [db_value(window, f"evidence.{i}.title") for i in order] == ["Second", "First"]
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: evidence.list.count() == 1)
    window.undo()
    qtbot.waitUntil(lambda: evidence.list.count() == 2)


def test_field_history_lists_saved_values(qtbot, window):
    editor = open_first_card(window)
    editor.show_page("summary")
    summary = editor.summary_page.summary
    qtbot.keyClicks(summary, "Draft one.")
    window.session.flush_sync()
    qtbot.keyClicks(summary, " Better.")
    summary.setFocus()
    QApplication.processEvents()
    window.show_history()
    qtbot.waitUntil(lambda: getattr(window, "history_dialog", None) is not None)
    table = window.history_dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "Draft one. Better."
    assert table.item(1, 1).text() == "Draft one."
    window.history_dialog.close()


def test_starting_from_the_previous_cycle_marks_indicators_to_review(qtbot, window):
    old = window.store.list_assessments()[0].id
    window.store.set_field(old, "indicators.helpline.rating", "yellow")
    window.refresh_home()
    window.new_card(old)
    dialog = window.new_card_dialog
    dialog.cycle.setText("2014")
    assert dialog.start_from.currentData() == old
    dialog.accept()
    editor = window.editor
    assert editor is not None and window.session.card.cycle == "2014"
    assert window.session.to_review == set(editor.codes)
    editor.show_page("helpline")
    page = editor.indicator_page
    assert page.rating.buttons["yellow"].isChecked()
    assert page.to_review.isVisible()
    assert "2012" in page.previous_line.text() and "Yellow" in page.previous_line.text()
    qtbot.mouseClick(page.rating.buttons["green"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "helpline" not in window.session.to_review)
    assert not page.to_review.isVisible()


def test_window_size_and_splitter_are_remembered(qtbot, window, partner_dir):
    editor = open_first_card(window)
    editor.splitter.setSizes([300, 400])
    window.resize(720, 560)  # the offscreen screen is 800x600
    window.close()
    from cardentry.storage.profile import open_store
    from cardentry.ui.partner.window import MainWindow

    again = MainWindow(open_store(partner_dir), partner_dir)
    qtbot.addWidget(again)
    again.show()
    assert again.size().width() == 720
    again.open_card(again.store.list_assessments()[0].id)
    assert abs(again.editor.splitter.sizes()[0] - 300) <= 2
    again.close()


def test_guidance_can_be_read_in_french_and_the_choice_is_kept(qtbot, window):
    editor = open_first_card(window)
    editor.show_page("helpline")
    window.set_language("fr")
    page = window.editor.indicator_page
    assert window.editor.current_page == "helpline"
    assert page.title.text().endswith("Ligne d'assistance")
    assert page.question.text().startswith("Existe-t-il")
    assert window.store.get_setting("language") == "fr"
