"""Issue 19.4 and 19.8: the first run's country search and its secretariat wording, used with
the keyboard as a person does."""

from __future__ import annotations

from typing import Any

import pytest

from cardentry.ui.common.firstrun import PAGE_ORGANISATION, PAGE_ROLE, FirstRunWizard
from cardentry.ui.common.qt import QApplication, Qt, QWizard


@pytest.fixture
def wizard_in(qtbot, tmp_path):
    from cardentry.ui.common import i18n
    from cardentry.ui.launcher import ensure_app

    made = []

    def make(language: str) -> Any:
        ensure_app()
        i18n.install(language)
        wizard = FirstRunWizard(tmp_path / f"profile-{len(made)}")
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.close()
    i18n.install("en")


def test_country_search_ignores_accents_says_when_nothing_matches_and_enter_ticks(qtbot, wizard_in):
    wizard = wizard_in("fr")
    wizard.next()
    page = wizard.organisation_page
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "Thai")
    assert page.countries.currentItem().text() == "Thaïlande"
    assert not page.picker.nothing.isVisible()
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    assert page.codes() == ["THA"]
    assert wizard.currentId() == PAGE_ORGANISATION  # Enter picked; it did not page the wizard
    assert "Thaïlande" in page.chosen.text()
    qtbot.keyClick(page.filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.filter, "Zzyzx")
    assert page.picker.nothing.isVisible()
    assert page.picker.nothing.text() == "Aucun pays ne correspond à « Zzyzx »."
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    assert page.codes() == ["THA"]


def test_secretariat_first_run_speaks_to_the_secretariat_and_has_back_and_cancel(qtbot, wizard_in):
    wizard = wizard_in("en")
    qtbot.mouseClick(wizard.role_page.secretariat, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.organisation_page
    assert wizard.currentId() == PAGE_ORGANISATION
    assert page.title() == "The secretariat"
    assert "every card you send" not in page.subTitle()
    assert not page.picker.isVisible()
    back = wizard.button(QWizard.WizardButton.BackButton)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert back.isVisible() and back.isEnabled()
    assert cancel.isVisible() and cancel.isEnabled()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_ROLE
    qtbot.mouseClick(wizard.role_page.partner, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert page.title() == "Your organisation" and page.picker.isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert QApplication.activeModalWidget() is None
