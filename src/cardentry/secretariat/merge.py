"""The merged card of a country in a cycle, its conflicts and the secretariat's decisions.

A card is built from the *current* revision of each trusted partner's assessment for the
country and cycle (a partner is a key, or the chain of keys linked by accepted key
rotations, named by its first key: ``trust.chain_roots``; when one partner sent several
assessments for the same country and cycle, the most recently exported one counts). With one partner the
merged card is that partner's card. With several:

* per indicator, the ratings given (``null``, not assessed, gives no opinion) merge when
  they agree and are a *conflict* when they differ; the star (NGO action) is set when any
  partner set it; narratives and recommendations are kept per partner;
* evidence is the union: an item given by several partners (the same id, or the same
  kind, title, source, url, date and note) appears once, listing every partner who gave it;
* the overall ranking merges like a rating; summaries and calls to action are kept per
  partner (calls to action once each).

The secretariat settles a conflict with ``resolve``: the decision is recorded with its
reason and with the values the partners gave at that time (its *basis*). It holds while
those values stay the same; when a partner's new revision changes one of them the
decision is marked reopened (``reopen_stale``, called by the import) and the conflict is
open again. A country with an open conflict is *unresolved*: reports list it and leave it
out of the figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cardentry.base.catalogue import default_catalogue
from cardentry.base.vocabulary import RANKINGS, RATINGS
from cardentry.secretariat import received
from cardentry.secretariat.received import CurrentRevision
from cardentry.secretariat.trust import chain_roots
from cardentry.storage.store import Store, StoreError, utc_now

RANKING_SUBJECT = "ranking"


class MergeError(StoreError):
    """A resolve request that cannot be applied; the message says why."""


def indicator_subject(code: str) -> str:
    return f"indicator:{code}"


# --- pure merging ----------------------------------------------------------------------


@dataclass(frozen=True)
class Contribution:
    """The current revision of one partner's assessment for a country and cycle."""

    key_id: str
    organisation: str
    assessment_id: str
    bundle_id: str
    revision: int
    exported_at: str
    payload: dict[str, Any]
    partner: str | None = None  # the first key of the partner's rotation chain (None: key_id)

    @property
    def partner_id(self) -> str:
        """Who the partner is across key rotations: ratings given are keyed by it."""
        return self.partner or self.key_id


@dataclass(frozen=True)
class Resolution:
    id: int
    country: str
    cycle: str
    subject: str
    value: str
    reason: str
    basis: dict[str, str | None]
    decided_at: str
    reopened_at: str | None
    reopened_by: str | None

    def holds_for(self, values: dict[str, str | None]) -> bool:
        return self.reopened_at is None and self.basis == values

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class MergedValue:
    """A merged rating or ranking: ``value`` is what is published (``None``: not assessed
    or an open conflict); ``status`` one of single, agreed, not_assessed, conflict, resolved."""

    value: str | None
    status: str
    given: dict[str, str | None]  # partner id (first key of its rotation chain) -> value given
    resolution: Resolution | None = None

    @property
    def open_conflict(self) -> bool:
        return self.status == "conflict"


@dataclass
class MergedEvidence:
    item: dict[str, Any]
    ids: list[str]
    partners: list[str]  # organisations, in partner order


@dataclass
class PartnerText:
    organisation: str
    key_id: str
    text: str


@dataclass
class MergedIndicator:
    code: str
    rating: MergedValue
    ngo_action: bool
    ngo_action_by: list[str]
    assessments: list[PartnerText]
    recommendations: list[PartnerText]
    evidence: list[MergedEvidence]


@dataclass
class MergedCard:
    country: str
    cycle: str
    contributions: list[Contribution]
    indicators: list[MergedIndicator]
    ranking: MergedValue
    summaries: list[PartnerText]
    calls_to_action: list[tuple[str, list[str]]]  # text, organisations
    stale_resolutions: list[Resolution] = field(default_factory=list)

    @property
    def open_conflicts(self) -> list[str]:
        subjects = [indicator_subject(i.code) for i in self.indicators if i.rating.open_conflict]
        if self.ranking.open_conflict:
            subjects.append(RANKING_SUBJECT)
        return subjects

    @property
    def resolved(self) -> bool:
        return not self.open_conflicts

    def indicator(self, code: str) -> MergedIndicator:
        for entry in self.indicators:
            if entry.code == code:
                return entry
        raise KeyError(code)

    def value_of(self, subject: str) -> MergedValue:
        """The merged ranking or indicator rating a subject names; ``KeyError`` if none."""
        if subject == RANKING_SUBJECT:
            return self.ranking
        return self.indicator(subject.split(":", 1)[1]).rating

    @property
    def organisations(self) -> list[str]:
        return [c.organisation for c in self.contributions]

    @property
    def organisation_by_partner(self) -> dict[str, str]:
        """Each contributing partner's organisation, by partner id."""
        return {c.partner_id: c.organisation for c in self.contributions}


