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
from typing import TYPE_CHECKING, Any, Protocol

import pybase64

from cardentry.base import strictjson
from cardentry.base.errors import CardentryError

if TYPE_CHECKING:  # the secretariat's dashboard reads fingerprints without the crypto library (issue 18)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PUBLIC_KEY_FORMAT = "cardentry.public-key"
PUBLIC_KEY_FORMAT_VERSION = 2
"""Written with a ``sealing`` member (network-format.md); version 1 files (no sealing key) are read too."""
PUBLIC_KEY_FORMAT_VERSIONS = (1, 2)
SEALING_MEMBERS = ("kem", "kdf", "aead", "key_id", "public_key")
SEALING_SUITE = ("x-wing", "hkdf-sha256", "chacha20-poly1305")
SEALING_PUBLIC_KEY_BYTES = 1184 + 32
ALG = "ed25519"
MAX_KEY_FILE_BYTES = 64 * 1024


class KeyFileError(CardentryError):
    """The key file is missing, unreadable or not a cardentry key file; the message says which."""


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode_exact(text: object, length: int | None = None) -> bytes | None:
    """Strict standard base64 (padded, canonical); ``None`` if ``text`` is not exactly that.

    ``pybase64`` (SIMD; a sealed full card's 800 KB in 0.03 ms where the standard
    library takes 1 ms, issue 18) with ``validate`` refuses any character outside the
    alphabet and misplaced padding; a text of the canonical length that it accepts can
    then differ from the canonical spelling of the same bytes only in the unused bits of
    a padded last group, so that group alone is compared with its canonical form (the
    whole value re-encoded took as long as the standard library's decoding).
    ``tests/bundleformat/test_base64.py`` holds it to decoding with the standard library
    and comparing the whole re-encoded value, with hypothesis.
    """
    if not isinstance(text, str) or not text.isascii():
        return None
    try:
        data = pybase64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(text) != 4 * ((len(data) + 2) // 3):  # a stray "=" or missing padding
        return None
    padded = len(data) % 3  # the bytes of a last group that has padding (none: 0)
    if padded and b64encode(data[-padded:]) != text[-4:]:  # refuse non-canonical spellings
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
    from cryptography.hazmat.primitives import serialization  # loaded with the key it serialises

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
    sealing_public_key: bytes | None = None
    format_version: int = 1

    @property
    def fingerprint(self) -> str:
        return format_fingerprint(self.key_id)

    @property
    def sealing_key_id(self) -> str | None:
        return None if self.sealing_public_key is None else key_id_of(self.sealing_public_key)


def sealing_member(sealing_public_key: bytes) -> dict[str, Any]:
    """The ``sealing`` member of a version 2 public key file (shaped as the network key file's)."""
    kem, kdf, aead = SEALING_SUITE
    return {
        "kem": kem,
        "kdf": kdf,
        "aead": aead,
        "key_id": key_id_of(sealing_public_key),
        "public_key": b64encode(sealing_public_key),
    }


def public_key_document(key_file: PublicKeyHolder, sealing_public_key: bytes | None = None) -> dict[str, Any]:
    """The public key file's content (bundle-format.md, "Public key file"): version 2 with a
    ``sealing`` member when the partner has a sealing key (network-format.md), else version 1."""
    document = {
        "format": PUBLIC_KEY_FORMAT,
        "format_version": 1 if sealing_public_key is None else PUBLIC_KEY_FORMAT_VERSION,
        "alg": ALG,
        "key_id": key_file.key_id,
        "public_key": b64encode(key_file.public_key),
        "organisation": {
            "name": key_file.organisation["name"],
            "email": key_file.organisation.get("email"),
        },
        "created_at": key_file.created_at,
    }
    if sealing_public_key is not None:
        document["sealing"] = sealing_member(sealing_public_key)
    return document


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
    version = value.get("format_version")
    if type(version) is int and version == 2:
        members = {*members, "sealing"}
    if set(value) != members or type(version) is not int or version not in PUBLIC_KEY_FORMAT_VERSIONS:
        raise KeyFileError(
            "unsupported public key file: it must be version 1 or 2 with exactly the members "
            + ", ".join(sorted(members))
        )
    sealing_public_key = _sealing_public_key(value["sealing"]) if version == 2 else None
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
    return PublicKeyInfo(
        value["key_id"],
        public_key,
        organisation.model_dump(),
        value["created_at"],
        sealing_public_key=sealing_public_key,
        format_version=version,
    )


def _sealing_public_key(sealing: object) -> bytes:
    if not isinstance(sealing, dict) or set(sealing) != set(SEALING_MEMBERS):
        raise KeyFileError(f"the sealing member must be an object of exactly {', '.join(SEALING_MEMBERS)}")
    if (sealing["kem"], sealing["kdf"], sealing["aead"]) != SEALING_SUITE:
        raise KeyFileError(f"the sealing key must be {'/'.join(SEALING_SUITE)}")
    public_key = b64decode_exact(sealing["public_key"], SEALING_PUBLIC_KEY_BYTES)
    if public_key is None or sealing["key_id"] != key_id_of(public_key):
        raise KeyFileError(
            f"the sealing key is not {SEALING_PUBLIC_KEY_BYTES:,} bytes of base64 matching its key_id"
        )
    return public_key
