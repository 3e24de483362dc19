"""Public key files and key identities: what a partner sends so the secretariat can check its bundles.

bundle-format.md, "Public key file" and "Signature": the key id is the first 16 hex digits
of SHA-256 over the raw 32-byte Ed25519 public key; people compare it by phone as
``1f0c-9e5a-3b7d-2e41``; every binary value is standard, padded, canonical base64.
Reading a public key file is strict (``parse_public_key_file``): exactly the format's
members, or a ``KeyFileError`` that says what is wrong.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cardentry.base import strictjson
from cardentry.base.errors import CardentryError

PUBLIC_KEY_FORMAT = "cardentry.public-key"
PUBLIC_KEY_FORMAT_VERSION = 1
ALG = "ed25519"
MAX_KEY_FILE_BYTES = 64 * 1024


class KeyFileError(CardentryError):
    """The key file is missing, unreadable or not a cardentry key file; the message says which."""


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode_exact(text: object, length: int | None = None) -> bytes | None:
    """Strict standard base64 (padded, canonical); ``None`` if ``text`` is not exactly that."""
    if not isinstance(text, str) or not text.isascii():
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    if b64encode(data) != text:  # refuse non-canonical spellings of the same bytes
        return None
    if length is not None and len(data) != length:
        return None
    return data


def key_id_of(public_key: bytes) -> str:
    """The first 16 lowercase hex digits of SHA-256 over the raw 32-byte public key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def format_fingerprint(key_id: str) -> str:
    """``"1f0c9e5a3b7d2e41"`` -> ``"1f0c-9e5a-3b7d-2e41"`` (to compare by phone)."""
    return "-".join(key_id[i : i + 4] for i in range(0, len(key_id), 4))


def raw_public_key(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class PublicKeyHolder(Protocol):
    """Anything with the public half of a key: a public key file or a partner's own key file."""

    key_id: str
    public_key: bytes
    organisation: dict[str, Any]
    created_at: str


@dataclass(frozen=True)
class PublicKeyInfo:
    """A partner's public key file, as the secretariat reads it."""

    key_id: str
    public_key: bytes
    organisation: dict[str, Any]
    created_at: str

    @property
    def fingerprint(self) -> str:
        return format_fingerprint(self.key_id)


def public_key_document(key_file: PublicKeyHolder) -> dict[str, Any]:
    """The public key file's content (bundle-format.md, "Public key file")."""
    return {
        "format": PUBLIC_KEY_FORMAT,
        "format_version": PUBLIC_KEY_FORMAT_VERSION,
        "alg": ALG,
        "key_id": key_file.key_id,
        "public_key": b64encode(key_file.public_key),
        "organisation": {
            "name": key_file.organisation["name"],
            "email": key_file.organisation.get("email"),
        },
        "created_at": key_file.created_at,
    }


def parse_public_key_file(data: bytes) -> PublicKeyInfo:
    """Read a public key file strictly; ``KeyFileError`` says what is wrong."""
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileError("not a public key file (far too large)")
    try:
        value = strictjson.loads(data)
    except strictjson.StrictJSONError as error:
        raise KeyFileError(f"not a public key file (not JSON: {error})") from None
    members = {"format", "format_version", "alg", "key_id", "public_key", "organisation", "created_at"}
    if not isinstance(value, dict) or value.get("format") != PUBLIC_KEY_FORMAT:
        raise KeyFileError(f"not a public key file (format must be {PUBLIC_KEY_FORMAT!r})")
    if set(value) != members or type(value["format_version"]) is not int or value["format_version"] != 1:
        raise KeyFileError(
            "unsupported public key file: it must be version 1 with exactly the members "
            + ", ".join(sorted(members))
        )
    if value["alg"] != ALG:
        raise KeyFileError(f"the key must be an ed25519 key, not {value['alg']!r}")
    public_key = b64decode_exact(value["public_key"], 32)
    if public_key is None:
        raise KeyFileError("the public key is not 32 bytes of standard base64")
    if value["key_id"] != key_id_of(public_key):
        raise KeyFileError("the key_id does not match the public key")
    from cardentry.base.validation import validate  # the schema only when a key file is read
    from cardentry.bundleformat.models import Organisation

    organisation, problems = validate(Organisation, value["organisation"])
    if problems:
        raise KeyFileError("; ".join(f"organisation {problem}" for problem in problems))
    if not isinstance(value["created_at"], str):
        raise KeyFileError("created_at must be a string")
    return PublicKeyInfo(value["key_id"], public_key, organisation.model_dump(), value["created_at"])
