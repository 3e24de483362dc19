"""Issue 19.9, the smaller things in the secretariat's window and reports: an empty comparison
of revisions says so."""

from __future__ import annotations

from secretariat_helpers import settle

from cardentry.ui.common.qt import Qt


def test_comparing_a_revision_with_itself_or_an_identical_one_says_no_changes(qtbot, loaded_window):
    loaded_window.open_country("IND", "2012")
    settle(qtbot, loaded_window)
    page = loaded_window.country
    page.tabs.setCurrentIndex(1)
    page.assessment_box.setCurrentIndex(
        page.assessment_box.findText("STOP India", Qt.MatchFlag.MatchStartsWith)
    )
    settle(qtbot, loaded_window)
    assert page.diff.rowCount() == 1 and not page.no_changes.isVisible()
    page.from_box.setCurrentIndex(1)  # r2 to r2
    settle(qtbot, loaded_window)
    assert page.diff.rowCount() == 0
    assert page.no_changes.isVisible() and "different revisions" in page.no_changes.text()
