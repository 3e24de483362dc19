"""A strict JSON reader: check 2 of the bundle format, on top of the standard ``json`` module.

Accepted: valid UTF-8 (one leading BOM tolerated), exactly one JSON value, integers within
+-(2^53-1). Refused, with a message saying where: invalid UTF-8, duplicate member names at
any depth, fractions and exponents, NaN and Infinity, nesting deeper than 32, and strings
(member names included) holding a lone surrogate through a ``\\uD800``-style escape: such
text is not Unicode, I-JSON (RFC 7493, which RFC 8785 canonical JSON requires) forbids it,
and it could not be signed or stored as UTF-8.

``parse`` gives the value together with whether every member name is ASCII: with the
guarantees above (only objects, arrays, strings without lone surrogates, integers within
+-(2^53-1), booleans and null), that is all ``bundleformat.canonical`` needs to write the
RFC 8785 bytes through ``json.dumps`` without walking the value again.

Speed (issue 18): the nesting limit is first checked on the bytes with C-level calls
(``_bracket_depth``: exact for any valid JSON); only when that says "too deep" or the text
turns out not to be strict JSON does the original scan (``_nesting_prescan``) run, so every
input gets the same first complaint as before.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import accumulate, count
from operator import sub
from typing import Any

from cardentry.base.errors import CardentryError

MAX_SAFE_INTEGER = 2**53 - 1
MAX_DEPTH = 32
BOM = b"\xef\xbb\xbf"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class StrictJSONError(CardentryError, ValueError):
    """The bytes are not strict JSON; the message says why."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJSONError(f"duplicate member name {key!r}")
        result[key] = value
    return result


def _objects_into(names: set[str]) -> Any:
    """An ``object_pairs_hook``: ``_no_duplicates`` (the dict built in C, the pairs walked only
    when a name repeats) that also gathers every member name into ``names``."""

    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            return _no_duplicates(pairs)  # raises, naming the first repeated name
        names.update(result)
        return result

    return build


_MAX_INTEGER_DIGITS = len(str(MAX_SAFE_INTEGER)) + 1  # with a minus sign


def _integer(token: str) -> int:
    if len(token) > _MAX_INTEGER_DIGITS:  # before int(): its cost grows with the digits
        raise StrictJSONError(f"integer {token[:40]}... is outside +-(2^53-1)")
    value = int(token)
    if abs(value) > MAX_SAFE_INTEGER:
        raise StrictJSONError(f"integer {token[:40]} is outside +-(2^53-1)")
    return value


def _no_float(token: str) -> Any:
    raise StrictJSONError(f"number {token[:40]} is not an integer (no fractions or exponents)")


def _no_constant(token: str) -> Any:
    raise StrictJSONError(f"{token} is not allowed")


def _check_string(text: str) -> None:
    match = _LONE_SURROGATE.search(text)
    if match:
        code = ord(match.group())
        raise StrictJSONError(f"a string holds a lone surrogate (U+{code:04X}), which is not text")


