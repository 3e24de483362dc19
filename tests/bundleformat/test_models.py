"""The models hold exactly the limits of bundle format v1, and report problems by JSON path."""

from __future__ import annotations

import copy
import datetime
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardentry.base.validation import json_path, validate
from cardentry.bundleformat.models import Answers, EvidenceItem, Payload, field_problem


@pytest.fixture
def payload(vectors_dir):
    return json.loads((vectors_dir / "valid-r1.cpc.json").read_text(encoding="utf-8"))["payload"]


def test_the_vector_payload_is_valid(payload):
    model, problems = validate(Payload, payload)
    assert problems == []
    assert model.country == "THA"


EV = "indicators[0].evidence[0]"


def evidence(p):
    return p["indicators"][0]["evidence"][0]


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda p: p.update(country="XXX"), "country"),
        (lambda p: p.update(country="tha"), "country"),
        (lambda p: p.update(cycle="2012-2011"), "cycle"),
        (lambda p: p.update(cycle="2012\n"), "cycle"),
        (lambda p: p.update(revision=0), "revision"),
        (lambda p: p.update(revision=1_000_001), "revision"),
        (lambda p: p.update(revision=True), "revision"),
        (lambda p: p.update(bundle_id=p["bundle_id"].upper()), "bundle_id"),
        (lambda p: p.update(exported_at="2012-02-30T10:00:00Z"), "exported_at"),
        (lambda p: p.update(exported_at="2012-02-15 10:00:00"), "exported_at"),
        (lambda p: p.update(extra=1), "extra"),
        (lambda p: p["organisation"].update(name=""), "organisation.name"),
        (lambda p: p["organisation"].update(name="x" * 201), "organisation.name"),
        (lambda p: p["overall"].update(ranking="excellent"), "overall.ranking"),
        (lambda p: p["overall"].update(summary="x" * 20_001), "overall.summary"),
        (lambda p: p.update(calls_to_action=["x"] * 51), "calls_to_action"),
        (lambda p: p.update(calls_to_action=[""]), "calls_to_action[0]"),
        (lambda p: p["indicators"][3].update(ngo_action=1), "indicators[3].ngo_action"),
        (lambda p: p["indicators"][3].update(rating="blue"), "indicators[3].rating"),
        (lambda p: p["indicators"][3].update(assessment="bell\x07"), "indicators[3].assessment"),
        (lambda p: p["indicators"][3].update(assessment="lone \ud800"), "indicators[3].assessment"),
        (lambda p: evidence(p).update(url="ftp://x.org"), f"{EV}.url"),
        (lambda p: evidence(p).update(url="javascript:alert(1)"),
         f"{EV}.url"),
        (lambda p: evidence(p).update(date="2011-02-29"), f"{EV}.date"),
        (lambda p: evidence(p).update(date="11-2011"), f"{EV}.date"),
        (lambda p: evidence(p).update(kind="tweet"), f"{EV}.kind"),
        (lambda p: evidence(p).update(title=""), f"{EV}.title"),
        (lambda p: evidence(p).update(id="not-a-uuid"), f"{EV}.id"),
        (lambda p: evidence(p).pop("note"), f"{EV}.note"),
        (lambda p: p["indicators"].pop(), "indicators"),
        (lambda p: p["indicators"][1].update(code="prevention_policy"), "indicators"),
        (lambda p: p["indicators"][1]["evidence"][0].update(id=evidence(p)["id"]),
         "indicators"),
    ],
)  # fmt: skip
def test_each_limit_of_the_format_is_enforced_at_its_path(payload, change, path):
    broken = copy.deepcopy(payload)
    change(broken)
    model, problems = validate(Payload, broken)
    assert model is None
    assert path in [problem.path for problem in problems], problems


def test_tab_line_feed_and_carriage_return_are_allowed_in_texts(payload):
    payload["indicators"][0]["assessment"] = "a\tb\nc\r\nd"
    assert validate(Payload, payload)[1] == []


def test_lengths_count_code_points_not_bytes(payload):
    payload["organisation"]["name"] = "ก" * 200  # 600 bytes of UTF-8, 200 code points
    assert validate(Payload, payload)[1] == []


@given(st.text(max_size=50))
def test_any_text_is_accepted_exactly_when_it_has_no_forbidden_character(value):
    forbidden = any((ord(c) < 0x20 and c not in "\t\n\r") or 0xD800 <= ord(c) <= 0xDFFF for c in value)
    problem = field_problem(EvidenceItem, "note", value)
    assert (problem is not None) == forbidden


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=31))  # fmt: skip
def test_a_date_is_accepted_exactly_when_it_is_a_real_calendar_date(year, month, day):
    import datetime

    text = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        datetime.date(year, month, day)
        real = True
    except ValueError:
        real = False
    assert (field_problem(EvidenceItem, "date", text) is None) == real
    assert field_problem(EvidenceItem, "date", f"{year:04d}-{month:02d}") is None


@given(st.text(max_size=30))
def test_a_url_is_accepted_only_with_an_http_or_https_scheme(rest):
    for scheme in ("http://", "https://"):
        url = scheme + rest
        expected_ok = len(url) <= 2000 and field_problem(EvidenceItem, "note", url) is None
        assert (field_problem(EvidenceItem, "url", url) is None) == expected_ok
    if not rest.lower().startswith(("http://", "https://")):
        assert field_problem(EvidenceItem, "url", rest) is not None


@given(st.lists(st.one_of(st.integers(min_value=0, max_value=300), st.sampled_from(["a", "url", "b_c"])),
                max_size=6))  # fmt: skip
def test_json_paths_read_like_javascript_accessors(loc):
    path = json_path(tuple(loc))
    assert "[" not in path or path.count("[") == sum(isinstance(part, int) for part in loc)
    assert ".." not in path and not path.startswith(".")


def test_an_answers_file_may_hold_any_subset_of_the_card():
    answers, problems = validate(Answers, {"indicators": [{"code": "helpline", "rating": "green"}]})
    assert problems == []
    assert answers.indicators[0].model_fields_set == {"code", "rating"}


def test_an_answers_file_names_every_problem_with_its_path():
    _, problems = validate(
        Answers,
        {
            "overall": {"ranking": "great"},
            "indicators": [
                {"code": "helpline", "evidence": [{"kind": "report", "title": "t", "url": "www.x.org"}]},
                {"code": "nope"},
            ],
        },
    )
    paths = {problem.path for problem in problems}
    assert {"overall.ranking", f"{EV}.url"} <= paths


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.tuples(*(st.integers(0, 9999),), *(st.integers(0, 99),) * 5))
def test_exported_at_is_accepted_exactly_when_strptime_reads_a_real_utc_time(payload, fields):
    value = "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z".format(*fields)
    try:
        datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
        real = True
    except ValueError:
        real = False
    _, problems = validate(Payload, {**payload, "exported_at": value})
    if real:
        assert problems == []
    else:
        assert [str(problem) for problem in problems] == [f"exported_at: {value} is not a real time"]
