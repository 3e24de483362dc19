"""The secretariat's trust store: which partner keys are trusted, for which countries.

A key enters the store from the partner's public key file (``*.cpckey.json``, see
bundle-format.md) once the secretariat has compared its fingerprint with the partner by
another channel. Each key has an organisation, the countries it may sign cards for
(``None``: any country), a state (``trusted`` or ``revoked``) and the times it was added
and revoked. A revoked key stays revoked: its bundles are rejected (``revoked_key``) and
its cards leave the merged figures.

This module owns the trust tables only. Trusting a key and then importing the bundles
held for it is one step of ``cardentry.secretariat.actions`` (``trust_key``,
``accept_rotation``), which calls this module and the import in turn.

Key rotation (``link_rotation``): a partner's new key, in a statement signed by its
trusted old key (``cardentry.bundleformat.rotation``), is trusted for the old key's countries and
recorded as its successor (table ``key_rotation``). Keys linked by rotations form one
*chain*, named by its first key (``chain_root``): the import accepts any key of the chain
for an assessment (check 9) and the merge counts a chain as one partner.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cardentry.bundleformat import keyfile, rotation
from cardentry.bundleformat.keyfile import PublicKeyInfo, b64encode, format_fingerprint
from cardentry.bundleformat.rotation import RotationRefused
from cardentry.storage.store import Store, StoreError, utc_now

log = logging.getLogger(__name__)

KeyState = Literal["trusted", "revoked"]

# C0 and C1 control characters, DEL, and the Unicode line and paragraph separators
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``Evil\\rOrg``): a name a
    partner chose can never move a terminal's cursor, fake a line of output, or break a
    table row in the app. The bundle format allows TAB, LF and CR in every string; names
    are stored and shown through this."""
    return _CONTROL.sub(lambda match: _ESCAPES.get(match.group(), f"\\x{ord(match.group()):02x}"), text)


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
    sealing_public_key: bytes | None = None  # from a key file of version 2 (feedback is sealed to it)

    @property
    def fingerprint(self) -> str:
        return format_fingerprint(self.key_id)

    @property
    def sealing_key_id(self) -> str | None:
        return None if self.sealing_public_key is None else keyfile.key_id_of(self.sealing_public_key)

    def allows(self, country: str) -> bool:
        return self.countries is None or country in self.countries

    def to_json(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "fingerprint": self.fingerprint,
            "public_key": b64encode(self.public_key),
            "organisation": self.organisation,
            "email": self.email,
            "countries": None if self.countries is None else list(self.countries),
            "state": self.state,
            "created_at": self.created_at,
            "added_at": self.added_at,
            "revoked_at": self.revoked_at,
            "sealing_key_id": self.sealing_key_id,
        }


def parse_public_key_file(data: bytes) -> PublicKeyInfo:
    """Read a partner's public key file (version 1, or 2 with a sealing key); ``TrustError``
    says what is wrong with it."""
    try:
        parsed = keyfile.parse_public_key_file(data)
    except keyfile.KeyFileError as error:
        raise TrustError(str(error)) from None
    if parsed.sealing_public_key is not None:
        from cardentry.bundleformat.sealed import sealing_public_key  # the crypto library, only here

        try:
            sealing_public_key(parsed.sealing_public_key)
        except ValueError:
            raise TrustError("the key file's sealing key is not a valid X-Wing public key") from None
    return parsed


def read_public_key_file(path: Path) -> PublicKeyInfo:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(keyfile.MAX_KEY_FILE_BYTES + 1)
    except OSError as error:
        raise TrustError(f"cannot read {path}: {error.strerror or error}") from None
    return parse_public_key_file(data)


def _row_to_key(row: tuple[Any, ...]) -> TrustedKey:
    key_id, public_key, organisation, email, countries, state, created_at, added_at, revoked_at, sealing = row
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
        sealing_public_key=None if sealing is None else bytes(sealing),
    )


_COLUMNS = (
    "key_id, public_key, organisation, email, countries, state, created_at, added_at, revoked_at, "
    "sealing_public_key"
)


def get_key(store: Store, key_id: str) -> TrustedKey | None:
    row = store.execute(f"SELECT {_COLUMNS} FROM trusted_key WHERE key_id = ?", [key_id]).fetchone()
    return None if row is None else _row_to_key(row)


