"""RFC 8785 (JCS) canonical bytes, fast where the standard library gives the same bytes.

Signatures in cardentry (bundles, key rotation statements) are made over the RFC 8785
canonical bytes of a JSON value. The ``rfc8785`` package writes them in pure Python,
one value at a time: for a 25 KB bundle that is most of the cost of an import.

For the values these formats hold, ``json.dumps(value, sort_keys=True,
separators=(",", ":"), ensure_ascii=False)`` encoded as UTF-8 gives exactly the same
bytes, because under these preconditions the two serialisations agree rule by rule:

* every member name is an ASCII ``str``: sorting by code point (Python) and by UTF-16
  code unit (RFC 8785 section 3.2.3) give the same order;
* every number is an ``int`` (not a float) within +-(2^53-1): both write its decimal digits;
* strings: both escape only ``"``, ``\\`` and U+0000-U+001F, with the short forms
  ``\\b \\f \\n \\r \\t`` and ``\\u00xx`` in lower-case hex otherwise, and write every other
  character as UTF-8; a string holding a lone surrogate cannot be encoded by either;
* ``true``, ``false``, ``null``, arrays and objects are written alike.

``canonical_bytes`` checks the preconditions in one walk over the value (linear in its
size, containers only; strings are left to the encoder) and falls back to ``rfc8785``
whenever one does not hold, so its result, and its errors, are always those of
``rfc8785.dumps``. ``tests/bundleformat/test_canonical.py`` proves the equality with
hypothesis over payload-shaped values and on hand-picked edge cases.

A value just read by ``cardentry.base.strictjson.parse`` is already known to hold only
objects, arrays, strings without lone surrogates, safe integers, booleans and null; when
its ``ascii_names`` is true as well, every precondition holds and the caller says so with
``preconditions_hold=True``, which skips the walk (issue 18: the walk cost a quarter of
the canonical bytes' time).
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

MAX_SAFE_INTEGER = 2**53 - 1


def _fast_path_holds(value: Any) -> bool:
    """True when ``json.dumps`` writes ``value`` exactly as RFC 8785 does (see the module doc)."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str or kind is bool or item is None:
            continue
        if kind is int:
            if -MAX_SAFE_INTEGER <= item <= MAX_SAFE_INTEGER:
                continue
            return False
        if kind is dict:
            for key in item:
                if type(key) is not str or not key.isascii():
                    return False
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        else:  # floats, tuples, subclasses...: leave them to rfc8785
            return False
    return True


def canonical_bytes(value: Any, *, preconditions_hold: bool = False) -> bytes:
    """The RFC 8785 canonical bytes of ``value`` (``rfc8785.dumps``, faster where it can be).

    ``preconditions_hold``: the caller has proven the module's preconditions (a value from
    ``strictjson.parse`` whose ``ascii_names`` is true), so they are not checked again.
    """
    if preconditions_hold or _fast_path_holds(value):
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: let rfc8785 refuse it in its own words
            pass
    return rfc8785.dumps(value)
