"""Issue 19.7 and 19.9: the export dialog's e-mail can be shown again, copies are confirmed, an
old "wrong passphrase" message goes when the passphrase is retyped."""

from __future__ import annotations

from typing import Any

from cardentry.ui.common.qt import QApplication, QPushButton, Qt

PASSPHRASE = "a long passphrase for tests"  # the partner_dir fixture's (tests/ui/conftest.py)


def key(qtbot, k: Any, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifiers)


def open_export(qtbot, window, folder) -> Any:
    window.open_card(window.store.list_assessments()[0].id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible())
    dialog = window.export_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), str(folder))
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    return dialog


def test_wrong_passphrase_message_goes_when_the_passphrase_is_retyped(qtbot, window, tmp_path):
    dialog = open_export(qtbot, window, tmp_path / "sent")
    qtbot.keyClicks(QApplication.focusWidget(), "not the passphrase")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.passphrase_message.isVisible(), timeout=10_000)
    assert "passphrase" in dialog.passphrase_message.text()
    key(qtbot, Qt.Key.Key_A)  # retyping (the old text is selected)
    assert not dialog.passphrase_message.isVisible()
    dialog.reject()


def test_email_text_is_shown_again_after_the_dialog_closed_and_copies_are_confirmed(qtbot, window, tmp_path):
    dialog = open_export(qtbot, window, tmp_path / "sent")
    qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    file_name = dialog.result_.file_name
    panel = dialog.email
    assert not panel.copied.text()
    qtbot.mouseClick(panel.copy_subject, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == panel.subject
    assert panel.copied.isVisible() and "copied" in panel.copied.text().lower()
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    editor = window.editor
    editor.show_page("review")
    found = editor.review_page.findChildren(QPushButton)
    buttons = [b for b in found if b.text() == "E-mail text…" and b.isVisible()]
    assert len(buttons) == 1
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "email_dialog", None) is not None)
    qtbot.waitUntil(window.email_dialog.isVisible)
    again = window.email_dialog.email
    assert file_name in again.toPlainText()
    assert "revision 1" in again.toPlainText()
    qtbot.mouseClick(again.copy_body, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == again.body and file_name in again.body
    assert "copied" in again.copied.text().lower()
    window.email_dialog.reject()


def test_the_export_dialog_lists_what_was_typed_just_before(qtbot, window):
    window.open_card(window.store.list_assessments()[0].id)
    editor = window.editor
    evidence = editor.indicator_page.evidence
    editor.indicator_scroll.ensureWidgetVisible(evidence.add_button)
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: evidence.list.count() == 1 and evidence.form_widget.isVisible())
    qtbot.keyClicks(evidence.url, "www.example.org")
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)  # at once
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible())
    dialog = window.export_dialog
    lines = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("http" in line for line in lines), lines
    dialog.reject()
