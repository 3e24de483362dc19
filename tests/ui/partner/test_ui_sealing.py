"""The partner app's sealing: accept the network key (fingerprint), export sealed or plain,
mark evidence internal (lock mark, "stays on this computer"). Screenshots go to
$CARDENTRY_SCREENSHOTS when it is set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ui_helpers import screenshot

from cardentry.bundleformat import sealed
from cardentry.bundleformat.networkkey import parse_network_key
from cardentry.bundleformat.verify import verify_bundle
from cardentry.storage import network_keys
from cardentry.ui import launcher as ui_app
from cardentry.ui.common.qt import Qt
from cardentry.ui.common.worker import StoreWorker
from partner_helpers import fill, full_answers
from sealed_helpers import NETWORK_KEY_FILE, vector_keyring

PASSPHRASE = "a long passphrase for tests"


@pytest.fixture
def store(partner_dir):
    from cardentry.storage.profile import open_store

    with open_store(partner_dir) as store:
        yield store


def test_the_network_key_is_accepted_only_after_the_fingerprint_is_confirmed(qtbot, store):
    from cardentry.ui.partner.network import NetworkKeyDialog

    window = NetworkKeyDialog(store)
    qtbot.addWidget(window)
    window.show()
    dialog = window.panel
    assert "not sealed" in dialog.current.text()
    dialog.load(str(NETWORK_KEY_FILE))
    assert dialog.fingerprint.text() == "1e67-0824-b1b8-93d3"
    assert "ECPAT International secretariat" in dialog.organisation.text()
    assert not dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert network_keys.accepted_network_key(store) is None
    dialog.confirm.click()
    assert dialog.accept_button.isEnabled()
    screenshot(window, "network-key-accept")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert network_keys.accepted_network_key(store).fingerprint == "1e67-0824-b1b8-93d3"
    assert "are sealed" in dialog.current.text()
    dialog.load(str(NETWORK_KEY_FILE))
    assert "already accepted" in dialog.instructions.text() and not dialog.accept_button.isEnabled()


def test_a_damaged_network_key_file_is_refused_with_a_message(qtbot, store, tmp_path):
    from cardentry.ui.partner.network import NetworkKeyDialog

    damaged = tmp_path / "x.cpcnet.json"
    damaged.write_bytes(NETWORK_KEY_FILE.read_bytes().replace(b"2026-11-28", b"2026-11-29"))
    window = NetworkKeyDialog(store)
    qtbot.addWidget(window)
    dialog = window.panel
    dialog.load(str(damaged))
    assert "signature" in dialog.error.text() and not dialog.accept_button.isEnabled()


def _export_dialog(qtbot, store, partner_dir):
    from cardentry.ui.partner.export import ExportDialog

    assessment_id = store.list_assessments()[0].id
    fill(store, assessment_id, full_answers(evidence_per_indicator=1))
    secret = store.add_evidence(assessment_id, "helpline", {"title": "Source at risk: Somchai"})
    store.set_field(assessment_id, f"evidence.{secret}.internal", True)
    worker = StoreWorker()
    dialog = ExportDialog(store, worker, partner_dir, assessment_id, [])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, worker


def _sign(qtbot, dialog, folder: Path) -> Path:
    dialog.folder.setText(str(folder))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20_000)
    return dialog.result_.path


def test_the_export_dialog_seals_for_the_secretariat_by_default(qtbot, store, partner_dir, tmp_path):
    network_keys.accept_network_key(store, parse_network_key(NETWORK_KEY_FILE.read_bytes()))
    dialog, worker = _export_dialog(qtbot, store, partner_dir)
    assert dialog.sealed_button.isChecked()
    assert dialog.sealed_button.text().replace("&", "") == (
        "Only ECPAT International secretariat can read this file (sealed)"
    )
    assert dialog.internal_note.text().startswith("1 internal evidence item")
    assert "stay on this computer" in dialog.internal_note.text()
    assert dialog.file_hint.text().endswith(".sealed.cpc.json")
    screenshot(dialog, "export-sealed-choice")
    path = _sign(qtbot, dialog, tmp_path / "out")
    screenshot(dialog, "export-sealed-done")
    assert path.name.endswith("-r1.sealed.cpc.json") and path.name in dialog.email.toPlainText()
    plaintext = sealed.unseal(path.read_bytes(), vector_keyring()).bundle
    assert verify_bundle(plaintext).ok and b"Somchai" not in plaintext
    worker.stop()


def test_the_export_dialog_writes_plain_on_request(qtbot, store, partner_dir, tmp_path):
    network_keys.accept_network_key(store, parse_network_key(NETWORK_KEY_FILE.read_bytes()))
    dialog, worker = _export_dialog(qtbot, store, partner_dir)
    dialog.plain_button.click()
    assert not dialog.file_hint.text().endswith(".sealed.cpc.json")
    path = _sign(qtbot, dialog, tmp_path / "out")
    assert (
        path.name.endswith("-r1.cpc.json") and json.loads(path.read_bytes())["format"] == "cardentry.bundle"
    )
    assert b"Somchai" not in path.read_bytes()
    worker.stop()


def test_without_a_network_key_the_dialog_says_the_file_is_not_sealed(qtbot, store, partner_dir):
    dialog, worker = _export_dialog(qtbot, store, partner_dir)
    assert dialog.not_sealed_note.isVisible() and not dialog.sealed_button.isVisible()
    assert not dialog.sealed
    worker.stop()


def test_an_evidence_item_marked_internal_shows_the_lock_and_is_stored(qtbot, window):
    from cardentry.ui.partner.evidence import LOCK

    window.open_card(window.store.list_assessments()[0].id)
    editor = window.editor
    editor.show_page("helpline")
    evidence = editor.indicator_page.evidence
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: evidence.list.count() == 1)
    qtbot.keyClicks(evidence.title, "Interview with a survivor")
    evidence.internal.click()
    evidence_id = evidence.current_id()
    qtbot.waitUntil(
        lambda: (
            window.store.get_field(window.session.assessment_id, f"evidence.{evidence_id}.internal") is True
        )
    )
    text = evidence.list.currentItem().text()
    assert text.startswith(LOCK) and "stays on this computer" in text
    screenshot(evidence, "evidence-internal")
    evidence.internal.click()
    qtbot.waitUntil(
        lambda: (
            window.store.get_field(window.session.assessment_id, f"evidence.{evidence_id}.internal") is False
        )
    )
    assert not evidence.list.currentItem().text().startswith(LOCK)


def test_internal_notes_are_saved_as_typed_and_marked_as_staying_here(qtbot, window):
    window.open_card(window.store.list_assessments()[0].id)
    editor = window.editor
    editor.show_page("shelters")
    notes = editor.indicator_page.internal_notes
    assert "stay on this computer" in notes.accessibleName()
    qtbot.keyClicks(notes, "Ask Ms Pranee again in March")
    qtbot.waitUntil(
        lambda: (
            window.store.load_card(window.session.assessment_id).internal_notes
            == {"shelters": "Ask Ms Pranee again in March"}
        ),
        timeout=5000,
    )
    editor.show_page("helpline")
    assert editor.indicator_page.internal_notes.value() == ""
    editor.show_page("shelters")
    assert editor.indicator_page.internal_notes.value() == "Ask Ms Pranee again in March"


def test_the_first_run_ends_with_the_network_key_step(qtbot, tmp_path, monkeypatch):
    from test_ui_first_run import run_first_start

    from cardentry.ui.common.firstrun import PAGE_NETWORK

    data_dir = tmp_path / "profile"
    wizard = run_first_start(qtbot, data_dir, tmp_path, monkeypatch)
    wizard.next()
    assert wizard.currentId() == PAGE_NETWORK
    panel = wizard.network_page.panel
    assert "not sealed" in panel.current.text()
    panel.load(str(NETWORK_KEY_FILE))
    assert panel.fingerprint.text() == "1e67-0824-b1b8-93d3"
    panel.confirm.click()
    screenshot(wizard, "first-run-network-key")
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert "are sealed" in panel.current.text()
    wizard.accept()
    window = ui_app._windows[-1]
    qtbot.addWidget(window)
    assert network_keys.accepted_network_key(window.store).fingerprint == "1e67-0824-b1b8-93d3"
    window.close()


def test_a_network_key_in_the_installer_is_accepted_at_first_run_with_no_check(qtbot, tmp_path, monkeypatch):
    import shutil

    from test_ui_first_run import run_first_start

    from cardentry.base.resources import resources_dir

    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    (resources / "network").mkdir()
    shutil.copy(NETWORK_KEY_FILE, resources / "network" / "ecpat.cpcnet.json")
    monkeypatch.setenv("CARDENTRY_RESOURCES", str(resources))
    wizard = run_first_start(qtbot, tmp_path / "profile", tmp_path, monkeypatch)
    wizard.next()
    panel = wizard.network_page.panel
    assert (
        "Accepted: ECPAT International secretariat, fingerprint 1e67-0824-b1b8-93d3" in panel.current.text()
    )
    wizard.accept()
    window = ui_app._windows[-1]
    qtbot.addWidget(window)
    window.close()
