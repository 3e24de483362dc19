"""Feedback bundles: the secretariat's signed answer to one revision of a partner's card.

network-format.md, "Feedback bundle", is the contract. The envelope is a v1 bundle's
(``format``, ``format_version``, ``payload``, ``signature`` with ``alg``, ``key_id``,
``public_key``, ``value``) with ``"format": "cardentry.feedback"``, signed with Ed25519
over the RFC 8785 bytes of the envelope without ``signature`` (``canonical_bytes``, as
``envelope.signed_bytes``), by the network key file's ``signing`` key. Towards a partner
whose public key file carries a sealing key, the file is sealed to it
(``bundleformat.sealed``: the plaintext is the exact feedback file).

``make_feedback`` builds and signs one; ``check_feedback`` runs what needs no database,
in order: checks 1-3 (``too_large``, ``malformed_json``, ``unsupported_format``), the
signature by the accepted network signing key (``unknown_network_key`` when it is another
key, ``bad_signature`` when it does not verify), then the payload schema
(``schema_invalid``). The partner's store decides ``not_our_card``, ``unknown_revision`` and
``duplicate`` (``partner.feedback``).
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import Field, field_validator

from cardentry.base import strictjson
from cardentry.base.catalogue import default_catalogue
from cardentry.base.validation import Problem, validate
from cardentry.base.vocabulary import Ranking, Rating
from cardentry.bundleformat.envelope import (
    BUNDLE_SUFFIX,
    encode_envelope,
    envelope_problem,
    sign_payload,
    signed_bytes,
)
from cardentry.bundleformat.keyfile import ALG, b64decode_exact, key_id_of
from cardentry.bundleformat.models import (
    MAX_LONG_TEXT,
    MAX_REVISION,
    Country,
    Cycle,
    Timestamp,
    Uuid,
    _Strict,
    text,
)
from cardentry.bundleformat.sealed import seal_bundle, sealed_file_name

FEEDBACK_FORMAT = "cardentry.feedback"
FEEDBACK_FORMAT_VERSION = 1
MAX_FEEDBACK_BYTES = 5 * 1024 * 1024
MAX_FEEDBACK_INDICATORS = 12
STATUSES = ("received", "changes_requested", "accepted", "published")
Status = Literal["received", "changes_requested", "accepted", "published"]
REASONS = (
    "too_large",
    "malformed_json",
    "unsupported_format",
    "unknown_network_key",
    "bad_signature",
    "schema_invalid",
    "not_our_card",
    "unknown_revision",
    "duplicate",
)
"""The reason codes of a feedback that is not imported (``duplicate``: kept once already)."""


class FeedbackIndicator(_Strict):
    code: text(100, 1)
    comment: text(MAX_LONG_TEXT)
    published_rating: Rating | None


class FeedbackPayload(_Strict):
    """The signed payload of a feedback bundle."""

    feedback_id: Uuid
    assessment_id: Uuid
    revision: Annotated[int, Field(ge=1, le=MAX_REVISION)]
    country: Country
    cycle: Cycle
    issued_at: Timestamp
    status: Status
    message: text(MAX_LONG_TEXT)
    indicators: Annotated[list[FeedbackIndicator], Field(max_length=MAX_FEEDBACK_INDICATORS)]
    published_ranking: Ranking | None

    @field_validator("indicators")
    @classmethod
    def _codes(cls, indicators: list[FeedbackIndicator]) -> list[FeedbackIndicator]:
        counts = Counter(entry.code for entry in indicators)
        repeated = sorted(code for code, count in counts.items() if count > 1)
        if repeated:
            raise ValueError(f"indicator(s) given more than once: {', '.join(repeated)}")
        known = default_catalogue().indicator_codes
        unknown = [code for code in counts if code not in known]
        if unknown:
            raise ValueError(f"unknown indicator code(s): {', '.join(unknown[:5])}")
        return indicators


def feedback_file_name(country: str, cycle: str, revision: int, *, sealed: bool = False) -> str:
    """``THA-2012-feedback-r1.cpc.json`` (``.sealed.cpc.json`` when sealed)."""
    name = f"{country}-{cycle}-feedback-r{revision}{BUNDLE_SUFFIX}"
    return sealed_file_name(name) if sealed else name


def new_feedback_id() -> str:
    return str(uuid.uuid4())


def sign_feedback(payload: dict[str, Any], signing_key: Ed25519PrivateKey) -> dict[str, Any]:
    """The signed envelope of a feedback payload (checked against the schema first:
    ``ValueError`` lists the problems)."""
    _, problems = validate(FeedbackPayload, payload)
    if problems:
        raise ValueError("; ".join(str(problem) for problem in problems))
    return sign_payload(payload, signing_key, format=FEEDBACK_FORMAT, format_version=FEEDBACK_FORMAT_VERSION)


def feedback_bytes(envelope: dict[str, Any], sealing_public_key: bytes | None = None) -> bytes:
    """The file's bytes: the readable envelope, sealed to ``sealing_public_key`` when given."""
    plain = encode_envelope(envelope)
    return plain if sealing_public_key is None else seal_bundle(plain, sealing_public_key)


