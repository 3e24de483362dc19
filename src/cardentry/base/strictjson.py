"""A strict JSON reader: check 2 of the bundle format, on top of the standard ``json`` module.

Accepted: valid UTF-8 (one leading BOM tolerated), exactly one JSON value, integers within
+-(2^53-1). Refused, with a message saying where: invalid UTF-8, duplicate member names at
any depth, fractions and exponents, NaN and Infinity, nesting deeper than 32, and strings
(member names included) holding a lone surrogate through a ``\\uD800``-style escape: such
text is not Unicode, I-JSON (RFC 7493, which RFC 8785 canonical JSON requires) forbids it,
and it could not be signed or stored as UTF-8.
"""

from __future__ import annotations

import json
import re
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


def loads(data: bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` strictly; ``StrictJSONError`` says what is wrong."""
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StrictJSONError(f"not valid UTF-8 at byte {error.start}") from None
    _nesting_prescan(text, max_depth)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_int=_integer,
            parse_float=_no_float,
            parse_constant=_no_constant,
        )
    except StrictJSONError:
        raise
    except json.JSONDecodeError as error:
        raise StrictJSONError(f"not JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise StrictJSONError(f"nesting is deeper than {max_depth} levels") from None
    # The prescan counted the nesting exactly; only a \uD800-\uDFFF escape can make a lone
    # surrogate (strict UTF-8 decoding refuses raw ones), so most files skip the walk.
    if _SURROGATE_ESCAPE.search(text):
        _depth(value, max_depth)
    return value
