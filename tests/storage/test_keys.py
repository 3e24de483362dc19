"""The partner's signing key: encrypted at rest, passphrase changes, backup and restore, public file."""

from __future__ import annotations

import base64
import json
import os
import stat
import unicodedata

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundle_factory import VECTOR_SEED
from cardentry.bundleformat import keyfile
from cardentry.storage import keys
from cardentry.storage.profile import ProfilePaths
from partner_helpers import ENV, PASSPHRASE, make_partner

pytestmark = pytest.mark.usefixtures("cheap_kdf")


ORG = {"name": "ECPAT International", "email": None}


def test_the_fingerprint_is_four_groups_of_four():
    assert keys.format_fingerprint("1f0c9e5a3b7d2e41") == "1f0c-9e5a-3b7d-2e41"


def test_key_id_is_the_first_16_hex_digits_of_sha256_of_the_raw_public_key(vectors_dir):
    seed = bytes.fromhex(VECTOR_SEED)
    public = keys.raw_public_key(Ed25519PrivateKey.from_private_bytes(seed))
    published = json.loads((vectors_dir / "partner-key.cpckey.json").read_text())
    assert base64.b64encode(public).decode() == published["public_key"]
    assert keys.key_id_of(public) == published["key_id"] == "949800fd5caee787"


def test_the_shipped_kdf_defaults_are_the_strong_ones(monkeypatch):
    monkeypatch.undo()  # the real module constants, not the fast test ones
    assert keys.ARGON2ID_PARAMS == {"memory_cost": 64 * 1024, "iterations": 3, "lanes": 4}
    assert keys.SCRYPT_PARAMS["n"] * keys.SCRYPT_PARAMS["r"] * 128 >= 128 * 1024 * 1024
    assert keys.default_kdf()["name"] in ("argon2id", "scrypt")


def test_a_key_file_holds_no_plain_private_key(tmp_path):
    key_file = keys.generate_key(PASSPHRASE, organisation=ORG)
    seed = keys._seed_of(key_file.unlock(PASSPHRASE))
    data = key_file.to_bytes()
    for spelling in (seed, seed.hex().encode(), base64.b64encode(seed), base64.urlsafe_b64encode(seed)):
        assert spelling not in data
    assert b"PRIVATE KEY" not in data
    document = json.loads(data)
    assert document["format"] == "cardentry.private-key"
    assert document["kdf"]["name"] == keys.default_kdf()["name"]
    assert document["cipher"]["name"] == "aes-256-gcm"


def test_the_passphrase_opens_the_key_and_a_wrong_one_does_not():
    key_file = keys.generate_key(PASSPHRASE, organisation=ORG)
    private_key = key_file.unlock(PASSPHRASE)
    assert keys.raw_public_key(private_key) == key_file.public_key
    with pytest.raises(keys.WrongPassphrase):
        key_file.unlock(PASSPHRASE + "!")


def test_the_same_passphrase_typed_in_another_unicode_form_opens_the_key():
    composed = "mot de passe réservé"
    key_file = keys.generate_key(composed, organisation=ORG)
    key_file.unlock(unicodedata.normalize("NFD", composed))


def test_a_short_passphrase_is_refused():
    with pytest.raises(keys.PassphraseTooShort):
        keys.generate_key("short", organisation=ORG)


def test_a_key_file_is_read_back_exactly_and_tampering_is_caught():
    key_file = keys.generate_key(PASSPHRASE, organisation=ORG)
    assert keys.KeyFile.from_bytes(key_file.to_bytes()) == key_file
    document = json.loads(key_file.to_bytes())

    other = keys.raw_public_key(Ed25519PrivateKey.generate())
    swapped = {**document, "public_key": base64.b64encode(other).decode(), "key_id": keys.key_id_of(other)}
    with pytest.raises(keys.KeyFileError):  # AES-GCM associated data binds the public key
        keys.KeyFile.from_bytes(json.dumps(swapped).encode()).unlock(PASSPHRASE)

    flipped = bytearray(base64.b64decode(document["ciphertext"]))
    flipped[0] ^= 1
    damaged = {**document, "ciphertext": base64.b64encode(bytes(flipped)).decode()}
    with pytest.raises(keys.WrongPassphrase):
        keys.KeyFile.from_bytes(json.dumps(damaged).encode()).unlock(PASSPHRASE)


