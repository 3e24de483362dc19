"""Verify (checks 1-6) in order with the spec's reason codes, on crafted and mutated bundles."""

from __future__ import annotations

import base64
import copy
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bundle_factory import VECTOR_SEED
from cardentry.bundleformat.envelope import encode_envelope, sign_payload
from cardentry.bundleformat.verify import MAX_BUNDLE_BYTES, REASONS, Verification, verify_bundle, verify_file

KEY = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(VECTOR_SEED))


@pytest.fixture
def payload(vectors_dir) -> dict:
    return json.loads((vectors_dir / "valid-r1.cpc.json").read_bytes())["payload"]


@pytest.fixture
def envelope(payload) -> dict:
    return sign_payload(payload, KEY)


def signed(payload: dict, key: Ed25519PrivateKey = KEY) -> bytes:
    return encode_envelope(sign_payload(payload, key))


def reason(data: bytes) -> str | None:
    verification = verify_bundle(data)
    assert isinstance(verification, Verification)
    assert verification.ok is (verification.reason is None)
    assert verification.reason is None or verification.reason in REASONS
    return verification.reason


def test_a_good_bundle_verifies_and_fills_every_attribute(payload):
    verification = verify_bundle(signed(payload))
    assert verification.ok and verification.reason is None
    assert verification.payload.model_dump() == payload
    assert verification.payload_dict == payload
    assert verification.key_id == "949800fd5caee787"
    assert verification.fingerprint == "9498-00fd-5cae-e787"
    assert len(verification.public_key) == 32
    assert verification.signed_bytes.startswith(b'{"format":"cardentry.bundle","format_version":1,')


# --- check 1 -------------------------------------------------------------------------------


def test_more_than_5_mib_is_too_large_even_if_it_is_whitespace_around_a_good_bundle(payload):
    data = signed(payload)
    assert reason(data + b" " * (MAX_BUNDLE_BYTES - len(data))) is None
    assert reason(data + b" " * (MAX_BUNDLE_BYTES - len(data) + 1)) == "too_large"


def test_verify_file_refuses_a_huge_file_without_reading_it(tmp_path):
    path = tmp_path / "huge.cpc.json"
    with path.open("wb") as handle:  # sparse: 6 GiB on paper, nothing on disk
        handle.truncate(6 * 1024**3)
    verification = verify_file(path)
    assert verification.reason == "too_large"
    assert "bytes" in verification.detail


# --- check 2 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"Hello, this is an e-mail",
        b'{"format": "cardentry.bundle"} {}',
        b'{"a": 1, "a": 2}',
        b'{"a": {"b": 1, "b": 1}}',
        b'{"a": 1.0}',
        b'{"a": 1e3}',
        b'{"a": NaN}',
        b'{"a": -Infinity}',
        b'{"a": 9007199254740992}',
        b'{"a": "\xff"}',
        b'{"a": "\\ud800"}',
        b'{"\\udc00": 1}',
        b"[" * 33 + b"]" * 33,
        b'{"a": "\x01"}',
    ],
)
def test_anything_but_strict_json_is_malformed(data):
    assert reason(data) == "malformed_json"


def test_a_duplicate_member_deep_in_the_payload_is_malformed(payload):
    data = signed(payload).replace(b'"ngo_action": true,', b'"ngo_action": true, "ngo_action": true,', 1)
    assert reason(data) == "malformed_json"


def test_a_valid_surrogate_pair_escape_is_fine_but_a_lone_one_never_reaches_rfc8785(payload):
    payload["overall"]["summary"] = "emoji 🙂"
    data = signed(payload)
    escaped = data.replace("🙂".encode(), b"\\ud83d\\ude42")
    assert verify_bundle(escaped).payload.overall.summary == "emoji 🙂"
    assert reason(data.replace("🙂".encode(), b"\\ud83d")) == "malformed_json"


# --- check 3 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        lambda e: e.update(format="cardentry.card"),
        lambda e: e.update(format_version=2),
        lambda e: e.update(format_version="1"),
        lambda e: e.update(format_version=True),
        lambda e: e.update(extra=1),
        lambda e: e.pop("signature"),
        lambda e: e.update(payload=[]),
        lambda e: e.update(signature="x"),
        lambda e: e["signature"].pop("value"),
        lambda e: e["signature"].update(comment="hi"),
    ],
)
def test_a_wrong_envelope_is_an_unsupported_format(envelope, change):
    envelope = copy.deepcopy(envelope)
    change(envelope)
    assert reason(json.dumps(envelope).encode()) == "unsupported_format"


@pytest.mark.parametrize("value", [[], "cardentry.bundle", 1, None])
def test_json_that_is_not_an_object_is_an_unsupported_format(value):
    assert reason(json.dumps(value).encode()) == "unsupported_format"


