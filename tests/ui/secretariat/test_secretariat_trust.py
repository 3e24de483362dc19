"""Partners' keys in the secretariat's window: approve a pending key (its bundles import), add a
key from a file after the phone check, revoke with confirmation, discard a held bundle."""

from __future__ import annotations

from secretariat_helpers import settle

from bundle_factory import write
from cardentry.bundleformat.keyfile import parse_public_key_file
from cardentry.secretariat.importer import list_pending
from cardentry.secretariat.trust import get_key
from cardentry.ui.common.qt import QDialog, QMessageBox, Qt
from cardentry.ui.secretariat.key_dialogs import KeyCountriesDialog, TrustDecision, TrustKeyDialog
from cardentry.ui.secretariat.trust import TrustPage


def state_of(window, country, cycle="2012"):
    return next(r.state for r in window.dashboard.rows if r.country == country and r.cycle == cycle)


def test_approving_a_pending_key_imports_its_held_bundles(qtbot, monkeypatch, network, loaded_window):
    window = loaded_window
    window.show_page("dashboard")
    settle(qtbot, window)
    assert state_of(window, "NPL") == "pending_trust"
    assert window.nav.item(2).text() == "Partners' keys (1 waiting)"

    asked = []

    def ask_trust(cls, parent, key, held, countries):
        asked.append((key.key_id, key.organisation["name"], held, countries))
        return TrustDecision(("NPL",))

    monkeypatch.setattr(TrustPage, "ask_trust", classmethod(ask_trust))
    window.show_page("trust")
    settle(qtbot, window)
    page = window.trust
    assert page.pending_table.rowCount() == 1 and not page.approve_button.isEnabled()
    page.pending_table.selectRow(0)
    assert page.approve_button.isEnabled()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert asked == [(network.newcomer.key_id, "Nepal Newcomer", 1, "NPL")]
    assert [r.status for r in page.last_result.released] == ["imported"]
    assert "Nepal 2012 r1: Imported" in page.result_label.text()
    assert page.pending_table.rowCount() == 0
    assert window.nav.item(2).text() == "Partners' keys"
    key = get_key(window.store, network.newcomer.key_id)
    assert key.state == "trusted" and key.countries == ("NPL",)
    window.show_page("dashboard")
    settle(qtbot, window)
    assert state_of(window, "NPL") == "resolved"


def test_the_trust_dialog_needs_the_phone_check_and_valid_countries(qtbot, network):
    key = parse_public_key_file(network.newcomer.write_key_file(network.root).read_bytes())
    dialog = TrustKeyDialog(key, held=2, countries="NPL")
    qtbot.addWidget(dialog)
    assert dialog.fingerprint.text() == key.fingerprint
    assert len(key.fingerprint.split("-")) == 4
    assert not dialog.trust_button.isEnabled()
    dialog.compared.setChecked(True)
    assert dialog.trust_button.isEnabled()
    dialog.countries.setText("NPL, XXX")
    assert not dialog.trust_button.isEnabled() and "XXX" in dialog.countries_message.text()
    dialog.countries.setText("")
    assert dialog.trust_button.isEnabled()
    assert dialog.decision() == TrustDecision(None)
    assert "any country" in dialog.countries_hint.text().lower()
    dialog.countries.setText("npl, ind")
    assert dialog.decision() == TrustDecision(("NPL", "IND"))


def test_add_a_key_from_a_file(qtbot, monkeypatch, network, sec_window, tmp_path):
    partner_file = network.newcomer.write_key_file(tmp_path)
    monkeypatch.setattr(TrustPage, "ask_key_file", classmethod(lambda cls, parent: str(partner_file)))
    decisions = iter([None, TrustDecision(None)])  # cancelled once, then trusted for any country
    monkeypatch.setattr(TrustPage, "ask_trust", classmethod(lambda cls, *args: next(decisions)))
    sec_window.show_page("trust")
    settle(qtbot, sec_window)
    rows = sec_window.trust.keys_table.rowCount()
    qtbot.mouseClick(sec_window.trust.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, sec_window)
    assert get_key(sec_window.store, network.newcomer.key_id) is None
    sec_window._add_key()  # File > Add a partner's key
    settle(qtbot, sec_window)
    assert get_key(sec_window.store, network.newcomer.key_id).countries is None
    assert sec_window.trust.keys_table.rowCount() == rows + 1
    assert "trusted for any country" in sec_window.trust.result_label.text()


