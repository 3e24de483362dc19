"""The partner imports feedback: every feedback-v1 vector gives its outcome; tampering, an
unknown network key, another partner's card and a revision never exported are rejected with
their code and change nothing; an older revision's feedback never replaces the current one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardentry.bundleformat import feedback as feedback_format
from cardentry.bundleformat.feedback import check_feedback, feedback_bytes, sign_feedback
from cardentry.bundleformat.sealed import sealing_private_key, sealing_public_bytes
from cardentry.partner import feedback
from cardentry.storage import network_keys
from cardentry.storage.network_keys import read_network_key_file

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
FEEDBACK = VECTORS / "feedback-v1"
ASSESSMENT = "0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b"
SIGNING_SEED = bytes.fromhex("c5233ace4e7f074ba64fd38fb4af3cd3b7f4268753888cc0efe6fc8483f0404d")


def expected() -> dict:
    return json.loads((FEEDBACK / "expected.json").read_text(encoding="utf-8"))


def partner_profile(root: Path):
    """The setup of expected.json: the card of bundle-v1 exported as revision 1 only, the
    network key of feedback-v1 accepted."""
    from partner_helpers import make_partner

    store = make_partner(root)
    store.new_assessment("THA", "2012", assessment_id=ASSESSMENT)
    store.db["export"].insert(
        {
            "bundle_id": "7f3e8a91-2b4c-4d5e-8f60-1a2b3c4d5e6f",
            "assessment_id": ASSESSMENT,
            "revision": 1,
            "exported_at": "2012-02-01T00:00:00.000000Z",
            "file_name": "valid-r1.cpc.json",
            "content": (VECTORS / "bundle-v1" / "valid-r1.cpc.json").read_bytes(),
        }
    )
    network_keys.accept_network_key(store, read_network_key_file(FEEDBACK / "secretariat.cpcnet.json"))
    return store


def signing_key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(SIGNING_SEED)


def payload(**changes):
    base = json.loads((FEEDBACK / "THA-2012-feedback-r1.cpc.json").read_text())["payload"]
    return {**base, **changes}


def counts(store) -> int:
    return store.db["feedback_received"].count


@pytest.fixture
def store(tmp_path, cheap_kdf):
    with partner_profile(tmp_path / "partner") as opened:
        yield opened


def test_every_vector_gives_its_expected_outcome(store):
    for name, outcome in expected()["files"].items():
        result = feedback.import_feedback(store, (FEEDBACK / name).read_bytes(), name)
        assert result.status == outcome["status"], name
        if "reason" in outcome:
            assert result.reason == outcome["reason"], (name, result.detail)
    kept = feedback.list_feedback(store)
    assert [f.feedback_id for f in kept] == ["3c9d7e1a-5b2f-4a6c-8d0e-9f1a2b3c4d5e"]
    assert kept[0].current and kept[0].comments == {
        "helpline": "The helpline runs 24 hours since 2011: is green not closer?"
    }
    assert feedback.status_line(store, ASSESSMENT) == (
        "Changes requested by ECPAT International secretariat, 1 comment"
    )


def test_the_vector_signature_checks_without_a_database():
    network = read_network_key_file(FEEDBACK / "secretariat.cpcnet.json")
    check = check_feedback(
        (FEEDBACK / "THA-2012-feedback-r1.cpc.json").read_bytes(), network.signing_public_key
    )
    assert check.ok and check.payload.status == "changes_requested"
    # our signing gives the same bytes as the vector (RFC 8785, Ed25519 is deterministic)
    vector = json.loads((FEEDBACK / "THA-2012-feedback-r1.cpc.json").read_text())
    assert sign_feedback(vector["payload"], signing_key()) == vector
    assert check_feedback(b"{}", None).reason == "unsupported_format"
    assert check_feedback(b"{", None).reason == "malformed_json"


def test_without_an_accepted_network_key_every_feedback_is_unknown(tmp_path, cheap_kdf):
    from partner_helpers import make_partner

    with make_partner(tmp_path / "p") as store:
        result = feedback.import_feedback(
            store, (FEEDBACK / "THA-2012-feedback-r1.cpc.json").read_bytes(), "f.cpc.json"
        )
        assert (result.status, result.reason) == ("rejected", "unknown_network_key")
        assert counts(store) == 0


def test_a_feedback_sealed_to_the_partner_opens_only_with_its_key(store):
    seed, other = b"\x01" * 32, b"\x02" * 32
    envelope = sign_feedback(payload(), signing_key())
    sealed = feedback_bytes(envelope, sealing_public_bytes(seed))
    assert json.loads(sealed)["format"] == "cardentry.sealed"
    public_id = json.loads(sealed)["recipient"]
    wrong = feedback.import_feedback(store, sealed, "s", keyring={"x": sealing_private_key(other)})
    assert (wrong.status, wrong.reason) == ("rejected", "not_for_us")
    assert counts(store) == 0
    result = feedback.import_feedback(store, sealed, "s", keyring={public_id: sealing_private_key(seed)})
    assert result.status == "imported" and result.sealed
    assert feedback.list_feedback(store)[0].sealed


def test_feedback_for_an_older_revision_never_replaces_the_current_one(store):
    store.db["export"].insert(
        {
            "bundle_id": "8f3e8a91-2b4c-4d5e-8f60-1a2b3c4d5e6f",
            "assessment_id": ASSESSMENT,
            "revision": 2,
            "exported_at": "2012-02-02T00:00:00.000000Z",
            "file_name": "valid-r2.cpc.json",
            "content": b"{}",
        }
    )
    newer = sign_feedback(
        payload(feedback_id=feedback_format.new_feedback_id(), revision=2, status="published"), signing_key()
    )
    older = sign_feedback(
        payload(feedback_id=feedback_format.new_feedback_id(), issued_at="2013-01-01T00:00:00Z"),
        signing_key(),
    )
    assert feedback.import_feedback(store, feedback_bytes(newer), "r2").status == "imported"
    assert feedback.import_feedback(store, feedback_bytes(older), "r1-late").status == "imported"
    current = feedback.current_feedback(store, ASSESSMENT)
    assert (current.revision, current.status) == (2, "published")
    assert len(feedback.list_feedback(store)) == 2  # both kept


def test_comments_are_unanswered_until_their_indicator_is_edited(store):
    feedback.import_feedback(store, (FEEDBACK / "THA-2012-feedback-r1.cpc.json").read_bytes(), "f")
    assert [c.code for c in feedback.unanswered_comments(store, ASSESSMENT)] == ["helpline"]
    store.set_field(ASSESSMENT, "indicators.shelters.rating", "red")
    assert [c.code for c in feedback.unanswered_comments(store, ASSESSMENT)] == ["helpline"]
    store.set_field(ASSESSMENT, "indicators.helpline.rating", "green")
    assert feedback.unanswered_comments(store, ASSESSMENT) == []


def test_the_next_cycle_starts_from_the_published_ratings(store):
    store.set_field(ASSESSMENT, "indicators.shelters.rating", "red")
    store.set_field(ASSESSMENT, "overall.ranking", "slow_progress")
    published = sign_feedback(
        payload(
            feedback_id=feedback_format.new_feedback_id(),
            status="published",
            published_ranking="some_progress",
        ),
        signing_key(),
    )
    feedback.import_feedback(store, feedback_bytes(published), "p")
    new_id, used = feedback.start_from_published(store, "THA", "2013", ASSESSMENT)
    card = store.load_card(new_id)
    assert used
    assert card.indicator("shelters").rating == "yellow"
    assert card.overall.ranking == "some_progress"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0), byte=st.integers(min_value=0, max_value=255))
def test_a_tampered_feedback_is_rejected_and_changes_nothing(store, position, byte):
    data = bytearray((FEEDBACK / "THA-2012-feedback-r1.cpc.json").read_bytes())
    position %= len(data)
    if data[position] == byte:
        return
    data[position] = byte
    result = feedback.import_feedback(store, bytes(data), "t")
    if result.status == "imported":  # only white space outside strings may change
        assert json.loads(bytes(data)) == json.loads(
            (FEEDBACK / "THA-2012-feedback-r1.cpc.json").read_bytes()
        )
        store.db.execute("DELETE FROM feedback_received")
        return
    assert result.status == "rejected" and result.reason in feedback_format.REASONS
    assert counts(store) == 0
