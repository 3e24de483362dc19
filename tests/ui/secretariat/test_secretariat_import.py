"""Importing through the secretariat's window: same outcomes as the command line, filters,
plain-words reasons, drag and drop, the quarantine folder, 1,000 files in the background."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from secretariat_helpers import cli_run, import_inbox, open_window, settle, twin_profile

from bundle_factory import Partner, secretariat, trust, write
from cardentry.secretariat.importer import REASONS
from cardentry.ui.common.qt import QCoreApplication, QEvent, QPointF, Qt, QTimer, QUrl
from cardentry.ui.secretariat.desk import SLICE_FILES
from cardentry.ui.secretariat.importing import ImportPage
from cardentry.ui.secretariat.texts import OUTCOME_TEXT, REASON_TEXT


def outcomes(rows):
    return sorted(
        (Path(r.file).name, r.status, r.reason, r.country, r.cycle, r.revision)
        for r in (row.result if hasattr(row, "result") else row for row in rows)
    )


def test_every_reason_code_has_plain_words():
    assert set(REASON_TEXT) == set(REASONS)


def test_every_reason_to_skip_a_file_has_plain_words():
    from cardentry.secretariat.importer import SKIP_REASONS
    from cardentry.ui.secretariat.texts import SKIP_REASON_TEXT

    assert set(SKIP_REASON_TEXT) == set(SKIP_REASONS)
    assert all(text.endswith(".") and len(text) > 30 for text in REASON_TEXT.values())
    assert "signature does not match" in REASON_TEXT["bad_signature"]


def test_a_folder_imported_through_the_window_has_the_outcomes_of_the_command_line(
    qtbot, tmp_path, network, sec_window
):
    twin = twin_profile(tmp_path, network, "twin")
    result = cli_run(twin, "import", str(network.inbox), "--json")
    cli_rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert result.exit_code == 1  # two files rejected

    rows = import_inbox(qtbot, sec_window, [network.inbox])

    expected = sorted(
        (Path(r["file"]).name, r["status"], r["reason"], r["country"], r["cycle"], r["revision"])
        for r in cli_rows
    )
    assert outcomes(rows) == expected
    assert len(rows) == 10  # notes.txt is not a bundle: listed as skipped, with why
    statuses = {Path(r.result.file).name: r.result.status for r in rows}
    copies = ("THA-2012-ecpat-r1 (copy).cpc.json", "THA-2012-ecpat-r1.cpc.json")
    assert sorted(statuses[name] for name in copies) == ["duplicate", "imported"]
    assert statuses["NPL-2012-newcomer-r1.cpc.json"] == "pending_trust"
    page = sec_window.importer
    assert page.progress.value() == page.progress.maximum() == 10
    assert "2 rejected" in page.progress_text.text()
    # the table: file, outcome, reason in plain words with its code, organisation, country, cycle, revision
    model = page.model
    damaged = next(i for i, r in enumerate(model.rows) if r.result.file.endswith("damaged.cpc.json"))
    assert model.text(damaged, 1) == OUTCOME_TEXT["rejected"]
    assert model.text(damaged, 2) == f"{REASON_TEXT['malformed_json']} (malformed_json)"
    tampered = next(
        i for i, r in enumerate(model.rows) if r.result.file.endswith("KHM-2012-ecpat-r1.cpc.json")
    )
    assert model.text(tampered, 2).endswith("(bad_signature)")
    india = next(
        i for i, r in enumerate(model.rows) if r.result.file.endswith("IND-2012-sanlaap-r1.cpc.json")
    )
    assert [model.text(india, c) for c in range(3, 7)] == ["Sanlaap", "India", "2012", "r1"]
    newcomer = next(i for i, r in enumerate(model.rows) if r.result.status == "pending_trust")
    assert model.text(newcomer, 3) == "Nepal Newcomer"
    # the status bar and the quarantine copies
    assert "Import finished" in sec_window.statusBar().currentMessage()
    quarantined = sorted(p.name for p in sec_window.desk.quarantine.iterdir())
    assert len([n for n in quarantined if n.endswith(".reason.json")]) == 2


def test_filters_by_outcome_and_text(qtbot, loaded_window):
    page = loaded_window.importer
    assert page.proxy.rowCount() == 10  # notes.txt listed as skipped
    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("rejected"))
    assert page.proxy.rowCount() == 2
    page.outcome_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.text_filter, "sanlaap")
    assert page.proxy.rowCount() == 1
    page.text_filter.clear()
    qtbot.keyClicks(page.text_filter, "signature")  # the reason's words
    assert page.proxy.rowCount() == 1
    page.text_filter.clear()
    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("pending_trust"))
    assert page.proxy.rowCount() == 1
    page.view.selectRow(0)
    assert "Nepal Newcomer" in page.detail.text() or "NPL-2012" in page.detail.text()


def test_files_dropped_on_the_window_are_imported(qtbot, network, sec_window):
    data = QMimeData()
    data.setUrls(
        [QUrl.fromLocalFile(str(network.inbox / "stop")), QUrl.fromLocalFile(str(network.inbox / "sanlaap"))]
    )
    position = QPointF(200, 200)
    enter = _drag_event(QEvent.Type.DragEnter, position, data)
    QCoreApplication.sendEvent(sec_window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(sec_window.importer.import_finished, timeout=30000):
        QCoreApplication.sendEvent(sec_window, _drag_event(QEvent.Type.Drop, position, data))
    settle(qtbot, sec_window)
    assert sec_window.current_page() == "import"
    assert [r.result.status for r in sec_window.importer.results()] == ["imported"] * 3


def _drag_event(kind, position, data):
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    if kind == QEvent.Type.Drop:
        return QDropEvent(
            position, Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
        )
    return QDragEnterEvent(  # a QPoint here (a QDropEvent takes a QPointF)
        position.toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_file_menu_import_and_quarantine_folder(qtbot, monkeypatch, network, sec_window):
    monkeypatch.setattr(
        ImportPage, "ask_files", classmethod(lambda cls, parent: [str(network.inbox / "damaged.cpc.json")])
    )
    opened = []
    monkeypatch.setattr(
        ImportPage, "open_folder", classmethod(lambda cls, folder: opened.append(folder) or True)
    )
    with qtbot.waitSignal(sec_window.importer.import_finished, timeout=30000):
        sec_window._import_files()
    settle(qtbot, sec_window)
    assert [r.result.reason for r in sec_window.importer.results()] == ["malformed_json"]
    qtbot.mouseClick(sec_window.importer.quarantine_button, Qt.MouseButton.LeftButton)
    assert opened == [sec_window.desk.quarantine]


def test_a_second_import_while_one_runs_is_refused(qtbot, network, sec_window):
    page = sec_window.importer
    with qtbot.waitSignal(page.import_finished, timeout=30000):
        assert page.start([str(network.inbox)])
        assert not page.start([str(network.inbox)])
        assert "running" in page.progress_text.text()
    settle(qtbot, sec_window)


@pytest.fixture
def thousand(tmp_path):
    """1,000 bundles from ten partners, one folder each (a cycle's worth of e-mail, and more)."""
    root = tmp_path / "big"
    with secretariat(root) as store:
        partners = [Partner.new(f"Partner {n}") for n in range(10)]
        for partner in partners:
            trust(store, partner, None)
    inbox = tmp_path / "big-inbox"
    for index in range(1000):
        partner = partners[index % 10]
        payload = partner.payload(country="THA", cycle=f"{1900 + index // 10}")
        write(inbox / f"p{index % 10}", f"b{index:04d}.cpc.json", partner.sign(payload))
    return root, inbox


def test_a_thousand_files_import_in_the_background_and_the_window_stays_responsive(qtbot, thousand):
    root, inbox = thousand
    window = open_window(qtbot, root)
    page = window.importer
    ticks = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(page.job.done if page.job else 0))
    batches = []
    with qtbot.waitSignal(page.import_finished, timeout=120000) as finished:
        assert window.import_paths([str(inbox)])
        page.job.progressed.connect(lambda rows: batches.append(len(rows)))
        timer.start()
    timer.stop()
    settle(qtbot, window)
    summary = finished.args[0]
    assert summary.outcomes["imported"] == 1000 and summary.total == 1000
    assert page.model.rowCount() == 1000 and page.progress.value() == 1000
    # results arrive in batches (not 1,000 signals), and the UI thread ran its event loop
    # while files were still being imported
    assert 5 <= len(batches) < 1000 and sum(batches) == 1000
    assert any(0 < done < 1000 for done in ticks)
    window.close()


