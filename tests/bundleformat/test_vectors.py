"""The test vectors (tests/vectors/bundle-v1): every file gives the outcome expected.json names.

docs/formats/bundle-format.md specifies what they test.
"""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundle_factory import VECTOR_SEED
from cardentry.bundleformat.envelope import signed_bytes
from cardentry.bundleformat.verify import verify_bundle, verify_file


def _expected(vectors_dir):
    return json.loads((vectors_dir / "expected.json").read_text(encoding="utf-8"))["files"]


def test_every_bundle_in_the_folder_has_an_expected_outcome(vectors_dir):
    assert {path.name for path in vectors_dir.glob("*.cpc.json")} == set(_expected(vectors_dir))


def test_every_vector_gives_its_expected_outcome(vectors_dir):
    for name, expected in _expected(vectors_dir).items():
        verification = verify_file(vectors_dir / name)
        if expected["status"] == "rejected":
            assert (verification.ok, verification.reason) == (False, expected["reason"]), name
        else:  # imported (or duplicate): checks 1-6 pass; trust is the import's business
            assert verification.ok, (name, verification.detail)
            assert verification.reason is None
            assert verification.payload is not None and verification.key_id == "949800fd5caee787"


def test_our_canonical_bytes_of_valid_r1_equal_the_signed_bytes_vector(vectors_dir):
    envelope = json.loads((vectors_dir / "valid-r1.cpc.json").read_bytes())
    expected = (vectors_dir / "valid-r1.signed-bytes.json").read_bytes()
    assert signed_bytes(envelope) == expected
    assert verify_file(vectors_dir / "valid-r1.cpc.json").signed_bytes == expected


def test_jcs_equals_sorted_compact_json_for_these_payloads(vectors_dir):
    """The claim the independent-verifier test relies on, checked on the reference bytes."""
    envelope = json.loads((vectors_dir / "valid-r1.cpc.json").read_bytes())
    unsigned = {k: envelope[k] for k in ("format", "format_version", "payload")}
    plain = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert plain == (vectors_dir / "valid-r1.signed-bytes.json").read_bytes()


def test_signing_the_vector_bytes_with_the_test_seed_gives_the_vector_signature(vectors_dir):
    """Ed25519 is deterministic: our signing path reproduces the reference signature exactly."""
    private_key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(VECTOR_SEED))
    envelope = json.loads((vectors_dir / "valid-r1.cpc.json").read_bytes())
    value = private_key.sign((vectors_dir / "valid-r1.signed-bytes.json").read_bytes())
    assert base64.b64encode(value).decode() == envelope["signature"]["value"]

    from cardentry.bundleformat.envelope import sign_payload

    assert sign_payload(envelope["payload"], private_key)["signature"] == envelope["signature"]


@pytest.mark.parametrize("name", ["valid-r1.cpc.json", "valid-r2.cpc.json"])
def test_a_valid_vector_verifies_with_a_bom_and_crlf_line_ends(vectors_dir, name):
    data = (vectors_dir / name).read_bytes()
    altered = b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")
    assert verify_bundle(altered).payload == verify_bundle(data).payload


def test_r2_supersedes_r1_of_the_same_assessment(vectors_dir):
    r1 = verify_file(vectors_dir / "valid-r1.cpc.json").payload
    r2 = verify_file(vectors_dir / "valid-r2.cpc.json").payload
    assert r1.assessment_id == r2.assessment_id
    assert (r1.revision, r2.revision) == (1, 2)
    assert r1.bundle_id != r2.bundle_id
