"""The secretariat's window opens sealed files: the passphrase is asked once per import, the
results mark sealed files, a wrong passphrase imports nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from secretariat_helpers import import_inbox, open_window, settle

from cardentry.bundleformat import sealed
from cardentry.secretariat.actions import trust_key
from cardentry.secretariat.trust import parse_public_key_file
from cardentry.storage import keys
from cardentry.storage.paths import ProfilePaths
from cardentry.storage.profile import init_profile
from cardentry.ui.common.qt import QMessageBox
from cardentry.ui.secretariat.importing import LOCK, ImportPage
from partner_helpers import PASSPHRASE
from sealed_helpers import PARTNER_KEY_FILE, SEALED_VECTORS, SEALING_SEED, SIGNING_SEED

pytestmark = pytest.mark.usefixtures("cheap_kdf")
FILES = [SEALED_VECTORS / name for name in ("valid-r1.sealed.cpc.json", "valid-r2.sealed.cpc.json")]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "sec"
    org = {"name": "ECPAT International secretariat", "email": None}
    with init_profile(root, role="secretariat", organisation=org["name"]) as store:
        trust_key(store, parse_public_key_file(PARTNER_KEY_FILE.read_bytes()), "THA")
    paths = ProfilePaths(root)
    signing = Ed25519PrivateKey.from_private_bytes(SIGNING_SEED)
    keys.save_key_file(paths.network_signing_key, keys.encrypt_key(signing, PASSPHRASE, organisation=org))
    public = sealed.sealing_public_bytes(SEALING_SEED)
    sealing = keys.encrypt_seed(SEALING_SEED, public, PASSPHRASE, organisation=org, alg=keys.SEALING_ALG)
    keys.save_key_file(paths.sealing_key, sealing)
    return root


def test_the_passphrase_is_asked_once_and_sealed_rows_are_marked(qtbot, root, monkeypatch):
    asked = []
    monkeypatch.setattr(
        ImportPage, "ask_passphrase", classmethod(lambda cls, parent: asked.append(1) or PASSPHRASE)
    )
    window = open_window(qtbot, root)
    rows = import_inbox(qtbot, window, FILES)
    assert asked == [1]
    assert [row.result.status for row in rows] == ["imported", "imported"]
    model = window.importer.model
    assert all(model.text(i, 0).startswith(LOCK) for i in range(len(rows)))
    window.dashboard.refresh()
    settle(qtbot, window)
    table = window.dashboard.table
    cells = [table.item(r, 6).text() for r in range(table.rowCount()) if table.item(r, 6)]
    assert any(cell.endswith(LOCK) for cell in cells)
    window.close()


def test_a_wrong_passphrase_imports_nothing(qtbot, root, monkeypatch):
    monkeypatch.setattr(ImportPage, "ask_passphrase", classmethod(lambda cls, parent: "not the passphrase"))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    window = open_window(qtbot, root)
    messages = []
    window.desk.failed.connect(messages.append)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20000):
        assert window.import_paths([str(path) for path in FILES])
    settle(qtbot, window)
    assert window.importer.results() == []
    assert any("nothing was imported" in message for message in messages)
    assert warned and "nothing was imported" in warned[0]
    assert window.store.db["received_bundle"].count == 0
    window.close()


def test_cancelling_the_passphrase_starts_no_import(qtbot, root, monkeypatch):
    monkeypatch.setattr(ImportPage, "ask_passphrase", classmethod(lambda cls, parent: None))
    window = open_window(qtbot, root)
    assert not window.import_paths([str(path) for path in FILES])
    assert window.store.db["import_log"].count == 0
    window.close()


def test_the_secretariat_makes_saves_and_backs_up_its_network_keys_in_the_app(qtbot, tmp_path, monkeypatch):
    from cardentry.bundleformat.networkkey import parse_network_key
    from cardentry.storage import network_keys
    from cardentry.ui.common.qt import Qt
    from cardentry.ui.secretariat.network import NetworkKeysDialog

    root = tmp_path / "fresh"
    init_profile(root, role="secretariat", organisation="ECPAT secretariat").close()
    (tmp_path / "usb").mkdir()
    monkeypatch.setattr(
        NetworkKeysDialog, "ask_passphrase", classmethod(lambda cls, parent, new=False: PASSPHRASE)
    )
    monkeypatch.setattr(
        NetworkKeysDialog, "choose_save_path", classmethod(lambda cls, parent, name: str(tmp_path / name))
    )
    monkeypatch.setattr(
        NetworkKeysDialog, "choose_folder", classmethod(lambda cls, parent: str(tmp_path / "usb"))
    )
    window = open_window(qtbot, root)
    window.show_network_keys()
    dialog = window.network_dialog
    qtbot.waitUntil(lambda: dialog.init_button.isEnabled())
    assert "No network keys yet" in dialog.status.text()
    qtbot.mouseClick(dialog.init_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10000)
    assert "no sealed card can ever be read" in dialog.warning.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "network-key.cpcnet.json"
    qtbot.waitUntil(saved.exists, timeout=10000)
    assert parse_network_key(saved.read_bytes()).fingerprint == dialog.fingerprint.text()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.warning.text() == "", timeout=10000)
    assert list((tmp_path / "usb").glob("*.backup.json"))
    dialog.require.click()
    settle(qtbot, window)
    assert window.store.get_setting(network_keys.REQUIRE_SEALED_SETTING) is True
    window.close()
