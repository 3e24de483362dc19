"""Sealed files: a v1 card bundle encrypted so that only the secretariat can read it.

network-format.md, "Cryptography" and "Sealed file", is the contract. Sealing is HPKE
(RFC 9180) base mode, single shot, with the X-Wing KEM (ML-KEM-768 + X25519),
HKDF-SHA256 and ChaCha20-Poly1305, all from ``cryptography.hazmat.primitives.hpke``:
nothing here is cryptography written by hand. ``info`` is ``cardentry.sealed/1 <recipient>``;
there is no AAD. The plaintext is the exact bytes of one bundle file, so the signature
inside still says who wrote it; the outer file is not signed.

An X-Wing private key is kept as its 32-byte seed: SHAKE-256(seed, 96 bytes) gives the
ML-KEM-768 seed (bytes 0-63) and the X25519 private key (bytes 64-95)
(``sealing_private_key``). Its public key is the 1,184-byte ML-KEM encapsulation key
followed by the 32-byte X25519 public key.

``seal_bundle`` makes a sealed file; ``unseal`` runs checks 1-3 and S1-S3 on a file and
returns the inner bytes, on which the caller runs checks 1-11 (S4): a sealed file inside
a sealed file then fails check 3 as ``unsupported_format``. A plain bundle passes
through ``unseal`` untouched (``sealed`` False).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from cardentry.base import strictjson
from cardentry.bundleformat.envelope import BUNDLE_SUFFIX
from cardentry.bundleformat.keyfile import b64decode_exact, b64encode, key_id_of

SEALED_FORMAT = "cardentry.sealed"
SEALED_FORMAT_VERSION = 1
SUITE_NAME = "x-wing/hkdf-sha256/chacha20-poly1305"
SEALED_MEMBERS = ("format", "format_version", "recipient", "suite", "sealed")
SEALED_SUFFIX = ".sealed" + BUNDLE_SUFFIX
KEM_NAME, KDF_NAME, AEAD_NAME = SUITE_NAME.split("/")
SEED_BYTES = 32
PUBLIC_KEY_BYTES = 1184 + 32
ENC_BYTES = 1120
TAG_BYTES = 16
MAX_SEALED_BYTES = 7 * 1024 * 1024
MAX_PLAINTEXT_BYTES = 5 * 1024 * 1024
REASONS = ("not_for_us", "cannot_decrypt", "not_sealed")
"""Reason codes of sealed files beyond checks 1-6 (``not_sealed``: a plain bundle where
sealing is required)."""

SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
SealingPrivateKey = hpke.MLKEM768X25519PrivateKey
SealingPublicKey = hpke.MLKEM768X25519PublicKey


# --- keys -------------------------------------------------------------------------------


def _expand(seed: bytes) -> tuple[mlkem.MLKEM768PrivateKey, x25519.X25519PrivateKey]:
    if len(seed) != SEED_BYTES:
        raise ValueError(f"an X-Wing seed is {SEED_BYTES} bytes, not {len(seed)}")
    expanded = hashlib.shake_256(seed).digest(96)
    return (
        mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]),
        x25519.X25519PrivateKey.from_private_bytes(expanded[64:]),
    )


def sealing_private_key(seed: bytes) -> SealingPrivateKey:
    """The X-Wing private key of a 32-byte seed."""
    return hpke.MLKEM768X25519PrivateKey(*_expand(seed))


def sealing_public_bytes(seed: bytes) -> bytes:
    """The 1,216-byte X-Wing public key of a seed (ML-KEM-768 key, then X25519 key)."""
    mlkem_key, x25519_key = _expand(seed)
    return mlkem_key.public_key().public_bytes_raw() + x25519_key.public_key().public_bytes_raw()


def sealing_public_key(public_bytes: bytes) -> SealingPublicKey:
    """The X-Wing public key of its 1,216 raw bytes; ``ValueError`` if they are not one."""
    if len(public_bytes) != PUBLIC_KEY_BYTES:
        raise ValueError(f"an X-Wing public key is {PUBLIC_KEY_BYTES} bytes, not {len(public_bytes)}")
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(public_bytes[:1184]),
        x25519.X25519PublicKey.from_public_bytes(public_bytes[1184:]),
    )


def new_sealing_seed() -> bytes:
    """A fresh random seed for a new sealing key."""
    return os.urandom(SEED_BYTES)


def info_for(recipient: str) -> bytes:
    """HPKE ``info``: ``cardentry.sealed/1 <recipient key_id>``."""
    return f"{SEALED_FORMAT}/{SEALED_FORMAT_VERSION} {recipient}".encode("ascii")


# --- sealing ----------------------------------------------------------------------------


def sealed_file_name(bundle_name: str) -> str:
    """``THA-2012-x-r3.cpc.json`` -> ``THA-2012-x-r3.sealed.cpc.json``."""
    if bundle_name.endswith(SEALED_SUFFIX):
        return bundle_name
    stem = bundle_name.removesuffix(BUNDLE_SUFFIX)
    return stem + SEALED_SUFFIX


def seal_document(plaintext: bytes, recipient_public_key: bytes) -> dict[str, Any]:
    """The sealed file's object for ``plaintext``, readable only with the recipient's key."""
    if len(plaintext) > MAX_PLAINTEXT_BYTES:
        raise ValueError(f"a sealed file's plaintext is at most 5 MiB, not {len(plaintext):,} bytes")
    recipient = key_id_of(recipient_public_key)
    sealed = SUITE.encrypt(plaintext, sealing_public_key(recipient_public_key), info=info_for(recipient))
    return {
        "format": SEALED_FORMAT,
        "format_version": SEALED_FORMAT_VERSION,
        "recipient": recipient,
        "suite": SUITE_NAME,
        "sealed": b64encode(sealed),
    }


def seal_bundle(plaintext: bytes, recipient_public_key: bytes) -> bytes:
    """The sealed file's bytes (readable JSON, as bundles are)."""
    document = seal_document(plaintext, recipient_public_key)
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


