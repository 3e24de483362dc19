"""Denial of service: every check is linear in its input, and a bundle or answers file is
refused as early as its first wrong member allows.

The budget tests compare the processor time of an input with that of the same input ten
times larger (hypothesis picks the shape and the repeated content). Linear work takes
about 10x; quadratic work takes about 100x; the limit is 20x. To never fail on timing
noise, each figure is the minimum of several runs, and a ratio over the limit is measured
again (noise only ever adds time, so one clean measurement under the limit is enough,
while quadratic work is over it every time).
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Callable
from typing import Any

import rfc8785
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bundle_factory import Partner
from cardentry.bundleformat.verify import MAX_BUNDLE_BYTES, verify_bundle
from cardentry.partner.answers import parse_answers

PARTNER = Partner.new("Budget Partner")


def compact_signed(payload: dict[str, Any], partner: Partner = PARTNER) -> bytes:
    """A validly signed bundle without white space (the most content per byte)."""
    envelope: dict[str, Any] = {"format": "cardentry.bundle", "format_version": 1, "payload": payload}
    envelope["signature"] = {
        "alg": "ed25519",
        "key_id": partner.key_id,
        "public_key": base64.b64encode(partner.public_key).decode(),
        "value": base64.b64encode(partner.private_key.sign(rfc8785.dumps(envelope))).decode(),
    }
    return json.dumps(envelope, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def repeated_indicator_bundle(limit: int = MAX_BUNDLE_BYTES) -> tuple[bytes, int]:
    """A validly signed bundle of at most ``limit`` bytes whose indicators repeat one entry."""
    payload = PARTNER.payload()
    entry = dict(payload["indicators"][0], assessment="", recommendation="")
    entry_bytes = len(json.dumps(entry, separators=(",", ":"))) + 1
    count = (limit - len(compact_signed(payload)) - 200) // entry_bytes
    payload["indicators"] = [entry] * count
    return compact_signed(payload), count


# --- refused at once ---------------------------------------------------------------------


def test_a_signed_5_mib_bundle_repeating_one_indicator_is_refused_without_looking_at_the_entries():
    data, count = repeated_indicator_bundle()
    assert len(data) <= MAX_BUNDLE_BYTES and count > 40_000
    verification = verify_bundle(data)
    assert verification.reason == "schema_invalid"
    # the count alone decides: no message about the entries (repeated codes, their texts)
    assert f"holds {count:,} indicators; there are 12" in verification.detail
    assert "more than once" not in verification.detail


def test_an_answers_file_repeating_one_indicator_is_refused_by_its_count():
    entry = {"code": "helpline", "rating": "red"}
    answers, problems = parse_answers(json.dumps({"indicators": [entry] * 100_000}).encode())
    assert answers is None
    assert [problem.path for problem in problems] == ["indicators"]
    assert "holds 100,000 indicators" in problems[0].message


def test_unknown_and_repeated_codes_are_named_a_few_at_a_time():
    entries = [{"code": f"made_up_{n}"} for n in range(12)]
    _answers, problems = parse_answers(json.dumps({"indicators": entries}).encode())
    assert "made_up_0, made_up_1, made_up_2, made_up_3, made_up_4 (and 7 more)" in problems[0].message


def test_an_integer_of_thousands_of_digits_is_malformed_json_not_a_crash():
    verification = verify_bundle(b"1" * 5000)
    assert verification.reason == "malformed_json"
    assert "outside +-(2^53-1)" in verification.detail


# --- budget: ten times the input costs at most twenty times the time ---------------------


def _cost(function: Callable[[bytes], Any], data: bytes, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        function(data)
        best = min(best, time.process_time() - start)
    return max(best, 1e-6)


def assert_linear(function: Callable[[bytes], Any], small: bytes, large: bytes, limit: float = 20.0) -> None:
    ratios = []
    for _attempt in range(4):
        ratio = _cost(function, large) / _cost(function, small)
        if ratio <= limit:
            return
        ratios.append(round(ratio, 1))
    raise AssertionError(f"10x the input took {ratios} times the time (limit {limit})")


def _evidence(title: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "kind": "report",
        "title": title,
        "source": "",
        "url": None,
        "date": None,
        "note": "",
    }


def _bundle_shape(shape: str, unit: str, scale: int) -> bytes:
    payload = PARTNER.payload()
    indicators = payload["indicators"]
    if shape == "long_texts":
        payload["overall"]["summary"] = unit * 40 * scale
        for entry in indicators:
            entry["assessment"] = unit * 40 * scale
    elif shape == "evidence":
        for entry in indicators:
            entry["evidence"] = [_evidence(unit) for _ in range(15 * scale)]
    elif shape == "calls_to_action":
        payload["calls_to_action"] = [unit] * (50 * scale)
    elif shape == "repeated_indicators":
        indicators.extend([indicators[0]] * (200 * scale))
    elif shape == "unknown_members":
        payload["indicators"][0].update({f"{unit}_{n}": unit for n in range(200 * scale)})
    elif shape == "nested_lists":
        payload["calls_to_action"] = [[[unit]] * 10] * (20 * scale)
    return compact_signed(payload)


def _answers_shape(shape: str, unit: str, scale: int) -> bytes:
    if shape == "long_texts":
        answers: dict[str, Any] = {
            "overall": {"summary": unit * 40 * scale},
            "indicators": [{"code": "helpline", "assessment": unit * 400 * scale}],
        }
    elif shape == "evidence":
        answers = {"indicators": [{"code": "helpline", "evidence": [_evidence(unit)] * (150 * scale)}]}
    elif shape == "calls_to_action":
        answers = {"calls_to_action": [unit] * (50 * scale)}
    elif shape == "repeated_indicators":
        answers = {"indicators": [{"code": "helpline", "assessment": unit}] * (200 * scale)}
    elif shape == "unknown_members":
        answers = {f"{unit}_{n}": unit for n in range(200 * scale)}
    else:  # nested_lists
        answers = {"calls_to_action": [[[unit]] * 10] * (20 * scale)}
    return json.dumps(answers, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


SHAPES = st.sampled_from(
    ["long_texts", "evidence", "calls_to_action", "repeated_indicators", "unknown_members", "nested_lists"]
)
CHARACTERS = st.characters(min_codepoint=0x20, max_codepoint=0x2FFF, blacklist_categories=("Cs",))
UNITS = st.text(CHARACTERS, min_size=1, max_size=8)

BUDGET_SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@BUDGET_SETTINGS
@given(shape=SHAPES, unit=UNITS)
def test_verifying_ten_times_the_bundle_takes_at_most_twenty_times_the_time(shape, unit):
    small, large = _bundle_shape(shape, unit, 1), _bundle_shape(shape, unit, 10)
    assert_linear(verify_bundle, small, large)


@BUDGET_SETTINGS
@given(shape=SHAPES, unit=UNITS)
def test_reading_ten_times_the_answers_file_takes_at_most_twenty_times_the_time(shape, unit):
    small, large = _answers_shape(shape, unit, 1), _answers_shape(shape, unit, 10)
    assert_linear(parse_answers, small, large)
