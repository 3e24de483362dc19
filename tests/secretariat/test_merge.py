"""Merging partners' cards: agreement, conflicts, resolutions and their reopening."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bundle_factory import CODES, Partner, evidence_item, import_data, secretariat, trust
from cardentry.secretariat.merge import (
    Contribution,
    MergeError,
    latest_resolutions,
    merge_card,
    merge_evidence,
    merged_card,
    open_conflicts,
    resolve,
)
from cardentry.secretariat.trust import revoke_key


@pytest.fixture
def store(tmp_path: Path):
    with secretariat(tmp_path / "sec") as opened:
        yield opened


@pytest.fixture
def partners(store):
    a, b = Partner.new("STOP India"), Partner.new("Sanlaap")
    trust(store, a, "IND")
    trust(store, b, "IND")
    return a, b


def test_one_partner_gives_that_card(store):
    partner = Partner.new()
    trust(store, partner)
    payload = partner.payload(ratings={"helpline": "green"}, stars=("shelters",))
    import_data(store, partner.sign(payload))
    card = merged_card(store, "THA", "2012")
    assert card.resolved and card.organisations == [partner.organisation]
    assert card.indicator("helpline").rating.value == "green"
    assert card.indicator("helpline").rating.status == "single"
    assert card.indicator("shelters").ngo_action
    assert card.ranking.value == "some_progress"
    assert merged_card(store, "THA", "2010-2011") is None


def test_two_partners_agreeing_merge(store, partners):
    a, b = partners
    shared = evidence_item("Immoral Traffic (Prevention) Act", kind="legislation")
    import_data(
        store, a.bundle(country="IND", evidence={"national_legislation": [shared]}, stars=("helpline",))
    )
    import_data(store, b.bundle(country="IND", evidence={"national_legislation": [shared]}))
    card = merged_card(store, "IND", "2012")
    assert card.resolved
    helpline = card.indicator("helpline")
    assert helpline.rating.status == "agreed" and helpline.rating.value == "yellow"
    assert helpline.ngo_action and helpline.ngo_action_by == ["STOP India"]
    assert len(helpline.assessments) == 2
    [item] = card.indicator("national_legislation").evidence
    assert sorted(item.partners) == ["STOP India", "Sanlaap"]
    assert card.calls_to_action == [("Ratify the Optional Protocol.", card.organisations)]


def test_not_assessed_is_no_opinion(store, partners):
    a, b = partners
    import_data(store, a.bundle(country="IND", ratings={"helpline": None}))
    import_data(store, b.bundle(country="IND", ratings={"helpline": "red"}))
    card = merged_card(store, "IND", "2012")
    assert card.indicator("helpline").rating.value == "red" and card.resolved


def test_disagreement_resolved_then_reopened_by_a_new_revision(store, partners):
    a, b = partners
    pa = a.payload(country="IND", ratings={"helpline": "green"}, ranking="some_progress")
    pb = b.payload(country="IND", ratings={"helpline": "red"}, ranking="limited_measures")
    import_data(store, a.sign(pa))
    import_data(store, b.sign(pb))
    card = merged_card(store, "IND", "2012")
    assert sorted(card.open_conflicts) == ["indicator:helpline", "ranking"]
    assert card.indicator("helpline").rating.value is None
    assert {c.subject for c in open_conflicts(store, "2012")} == {"indicator:helpline", "ranking"}

    with pytest.raises(MergeError, match="do not disagree"):
        resolve(store, "IND", "2012", indicator="shelters", rating="red", reason="no")
    decision = resolve(
        store, "IND", "2012", indicator="helpline", rating="yellow", reason="Hotline exists, not 24h"
    )
    resolve(store, "IND", "2012", ranking="some_progress", reason="Checked with both partners")
    assert decision.basis == {a.key_id: "green", b.key_id: "red"}
    card = merged_card(store, "IND", "2012")
    assert card.resolved
    assert card.indicator("helpline").rating.status == "resolved"
    assert card.indicator("helpline").rating.value == "yellow"

    # a new revision that changes only texts keeps the decision
    texts_only = a.revise(pa)
    texts_only["indicators"][0]["assessment"] = "Rewritten."
    assert import_data(store, a.sign(texts_only)).status == "imported"
    assert merged_card(store, "IND", "2012").resolved

    # a new revision changing the helpline rating reopens that decision only
    changed = a.revise(texts_only, ratings={"helpline": "yellow"})
    import_data(store, a.sign(changed))
    card = merged_card(store, "IND", "2012")
    assert card.open_conflicts == ["indicator:helpline"]
    latest = latest_resolutions(store, "IND", "2012")
    assert latest["indicator:helpline"].reopened_at is not None
    assert latest["indicator:helpline"].reopened_by == changed["bundle_id"]
    assert latest["ranking"].reopened_at is None
    [conflict] = open_conflicts(store, "2012")
    assert conflict.reopened and conflict.given == {"STOP India": "yellow", "Sanlaap": "red"}

    # deciding again settles it
    resolve(store, "IND", "2012", indicator="helpline", rating="yellow", reason="Now both near yellow")
    assert merged_card(store, "IND", "2012").resolved


def test_a_revoked_partner_leaves_the_card(store, partners):
    a, b = partners
    import_data(store, a.bundle(country="IND", ratings={"helpline": "green"}))
    import_data(store, b.bundle(country="IND", ratings={"helpline": "red"}))
    assert not merged_card(store, "IND", "2012").resolved
    revoke_key(store, b.key_id)
    card = merged_card(store, "IND", "2012")
    assert card.resolved and card.organisations == ["STOP India"]


def test_resolve_rejects_bad_requests(store, partners):
    with pytest.raises(MergeError, match="no trusted"):
        resolve(store, "IND", "2012", ranking="some_progress", reason="x")
    with pytest.raises(MergeError, match="reason"):
        resolve(store, "IND", "2012", ranking="some_progress", reason=" ")
    with pytest.raises(MergeError, match="unknown indicator"):
        resolve(store, "IND", "2012", indicator="nope", rating="red", reason="x")
    with pytest.raises(MergeError, match="rating"):
        resolve(store, "IND", "2012", indicator="helpline", rating="blue", reason="x")


def test_cli_resolve_and_conflicts(cli, tmp_path):
    a, b = Partner.new("A"), Partner.new("B")
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    for partner, rating in ((a, "green"), (b, "red")):
        assert cli("trust", "add", str(partner.write_key_file(tmp_path)), "--countries", "IND").exit_code == 0
        path = tmp_path / f"{partner.organisation}.cpc.json"
        path.write_bytes(partner.bundle(country="IND", ratings={"helpline": rating}))
        assert cli("import", str(path)).exit_code == 0
    listed = cli("conflicts", "--json")
    assert [c["subject"] for c in json.loads(listed.output)] == ["indicator:helpline"]
    usage = cli("resolve", "IND", "--cycle", "2012", "--indicator", "helpline", "--reason", "x")
    assert usage.exit_code == 2
    done = cli(
        "resolve", "IND", "--cycle", "2012", "--indicator", "helpline", "--rating", "yellow",
        "--reason", "Both partners agreed by phone", "--json",
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["reason"] == "Both partners agreed by phone"
    assert "No open disagreements" in cli("conflicts").output
    refused = cli(
        "resolve", "IND", "--cycle", "2012", "--indicator", "shelters", "--rating", "red", "--reason", "x"
    )
    assert refused.exit_code == 1


# --- properties --------------------------------------------------------------------------

ratings_st = st.sampled_from(["green", "yellow", "red", None])


@st.composite
def contributions(draw):
    count = draw(st.integers(1, 4))
    pool = [evidence_item(f"Item {n}") for n in range(6)]
    result = []
    for number in range(count):
        partner = f"{number:016x}"
        indicators = []
        for code in CODES:
            items = draw(st.lists(st.sampled_from(pool), max_size=4, unique_by=lambda item: item["id"]))
            indicators.append(
                {
                    "code": code,
                    "rating": draw(ratings_st),
                    "ngo_action": draw(st.booleans()),
                    "assessment": draw(st.sampled_from(["", "text"])),
                    "recommendation": "",
                    "evidence": [dict(item) for item in items],
                }
            )
        payload = {
            "overall": {
                "ranking": draw(st.sampled_from(["some_progress", "notable_efforts", None])),
                "summary": "",
            },
            "indicators": draw(st.permutations(indicators)),
            "calls_to_action": draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=3, unique=True)),
        }
        result.append(
            Contribution(partner, f"Org {number}", str(uuid.uuid4()), str(uuid.uuid4()), 1, "", payload)
        )
    return result


def summary(card):
    indicators = [
        (
            i.code,
            i.rating.value,
            i.rating.status,
            i.ngo_action,
            [(e.item["id"], e.partners) for e in i.evidence],
        )
        for i in card.indicators
    ]
    return indicators, card.ranking.value, card.open_conflicts, sorted(card.calls_to_action)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(contributions(), st.randoms())
def test_merge_does_not_depend_on_the_order_of_partners(found, random):
    shuffled = list(found)
    random.shuffle(shuffled)
    assert summary(merge_card("IND", "2012", found)) == summary(merge_card("IND", "2012", shuffled))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(contributions())
def test_merge_rules_hold(found):
    card = merge_card("IND", "2012", found)
    for indicator in card.indicators:
        given_ratings = {
            e["rating"] for c in found for e in c.payload["indicators"] if e["code"] == indicator.code
        }
        opinions = given_ratings - {None}
        if len(opinions) > 1:
            assert indicator.rating.status == "conflict" and indicator.rating.value is None
        else:
            assert indicator.rating.value == next(iter(opinions), None)
        # the union of evidence keeps every item exactly once
        ids = [e.item["id"] for e in indicator.evidence]
        assert len(ids) == len(set(ids))
        wanted = {
            item["id"]
            for c in found
            for e in c.payload["indicators"]
            if e["code"] == indicator.code
            for item in e["evidence"]
        }
        assert set(ids) == wanted
    assert card.resolved == (not card.open_conflicts)


@given(st.lists(st.tuples(st.sampled_from(["A", "B", "C"]), st.lists(st.integers(0, 5), max_size=5))))
def test_evidence_union_keeps_each_item_once_with_its_partners(per_partner):
    pool = [evidence_item(f"Item {n}") for n in range(6)]
    merged = merge_evidence((org, [pool[i] for i in items]) for org, items in per_partner)
    assert len({m.item["id"] for m in merged}) == len(merged)
    for org, items in per_partner:
        for index in items:
            [holder] = [m for m in merged if pool[index]["id"] in m.ids]
            assert org in holder.partners


def test_same_content_under_other_ids_is_one_item():
    first = evidence_item("Penal Code s. 282", source="Royal Gazette", date="2008")
    second = dict(first, id=str(uuid.uuid4()))
    [merged] = merge_evidence([("A", [first]), ("B", [second])])
    assert merged.ids == [first["id"], second["id"]] and merged.partners == ["A", "B"]
