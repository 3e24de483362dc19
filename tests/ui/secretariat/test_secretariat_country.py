"""The country card in the secretariat's window: the matrix, partners side by side, settling a
conflict with a reason, the revision history, saving the card as PDF/PNG/HTML; the dashboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from secretariat_helpers import settle

from cardentry.secretariat.merge import merged_card, resolution_history
from cardentry.ui.common.qt import Qt
from cardentry.ui.secretariat.common import SaveDialogs
from cardentry.ui.secretariat.country import CountryPage, SettleDialog


def open_india(qtbot, window):
    window.open_country("IND", "2012")
    settle(qtbot, window)
    return window.country


def test_dashboard_shows_every_country_with_its_state(qtbot, loaded_window):
    window = loaded_window
    window.show_page("dashboard")
    settle(qtbot, window)
    page = window.dashboard
    assert page.current_cycle() == "2012"
    states = {r.country: r.state for r in page.rows}
    assert states == {"IND": "conflicts", "THA": "resolved", "KHM": "no_card", "NPL": "pending_trust"}
    assert {s: w.number.text() for s, w in page.counts.items()} == {
        "resolved": "1", "conflicts": "1", "pending_trust": "1", "no_card": "1",
    }  # fmt: skip
    assert page.last_import.text().startswith("Last import: ")
    assert page.table.rowCount() == 4
    india = next(i for i in range(4) if page.table.item(i, 0).text() == "India")
    assert page.table.item(india, 1).text() == "Conflicts to settle"
    assert page.table.item(india, 3).text() == "Helpline, Shelters"
    assert page.table.item(india, 4).text() == "3"  # revisions received
    page.counts["conflicts"].clicked.emit("conflicts")
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    page.open_selected()
    settle(qtbot, window)
    assert window.current_page() == "country" and window.country.data.country == "IND"
    page.filter_state(None)
    page.cycle.setCurrentIndex(page.cycle.findData("2009"))
    settle(qtbot, window)
    assert {r.country: r.state for r in page.rows}["THA"] == "resolved"


def test_the_matrix_shows_the_merged_card_and_the_conflict(qtbot, loaded_window):
    page = open_india(qtbot, loaded_window)
    assert page.title.text() == "India: progress card 2012"
    helpline = page.matrix.cells["helpline"]
    assert "Partners disagree" in helpline.text.text()
    assert "STOP India: Green" in helpline.text.text() and "Sanlaap: Red" in helpline.text.text()
    assert helpline.settle.isVisibleTo(page)
    shelters = page.matrix.cells["shelters"]  # STOP India's second revision said red
    assert "Sanlaap: Yellow" in shelters.text.text()
    collaboration = page.matrix.cells["collaboration"]
    assert collaboration.text.text().startswith("Yellow: partial action")
    assert not collaboration.settle.isVisibleTo(page)
    view = page.side_by_side
    headers = [view.horizontalHeaderItem(c).text() for c in range(view.columnCount())]
    assert headers[0] == "Indicator" and headers[3] == "Published"
    assert set(headers[1:3]) == {"STOP India", "Sanlaap"}
    assert view.rowCount() == 13
    helpline_row = next(r for r in range(13) if "Helpline" in view.item(r, 0).text())
    assert view.item(helpline_row, 0).text().startswith("\u26a0")
    assert view.item(helpline_row, 3).text() == "Partners disagree: settle"


def test_settle_a_conflict_with_a_reason(qtbot, monkeypatch, loaded_window):
    window = loaded_window
    page = open_india(qtbot, window)
    asked = []

    def ask(cls, parent, title, given, options, ranking):
        asked.append((title, sorted(given), options, ranking))
        return "yellow", "Both partners agreed on the phone: the line is not specialised."

    monkeypatch.setattr(CountryPage, "ask_decision", classmethod(ask))
    qtbot.mouseClick(page.matrix.cells["helpline"].settle, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert asked[0][0] == "Helpline, India 2012"
    assert asked[0][1] == [("STOP India", "green"), ("Sanlaap", "red")]
    assert asked[0][2] == ["green", "yellow", "red"] and asked[0][3] is False
    decisions = resolution_history(window.store, "IND", "2012")
    assert [(d.subject, d.value) for d in decisions] == [("indicator:helpline", "yellow")]
    assert "not specialised" in decisions[0].reason
    helpline = page.matrix.cells["helpline"]
    assert helpline.text.text().startswith("Yellow: partial action\nDecided by the secretariat")
    assert page.decisions.rowCount() == 1 and page.decisions.item(0, 2).text() == "Yellow: partial action"
    # shelters still open; settle it too, then India counts
    qtbot.mouseClick(page.matrix.cells["shelters"].settle, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert merged_card(window.store, "IND", "2012").resolved
    assert "Resolved" in page.summary.text()
    window.show_page("dashboard")
    settle(qtbot, window)
    assert next(r.state for r in window.dashboard.rows if r.country == "IND") == "resolved"


def test_the_settle_dialog_needs_a_choice_and_a_reason(qtbot):
    dialog = SettleDialog(
        "Helpline, India 2012", [("STOP India", "green"), ("Sanlaap", "red")], ["green", "yellow", "red"]
    )
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    assert "given by STOP India" in dialog.choices["green"].text()
    dialog.choices["yellow"].setChecked(True)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Site visit in March.")
    assert dialog.ok.isEnabled()
    assert (dialog.value(), dialog.reason_text()) == ("yellow", "Site visit in March.")
    ranking = SettleDialog(
        "Overall ranking", [("A", "some_progress"), ("B", None)], ["slow_progress"], ranking=True
    )
    qtbot.addWidget(ranking)
    assert ranking.choices["slow_progress"].text() == "Slow progress"


def test_revision_history_shows_what_changed(qtbot, loaded_window):
    page = open_india(qtbot, loaded_window)
    page.tabs.setCurrentIndex(1)
    stop = page.assessment_box.findText("STOP India", Qt.MatchFlag.MatchStartsWith)
    page.assessment_box.setCurrentIndex(stop)
    settle(qtbot, loaded_window)
    assert [page.from_box.itemData(i) for i in range(page.from_box.count())] == [1, 2]
    assert (page.from_box.currentData(), page.to_box.currentData()) == (1, 2)
    assert "2 revisions" in page.revisions_label.text()
    changes = [(page.diff.item(r, 0).text(), page.diff.item(r, 1).text(), page.diff.item(r, 2).text())
               for r in range(page.diff.rowCount())]  # fmt: skip
    assert changes == [("Shelters: rating", "Yellow: partial action", "Red: inadequate action")]
    page.from_box.setCurrentIndex(1)  # r2 to r2: nothing
    settle(qtbot, loaded_window)
    assert page.diff.rowCount() == 0


@pytest.mark.parametrize("kind", ["pdf", "png", "html"])
def test_save_the_card(qtbot, monkeypatch, tmp_path, loaded_window, kind):
    page = open_india(qtbot, loaded_window)
    target = tmp_path / "out" / f"india.{kind}"
    target.parent.mkdir()
    monkeypatch.setattr(SaveDialogs, "save_path", classmethod(lambda cls, *args: target))
    qtbot.mouseClick(page.save_buttons[kind], Qt.MouseButton.LeftButton)
    data = Path(target).read_bytes()
    magic = {"pdf": b"%PDF", "png": b"\x89PNG", "html": b"<!DOCTYPE html>"}[kind]
    assert data.startswith(magic)
    if kind == "html":
        assert "India: progress card 2012" in data.decode()
    assert "Saved" in loaded_window.statusBar().currentMessage()
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left


def test_settle_the_ranking_and_see_a_decision_reopened(qtbot, monkeypatch, tmp_path, network, sec_window):
    from bundle_factory import write

    window = sec_window
    stop, sanlaap = network.stop, network.sanlaap
    first = stop.payload(country="IND", ranking="some_progress")
    write(tmp_path / "a", "stop.cpc.json", stop.sign(first))
    write(tmp_path / "a", "sanlaap.cpc.json", sanlaap.bundle(country="IND", ranking="notable_efforts"))
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
        window.import_paths([str(tmp_path / "a")])
    settle(qtbot, window)
    page = open_india(qtbot, window)
    assert page.ranking_settle.isVisibleTo(page)
    assert "partners disagree" in page.ranking.text()
    monkeypatch.setattr(
        CountryPage, "ask_decision",
        classmethod(lambda cls, parent, title, given, options, ranking: ("some_progress", "Report p. 12")),
    )  # fmt: skip
    qtbot.mouseClick(page.ranking_settle, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.ranking.text() == "Overall ranking: Some progress (decided by the secretariat)"
    assert not page.ranking_settle.isVisibleTo(page)
    # STOP India's next revision changes its ranking: the decision is reopened
    write(tmp_path / "b", "stop-r2.cpc.json", stop.sign(stop.revise(first, ranking="limited_measures")))
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
        window.import_paths([str(tmp_path / "b")])
    settle(qtbot, window)
    window.open_country("IND", "2012")
    settle(qtbot, window)
    assert page.ranking_settle.isVisibleTo(page)
    assert page.decisions.item(0, 4).text().startswith("Reopened")
