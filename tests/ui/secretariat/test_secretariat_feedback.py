"""The secretariat writes feedback from the country card (issue 16): the dialog offers each
decision's reason as its indicator's comment, keeps a draft per partner, signs the feedback
with the network key and writes it; the dashboard then says what was last sent to whom.
Screenshots go to $CARDENTRY_SCREENSHOTS when it is set."""

from __future__ import annotations

import pytest
from secretariat_helpers import settle
from ui_helpers import screenshot

from bundle_factory import write
from cardentry.bundleformat.feedback import check_feedback
from cardentry.secretariat import feedback as secretariat_feedback
from cardentry.secretariat.merge import resolve
from cardentry.storage import network_keys
from cardentry.ui.common.qt import Qt

pytestmark = pytest.mark.usefixtures("cheap_kdf")
PASSPHRASE = "network passphrase for tests"


def test_feedback_is_written_in_the_country_card_and_shown_on_the_dashboard(
    qtbot, monkeypatch, tmp_path, network, sec_window
):
    window = sec_window
    stop, sanlaap = network.stop, network.sanlaap
    write(tmp_path / "in", "stop.cpc.json", stop.bundle(country="IND", ratings={"helpline": "green"}))
    write(tmp_path / "in", "sanlaap.cpc.json", sanlaap.bundle(country="IND", ratings={"helpline": "red"}))
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
        window.import_paths([str(tmp_path / "in")])
    settle(qtbot, window)
    resolve(window.desk.store, "IND", "2012", indicator="helpline", rating="yellow", reason="Only in Delhi.")
    signing = network_keys.init_network(network.root, PASSPHRASE, organisation={"name": "Secretariat"})
    assert signing
    window.open_country("IND", "2012")
    settle(qtbot, window)
    page = window.country
    assert page.feedback_button.isEnabled()
    dialog = page.write_feedback()
    qtbot.waitExposed(dialog)
    dialog.partner.setCurrentIndex(dialog.partner.findText("Sanlaap", Qt.MatchFlag.MatchStartsWith))
    helpline = dialog.codes.index("helpline")
    assert dialog.table.item(helpline, 1).text() == "Only in Delhi."  # the decision's reason, offered
    dialog.status.setCurrentIndex(dialog.status.findData("changes_requested"))
    dialog.message.setPlainText("Please look again at the shelters.")
    dialog.table.item(dialog.codes.index("shelters"), 1).setText("<b>Which</b> shelters?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    partner = dialog.current_partner()
    kept = secretariat_feedback.load_draft(window.desk.store, partner.assessment_id)
    assert kept.status == "changes_requested" and kept.comment_count == 2
    screenshot(dialog, "secretariat-feedback")

    monkeypatch.setattr(dialog, "ask_passphrase", lambda: PASSPHRASE)
    monkeypatch.setattr(dialog, "ask_folder", lambda: str(tmp_path / "out"))
    (tmp_path / "out").mkdir()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    sent = dialog.sent
    assert sent is not None and sent.path.is_file() and not sent.sealed  # a v1 key file: plain
    assert "not sealed" in dialog.result.text()
    network_key = network_keys.network_key(network.root, PASSPHRASE)
    check = check_feedback(sent.path.read_bytes(), network_key.signing_public_key)
    assert check.ok and check.payload.status == "changes_requested"
    assert {e.code: e.comment for e in check.payload.indicators}["shelters"] == "<b>Which</b> shelters?"
    dialog.accept()

    window.show_page("dashboard")
    settle(qtbot, window)
    table = window.dashboard.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "IND")
    assert table.item(row, 7).text() == "Changes requested to Sanlaap (r1)"


def _feedback_dialog(qtbot, tmp_path, network, window):
    """The feedback dialog of India 2012, where Stop and Sanlaap each sent a card."""
    write(tmp_path / "in", "stop.cpc.json", network.stop.bundle(country="IND"))
    write(tmp_path / "in", "sanlaap.cpc.json", network.sanlaap.bundle(country="IND"))
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
        window.import_paths([str(tmp_path / "in")])
    settle(qtbot, window)
    window.open_country("IND", "2012")
    settle(qtbot, window)
    dialog = window.country.write_feedback()
    qtbot.waitExposed(dialog)
    return dialog


def test_what_was_typed_for_a_partner_is_kept_when_another_partner_is_picked(
    qtbot, tmp_path, network, sec_window
):
    dialog = _feedback_dialog(qtbot, tmp_path, network, sec_window)
    first = dialog.partner.currentText()
    dialog.message.setFocus()
    qtbot.keyClicks(dialog.message, "Please send the shelter figures.")
    dialog.partner.setFocus()
    qtbot.keyClick(dialog.partner, Qt.Key.Key_Down)  # the other partner
    assert dialog.partner.currentText() != first
    assert dialog.message.toPlainText() == ""  # the other partner's own (empty) draft
    qtbot.keyClick(dialog.partner, Qt.Key.Key_Up)
    assert dialog.partner.currentText() == first
    assert dialog.message.toPlainText() == "Please send the shelter figures."
    dialog.accept()


def test_closing_the_feedback_dialog_keeps_what_was_typed_as_a_draft(qtbot, tmp_path, network, sec_window):
    dialog = _feedback_dialog(qtbot, tmp_path, network, sec_window)
    partner = dialog.partner.currentText()
    dialog.message.setFocus()
    qtbot.keyClicks(dialog.message, "Thank you: received.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = sec_window.country.write_feedback()
    qtbot.waitExposed(again)
    assert again.partner.currentText() == partner
    assert again.message.toPlainText() == "Thank you: received."
    again.accept()


def test_an_untouched_offer_is_not_saved_as_a_draft(qtbot, tmp_path, network, sec_window):
    dialog = _feedback_dialog(qtbot, tmp_path, network, sec_window)
    partner = dialog.current_partner()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert secretariat_feedback.load_draft(sec_window.desk.store, partner.assessment_id) is None