def merge_values(given: dict[str, str | None], resolution: Resolution | None) -> MergedValue:
    """Merge the values partners gave (key_id -> value or ``None``) for one subject."""
    opinions = {value for value in given.values() if value is not None}
    if len(opinions) <= 1:
        value = next(iter(opinions), None)
        status = "not_assessed" if value is None else "single" if len(given) == 1 else "agreed"
        return MergedValue(value, status, dict(given))
    if resolution is not None and resolution.holds_for(given):
        return MergedValue(resolution.value, "resolved", dict(given), resolution)
    return MergedValue(None, "conflict", dict(given), resolution)


def _evidence_content(item: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(item.get(name) for name in ("kind", "title", "source", "url", "date", "note"))


def merge_evidence(per_partner: Iterable[tuple[str, list[dict[str, Any]]]]) -> list[MergedEvidence]:
    """The union of evidence lists, each item once with every partner who gave it."""
    merged: list[MergedEvidence] = []
    by_id: dict[str, MergedEvidence] = {}
    by_content: dict[tuple[Any, ...], MergedEvidence] = {}
    for organisation, items in per_partner:
        for item in items:
            content = _evidence_content(item)
            found = by_id.get(item["id"]) or by_content.get(content)
            if found is None:
                found = MergedEvidence(dict(item), [], [])
                merged.append(found)
            if item["id"] not in found.ids:
                found.ids.append(item["id"])
            if organisation not in found.partners:
                found.partners.append(organisation)
            by_id[item["id"]] = found
            by_content.setdefault(content, found)
    return merged


def merge_card(
    country: str,
    cycle: str,
    contributions: list[Contribution],
    resolutions: dict[str, Resolution] | None = None,
) -> MergedCard:
    """Merge partner cards (pure: no database). ``resolutions`` maps subject -> the latest
    decision for it. Contributions are ordered by partner id so the result does not depend
    on the order they were received in."""
    resolutions = resolutions or {}
    contributions = sorted(contributions, key=lambda c: c.partner_id)
    entries = [{e["code"]: e for e in c.payload["indicators"]} for c in contributions]
    indicators = []
    for code in default_catalogue().indicator_codes:
        given = {c.partner_id: entry[code]["rating"] for c, entry in zip(contributions, entries, strict=True)}
        starred = [
            c.organisation
            for c, entry in zip(contributions, entries, strict=True)
            if entry[code]["ngo_action"]
        ]
        indicators.append(
            MergedIndicator(
                code=code,
                rating=merge_values(given, resolutions.get(indicator_subject(code))),
                ngo_action=bool(starred),
                ngo_action_by=starred,
                assessments=[
                    PartnerText(c.organisation, c.key_id, entry[code]["assessment"])
                    for c, entry in zip(contributions, entries, strict=True)
                    if entry[code]["assessment"].strip()
                ],
                recommendations=[
                    PartnerText(c.organisation, c.key_id, entry[code]["recommendation"])
                    for c, entry in zip(contributions, entries, strict=True)
                    if entry[code]["recommendation"].strip()
                ],
                evidence=merge_evidence(
                    (c.organisation, entry[code]["evidence"])
                    for c, entry in zip(contributions, entries, strict=True)
                ),
            )
        )
    ranking_given = {c.partner_id: c.payload["overall"]["ranking"] for c in contributions}
    calls: dict[str, list[str]] = {}
    for c in contributions:
        for text in c.payload["calls_to_action"]:
            organisations = calls.setdefault(text, [])
            if c.organisation not in organisations:
                organisations.append(c.organisation)
    card = MergedCard(
        country=country,
        cycle=cycle,
        contributions=contributions,
        indicators=indicators,
        ranking=merge_values(ranking_given, resolutions.get(RANKING_SUBJECT)),
        summaries=[
            PartnerText(c.organisation, c.key_id, c.payload["overall"]["summary"])
            for c in contributions
            if c.payload["overall"]["summary"].strip()
        ],
        calls_to_action=list(calls.items()),
    )
    card.stale_resolutions = [
        r
        for subject, r in resolutions.items()
        if r.reopened_at is not None or r.basis != _given_for(card, subject)
    ]
    return card


def _given_for(card: MergedCard, subject: str) -> dict[str, str | None]:
    try:
        return card.value_of(subject).given
    except KeyError:
        return {}


# --- reading from the store ------------------------------------------------------------


def _pick_per_key(rows: Iterable[CurrentRevision], roots: dict[str, str]) -> list[CurrentRevision]:
    """One assessment per partner and card (the most recently exported), allowed countries
    only. A partner is the first key of its rotation chain (``roots``; absent: the key)."""
    best: dict[tuple[str, str, str], CurrentRevision] = {}
    for row in rows:
        _assessment_id, key_id, bundle_id, _revision, exported_at, country, cycle, _org, allowed = row
        if allowed is not None and country not in allowed:
            continue
        slot = (country, cycle, roots.get(key_id, key_id))
        current = best.get(slot)
        if current is None or (exported_at, bundle_id) > (current[4], current[2]):
            best[slot] = row
    return list(best.values())


def contributions(store: Store, country: str, cycle: str) -> list[Contribution]:
    rows = received.current_revisions(store, country=country, cycle=cycle)
    roots = chain_roots(store)
    result = []
    for row in _pick_per_key(rows, roots):
        assessment_id, key_id, bundle_id, revision, exported_at, _c, _y, organisation, _countries = row
        content = received.bundle_content(store, bundle_id)
        payload = json.loads(content.decode("utf-8-sig"))["payload"]
        result.append(
            Contribution(
                key_id,
                organisation,
                assessment_id,
                bundle_id,
                revision,
                exported_at,
                payload,
                partner=roots.get(key_id, key_id),
            )
        )
    return result


def _row_to_resolution(row: tuple[Any, ...]) -> Resolution:
    rid, country, cycle, subject, value, reason, basis, decided_at, reopened_at, reopened_by = row
    return Resolution(
        rid, country, cycle, subject, value, reason, json.loads(basis), decided_at, reopened_at, reopened_by
    )


_RESOLUTION_COLUMNS = (
    "id, country, cycle, subject, value, reason, basis, decided_at, reopened_at, reopened_by"
)


def latest_resolutions(store: Store, country: str, cycle: str) -> dict[str, Resolution]:
    """The latest decision per subject for a card."""
    return {r.subject: r for r in resolution_history(store, country, cycle)}


def resolution_history(store: Store, country: str, cycle: str) -> list[Resolution]:
    """Every decision for a card, oldest first."""
    rows = store.execute(
        f"SELECT {_RESOLUTION_COLUMNS} FROM resolution WHERE country = ? AND cycle = ? ORDER BY id",
        [country, cycle],
    ).fetchall()
    return [_row_to_resolution(row) for row in rows]


def merged_card(store: Store, country: str, cycle: str) -> MergedCard | None:
    """The merged card, or ``None`` when no trusted partner sent one."""
    found = contributions(store, country, cycle)
    if not found:
        return None
    return merge_card(country, cycle, found, latest_resolutions(store, country, cycle))


def cards_in_cycle(store: Store, cycle: str) -> list[str]:
    """The countries with at least one trusted partner's card in ``cycle``, sorted."""
    rows = received.current_revisions(store, cycle=cycle)
    return sorted({row[5] for row in _pick_per_key(rows, chain_roots(store))})


def cycles(store: Store) -> list[str]:
    rows = received.current_revisions(store)
    return sorted({row[6] for row in _pick_per_key(rows, chain_roots(store))})


# --- light merge for figures (no payload parsing) --------------------------------------


@dataclass(frozen=True)
class CardFigures:
    """What the overview counts for one country in one cycle."""

    country: str
    ratings: dict[str, str | None]  # code -> published rating (None: not assessed)
    ngo_action: dict[str, bool]
    ranking: str | None
    open_conflicts: tuple[str, ...]
    organisations: tuple[str, ...]

    @property
    def resolved(self) -> bool:
        return not self.open_conflicts


def figures_for_cycle(store: Store, cycle: str) -> dict[str, CardFigures]:
    """Every country's merged ratings and ranking in ``cycle``, from the rating table."""
    roots = chain_roots(store)
    rows = _pick_per_key(received.current_revisions(store, cycle=cycle), roots)
    if not rows:
        return {}
    by_bundle = {row[2]: row for row in rows}
    rankings = received.current_rankings(store, cycle)
    ratings = received.current_ratings(store, cycle)
    resolutions: dict[str, dict[str, Resolution]] = {}
    for row in store.execute(
        f"SELECT {_RESOLUTION_COLUMNS} FROM resolution WHERE cycle = ? ORDER BY id", [cycle]
    ):
        resolutions.setdefault(row[1], {})[row[3]] = _row_to_resolution(row)

    def partner(row: tuple[Any, ...]) -> str:
        return roots.get(row[1], row[1])

    per_country: dict[str, list[tuple[Any, ...]]] = {}
    for row in sorted(by_bundle.values(), key=partner):
        per_country.setdefault(row[5], []).append(row)
    codes = default_catalogue().indicator_codes
    result = {}
    for country, members in per_country.items():
        decided = resolutions.get(country, {})
        published: dict[str, str | None] = {}
        stars: dict[str, bool] = {}
        conflicts = []
        for code in codes:
            given = {partner(row): ratings[row[2]][code][0] for row in members}
            merged = merge_values(given, decided.get(indicator_subject(code)))
            published[code] = merged.value
            stars[code] = any(ratings[row[2]][code][1] for row in members)
            if merged.open_conflict:
                conflicts.append(indicator_subject(code))
        ranking = merge_values(
            {partner(row): rankings[row[2]] for row in members}, decided.get(RANKING_SUBJECT)
        )
        if ranking.open_conflict:
            conflicts.append(RANKING_SUBJECT)
        result[country] = CardFigures(
            country, published, stars, ranking.value, tuple(conflicts), tuple(row[7] for row in members)
        )
    return result


# --- deciding --------------------------------------------------------------------------


def resolve(
    store: Store,
    country: str,
    cycle: str,
    *,
    reason: str,
    indicator: str | None = None,
    rating: str | None = None,
    ranking: str | None = None,
) -> Resolution:
    """Settle a disagreement: ``indicator`` + ``rating``, or ``ranking``; with a reason.

    ``MergeError`` when the request is malformed or the partners do not disagree on it.
    """
    if not reason or not reason.strip():
        raise MergeError("give the reason for the decision")
    if (indicator is None) == (ranking is None):
        raise MergeError("resolve either an indicator (with a rating) or the ranking")
    if indicator is not None:
        if indicator not in default_catalogue().indicator_codes:
            raise MergeError(f"unknown indicator {indicator!r}")
        if rating not in RATINGS:
            raise MergeError(f"the rating must be one of {', '.join(RATINGS)}")
        subject, value = indicator_subject(indicator), rating
    else:
        if ranking not in RANKINGS:
            raise MergeError(f"the ranking must be one of {', '.join(RANKINGS)}")
        subject, value = RANKING_SUBJECT, ranking
    with store.transaction():
        card = merged_card(store, country, cycle)
        if card is None:
            raise MergeError(f"no trusted partner's card for {country} in {cycle}")
        merged = card.value_of(subject)
        if merged.status not in ("conflict", "resolved"):
            raise MergeError(f"the partners do not disagree on {subject} for {country} in {cycle}")
        cursor = store.execute(
            "INSERT INTO resolution (country, cycle, subject, value, reason, basis, decided_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                country,
                cycle,
                subject,
                value,
                reason.strip(),
                json.dumps(merged.given, sort_keys=True),
                utc_now(),
            ],
        )
        row = store.execute(
            f"SELECT {_RESOLUTION_COLUMNS} FROM resolution WHERE id = ?", [cursor.lastrowid]
        ).fetchone()
    return _row_to_resolution(row)


