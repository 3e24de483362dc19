"""Every binary value is standard, padded, canonical base64 (bundle-format.md): the strict
reader refuses any other spelling, exactly as decoding and re-encoding the whole value did."""

from __future__ import annotations

import base64
import binascii

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardentry.bundleformat.keyfile import b64decode_exact

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def reference(text: object, length: int | None = None) -> bytes | None:
    """The original reading: decode strictly, re-encode all of it, compare."""
    if not isinstance(text, str) or not text.isascii():
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    if base64.b64encode(data).decode("ascii") != text:
        return None
    if length is not None and len(data) != length:
        return None
    return data


# Canonical encodings, then one character changed, inserted or removed (often padding).
encodings = st.binary(max_size=12).map(lambda data: base64.b64encode(data).decode("ascii"))
edits = st.tuples(
    encodings,
    st.integers(0, 20),
    st.sampled_from(["replace", "insert", "delete"]),
    st.sampled_from([*ALPHABET[:3], *ALPHABET[-4:], "=", " ", "\n", "-", "_", "é"]),
)


def edited(case: tuple[str, int, str, str]) -> str:
    text, at, how, char = case
    at = min(at, len(text))
    if how == "replace" and text:
        at = min(at, len(text) - 1)
        return text[:at] + char + text[at + 1 :]
    if how == "delete" and text:
        at = min(at, len(text) - 1)
        return text[:at] + text[at + 1 :]
    return text[:at] + char + text[at:]


texts = st.one_of(
    encodings,
    edits.map(edited),
    st.text(alphabet=ALPHABET + "=", max_size=16),
    st.text(max_size=8),
)


@settings(max_examples=3000, deadline=None)
@given(texts, st.sampled_from([None, 1, 2, 3, 4]))
def test_the_reading_is_exactly_decode_then_compare_with_the_canonical_spelling(text, length):
    assert b64decode_exact(text, length) == reference(text, length)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QQ==", b"A"),
        ("QR==", None),  # the same byte with unused bits set: not canonical
        ("QUI=", b"AB"),
        ("QUJ=", None),
        ("QUJD", b"ABC"),
        ("QQ", None),  # padding missing
        ("QQ==QQ==", None),  # data after the padding
        ("Q Q==", None),
        ("", b""),
        (None, None),
    ],
)
def test_examples(text, expected):
    assert b64decode_exact(text) == expected
