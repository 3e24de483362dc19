"""A partner's Ed25519 signing key: made, encrypted under a passphrase, backed up, restored.

The private key never touches the disk in plain text. Its 32-byte seed is encrypted with
AES-256-GCM under a key derived from the partner's passphrase by a memory-hard KDF:

* **Argon2id** (``cryptography.hazmat.primitives.kdf.argon2``) with the parameters of
  RFC 9106 section 4, second recommended option: 64 MiB of memory, 3 passes, 4 lanes.
  64 MiB fits the oldest laptops partners use, takes about a tenth of a second once per
  export, and makes each passphrase guess cost 64 MiB of memory for an attacker with a
  stolen laptop or an e-mailed backup (which is why it is memory-hard: GPUs and ASICs
  gain little).
* **scrypt** (N=2^17, r=8, p=1: 128 MiB, the OWASP setting) where the installed
  OpenSSL has no Argon2.

The parameters used are written into the key file, so a file keeps opening after the
defaults change; ``change_passphrase`` re-encrypts with the current defaults. Files with
absurd parameters (a hostile backup) are refused before any work is done.

The passphrase is normalised to Unicode NFC before use, so the same passphrase typed on
macOS and on Windows opens the same file. The AES-GCM associated data binds the
ciphertext to the file's ``key_id`` and ``public_key``; after decryption the public key
is derived again from the seed and compared, so a key file whose public half was
swapped never signs.

Key file (``keys/signing-key.json`` in the profile folder, mode 0600)::

    {"format": "cardentry.private-key", "format_version": 1, "alg": "ed25519",
     "key_id": "...", "public_key": "<base64>", "organisation": {"name", "email"},
     "created_at": "YYYY-MM-DDTHH:MM:SSZ",
     "kdf": {"name": "argon2id", "salt": "<base64>", "memory_cost": 65536, ...},
     "cipher": {"name": "aes-256-gcm", "nonce": "<base64>"},
     "ciphertext": "<base64 of the encrypted seed and GCM tag>"}

A backup (``key backup``) is this same file, still encrypted.

The same file format, with ``"alg": "x-wing"`` and the 1,216-byte X-Wing public key, holds
a secretariat's sealing key (its 32-byte seed, network-format.md): ``encrypt_seed`` and
``KeyFile.unlock_seed`` are shared, ``storage.network_keys`` uses them. A partner's own
sealing key (feedback from the secretariat is sealed to it) is such a key file too, kept in
the profile setting ``sealing_key`` (``ensure_sealing_key``: made with the signing key, or at
the first unlock of a profile made before feedback existed).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as _dt
import json
import os
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from cardentry.base import strictjson
from cardentry.base.atomic import write_atomically
from cardentry.base.errors import CardentryError
from cardentry.bundleformat.envelope import slugify
from cardentry.bundleformat.keyfile import (
    ALG,
    MAX_KEY_FILE_BYTES,
    PUBLIC_KEY_FORMAT,
    KeyFileError,
    b64decode_exact,
    b64encode,
    format_fingerprint,
    key_id_of,
    public_key_document,
    raw_public_key,
)
from cardentry.bundleformat.sealed import (
    SealingPrivateKey,
    new_sealing_seed,
    sealing_private_key,
    sealing_public_bytes,
)
from cardentry.storage.paths import ProfilePaths
from cardentry.storage.store import Store

KEY_FILE_FORMAT = "cardentry.private-key"
FORMAT_VERSION = 1
MIN_PASSPHRASE_LENGTH = 8
SEALING_KEY_SETTING = "sealing_key"
"""The partner profile setting holding its encrypted X-Wing sealing key file (feedback is sealed to it)."""
BACKED_UP_SETTING = "key_backed_up_at"
"""The profile setting holding when the key was last backed up (``None``: never)."""

ARGON2ID_PARAMS: dict[str, int] = {"memory_cost": 64 * 1024, "iterations": 3, "lanes": 4}
"""RFC 9106 section 4, second option: memory in KiB (64 MiB), passes, lanes."""
SCRYPT_PARAMS: dict[str, int] = {"n": 2**17, "r": 8, "p": 1}
"""Fallback when OpenSSL lacks Argon2: 128 MiB (128 * n * r bytes)."""

# Bounds a key file must respect before any derivation runs (a hostile file must not
# make the app allocate gigabytes or spin for hours).
_ARGON2_BOUNDS = {"memory_cost": (8, 1024 * 1024), "iterations": (1, 64), "lanes": (1, 64)}
_SCRYPT_BOUNDS = {"n": (2, 2**22), "r": (1, 32), "p": (1, 16)}
_SALT_BYTES = 16
_NONCE_BYTES = 12
SEALING_ALG = "x-wing"
PUBLIC_KEY_BYTES = {ALG: 32, SEALING_ALG: 1216}
"""The key kinds a key file may hold, with their public key sizes (both keep a 32-byte seed)."""


class WrongPassphrase(KeyFileError):
    """The passphrase does not open this key file."""


class PassphraseTooShort(CardentryError, ValueError):
    """A new passphrase shorter than ``MIN_PASSPHRASE_LENGTH``."""


# --- small helpers ------------------------------------------------------------------


def _seed_of(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def utc_now_seconds() -> str:
    """The current UTC time to the second, ``YYYY-MM-DDTHH:MM:SSZ`` (key files, rotation statements)."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_new_passphrase(passphrase: str) -> None:
    """Raise ``PassphraseTooShort`` for a new passphrase that is too short."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(
            f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters; "
            "a short sentence you can remember works well."
        )


def _passphrase_bytes(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


# --- the KDF ----------------------------------------------------------------------------


@cache
def argon2_available() -> bool:
    """Whether this ``cryptography``/OpenSSL build offers Argon2id."""
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"\0" * 16, length=32, iterations=1, lanes=1, memory_cost=8).derive(b"probe")
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


def default_kdf() -> dict[str, Any]:
    """The KDF description (without salt) used for new encryptions."""
    if argon2_available():
        return {"name": "argon2id", **ARGON2ID_PARAMS}
    return {"name": "scrypt", **SCRYPT_PARAMS}


def _check_kdf(kdf: object) -> dict[str, Any]:
    if not isinstance(kdf, dict):
        raise KeyFileError("the key file's kdf member is not an object")
    bounds = {"argon2id": _ARGON2_BOUNDS, "scrypt": _SCRYPT_BOUNDS}.get(kdf.get("name"))  # type: ignore[arg-type]
    if bounds is None:
        raise KeyFileError(f"the key file uses an unknown KDF {kdf.get('name')!r}")
    if set(kdf) != {"name", "salt", *bounds}:
        raise KeyFileError("the key file's kdf member has unexpected or missing parameters")
    for name, (low, high) in bounds.items():
        value = kdf[name]
        if type(value) is not int or not low <= value <= high:
            raise KeyFileError(f"the key file's KDF parameter {name} is out of range")
    if kdf["name"] == "scrypt" and kdf["n"] & (kdf["n"] - 1):
        raise KeyFileError("the key file's scrypt n is not a power of two")
    salt = b64decode_exact(kdf["salt"])
    if salt is None or len(salt) < 8:
        raise KeyFileError("the key file's KDF salt is not valid")
    return kdf


def derive_key(passphrase: str, kdf: dict[str, Any]) -> bytes:
    """The 32-byte AES key for ``passphrase`` under the KDF description ``kdf`` (with salt)."""
    kdf = _check_kdf(kdf)
    salt = base64.b64decode(kdf["salt"])
    secret = _passphrase_bytes(passphrase)
    if kdf["name"] == "argon2id":
        if not argon2_available():
            raise KeyFileError(
                "This key file is protected with Argon2id, which this installation's "
                "cryptography library does not offer. Install a newer cardentry."
            )
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(
            salt=salt,
            length=32,
            iterations=kdf["iterations"],
            lanes=kdf["lanes"],
            memory_cost=kdf["memory_cost"],
        ).derive(secret)
    return Scrypt(salt=salt, length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]).derive(secret)


# --- the key file -----------------------------------------------------------------------


@dataclass(frozen=True)
class KeyFile:
    """A parsed key file: the public half in clear, the seed encrypted."""

    key_id: str
    public_key: bytes
    organisation: dict[str, Any]
    created_at: str
    kdf: dict[str, Any]
    nonce: bytes
    ciphertext: bytes
    alg: str = ALG

    @property
    def fingerprint(self) -> str:
        return format_fingerprint(self.key_id)

    @property
    def public_key_b64(self) -> str:
        return b64encode(self.public_key)

    def _associated_data(self) -> bytes:
        return f"{KEY_FILE_FORMAT}/{FORMAT_VERSION}|{self.key_id}|{self.public_key_b64}".encode("ascii")

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": KEY_FILE_FORMAT,
            "format_version": FORMAT_VERSION,
            "alg": self.alg,
            "key_id": self.key_id,
            "public_key": self.public_key_b64,
            "organisation": dict(self.organisation),
            "created_at": self.created_at,
            "kdf": dict(self.kdf),
            "cipher": {"name": "aes-256-gcm", "nonce": b64encode(self.nonce)},
            "ciphertext": b64encode(self.ciphertext),
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse and check a key file; ``KeyFileError`` says what is wrong."""
        if len(data) > MAX_KEY_FILE_BYTES:
            raise KeyFileError("this is not a cardentry key file (it is far too large)")
        try:
            value = strictjson.loads(data)
        except strictjson.StrictJSONError as error:
            raise KeyFileError(f"this is not a cardentry key file (not JSON: {error})") from None
        expected = {
            "format",
            "format_version",
            "alg",
            "key_id",
            "public_key",
            "organisation",
            "created_at",
            "kdf",
            "cipher",
            "ciphertext",
        }
        if not isinstance(value, dict) or value.get("format") != KEY_FILE_FORMAT:
            hint = (
                " (it is a public key file: a backup is made with 'cardentry key backup')"
                if isinstance(value, dict) and value.get("format") == PUBLIC_KEY_FORMAT
                else ""
            )
            raise KeyFileError(f"this is not a cardentry private key file{hint}")
        if value.get("format_version") != FORMAT_VERSION or type(value.get("format_version")) is not int:
            raise KeyFileError("this key file was written by a newer cardentry; install the newer version")
        if set(value) != expected or value["alg"] not in PUBLIC_KEY_BYTES:
            raise KeyFileError("the key file has unexpected or missing members")
        public_key = b64decode_exact(value["public_key"], PUBLIC_KEY_BYTES[value["alg"]])
        cipher = value["cipher"]
        nonce = (
            b64decode_exact(cipher.get("nonce"), _NONCE_BYTES)
            if isinstance(cipher, dict)
            and cipher.get("name") == "aes-256-gcm"
            and set(cipher) == {"name", "nonce"}
            else None
        )
        ciphertext = b64decode_exact(value["ciphertext"], 32 + 16)
        organisation = value["organisation"]
        if public_key is None or nonce is None or ciphertext is None:
            raise KeyFileError("the key file's public key, nonce or ciphertext is damaged")
        if value["key_id"] != key_id_of(public_key):
            raise KeyFileError("the key file's key_id does not match its public key")
        if not isinstance(organisation, dict) or not isinstance(organisation.get("name"), str):
            raise KeyFileError("the key file's organisation is damaged")
        if not isinstance(value["created_at"], str):
            raise KeyFileError("the key file's created_at is damaged")
        return cls(
            key_id=value["key_id"],
            public_key=public_key,
            organisation=organisation,
            created_at=value["created_at"],
            kdf=_check_kdf(value["kdf"]),
            nonce=nonce,
            ciphertext=ciphertext,
            alg=value["alg"],
        )

    def unlock_seed(self, passphrase: str) -> bytes:
        """The 32-byte seed; ``WrongPassphrase`` if the passphrase does not open it.

        The caller derives the public key from it again and compares (``unlock`` does)."""
        aes_key = derive_key(passphrase, self.kdf)
        try:
            return AESGCM(aes_key).decrypt(self.nonce, self.ciphertext, self._associated_data())
        except InvalidTag:
            raise WrongPassphrase("The passphrase is wrong (or the key file was changed).") from None

    def unlock(self, passphrase: str) -> Ed25519PrivateKey:
        """The private key; ``WrongPassphrase`` if the passphrase does not open it."""
        if self.alg != ALG:
            raise KeyFileError(f"this key file holds an {self.alg} key, not a signing key")
        seed = self.unlock_seed(passphrase)
        private_key = Ed25519PrivateKey.from_private_bytes(seed)
        if raw_public_key(private_key) != self.public_key:
            raise KeyFileError("the key file's public key does not belong to its private key")
        return private_key

    def public_key_object(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_key)


