"""Issue 19.4: the core's messages reach a French or Spanish user in their language (field
messages, review lines, export problems), a date typed the French way is explained, and every
review sentence and validation message of the core is in the translation tables."""

from __future__ import annotations

from typing import Any

import pytest
from ui_helpers import shown_partner_window

from cardentry.partner import review
from cardentry.ui.common import i18n, messages
from cardentry.ui.common.qt import QApplication, Qt

ENGLISH_BITS = ("not rated", "no assessment", "must start", "must be a date", "a title is needed", "choose")


def window_in(qtbot, partner_dir, language: str) -> Any:
    """The partner's window built after the translators of ``language``."""
    return shown_partner_window(qtbot, partner_dir, language)


@pytest.fixture
def windows(qtbot, partner_dir):

    made = []

    def make(language: str) -> Any:
        made.append(window_in(qtbot, partner_dir, language))
        return made[-1]

    yield make
    for window in made:
        if not window.closed:
            window.close()
    i18n.install("en")


def focused() -> Any:
    return QApplication.focusWidget()


def add_evidence(qtbot, window) -> Any:
    window.open_card(window.store.list_assessments()[0].id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor = window.editor
    evidence = editor.indicator_page.evidence
    editor.indicator_scroll.ensureWidgetVisible(evidence.add_button)
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: evidence.list.count() == 1 and evidence.form_widget.isVisible())
    return editor, evidence


@pytest.mark.parametrize(
    ("language", "url_message", "title_message"),
    [
        ("fr", "doit commencer par http:// ou https://", "un titre est nécessaire"),
        ("es", "debe empezar por http:// o https://", "hace falta un título"),
    ],
)
def test_field_messages_and_review_lines_are_in_the_users_language(
    qtbot, windows, language, url_message, title_message
):
    window = windows(language)
    editor, evidence = add_evidence(qtbot, window)
    qtbot.mouseClick(evidence.url, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "www.example.org")
    assert evidence.messages["url"].isVisible()
    assert url_message in evidence.messages["url"].text()
    assert title_message in evidence.messages["title"].text() or not evidence.messages["title"].isVisible()
    window.session.flush_sync()
    editor.show_page("review")

    def lines() -> list[str]:
        return [editor.review_page.list.item(i).text() for i in range(editor.review_page.list.count())]

    qtbot.waitUntil(lambda: any(url_message in line for line in lines()))
    lines = lines()
    english = [line for line in lines for bit in ENGLISH_BITS if bit in line]
    assert not english, english
    assert any(url_message in line for line in lines)
    assert any(title_message in line for line in lines)


def test_a_date_typed_the_french_way_is_explained_in_french(qtbot, windows):
    window = windows("fr")
    _editor, evidence = add_evidence(qtbot, window)
    qtbot.mouseClick(evidence.date, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "12/03/2011")
    text = evidence.messages["date"].text()
    assert "2011-03-12" in text and "12 mars 2011" in text
    assert "must" not in text


def test_a_link_with_a_space_is_refused_with_a_message(qtbot, windows):
    window = windows("en")
    _editor, evidence = add_evidence(qtbot, window)
    qtbot.mouseClick(evidence.url, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "https://example.org/a report.pdf")
    assert "%20" in evidence.messages["url"].text()
    window.session.flush_sync()
    qtbot.waitUntil(
        lambda: any(f.path.endswith(".url") for f in window.editor.findings() if f.severity == "error")
    )


def test_every_review_sentence_and_core_problem_is_in_the_translation_tables():
    assert set(review.TEMPLATES) <= set(messages.FINDINGS)
    for message in (
        review.TITLE_NEEDED,
        review.CHOOSE_KIND,
        review.URL_WITH_SPACE,
        "must start with http:// or https://",
        "must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
        "2011-02-30 is not a real date",
        "String should have at most 2000 characters",
    ):
        assert messages.is_known(message), message


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_row_of_the_keyboard_shortcuts_is_cut(qtbot, windows, language):
    from PySide6.QtCore import QRect

    from cardentry.ui.common.qt import QTableWidget

    window = windows(language)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "shortcuts_dialog", None) is not None)
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    table = dialog.findChild(QTableWidget)
    metrics = table.fontMetrics()
    cut = []
    for row in range(table.rowCount()):
        for column in range(2):
            text = table.item(row, column).text()
            width = table.columnWidth(column)
            if column == 0:  # the keys: on one line
                if metrics.horizontalAdvance(text) > width:
                    cut.append((row, text))
                continue
            needed = metrics.boundingRect(QRect(0, 0, width - 8, 10_000), Qt.TextFlag.TextWordWrap, text)
            if needed.height() > table.rowHeight(row):
                cut.append((row, text))
    assert not cut
    first = table.visualItemRect(table.item(0, 0))
    assert first.top() >= 0 and first.height() >= metrics.height()
    dialog.close()


def test_new_card_country_search_ignores_accents_says_when_nothing_matches_and_enter_picks(qtbot, windows):
    window = windows("fr")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "new_card_dialog", None) is not None)
    dialog = window.new_card_dialog
    qtbot.waitExposed(dialog)
    edit = dialog.country.lineEdit()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "zzyzx")
    assert dialog.country_message.isVisible()
    assert dialog.country_message.text() == "Aucun pays ne correspond à « zzyzx »."
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "cambo")
    assert not dialog.country_message.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.country_code() == "KHM" and dialog.isVisible()  # picked; not created yet
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "equat")  # Équateur
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.country_code() == "ECU"
    assert dialog.country.currentText() == "Équateur"
    dialog.reject()


def test_a_problem_printed_with_its_path_is_translated_after_the_path(qtbot, windows):
    windows("fr")
    text = messages.problem_text(
        "indicators[8] (helpline).evidence[0].url: must start with http:// or https://"
    )
    assert text == "indicators[8] (helpline).evidence[0].url: doit commencer par http:// ou https://"
    assert messages.problem_text("something the tables do not know") == "something the tables do not know"


def test_the_export_dialog_lists_its_problems_in_french(qtbot, windows):
    window = windows("fr")
    editor, evidence = add_evidence(qtbot, window)
    qtbot.mouseClick(evidence.url, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "www.example.org")
    window.session.flush_sync()
    qtbot.waitUntil(lambda: any(f.path.endswith(".url") for f in editor.findings()))
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible())
    dialog = window.export_dialog
    lines = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("doit commencer par http:// ou https://" in line for line in lines)
    english = [line for line in lines for bit in ENGLISH_BITS if bit in line]
    assert not english, english
    assert not dialog.export_button.isEnabled()
    dialog.reject()


def test_a_missing_title_is_said_once():
    finding = review.finding(
        "error", "helpline", "evidence.x.title", review.BAD_EVIDENCE_NUMBERED,
        title="Helpline", number=1, member="title", problem=review.TITLE_NEEDED,
    )  # fmt: skip
    assert messages.finding_text(finding) == (
        "Helpline, evidence item 1: a title is needed (what the document or source is called)"
    )
