"""Languages and accessibility of the partner app (pytest-qt, offscreen, 1366x768).

French and Spanish leave no English text on any page; a pseudo-locale (texts 40% longer,
accented) clips nothing; every input a keyboard can reach has a name a screen reader
reads; Tab follows the page; the whole flow (open, rate twelve indicators, export) works
by keyboard alone; Arabic text sits in the left-to-right UI without breaking it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible  # tests only: what a screen reader is told

from cardentry.base.catalogue import default_catalogue
from cardentry.ui.common import i18n
from cardentry.ui.common.qt import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    Qt,
    QTreeWidget,
    QWidget,
)

PASSPHRASE = "a long passphrase for tests"  # the partner_dir fixture's (tests/ui/conftest.py)

REPO = Path(__file__).resolve().parents[3]


def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def open_card_with_evidence(qtbot, window: Any) -> Any:
    window.open_card(window.store.list_assessments()[0].id)
    editor = window.editor
    editor.show_page(editor.codes[0])
    evidence = editor.indicator_page.evidence
    evidence.add()
    qtbot.waitUntil(lambda: evidence.list.count() == 1)
    settle()
    return editor


def screens(qtbot, window: Any) -> Iterator[tuple[str, QWidget]]:
    """Every screen of the partner flow, shown one after the other: (name, top-level widget)."""
    from cardentry.ui.common.settings import SettingsDialog

    settle()
    yield "home", window
    editor = open_card_with_evidence(qtbot, window)
    for page in (editor.codes[0], *editor.pages[len(editor.codes) :]):
        editor.show_page(page)
        if page == "review":
            window.refresh_exports()
        settle()
        yield f"editor:{page}", window
    dialogs: list[tuple[str, Callable[[], QDialog]]] = [
        ("export", lambda: (window.export_current(), window.export_dialog)[1]),
        ("settings", lambda: SettingsDialog(window.data_dir, window)),
        ("shortcuts", lambda: (window.show_shortcuts(), window.shortcuts_dialog)[1]),
        ("public key", lambda: (window.show_public_key(), window.key_dialog)[1]),
    ]
    for name, build in dialogs:
        dialog = build()
        dialog.show()
        qtbot.waitExposed(dialog)
        settle()
        yield name, dialog
        dialog.close()
    window.show_home()
    window.new_card()
    window.new_card_dialog.show()
    settle()
    yield "new card", window.new_card_dialog
    window.new_card_dialog.close()


def visible_widgets(root: QWidget, kind: type = QWidget) -> list[Any]:
    return [w for w in root.findChildren(kind) if w.isVisible() and w.window() is root.window()]


# --- translations ----------------------------------------------------------------------------


def english_sources(language: str) -> set[str]:
    """English texts whose translation differs: seeing one on screen means a string was missed."""
    sources = set()
    for message in ET.parse(REPO / "resources" / "i18n" / f"cardentry_{language}.ts").iter("message"):
        source = message.findtext("source")
        forms = [message.findtext("translation")] + [f.text for f in message.iter("numerusform")]
        if "{" not in source and "%n" not in source and source not in forms and len(source) > 3:
            sources.add(source)
    return sources


def shown_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in visible_widgets(root):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(column) for column in range(widget.columnCount())]
    if isinstance(root, QDialog) or root.isWindow():
        texts.append(root.windowTitle())
    for action in root.findChildren(type(root.actions()[0])) if root.actions() else []:
        texts.append(action.text())
    return [text for text in texts if text]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_screen_is_in_french_or_spanish(qtbot, make_window, language: str) -> None:
    window = make_window(language)
    english = english_sources(language) | {"Cancel", "Close"}  # Qt's own buttons: qtbase_fr/es
    catalogue = default_catalogue()
    left = []
    for name, root in screens(qtbot, window):
        left += [f"{name}: {text!r}" for text in shown_texts(root) if text in english]
    assert not left, "English left on screen:\n" + "\n".join(left)
    window.open_card(window.store.list_assessments()[0].id)
    page = window.editor.indicator_page
    window.editor.show_page("helpline")
    assert page.title.text().endswith(catalogue.indicator("helpline").title[language])
    assert page.rating.guidance["green"].text() == catalogue.indicator("helpline").guidance.green[language]
    assert window.menuBar().actions()[0].text() == {"fr": "&Fichier", "es": "&Archivo"}[language]


def test_settings_choose_the_language_for_the_next_start(qtbot, make_window, partner_dir) -> None:
    from cardentry.ui.common.settings import SettingsDialog
    from cardentry.ui.launcher import install_language

    window = make_window("en")
    dialog = SettingsDialog(partner_dir, window)
    assert dialog.choice() == i18n.AUTOMATIC
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    assert window.menuBar().actions()[0].text() == "&File"  # at the next start, not now
    assert i18n.stored_choice(partner_dir) == "es"
    assert install_language(partner_dir) == "es" and i18n.current_language() == "es"
    i18n.store_choice(partner_dir, i18n.AUTOMATIC)
    assert install_language(partner_dir) == i18n.system_language()


def test_dates_and_counts_follow_the_locale(qtbot, make_window) -> None:
    from cardentry.ui.common.widgets import local_time

    make_window("fr")
    assert local_time("2012-02-03T13:02:00Z", with_date=True).startswith("03/02/2012")
    assert i18n.format_number(12345) == "12\u202f345"
    assert QApplication.translate("CallsPage", "%n call(s) to action (at most 50)", "", 2).startswith(
        "2 appels"
    )
    i18n.install("en")
    assert QApplication.translate("CallsPage", "%n call(s) to action (at most 50)", "", 1).startswith(
        "1 call to"
    )


# --- pseudo-locale: nothing clipped ------------------------------------------------------------


def clipped(root: QWidget) -> list[str]:
    problems = []
    for widget in visible_widgets(root, QLabel) + visible_widgets(root, QAbstractButton):
        text = widget.text()
        if not text:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() + 1 < widget.heightForWidth(widget.width()):
                problems.append(
                    f"{text[:50]!r}: {widget.height()} px high, needs {widget.heightForWidth(widget.width())}"
                )
        elif widget.width() + 1 < widget.sizeHint().width():
            problems.append(f"{text[:50]!r}: {widget.width()} px wide, needs {widget.sizeHint().width()}")
    for area in visible_widgets(root, QScrollArea):
        inner = area.widget()
        if inner is not None and inner.width() > area.viewport().width() + 1:
            problems.append(f"a page {inner.width()} px wide in a {area.viewport().width()} px view")
    return problems


def test_pseudo_locale_clips_no_label_or_button(qtbot, make_window) -> None:
    window = make_window("pseudo")
    assert window.menuBar().actions()[0].text().startswith("[&F")
    problems = []
    for name, root in screens(qtbot, window):
        problems += [f"{name}: {problem}" for problem in clipped(root)]
    assert not problems, "\n".join(problems)


def test_pseudo_locale_clips_nothing_in_the_first_run(qtbot, tmp_path) -> None:
    from cardentry.ui.common.firstrun import FirstRunWizard
    from cardentry.ui.launcher import ensure_app

    ensure_app()
    i18n.install("pseudo")
    try:
        wizard = FirstRunWizard(tmp_path / "new")
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        problems = []
        for _ in range(3):
            settle()
            problems += [f"{wizard.currentPage().title()}: {p}" for p in clipped(wizard)]
            if wizard.currentId() == 0:
                wizard.next()
            elif wizard.currentId() == 1:
                wizard.organisation_page.organisation.setText("ECPAT")
                wizard.organisation_page.check("THA")
                wizard.next()
        assert not problems, "\n".join(problems)
        wizard.reject()
    finally:
        i18n.install("en")


# --- accessibility ------------------------------------------------------------------------------

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView)


def unnamed_inputs(root: QWidget) -> list[str]:
    problems = []
    for widget in visible_widgets(root):
        if not isinstance(widget, INPUTS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QAbstractItemView) and isinstance(widget.parent(), QComboBox):
            continue  # a combo box's own popup list
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            problems.append(
                f"{type(widget).__name__} {widget.objectName() or ''} at {widget.pos().toTuple()}"
            )
    return problems


def test_every_focusable_input_has_a_name_for_screen_readers(qtbot, make_window) -> None:
    window = make_window("en")
    problems = []
    for name, root in screens(qtbot, window):
        problems += [f"{name}: {problem}" for problem in unnamed_inputs(root)]
    assert not problems, "\n".join(problems)


def test_ratings_are_told_by_words_and_shape_as_well_as_colour(qtbot, make_window) -> None:
    window = make_window("en")
    window.open_card(window.store.list_assessments()[0].id)
    rating = window.editor.indicator_page.rating
    for code, button in rating.buttons.items():
        assert not button.icon().isNull()  # the shape: disc, half disc, ring, dashed circle
        assert button.accessibleName() in button.text()  # the words
        assert button.accessibleDescription() == rating.guidance[code].text()  # and what it means
    item = window.editor.items[window.editor.codes[0]]
    assert item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole)  # "Not assessed, not started"


def test_tab_follows_the_indicator_page_from_top_to_bottom(qtbot, make_window) -> None:
    window = make_window("en")
    editor = open_card_with_evidence(qtbot, window)
    page = editor.indicator_page
    evidence = page.evidence
    rating_buttons = list(page.rating.buttons.values())
    expected = [
        rating_buttons[0],  # the ratings are one stop, as radio buttons are: arrows move inside
        page.star,
        page.assessment,
        evidence.list,
        evidence.add_button,
        evidence.remove_button,
        evidence.kind,
        evidence.title,
        evidence.source,
        evidence.url,
        evidence.date,
        evidence.note,
        evidence.internal,  # issue 15: "Internal: stays on this computer", reachable by keyboard
        page.recommendation,
    ]
    window.activateWindow()
    first = expected[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    seen = [first]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [
        type(w).__name__ + ":" + (w.accessibleName() or w.text() if hasattr(w, "text") else "") for w in seen
    ] == [
        type(w).__name__ + ":" + (w.accessibleName() or w.text() if hasattr(w, "text") else "")
        for w in expected
    ]
    rating_buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(rating_buttons[0].hasFocus)
    for button in rating_buttons[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert QApplication.focusWidget() is button


def test_keyboard_alone_opens_rates_twelve_indicators_and_exports(qtbot, make_window, tmp_path) -> None:
    window = make_window("en")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def key(k: Any, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget(), k, modifiers)

    window.home.focus_list()
    key(Qt.Key.Key_Return)  # open the selected card
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert QApplication.focusWidget() is editor.sidebar
    ratings = {Qt.Key.Key_1: "green", Qt.Key.Key_2: "yellow", Qt.Key.Key_3: "red"}
    keys = list(ratings)
    for index in range(len(editor.codes)):
        key(keys[index % 3])
        key(Qt.Key.Key_Down)
    key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible())
    dialog = window.export_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    key(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # &Folder
    assert QApplication.focusWidget() is dialog.folder
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), str(tmp_path / "sent"))
    key(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Passphrase
    assert QApplication.focusWidget() is dialog.passphrase
    qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)
    key(Qt.Key.Key_Return)  # the default button: Sign and save
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    payload = json.loads(dialog.result_.path.read_bytes())["payload"]
    assert dialog.result_.path.parent == tmp_path / "sent"
    assert [entry["rating"] for entry in payload["indicators"]] == [
        ("green", "yellow", "red")[i % 3] for i in range(12)
    ]


# --- right-to-left text in the left-to-right UI ----------------------------------------------

ARABIC = "أنشأت الحكومة خطاً ساخناً للأطفال يعمل على مدار الساعة.\nالفقرة الثانية: لا توجد ملاجئ متخصصة."


def test_arabic_text_reads_right_to_left_inside_the_left_to_right_ui(qtbot, make_window) -> None:
    window = make_window("en")
    editor = open_card_with_evidence(qtbot, window)
    page = editor.indicator_page
    page.assessment.setPlainText(ARABIC)
    page.evidence.title.setText(ARABIC.splitlines()[0])
    window.session.flush_sync()
    settle()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == page.layoutDirection() == Qt.LayoutDirection.LeftToRight
    block = page.assessment.document().firstBlock()
    assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft or (
        block.textDirection() == Qt.LayoutDirection.RightToLeft
    )
    assert page.evidence.list.item(0).text().endswith(ARABIC.splitlines()[0])
    assert (
        window.store.get_field(window.session.assessment_id, f"indicators.{page.code}.assessment") == ARABIC
    )
    assert not clipped(window)  # the page did not grow wider than its view