@dataclass(frozen=True)
class FeedbackCheck:
    """The outcome of the checks that need no database for one feedback file."""

    ok: bool
    reason: str | None = None
    detail: str = ""
    payload: FeedbackPayload | None = None
    payload_dict: dict[str, Any] | None = None
    problems: tuple[Problem, ...] = ()

    def to_json(self) -> dict[str, Any]:
        payload = self.payload_dict if isinstance(self.payload_dict, dict) else {}
        return {
            "reason": self.reason,
            "detail": self.detail,
            "feedback_id": payload.get("feedback_id")
            if isinstance(payload.get("feedback_id"), str)
            else None,
            "assessment_id": payload.get("assessment_id")
            if isinstance(payload.get("assessment_id"), str)
            else None,
            "revision": payload.get("revision") if type(payload.get("revision")) is int else None,
        }


def _reject(reason: str, detail: str, **known: Any) -> FeedbackCheck:
    return FeedbackCheck(ok=False, reason=reason, detail=detail, **known)


def check_feedback(data: bytes, network_signing_key: bytes | None) -> FeedbackCheck:
    """Checks 1-3, the network signature and the schema of a (plain) feedback file; never raises.

    ``network_signing_key``: the raw Ed25519 signing key of the accepted network key file
    (``None`` when none was accepted: every feedback is then ``unknown_network_key``)."""
    if len(data) > MAX_FEEDBACK_BYTES:
        return _reject("too_large", f"the file is {len(data):,} bytes; a feedback is at most 5 MiB")
    try:
        envelope = strictjson.loads(data)
    except strictjson.StrictJSONError as error:
        return _reject("malformed_json", f"not a valid feedback file: {error}")
    if not isinstance(envelope, dict):
        return _reject("unsupported_format", "not a cardentry feedback (format is None)")
    problem = envelope_problem(envelope, FEEDBACK_FORMAT, FEEDBACK_FORMAT_VERSION, "feedback")
    if problem is not None:
        detail, payload_known = problem
        known_payload = {} if payload_known is None else {"payload_dict": payload_known}
        return _reject("unsupported_format", detail, **known_payload)
    payload_dict = envelope["payload"]
    signature = envelope["signature"]
    known: dict[str, Any] = {"payload_dict": payload_dict}
    if network_signing_key is None:
        return _reject(
            "unknown_network_key",
            "no network key is accepted on this profile: accept the secretariat's network key file "
            "first ('cardentry network accept FILE')",
            **known,
        )
    if signature["key_id"] != key_id_of(network_signing_key):
        return _reject(
            "unknown_network_key",
            "the feedback is signed by a key that is not the accepted network's signing key: "
            "it does not come from your secretariat",
            **known,
        )
    if signature["alg"] != ALG:
        return _reject("bad_signature", f"unsupported signature algorithm {signature['alg']!r}", **known)
    public_key = b64decode_exact(signature["public_key"], 32)
    value = b64decode_exact(signature["value"], 64)
    if public_key != network_signing_key or value is None:
        return _reject("bad_signature", "the signature's key or value is damaged", **known)
    try:
        to_verify = signed_bytes(envelope)
        Ed25519PublicKey.from_public_bytes(public_key).verify(value, to_verify)
    except (InvalidSignature, ValueError, rfc8785.CanonicalizationError):
        return _reject(
            "bad_signature",
            "the signature does not match the content: the feedback was changed after it was signed",
            **known,
        )
    payload, problems = validate(FeedbackPayload, payload_dict)
    if problems:
        shown = "; ".join(str(problem) for problem in problems[:5])
        return _reject(
            "schema_invalid", f"the feedback breaks its schema: {shown}", problems=tuple(problems), **known
        )
    return FeedbackCheck(
        ok=True,
        detail=f"{payload.country} {payload.cycle} revision {payload.revision}: {payload.status}",
        payload=payload,
        **known,
    )
