"""Skipping the per-string character scan is safe: when ``text_rules_hold_in`` (or the strict
reader's ``only_common_escapes``) says the JSON bytes hold no escape that could write a
forbidden character, no decoded string holds one, and the schema's verdict on a signed
bundle is the same with the skip as without."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bundle_factory import VECTOR_SEED
from cardentry.base import strictjson
from cardentry.base.validation import validate
from cardentry.bundleformat.envelope import encode_envelope, sign_payload
from cardentry.bundleformat.models import _FORBIDDEN_CHARS, TEXT_RULES_HOLD, Payload, text_rules_hold_in
from cardentry.bundleformat.verify import verify_bundle

KEY = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(VECTOR_SEED))


@pytest.fixture
def payload(vectors_dir) -> dict:
    return json.loads((vectors_dir / "valid-r1.cpc.json").read_bytes())["payload"]


def signed(payload: dict) -> bytes:
    return encode_envelope(sign_payload(payload, KEY))


# Controls (forbidden and allowed), backslashes and quotes (which JSON escapes), and
# whatever else: the characters that decide the question, often.
characters = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x20),
    st.sampled_from(["\\", '"', "b", "f", "u", "0", "1", "\u007f", "\u0085", "\u2028", "é", "🙂"]),
    st.characters(exclude_categories=("Cs",)),
)
texts = st.text(alphabet=characters, max_size=30)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), texts),
    lambda children: st.one_of(st.lists(children, max_size=5), st.dictionaries(texts, children, max_size=5)),
    max_leaves=25,
)


def strings_in(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [*value, *(s for child in value.values() for s in strings_in(child))]
    if isinstance(value, list):
        return [s for child in value for s in strings_in(child)]
    return []


@settings(max_examples=400, deadline=None)
@given(json_values, st.booleans(), st.booleans())
def test_no_control_escape_means_no_forbidden_character_in_any_string(value, ensure_ascii, indent):
    data = json.dumps(value, ensure_ascii=ensure_ascii, indent=2 if indent else None).encode("utf-8")
    if text_rules_hold_in(data):
        assert not any(_FORBIDDEN_CHARS.search(text) for text in strings_in(strictjson.loads(data)))


# With \\u escapes, a string can hold a lone surrogate too (the strict reader refuses it).
any_texts = st.text(alphabet=st.one_of(characters, st.characters(categories=("Cs",))), max_size=30)
values_with_surrogates = st.recursive(
    st.one_of(st.none(), st.integers(-1000, 1000), any_texts),
    lambda children: st.one_of(
        st.lists(children, max_size=5), st.dictionaries(any_texts, children, max_size=5)
    ),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(values_with_surrogates, st.booleans())
def test_only_common_escapes_means_no_forbidden_character_nor_lone_surrogate(value, indent):
    data = json.dumps(value, ensure_ascii=True, indent=2 if indent else None).encode("ascii")
    if strictjson.only_common_escapes(data):
        assert not any(_FORBIDDEN_CHARS.search(text) for text in strings_in(json.loads(data)))
        assert strictjson.parse(data).plain_escapes


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ('{"a": "line\\nbreak, \\"quoted\\", a\\/b, tab\\t, a backslash \\\\"}', True),
        ('{"a": "caf\\u00e9"}', False),  # any \\u escape: the exact checks decide
        ('{"a": "bell \\b"}', False),
        ('{"a": "C:\\\\Users"}', False),  # an escaped backslash before a letter: a false alarm, still safe
        ('{"a": "no escape at all"}', True),
    ],
)
def test_the_strict_reader_says_whether_it_saw_only_common_escapes(text, plain):
    assert strictjson.parse(text.encode()).plain_escapes is plain


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    summary=texts,
    assessment=texts,
    note=texts,
    ensure_ascii=st.booleans(),
)
def test_the_schema_says_the_same_with_the_skip_and_without(payload, summary, assessment, note, ensure_ascii):
    card = json.loads(json.dumps(payload))
    card["overall"]["summary"] = summary
    card["indicators"][0]["assessment"] = assessment
    for entry in card["indicators"]:
        for item in entry["evidence"]:
            item["note"] = note
    data = signed(card)
    if not ensure_ascii:  # the same card written with \\u escapes for everything non-ASCII
        data = json.dumps(json.loads(data), ensure_ascii=True).encode("utf-8")
    verification = verify_bundle(data)
    if verification.reason in ("schema_invalid", None):
        _, scanned = validate(Payload, card)
        assert [str(p) for p in verification.problems] == [str(p) for p in scanned]
        if text_rules_hold_in(data):
            _, skipped = validate(Payload, card, {TEXT_RULES_HOLD: True})
            assert skipped == scanned


def test_a_control_character_escape_is_still_refused_by_the_schema(payload):
    card = json.loads(json.dumps(payload))
    card["overall"]["summary"] = "bad \x07 bell"
    verification = verify_bundle(signed(card))
    assert verification.reason == "schema_invalid"
    assert "U+0007" in verification.detail