def reopen_stale(store: Store, country: str, cycle: str, by_bundle: str | None = None) -> list[Resolution]:
    """Mark reopened every standing decision of a card whose partners' values changed.

    Called by the import inside its transaction when a revision becomes current.
    """
    latest = latest_resolutions(store, country, cycle)
    standing = [r for r in latest.values() if r.reopened_at is None]
    if not standing:
        return []
    card = merged_card(store, country, cycle)
    reopened = []
    for resolution in standing:
        current = _given_for(card, resolution.subject) if card is not None else {}
        if current != resolution.basis:
            store.execute(
                "UPDATE resolution SET reopened_at = ?, reopened_by = ? WHERE id = ?",
                [utc_now(), by_bundle, resolution.id],
            )
            reopened.append(resolution)
    return reopened


@dataclass(frozen=True)
class OpenConflict:
    country: str
    cycle: str
    subject: str
    given: dict[str, str | None]  # organisation -> value
    reopened: bool


def open_conflicts(store: Store, cycle: str | None = None) -> list[OpenConflict]:
    """Every open disagreement (all cycles, or one), by cycle and country."""
    result = []
    for each_cycle in [cycle] if cycle else cycles(store):
        figures = figures_for_cycle(store, each_cycle)
        for country in sorted(figures):
            if figures[country].resolved:
                continue
            card = merged_card(store, country, each_cycle)
            assert card is not None
            names = card.organisation_by_partner
            for subject in card.open_conflicts:
                merged = card.value_of(subject)  # an open conflict carries its latest decision, if any
                result.append(
                    OpenConflict(
                        country,
                        each_cycle,
                        subject,
                        {names[k]: v for k, v in merged.given.items()},
                        merged.resolution is not None,
                    )
                )
    return result
