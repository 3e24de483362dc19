"""What the secretariat's desk shows that the other core modules do not compute (no Qt).

* ``country_states(store, cycle)``: every country the secretariat expects or has heard
  from, with its state in the cycle: ``no_card`` (expected, nothing received),
  ``pending_trust`` (only bundles whose key is not trusted yet), ``conflicts`` (partners
  disagree and the secretariat has not settled it) or ``resolved`` (counted in the
  figures); with partners, open conflicts, revisions, held bundles and the last import
  (and whether that file came sealed).
  A country is *expected* when a trusted key is limited to it or when it had a card from
  a trusted partner in any cycle.
* ``known_cycles(store)``: the cycles with a card or a held bundle, newest first.
* ``organisations_of_keys(store, key_ids)``: the organisation behind each key (trust
  store first, then the bundles received or held), for the import's results table.
* ``held_key(store, key_id)``: the public key a held bundle was signed with, as a
  ``keys.PublicKeyInfo`` that ``actions.trust_key`` accepts (approving a pending key).
* ``ranking_columns(rows, cycle)``: the report appendix's four columns of country names.
* ``new_key_files(store, paths)``: the partners' public key files (``*.cpckey.json``) among
  files and folders dropped for import whose key the trust store does not hold yet.
"""

from __future__ import annotations

import base64
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cardentry.base import strictjson
from cardentry.base.countries import country_name, sort_key
from cardentry.base.vocabulary import RANKINGS
from cardentry.bundleformat.keyfile import PublicKeyInfo, key_id_of
from cardentry.secretariat import received
from cardentry.secretariat.feedback import last_sent
from cardentry.secretariat.merge import figures_for_cycle
from cardentry.secretariat.trust import (
    TrustError,
    key_state,
    limited_countries,
    organisations_in_trust_store,
    read_public_key_file,
)
from cardentry.storage.store import NotFound, Store

STATES = ("no_card", "pending_trust", "conflicts", "resolved")
STATE_LABELS = {
    "no_card": "No card yet",
    "pending_trust": "Waiting for a key to be trusted",
    "conflicts": "Conflicts to settle",
    "resolved": "Resolved",
}


@dataclass(frozen=True)
class CountryState:
    country: str
    name: str
    cycle: str
    state: str  # one of STATES
    partners: tuple[str, ...]  # organisations whose card counts
    open_conflicts: tuple[str, ...]  # subjects: indicator:<code>, ranking
    revisions: int  # revisions received from trusted partners for this card
    pending: int  # bundles held for an untrusted key
    pending_organisations: tuple[str, ...]
    last_import: str | None  # the latest import attempt for the card (UTC, store format)
    last_import_sealed: bool | None = None  # whether that file came sealed (None: no import)
    last_feedback: tuple[tuple[str, str, int, str], ...] = ()
    """What was last sent to each partner: (organisation, status, revision, issued_at)."""

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "label": self.label}


def known_cycles(store: Store) -> list[str]:
    """Every cycle with a received card or a held bundle, newest first."""
    return sorted(received.cycles_heard(store), reverse=True)


def expected_countries(store: Store) -> set[str]:
    """Countries a trusted key is limited to, and those with a trusted partner's card in any cycle."""
    return limited_countries(store) | received.countries_with_trusted_cards(store)


def country_states(store: Store, cycle: str) -> list[CountryState]:
    """Every expected or heard-from country in ``cycle`` with its state, sorted by name."""
    cards = figures_for_cycle(store, cycle)
    pending = received.held_organisations_by_country(store, cycle)
    revisions = Counter(received.trusted_revision_counts(store, cycle))
    last_rows = received.last_imports_by_country(store, cycle)
    last = {country: at for country, (at, _) in last_rows.items()}
    last_sealed = {country: sealed for country, (_, sealed) in last_rows.items()}
    sent = last_sent(store, cycle)
    countries = expected_countries(store) | set(cards) | set(pending)
    result = []
    for country in countries:
        card = cards.get(country)
        held = pending.get(country, [])
        if card is not None:
            state = "resolved" if card.resolved else "conflicts"
        elif held:
            state = "pending_trust"
        else:
            state = "no_card"
        result.append(
            CountryState(
                country=country,
                name=country_name(country),
                cycle=cycle,
                state=state,
                partners=card.organisations if card else (),
                open_conflicts=card.open_conflicts if card else (),
                revisions=revisions[country],
                pending=len(held),
                pending_organisations=tuple(dict.fromkeys(held)),
                last_import=last.get(country),
                last_import_sealed=last_sealed.get(country),
                last_feedback=tuple(
                    (f.organisation, f.status, f.revision, f.issued_at) for f in sent.get(country, [])
                ),
            )
        )
    result.sort(key=lambda row: (row.name.casefold(), row.country))
    return result


