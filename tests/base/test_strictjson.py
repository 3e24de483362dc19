"""The strict reader refuses exactly what it refused before its speed-up, with the same words.

``reference_loads`` is the reader as it was before issue 18 (the prescan on every input,
the pairs walked in Python); hypothesis feeds both JSON-like text, valid and broken, and
the outcome (the value, or the message) must be the same. ``parse`` must also say whether
every member name is ASCII, which lets the canonical bytes skip their walk.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardentry.base import strictjson
from cardentry.base.strictjson import MAX_DEPTH, StrictJSONError, _bracket_depth, parse

# --- the reader before issue 18, verbatim in its logic -----------------------------------

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _old_no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJSONError(f"duplicate member name {key!r}")
        result[key] = value
    return result


def _old_prescan(text: str, limit: int) -> None:
    depth = 0
    for char in _NOT_BRACKET.sub("", _STRING.sub("", text)):
        if char in "[{":
            depth += 1
            if depth > limit:
                raise StrictJSONError(f"nesting is deeper than {limit} levels")
        else:
            depth -= 1


def reference_loads(data: bytes, max_depth: int = MAX_DEPTH) -> Any:
    if data.startswith(strictjson.BOM):
        data = data[len(strictjson.BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StrictJSONError(f"not valid UTF-8 at byte {error.start}") from None
    _old_prescan(text, max_depth)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_old_no_duplicates,
            parse_int=strictjson._integer,
            parse_float=strictjson._no_float,
            parse_constant=strictjson._no_constant,
        )
    except StrictJSONError:
        raise
    except json.JSONDecodeError as error:
        raise StrictJSONError(f"not JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise StrictJSONError(f"nesting is deeper than {max_depth} levels") from None
    if _SURROGATE_ESCAPE.search(text):
        strictjson._depth(value, max_depth)
    return value


def outcome(reader: Any, data: bytes, max_depth: int) -> tuple[str, Any]:
    try:
        return "value", reader(data, max_depth=max_depth)
    except StrictJSONError as error:
        return "refused", str(error)


def same_as_before(data: bytes, max_depth: int = MAX_DEPTH) -> None:
    assert outcome(strictjson.loads, data, max_depth) == outcome(reference_loads, data, max_depth)


# --- inputs ------------------------------------------------------------------------------

# Text made of JSON's own pieces, so that much of it is nearly JSON: brackets, quotes,
# escapes (of quotes and backslashes too), numbers, surrogate escapes, controls.
pieces = st.sampled_from(
    [
        "[", "]", "{", "}", '"', "\\", '\\"', "\\\\", ":", ",", " ", "\n", "a", "é", "1", "-",
        "0.5", "1e3", "9007199254740992", "12345678901234567890", "true", "null", "NaN",
        "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0007", "\\b", '"a":', '"a":1,"a":2', "\x01",
    ]
)  # fmt: skip
jsonish = st.lists(pieces, max_size=60).map("".join)
names = st.text(alphabet=st.sampled_from('ab"\\[]{}é🙂\x00'), max_size=4)
values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**60), 2**60),
        st.text(alphabet=st.sampled_from('xé"\\[]{}\n\x07🙂'), max_size=8),
    ),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(names, children, max_size=4)),
    max_leaves=30,
)


@settings(max_examples=1500, deadline=None)
@given(jsonish, st.sampled_from([1, 2, 3, MAX_DEPTH]))
def test_json_like_text_gets_the_same_value_or_message_as_before(text, max_depth):
    same_as_before(text.encode("utf-8", "surrogatepass"), max_depth)


@settings(max_examples=500, deadline=None)
@given(values, st.booleans(), st.sampled_from([1, 2, 3, 4, MAX_DEPTH]))
def test_valid_json_gets_the_same_value_or_message_as_before(value, indent, max_depth):
    text = json.dumps(value, ensure_ascii=False, indent=2 if indent else None)
    same_as_before(text.encode("utf-8"), max_depth)


@settings(max_examples=500, deadline=None)
@given(values, st.integers(0, 400), st.sampled_from(list('[]{}"\\,:x')))
def test_damaged_json_gets_the_same_message_as_before(value, where, inserted):
    text = json.dumps(value, ensure_ascii=False)
    where = min(where, len(text))
    same_as_before((text[:where] + inserted + text[where:]).encode("utf-8"), 3)


def depth_of(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((depth_of(child) for child in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth_of(child) for child in value), default=0)
    return 0


@settings(max_examples=500, deadline=None)
@given(values)
def test_the_fast_bracket_count_is_exact_on_valid_json(value):
    for text in (json.dumps(value), json.dumps(value, ensure_ascii=False, indent=1)):
        assert _bracket_depth(text.encode("utf-8")) == depth_of(value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 33 + "]" * 33, "nesting is deeper than 32 levels"),
        ('"[[[' + "[" * 40 + '"', None),  # brackets in a string do not count
        ('["\\\\"' + ",[" * 40 + "]" * 40 + "]", "nesting is deeper than 32 levels"),
        ('["\\"' + "[" * 40 + '"]', None),  # an escaped quote does not end the string
        ("[" * 40 + "\\", "nesting is deeper than 32 levels"),  # broken and deep: the nesting first
        ('{"a": 1, "a": 2}', "duplicate member name 'a'"),
        ('{"b": {"a": 1, "b": 2, "a": 3}}', "duplicate member name 'a'"),
        ("[9007199254740992]", "integer 9007199254740992 is outside +-(2^53-1)"),
    ],
)
def test_known_cases(text, message):
    same_as_before(text.encode())
    if message is not None:
        with pytest.raises(StrictJSONError, match=re.escape(message)):
            strictjson.loads(text.encode())


@pytest.mark.parametrize(
    ("text", "ascii_names"),
    [
        ('{"a": {"b": "é"}}', True),
        ('{"a": {"é": 1}}', False),
        ('{"a": [{"\\u00e9": 1}]}', False),
        ('["é", "🙂"]', True),
    ],
)
def test_parse_says_whether_every_member_name_is_ascii(text, ascii_names):
    parsed = parse(text.encode())
    assert parsed.value == json.loads(text)
    assert parsed.ascii_names is ascii_names