@pytest.mark.parametrize(
    "kdf",
    [
        {"name": "argon2id", "memory_cost": 64 * 1024 * 1024, "iterations": 3, "lanes": 4},
        {"name": "argon2id", "memory_cost": 64, "iterations": 10**6, "lanes": 1},
        {"name": "scrypt", "n": 2**30, "r": 8, "p": 1},
        {"name": "scrypt", "n": 1000, "r": 8, "p": 1},
        {"name": "pbkdf2", "iterations": 1},
        {"name": "argon2id", "memory_cost": True, "iterations": 1, "lanes": 1},
    ],
)
def test_a_key_file_with_hostile_kdf_parameters_is_refused_before_any_work(kdf):
    document = json.loads(keys.generate_key(PASSPHRASE, organisation=ORG).to_bytes())
    document["kdf"] = {**kdf, "salt": document["kdf"]["salt"]}
    with pytest.raises(keys.KeyFileError):
        keys.KeyFile.from_bytes(json.dumps(document).encode())


def test_a_public_key_file_is_not_taken_for_a_backup(vectors_dir):
    with pytest.raises(keys.KeyFileError, match="public key file"):
        keys.read_key_file(vectors_dir / "partner-key.cpckey.json")


# --- in a profile -------------------------------------------------------------------------


def test_a_partner_profile_gets_its_key_at_init_readable_by_its_owner_only(tmp_path):
    make_partner(tmp_path / "p").close()
    path = ProfilePaths(tmp_path / "p").signing_key
    key_file = keys.read_key_file(path)
    assert key_file.organisation == {"name": "ECPAT Thaïlande", "email": None}
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_changing_the_passphrase_keeps_the_key(tmp_path):
    root = tmp_path / "p"
    make_partner(root).close()
    before = keys.load_profile_key(root)
    after = keys.change_passphrase(root, PASSPHRASE, "a new long passphrase")
    assert after.key_id == before.key_id and after.ciphertext != before.ciphertext
    keys.load_profile_key(root).unlock("a new long passphrase")
    with pytest.raises(keys.WrongPassphrase):
        keys.load_profile_key(root).unlock(PASSPHRASE)


def test_a_wrong_old_passphrase_changes_nothing(tmp_path):
    root = tmp_path / "p"
    make_partner(root).close()
    data = keys.key_path(root).read_bytes()
    with pytest.raises(keys.WrongPassphrase):
        keys.change_passphrase(root, "not the passphrase", "a new long passphrase")
    assert keys.key_path(root).read_bytes() == data


