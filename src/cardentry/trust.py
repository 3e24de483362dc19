"""The secretariat's trust store: which partner keys are trusted, for which countries.

A key enters the store from the partner's public key file (``*.cpckey.json``, see
bundle-format.md) once the secretariat has compared its fingerprint with the partner by
another channel. Each key has an organisation, the countries it may sign cards for
(``None``: any country), a state (``trusted`` or ``revoked``) and the times it was added
and revoked. A revoked key stays revoked: its bundles are rejected (``revoked_key``) and
its cards leave the merged figures.

Trusting a key releases the bundles held as ``pending_trust`` for it: ``trust_key``
re-runs them through the import (checks 7-11) and returns their results.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cardentry import strictjson
from cardentry.models import Organisation, validate, validate_countries
from cardentry.store import Store, StoreError, utc_now

if TYPE_CHECKING:
    from cardentry.importer import FileResult

KeyState = Literal["trusted", "revoked"]
KEY_FILE_FORMAT = "cardentry.public-key"
MAX_KEY_FILE = 64 * 1024
_KEY_ID = re.compile(r"[0-9a-f]{16}")


class TrustError(StoreError):
    """A key file or a trust operation is refused; the message says why."""


def key_id_of(public_key: bytes) -> str:
    """The first 16 lowercase hex digits of SHA-256 over the raw 32-byte public key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def fingerprint(key_id: str) -> str:
    """``1f0c9e5a3b7d2e41`` -> ``1f0c-9e5a-3b7d-2e41`` (to compare by phone)."""
    return "-".join(key_id[i : i + 4] for i in range(0, len(key_id), 4))


@dataclass(frozen=True)
class PublicKeyFile:
    key_id: str
    public_key: bytes
    organisation: str
    email: str | None
    created_at: str | None


@dataclass(frozen=True)
class TrustedKey:
    key_id: str
    public_key: bytes
    organisation: str
    email: str | None
    countries: tuple[str, ...] | None  # None: any country
    state: KeyState
    created_at: str | None
    added_at: str
    revoked_at: str | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key_id)

    def allows(self, country: str) -> bool:
        return self.countries is None or country in self.countries

    def to_json(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "fingerprint": self.fingerprint,
            "public_key": base64.b64encode(self.public_key).decode("ascii"),
            "organisation": self.organisation,
            "email": self.email,
            "countries": None if self.countries is None else list(self.countries),
            "state": self.state,
            "created_at": self.created_at,
            "added_at": self.added_at,
            "revoked_at": self.revoked_at,
        }


def parse_public_key_file(data: bytes) -> PublicKeyFile:
    """Read a partner's public key file; ``TrustError`` says what is wrong with it."""
    if len(data) > MAX_KEY_FILE:
        raise TrustError("not a public key file (too large)")
    try:
        value = strictjson.loads(data)
    except strictjson.StrictJSONError as error:
        raise TrustError(f"not a public key file: {error}") from None
    expected = {"format", "format_version", "alg", "key_id", "public_key", "organisation", "created_at"}
    if not isinstance(value, dict) or value.get("format") != KEY_FILE_FORMAT:
        raise TrustError(f"not a public key file (format must be {KEY_FILE_FORMAT!r})")
    if value.get("format_version") != 1:
        raise TrustError("unsupported public key file version (this app reads version 1)")
    if set(value) != expected:
        raise TrustError(f"the key file must have exactly the members {', '.join(sorted(expected))}")
    if value["alg"] != "ed25519":
        raise TrustError("the key must be an ed25519 key")
    try:
        raw = (
            base64.b64decode(value["public_key"], validate=True)
            if isinstance(value["public_key"], str)
            else b""
        )
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise TrustError("public_key must be the base64 of a 32-byte Ed25519 key")
    if value["key_id"] != key_id_of(raw):
        raise TrustError(f"key_id {value['key_id']!r} does not match the public key ({key_id_of(raw)})")
    organisation, problems = validate(Organisation, value["organisation"])
    if problems:
        raise TrustError("; ".join(f"organisation {problem}" for problem in problems))
    created = value["created_at"]
    if created is not None and not isinstance(created, str):
        raise TrustError("created_at must be a string")
    return PublicKeyFile(value["key_id"], raw, organisation.name, organisation.email, created)


def read_public_key_file(path: Path) -> PublicKeyFile:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE + 1)
    except OSError as error:
        raise TrustError(f"cannot read {path}: {error.strerror or error}") from None
    return parse_public_key_file(data)