def encrypt_key(
    private_key: Ed25519PrivateKey,
    passphrase: str,
    *,
    organisation: dict[str, Any],
    created_at: str | None = None,
) -> KeyFile:
    """A key file holding ``private_key`` encrypted under ``passphrase`` (current KDF)."""
    return encrypt_seed(
        _seed_of(private_key),
        raw_public_key(private_key),
        passphrase,
        organisation=organisation,
        created_at=created_at,
    )


def encrypt_seed(
    seed: bytes,
    public_key: bytes,
    passphrase: str,
    *,
    organisation: dict[str, Any],
    created_at: str | None = None,
    alg: str = ALG,
) -> KeyFile:
    """A key file holding a 32-byte ``seed`` (of an ``alg`` key whose public half is
    ``public_key``) encrypted under ``passphrase`` with the current KDF."""
    kdf = {**default_kdf(), "salt": b64encode(os.urandom(_SALT_BYTES))}
    draft = KeyFile(
        key_id=key_id_of(public_key),
        public_key=public_key,
        organisation={"name": organisation["name"], "email": organisation.get("email")},
        created_at=created_at or utc_now_seconds(),
        kdf=kdf,
        nonce=os.urandom(_NONCE_BYTES),
        ciphertext=b"",
        alg=alg,
    )
    ciphertext = AESGCM(derive_key(passphrase, kdf)).encrypt(draft.nonce, seed, draft._associated_data())
    return replace(draft, ciphertext=ciphertext)


