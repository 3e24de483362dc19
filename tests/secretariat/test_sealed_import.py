"""The secretariat imports sealed files: checks S1-S4 and their reason codes, the sealed-v1 vectors,
the quarantine, duplicates on the inner bundle, --require-sealed, the passphrase once per import."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardentry.bundleformat import sealed
from cardentry.secretariat.actions import trust_key
from cardentry.secretariat.importer import REASONS, import_log, import_paths, list_pending
from cardentry.secretariat.trust import parse_public_key_file
from cardentry.storage import keys, network_keys
from cardentry.storage.paths import ProfilePaths
from cardentry.storage.profile import init_profile
from partner_helpers import ENV, PASSPHRASE
from sealed_helpers import (
    PARTNER_KEY_FILE,
    PLAIN_VALID_R1,
    SEALED_VECTORS,
    SEALING_SEED,
    SIGNING_SEED,
    Cli,
    expected,
    import_order,
)

pytestmark = pytest.mark.usefixtures("cheap_kdf")
ORG = {"name": "ECPAT International secretariat", "email": "cards@example.org"}


def install_vector_keys(root) -> None:
    """Put the published TEST keys of sealed-v1 into a secretariat profile, encrypted as ours are."""
    paths = ProfilePaths(root)
    signing = keys.encrypt_key(
        Ed25519PrivateKey.from_private_bytes(SIGNING_SEED), PASSPHRASE, organisation=ORG
    )
    sealing = keys.encrypt_seed(
        SEALING_SEED,
        sealed.sealing_public_bytes(SEALING_SEED),
        PASSPHRASE,
        organisation=ORG,
        created_at="2026-11-28T09:00:00Z",
        alg=keys.SEALING_ALG,
    )
    keys.save_key_file(paths.network_signing_key, signing)
    keys.save_key_file(paths.sealing_key, sealing)


@pytest.fixture
def root(tmp_path):
    root = tmp_path / "secretariat"
    with init_profile(root, role="secretariat", organisation=ORG["name"]) as store:
        trust_key(store, parse_public_key_file(PARTNER_KEY_FILE.read_bytes()), "THA")
    install_vector_keys(root)
    return root


@pytest.fixture
def store(root):
    from cardentry.storage.profile import open_store

    with open_store(root) as store:
        yield store


@pytest.fixture
def keyring(root):
    return network_keys.unlock_keyring(root, PASSPHRASE)


def counts(store) -> dict[str, int]:
    tables = ("received_bundle", "received_assessment", "received_rating", "pending_bundle", "trusted_key")
    return {table: store.db[table].count for table in tables}


def test_every_sealed_vector_gives_its_expected_outcome_in_the_import_order(store, keyring, tmp_path):
    paths = [SEALED_VECTORS / name for name in import_order()]
    results = list(import_paths(store, paths, keyring=keyring, quarantine_dir=tmp_path / "q"))
    got = {r.file.rsplit("/", 1)[-1]: {"status": r.status, **({"reason": r.reason} if r.reason else {})}
           for r in results}  # fmt: skip
    assert got == expected()["files"]
    assert all(r.sealed for r in results)
    assert all(entry.sealed for entry in import_log(store))
    assert store.db["received_bundle"].count == 2  # r1 and r2; the second sealing of r1 is a duplicate


def test_the_quarantine_keeps_the_sealed_file_never_its_plaintext(store, keyring, tmp_path):
    name = "invalid-inner-tampered.sealed.cpc.json"
    received = (SEALED_VECTORS / name).read_bytes()
    plaintext = sealed.unseal(received, keyring).bundle
    (result,) = import_paths(store, [SEALED_VECTORS / name], keyring=keyring, quarantine_dir=tmp_path / "q")
    assert (result.status, result.reason, result.sealed) == ("rejected", "bad_signature", True)
    kept = [path for path in (tmp_path / "q").iterdir() if not path.name.endswith(".reason.json")]
    assert [path.read_bytes() for path in kept] == [received]
    for path in (tmp_path / "q").iterdir():
        assert plaintext[:200] not in path.read_bytes() and b"cardentry.bundle" not in path.read_bytes()


def test_sealing_required_rejects_a_plain_bundle_keeping_only_its_log_row(store, keyring, tmp_path):
    before = counts(store)
    (result,) = import_paths(
        store, [PLAIN_VALID_R1], keyring=keyring, quarantine_dir=tmp_path / "q", require_sealed=True
    )
    assert (result.status, result.reason, result.sealed) == ("rejected", "not_sealed", False)
    assert counts(store) == before and len(import_log(store)) == 1
    assert not (tmp_path / "q").exists()
    store.set_setting(network_keys.REQUIRE_SEALED_SETTING, True)  # the profile setting does the same
    (again,) = import_paths(store, [PLAIN_VALID_R1], keyring=keyring, quarantine_dir=tmp_path / "q")
    assert again.reason == "not_sealed"
    (sealed_one,) = import_paths(store, [SEALED_VECTORS / "valid-r1.sealed.cpc.json"], keyring=keyring)
    assert sealed_one.status == "imported"


def test_a_plain_bundle_and_its_sealed_copy_are_one_card(store, keyring):
    (plain,) = import_paths(store, [PLAIN_VALID_R1], keyring=keyring)
    (copy,) = import_paths(store, [SEALED_VECTORS / "valid-r1.sealed.cpc.json"], keyring=keyring)
    assert (plain.status, plain.sealed, copy.status, copy.sealed) == ("imported", False, "duplicate", True)


def test_without_the_sealing_key_a_sealed_file_is_not_for_us(store):
    (result,) = import_paths(store, [SEALED_VECTORS / "valid-r1.sealed.cpc.json"], keyring=None)
    assert (result.status, result.reason) == ("rejected", "not_for_us")


def test_a_sealed_bundle_from_an_unknown_key_is_held_then_released_as_sealed(tmp_path, keyring):
    from cardentry.secretariat.actions import trust_key as trust

    with init_profile(tmp_path / "other", role="secretariat", organisation="Sec") as store:
        (held,) = import_paths(store, [SEALED_VECTORS / "valid-r1.sealed.cpc.json"], keyring=keyring)
        assert (held.status, held.sealed) == ("pending_trust", True)
        assert len(list_pending(store)) == 1
        result = trust(store, parse_public_key_file(PARTNER_KEY_FILE.read_bytes()), "THA")
        assert [r.status for r in result.released] == ["imported"]
        assert import_log(store)[0].sealed is True


def test_a_file_sealed_to_a_retired_key_still_opens(root, tmp_path, monkeypatch):
    from cardentry.storage.profile import open_store

    monkeypatch.setattr(keys, "utc_now_seconds", lambda: "2099-01-01T00:00:00Z")
    network_keys.rotate_sealing_key(root, PASSPHRASE)
    keyring = network_keys.unlock_keyring(root, PASSPHRASE)
    assert len(keyring) == 2
    with open_store(root) as store:
        (result,) = import_paths(store, [SEALED_VECTORS / "valid-r1.sealed.cpc.json"], keyring=keyring)
    assert result.status == "imported"


_SEALED = (SEALED_VECTORS / "valid-r2.sealed.cpc.json").read_bytes()


def test_a_flipped_bit_anywhere_is_rejected_with_a_reason_and_changes_nothing_but_the_log(
    store, keyring, tmp_path
):
    (first,) = import_paths(store, [SEALED_VECTORS / "valid-r1.sealed.cpc.json"], keyring=keyring)
    assert first.status == "imported"
    before = counts(store)
    damaged_file = tmp_path / "damaged.sealed.cpc.json"

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(position=st.integers(0, len(_SEALED) - 1), bit=st.integers(0, 7))
    def check(position, bit):
        damaged = bytearray(_SEALED)
        damaged[position] ^= 1 << bit
        damaged_file.write_bytes(bytes(damaged))
        logged = len(import_log(store, limit=100_000))
        (result,) = import_paths(store, [damaged_file], keyring=keyring, quarantine_dir=tmp_path / "q")
        assert result.status == "rejected" and result.reason in REASONS
        assert counts(store) == before
        assert len(import_log(store, limit=100_000)) == logged + 1

    check()


# --- the command line -----------------------------------------------------------------------


def test_cli_import_asks_the_passphrase_once_and_rows_say_sealed(root):
    cli = Cli(root)
    result = cli("import", "--json", *(str(SEALED_VECTORS / name) for name in import_order()), env=ENV)
    assert result.exit_code == 1  # the invalid vectors are rejected
    rows = {row["file"].rsplit("/", 1)[-1]: row for row in map(json.loads, result.stdout.splitlines())}
    for name, want in expected()["files"].items():
        assert (rows[name]["status"], rows[name]["reason"]) == (want["status"], want.get("reason")), name
        assert rows[name]["sealed"] is True
    plain = cli("import", "--json", str(PLAIN_VALID_R1), env=ENV)
    assert json.loads(plain.stdout)["sealed"] is False and json.loads(plain.stdout)["status"] == "duplicate"


def test_cli_the_wrong_passphrase_is_exit_2_and_imports_nothing(root, tmp_path):
    cli = Cli(root)
    result = cli("import", str(SEALED_VECTORS / "valid-r1.sealed.cpc.json"), str(PLAIN_VALID_R1),
                 env={"CARDENTRY_PASSPHRASE": "not the passphrase"})  # fmt: skip
    assert result.exit_code == 2 and "Wrong passphrase; nothing was imported" in result.stderr
    from cardentry.storage.profile import open_store

    with open_store(root) as store:
        assert counts(store)["received_bundle"] == 0 and import_log(store) == []


def test_cli_require_sealed_flag_and_setting(root):
    cli = Cli(root)
    flagged = cli("import", "--json", "--require-sealed", str(PLAIN_VALID_R1), env=ENV)
    assert flagged.exit_code == 1 and json.loads(flagged.stdout)["reason"] == "not_sealed"
    assert cli("network", "require-sealed", "on").exit_code == 0
    by_setting = cli("import", "--json", str(PLAIN_VALID_R1), env=ENV)
    assert json.loads(by_setting.stdout)["reason"] == "not_sealed"
    assert cli("network", "require-sealed", "off").exit_code == 0
    assert json.loads(cli("import", "--json", str(PLAIN_VALID_R1), env=ENV).stdout)["status"] == "imported"


def test_cli_the_prompt_asks_once_for_many_sealed_files(root):
    cli = Cli(root)
    files = [str(SEALED_VECTORS / name) for name in ("valid-r1.sealed.cpc.json", "valid-r2.sealed.cpc.json")]
    result = cli("import", *files, input=PASSPHRASE + "\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("Passphrase of the network keys") == 1
    assert "2 imported" in result.output


def test_the_dashboard_says_whether_the_last_file_of_a_country_came_sealed(store, keyring):
    from cardentry.secretariat.dashboard import country_states

    list(import_paths(store, [SEALED_VECTORS / "valid-r1.sealed.cpc.json"], keyring=keyring))
    (thailand,) = [row for row in country_states(store, "2012") if row.country == "THA"]
    assert thailand.last_import_sealed is True
    store.db.execute("UPDATE import_log SET at = '2000-01-01T00:00:00Z'")  # the next attempt is the latest
    list(import_paths(store, [PLAIN_VALID_R1], keyring=keyring))
    (thailand,) = [row for row in country_states(store, "2012") if row.country == "THA"]
    assert thailand.last_import_sealed is False
