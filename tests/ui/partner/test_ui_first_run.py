"""End to end: first start, a card rated in full, exported, and the bundle verifies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cardentry.bundleformat import keyfile
from cardentry.bundleformat.verify import verify_file
from cardentry.storage import keys
from cardentry.storage.profile import exists, open_store
from cardentry.ui import launcher as ui_app
from cardentry.ui.common.firstrun import PAGE_BACKUP, PAGE_KEY, FirstRunWizard, passphrase_strength
from cardentry.ui.common.qt import QDialog, QPoint, Qt
from cardentry.ui.partner.window import MainWindow

PASSPHRASE = "four words make it safe"


def run_first_start(qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FirstRunWizard:
    monkeypatch.setattr(
        FirstRunWizard,
        "choose_save_path",
        classmethod(lambda cls, *a: str(tmp_path / "ecpat-test.cpckey.json")),
    )
    (tmp_path / "usb").mkdir()
    monkeypatch.setattr(FirstRunWizard, "choose_folder", classmethod(lambda cls, *a: str(tmp_path / "usb")))
    wizard = ui_app.launch(data_dir)
    assert isinstance(wizard, FirstRunWizard)
    qtbot.addWidget(wizard)
    assert wizard.role_page.partner.isChecked()
    wizard.next()
    page = wizard.organisation_page
    assert not page.isComplete()
    qtbot.keyClicks(page.organisation, "ECPAT Foundation Test")
    qtbot.keyClicks(page.email, "cards@example.org")
    qtbot.keyClicks(page.filter, "Thail")
    assert not page.isComplete()  # a partner needs a country
    page.countries.currentItem().setCheckState(Qt.CheckState.Checked)
    assert page.codes() == ["THA"] and page.isComplete()
    wizard.next()
    secret = wizard.passphrase_page
    qtbot.keyClicks(secret.first, PASSPHRASE)
    qtbot.keyClicks(secret.second, PASSPHRASE[:-1])
    assert not secret.isComplete() and secret.match.isVisible()
    qtbot.keyClicks(secret.second, PASSPHRASE[-1])
    assert secret.isComplete()
    wizard.next()  # makes the profile and the key on a worker thread
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_KEY, timeout=20000)
    panel = wizard.key_page.panel
    fingerprint = keys.load_profile_key(data_dir).fingerprint
    assert panel.fingerprint.text() == fingerprint
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    public = keyfile.parse_public_key_file((tmp_path / "ecpat-test.cpckey.json").read_bytes())
    assert public.fingerprint == fingerprint
    assert fingerprint in panel.email.toPlainText() and "ecpat-test.cpckey.json" in panel.email.toPlainText()
    wizard.next()
    assert wizard.currentId() == PAGE_BACKUP
    qtbot.mouseClick(wizard.backup_page.backup_button, Qt.MouseButton.LeftButton)
    assert list((tmp_path / "usb").glob("*.json"))
    return wizard


def test_first_run_to_a_verified_export(qtbot, tmp_path, monkeypatch):
    data_dir = tmp_path / "profile"
    wizard = run_first_start(qtbot, data_dir, tmp_path, monkeypatch)
    wizard.accept()
    window = ui_app._windows[-1]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.info.countries == ("THA",)
    qtbot.waitUntil(lambda: window.key_file is not None)
    assert window.home.fingerprint.text() == window.key_file.fingerprint
    assert window.home.backup_reminder.isHidden()  # the key was backed up during the first run

    # a new card
    window.new_card(None)
    dialog = window.new_card_dialog
    dialog.country.setCurrentIndex(dialog.country.findData("THA"))
    dialog.cycle.setText("2012")
    dialog.accept()
    editor = window.editor
    assert editor is not None

    # rate all twelve, with an assessment each; evidence on the first
    for number, code in enumerate(editor.codes):
        editor.show_page(code)
        page = editor.indicator_page
        qtbot.mouseClick(
            page.rating.buttons[("green", "yellow", "red")[number % 3]], Qt.MouseButton.LeftButton
        )
        qtbot.keyClicks(page.assessment, f"Assessment of {code}.")
        if number == 0:
            qtbot.mouseClick(page.evidence.add_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda p=page: p.evidence.list.count() == 1)
            qtbot.keyClicks(page.evidence.title, "National Plan of Action 2010-2015")
            qtbot.keyClicks(page.evidence.url, "https://example.org/npa.pdf")
            qtbot.keyClicks(page.evidence.date, "2010-06")
            page.evidence.kind.setCurrentIndex(page.evidence.kind.findData("policy"))
            qtbot.mouseClick(page.star, Qt.MouseButton.LeftButton)
    editor.show_page("summary")
    qtbot.keyClicks(editor.summary_page.summary, "Thailand made some progress.")
    editor.show_page("ranking")
    some_progress = editor.ranking_page.buttons["some_progress"]
    qtbot.mouseClick(some_progress, Qt.MouseButton.LeftButton, pos=QPoint(8, some_progress.height() // 2))
    editor.show_page("calls")
    qtbot.keyClicks(editor.calls_page.calls, "Adopt a child-specific NPA.")
    qtbot.keyClick(editor.calls_page.calls, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.calls_page.calls, "Train teachers.")
    editor.show_page("review")
    window.session.flush_sync()
    qtbot.waitUntil(
        lambda: (
            editor.review_page.summary.text()
            == "12 of 12 indicators rated · nothing invalid · nothing missing"
        )
    )

    # export
    out = tmp_path / "out"
    window.export_current()
    export = window.export_dialog
    assert export is not None and not export.blocked
    export.folder.setText(str(out))
    qtbot.keyClicks(export.passphrase, "wrong passphrase")
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.passphrase_message.isVisible(), timeout=20000)
    export.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.result_ is not None, timeout=20000)
    path = export.result_.path
    verification = verify_file(path)
    assert verification.ok, verification.reason
    payload = json.loads(path.read_text(encoding="utf-8"))["payload"]
    ratings = {entry["code"]: entry["rating"] for entry in payload["indicators"]}
    assert ratings["prevention_policy"] == "green" and ratings["collaboration"] == "yellow"
    first = next(e for e in payload["indicators"] if e["code"] == "prevention_policy")
    assert first["ngo_action"] is True
    assert first["evidence"][0]["title"] == "National Plan of Action 2010-2015"
    assert first["evidence"][0]["kind"] == "policy"
    assert payload["overall"] == {"ranking": "some_progress", "summary": "Thailand made some progress."}
    assert payload["calls_to_action"] == ["Adopt a child-specific NPA.", "Train teachers."]
    email = export.email.toPlainText()
    assert "Thailand 2012, revision 1" in email and path.name in email
    assert window.store.get_setting("export_folder") == str(out)
    export.accept()

    # the revision is in the card's history, and can be saved again as the same file
    assert editor.card_state.text() == "Exported as r1"
    again = tmp_path / "again"
    again.mkdir()
    monkeypatch.setattr(MainWindow, "choose_folder", classmethod(lambda cls, *a: str(again)))
    resaved = window.save_again(1)
    assert resaved is not None and resaved.read_bytes() == path.read_bytes()
    window.close()


def test_secretariat_role_makes_a_secretariat_profile(qtbot, tmp_path):
    data_dir = tmp_path / "sec"
    wizard = ui_app.launch(data_dir)
    qtbot.addWidget(wizard)
    wizard.role_page.secretariat.setChecked(True)
    wizard.next()
    qtbot.keyClicks(wizard.organisation_page.organisation, "ECPAT International")
    assert wizard.organisation_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted)
    assert exists(data_dir)
    window = ui_app._windows[-1]
    from cardentry.ui.secretariat import SecretariatWindow

    assert isinstance(window, SecretariatWindow)
    window.close()
    with open_store(data_dir) as store:
        assert store.get_setting("role") == "secretariat"


@pytest.mark.parametrize(
    ("passphrase", "score"),
    [("", 0), ("short", 0), ("password", 0), ("aaaaaaaaaa", 0), ("tiger lamp", 1), ("tiger lamp river", 2),
     ("tiger lamp river 2012 stone", 3)],
)  # fmt: skip
def test_passphrase_strength_hint(passphrase, score):
    assert passphrase_strength(passphrase)[0] == score
