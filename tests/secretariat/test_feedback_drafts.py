"""The secretariat's feedback: drafts offered from the merged card and its decisions, kept,
signed and sealed to the partner's sealing key (plain when its key file has none), recorded,
and shown per country on the dashboard."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundle_factory import Partner, import_data, secretariat, trust
from cardentry.bundleformat.feedback import check_feedback
from cardentry.bundleformat.keyfile import key_id_of, raw_public_key, sealing_member
from cardentry.bundleformat.sealed import sealing_private_key, sealing_public_bytes, unseal
from cardentry.secretariat import feedback
from cardentry.secretariat.dashboard import country_states
from cardentry.secretariat.merge import resolve

NETWORK = Ed25519PrivateKey.generate()


@pytest.fixture
def store(tmp_path):
    with secretariat(tmp_path / "sec") as opened:
        yield opened


def two_partners(store):
    first, second = Partner.new("ECPAT Thailand"), Partner.new("Friends of Children")
    trust(store, first)
    trust(store, second)
    import_data(store, first.bundle(ratings={"helpline": "green"}))
    import_data(store, second.bundle(ratings={"helpline": "red"}))
    return first, second


def test_a_published_draft_offers_the_merged_card_and_each_decision_as_a_comment(store):
    first, _ = two_partners(store)
    resolve(
        store,
        "THA",
        "2012",
        indicator="helpline",
        rating="yellow",
        reason="The 2011 law is not in force yet.",
    )
    partner = feedback.find_partner(store, "THA", "2012", first.key_id)
    draft = feedback.offered_draft(store, "THA", "2012", partner, "published")
    by_code = {entry["code"]: entry for entry in draft.indicators}
    assert len(by_code) == 12
    assert by_code["helpline"] == {
        "code": "helpline",
        "comment": "The 2011 law is not in force yet.",
        "published_rating": "yellow",
    }
    assert draft.published_ranking == "some_progress"
    received = feedback.offered_draft(store, "THA", "2012", partner, "received")
    assert received.indicators == [{"code": "helpline", "comment": "The 2011 law is not in force yet.",
                                    "published_rating": None}]  # fmt: skip


def test_a_draft_is_kept_per_partner_card_until_sent(store, tmp_path):
    first, second = two_partners(store)
    partner = feedback.find_partner(store, "THA", "2012", first.key_id)
    draft = feedback.apply_answers(
        feedback.offered_draft(store, "THA", "2012", partner, "changes_requested"),
        {"message": "Please look again.", "indicators": [{"code": "shelters", "comment": "Which shelters?"}]},
    )
    feedback.save_draft(store, draft)
    assert feedback.load_draft(store, partner.assessment_id).message == "Please look again."
    other = feedback.find_partner(store, "THA", "2012", second.key_id)
    assert feedback.load_draft(store, other.assessment_id) is None
    sent = feedback.send_feedback(store, draft, partner, NETWORK, tmp_path / "out")
    assert feedback.load_draft(store, partner.assessment_id) is None
    assert sent.path.name == "THA-2012-feedback-r1.cpc.json" and not sent.sealed  # a v1 key file
    check = check_feedback(sent.path.read_bytes(), raw_public_key(NETWORK))
    assert check.ok and check.payload.status == "changes_requested"
    assert [(e.code, e.comment) for e in check.payload.indicators] == [("shelters", "Which shelters?")]
    assert feedback.sent_content(store, sent.feedback_id) == sent.path.read_bytes()


def test_feedback_is_sealed_to_a_partner_whose_key_file_carries_a_sealing_key(store, tmp_path):
    first, _ = two_partners(store)
    seed = b"\x07" * 32
    document = {**first.key_file(), "format_version": 2}
    public = sealing_public_bytes(seed)
    document["sealing"] = sealing_member(public)
    path = tmp_path / "v2.cpckey.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    key, changed = feedback_trust_update(store, path)
    assert changed and key.sealing_key_id == key_id_of(public) and key.countries == ("THA",)
    partner = feedback.find_partner(store, "THA", "2012", first.key_id)
    draft = feedback.offered_draft(store, "THA", "2012", partner, "accepted")
    sent = feedback.send_feedback(store, draft, partner, NETWORK, tmp_path / "out")
    assert sent.sealed and sent.path.name == "THA-2012-feedback-r1.sealed.cpc.json"
    opened = unseal(sent.path.read_bytes(), {key_id_of(public): sealing_private_key(seed)})
    assert opened.ok and check_feedback(opened.bundle, raw_public_key(NETWORK)).payload.status == "accepted"


def feedback_trust_update(store, path):
    from cardentry.secretariat.trust import update_key_file

    return update_key_file(store, path)


def test_an_invalid_feedback_is_refused_and_nothing_is_written(store, tmp_path):
    first, _ = two_partners(store)
    partner = feedback.find_partner(store, "THA", "2012", first.key_id)
    draft = feedback.apply_answers(
        feedback.offered_draft(store, "THA", "2012", partner, "received"),
        {"indicators": [{"code": "not-an-indicator", "comment": "x"}]},
    )
    with pytest.raises(feedback.FeedbackError, match="unknown indicator"):
        feedback.send_feedback(store, draft, partner, NETWORK, tmp_path / "out")
    assert not (tmp_path / "out").exists() and feedback.list_sent(store) == []
    with pytest.raises(feedback.FeedbackError, match="no card from key"):
        feedback.find_partner(store, "THA", "2012", "0000000000000000")


def test_the_dashboard_shows_what_was_last_sent_to_whom(store, tmp_path):
    first, second = two_partners(store)
    for key_id, status in (
        (first.key_id, "received"),
        (first.key_id, "changes_requested"),
        (second.key_id, "accepted"),
    ):
        partner = feedback.find_partner(store, "THA", "2012", key_id)
        feedback.send_feedback(
            store,
            feedback.offered_draft(store, "THA", "2012", partner, status),
            partner,
            NETWORK,
            tmp_path / "out",
        )
    (row,) = [r for r in country_states(store, "2012") if r.country == "THA"]
    assert {(org, status) for org, status, _, _ in row.last_feedback} == {
        ("ECPAT Thailand", "changes_requested"),
        ("Friends of Children", "accepted"),
    }
    assert json.dumps(row.to_json())  # the dashboard's JSON still serialises