def test_key_files_beside_the_bundles_are_offered_for_the_phone_check(
    qtbot, monkeypatch, network, sec_window
):
    from cardentry.secretariat.trust import get_key
    from cardentry.ui.secretariat.key_dialogs import TrustDecision
    from cardentry.ui.secretariat.trust import TrustPage

    network.newcomer.write_key_file(network.inbox)
    network.stop.write_key_file(network.inbox)  # trusted already: not offered
    rows = import_inbox(qtbot, sec_window, [network.inbox])
    assert len(rows) == 12  # key files are not bundles: listed as skipped
    page = sec_window.importer
    assert page.keys_box.isVisibleTo(page) and "1 partner key file" in page.keys_text.text()
    asked = []

    def ask(cls, parent, key, held, countries):
        asked.append((key.organisation["name"], held, countries))
        return TrustDecision(("NPL",))

    monkeypatch.setattr(TrustPage, "ask_trust", classmethod(ask))
    qtbot.mouseClick(page.keys_button, Qt.MouseButton.LeftButton)
    settle(qtbot, sec_window)
    assert asked == [("Nepal Newcomer", 1, "NPL")]
    assert get_key(sec_window.store, network.newcomer.key_id).state == "trusted"
    assert "Nepal 2012 r1: Imported" in sec_window.trust.result_label.text()


def test_closing_the_window_during_an_import_stops_it_cleanly(qtbot, thousand):
    from cardentry.storage.profile import open_store

    root, inbox = thousand
    window = open_window(qtbot, root)
    page = window.importer
    with qtbot.waitSignal(page.progress.valueChanged, timeout=30000):  # the first batch is in
        assert window.import_paths([str(inbox)])
    window.close()
    assert window.closed and not window.isVisible()
    with open_store(root) as store:  # the profile is free again; what was imported stays
        imported = store.db.execute("SELECT count(*) FROM received_bundle").fetchone()[0]
        logged = store.db.execute("SELECT count(*) FROM import_log").fetchone()[0]
    assert 0 < imported == logged <= 2 * SLICE_FILES  # the running slice and the one queued
