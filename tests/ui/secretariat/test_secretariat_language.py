"""The secretariat chooses its interface language: File > Settings… (Ctrl+,) opens the partner
app's settings dialog; the choice is kept in the profile folder and applies at the next start."""

from __future__ import annotations

from cardentry.ui.common import i18n
from cardentry.ui.common.qt import QDialogButtonBox, QKeySequence
from cardentry.ui.common.settings import SettingsDialog


def settings_action(window):
    """The File menu's action that opens the settings, found by its key (the same in every language)."""
    file_menu = window.menuBar().actions()[0].menu()
    comma = QKeySequence("Ctrl+,")
    return next((action for action in file_menu.actions() if comma in action.shortcuts()), None)


def test_the_settings_menu_stores_the_language_for_the_next_start(qtbot, sec_window, network) -> None:
    window, data_dir = sec_window, network.root
    assert i18n.stored_choice(data_dir) == i18n.AUTOMATIC
    file_title = window.menuBar().actions()[0].text()
    action = settings_action(window)
    assert action is not None and action is window.settings_action and action.isEnabled()

    action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.parent() is window
    assert dialog.choice() == i18n.AUTOMATIC
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.language.currentText() == "Français"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok.click()

    assert i18n.stored_choice(data_dir) == "fr"
    assert window.menuBar().actions()[0].text() == file_title  # at the next start, not now
    window.close()  # the window keeps its geometry in the same ui.ini: the choice stays
    assert i18n.stored_choice(data_dir) == "fr"


def test_cancel_keeps_the_language(qtbot, sec_window, network) -> None:
    i18n.store_choice(network.root, "es")
    settings_action(sec_window).trigger()
    dialog = sec_window.findChild(SettingsDialog)
    assert dialog.choice() == "es"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert i18n.stored_choice(network.root) == "es"
