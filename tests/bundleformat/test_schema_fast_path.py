"""Check 5's fast path (``models.validate_payload``) decides exactly as ``Payload`` does.

The fast path drops only the per-string character check, and only when the bundle's bytes
hold no escape that could make a forbidden character; every other rule runs as before, and
any failure is reported by ``Payload`` itself.
"""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_models import test_each_limit_of_the_format_is_enforced_at_its_path as limits_test

from cardentry.base.validation import validate
from cardentry.bundleformat import models
from cardentry.bundleformat.models import Payload, validate_payload

LIMIT_CASES = limits_test.pytestmark[0].args[1]


@pytest.fixture
def payload(vectors_dir):
    return json.loads((vectors_dir / "valid-r1.cpc.json").read_text(encoding="utf-8"))["payload"]


def same_as_payload(candidate: dict[str, Any], data: bytes | None = None) -> None:
    if data is None:
        data = json.dumps(candidate, ensure_ascii=False).encode("utf-8", "surrogatepass")
    expected_model, expected_problems = validate(Payload, candidate)
    model, problems = validate_payload(candidate, data)
    assert problems == expected_problems
    assert model == expected_model
    assert type(model) is type(expected_model)


def test_a_valid_payload_gives_the_same_model(payload):
    same_as_payload(payload)
    model, _ = validate_payload(payload, json.dumps(payload).encode())
    assert type(model) is Payload
    assert type(model.indicators[0].evidence[0]) is models.EvidenceItem


@pytest.mark.parametrize(("change", "path"), LIMIT_CASES)
def test_each_limit_gives_the_same_problems(payload, change, path):
    broken = copy.deepcopy(payload)
    change(broken)
    same_as_payload(broken)


def string_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for key, child in value.items() for p in string_paths(child, (*path, key))]
    if isinstance(value, list):
        return [p for index, child in enumerate(value) for p in string_paths(child, (*path, index))]
    return [path] if isinstance(value, str) else []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data(), st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=12))
def test_any_string_changed_gives_the_same_outcome(vectors_dir, data, new_text):  # the fixture is a path
    payload = json.loads((vectors_dir / "valid-r1.cpc.json").read_text(encoding="utf-8"))["payload"]
    *parents, last = data.draw(st.sampled_from(string_paths(payload)))
    target = payload
    for part in parents:
        target = target[part]
    target[last] = new_text
    same_as_payload(payload)


def clean_text_calls(candidate: dict[str, Any], data: bytes) -> int:
    calls = 0
    code = models._clean_text.__code__

    def count(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call" and frame.f_code is code:
            calls += 1

    sys.setprofile(count)
    try:
        validate_payload(candidate, data)
    finally:
        sys.setprofile(None)
    return calls


def test_the_character_check_is_skipped_only_when_the_bytes_prove_it_cannot_fail(payload):
    assert clean_text_calls(payload, json.dumps(payload).encode()) == 0
    payload["indicators"][0]["assessment"] = "a bell \x07"
    data = json.dumps(payload).encode()
    assert b"\\u0007" in data
    assert clean_text_calls(payload, data) > 0
    same_as_payload(payload, data)
    assert validate_payload(payload, data)[1][0].path == "indicators[0].assessment"
