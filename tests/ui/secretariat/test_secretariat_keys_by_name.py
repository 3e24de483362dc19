"""Issue 19.8: adding a partner's key chooses countries by name (pre-filled from its held
bundles), and the dashboard confirms the key was trusted."""

from __future__ import annotations

from secretariat_helpers import settle

from cardentry.bundleformat.keyfile import parse_public_key_file
from cardentry.ui.common.qt import QPoint, Qt
from cardentry.ui.secretariat.key_dialogs import TrustDecision, TrustKeyDialog


def test_countries_are_chosen_by_name_never_by_code(qtbot, network):
    key = parse_public_key_file(network.newcomer.write_key_file(network.root).read_bytes())
    dialog = TrustKeyDialog(key, held=1, countries="NPL")  # what its held bundle is for
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.countries.text() == "Nepal"  # the held bundle's country, by name
    assert dialog.picker.codes() == ["NPL"]
    qtbot.mouseClick(dialog.compared, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.compared.height() // 2))
    # typing a name is understood
    dialog.countries.selectAll()
    qtbot.keyClicks(dialog.countries, "Thailand")
    assert not dialog.countries_message.isVisible()
    assert dialog.trust_button.isEnabled()
    assert dialog.decision() == TrustDecision(("THA",))
    assert dialog.picker.codes() == ["THA"]
    # ticking by name, from the search box: Enter ticks the first match
    qtbot.mouseClick(dialog.picker.filter, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.picker.filter, "nep")
    qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter ticked; it did not trust the key
    assert dialog.countries.text() == "Nepal, Thailand"
    assert dialog.decision() == TrustDecision(("NPL", "THA"))
    dialog.countries.selectAll()
    qtbot.keyClicks(dialog.countries, "Narnia")
    assert "Narnia" in dialog.countries_message.text() and not dialog.trust_button.isEnabled()


def test_the_dashboard_confirms_a_trusted_key(qtbot, monkeypatch, network, loaded_window):
    window = loaded_window

    def exec_(dialog) -> int:  # the person compares, keeps the suggested Nepal, trusts
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.compared
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TrustKeyDialog, "exec", exec_)
    window.show_page("trust")
    settle(qtbot, window)
    page = window.trust
    page.pending_table.selectRow(0)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.last_result is not None
    window.show_page("dashboard")
    settle(qtbot, window)
    notice = window.dashboard.notice
    assert notice.isVisible()
    assert (
        "Nepal Newcomer" in notice.text() and "Nepal" in notice.text() and "1 waiting bundle" in notice.text()
    )


def test_a_refused_key_file_is_explained_in_french(qtbot, monkeypatch, network, tmp_path):
    from secretariat_helpers import open_window

    from cardentry.ui.common import i18n
    from cardentry.ui.common.qt import QMessageBox
    from cardentry.ui.secretariat.trust import TrustPage

    bad = tmp_path / "big.cpckey.json"
    bad.write_bytes(b"{" + b" " * 100_000 + b"}")
    i18n.install("fr")
    try:
        window = open_window(qtbot, network.root)
        monkeypatch.setattr(TrustPage, "ask_key_file", classmethod(lambda cls, parent: str(bad)))
        warned = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
        window.trust.add_from_file()
        assert warned == ["big.cpckey.json : ce n’est pas un fichier de clé publique (bien trop volumineux)"]
        window.close()
    finally:
        i18n.install("en")
