"""The trust store: adding, listing and revoking keys; trusting releases held bundles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bundle_factory import Partner, import_data, secretariat, trust
from cardentry.secretariat.actions import trust_key
from cardentry.secretariat.importer import list_pending
from cardentry.secretariat.trust import (
    CountriesDiffer,
    TrustError,
    get_key,
    key_state,
    list_keys,
    parse_public_key_file,
    revoke_key,
    set_countries,
)


@pytest.fixture
def store(tmp_path: Path):
    with secretariat(tmp_path / "sec") as opened:
        yield opened


def test_the_vector_key_file_is_read_and_trusted_for_its_countries(store, vectors_dir):
    result = trust_key(store, vectors_dir / "partner-key.cpckey.json", "THA,KHM")
    key = result.key
    assert (key.key_id, key.organisation, key.state) == ("949800fd5caee787", "ECPAT International", "trusted")
    assert key.fingerprint == "9498-00fd-5cae-e787"
    assert key.countries == ("KHM", "THA")
    assert key.added_at and key.revoked_at is None
    assert key_state(store, key.key_id) == "trusted"
    assert key.allows("THA") and not key.allows("IND")


def test_no_countries_means_any_country(store):
    key = trust(store, Partner.new(), None).key
    assert key.countries is None and key.allows("IND")


def test_adding_again_never_changes_the_countries_set_countries_does(store):
    # before issue 20, adding again replaced the countries (and with none, widened to any)
    partner = Partner.new()
    trust(store, partner, "THA")
    for other in ("IND", None, "THA,IND"):
        with pytest.raises(CountriesDiffer, match="trust countries"):
            trust(store, partner, other)
        assert get_key(store, partner.key_id).countries == ("THA",)
    again = trust(store, partner, "THA")
    assert not again.created and again.key.countries == ("THA",)
    assert set_countries(store, partner.key_id, "IND").countries == ("IND",)
    assert len(list_keys(store)) == 1


@pytest.mark.parametrize(
    "change, message",
    [
        ({"key_id": "0000000000000000"}, "does not match"),
        ({"public_key": "AAAA"}, "32 bytes"),
        ({"alg": "rsa"}, "ed25519"),
        ({"format": "something"}, "format"),
        ({"extra": 1}, "exactly the members"),
        ({"organisation": {"name": "", "email": None}}, "organisation"),
    ],
)
def test_a_broken_key_file_is_refused(change, message):
    document = Partner.new().key_file() | change
    with pytest.raises(TrustError, match=message):
        parse_public_key_file(json.dumps(document).encode())


def test_unknown_countries_are_refused(store):
    with pytest.raises(TrustError, match="XXX"):
        trust(store, Partner.new(), "THA,XXX")


def test_revoke_records_when_and_cannot_be_undone_by_adding_again(store):
    partner = Partner.new()
    trust(store, partner)
    revoked = revoke_key(store, partner.key_id)
    assert revoked.state == "revoked" and revoked.revoked_at
    assert key_state(store, partner.key_id) == "revoked"
    with pytest.raises(TrustError, match="revoked"):
        trust(store, partner)
    with pytest.raises(TrustError, match="no key"):
        revoke_key(store, "0123456789abcdef")


def test_revoke_accepts_the_fingerprint_form(store):
    partner = Partner.new()
    trust(store, partner)
    assert (
        revoke_key(store, "-".join([partner.key_id[i : i + 4] for i in range(0, 16, 4)])).state == "revoked"
    )


def test_trusting_a_key_releases_its_pending_bundles_in_order(store):
    partner = Partner.new()
    first = partner.payload()
    second = partner.revise(first)
    assert import_data(store, partner.sign(second), "r2.cpc.json").status == "pending_trust"
    assert import_data(store, partner.sign(first), "r1.cpc.json").status == "pending_trust"
    assert import_data(store, partner.sign(first), "r1-again.cpc.json").status == "pending_trust"
    assert len(list_pending(store, partner.key_id)) == 2  # the same bytes are held once
    result = trust(store, partner)
    assert [(r.file, r.status) for r in result.released] == [
        ("r2.cpc.json", "imported"),
        ("r1.cpc.json", "superseded"),
    ]
    assert list_pending(store) == []


def test_released_bundles_for_another_country_are_rejected_and_leave_the_queue(store):
    partner = Partner.new()
    import_data(store, partner.bundle(country="IND"))
    result = trust(store, partner, "THA")
    assert [(r.status, r.reason) for r in result.released] == [("rejected", "country_not_allowed")]
    assert list_pending(store) == []


def test_key_state_is_none_for_an_unknown_key(store):
    assert key_state(store, "0123456789abcdef") is None
    assert get_key(store, "0123456789abcdef") is None


def test_cli_trust_add_list_revoke(cli, tmp_path, vectors_dir):
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    added = cli("trust", "add", str(vectors_dir / "partner-key.cpckey.json"), "--countries", "THA")
    assert added.exit_code == 0, added.output
    assert "9498-00fd-5cae-e787" in added.output
    listed = cli("trust", "list", "--json")
    [key] = json.loads(listed.output)
    assert key["organisation"] == "ECPAT International" and key["countries"] == ["THA"]
    assert key["state"] == "trusted" and key["added_at"] and key["revoked_at"] is None
    assert cli("trust", "revoke", "949800fd5caee787").exit_code == 0
    [key] = json.loads(cli("trust", "list", "--json").output)
    assert key["state"] == "revoked" and key["revoked_at"]
    assert cli("trust", "revoke", "0123456789abcdef").exit_code == 2
    broken = tmp_path / "broken.cpckey.json"
    broken.write_text("{}")
    assert cli("trust", "add", str(broken)).exit_code == 2


def test_secretariat_commands_refuse_a_partner_profile(cli, vectors_dir, monkeypatch):
    from partner_helpers import ENV, fast_kdf

    fast_kdf(monkeypatch)
    created = cli("profile", "init", "--org", "Partner", "--role", "partner", env=ENV)
    assert created.exit_code == 0, created.output
    for args in (
        ("trust", "list"),
        ("trust", "add", str(vectors_dir / "partner-key.cpckey.json")),
        ("import", str(vectors_dir / "valid-r1.cpc.json")),
        ("report", "overview", "--cycle", "2012"),
        ("resolve", "THA", "--cycle", "2012", "--ranking", "some_progress", "--reason", "x"),
    ):
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "secretariat" in result.output