def state_counts(rows: Iterable[CountryState]) -> dict[str, int]:
    """How many countries are in each state (every state present, zero or not)."""
    counts = dict.fromkeys(STATES, 0)
    for row in rows:
        counts[row.state] += 1
    return counts


def last_import(store: Store) -> str | None:
    """When the latest file was imported (any outcome), or ``None``."""
    return received.last_import_at(store)


def organisations_of_keys(store: Store, key_ids: Iterable[str | None]) -> dict[str, str]:
    """key_id -> organisation: the trust store's name, else what a received or held bundle said."""
    wanted = sorted({key_id for key_id in key_ids if key_id})
    found = organisations_in_trust_store(store, wanted)
    missing = [key_id for key_id in wanted if key_id not in found]
    if missing:
        for key_id, organisation in received.organisations_of_keys(store, missing).items():
            found.setdefault(key_id, organisation)
    return found


def held_key(store: Store, key_id: str) -> PublicKeyInfo:
    """The public key that signed the bundles held for ``key_id`` (they were verified on
    arrival), with the organisation and e-mail the latest one names. ``NotFound`` if no
    bundle is held for the key."""
    content = received.latest_held_content(store, key_id)
    if content is None:
        raise NotFound(f"no bundle is waiting for key {key_id}")
    envelope = strictjson.loads(content)
    raw = base64.b64decode(envelope["signature"]["public_key"], validate=True)
    if key_id_of(raw) != key_id:  # the bundle was verified on import; never trust a mismatch
        raise NotFound(f"the held bundle does not carry key {key_id}")
    organisation = envelope["payload"]["organisation"]
    created_at: Any = None  # a bundle does not say when its key was made
    return PublicKeyInfo(
        key_id, raw, {"name": organisation["name"], "email": organisation["email"]}, created_at
    )


def ranking_columns(rows: Iterable[dict[str, Any]], cycle: str) -> dict[str, list[str]]:
    """The report appendix for ``cycle`` from ``reports.figures.rankings`` rows: ranking ->
    country names (sorted), plus ``not_ranked`` and ``unresolved``."""
    columns: dict[str, list[str]] = {ranking: [] for ranking in (*RANKINGS, "not_ranked", "unresolved")}
    for row in rows:
        if row["cycle"] != cycle:
            continue
        if row["status"] == "unresolved":
            columns["unresolved"].append(row["name"])
        elif row["ranking"] is None:
            columns["not_ranked"].append(row["name"])
        else:
            columns[row["ranking"]].append(row["name"])
    for names in columns.values():
        names.sort(key=sort_key)  # accents and case aside: Équateur among the E's
    return columns


KEY_FILE_SUFFIX = ".cpckey.json"


def new_key_files(store: Store, paths: Iterable[str | os.PathLike[str]], *, limit: int = 500) -> list[Path]:
    """Public key files among ``paths`` (files, and folders walked) whose key is unknown here.

    Files that are not readable key files are left out (adding one says why). At most
    ``limit`` files are read.
    """

    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = sorted(
                Path(folder) / name
                for folder, _dirs, names in os.walk(path)
                for name in names
                if name.lower().endswith(KEY_FILE_SUFFIX)
            )
        else:
            candidates = [path] if path.name.lower().endswith(KEY_FILE_SUFFIX) else []
        found.extend(candidates)
    result, seen = [], set()
    for path in found[:limit]:
        try:
            key = read_public_key_file(path)
        except TrustError:
            continue
        if key.key_id not in seen and key_state(store, key.key_id) is None:
            seen.add(key.key_id)
            result.append(path)
    return result