def key_state(store: Store, key_id: str) -> KeyState | None:
    """``trusted``, ``revoked``, or ``None`` for a key this profile has never seen."""
    row = store.execute("SELECT state FROM trusted_key WHERE key_id = ?", [key_id]).fetchone()
    return None if row is None else row[0]


def list_keys(store: Store) -> list[TrustedKey]:
    """Every key ever added, trusted first, then by organisation."""
    rows = store.execute(
        f"SELECT {_COLUMNS} FROM trusted_key ORDER BY state DESC, organisation, key_id"
    ).fetchall()
    return [_row_to_key(row) for row in rows]


def limited_countries(store: Store) -> set[str]:
    """The countries trusted keys are limited to (a key trusted for any country adds none)."""
    limited: set[str] = set()
    for (countries,) in store.execute("SELECT countries FROM trusted_key WHERE state = 'trusted'"):
        limited.update(json.loads(countries) or ())
    return limited


def organisations_in_trust_store(store: Store, key_ids: list[str]) -> dict[str, str]:
    """key_id -> organisation for the keys of ``key_ids`` the trust store holds (any state)."""
    if not key_ids:
        return {}
    marks = ",".join("?" * len(key_ids))
    return dict(
        store.execute(
            f"SELECT key_id, organisation FROM trusted_key WHERE key_id IN ({marks})", key_ids
        ).fetchall()
    )