def generate_key(passphrase: str, *, organisation: dict[str, Any]) -> KeyFile:
    """A new Ed25519 key, encrypted under ``passphrase`` (checked for length first)."""
    check_new_passphrase(passphrase)
    return encrypt_key(Ed25519PrivateKey.generate(), passphrase, organisation=organisation)


def reencrypt(key_file: KeyFile, old_passphrase: str, new_passphrase: str) -> KeyFile:
    """The same key under a new passphrase (new salt and nonce, current KDF defaults)."""
    check_new_passphrase(new_passphrase)
    private_key = key_file.unlock(old_passphrase)
    return encrypt_key(
        private_key, new_passphrase, organisation=key_file.organisation, created_at=key_file.created_at
    )


# --- the key file in a profile folder ---------------------------------------------------


def key_path(root: Path) -> Path:
    return ProfilePaths(root).signing_key


def has_key(root: Path) -> bool:
    return key_path(root).is_file()


def read_key_file(path: Path) -> KeyFile:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileError(f"No key file at {path}.") from None
    except OSError as error:
        raise KeyFileError(f"Cannot read {path}: {error.strerror}") from None
    try:
        return KeyFile.from_bytes(data)
    except KeyFileError as error:
        raise KeyFileError(f"{path}: {error}") from None