# --- opening ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Unsealed:
    """The outcome of checks 1-3 and S1-S3 for one file.

    ``ok``: ``bundle`` holds the bytes to run checks 1-11 on (the plaintext of a sealed
    file, or the file itself when it is plain). Otherwise ``reason``/``detail`` say why.
    """

    sealed: bool
    ok: bool
    bundle: bytes | None = None
    reason: str | None = None
    detail: str = ""
    recipient: str | None = None
    parsed: strictjson.Parsed | None = None  # a plain file's strict parse, for verify_bundle


def _may_be_sealed(data: bytes) -> bool:
    """False only when the bytes cannot spell ``"format": "cardentry.sealed"`` (no literal
    ``sealed`` and no ``\\u`` escape that could write it): a cheap test before parsing."""
    return b"sealed" in data or b"\\u" in data


def looks_sealed(value: object) -> bool:
    return isinstance(value, dict) and value.get("format") == SEALED_FORMAT


def sealed_recipient(data: bytes) -> str | None:
    """The ``recipient`` of a sealed file (``None`` if ``data`` is not one): for telling a
    person what a file they cannot open is."""
    if len(data) > MAX_SEALED_BYTES or not _may_be_sealed(data):
        return None
    try:
        value = strictjson.loads(data)
    except strictjson.StrictJSONError:
        return None
    if not looks_sealed(value) or not isinstance(value.get("recipient"), str):  # type: ignore[union-attr]
        return None
    return str(value["recipient"])[:64]  # type: ignore[index]


def sealed_file_recipient(path: str | os.PathLike[str]) -> str | None:
    """``sealed_recipient`` of a file (``None`` when it cannot be read): what ``verify`` and
    "Open with" tell a person about a file only the secretariat can open."""
    try:
        with open(path, "rb") as handle:
            return sealed_recipient(handle.read(MAX_SEALED_BYTES + 1))
    except OSError:
        return None


