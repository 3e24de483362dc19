"""The network's keys: the secretariat's signing and sealing keys, and the partner's accepted copy.

network-format.md. The **secretariat** (``init_network``) has two private keys, both kept
in its profile's ``keys/`` folder as ``storage.keys`` key files, encrypted under its
passphrase with the same KDF and cipher as a partner's signing key:

* ``network-signing-key.json``: Ed25519, signs the network key file;
* ``sealing-key.json``: X-Wing, stored as its 32-byte seed; partners seal cards to it.
  ``rotate_sealing_key`` replaces it and keeps the old one as
  ``sealing-key.retired-<key_id>.json``: files sealed to it still open
  (``unlock_keyring`` opens them all).

Losing the sealing key means no card sealed to it can ever be read: ``backup_network``
writes every key file (still encrypted) into one backup file, ``restore_network`` puts
them back. ``network_key`` makes the self-signed network key file to publish.

The **partner** keeps the network key file it accepted (``accept_network_key``) in the
profile setting ``network_key``, as the exact document; ``classify`` says whether a file is
new, the same, the network's newer key (same signing key, later ``created_at``: accepted
without a new phone check), an older one, or another network's. A network key file
shipped in the installer (``bundled_network_key``: ``resources/network/*.cpcnet.json``)
is accepted when a partner profile is made.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cardentry.base import strictjson
from cardentry.base.atomic import write_atomically
from cardentry.base.resources import resource
from cardentry.bundleformat.keyfile import KeyFileError, format_fingerprint
from cardentry.bundleformat.networkkey import (
    NETWORK_KEY_SUFFIX,
    NetworkKey,
    NetworkKeyError,
    make_network_key,
    parse_document,
    parse_network_key,
)
from cardentry.bundleformat.sealed import (
    SealingPrivateKey,
    new_sealing_seed,
    sealing_private_key,
    sealing_public_bytes,
)
from cardentry.storage import keys
from cardentry.storage.paths import ProfilePaths
from cardentry.storage.store import Store

BACKED_UP_SETTING = "network_keys_backed_up_at"
"""The secretariat setting holding when its network keys were last backed up."""
ACCEPTED_SETTING = "network_key"
"""The partner setting holding the accepted network key file's document."""
REQUIRE_SEALED_SETTING = "require_sealed"
"""The secretariat setting: reject plain bundles as ``not_sealed``."""
BACKUP_FORMAT = "cardentry.network-keys-backup"
BUNDLED_FOLDER = "network"
LOST_KEY_WARNING = (
    "Back up the network keys NOW ('cardentry network backup --out FILE') onto a USB stick kept "
    "apart from this computer, and again after every sealing key rotation. If the sealing key is "
    "lost, no sealed card can ever be read again, by anyone."
)
MAX_BACKUP_BYTES = 1024 * 1024

Relation = Literal["new", "same", "newer", "older", "other_network"]


class NetworkKeysError(KeyFileError):
    """The network keys are missing, already there, or unusable; the message says what to do."""


@dataclass(frozen=True)
class NetworkKeys:
    """The secretariat's key files (all encrypted)."""

    signing: keys.KeyFile
    sealing: keys.KeyFile
    retired: tuple[keys.KeyFile, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "signing_key_id": self.signing.key_id,
            "fingerprint": self.signing.fingerprint,
            "sealing_key_id": self.sealing.key_id,
            "sealing_fingerprint": self.sealing.fingerprint,
            "sealing_created_at": self.sealing.created_at,
            "retired_sealing_key_ids": [key.key_id for key in self.retired],
        }


# --- the secretariat's keys ------------------------------------------------------------


def has_network_keys(root: Path) -> bool:
    return ProfilePaths(root).sealing_key.is_file()


def _read(path: Path, alg: str) -> keys.KeyFile:
    key_file = keys.read_key_file(path)
    if key_file.alg != alg:
        raise NetworkKeysError(f"{path} holds an {key_file.alg} key, not an {alg} key")
    return key_file


def load_network_keys(root: Path) -> NetworkKeys:
    """The key files; ``NetworkKeysError`` (saying what to do) if there are none."""
    paths = ProfilePaths(root)
    if not paths.sealing_key.is_file() or not paths.network_signing_key.is_file():
        raise NetworkKeysError(
            f"This profile has no network keys ({paths.keys}). Make them with 'cardentry network init', "
            "or put a backup back with 'cardentry network restore FILE'."
        )
    retired = sorted(
        (_read(path, keys.SEALING_ALG) for path in paths.keys.glob("sealing-key.retired-*.json")),
        key=lambda key: key.created_at,
        reverse=True,
    )
    return NetworkKeys(
        signing=_read(paths.network_signing_key, keys.ALG),
        sealing=_read(paths.sealing_key, keys.SEALING_ALG),
        retired=tuple(retired),
    )


