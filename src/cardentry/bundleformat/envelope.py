"""The bundle's envelope: its members, the bytes that are signed, and the file's name.

bundle-format.md is the contract. A bundle is the envelope
``{"format", "format_version", "payload", "signature"}``; the signature is Ed25519 over
the RFC 8785 (JCS) canonical bytes of the envelope without ``signature``
(``signed_bytes``), made by ``canonical.canonical_bytes`` (``rfc8785``, or the standard
library where it gives the same bytes). The file itself is the envelope
pretty-printed (UTF-8, two-space indent, non-ASCII kept as is) so people can read it; the
verifier canonicalises again, so white space outside strings never matters.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from cardentry.bundleformat.canonical import canonical_bytes
from cardentry.bundleformat.keyfile import ALG, b64encode, key_id_of, raw_public_key

if TYPE_CHECKING:  # a type only: file names (slugify) need no crypto library (issue 18)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

FORMAT = "cardentry.bundle"
FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".cpc.json"
ENVELOPE_MEMBERS = ("format", "format_version", "payload", "signature")
SIGNATURE_MEMBERS = ("alg", "key_id", "public_key", "value")


def signed_bytes(envelope: dict[str, Any], *, preconditions_hold: bool = False) -> bytes:
    """The RFC 8785 canonical bytes of the envelope without its ``signature`` member.

    ``preconditions_hold``: see ``canonical.canonical_bytes`` (an envelope from
    ``strictjson.parse`` with ASCII member names).
    """
    unsigned = {name: envelope[name] for name in ("format", "format_version", "payload")}
    return canonical_bytes(unsigned, preconditions_hold=preconditions_hold)


def sign_payload(
    payload: dict[str, Any],
    private_key: Ed25519PrivateKey,
    *,
    format: str = FORMAT,
    format_version: int = FORMAT_VERSION,
) -> dict[str, Any]:
    """The signed envelope of ``payload`` (a card bundle's, unless ``format`` says otherwise:
    feedback bundles share the envelope and its signature)."""
    envelope: dict[str, Any] = {"format": format, "format_version": format_version, "payload": payload}
    public_key = raw_public_key(private_key)
    envelope["signature"] = {
        "alg": ALG,
        "key_id": key_id_of(public_key),
        "public_key": b64encode(public_key),
        "value": b64encode(private_key.sign(signed_bytes(envelope))),
    }
    return envelope


def envelope_problem(
    envelope: dict[str, Any], expected_format: str, expected_version: int, noun: str
) -> tuple[str, dict[str, Any] | None] | None:
    """Check 3 for a JSON object: its ``format`` and ``format_version``, then its members
    (``members_problem``); ``None`` when all is right, else (what is wrong, the payload
    when it is already known to be an object). ``noun`` ("bundle", "feedback") names the
    kind of file in the messages. Card bundles and feedback bundles share it."""
    if envelope.get("format") != expected_format:
        return f"not a cardentry {noun} (format is {envelope.get('format')!r})", None
    version = envelope.get("format_version")
    if type(version) is not int or version != expected_version:
        return (
            f"{noun} format version {version!r} is not supported (this app reads version "
            f"{expected_version}); a newer cardentry may read it",
            None,
        )
    return members_problem(envelope)


def members_problem(envelope: dict[str, Any]) -> tuple[str, dict[str, Any] | None] | None:
    """Check 3's member rules, for an envelope whose format and version are right: ``None``
    when it holds exactly the members with an object payload and an object signature of
    exactly its members, else (what is wrong, the payload when it is already known to be an
    object). Card bundles and feedback bundles share it."""
    if set(envelope) != set(ENVELOPE_MEMBERS):
        extra = sorted(set(envelope) - set(ENVELOPE_MEMBERS))
        missing = sorted(set(ENVELOPE_MEMBERS) - set(envelope))
        return (
            f"the envelope must hold exactly {', '.join(ENVELOPE_MEMBERS)} "
            f"(missing: {', '.join(missing) or '-'}; unexpected: {', '.join(extra) or '-'})",
            None,
        )
    payload = envelope["payload"]
    if not isinstance(payload, dict):
        return "the envelope's payload is not an object", None
    signature = envelope["signature"]
    if not isinstance(signature, dict) or set(signature) != set(SIGNATURE_MEMBERS):
        return (
            f"the envelope's signature must be an object of exactly {', '.join(SIGNATURE_MEMBERS)}",
            payload,
        )
    return None


def encode_envelope(envelope: dict[str, Any]) -> bytes:
    """The bundle file's bytes: readable JSON (the signature does not depend on the layout)."""
    return (json.dumps(envelope, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def slugify(name: str) -> str:
    """``"ECPAT International"`` -> ``"ecpat-international"``; ASCII only, never empty."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:60].rstrip("-") or "partner"


def bundle_file_name(country: str, cycle: str, organisation: str, revision: int) -> str:
    """``{COUNTRY}-{cycle}-{organisation-slug}-r{revision}.cpc.json`` (a convention only)."""
    return f"{country}-{cycle}-{slugify(organisation)}-r{revision}{BUNDLE_SUFFIX}"
