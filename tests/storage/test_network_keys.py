"""The secretariat's network keys at rest, rotation, backup; the partner's accepted network key."""

from __future__ import annotations

import json

import pytest

from cardentry.bundleformat import sealed
from cardentry.bundleformat.networkkey import parse_network_key
from cardentry.storage import keys, network_keys
from cardentry.storage.paths import ProfilePaths
from cardentry.storage.profile import init_profile
from partner_helpers import PASSPHRASE, make_partner
from sealed_helpers import NETWORK_KEY_FILE

pytestmark = pytest.mark.usefixtures("cheap_kdf")
ORG = {"name": "ECPAT International secretariat", "email": "cards@example.org"}


@pytest.fixture
def secretariat_root(tmp_path):
    init_profile(tmp_path / "sec", role="secretariat", organisation=ORG["name"], email=ORG["email"]).close()
    return tmp_path / "sec"


def test_init_makes_both_keys_encrypted_and_the_seed_never_reaches_a_file_in_clear(secretariat_root):
    network = network_keys.init_network(secretariat_root, PASSPHRASE, organisation=ORG)
    keyring = network_keys.unlock_keyring(secretariat_root, PASSPHRASE)
    assert list(keyring) == [network.sealing.key_id]
    seed = network.sealing.unlock_seed(PASSPHRASE)
    assert sealed.sealing_public_bytes(seed) == network.sealing.public_key
    for path in ProfilePaths(secretariat_root).root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert seed not in data and seed.hex().encode() not in data, path
            assert keys.b64encode(seed).encode() not in data, path
    assert json.loads(ProfilePaths(secretariat_root).sealing_key.read_bytes())["alg"] == "x-wing"


def test_the_wrong_passphrase_opens_nothing(secretariat_root):
    network_keys.init_network(secretariat_root, PASSPHRASE, organisation=ORG)
    with pytest.raises(keys.WrongPassphrase):
        network_keys.unlock_keyring(secretariat_root, "not the passphrase")
    with pytest.raises(keys.WrongPassphrase):
        network_keys.network_key(secretariat_root, "not the passphrase")


def test_init_twice_is_refused_and_changes_nothing(secretariat_root):
    first = network_keys.init_network(secretariat_root, PASSPHRASE, organisation=ORG)
    with pytest.raises(network_keys.NetworkKeysError, match="already"):
        network_keys.init_network(secretariat_root, PASSPHRASE, organisation=ORG)
    assert network_keys.load_network_keys(secretariat_root).sealing.key_id == first.sealing.key_id


def test_the_network_key_file_is_self_signed_and_names_the_current_sealing_key(secretariat_root, tmp_path):
    network = network_keys.init_network(secretariat_root, PASSPHRASE, organisation=ORG)
    key = network_keys.network_key(secretariat_root, PASSPHRASE)
    path = network_keys.write_network_key(tmp_path, key)
    assert path.name == "ecpat-international-secretariat.cpcnet.json"
    read = parse_network_key(path.read_bytes())
    assert (read.signing_key_id, read.sealing_key_id) == (network.signing.key_id, network.sealing.key_id)


def test_rotation_keeps_the_old_sealing_key_for_reading(secretariat_root, monkeypatch):
    network = network_keys.init_network(secretariat_root, PASSPHRASE, organisation=ORG)
    old_public = network.sealing.public_key
    monkeypatch.setattr(keys, "utc_now_seconds", lambda: "2099-01-01T00:00:00Z")
    old, new = network_keys.rotate_sealing_key(secretariat_root, PASSPHRASE)
    assert old.key_id == network.sealing.key_id != new.key_id
    keyring = network_keys.unlock_keyring(secretariat_root, PASSPHRASE)
    assert set(keyring) == {old.key_id, new.key_id}
    sealed_to_old = sealed.seal_bundle(b'{"x": 1}', old_public)
    assert sealed.unseal(sealed_to_old, keyring).bundle == b'{"x": 1}'
    newer = network_keys.network_key(secretariat_root, PASSPHRASE)
    assert newer.sealing_key_id == new.key_id and newer.created_at == "2099-01-01T00:00:00Z"


def test_a_backup_restores_every_sealing_key_on_a_new_computer(secretariat_root, tmp_path, monkeypatch):
    network_keys.init_network(secretariat_root, PASSPHRASE, organisation=ORG)
    monkeypatch.setattr(keys, "utc_now_seconds", lambda: "2099-01-01T00:00:00Z")
    network_keys.rotate_sealing_key(secretariat_root, PASSPHRASE)
    backup = network_keys.backup_network(secretariat_root, tmp_path)
    before = network_keys.unlock_keyring(secretariat_root, PASSPHRASE)
    for key_file in network_keys.load_network_keys(secretariat_root).retired:  # the backup holds no seed
        assert key_file.unlock_seed(PASSPHRASE) not in backup.read_bytes()
    init_profile(tmp_path / "new", role="secretariat", organisation=ORG["name"]).close()
    with pytest.raises(keys.WrongPassphrase):
        network_keys.restore_network(tmp_path / "new", backup, "not the passphrase")
    assert not network_keys.has_network_keys(tmp_path / "new")
    restored = network_keys.restore_network(tmp_path / "new", backup, PASSPHRASE)
    assert set(network_keys.unlock_keyring(tmp_path / "new", PASSPHRASE)) == set(before)
    assert restored.sealing.key_id == network_keys.load_network_keys(secretariat_root).sealing.key_id


def test_a_partner_accepts_a_key_and_its_newer_version_but_sees_another_network(tmp_path):
    key = parse_network_key(NETWORK_KEY_FILE.read_bytes())
    with make_partner(tmp_path / "p") as store:
        assert network_keys.classify(store, key) == "new"
        network_keys.accept_network_key(store, key)
        assert network_keys.accepted_network_key(store) == key
        assert network_keys.classify(store, key) == "same"


def test_a_network_key_in_the_installer_is_accepted_at_first_run(tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    (resources / "network").mkdir(parents=True)
    (resources / "network" / "ecpat.cpcnet.json").write_bytes(NETWORK_KEY_FILE.read_bytes())
    monkeypatch.setenv("CARDENTRY_RESOURCES", str(resources))
    with make_partner(tmp_path / "p") as store:
        accepted = network_keys.accepted_network_key(store)
    assert accepted is not None and accepted.fingerprint == "1e67-0824-b1b8-93d3"


def test_a_damaged_installer_key_is_ignored(tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    (resources / "network").mkdir(parents=True)
    data = NETWORK_KEY_FILE.read_bytes().replace(b"2026-11-28", b"2026-11-29")
    (resources / "network" / "ecpat.cpcnet.json").write_bytes(data)
    monkeypatch.setenv("CARDENTRY_RESOURCES", str(resources))
    with make_partner(tmp_path / "p") as store:
        assert network_keys.accepted_network_key(store) is None
