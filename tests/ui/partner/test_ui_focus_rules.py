"""Issue 19: what partners tripped on in the editor, used as a person does (keys, clicks, wheel).

The focus rules: changing page puts focus on the page's first control (the rating group on
an indicator page) and scrolls to the top; a key that rates never lands in a text field the
user cannot see; wheel events never change a value in a box that does not have focus; undo
always says, in words, what it restored.
"""

from __future__ import annotations

from cardentry.ui.common.qt import QApplication, QPoint, QPointF, Qt, QWheelEvent


def open_first_card(qtbot, window):
    window.open_card(window.store.list_assessments()[0].id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.editor


def db_value(window, path: str):
    return window.store.get_field(window.session.assessment_id, path)


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_rating_key_after_ctrl_page_down_rates_the_new_page_and_types_nothing(qtbot, window):
    editor = open_first_card(qtbot, window)
    first = editor.pages[0]
    editor.show_page(first)
    page = editor.indicator_page
    qtbot.mouseClick(page.recommendation.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "Adopt a plan")
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    second = editor.pages[1]
    assert editor.current_page == second
    assert editor.indicator_scroll.verticalScrollBar().value() == 0
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    window.session.flush_sync()
    qtbot.waitUntil(lambda: db_value(window, f"indicators.{second}.rating") == "green")
    assert page.rating.buttons["green"].isChecked()
    assert page.recommendation.toPlainText() == ""
    assert page.assessment.toPlainText() == ""
    assert db_value(window, f"indicators.{second}.recommendation") in (None, "")
    assert db_value(window, f"indicators.{first}.recommendation") == "Adopt a plan"


def test_rating_key_lands_in_view_never_in_a_scrolled_away_text_box(qtbot, window):
    """Focus left in a text box, the page scrolled away by the wheel: a digit typed there is
    shown where it lands (the box is scrolled back into view)."""
    editor = open_first_card(qtbot, window)
    editor.show_page(editor.pages[0])
    page = editor.indicator_page
    editor.indicator_scroll.ensureWidgetVisible(page.recommendation)
    qtbot.mouseClick(page.recommendation.viewport(), Qt.MouseButton.LeftButton)
    editor.indicator_scroll.verticalScrollBar().setValue(0)  # as the wheel over the page would
    assert page.recommendation.visibleRegion().isEmpty()
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    assert page.recommendation.toPlainText() == "1"
    assert not page.recommendation.visibleRegion().isEmpty()


def test_rating_key_after_clicking_next_rates_the_new_page(qtbot, window):
    editor = open_first_card(qtbot, window)
    editor.show_page(editor.pages[0])
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    second = editor.pages[1]
    assert editor.current_page == second
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    qtbot.waitUntil(lambda: db_value(window, f"indicators.{second}.rating") == "yellow")
    assert editor.indicator_page.rating.buttons["yellow"].isChecked()


def wheel(widget, steps: int = -1) -> None:
    """One notch of the mouse wheel over the middle of ``widget`` (negative: towards the user)."""
    centre = widget.rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(widget.mapToGlobal(centre)),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def add_evidence(qtbot, window, editor):
    page = editor.indicator_page
    editor.indicator_scroll.ensureWidgetVisible(page.evidence.add_button)
    qtbot.mouseClick(page.evidence.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.evidence.list.count() == 1 and page.evidence.form_widget.isVisible())
    return page.evidence.current_id()


def test_wheel_over_the_kind_box_scrolls_the_page_and_changes_nothing(qtbot, window):
    editor = open_first_card(qtbot, window)
    code = editor.current_page
    evidence_id = add_evidence(qtbot, window, editor)
    kind = editor.indicator_page.evidence.kind
    qtbot.keyClicks(focused(), "National plan")  # the new item's title has the focus
    assert not kind.hasFocus()
    bar = editor.indicator_scroll.verticalScrollBar()
    bar.setValue(0)
    before = kind.currentText()
    wheel(kind, -1)
    wheel(kind, -1)
    window.session.flush_sync()
    assert kind.currentText() == before
    assert db_value(window, f"evidence.{evidence_id}.kind") == "report"
    assert bar.value() > 0  # the page scrolled instead
    assert editor.current_page == code


def test_ctrl_z_after_changing_the_kind_shows_the_restored_kind(qtbot, window):
    editor = open_first_card(qtbot, window)
    evidence_id = add_evidence(qtbot, window, editor)
    kind = editor.indicator_page.evidence.kind
    kind.setFocus(Qt.FocusReason.TabFocusReason)
    report = kind.currentText()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: db_value(window, f"evidence.{evidence_id}.kind") != "report")
    assert kind.currentText() != report
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: db_value(window, f"evidence.{evidence_id}.kind") == "report")
    qtbot.waitUntil(lambda: kind.currentText() == report)


def test_undo_says_in_words_what_it_restored(qtbot, window):
    editor = open_first_card(qtbot, window)
    code = editor.current_page
    title = window.catalogue.indicator(code).title.get_for("en")
    page = editor.indicator_page
    editor.indicator_scroll.ensureWidgetVisible(page.recommendation)
    qtbot.mouseClick(page.recommendation.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "Train the police")
    window.session.flush_sync()
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() == f"Undone: Recommendation of {title}")
    evidence_id = add_evidence(qtbot, window, editor)
    qtbot.keyClicks(focused(), "National plan")
    window.session.flush_sync()
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: db_value(window, f"evidence.{evidence_id}.title") in (None, ""))
    qtbot.waitUntil(lambda: bar.currentMessage() == f"Undone: Evidence title of {title}")
    assert evidence_id not in bar.currentMessage()
