"""review: what is missing or invalid in a draft card (core, no Qt)."""

from __future__ import annotations

import pytest

from cardentry.partner.review import (
    card_value,
    evidence_problem,
    indicator_status,
    previous_assessment_id,
    review_card,
)
from cardentry.storage.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "cardentry.sqlite3") as opened:
        yield opened


def test_an_empty_card_misses_ratings_assessments_summary_ranking_and_calls(store):
    card = store.load_card(store.new_assessment("THA", "2012"))
    findings = review_card(card)
    assert all(f.severity == "missing" for f in findings)
    paths = {f.path for f in findings}
    assert "indicators.helpline.rating" in paths and "indicators.helpline.assessment" in paths
    assert {"overall.summary", "overall.ranking", "calls_to_action"} <= paths
    assert len(findings) == 12 * 2 + 3
    assert findings[0].page == "prevention_policy"  # in the order of the editor's pages


def test_invalid_evidence_is_an_error_named_by_its_field_path(store):
    assessment = store.new_assessment("THA", "2012")
    evidence = store.add_evidence(
        assessment, "helpline", {"title": "", "url": "www.x.org", "date": "2011-13"}
    )
    findings = [f for f in review_card(store.load_card(assessment)) if f.severity == "error"]
    assert {f.path for f in findings} == {f"evidence.{evidence}.{m}" for m in ("title", "url", "date")}
    assert all(f.page == "helpline" for f in findings)
    assert indicator_status(store.load_card(assessment).indicator("helpline")) == "invalid"


@pytest.mark.parametrize(
    ("member", "value", "problem"),
    [
        ("url", "", None),
        ("url", None, None),
        ("url", "https://example.org", None),
        ("url", "ftp://example.org", "must start with http:// or https://"),
        ("date", "", None),
        ("date", "2012-02", None),
        ("date", "2012-02-30", "2012-02-30 is not a real date"),
        ("date", "Feb 2012", "must be a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("title", "  ", "a title is needed (what the document or source is called)"),
        ("title", "NPA", None),
        ("note", "bad \x07 bell", "contains the control character U+0007; remove it"),
    ],
)
def test_evidence_problem_as_typed(member, value, problem):
    assert evidence_problem(member, value) == problem


def test_a_complete_card_has_no_findings(store):
    assessment = store.new_assessment("THA", "2012")
    for code in [entry.code for entry in store.load_card(assessment).indicators]:
        store.set_field(assessment, f"indicators.{code}.rating", "green")
        store.set_field(assessment, f"indicators.{code}.assessment", "Done.")
    store.set_field(assessment, "overall.summary", "Summary.")
    store.set_field(assessment, "overall.ranking", "some_progress")
    store.set_field(assessment, "calls_to_action", ["Act."])
    card = store.load_card(assessment)
    assert review_card(card) == []
    assert indicator_status(card.indicator("helpline")) == "complete"


def test_status_of_an_indicator(store):
    assessment = store.new_assessment("THA", "2012")
    assert indicator_status(store.load_card(assessment).indicator("shelters")) == "empty"
    store.set_field(assessment, "indicators.shelters.ngo_action", True)
    assert indicator_status(store.load_card(assessment).indicator("shelters")) == "started"


def test_card_value_reads_like_the_store(store):
    assessment = store.new_assessment("THA", "2012")
    evidence = store.add_evidence(assessment, "helpline", {"title": "Hotline report"})
    store.set_field(assessment, "calls_to_action", ["One.", "Two."])
    card = store.load_card(assessment)
    for path in (
        "overall.ranking",
        "overall.summary",
        "calls_to_action",
        "indicators.helpline.rating",
        "indicators.helpline.evidence_order",
        f"evidence.{evidence}.title",
        f"evidence.{evidence}.url",
    ):
        assert card_value(card, path) == store.get_field(assessment, path)


def test_the_previous_cycle_is_the_latest_earlier_card_of_the_country(store):
    first = store.new_assessment("THA", "2009")
    second = store.new_assessment("THA", "2010-2011")
    store.new_assessment("KHM", "2010-2011")
    current = store.new_assessment("THA", "2012")
    summaries = store.list_assessments()
    assert previous_assessment_id(summaries, "THA", "2012") == second
    assert previous_assessment_id(summaries, "THA", "2010-2011") == first
    assert previous_assessment_id(summaries, "THA", "2009") is None
    assert current not in {previous_assessment_id(summaries, "THA", c) for c in ("2009", "2012")}
