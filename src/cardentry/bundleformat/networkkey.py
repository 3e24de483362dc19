"""The network key file: the secretariat's public signing and sealing keys, self-signed.

network-format.md, "Network key file", is the contract. The secretariat publishes it once
to every partner (or ships it inside the network's installer); partners seal their
bundles to its ``sealing`` key. Its ``signature`` is Ed25519 by the ``signing`` key over
the RFC 8785 bytes of the object without ``signature``, so the file vouches for its own
sealing key and a changed sealing key breaks the signature.

A partner accepts a file after comparing the *signing* fingerprint by phone. A newer
file (later ``created_at``) from the same signing key replaces the sealing key: the
secretariat's key rotation (``NetworkKey.replaces``). Reading is strict
(``parse_network_key``): exactly the members, or a ``NetworkKeyError`` saying what is
wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cardentry.base import strictjson
from cardentry.base.validation import validate
from cardentry.bundleformat.envelope import slugify
from cardentry.bundleformat.keyfile import (
    ALG,
    KeyFileError,
    b64decode_exact,
    b64encode,
    format_fingerprint,
    key_id_of,
    raw_public_key,
)
from cardentry.bundleformat.models import Organisation
from cardentry.bundleformat.sealed import AEAD_NAME, KDF_NAME, KEM_NAME, PUBLIC_KEY_BYTES, sealing_public_key

NETWORK_KEY_FORMAT = "cardentry.network-key"
NETWORK_KEY_FORMAT_VERSION = 1
NETWORK_KEY_SUFFIX = ".cpcnet.json"
MEMBERS = ("format", "format_version", "organisation", "created_at", "signing", "sealing", "signature")
SIGNING_MEMBERS = ("alg", "key_id", "public_key")
SEALING_MEMBERS = ("kem", "kdf", "aead", "key_id", "public_key")
SIGNATURE_MEMBERS = ("alg", "key_id", "value")
MAX_NETWORK_KEY_BYTES = 64 * 1024
_UTC_SECONDS = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")


class NetworkKeyError(KeyFileError):
    """Not a valid network key file; the message says what is wrong."""


@dataclass(frozen=True)
class NetworkKey:
    """A checked network key file: whose it is, its two public keys, and its exact document."""

    organisation: dict[str, Any]
    created_at: str
    signing_key_id: str
    signing_public_key: bytes
    sealing_key_id: str
    sealing_public_key: bytes
    document: dict[str, Any]

    @property
    def fingerprint(self) -> str:
        """The signing key's fingerprint, ``1f0c-9e5a-3b7d-2e41``: what partners compare by phone."""
        return format_fingerprint(self.signing_key_id)

    @property
    def sealing_fingerprint(self) -> str:
        return format_fingerprint(self.sealing_key_id)

    @property
    def name(self) -> str:
        return str(self.organisation["name"])

    def replaces(self, other: NetworkKey) -> bool:
        """Whether this file is ``other``'s network's newer key (same signing key, later date)."""
        return self.signing_key_id == other.signing_key_id and self.created_at > other.created_at

    def to_bytes(self) -> bytes:
        return (json.dumps(self.document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def file_name(self) -> str:
        return f"{slugify(self.name)}{NETWORK_KEY_SUFFIX}"

    def to_json(self) -> dict[str, Any]:
        return {
            "organisation": dict(self.organisation),
            "created_at": self.created_at,
            "signing_key_id": self.signing_key_id,
            "fingerprint": self.fingerprint,
            "sealing_key_id": self.sealing_key_id,
            "sealing_fingerprint": self.sealing_fingerprint,
        }


def _unsigned(document: dict[str, Any]) -> bytes:
    return rfc8785.dumps({name: document[name] for name in MEMBERS if name != "signature"})


def make_network_key(
    *,
    organisation: dict[str, Any],
    created_at: str,
    signing_key: Ed25519PrivateKey,
    sealing_public_key: bytes,
) -> NetworkKey:
    """The self-signed network key file of a secretariat's two keys."""
    signing_public = raw_public_key(signing_key)
    signing_id = key_id_of(signing_public)
    document: dict[str, Any] = {
        "format": NETWORK_KEY_FORMAT,
        "format_version": NETWORK_KEY_FORMAT_VERSION,
        "organisation": {"name": organisation["name"], "email": organisation.get("email")},
        "created_at": created_at,
        "signing": {"alg": ALG, "key_id": signing_id, "public_key": b64encode(signing_public)},
        "sealing": {
            "kem": KEM_NAME,
            "kdf": KDF_NAME,
            "aead": AEAD_NAME,
            "key_id": key_id_of(sealing_public_key),
            "public_key": b64encode(sealing_public_key),
        },
    }
    document["signature"] = {
        "alg": ALG,
        "key_id": signing_id,
        "value": b64encode(signing_key.sign(_unsigned(document))),
    }
    return parse_document(document)


def _exact(value: object, members: tuple[str, ...], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != set(members):
        raise NetworkKeyError(f"{what} must be an object of exactly {', '.join(members)}")
    return value


def parse_network_key(data: bytes) -> NetworkKey:
    """Read a network key file strictly and check its signature; ``NetworkKeyError`` if wrong."""
    if len(data) > MAX_NETWORK_KEY_BYTES:
        raise NetworkKeyError("not a network key file (far too large)")
    try:
        value = strictjson.loads(data)
    except strictjson.StrictJSONError as error:
        raise NetworkKeyError(f"not a network key file (not JSON: {error})") from None
    return parse_document(value)


def parse_document(value: object) -> NetworkKey:
    """``parse_network_key`` on an already parsed JSON value."""
    if not isinstance(value, dict) or value.get("format") != NETWORK_KEY_FORMAT:
        found = value.get("format") if isinstance(value, dict) else None
        raise NetworkKeyError(
            f"not a network key file (format must be {NETWORK_KEY_FORMAT!r}, not {found!r}); "
            "ask the secretariat for its .cpcnet.json file"
        )
    version = value.get("format_version")
    if type(version) is not int or version != NETWORK_KEY_FORMAT_VERSION:
        raise NetworkKeyError(
            f"network key file version {version!r} is not supported; a newer cardentry may read it"
        )
    _exact(value, MEMBERS, "the network key file")
    signing = _exact(value["signing"], SIGNING_MEMBERS, "signing")
    sealing = _exact(value["sealing"], SEALING_MEMBERS, "sealing")
    signature = _exact(value["signature"], SIGNATURE_MEMBERS, "signature")
    organisation, problems = validate(Organisation, value["organisation"])
    if problems:
        raise NetworkKeyError("; ".join(f"organisation {problem}" for problem in problems))
    created_at = value["created_at"]
    if not isinstance(created_at, str) or not _UTC_SECONDS.match(created_at):
        raise NetworkKeyError("created_at must be a UTC time YYYY-MM-DDTHH:MM:SSZ")
    if signing["alg"] != ALG or signature["alg"] != ALG:
        raise NetworkKeyError("the signing key and signature must be ed25519")
    signing_public = b64decode_exact(signing["public_key"], 32)
    if signing_public is None or signing["key_id"] != key_id_of(signing_public):
        raise NetworkKeyError("the signing key is not 32 bytes of base64 matching its key_id")
    if (sealing["kem"], sealing["kdf"], sealing["aead"]) != (KEM_NAME, KDF_NAME, AEAD_NAME):
        raise NetworkKeyError(f"the sealing key must be {KEM_NAME}/{KDF_NAME}/{AEAD_NAME}")
    sealing_public = b64decode_exact(sealing["public_key"], PUBLIC_KEY_BYTES)
    if sealing_public is None or sealing["key_id"] != key_id_of(sealing_public):
        raise NetworkKeyError(
            f"the sealing key is not {PUBLIC_KEY_BYTES:,} bytes of base64 matching its key_id"
        )
    if signature["key_id"] != signing["key_id"]:
        raise NetworkKeyError("the file is not signed by its own signing key")
    value_bytes = b64decode_exact(signature["value"], 64)
    if value_bytes is None:
        raise NetworkKeyError("the signature is not 64 bytes of base64")
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(value_bytes, _unsigned(value))
    except (InvalidSignature, ValueError, rfc8785.CanonicalizationError):
        raise NetworkKeyError(
            "the network key file's signature does not match: the file was changed; "
            "ask the secretariat for it again"
        ) from None
    try:
        sealing_public_key(sealing_public)
    except ValueError:
        raise NetworkKeyError("the sealing key is not a valid X-Wing public key") from None
    return NetworkKey(
        organisation=organisation.model_dump(),
        created_at=created_at,
        signing_key_id=signing["key_id"],
        signing_public_key=signing_public,
        sealing_key_id=sealing["key_id"],
        sealing_public_key=sealing_public,
        document=value,
    )