def _row_to_key(row: tuple[Any, ...]) -> TrustedKey:
    key_id, public_key, organisation, email, countries, state, created_at, added_at, revoked_at = row
    parsed = json.loads(countries)
    return TrustedKey(
        key_id=key_id,
        public_key=bytes(public_key),
        organisation=organisation,
        email=email,
        countries=None if parsed is None else tuple(parsed),
        state=state,
        created_at=created_at,
        added_at=added_at,
        revoked_at=revoked_at,
    )


_COLUMNS = "key_id, public_key, organisation, email, countries, state, created_at, added_at, revoked_at"


def get_key(store: Store, key_id: str) -> TrustedKey | None:
    row = store.db.execute(f"SELECT {_COLUMNS} FROM trusted_key WHERE key_id = ?", [key_id]).fetchone()
    return None if row is None else _row_to_key(row)


def key_state(store: Store, key_id: str) -> KeyState | None:
    """``trusted``, ``revoked``, or ``None`` for a key this profile has never seen."""
    row = store.db.execute("SELECT state FROM trusted_key WHERE key_id = ?", [key_id]).fetchone()
    return None if row is None else row[0]


def list_keys(store: Store) -> list[TrustedKey]:
    """Every key ever added, trusted first, then by organisation."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM trusted_key ORDER BY state DESC, organisation, key_id"
    ).fetchall()
    return [_row_to_key(row) for row in rows]


def _normalise_countries(countries: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if countries is None:
        return None
    text = countries if isinstance(countries, str) else ",".join(countries)
    codes, problems = validate_countries(text)
    if problems:
        raise TrustError("; ".join(problems))
    if not codes:
        raise TrustError("give at least one country, or none at all for any country")
    return tuple(sorted(set(codes)))


@dataclass(frozen=True)
class TrustResult:
    key: TrustedKey
    created: bool  # False: the key was already trusted and its countries were updated
    released: list[FileResult]


def trust_key(
    store: Store,
    key_file: PublicKeyFile | Path,
    countries: Iterable[str] | str | None = None,
) -> TrustResult:
    """Trust a partner's key (for ``countries``, or any country when ``None``).

    Adding a key that is already trusted updates its countries. A revoked key cannot be
    trusted again (``TrustError``): the partner makes a new key. Bundles held as
    ``pending_trust`` for the key are then imported; their results are returned.
    """
    from cardentry.importer import release_pending

    parsed = key_file if isinstance(key_file, PublicKeyFile) else read_public_key_file(Path(key_file))
    allowed = _normalise_countries(countries)
    with store.transaction():
        existing = get_key(store, parsed.key_id)
        if existing is not None and existing.state == "revoked":
            raise TrustError(
                f"key {existing.fingerprint} ({existing.organisation}) was revoked on "
                f"{existing.revoked_at}; it cannot be trusted again. Ask the partner for a new key."
            )
        if existing is None:
            store.db["trusted_key"].insert(
                {
                    "key_id": parsed.key_id,
                    "public_key": parsed.public_key,
                    "organisation": parsed.organisation,
                    "email": parsed.email,
                    "countries": json.dumps(None if allowed is None else list(allowed)),
                    "state": "trusted",
                    "created_at": parsed.created_at,
                    "added_at": utc_now(),
                    "revoked_at": None,
                }
            )
        else:
            store.db.execute(
                "UPDATE trusted_key SET countries = ? WHERE key_id = ?",
                [json.dumps(None if allowed is None else list(allowed)), parsed.key_id],
            )
    released = list(release_pending(store, parsed.key_id))
    key = get_key(store, parsed.key_id)
    assert key is not None
    return TrustResult(key=key, created=existing is None, released=released)


def revoke_key(store: Store, key_id: str) -> TrustedKey:
    """Revoke a trusted key: its later bundles are rejected, its cards leave the figures.

    Revisions already received stay in history. ``TrustError`` for an unknown key.
    """
    key_id = key_id.replace("-", "").lower()
    with store.transaction():
        key = get_key(store, key_id)
        if key is None:
            raise TrustError(f"no key {key_id} in the trust store (see: cardentry trust list)")
        if key.state != "revoked":
            store.db.execute(
                "UPDATE trusted_key SET state = 'revoked', revoked_at = ? WHERE key_id = ?",
                [utc_now(), key_id],
            )
    key = get_key(store, key_id)
    assert key is not None
    return key
