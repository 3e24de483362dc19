"""Checks 1-6 of bundle-format.md, in order: what the secretariat import and ``cardentry
verify`` both call.

``verify_bundle(data)`` / ``verify_file(path)`` return a ``Verification``. The first
check that fails decides ``reason``:

1. ``too_large``: more than 5 MiB (``verify_file`` looks at the size before reading);
2. ``malformed_json``: not strict JSON (``cardentry.base.strictjson``: UTF-8 with an optional
   BOM, no duplicate member names, integers only within +-(2^53-1), nesting <= 32, no
   lone surrogates);
3. ``unsupported_format``: not an envelope of exactly ``format``, ``format_version``,
   ``payload`` (an object) and ``signature`` (an object of exactly ``alg``, ``key_id``,
   ``public_key``, ``value``), or ``format``/``format_version`` are not
   ``cardentry.partner.export``/1;
4. ``bad_signature``: ``alg`` is not ``ed25519``, the key or signature is not canonical
   padded standard base64 of 32/64 bytes, ``key_id`` does not match the key, the
   canonical bytes cannot be formed (``rfc8785`` refuses the value; defensive, since
   check 2 already refuses what it would), or the Ed25519 signature does not verify;
5. ``schema_invalid``: the payload breaks ``models.Payload`` (``problems`` lists why);
6. ``unknown_catalogue``: ``catalogue.known_catalogue`` does not know its id/version.

Only a ``Verification`` with ``ok`` True is authentic. On a failure, ``payload_dict``
(set from check 3 on) is what the file *claims*, useful for a log line, never for a
decision. ``key_id``/``public_key`` are set once the key decodes and matches its id,
``signed_bytes`` once they are formed, ``payload`` only when every check passes.
Checks 7-11 (trust, country, conflicts) belong to the import, which has the database.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cardentry.base import strictjson
from cardentry.base.catalogue import known_catalogue
from cardentry.base.validation import Problem, validate
from cardentry.bundleformat.envelope import (
    FORMAT,
    FORMAT_VERSION,
    envelope_problem,
    signed_bytes,
)
from cardentry.bundleformat.keyfile import ALG, b64decode_exact, b64encode, format_fingerprint, key_id_of
from cardentry.bundleformat.models import Payload, proven_by

MAX_BUNDLE_BYTES = 5 * 1024 * 1024
REASONS = (
    "too_large",
    "malformed_json",
    "unsupported_format",
    "bad_signature",
    "schema_invalid",
    "unknown_catalogue",
)
_MAX_PROBLEMS_IN_DETAIL = 5


@dataclass(frozen=True)
class Verification:
    """The outcome of checks 1-6 for one bundle."""

    ok: bool
    reason: str | None = None
    detail: str = ""
    payload: Payload | None = None
    payload_dict: dict[str, Any] | None = None
    signed_bytes: bytes | None = None
    key_id: str | None = None
    public_key: bytes | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def fingerprint(self) -> str | None:
        return format_fingerprint(self.key_id) if self.key_id else None


def _reject(reason: str, detail: str, **known: Any) -> Verification:
    return Verification(ok=False, reason=reason, detail=detail, **known)


def verify_bundle(data: bytes, *, parsed: strictjson.Parsed | None = None) -> Verification:
    """Run checks 1-6 on a bundle's bytes; never raises on any input.

    ``parsed``: ``strictjson.parse(data)`` when the caller has already run it (the import
    parses a file once, to see whether it is sealed), so check 2 is not done twice.
    """
    # 1. size
    if len(data) > MAX_BUNDLE_BYTES:
        return _reject("too_large", f"the file is {len(data):,} bytes; a bundle is at most 5 MiB")

    # 2. strict JSON
    if parsed is None:
        try:
            parsed = strictjson.parse(data)
        except strictjson.StrictJSONError as error:
            return _reject("malformed_json", f"not a valid bundle file: {error}")

    envelope = parsed.value

    # 3. envelope shape and format
    if not isinstance(envelope, dict):
        return _reject("unsupported_format", "not a cardentry bundle (the file is not a JSON object)")
    problem = envelope_problem(envelope, FORMAT, FORMAT_VERSION, "bundle")
    if problem is not None:
        detail, payload_known = problem
        known_payload = {} if payload_known is None else {"payload_dict": payload_known}
        return _reject("unsupported_format", detail, **known_payload)
    payload_dict = envelope["payload"]
    signature = envelope["signature"]

    # 4. signature
    known: dict[str, Any] = {"payload_dict": payload_dict}
    if signature["alg"] != ALG:
        return _reject("bad_signature", f"unsupported signature algorithm {signature['alg']!r}", **known)
    public_key = b64decode_exact(signature["public_key"], 32)
    if public_key is None:
        return _reject("bad_signature", "the public key is not 32 bytes of padded standard base64", **known)
    if signature["key_id"] != key_id_of(public_key):
        return _reject("bad_signature", "the key_id does not match the public key", **known)
    known.update(key_id=signature["key_id"], public_key=public_key)
    value = b64decode_exact(signature["value"], 64)
    if value is None:
        return _reject("bad_signature", "the signature is not 64 bytes of padded standard base64", **known)
    try:
        to_verify = signed_bytes(envelope, preconditions_hold=parsed.ascii_names)
    except (rfc8785.CanonicalizationError, ValueError) as error:  # nothing could have been signed
        return _reject("bad_signature", f"the signed bytes cannot be formed: {error}", **known)
    known["signed_bytes"] = to_verify
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(value, to_verify)
    except (InvalidSignature, ValueError):
        return _reject(
            "bad_signature",
            "the signature does not match the content: the file was changed after it was signed, "
            "or signed with another key",
            **known,
        )

    # 5. payload schema
    payload, problems = validate(
        Payload, payload_dict, proven_by(data, plain_escapes=parsed.plain_escapes)
    )  # no string scanned twice
    if problems:
        shown = "; ".join(str(problem) for problem in problems[:_MAX_PROBLEMS_IN_DETAIL])
        more = len(problems) - _MAX_PROBLEMS_IN_DETAIL
        return _reject(
            "schema_invalid",
            f"the card breaks the bundle schema: {shown}" + (f" (and {more} more)" if more > 0 else ""),
            problems=tuple(problems),
            **known,
        )

    # 6. catalogue
    if not known_catalogue(payload.catalogue.id, payload.catalogue.version):
        return _reject(
            "unknown_catalogue",
            f"catalogue {payload.catalogue.id!r} version {payload.catalogue.version} is not known to this "
            "app; a newer cardentry may know it",
            **known,
        )

    return Verification(
        ok=True,
        detail=(
            f"signed by key {format_fingerprint(known['key_id'])}: "
            f"{payload.country} {payload.cycle}, revision {payload.revision}"
        ),
        payload=payload,
        **known,
    )


def verify_file(path: str | os.PathLike[str]) -> Verification:
    """``verify_bundle`` on a file, refusing one over 5 MiB before reading it.

    ``OSError`` (missing, unreadable) is left to the caller: that is no bundle's fault.
    """
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_BUNDLE_BYTES:
            return _reject("too_large", f"the file is {size:,} bytes; a bundle is at most 5 MiB")
        data = handle.read(MAX_BUNDLE_BYTES + 1)  # the file may grow while we read
    return verify_bundle(data)


def describe(verification: Verification, path: Path | None = None) -> dict[str, Any]:
    """The outcome as a JSON-ready dict (what ``cardentry verify --json`` prints, less trust)."""
    payload = verification.payload
    return {
        "file": str(path) if path is not None else None,
        "ok": verification.ok,
        "reason": verification.reason,
        "detail": verification.detail,
        "organisation": payload.organisation.name if payload else None,
        "country": payload.country if payload else None,
        "cycle": payload.cycle if payload else None,
        "revision": payload.revision if payload else None,
        "bundle_id": payload.bundle_id if payload else None,
        "assessment_id": payload.assessment_id if payload else None,
        "exported_at": payload.exported_at if payload else None,
        "key_id": verification.key_id,
        "fingerprint": verification.fingerprint,
        "public_key": b64encode(verification.public_key) if verification.public_key else None,
    }