def unseal(data: bytes, keyring: Mapping[str, SealingPrivateKey] | None) -> Unsealed:
    """Open ``data`` if it is a sealed file for one of ``keyring``'s keys (by key_id); never raises.

    A plain file (any file whose ``format`` is not ``cardentry.sealed``, or that is not
    JSON at all within 5 MiB) comes back as it is, for ``verify_bundle`` to judge.
    """
    if len(data) > MAX_SEALED_BYTES:
        return Unsealed(
            sealed=False,
            ok=False,
            reason="too_large",
            detail=f"the file is {len(data):,} bytes; a sealed file is at most 7 MiB",
        )
    try:  # parsed once: a plain bundle hands its parse on to verify_bundle
        parsed = strictjson.parse(data)
    except strictjson.StrictJSONError as error:
        if len(data) > MAX_PLAINTEXT_BYTES and _may_be_sealed(data):
            return Unsealed(
                sealed=False,
                ok=False,
                reason="malformed_json",
                detail=f"not a valid bundle file: {error}",
            )
        return Unsealed(sealed=False, ok=True, bundle=data)  # verify_bundle says why
    value = parsed.value
    if not looks_sealed(value):
        return Unsealed(sealed=False, ok=True, bundle=data, parsed=parsed)
    assert isinstance(value, dict)
    return _open(value, keyring)


def _open(value: dict[str, Any], keyring: Mapping[str, SealingPrivateKey] | None) -> Unsealed:
    # S1: exactly the members, version 1, the one suite
    version = value.get("format_version")
    if type(version) is not int or version != SEALED_FORMAT_VERSION:
        return Unsealed(
            sealed=True,
            ok=False,
            reason="unsupported_format",
            detail=f"sealed file version {version!r} is not supported (this app reads version 1); "
            "a newer cardentry may read it",
        )
    if set(value) != set(SEALED_MEMBERS):
        extra = sorted(set(value) - set(SEALED_MEMBERS))
        missing = sorted(set(SEALED_MEMBERS) - set(value))
        return Unsealed(
            sealed=True,
            ok=False,
            reason="unsupported_format",
            detail=f"a sealed file holds exactly {', '.join(SEALED_MEMBERS)} "
            f"(missing: {', '.join(missing) or '-'}; unexpected: {', '.join(extra) or '-'})",
        )
    if value["suite"] != SUITE_NAME:
        return Unsealed(
            sealed=True,
            ok=False,
            reason="unsupported_format",
            detail=f"the file is sealed with {value['suite']!r}; this app reads {SUITE_NAME!r} only",
        )
    recipient = value["recipient"]
    if not isinstance(recipient, str):
        return Unsealed(
            sealed=True, ok=False, reason="unsupported_format", detail="recipient is not a string"
        )
    # S2: one of our sealing keys
    private_key = (keyring or {}).get(recipient)
    if private_key is None:
        return Unsealed(
            sealed=True,
            ok=False,
            reason="not_for_us",
            recipient=recipient,
            detail=(
                f"the file is sealed for key {recipient[:64]!r}, which is not a sealing key of this "
                "secretariat (the partner may have an old or another network's key file)"
            ),
        )
    # S3: canonical base64, long enough, and HPKE opens it
    sealed = b64decode_exact(value["sealed"])
    if sealed is None or len(sealed) <= ENC_BYTES + TAG_BYTES:
        return Unsealed(
            sealed=True,
            ok=False,
            reason="cannot_decrypt",
            recipient=recipient,
            detail="the sealed content is not canonical base64 of at least 1,137 bytes",
        )
    try:
        plaintext = SUITE.decrypt(sealed, private_key, info=info_for(recipient))
    except (InvalidTag, ValueError):
        return Unsealed(
            sealed=True,
            ok=False,
            reason="cannot_decrypt",
            recipient=recipient,
            detail="the sealed content does not open with this secretariat's key: it was changed or damaged "
            "on its way; ask the partner to send the file again",
        )
    if len(plaintext) > MAX_PLAINTEXT_BYTES:
        return Unsealed(
            sealed=True,
            ok=False,
            reason="too_large",
            recipient=recipient,
            detail=f"the sealed bundle is {len(plaintext):,} bytes; a bundle is at most 5 MiB",
        )
    return Unsealed(sealed=True, ok=True, bundle=plaintext, recipient=recipient)