def load_profile_key(root: Path) -> KeyFile:
    """The profile's key file; ``KeyFileError`` (with what to do) if it has none."""
    path = key_path(root)
    if not path.is_file():
        raise KeyFileError(
            f"This profile has no signing key ({path} is missing). Restore your backup with "
            "'cardentry key restore FILE' or make a new key with 'cardentry key create' "
            "(a new key must be registered with the secretariat again)."
        )
    return read_key_file(path)


def save_key_file(path: Path, key_file: KeyFile) -> Path:
    """Write a key file atomically, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # e.g. a folder on a FAT USB stick
        os.chmod(path.parent, 0o700)
    return write_atomically(path, key_file.to_bytes(), mode=0o600)


def create_profile_key(root: Path, passphrase: str, *, organisation: dict[str, Any]) -> KeyFile:
    """Make and store the profile's key; ``KeyFileError`` if it already has one."""
    path = key_path(root)
    if path.exists():
        raise KeyFileError(f"This profile already has a signing key ({path}); nothing was changed.")
    key_file = generate_key(passphrase, organisation=organisation)
    save_key_file(path, key_file)
    return key_file


def change_passphrase(root: Path, old_passphrase: str, new_passphrase: str) -> KeyFile:
    """Re-encrypt the profile's key; a wrong old passphrase raises and writes nothing."""
    key_file = reencrypt(load_profile_key(root), old_passphrase, new_passphrase)
    save_key_file(key_path(root), key_file)
    return key_file