def _new_sealing_file(passphrase: str, organisation: dict[str, Any]) -> keys.KeyFile:
    seed = new_sealing_seed()
    return keys.encrypt_seed(
        seed, sealing_public_bytes(seed), passphrase, organisation=organisation, alg=keys.SEALING_ALG
    )


def init_network(root: Path, passphrase: str, *, organisation: dict[str, Any]) -> NetworkKeys:
    """Make the signing and sealing keys, encrypted under ``passphrase``; refuses to replace any."""
    keys.check_new_passphrase(passphrase)
    paths = ProfilePaths(root)
    if paths.sealing_key.exists() or paths.network_signing_key.exists():
        raise NetworkKeysError(
            f"This profile already has network keys ({paths.keys}); nothing was changed. "
            "Use 'cardentry network rotate' for a new sealing key."
        )
    signing = keys.encrypt_key(Ed25519PrivateKey.generate(), passphrase, organisation=organisation)
    sealing = _new_sealing_file(passphrase, organisation)
    keys.save_key_file(paths.network_signing_key, signing)
    try:
        keys.save_key_file(paths.sealing_key, sealing)
    except BaseException:
        paths.network_signing_key.unlink(missing_ok=True)
        raise
    return NetworkKeys(signing, sealing)


def _unlock_sealing(key_file: keys.KeyFile, passphrase: str) -> SealingPrivateKey:
    seed = key_file.unlock_seed(passphrase)
    if sealing_public_bytes(seed) != key_file.public_key:
        raise NetworkKeysError(f"the sealing key file {key_file.key_id} does not hold its own private key")
    return sealing_private_key(seed)


def unlock_keyring(root: Path, passphrase: str) -> dict[str, SealingPrivateKey]:
    """Every sealing key, current and retired, by key_id; ``keys.WrongPassphrase`` if wrong."""
    network = load_network_keys(root)
    return {
        key_file.key_id: _unlock_sealing(key_file, passphrase)
        for key_file in (network.sealing, *network.retired)
    }


def check_passphrase(root: Path, passphrase: str) -> None:
    """``keys.WrongPassphrase`` unless ``passphrase`` opens the network keys (one KDF run)."""
    load_network_keys(root).signing.unlock(passphrase)


def network_key(root: Path, passphrase: str) -> NetworkKey:
    """The network key file to publish: the current sealing key, signed (dated by that key)."""
    network = load_network_keys(root)
    signing = network.signing.unlock(passphrase)
    _unlock_sealing(network.sealing, passphrase)  # never publish a key we could not open
    return make_network_key(
        organisation=network.sealing.organisation,
        created_at=network.sealing.created_at,
        signing_key=signing,
        sealing_public_key=network.sealing.public_key,
    )


def write_network_key(out: Path, key: NetworkKey) -> Path:
    """Write the network key file atomically; ``out`` may be a folder."""
    if out.is_dir():
        out = out / key.file_name()
    return write_atomically(out, key.to_bytes())


def rotate_sealing_key(root: Path, passphrase: str) -> tuple[keys.KeyFile, keys.KeyFile]:
    """(old, new): a new current sealing key; the old one is kept, retired, to keep reading."""
    paths = ProfilePaths(root)
    network = load_network_keys(root)
    network.signing.unlock(passphrase)  # WrongPassphrase before anything is written
    _unlock_sealing(network.sealing, passphrase)
    new = _new_sealing_file(passphrase, network.sealing.organisation)
    if new.created_at <= network.sealing.created_at:  # two rotations in one second
        raise NetworkKeysError("the sealing key was made less than a second ago; try again")
    old = network.sealing
    keys.save_key_file(paths.retired_sealing_key(old.key_id), old)
    keys.save_key_file(paths.sealing_key, new)
    return old, new


def backup_network(root: Path, out: Path) -> Path:
    """One file holding every network key file (still encrypted); ``out`` may be a folder."""
    network = load_network_keys(root)
    document = {
        "format": BACKUP_FORMAT,
        "format_version": 1,
        "signing": network.signing.to_dict(),
        "sealing": [key.to_dict() for key in (network.sealing, *network.retired)],
    }
    if out.is_dir():
        out = out / f"cardentry-network-keys-{network.signing.key_id}.backup.json"
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return write_atomically(out, text.encode("utf-8"), mode=0o600)


