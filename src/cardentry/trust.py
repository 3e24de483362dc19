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
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cardentry import keys
from cardentry.keys import PublicKeyInfo, format_fingerprint
from cardentry.models import validate_countries
from cardentry.store import Store, StoreError, utc_now

if TYPE_CHECKING:
    from cardentry.importer import FileResult

KeyState = Literal["trusted", "revoked"]
_KEY_ID = re.compile(r"[0-9a-f]{16}")


class TrustError(StoreError):
    """A key file or a trust operation is refused; the message says why."""


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
        return format_fingerprint(self.key_id)

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


def parse_public_key_file(data: bytes) -> PublicKeyInfo:
    """Read a partner's public key file; ``TrustError`` says what is wrong with it."""
    try:
        return keys.parse_public_key_file(data)
    except keys.KeyFileError as error:
        raise TrustError(str(error)) from None


def read_public_key_file(path: Path) -> PublicKeyInfo:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(keys.MAX_KEY_FILE_BYTES + 1)
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
    key_file: PublicKeyInfo | Path,
    countries: Iterable[str] | str | None = None,
) -> TrustResult:
    """Trust a partner's key (for ``countries``, or any country when ``None``).

    Adding a key that is already trusted updates its countries. A revoked key cannot be
    trusted again (``TrustError``): the partner makes a new key. Bundles held as
    ``pending_trust`` for the key are then imported; their results are returned.
    """
    from cardentry.importer import release_pending

    parsed = key_file if isinstance(key_file, PublicKeyInfo) else read_public_key_file(Path(key_file))
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
                    "organisation": parsed.organisation["name"],
                    "email": parsed.organisation["email"],
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