def test_adding_a_trusted_key_again_for_other_countries_changes_nothing(
    qtbot, monkeypatch, network, sec_window, tmp_path
):
    key_file = network.thai.write_key_file(tmp_path)  # trusted for KHM, THA
    monkeypatch.setattr(TrustPage, "ask_key_file", classmethod(lambda cls, parent: str(key_file)))
    monkeypatch.setattr(TrustPage, "ask_trust", classmethod(lambda cls, *args: TrustDecision(None)))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    sec_window.trust.add_from_file()
    settle(qtbot, sec_window)
    assert get_key(sec_window.store, network.thai.key_id).countries == ("KHM", "THA")
    assert len(warned) == 1 and "already trusted" in warned[0] and "nothing was changed" in warned[0]


def test_a_file_that_is_not_a_key_is_refused(qtbot, monkeypatch, network, sec_window):
    monkeypatch.setattr(
        TrustPage, "ask_key_file", classmethod(lambda cls, parent: str(network.inbox / "damaged.cpc.json"))
    )
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[1]))
    sec_window.trust.add_from_file()
    assert warned == ["Not a public key file"]


def test_revoke_asks_first(qtbot, monkeypatch, network, loaded_window):
    window = loaded_window
    window.show_page("trust")
    settle(qtbot, window)
    page = window.trust
    index = next(i for i, key in enumerate(page.keys) if key.key_id == network.sanlaap.key_id)
    page.keys_table.selectRow(index)
    assert page.revoke_button.isEnabled()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    questions = []

    def question(*args, **kwargs):
        questions.append(args[2])
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert get_key(window.store, network.sanlaap.key_id).state == "trusted"
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert get_key(window.store, network.sanlaap.key_id).state == "revoked"
    assert len(questions) == 2 and "Sanlaap" in questions[0]
    # Sanlaap's card leaves: India has one partner left, so no conflict any more
    window.show_page("dashboard")
    settle(qtbot, window)
    assert state_of(window, "IND") == "resolved"