# --- check 4 -------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _noncanonical(text: str) -> str:
    """The same bytes in a non-canonical spelling: change the unused low bits before the padding."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    stripped = text.rstrip("=")
    last = alphabet.index(stripped[-1])
    return stripped[:-1] + alphabet[last ^ 1] + text[len(stripped) :]


@pytest.mark.parametrize(
    "member, value",
    [
        ("alg", "EdDSA"),
        ("alg", "ED25519"),
        ("key_id", "949800FD5CAEE787"),
        ("key_id", "0000000000000000"),
        ("public_key", _b64(b"\0" * 31)),
        ("public_key", "not base64!"),
        ("public_key", 12),
        ("value", _b64(b"\0" * 64)),
        ("value", _b64(b"\0" * 63)),
        ("value", None),
    ],
)
def test_a_bad_signature_member_is_a_bad_signature(envelope, member, value):
    envelope = copy.deepcopy(envelope)
    envelope["signature"][member] = value
    assert reason(json.dumps(envelope).encode()) == "bad_signature"


def test_non_canonical_base64_of_the_right_bytes_is_refused(envelope):
    for member in ("public_key", "value"):
        changed = copy.deepcopy(envelope)
        changed["signature"][member] = _noncanonical(envelope["signature"][member])
        assert base64.b64decode(changed["signature"][member]) == base64.b64decode(
            envelope["signature"][member]
        )
        assert reason(json.dumps(changed).encode()) == "bad_signature"


def test_a_payload_changed_after_signing_or_signed_by_another_key_is_a_bad_signature(envelope):
    changed = copy.deepcopy(envelope)
    changed["payload"]["revision"] = 2
    assert reason(json.dumps(changed).encode()) == "bad_signature"

    other = sign_payload(envelope["payload"], Ed25519PrivateKey.generate())
    other["signature"]["public_key"] = envelope["signature"]["public_key"]
    other["signature"]["key_id"] = envelope["signature"]["key_id"]
    assert reason(json.dumps(other).encode()) == "bad_signature"


def test_the_key_of_a_bad_signature_is_reported_but_nothing_is_vouched_for(envelope):
    changed = copy.deepcopy(envelope)
    changed["payload"]["country"] = "KHM"
    verification = verify_bundle(json.dumps(changed).encode())
    assert verification.key_id == "949800fd5caee787"
    assert verification.payload is None
    assert verification.payload_dict["country"] == "KHM"  # what the file claims, for a log line


# --- checks 5 and 6 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p["indicators"].pop(),
        lambda p: p.update(country="XXX"),
        lambda p: p.update(revision=0),
        lambda p: p.update(revision=True),
        lambda p: p.update(cycle="2012-2011"),
        lambda p: p.update(bundle_id=p["bundle_id"].upper()),
        lambda p: p.update(exported_at="2012-02-30T10:00:00Z"),
        lambda p: p.update(extra="x"),
        lambda p: p["overall"].update(summary="x" * 20_001),
        lambda p: p["overall"].update(summary="bell \x07"),
        lambda p: p["indicators"][0].update(rating="blue"),
        lambda p: p["indicators"][0]["evidence"][0].update(url="ftp://example.org"),
        lambda p: p["indicators"][1]["evidence"].append(copy.deepcopy(p["indicators"][0]["evidence"][0])),
    ],
)
def test_a_correctly_signed_payload_that_breaks_the_schema_is_schema_invalid(payload, change):
    change(payload)
    verification = verify_bundle(signed(payload))
    assert verification.reason == "schema_invalid"
    assert verification.problems and verification.payload is None


def test_an_unknown_catalogue_is_found_after_the_schema(payload):
    payload["catalogue"] = {"id": "ecpat-cpc", "version": 99}
    assert reason(signed(payload)) == "unknown_catalogue"
    payload["catalogue"] = {"id": "../../etc/passwd", "version": 1}
    assert reason(signed(payload)) == "unknown_catalogue"


def test_the_first_failing_check_decides(payload):
    payload["indicators"].pop()  # would be schema_invalid ...
    envelope = sign_payload(payload, KEY)
    envelope["signature"]["alg"] = "rsa"  # ... but check 4 comes first
    assert reason(json.dumps(envelope).encode()) == "bad_signature"
    envelope["format_version"] = 3  # ... and check 3 before it
    assert reason(json.dumps(envelope).encode()) == "unsupported_format"


# --- one changed byte ---------------------------------------------------------------------------

WHITESPACE = b" \t\n\r"


@pytest.fixture(scope="module")
def exported_bundle(tmp_path_factory) -> bytes:
    """A bundle made by the real export of a full card with tricky texts."""
    from cardentry.partner.export import export_card
    from cardentry.storage import keys
    from partner_helpers import PASSPHRASE, fill, full_answers, make_partner

    root = tmp_path_factory.mktemp("partner")
    with make_partner(root) as store:
        assessment_id = store.new_assessment("THA", "2012")
        fill(store, assessment_id, full_answers())
        private_key = keys.load_profile_key(root).unlock(PASSPHRASE)
        return export_card(store, assessment_id, private_key, root / "out").content


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_changing_any_one_byte_is_rejected_or_is_white_space_that_keeps_the_payload(exported_bundle, data):
    original = verify_bundle(exported_bundle)
    position = data.draw(st.integers(0, len(exported_bundle) - 1))
    new_byte = data.draw(st.integers(0, 255).filter(lambda b: b != exported_bundle[position]))
    mutated = exported_bundle[:position] + bytes([new_byte]) + exported_bundle[position + 1 :]
    verification = verify_bundle(mutated)
    if verification.ok:
        assert exported_bundle[position] in WHITESPACE and new_byte in WHITESPACE
        assert verification.payload_dict == original.payload_dict
        assert verification.signed_bytes == original.signed_bytes
    else:
        assert verification.reason in REASONS


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_verify_never_raises_on_arbitrary_bytes(data):
    assert verify_bundle(data).reason in REASONS


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers(-(2**60), 2**60) | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=30,
    )
)
def test_verify_never_raises_on_arbitrary_json_in_the_payload_or_signature(value):
    envelope = sign_payload({"x": 1}, KEY)
    for place in ("payload", "signature"):
        changed = {**envelope, place: value}
        text = json.dumps(changed, ensure_ascii=False)
        assert verify_bundle(text.encode("utf-8", "surrogatepass")).reason in REASONS