def restore_network(root: Path, source: Path, passphrase: str) -> NetworkKeys:
    """Put a network backup back after proving ``passphrase`` opens every key in it.

    Refuses a profile that has other network keys; keys it already has are kept as they are."""
    try:
        data = source.read_bytes()[: MAX_BACKUP_BYTES + 1]
        value = strictjson.loads(data)
    except (OSError, strictjson.StrictJSONError) as error:
        raise NetworkKeysError(f"{source} is not a network keys backup: {error}") from None
    if (
        not isinstance(value, dict)
        or value.get("format") != BACKUP_FORMAT
        or set(value) != {"format", "format_version", "signing", "sealing"}
        or value["format_version"] != 1
        or not isinstance(value["sealing"], list)
        or not value["sealing"]
    ):
        raise NetworkKeysError(f"{source} is not a network keys backup (made by 'cardentry network backup')")

    def key_file(member: object) -> keys.KeyFile:
        return keys.KeyFile.from_bytes(json.dumps(member).encode("utf-8"))

    signing = key_file(value["signing"])
    sealing = [key_file(member) for member in value["sealing"]]
    if signing.alg != keys.ALG or any(key.alg != keys.SEALING_ALG for key in sealing):
        raise NetworkKeysError(f"{source} holds keys of the wrong kind")
    signing.unlock(passphrase)
    for key in sealing:
        _unlock_sealing(key, passphrase)
    paths = ProfilePaths(root)
    if paths.network_signing_key.exists():
        current = _read(paths.network_signing_key, keys.ALG)
        if current.key_id != signing.key_id:
            raise NetworkKeysError(
                f"This profile has another network's keys ({format_fingerprint(current.key_id)}); "
                "nothing was changed."
            )
    present: list[keys.KeyFile] = []
    if paths.sealing_key.exists():
        present.append(_read(paths.sealing_key, keys.SEALING_ALG))
    present.extend(_read(path, keys.SEALING_ALG) for path in paths.keys.glob("sealing-key.retired-*.json"))
    every = {key.key_id: key for key in (*present, *sealing)}
    current, *retired = sorted(every.values(), key=lambda key: key.created_at, reverse=True)
    keys.save_key_file(paths.network_signing_key, signing)
    for key in retired:
        keys.save_key_file(paths.retired_sealing_key(key.key_id), key)
    keys.save_key_file(paths.sealing_key, current)
    return load_network_keys(root)


# --- the partner's accepted network key ------------------------------------------------


def accepted_network_key(store: Store) -> NetworkKey | None:
    """The network key file this partner accepted, or ``None``."""
    document = store.get_setting(ACCEPTED_SETTING)
    if document is None:
        return None
    try:
        return parse_document(document)
    except NetworkKeyError:  # a damaged setting must not stop exports: they go out plain
        return None


def classify(store: Store, key: NetworkKey) -> Relation:
    """How ``key`` relates to the accepted one (``new`` when none is accepted)."""
    current = accepted_network_key(store)
    if current is None:
        return "new"
    if current.signing_key_id != key.signing_key_id:
        return "other_network"
    if key.document == current.document:
        return "same"
    return "newer" if key.replaces(current) else "older"


def accept_network_key(store: Store, key: NetworkKey) -> None:
    """Keep ``key`` as the network key exports are sealed to (the caller checked it)."""
    store.set_setting(ACCEPTED_SETTING, key.document)


def read_network_key_file(path: Path) -> NetworkKey:
    try:
        with path.open("rb") as handle:
            data = handle.read(64 * 1024 + 1)
    except OSError as error:
        raise NetworkKeyError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return parse_network_key(data)
    except NetworkKeyError as error:
        raise NetworkKeyError(f"{path}: {error}") from None


def bundled_network_key() -> NetworkKey | None:
    """The network key file shipped inside the installer (``resources/network``), if any.

    A broken or ambiguous (more than one) bundled file is ignored: the partner then
    accepts the key by hand."""
    folder = resource(BUNDLED_FOLDER)
    with contextlib.suppress(OSError):
        found = sorted(folder.glob(f"*{NETWORK_KEY_SUFFIX}"))
        if len(found) == 1:
            with contextlib.suppress(NetworkKeyError):
                return read_network_key_file(found[0])
    return None


def accept_bundled_network_key(store: Store) -> NetworkKey | None:
    """At a partner's first run: accept the installer's network key file, with no check."""
    key = bundled_network_key()
    if key is not None and classify(store, key) in ("new", "newer"):
        accept_network_key(store, key)
        return key
    return None