def test_discard_a_held_bundle(qtbot, monkeypatch, loaded_window):
    window = loaded_window
    window.show_page("trust")
    settle(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    window.trust.pending_table.selectRow(0)
    qtbot.mouseClick(window.trust.discard_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert list_pending(window.store) == []
    assert window.trust.pending_title.text() == "Nothing is waiting for a key."


def test_accept_a_key_change(qtbot, monkeypatch, tmp_path, network, sec_window):
    from bundle_factory import Partner, write
    from cardentry.bundleformat import rotation
    from cardentry.bundleformat.keyfile import PublicKeyInfo

    new = Partner.new("STOP India")
    info = PublicKeyInfo(
        new.key_id, new.public_key, {"name": "STOP India", "email": None}, "2012-03-01T09:00:00Z"
    )
    statement = rotation.make_statement(
        network.stop.private_key, new.private_key, info, rotated_at="2012-03-01T09:00:00Z"
    )
    path = write(tmp_path, "stop-india.cpcrotate.json", rotation.encode_statement(statement))
    held = write(tmp_path / "later", "IND-r1.cpc.json", new.bundle(country="IND"))
    monkeypatch.setattr(TrustPage, "ask_rotation_file", classmethod(lambda cls, parent: str(path)))
    window = sec_window
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
        window.import_paths([str(held)])
    settle(qtbot, window)
    window.show_page("trust")
    settle(qtbot, window)
    qtbot.mouseClick(window.trust.rotate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    key = get_key(window.store, new.key_id)
    assert key.state == "trusted" and key.countries == ("IND",)
    text = window.trust.result_label.text()
    assert "new key" in text and network.stop.key_id[:4] in text and "India 2012 r1: Imported" in text
    row = next(i for i, k in enumerate(window.trust.keys) if k.key_id == new.key_id)
    assert window.trust.keys_table.item(row, 5).text().replace("-", "") == network.stop.key_id
    # the same statement again changes nothing; a statement from an unknown key is refused
    qtbot.mouseClick(window.trust.rotate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "accepted before" in window.trust.result_label.text()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    bogus = write(tmp_path, "bogus.cpcrotate.json", b"{}")
    monkeypatch.setattr(TrustPage, "ask_rotation_file", classmethod(lambda cls, parent: str(bogus)))
    qtbot.mouseClick(window.trust.rotate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert len(warned) == 1


def test_a_dropped_key_file_goes_to_the_phone_check(qtbot, monkeypatch, tmp_path, network, loaded_window):
    window = loaded_window
    asked = []
    monkeypatch.setattr(
        TrustPage, "ask_trust", classmethod(lambda cls, parent, key, held, countries: asked.append(held))
    )
    window.open_paths([str(network.newcomer.write_key_file(tmp_path))])
    settle(qtbot, window)
    assert window.current_page() == "trust" and asked == [1]  # one bundle waits for it; cancelled
    assert get_key(window.store, network.newcomer.key_id) is None


def test_the_dashboard_leads_to_the_waiting_bundles(qtbot, loaded_window):
    window = loaded_window
    window.show_page("dashboard")
    settle(qtbot, window)
    page = window.dashboard
    page.filter_state("pending_trust")
    page.table.selectRow(0)
    assert page.open_button.text() == "&Open the waiting bundles"
    page.open_selected()
    settle(qtbot, window)
    assert window.current_page() == "trust"
    assert window.trust.selected_pending().country == "NPL"
    assert window.trust.approve_button.isEnabled()


def test_the_countries_dialog_offers_change_only_for_other_known_countries(qtbot, network, sec_window):
    key = get_key(sec_window.store, network.thai.key_id)  # trusted for Cambodia and Thailand
    dialog = KeyCountriesDialog(key)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.rows.line.text() == "Cambodia, Thailand"
    assert not dialog.change_button.isEnabled()  # nothing changed yet
    dialog.rows.line.setFocus()
    qtbot.keyClick(dialog.rows.line, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.rows.line, ", Atlantis")
    assert not dialog.change_button.isEnabled() and "Atlantis" in dialog.rows.message.text()
    qtbot.keyClicks(dialog.rows.line, "\b" * len("Atlantis") + "Laos")
    assert dialog.change_button.isEnabled()
    assert dialog.rows.picker.codes() == ["KHM", "LAO", "THA"]  # ticked as typed
    assert dialog.decision() == TrustDecision(("KHM", "THA", "LAO"))
    qtbot.keyClick(dialog.rows.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.rows.line, Qt.Key.Key_Delete)
    assert dialog.decision() == TrustDecision(None) and "any country" in dialog.rows.hint.text().lower()
    qtbot.keyClick(dialog.rows.line, Qt.Key.Key_Return)  # Change is the default button
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_keys_countries_are_changed_from_its_row_and_a_refused_card_then_imports(
    qtbot, monkeypatch, network, sec_window, tmp_path
):
    window = sec_window
    write(tmp_path / "in", "laos.cpc.json", network.thai.bundle(country="LAO"))
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
        window.import_paths([str(tmp_path / "in")])
    settle(qtbot, window)
    assert [r.result.reason for r in window.importer.results()] == ["country_not_allowed"]
    asked = []

    def ask_countries(cls, parent, key):
        asked.append(key.countries)
        return TrustDecision(("KHM", "THA", "LAO"))

    monkeypatch.setattr(TrustPage, "ask_countries", classmethod(ask_countries))
    window.show_page("trust")
    settle(qtbot, window)
    page = window.trust
    assert not page.countries_button.isEnabled()  # no key selected
    index = next(i for i, key in enumerate(page.keys) if key.key_id == network.thai.key_id)
    page.keys_table.selectRow(index)
    qtbot.mouseClick(page.countries_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert asked == [("KHM", "THA")]
    assert get_key(window.store, network.thai.key_id).countries == ("KHM", "LAO", "THA")
    assert "now trusted for Cambodia, Laos, Thailand" in page.result_label.text()
    row = next(i for i, key in enumerate(page.keys) if key.key_id == network.thai.key_id)
    assert page.keys_table.item(row, 2).text() == "Cambodia, Laos, Thailand"
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
        window.import_paths([str(tmp_path / "in")])  # the refused file, sent again
    settle(qtbot, window)
    assert window.importer.results()[-1].result.status == "imported"


def test_enter_in_the_trust_dialog_trusts_once_the_phone_check_is_ticked_and_never_cancels(qtbot, network):
    key = parse_public_key_file(network.newcomer.write_key_file(network.root).read_bytes())
    dialog = TrustKeyDialog(key, held=1, countries="NPL")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.countries.setFocus()
    qtbot.keyClick(dialog.countries, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not cancelled: the fingerprint was not compared yet
    dialog.compared.setFocus()
    qtbot.keyClick(dialog.compared, Qt.Key.Key_Space)
    dialog.countries.setFocus()
    qtbot.keyClick(dialog.countries, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.decision() == TrustDecision(("NPL",))