def test_backup_and_restore_move_the_same_key_to_a_new_laptop(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    make_partner(old).close()
    backup = keys.backup_key(old, tmp_path / "usb-stick.json")
    assert backup.read_bytes() == keys.key_path(old).read_bytes()  # still encrypted

    from cardentry.storage.profile import init_profile

    init_profile(new, role="partner", organisation="ECPAT Thaïlande").close()
    with pytest.raises(keys.WrongPassphrase):
        keys.restore_key(new, backup, "not the passphrase")
    assert not keys.has_key(new)
    restored = keys.restore_key(new, backup, PASSPHRASE)
    assert restored.key_id == keys.load_profile_key(old).key_id


def test_restoring_over_a_different_key_needs_replace_and_keeps_the_old_file(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    make_partner(a).close()
    make_partner(b).close()
    backup = keys.backup_key(a, tmp_path)
    key_b = keys.load_profile_key(b)
    with pytest.raises(keys.KeyFileError, match="--replace"):
        keys.restore_key(b, backup, PASSPHRASE)
    assert keys.load_profile_key(b) == key_b
    keys.restore_key(b, backup, PASSPHRASE, replace_existing=True)
    assert keys.load_profile_key(b).key_id == keys.load_profile_key(a).key_id
    kept = keys.key_path(b).with_name(f"signing-key.replaced-{key_b.key_id}.json")
    assert keys.read_key_file(kept) == key_b


def test_the_public_key_file_follows_the_spec_and_reads_back(tmp_path):
    root = tmp_path / "p"
    make_partner(root).close()
    key_file = keys.load_profile_key(root)
    path = keys.write_public_key_file(tmp_path, key_file)
    assert path.name == "ecpat-thailande.cpckey.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert list(document) == [
        "format",
        "format_version",
        "alg",
        "key_id",
        "public_key",
        "organisation",
        "created_at",
    ]
    assert document["format"] == "cardentry.public-key" and document["alg"] == "ed25519"
    info = keyfile.parse_public_key_file(path.read_bytes())
    assert (info.key_id, info.public_key) == (key_file.key_id, key_file.public_key)


def test_the_vector_public_key_file_parses(vectors_dir):
    info = keyfile.parse_public_key_file((vectors_dir / "partner-key.cpckey.json").read_bytes())
    assert info.fingerprint == "9498-00fd-5cae-e787"


def test_the_demo_profile_has_a_key_that_opens_with_the_demo_passphrase(tmp_path):
    from cardentry.partner.demo import DEMO_PASSPHRASE, create_demo_profile

    root = create_demo_profile(tmp_path / "demo")
    keys.load_profile_key(root).unlock(DEMO_PASSPHRASE)


# --- command line ---------------------------------------------------------------------------


def test_profile_init_shows_the_key_and_reminds_to_back_it_up(cli):
    result = cli("profile", "init", "--org", "ECPAT Thaïlande", "--role", "partner", env=ENV)
    assert result.exit_code == 0, result.output
    assert "key backup" in result.stderr
    shown = json.loads(cli("profile", "show", "--json").stdout)
    key_file = keys.load_profile_key(cli.data_dir)
    assert shown["key_id"] == key_file.key_id
    assert shown["fingerprint"] == keys.format_fingerprint(key_file.key_id)
    assert shown["public_key"] == key_file.public_key_b64
    assert shown["key_backed_up_at"] is None


def test_profile_init_prompts_twice_for_a_new_passphrase(cli):
    result = cli("profile", "init", "--org", "X", "--role", "partner", input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.exit_code == 0, result.output
    keys.load_profile_key(cli.data_dir).unlock(PASSPHRASE)


def test_a_too_short_passphrase_creates_nothing(cli):
    result = cli("profile", "init", "--org", "X", "--role", "partner", env={"CARDENTRY_PASSPHRASE": "short"})
    assert result.exit_code == 2
    assert "at least 8" in result.stderr
    assert not cli.data_dir.exists() or not any(cli.data_dir.iterdir())


def test_a_secretariat_profile_has_no_signing_key(cli):
    assert cli("profile", "init", "--org", "ECPAT Secretariat", "--role", "secretariat").exit_code == 0
    assert not keys.has_key(cli.data_dir)
    assert cli("key", "export-public", "--out", str(cli.data_dir / "k.json")).exit_code == 2


def test_profile_passphrase_from_files_and_wrong_passphrase_is_exit_2(cli, tmp_path):
    assert cli("profile", "init", "--org", "X", "--role", "partner", env=ENV).exit_code == 0
    before = keys.key_path(cli.data_dir).read_bytes()
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("wrong passphrase\n", encoding="utf-8")
    new.write_text("the new passphrase\n", encoding="utf-8")
    args = ("profile", "passphrase", "--passphrase-file", str(old), "--new-passphrase-file", str(new))
    result = cli(*args)
    assert result.exit_code == 2 and "Wrong passphrase" in result.stderr
    assert keys.key_path(cli.data_dir).read_bytes() == before
    old.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert cli(*args).exit_code == 0
    keys.load_profile_key(cli.data_dir).unlock("the new passphrase")


def test_key_backup_restore_and_init_from_a_backup_on_the_command_line(cli, tmp_path):
    Cli = type(cli)  # conftest's runner, for other profile folders
    assert cli("profile", "init", "--org", "X", "--role", "partner", env=ENV).exit_code == 0
    backup = tmp_path / "backup.json"
    assert cli("key", "backup", "--out", str(backup)).exit_code == 0
    assert json.loads(cli("profile", "show", "--json").stdout)["key_backed_up_at"]

    laptop = Cli(tmp_path / "laptop")
    wrong = {"CARDENTRY_PASSPHRASE": "not the passphrase"}
    result = laptop(
        "profile", "init", "--org", "X", "--role", "partner", "--key-from", str(backup), env=wrong
    )
    assert result.exit_code == 2
    assert not (tmp_path / "laptop").exists() or not any((tmp_path / "laptop").iterdir())
    result = laptop("profile", "init", "--org", "X", "--role", "partner", "--key-from", str(backup), env=ENV)
    assert result.exit_code == 0, result.output
    assert keys.load_profile_key(laptop.data_dir).key_id == keys.load_profile_key(cli.data_dir).key_id

    other = Cli(tmp_path / "other")
    assert other("profile", "init", "--org", "X", "--role", "partner", env=ENV).exit_code == 0
    assert other("key", "restore", str(backup), env=ENV).exit_code == 2  # a different key is there
    assert other("key", "restore", str(backup), "--replace", env=ENV).exit_code == 0
    assert keys.load_profile_key(other.data_dir).key_id == keys.load_profile_key(cli.data_dir).key_id


def test_key_export_public_writes_the_public_key_file(cli, tmp_path):
    assert cli("profile", "init", "--org", "ECPAT International", "--role", "partner", env=ENV).exit_code == 0
    out = tmp_path / "ecpat.cpckey.json"
    result = cli("key", "export-public", "--out", str(out))
    assert result.exit_code == 0, result.output
    key_file = keys.load_profile_key(cli.data_dir)
    assert key_file.fingerprint in result.stderr
    assert keyfile.parse_public_key_file(out.read_bytes()).key_id == key_file.key_id