def backup_key(root: Path, out: Path) -> Path:
    """Copy the (still encrypted) key file to ``out`` (a file, or a folder to put it in)."""
    key_file = load_profile_key(root)
    if out.is_dir():
        out = out / f"cardentry-key-{key_file.key_id}.backup.json"
    return write_atomically(out, key_file.to_bytes(), mode=0o600)


def restore_key(root: Path, source: Path, passphrase: str, *, replace_existing: bool = False) -> KeyFile:
    """Install a backed-up key file after proving ``passphrase`` opens it.

    A profile that already holds a different key keeps it unless ``replace_existing``;
    even then the old file is kept beside it as ``signing-key.replaced-<key_id>.json``.
    """
    key_file = read_key_file(source)
    key_file.unlock(passphrase)  # WrongPassphrase before anything is written
    path = key_path(root)
    if path.exists():
        current = read_key_file(path)
        if current.key_id == key_file.key_id:
            return current
        if not replace_existing:
            raise KeyFileError(
                f"This profile already has another signing key ({format_fingerprint(current.key_id)}); "
                "nothing was changed. Use --replace to replace it (the old key file is kept)."
            )
        save_key_file(path.with_name(f"signing-key.replaced-{current.key_id}.json"), current)
    save_key_file(path, key_file)
    return key_file


def write_public_key_file(out: Path, key_file: KeyFile, sealing: KeyFile | None = None) -> Path:
    """Write the public key file atomically (version 2 with the ``sealing`` member when
    ``sealing`` is given, network-format.md); ``out`` may be a folder."""
    if out.is_dir():
        out = out / f"{slugify(key_file.organisation['name'])}.cpckey.json"
    document = public_key_document(key_file, None if sealing is None else sealing.public_key)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return write_atomically(out, text.encode("utf-8"))


# --- the partner's sealing key (feedback is sealed to it) -------------------------------


def load_sealing_key(store: Store) -> KeyFile | None:
    """The partner's sealing key file (kept, encrypted, in the profile setting
    ``SEALING_KEY_SETTING``, so the database backups keep it), or ``None`` when it has none yet."""
    document = store.get_setting(SEALING_KEY_SETTING)
    if document is None:
        return None
    key_file = KeyFile.from_bytes(json.dumps(document).encode("utf-8"))
    if key_file.alg != SEALING_ALG:
        raise KeyFileError("the profile's sealing key is not an X-Wing key")
    return key_file


def ensure_sealing_key(
    store: Store, passphrase: str, *, organisation: dict[str, Any]
) -> tuple[KeyFile, bool]:
    """(the partner's sealing key file, whether it was made now): an X-Wing seed encrypted
    under ``passphrase`` as the signing key is, made when missing (a profile made before
    feedback existed gets one at its first unlock). The caller checked the passphrase."""
    existing = load_sealing_key(store)
    if existing is not None:
        return existing, False
    seed = new_sealing_seed()
    key_file = encrypt_seed(
        seed, sealing_public_bytes(seed), passphrase, organisation=organisation, alg=SEALING_ALG
    )
    store.set_setting(SEALING_KEY_SETTING, key_file.to_dict())
    return key_file, True


def unlock_sealing_key(key_file: KeyFile, passphrase: str) -> SealingPrivateKey:
    """The X-Wing private key; ``WrongPassphrase`` if the passphrase does not open it."""
    seed = key_file.unlock_seed(passphrase)
    if sealing_public_bytes(seed) != key_file.public_key:
        raise KeyFileError("the sealing key file's public key does not belong to its private key")
    return sealing_private_key(seed)
