"""Export seals by default once a network key is accepted; the record keeps the signed bundle."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from cardentry.bundleformat.networkkey import parse_network_key
from cardentry.bundleformat.verify import verify_bundle
from cardentry.partner import export as bundle_export
from cardentry.storage import keys, network_keys
from partner_helpers import ENV, PASSPHRASE, fill, full_answers, make_partner
from sealed_helpers import NETWORK_KEY_FILE, SEALED_VECTORS, SEALING_SEED, Cli

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def partner(tmp_path):
    """(store, assessment id of a full valid card, private key), with the test network key accepted."""
    root = tmp_path / "partner"
    store = make_partner(root, organisation="ECPAT International", email="info@ecpat.example")
    network_keys.accept_network_key(store, parse_network_key(NETWORK_KEY_FILE.read_bytes()))
    assessment_id = store.new_assessment("THA", "2012")
    fill(store, assessment_id, full_answers())
    yield store, assessment_id, keys.load_profile_key(root).unlock(PASSPHRASE)
    store.close()


def independent_open(data: bytes) -> bytes:
    """Open a sealed file with cryptography's HPKE and json only (network-format.md), not our code."""
    document = json.loads(data)
    assert set(document) == {"format", "format_version", "recipient", "suite", "sealed"}
    assert document["format"] == "cardentry.sealed" and document["format_version"] == 1
    assert document["suite"] == "x-wing/hkdf-sha256/chacha20-poly1305"
    expanded = hashlib.shake_256(SEALING_SEED).digest(96)
    private_key = hpke.MLKEM768X25519PrivateKey(
        mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]),
        x25519.X25519PrivateKey.from_private_bytes(expanded[64:]),
    )
    suite = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
    info = b"cardentry.sealed/1 " + document["recipient"].encode("ascii")
    return suite.decrypt(base64.b64decode(document["sealed"], validate=True), private_key, info=info)


def stored_content(store, assessment_id, revision):
    return bytes(
        store.db.execute(
            "SELECT content FROM export WHERE assessment_id = ? AND revision = ?", [assessment_id, revision]
        ).fetchone()[0]
    )


def test_an_export_is_sealed_and_opens_independently_to_the_exact_recorded_bundle(partner, tmp_path):
    store, assessment_id, private_key = partner
    result = bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out")
    assert result.sealed and result.sealed_to.name == "ECPAT International secretariat"
    assert result.path.name == "THA-2012-ecpat-international-r1.sealed.cpc.json"
    data = result.path.read_bytes()
    assert json.loads(data)["recipient"] == "8a1041dba127056d"
    plaintext = independent_open(data)
    assert plaintext == stored_content(store, assessment_id, 1) == result.content
    assert verify_bundle(plaintext).ok
    assert "Thaïlande".encode() not in data and b"Ministry" not in data
    for text in full_answers()["calls_to_action"]:
        assert text.encode() not in data


def test_plain_on_request_writes_the_signed_bundle_as_before(partner, tmp_path):
    store, assessment_id, private_key = partner
    result = bundle_export.export_card(store, assessment_id, private_key, tmp_path, sealed=False)
    assert not result.sealed and result.path.name.endswith("-r1.cpc.json")
    assert result.path.read_bytes() == stored_content(store, assessment_id, 1)


def test_re_sending_a_past_revision_seals_the_same_signed_bytes_again(partner, tmp_path):
    store, assessment_id, private_key = partner
    first = bundle_export.export_card(store, assessment_id, private_key, tmp_path / "a")
    bundle_export.export_card(store, assessment_id, private_key, tmp_path / "a")
    again = bundle_export.resave_export(store, assessment_id, 1, tmp_path / "b")
    assert again.name == first.path.name
    assert again.read_bytes() != first.path.read_bytes()  # a new ciphertext
    assert independent_open(again.read_bytes()) == independent_open(first.path.read_bytes()) == first.content
    plain = bundle_export.resave_export(store, assessment_id, 1, tmp_path / "c", sealed=False)
    assert plain.read_bytes() == first.content


def test_without_a_network_key_export_stays_plain_and_sealed_is_refused(tmp_path):
    store = make_partner(tmp_path / "p")
    with store:
        assessment_id = store.new_assessment("THA", "2012")
        fill(store, assessment_id, full_answers())
        private_key = keys.load_profile_key(tmp_path / "p").unlock(PASSPHRASE)
        with pytest.raises(bundle_export.NotSealable):
            bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out", sealed=True)
        assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
        result = bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out")
        assert not result.sealed and result.path.read_bytes() == result.content


def test_the_command_line_seals_by_default_and_says_so(tmp_path):
    cli = Cli(tmp_path / "p")
    assert cli("profile", "init", "--org", "ECPAT Thailand", "--role", "partner", env=ENV).exit_code == 0
    card = json.loads(cli("assessment", "new", "--country", "THA", "--cycle", "2012", "--json").stdout)
    (tmp_path / "answers.json").write_text(json.dumps(full_answers()), encoding="utf-8")
    assert (
        cli("assessment", "fill", card["assessment_id"], "--from", str(tmp_path / "answers.json")).exit_code
        == 0
    )
    refused = cli("export", card["assessment_id"], "--out", str(tmp_path / "out"), "--sealed", env=ENV)
    assert refused.exit_code == 2 and "No network key is accepted" in refused.stderr
    assert cli("network", "accept", str(NETWORK_KEY_FILE), "--yes").exit_code == 0
    result = cli("export", card["assessment_id"], "--out", str(tmp_path / "out"), "--json", env=ENV)
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["sealed"] is True and row["sealed_to"] == "ECPAT International secretariat"
    assert row["path"].endswith("-r1.sealed.cpc.json")
    text = cli("export", card["assessment_id"], "--out", str(tmp_path / "out"), env=ENV)
    assert "only ECPAT International secretariat can read this file" in text.stderr
    plain = cli("export", card["assessment_id"], "--out", str(tmp_path / "out"), "--plain", "--json", env=ENV)
    assert json.loads(plain.stdout)["sealed"] is False
    resent = cli(
        "export", card["assessment_id"], "--revision", "1", "--out", str(tmp_path / "again"), "--json"
    )
    assert json.loads(resent.stdout)["sealed"] is True
    assert json.loads(resent.stdout)["path"].endswith("-r1.sealed.cpc.json")


def test_verify_and_opening_a_sealed_file_say_what_it_is(tmp_path):
    from cardentry.ui.common.opening import verification_text

    data = (SEALED_VECTORS / "valid-r1.sealed.cpc.json").read_bytes()
    (tmp_path / "r1.sealed.cpc.json").write_bytes(data)
    result = Cli(tmp_path / "none")("verify", str(tmp_path / "r1.sealed.cpc.json"))
    assert result.exit_code == 1  # not verified: only the secretariat can check what is inside
    assert "sealed file: only the secretariat holding the key 8a1041dba127056d" in result.stdout
    intact, text = verification_text(tmp_path / "r1.sealed.cpc.json")
    assert intact and "is sealed" in text and "8a1041dba127056d" in text
