"""atheris fuzz target: the strict JSON reader and the bundle verifier, on arbitrary bytes.

Run by hand (not part of the test suite; atheris is not a project dependency):

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_verify.py -max_total_time=300 fuzz/corpus

The corpus starts from the test vectors, ``tests/vectors/bundle-v1`` (``fuzz/seed_corpus.py`` copies them).
Any exception other than the documented rejections is a bug: atheris stops and prints
the input that caused it.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    from cardentry.base import strictjson
    from cardentry.bundleformat.verify import REASONS, verify_bundle


def test_one_input(data: bytes) -> None:
    with contextlib.suppress(strictjson.StrictJSONError):
        strictjson.loads(data)
    verification = verify_bundle(data)
    if verification.ok:
        assert verification.payload is not None and verification.signed_bytes is not None
    else:
        assert verification.reason in REASONS, verification.reason
        assert verification.payload is None


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
