"""Key rotation, the partner side: a new key, signed over by the old one, replaces it.

``rotate_profile_key`` makes a new Ed25519 key, keeps the old encrypted key file as
``keys/retired-<old key_id>.json`` (never deleted), makes the new key the profile's key
and writes the rotation statement (``cardentry.bundleformat.rotation``) with the new
public key file beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cardentry.base.atomic import write_atomically
from cardentry.bundleformat.rotation import encode_statement, make_statement, statement_file_name
from cardentry.partner.export import output_path
from cardentry.storage import keys
from cardentry.storage.keys import KeyFile


def retired_key_path(root: Path, key_id: str) -> Path:
    return keys.key_path(root).with_name(f"retired-{key_id}.json")


@dataclass(frozen=True)
class RotationResult:
    old_key: KeyFile
    new_key: KeyFile
    statement_path: Path
    public_key_path: Path
    retired_path: Path


def rotate_profile_key(
    root: Path,
    passphrase: str,
    out: str | Path,
    *,
    new_passphrase: str | None = None,
    organisation: dict[str, Any] | None = None,
    rotated_at: str | None = None,
) -> RotationResult:
    """Replace the profile's key by a new one, signed over by the old; write the statement.

    ``WrongPassphrase`` (and ``PassphraseTooShort`` for a short ``new_passphrase``) before
    anything is written. Order: the old key file is copied to ``keys/retired-<id>.json``,
    the statement and the new public key file are written to ``out`` (a file or folder),
    and only then does the new key replace ``keys/signing-key.json``; a crash before that
    last step leaves the profile on its old key (a statement for a key nobody holds is
    harmless: the old key stays trusted).
    """
    old_file = keys.load_profile_key(root)
    old_key = old_file.unlock(passphrase)
    new_passphrase = passphrase if new_passphrase is None else new_passphrase
    if new_passphrase != passphrase:
        keys.check_new_passphrase(new_passphrase)
    organisation = organisation or old_file.organisation
    new_key = Ed25519PrivateKey.generate()
    new_file = keys.encrypt_key(new_key, new_passphrase, organisation=organisation)
    statement = make_statement(old_key, new_key, new_file, rotated_at=rotated_at or keys.utc_now_seconds())

    retired = keys.save_key_file(retired_key_path(root, old_file.key_id), old_file)
    statement_path = output_path(out, statement_file_name(organisation["name"], new_file.key_id))
    write_atomically(statement_path, encode_statement(statement))
    public_key_path = keys.write_public_key_file(statement_path.parent, new_file)
    keys.save_key_file(keys.key_path(root), new_file)
    return RotationResult(old_file, new_file, statement_path, public_key_path, retired)
