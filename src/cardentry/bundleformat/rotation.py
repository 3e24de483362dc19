"""Key rotation statements: a partner's new key, signed by its old key, succeeds it.

The partner (``cardentry.partner.rotation``) writes a *rotation statement*
(``<org-slug>-<new key_id>.cpcrotate.json``) with the new public key file beside it::

    {"format": "cardentry.key-rotation", "format_version": 1,
     "old_key_id": "...", "old_public_key": "<base64>",
     "new_key": {<the new public key file, exactly as keyfile.public_key_document makes it>},
     "rotated_at": "YYYY-MM-DDTHH:MM:SSZ",
     "signatures": {"old": "<base64>", "new": "<base64>"}}

Both signatures are Ed25519 over the RFC 8785 canonical bytes of the statement without
``signatures`` (``signed_bytes``): the old key authorises its successor, the new key
proves it is held. The ``format`` member differs from a bundle's, so a signature over a
statement can never pass for a bundle's or the other way round.

``read_statement`` reads a statement strictly (size, strict JSON, exact members,
canonical base64, both signatures) and raises ``RotationRefused`` saying why. What the
secretariat does with it (the old key must be trusted) is ``cardentry.secretariat.trust.accept_rotation``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry.base import strictjson
from cardentry.base.errors import CardentryError
from cardentry.bundleformat.envelope import slugify
from cardentry.bundleformat.keyfile import (
    MAX_KEY_FILE_BYTES,
    KeyFileError,
    PublicKeyHolder,
    PublicKeyInfo,
    b64decode_exact,
    b64encode,
    key_id_of,
    parse_public_key_file,
    public_key_document,
    raw_public_key,
)

if TYPE_CHECKING:  # the trust store's reads need no crypto library (issue 18)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

FORMAT = "cardentry.key-rotation"
FORMAT_VERSION = 1
SUFFIX = ".cpcrotate.json"
MEMBERS = ("format", "format_version", "old_key_id", "old_public_key", "new_key", "rotated_at", "signatures")
MAX_STATEMENT_BYTES = MAX_KEY_FILE_BYTES
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")


class RotationRefused(CardentryError, ValueError):
    """A rotation statement that is malformed or whose signatures do not hold."""


def signed_bytes(statement: dict[str, Any]) -> bytes:
    """The RFC 8785 canonical bytes of the statement without its ``signatures`` member."""
    import rfc8785  # loaded when a statement is signed or read, not with the trust store

    return rfc8785.dumps({name: statement[name] for name in MEMBERS if name != "signatures"})


def make_statement(
    old_key: Ed25519PrivateKey,
    new_key: Ed25519PrivateKey,
    new_key_file: PublicKeyHolder,
    *,
    rotated_at: str,
) -> dict[str, Any]:
    """The rotation statement from ``old_key`` to ``new_key`` (``new_key_file``), signed by both."""
    old_public = raw_public_key(old_key)
    if raw_public_key(new_key) != new_key_file.public_key:
        raise ValueError("the new key file does not hold the new key")
    statement: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "old_key_id": key_id_of(old_public),
        "old_public_key": b64encode(old_public),
        "new_key": public_key_document(new_key_file),
        "rotated_at": rotated_at,
    }
    to_sign = signed_bytes(statement)
    statement["signatures"] = {
        "old": b64encode(old_key.sign(to_sign)),
        "new": b64encode(new_key.sign(to_sign)),
    }
    return statement


def encode_statement(statement: dict[str, Any]) -> bytes:
    """The statement file's bytes: readable JSON (only the canonical bytes are signed)."""
    return (json.dumps(statement, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def statement_file_name(organisation: str, new_key_id: str) -> str:
    return f"{slugify(organisation)}-{new_key_id}{SUFFIX}"


# --- reading -----------------------------------------------------------


@dataclass(frozen=True)
class RotationStatement:
    """A statement whose form and both signatures were checked (not yet its trust)."""

    old_key_id: str
    old_public_key: bytes
    new_key: PublicKeyInfo
    rotated_at: str
    signed_bytes: bytes

    @property
    def new_key_id(self) -> str:
        return self.new_key.key_id


def _verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature  # loaded when a statement is read
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def read_statement(data: bytes) -> RotationStatement:
    """Check a rotation statement's form and both signatures; ``RotationRefused`` says why."""
    import rfc8785  # loaded when a statement is read, not with the trust store

    if len(data) > MAX_STATEMENT_BYTES:
        raise RotationRefused(f"not a key rotation statement (more than {MAX_STATEMENT_BYTES} bytes)")
    try:
        value = strictjson.loads(data)
    except strictjson.StrictJSONError as error:
        raise RotationRefused(f"not a key rotation statement (not valid JSON: {error})") from None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise RotationRefused(f"not a key rotation statement (format must be {FORMAT!r})")
    if type(value.get("format_version")) is not int or value["format_version"] != FORMAT_VERSION:
        raise RotationRefused(
            f"key rotation statement version {value.get('format_version')!r} is not supported "
            f"(this app reads version {FORMAT_VERSION})"
        )
    if set(value) != set(MEMBERS):
        raise RotationRefused("the statement must hold exactly the members " + ", ".join(MEMBERS))
    old_public_key = b64decode_exact(value["old_public_key"], 32)
    if old_public_key is None:
        raise RotationRefused("the old public key is not 32 bytes of padded standard base64")
    if value["old_key_id"] != key_id_of(old_public_key):
        raise RotationRefused("old_key_id does not match the old public key")
    if not isinstance(value["new_key"], dict):
        raise RotationRefused("new_key is not a public key file")
    try:
        new_key = parse_public_key_file(json.dumps(value["new_key"], ensure_ascii=False).encode("utf-8"))
    except KeyFileError as error:
        raise RotationRefused(f"new_key: {error}") from None
    if public_key_document(new_key) != value["new_key"]:
        raise RotationRefused("new_key is not a public key file as cardentry writes it")
    if new_key.public_key == old_public_key:
        raise RotationRefused("the new key is the old key")
    rotated_at = value["rotated_at"]
    if not isinstance(rotated_at, str) or not _TIME.fullmatch(rotated_at):
        raise RotationRefused("rotated_at must be a UTC time YYYY-MM-DDTHH:MM:SSZ")
    try:
        datetime.strptime(rotated_at, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise RotationRefused("rotated_at is not a real date and time") from None
    signatures = value["signatures"]
    if not isinstance(signatures, dict) or set(signatures) != {"old", "new"}:
        raise RotationRefused("signatures must be an object of exactly old and new")
    old_signature = b64decode_exact(signatures["old"], 64)
    new_signature = b64decode_exact(signatures["new"], 64)
    if old_signature is None or new_signature is None:
        raise RotationRefused("a signature is not 64 bytes of padded standard base64")
    try:
        to_verify = signed_bytes(value)
    except (rfc8785.CanonicalizationError, ValueError) as error:
        raise RotationRefused(f"the signed bytes cannot be formed: {error}") from None
    if not _verify(old_public_key, old_signature, to_verify):
        raise RotationRefused(
            "the old key's signature does not match: the statement was changed, "
            "or the old key did not sign it"
        )
    if not _verify(new_key.public_key, new_signature, to_verify):
        raise RotationRefused(
            "the new key's signature does not match: the statement was changed, "
            "or the new key did not sign it"
        )
    return RotationStatement(value["old_key_id"], old_public_key, new_key, rotated_at, to_verify)


def read_statement_file(path: Path) -> RotationStatement:
    """``read_statement`` on a file; ``OSError`` (missing, unreadable) is left to the caller."""
    with Path(path).open("rb") as handle:
        return read_statement(handle.read(MAX_STATEMENT_BYTES + 1))