def _normalise_countries(countries: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if countries is None:
        return None
    from cardentry.bundleformat.models import validate_countries  # pydantic, only when countries are set

    text = countries if isinstance(countries, str) else ",".join(countries)
    codes, problems = validate_countries(text)
    if problems:
        raise TrustError("; ".join(problems))
    if not codes:
        raise TrustError("give at least one country, or none at all for any country")
    return tuple(sorted(set(codes)))


def _countries_json(countries: tuple[str, ...] | None) -> str:
    return json.dumps(None if countries is None else list(countries))


def _insert_trusted(store: Store, key: PublicKeyInfo, countries: tuple[str, ...] | None) -> None:
    """A new row for ``key``, trusted for ``countries`` (``None``: any country)."""
    store.db["trusted_key"].insert(
        {
            "key_id": key.key_id,
            "public_key": key.public_key,
            "organisation": printable(key.organisation["name"]),
            "email": None if key.organisation["email"] is None else printable(key.organisation["email"]),
            "countries": _countries_json(countries),
            "state": "trusted",
            "created_at": key.created_at,
            "added_at": utc_now(),
            "revoked_at": None,
            "sealing_public_key": key.sealing_public_key,
        }
    )


class CountriesDiffer(TrustError):
    """``add_key`` on a trusted key with other countries: changing them is ``set_countries``."""


def describe_countries(countries: tuple[str, ...] | None) -> str:
    return ", ".join(countries) if countries is not None else "any country"


@dataclass(frozen=True)
class KeyAdded:
    key: TrustedKey
    created: bool  # False: the key was already trusted, for the same countries; nothing changed


def add_key(
    store: Store,
    key_file: PublicKeyInfo | Path,
    countries: Iterable[str] | str | None = None,
) -> KeyAdded:
    """Trust a partner's key (for ``countries``, or any country when ``None``).

    Adding a key that is already trusted for the same countries changes nothing; for
    other countries it is refused (``CountriesDiffer``): re-adding a key file must never
    widen (nor quietly narrow) what the key may sign; ``set_countries`` does that,
    explicitly. A revoked key cannot be trusted again (``TrustError``): the partner makes
    a new key. ``actions.trust_key`` also imports the bundles held for the key.
    """
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
            _insert_trusted(store, parsed, allowed)
        elif existing.countries != allowed:
            raise CountriesDiffer(
                f"key {existing.fingerprint} ({existing.organisation}) is already trusted for "
                f"{describe_countries(existing.countries)}, not {describe_countries(allowed)}; nothing was "
                f"changed. To change its countries: cardentry trust countries {existing.key_id} "
                f"{','.join(allowed) if allowed else 'any'}"
            )
        elif (
            parsed.sealing_public_key is not None and parsed.sealing_public_key != existing.sealing_public_key
        ):
            store.execute(  # the same key's file of version 2: its sealing key, no new decision
                "UPDATE trusted_key SET sealing_public_key = ? WHERE key_id = ?",
                [parsed.sealing_public_key, parsed.key_id],
            )
    key = get_key(store, parsed.key_id)
    assert key is not None
    return KeyAdded(key=key, created=existing is None)


def update_key_file(store: Store, key_file: PublicKeyInfo | Path) -> tuple[TrustedKey, bool]:
    """(the key, whether it changed): a trusted partner's newer public key file for the *same*
    signing key (e.g. version 2, adding its sealing key) replaces the stored sealing key,
    without a new trust decision: the countries and state stay. ``TrustError`` for a key
    that is not trusted (another key is a new partner or a rotation)."""
    parsed = key_file if isinstance(key_file, PublicKeyInfo) else read_public_key_file(Path(key_file))
    with store.transaction():
        existing = get_key(store, parsed.key_id)
        if existing is None:
            raise TrustError(
                f"key {format_fingerprint(parsed.key_id)} is not in the trust store; nothing was changed. "
                "A new key is trusted with 'cardentry trust add' after a phone check "
                "(or 'cardentry trust rotate' with the partner's rotation statement)."
            )
        if existing.state == "revoked":
            raise TrustError(
                f"key {existing.fingerprint} ({existing.organisation}) is revoked; nothing was changed."
            )
        if parsed.sealing_public_key is None or parsed.sealing_public_key == existing.sealing_public_key:
            return existing, False
        store.execute(
            "UPDATE trusted_key SET sealing_public_key = ? WHERE key_id = ?",
            [parsed.sealing_public_key, parsed.key_id],
        )
    key = get_key(store, parsed.key_id)
    assert key is not None
    log.info("key %s: sealing key %s from an updated key file", key.key_id, key.sealing_key_id)
    return key, True


def set_countries(store: Store, key_id: str, countries: Iterable[str] | str | None) -> TrustedKey:
    """Change the countries a trusted key may sign for (``None``: any country).

    The one way to widen or narrow a key (``add_key`` refuses to). ``TrustError`` for an
    unknown or revoked key or an unknown country code; nothing changes then.
    """
    key_id = key_id.replace("-", "").strip().lower()
    allowed = _normalise_countries(countries)
    with store.transaction():
        key = get_key(store, key_id)
        if key is None:
            raise TrustError(f"no key {key_id} in the trust store (see: cardentry trust list)")
        if key.state == "revoked":
            raise TrustError(
                f"key {key.fingerprint} ({key.organisation}) was revoked; it signs for no country"
            )
        store.execute(
            "UPDATE trusted_key SET countries = ? WHERE key_id = ?", [_countries_json(allowed), key_id]
        )
    changed = get_key(store, key_id)
    assert changed is not None
    return changed


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
            store.execute(
                "UPDATE trusted_key SET state = 'revoked', revoked_at = ? WHERE key_id = ?",
                [utc_now(), key_id],
            )
    key = get_key(store, key_id)
    assert key is not None
    log.info("key %s of %s revoked", key.fingerprint, key.organisation)
    return key


# --- key rotation --------------------------------------------------------------------------


@dataclass(frozen=True)
class RotationLinked:
    key: TrustedKey  # the new key
    predecessor: TrustedKey  # the old key it succeeds (still trusted)
    created: bool  # False: the new key was in the trust store already
    accepted: bool  # False: this rotation had been accepted before; nothing changed


def predecessor(store: Store, key_id: str) -> str | None:
    """The key ``key_id`` succeeds (by an accepted rotation), if any."""
    row = store.execute("SELECT old_key_id FROM key_rotation WHERE new_key_id = ?", [key_id]).fetchone()
    return None if row is None else row[0]


def successors(store: Store, key_id: str) -> list[str]:
    """The keys that succeed ``key_id`` directly (accepted rotations from it)."""
    rows = store.execute(
        "SELECT new_key_id FROM key_rotation WHERE old_key_id = ? ORDER BY accepted_at, new_key_id", [key_id]
    ).fetchall()
    return [row[0] for row in rows]


def chain_root(store: Store, key_id: str) -> str:
    """The first key of ``key_id``'s rotation chain (``key_id`` itself if it succeeds none)."""
    seen = {key_id}
    while (previous := predecessor(store, key_id)) is not None and previous not in seen:
        seen.add(previous)
        key_id = previous
    return key_id


def chain_roots(store: Store) -> dict[str, str]:
    """key_id -> its chain's first key, for every key that succeeds another (others: itself)."""
    parent = dict(store.execute("SELECT new_key_id, old_key_id FROM key_rotation").fetchall())
    roots = {}
    for key_id in parent:
        seen, current = {key_id}, key_id
        while current in parent and parent[current] not in seen:
            current = parent[current]
            seen.add(current)
        roots[key_id] = current
    return roots


def same_chain(store: Store, first: str, second: str) -> bool:
    """Whether two keys belong to one partner's rotation chain."""
    return first == second or chain_root(store, first) == chain_root(store, second)


def _read_rotation(data_or_path: bytes | Path | str) -> tuple[rotation.RotationStatement, bytes]:
    if isinstance(data_or_path, bytes):
        data = data_or_path
    else:
        path = Path(data_or_path)
        try:
            with path.open("rb") as handle:
                data = handle.read(rotation.MAX_STATEMENT_BYTES + 1)
        except OSError as error:
            raise TrustError(f"cannot read {path}: {error.strerror or error}") from None
    return rotation.read_statement(data), data


def link_rotation(store: Store, data_or_path: bytes | Path | str) -> RotationLinked:
    """Trust a partner's new key on the word of its trusted old key.

    The statement is read strictly and both signatures checked (``cardentry.bundleformat.rotation``).
    The old key must be in the trust store and trusted: an unknown old key is refused
    (trust the new key with ``trust_key`` after comparing fingerprints by phone), and a
    revoked one too (a rotation never brings a revoked key back). A revoked new key is
    refused. The new key becomes trusted for the old key's countries, with the
    organisation of its key file, and succeeds the old key; the old key stays trusted
    (late e-mails of old revisions still import) until it is revoked. A new key that was
    trusted already keeps its countries and is linked to the old key, unless it succeeds
    another key or is the first of the old key's chain. Accepting the same statement again
    changes nothing. Bundles held for the new key are then imported; any refusal
    (``RotationRefused``, a ``TrustError``) changes nothing.
    """
    statement, data = _read_rotation(data_or_path)
    new = statement.new_key
    with store.transaction():
        old = get_key(store, statement.old_key_id)
        if old is None:
            raise RotationRefused(
                f"the old key {format_fingerprint(statement.old_key_id)} is not in the trust store, so "
                "it cannot vouch for a new key. Add the new key with 'cardentry trust add' after "
                "comparing its fingerprint with the partner by phone."
            )
        if old.public_key != statement.old_public_key:
            raise RotationRefused(f"key_id {old.key_id} names a trusted key but the old public key differs")
        if old.state == "revoked":
            raise RotationRefused(
                f"the old key {old.fingerprint} ({old.organisation}) was revoked on {old.revoked_at}; "
                "a rotation cannot bring a revoked key's authority back. Ask the partner for the new "
                "key file and compare its fingerprint by phone."
            )
        existing = get_key(store, new.key_id)
        if existing is not None and existing.public_key != new.public_key:
            raise RotationRefused(f"key_id {new.key_id} names a trusted key but the new public key differs")
        if existing is not None and existing.state == "revoked":
            raise RotationRefused(
                f"the new key {existing.fingerprint} was revoked on {existing.revoked_at}; "
                "it cannot be trusted again"
            )
        already = predecessor(store, new.key_id)
        if already == old.key_id:
            key = existing
            assert key is not None
            return RotationLinked(key, old, created=False, accepted=False)
        if already is not None:
            raise RotationRefused(
                f"the new key {format_fingerprint(new.key_id)} already succeeds key "
                f"{format_fingerprint(already)}; a key succeeds one key only"
            )
        if chain_root(store, old.key_id) == new.key_id:
            raise RotationRefused(
                f"the new key {format_fingerprint(new.key_id)} comes before the old key in its rotation chain"
            )
        if existing is None:
            _insert_trusted(store, new, old.countries)
        store.db["key_rotation"].insert(
            {
                "new_key_id": new.key_id,
                "old_key_id": old.key_id,
                "rotated_at": statement.rotated_at,
                "accepted_at": utc_now(),
                "sha256": hashlib.sha256(data).hexdigest(),
                "statement": data,
            }
        )
    key = get_key(store, new.key_id)
    assert key is not None
    return RotationLinked(key, old, created=existing is None, accepted=True)
