"""The fast canonical bytes are exactly rfc8785's, for every value, or fall back to it."""

from __future__ import annotations

import json

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from bundle_factory import Partner
from cardentry.base import strictjson
from cardentry.bundleformat.canonical import MAX_SAFE_INTEGER, _fast_path_holds, canonical_bytes
from cardentry.bundleformat.envelope import signed_bytes


def same_as_rfc8785(value: object) -> None:
    try:
        expected = rfc8785.dumps(value)
    except Exception as error:  # the fast path must refuse the same values with the same error
        with pytest.raises(type(error)):
            canonical_bytes(value)
        return
    assert canonical_bytes(value) == expected


# Every character class that matters to JCS: controls, quote, backslash, DEL, the line
# separators, BMP above the surrogates, astral characters, and lone surrogates.
text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0, max_codepoint=0x7F),
        st.sampled_from(["\u2028", "\u2029", "\ufeff", "\uffff", "é", "ไ", "中", "🙂", "\ud800", "\udfff"]),
        st.characters(),
    ),
    max_size=40,
)
ascii_names = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=12)
any_names = st.one_of(ascii_names, text)
integers = st.one_of(
    st.integers(min_value=-MAX_SAFE_INTEGER, max_value=MAX_SAFE_INTEGER),
    st.integers(),  # beyond the safe range: rfc8785 refuses, so must the fast path
)
scalars = st.one_of(st.none(), st.booleans(), integers, text, st.floats(allow_nan=False))
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=6),
        st.dictionaries(any_names, children, max_size=6),
    ),
    max_leaves=40,
)


@settings(max_examples=500, deadline=None)
@given(json_values)
def test_any_json_value_gets_rfc8785s_bytes_or_its_error(value):
    same_as_rfc8785(value)


payload_like = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER), text),
    lambda children: st.one_of(
        st.lists(children, max_size=6), st.dictionaries(ascii_names, children, max_size=6)
    ),
    max_leaves=40,
)


@settings(max_examples=500, deadline=None)
@given(payload_like)
def test_payload_shaped_values_take_the_fast_path_and_give_the_same_bytes(value):
    try:
        expected = rfc8785.dumps(value)
    except rfc8785.CanonicalizationError:  # a lone surrogate: no canonical bytes at all
        with pytest.raises(rfc8785.CanonicalizationError):
            canonical_bytes(value)
        return
    assert _fast_path_holds(value)
    assert canonical_bytes(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        {"b": 1, "a": 2, "A": 3, "_": 4, "": 5},  # ASCII order
        {"\u20ac": 1, "\U0001f600": 2, "\ufb01": 3},  # UTF-16 order differs from code points
        {"control": "".join(chr(i) for i in range(0x20)) + '"\\\x7f'},
        [MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER, 0, -0, True, False, None],
        [MAX_SAFE_INTEGER + 1],
        [1.0, 1e21, 0.1, -0.0],
        {1: "an integer member name"},
        ("a", "tuple"),
        "\ud83d",  # a lone high surrogate
    ],
)
def test_edge_cases(value):
    same_as_rfc8785(value)


def test_a_real_bundle_is_signed_over_the_same_bytes_as_before():
    envelope = json.loads(Partner.new("ECPAT Thaïlande").bundle())
    assert signed_bytes(envelope) == rfc8785.dumps(
        {name: envelope[name] for name in ("format", "format_version", "payload")}
    )


@settings(max_examples=500, deadline=None)
@given(st.one_of(payload_like, json_values))
def test_a_strictly_parsed_value_needs_no_walk_when_its_names_are_ascii(value):
    try:
        data = json.dumps(value).encode("ascii")  # lone surrogates become escapes
    except (ValueError, TypeError):
        return
    try:
        parsed = strictjson.parse(data)
    except strictjson.StrictJSONError:  # floats, unsafe integers, lone surrogates, too deep
        return
    if parsed.ascii_names:
        assert _fast_path_holds(parsed.value)
    assert canonical_bytes(parsed.value, preconditions_hold=parsed.ascii_names) == rfc8785.dumps(parsed.value)
