"""Sealed files and the network key file (network-format.md) against the sealed-v1 vectors."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardentry.bundleformat import networkkey, sealed
from cardentry.bundleformat.verify import REASONS as VERIFY_REASONS
from cardentry.bundleformat.verify import verify_bundle
from sealed_helpers import (
    NETWORK_KEY_FILE,
    PLAIN_VALID_R1,
    SEALED_VECTORS,
    SEALING_KEY_ID,
    SEALING_SEED,
    SIGNING_KEY_ID,
    SIGNING_SEED,
    expected,
    vector_keyring,
)


def _open_and_verify(data: bytes, keyring=None):
    """(reason or None, verification or None) as the import runs checks 1-3, S1-S4, 4-6."""
    unsealed = sealed.unseal(data, vector_keyring() if keyring is None else keyring)
    if not unsealed.ok:
        return unsealed.reason, None
    verification = verify_bundle(unsealed.bundle)
    return verification.reason, verification


def test_every_sealed_vector_in_the_folder_has_an_expected_outcome():
    assert {path.name for path in SEALED_VECTORS.glob("*.sealed.cpc.json")} == set(expected()["files"])


@pytest.mark.parametrize("name", sorted(expected()["files"]))
def test_every_sealed_vector_gives_its_outcome_as_far_as_checks_1_to_6_go(name):
    want = expected()["files"][name]
    reason, verification = _open_and_verify((SEALED_VECTORS / name).read_bytes())
    if want["status"] == "rejected":
        assert reason == want["reason"]
    else:  # imported or duplicate: the sealed file opens and its inner bundle verifies
        assert reason is None
        assert verification.ok and verification.payload.country == "THA"


def test_the_two_sealings_of_r1_hold_the_same_signed_bundle_in_different_ciphertexts():
    first = (SEALED_VECTORS / "valid-r1.sealed.cpc.json").read_bytes()
    again = (SEALED_VECTORS / "valid-r1-again.sealed.cpc.json").read_bytes()
    assert first != again
    assert sealed.unseal(first, vector_keyring()).bundle == sealed.unseal(again, vector_keyring()).bundle


def test_the_seed_gives_the_published_sealing_key():
    document = json.loads(NETWORK_KEY_FILE.read_bytes())
    public = sealed.sealing_public_bytes(SEALING_SEED)
    assert len(public) == 1216
    assert base64.b64encode(public).decode() == document["sealing"]["public_key"]


def test_the_network_key_vector_parses_and_shows_its_signing_fingerprint():
    key = networkkey.parse_network_key(NETWORK_KEY_FILE.read_bytes())
    assert key.signing_key_id == SIGNING_KEY_ID and key.sealing_key_id == SEALING_KEY_ID
    assert key.fingerprint == "1e67-0824-b1b8-93d3"
    assert key.name == "ECPAT International secretariat"


def test_making_the_network_key_with_the_test_keys_reproduces_the_vector_exactly():
    document = json.loads(NETWORK_KEY_FILE.read_bytes())
    made = networkkey.make_network_key(
        organisation=document["organisation"],
        created_at=document["created_at"],
        signing_key=Ed25519PrivateKey.from_private_bytes(SIGNING_SEED),
        sealing_public_key=sealed.sealing_public_bytes(SEALING_SEED),
    )
    assert made.document == document


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["sealing"].update(key_id="0" * 16), "matching its key_id"),
        (lambda d: d.update(created_at="2027-01-01T00:00:00Z"), "signature does not match"),
        (lambda d: d.update(extra=1), "exactly"),
        (lambda d: d["sealing"].update(kem="x25519"), "x-wing"),
        (lambda d: d.update(format="cardentry.public-key"), "not a network key file"),
    ],
)
def test_a_changed_network_key_file_is_refused_with_a_reason(change, message):
    document = json.loads(NETWORK_KEY_FILE.read_bytes())
    change(document)
    with pytest.raises(networkkey.NetworkKeyError, match=message):
        networkkey.parse_network_key(json.dumps(document).encode())


def test_a_replaced_sealing_key_is_only_accepted_when_the_signing_key_signs_it():
    document = json.loads(NETWORK_KEY_FILE.read_bytes())
    signing = Ed25519PrivateKey.from_private_bytes(SIGNING_SEED)
    old = networkkey.parse_document(document)
    newer = networkkey.make_network_key(
        organisation=document["organisation"],
        created_at="2027-02-01T09:00:00Z",
        signing_key=signing,
        sealing_public_key=sealed.sealing_public_bytes(b"\x01" * 32),
    )
    other_network = networkkey.make_network_key(
        organisation=document["organisation"],
        created_at="2027-02-01T09:00:00Z",
        signing_key=Ed25519PrivateKey.generate(),
        sealing_public_key=sealed.sealing_public_bytes(b"\x01" * 32),
    )
    assert newer.replaces(old) and not old.replaces(newer)
    assert not other_network.replaces(old)


def test_seal_then_unseal_gives_back_the_exact_bytes_and_the_file_name_gains_sealed():
    plain = PLAIN_VALID_R1.read_bytes()
    data = sealed.seal_bundle(plain, sealed.sealing_public_bytes(SEALING_SEED))
    document = json.loads(data)
    assert list(document) == list(sealed.SEALED_MEMBERS)
    assert document["recipient"] == SEALING_KEY_ID and document["suite"] == sealed.SUITE_NAME
    assert plain not in data
    unsealed = sealed.unseal(data, vector_keyring())
    assert (unsealed.ok, unsealed.sealed, unsealed.bundle) == (True, True, plain)
    assert sealed.sealed_file_name("THA-2012-ecpat-international-r3.cpc.json") == (
        "THA-2012-ecpat-international-r3.sealed.cpc.json"
    )


def test_a_plain_bundle_passes_through_unseal_untouched():
    plain = PLAIN_VALID_R1.read_bytes()
    unsealed = sealed.unseal(plain, None)
    assert (unsealed.ok, unsealed.sealed, unsealed.bundle) == (True, False, plain)


def test_without_the_key_a_sealed_file_is_not_for_us():
    data = (SEALED_VECTORS / "valid-r1.sealed.cpc.json").read_bytes()
    assert _open_and_verify(data, keyring={})[0] == "not_for_us"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(format_version=2), "unsupported_format"),
        (lambda d: d.pop("suite"), "unsupported_format"),
        (lambda d: d.update(sealed=d["sealed"][:100]), "cannot_decrypt"),
        (lambda d: d.update(sealed=d["sealed"].rstrip("=")), "cannot_decrypt"),
        (lambda d: d.update(recipient=7), "unsupported_format"),
    ],
)
def test_each_sealed_check_has_its_reason_code(change, reason):
    document = json.loads((SEALED_VECTORS / "valid-r1.sealed.cpc.json").read_bytes())
    change(document)
    assert _open_and_verify(json.dumps(document).encode())[0] == reason


def test_a_sealed_file_over_7_mib_is_too_large():
    assert sealed.unseal(b" " * (7 * 1024 * 1024 + 1), vector_keyring()).reason == "too_large"


_SEALED = (SEALED_VECTORS / "valid-r1.sealed.cpc.json").read_bytes()
_KNOWN_REASONS = set(VERIFY_REASONS) | set(sealed.REASONS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(0, len(_SEALED) - 1), bit=st.integers(0, 7))
def test_a_flipped_bit_anywhere_in_a_sealed_file_is_rejected_with_a_reason_code(position, bit):
    damaged = bytearray(_SEALED)
    damaged[position] ^= 1 << bit
    reason, _ = _open_and_verify(bytes(damaged))
    assert reason in _KNOWN_REASONS