def _depth(value: Any, limit: int) -> None:
    """Raise if containers nest deeper than ``limit`` or a string holds a lone surrogate
    (iteratively: no recursion limit)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            _check_string(item)
        elif isinstance(item, dict | list):
            if depth > limit:
                raise StrictJSONError(f"nesting is deeper than {limit} levels")
            if isinstance(item, dict):
                for key in item:
                    _check_string(key)
                children = item.values()
            else:
                children = item
            stack.extend((child, depth + 1) for child in children)


# A string (to its closing quote, or to the end of the text if unterminated); anything not a bracket.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# An escape other than \n \r \t \" \\ \/ (\b, \f or \uXXXX); also an escaped backslash
# followed by another character (C:\\Users): a false alarm, which only means the exact
# checks run.
_UNCOMMON_ESCAPE = re.compile(rb'\\[^nrt"\\/]')


def only_common_escapes(data: bytes) -> bool:
    """True when every escape in the JSON text ``data`` is one of ``\\n \\r \\t \\" \\\\ \\/``.

    Then no string decoded from it holds a lone surrogate or a control character other
    than TAB, LF and CR: the decoder refuses raw control characters, strict UTF-8 refuses
    raw surrogates, and these escapes write neither. One memchr for the backslash, and a
    regular expression search (in C) only when there is one.
    """
    return b"\\" not in data or _UNCOMMON_ESCAPE.search(data) is None


def _nesting_prescan(text: str, limit: int) -> None:
    """Refuse absurd nesting before ``json`` recurses into it (bracket count outside strings).

    Strings and everything else but brackets are dropped by regular expressions (in C),
    so only brackets cost a Python step: a 1 MB bundle takes a few milliseconds.
    """
    depth = 0
    for char in _NOT_BRACKET.sub("", _STRING.sub("", text)):
        if char in "[{":
            depth += 1
            if depth > limit:
                raise StrictJSONError(f"nesting is deeper than {limit} levels")
        else:
            depth -= 1


_ESCAPED_QUOTE_OR_BACKSLASH = re.compile(rb'\\[\\"]')
_ALL_BUT_QUOTES_AND_BRACKETS = bytes(range(256)).translate(None, b'"[]{}')
_OPEN_2_CLOSE_0 = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")


def _bracket_depth(data: bytes) -> int:
    """The deepest nesting of brackets outside strings, by C-level calls only.

    Exact for valid JSON, where a backslash only ever starts an escape inside a string:
    dropping ``\\\\`` and ``\\"`` pairs (left to right, as escapes pair) leaves only the
    quotes that delimit strings, so the even pieces between quotes are what lies outside
    them. On other input it may be wrong, which is why ``parse`` then runs the exact scan.
    """
    if b"\\" in data:
        data = _ESCAPED_QUOTE_OR_BACKSLASH.sub(b"", data)
    kept = data.translate(None, _ALL_BUT_QUOTES_AND_BRACKETS)
    outside = b"".join(kept.split(b'"')[::2]).translate(_OPEN_2_CLOSE_0)
    # after i brackets, of which k open: depth = k - (i - k) = (2 per open, summed) - i
    return max(map(sub, accumulate(outside), count(1)), default=0)


@dataclass(frozen=True)
class Parsed:
    """A strictly parsed value, whether all its member names are ASCII (``ascii_names``),
    and whether the text held only common escapes (``plain_escapes``, see
    ``only_common_escapes``: no string holds a control character but TAB, LF and CR)."""

    value: Any
    ascii_names: bool
    plain_escapes: bool = False


def parse(data: bytes, *, max_depth: int = MAX_DEPTH) -> Parsed:
    """Parse ``data`` strictly; ``StrictJSONError`` says what is wrong."""
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StrictJSONError(f"not valid UTF-8 at byte {error.start}") from None
    scanned = False
    if _bracket_depth(data) > max_depth:
        _nesting_prescan(text, max_depth)  # the exact scan decides (and raises if so)
        scanned = True
    names: set[str] = set()
    try:
        value = json.loads(
            text,
            object_pairs_hook=_objects_into(names),
            parse_int=_integer,
            parse_float=_no_float,
            parse_constant=_no_constant,
        )
    except (StrictJSONError, json.JSONDecodeError, RecursionError) as error:
        if not scanned:  # not strict JSON: too deep a nesting is still the first complaint
            _nesting_prescan(text, max_depth)
        if isinstance(error, StrictJSONError):
            raise
        if isinstance(error, json.JSONDecodeError):
            raise StrictJSONError(
                f"not JSON: {error.msg} at line {error.lineno}, column {error.colno}"
            ) from None
        raise StrictJSONError(f"nesting is deeper than {max_depth} levels") from None
    # The nesting was counted exactly; only a \uD800-\uDFFF escape can make a lone
    # surrogate (strict UTF-8 decoding refuses raw ones), so most files skip the walk.
    plain_escapes = only_common_escapes(data)
    if not plain_escapes and _SURROGATE_ESCAPE.search(text):
        _depth(value, max_depth)
    return Parsed(value, "".join(names).isascii(), plain_escapes)


def loads(data: bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` strictly; ``StrictJSONError`` says what is wrong."""
    return parse(data, max_depth=max_depth).value
