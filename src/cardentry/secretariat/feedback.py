"""The secretariat answers a partner's card: feedback drafts, signed and sealed when sent.

network-format.md, "Feedback bundle". Per partner and card (one partner's assessment of a
country and cycle) the secretariat keeps one **draft** (table ``feedback_draft``): a
status (``received``, ``changes_requested``, ``accepted``, ``published``), a message, a
comment per indicator and the published ratings and ranking. ``offered_draft`` fills a
new draft from the merged card (``merge.merged_card``): the published value of every
indicator and of the ranking (when the status is ``published``), and the reason of each
decision (a resolved disagreement) offered as that indicator's comment.

``send_feedback`` answers the partner's *current* revision: the payload is checked and
signed with the network signing key (``bundleformat.feedback``), sealed to the partner's
sealing key when its trusted key file (version 2) carries one, written atomically as
``{COUNTRY}-{cycle}-feedback-r{revision}[.sealed].cpc.json``, and recorded (table
``feedback_sent``, with the bytes written); the draft is then removed. ``last_sent``
says, per country, what was last sent to whom (the dashboard's column).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry.base.atomic import write_atomically
from cardentry.base.catalogue import default_catalogue
from cardentry.secretariat import merge
from cardentry.secretariat.trust import get_key, printable
from cardentry.storage.store import Store, StoreError, utc_now

if TYPE_CHECKING:  # the dashboard reads what was sent without the crypto library (issue 18)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


class FeedbackError(StoreError):
    """A feedback cannot be made or sent as asked; the message says why and what to do."""


@dataclass(frozen=True)
class Partner:
    """One partner's current card for a country and cycle: whom a feedback answers."""

    key_id: str
    partner_id: str
    organisation: str
    assessment_id: str
    revision: int


@dataclass
class Draft:
    assessment_id: str
    key_id: str
    country: str
    cycle: str
    status: str = "received"
    message: str = ""
    indicators: list[dict[str, Any]] = field(default_factory=list)
    published_ranking: str | None = None
    updated_at: str = ""

    @property
    def comment_count(self) -> int:
        return sum(1 for entry in self.indicators if entry["comment"].strip())

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class SentFeedback:
    feedback_id: str
    assessment_id: str
    key_id: str
    organisation: str
    revision: int
    country: str
    cycle: str
    status: str
    issued_at: str
    sealed: bool
    file_name: str
    path: Path | None = None

    def to_json(self) -> dict[str, Any]:
        found = dict(self.__dict__)
        found["path"] = None if self.path is None else str(self.path)
        return found


def partners(store: Store, country: str, cycle: str) -> list[Partner]:
    """Every trusted partner's current card for the country and cycle (merge order)."""
    card = merge.merged_card(store, country, cycle)
    if card is None:
        return []
    return [
        Partner(c.key_id, c.partner_id, c.organisation, c.assessment_id, c.revision)
        for c in card.contributions
    ]


def find_partner(store: Store, country: str, cycle: str, key_id: str) -> Partner:
    """The partner whose key (or first key of its rotation chain) is ``key_id``
    (``1f0c-9e5a-...`` accepted); ``FeedbackError`` naming the partners there are."""
    wanted = key_id.replace("-", "").strip().lower()
    found = partners(store, country, cycle)
    for partner in found:
        if wanted in (partner.key_id, partner.partner_id):
            return partner
    there = ", ".join(f"{p.key_id} ({printable(p.organisation)})" for p in found) or "none"
    raise FeedbackError(
        f"no card from key {key_id} for {country} {cycle}; the partners with a card there: {there}"
    )


def _entry(code: str, comment: str = "", rating: str | None = None) -> dict[str, Any]:
    return {"code": code, "comment": comment, "published_rating": rating}


def offered_draft(store: Store, country: str, cycle: str, partner: Partner, status: str) -> Draft:
    """A new draft: each decision's reason offered as its indicator's comment and, for
    ``published``, the merged card's published ratings and ranking."""
    from cardentry.bundleformat.feedback import STATUSES  # the format's models, loaded on writing a draft

    if status not in STATUSES:
        raise FeedbackError(f"the status must be one of {', '.join(STATUSES)}, not {status!r}")
    card = merge.merged_card(store, country, cycle)
    indicators = []
    ranking = None
    if card is not None:
        for code in default_catalogue().indicator_codes:
            value = card.indicator(code).rating
            reason = value.resolution.reason if value.status == "resolved" and value.resolution else ""
            rating = value.value if status == "published" else None
            if reason or rating is not None:
                indicators.append(_entry(code, reason, rating))
        if status == "published":
            ranking = card.ranking.value
    return Draft(partner.assessment_id, partner.key_id, country, cycle, status, "", indicators, ranking)


def apply_answers(draft: Draft, answers: dict[str, Any]) -> Draft:
    """``draft`` with what a ``--from`` file (or the form) gives: any of ``message``,
    ``indicators`` (entries as in the payload; a code's comment or rating replaces the
    offered one) and ``published_ranking``. Checked when the feedback is signed."""
    if not isinstance(answers, dict) or set(answers) - {"message", "indicators", "published_ranking"}:
        raise FeedbackError("the answers must be a JSON object of message, indicators, published_ranking")
    updated = replace(draft, indicators=[dict(entry) for entry in draft.indicators])
    if "message" in answers:
        updated.message = answers["message"]
    if "published_ranking" in answers:
        updated.published_ranking = answers["published_ranking"]
    if "indicators" in answers:
        if not isinstance(answers["indicators"], list):
            raise FeedbackError("indicators must be a list of {code, comment, published_rating}")
        by_code = {entry["code"]: entry for entry in updated.indicators}
        for given in answers["indicators"]:
            if not isinstance(given, dict) or not isinstance(given.get("code"), str):
                raise FeedbackError("each indicator needs a code")
            entry = by_code.get(given["code"])
            if entry is None:
                entry = _entry(given["code"])
                updated.indicators.append(entry)
                by_code[given["code"]] = entry
            entry.update({k: v for k, v in given.items() if k in ("comment", "published_rating")})
            unknown = set(given) - {"code", "comment", "published_rating"}
            if unknown:
                raise FeedbackError(
                    f"unknown member(s) in indicator {given['code']}: {', '.join(sorted(unknown))}"
                )
        order = {code: i for i, code in enumerate(default_catalogue().indicator_codes)}
        updated.indicators.sort(key=lambda entry: order.get(entry["code"], len(order)))
    return updated


# --- drafts ----------------------------------------------------------------------------


def save_draft(store: Store, draft: Draft) -> Draft:
    saved = replace(draft, updated_at=utc_now())
    with store.transaction():
        store.db["feedback_draft"].upsert(
            {
                "assessment_id": saved.assessment_id,
                "key_id": saved.key_id,
                "country": saved.country,
                "cycle": saved.cycle,
                "status": saved.status,
                "message": saved.message,
                "indicators": json.dumps(saved.indicators, ensure_ascii=False),
                "published_ranking": saved.published_ranking,
                "updated_at": saved.updated_at,
            },
            pk="assessment_id",
        )
    return saved


def load_draft(store: Store, assessment_id: str) -> Draft | None:
    row = store.execute(
        "SELECT assessment_id, key_id, country, cycle, status, message, indicators, published_ranking, "
        "updated_at FROM feedback_draft WHERE assessment_id = ?",
        [assessment_id],
    ).fetchone()
    if row is None:
        return None
    aid, key_id, country, cycle, status, message, indicators, ranking, updated_at = row
    return Draft(aid, key_id, country, cycle, status, message, json.loads(indicators), ranking, updated_at)


def draft_for(store: Store, country: str, cycle: str, partner: Partner, status: str | None = None) -> Draft:
    """The saved draft for this partner's card, else a new one offered from the merged card."""
    saved = load_draft(store, partner.assessment_id)
    if saved is not None and (status is None or saved.status == status):
        return saved
    return offered_draft(store, country, cycle, partner, status or "received")


# --- sending ---------------------------------------------------------------------------


def build_payload(
    draft: Draft, revision: int, *, feedback_id: str | None = None, issued_at: str | None = None
) -> dict[str, Any]:
    from cardentry.bundleformat import feedback as feedback_format  # loaded when feedback is sent
    from cardentry.storage.keys import utc_now_seconds

    return {
        "feedback_id": feedback_id or feedback_format.new_feedback_id(),
        "assessment_id": draft.assessment_id,
        "revision": revision,
        "country": draft.country,
        "cycle": draft.cycle,
        "issued_at": issued_at or utc_now_seconds(),
        "status": draft.status,
        "message": draft.message,
        "indicators": [
            {
                "code": e["code"],
                "comment": e.get("comment", ""),
                "published_rating": e.get("published_rating"),
            }
            for e in draft.indicators
        ],
        "published_ranking": draft.published_ranking,
    }


def send_feedback(
    store: Store,
    draft: Draft,
    partner: Partner,
    signing_key: Ed25519PrivateKey,
    out: Path,
    *,
    seal: bool = True,
) -> SentFeedback:
    """Sign (and seal, when the partner's key file carries a sealing key and ``seal``) the
    answer to the partner's current revision, write it into the folder ``out`` (made if
    needed), record it and drop the draft. ``FeedbackError`` lists what is wrong; then
    nothing is written."""
    from cardentry.bundleformat import feedback as feedback_format  # loaded when feedback is sent

    payload = build_payload(draft, partner.revision)
    try:
        envelope = feedback_format.sign_feedback(payload, signing_key)
    except ValueError as error:
        raise FeedbackError(f"the feedback is not valid, nothing was sent: {error}") from None
    trusted = get_key(store, partner.key_id)
    sealing = trusted.sealing_public_key if trusted is not None and seal else None
    data = feedback_format.feedback_bytes(envelope, sealing)
    name = feedback_format.feedback_file_name(
        draft.country, draft.cycle, partner.revision, sealed=sealing is not None
    )
    path = out / name
    with store.transaction():
        store.db["feedback_sent"].insert(
            {
                "feedback_id": payload["feedback_id"],
                "assessment_id": partner.assessment_id,
                "key_id": partner.key_id,
                "organisation": partner.organisation,
                "revision": partner.revision,
                "country": draft.country,
                "cycle": draft.cycle,
                "status": draft.status,
                "issued_at": payload["issued_at"],
                "sealed": int(sealing is not None),
                "file_name": path.name,
                "content": data,
            }
        )
        store.execute("DELETE FROM feedback_draft WHERE assessment_id = ?", [partner.assessment_id])
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    return SentFeedback(
        payload["feedback_id"],
        partner.assessment_id,
        partner.key_id,
        partner.organisation,
        partner.revision,
        draft.country,
        draft.cycle,
        draft.status,
        payload["issued_at"],
        sealing is not None,
        path.name,
        path,
    )


_SENT = (
    "feedback_id, assessment_id, key_id, organisation, revision, country, cycle, status, issued_at, sealed, "
    "file_name"
)


def _sent(row: tuple[Any, ...]) -> SentFeedback:
    """A ``_SENT`` row, ``sealed`` as a bool."""
    *head, sealed, file_name = row
    return SentFeedback(*head, bool(sealed), file_name)


def list_sent(store: Store, country: str | None = None, cycle: str | None = None) -> list[SentFeedback]:
    """Every feedback sent (for a card when given), newest first."""
    clauses, args = [], []
    if country:
        clauses.append("country = ?")
        args.append(country)
    if cycle:
        clauses.append("cycle = ?")
        args.append(cycle)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = store.execute(
        f"SELECT {_SENT} FROM feedback_sent {where} ORDER BY issued_at DESC, rowid DESC", args
    ).fetchall()
    return [_sent(row) for row in rows]


def sent_content(store: Store, feedback_id: str) -> bytes | None:
    row = store.execute("SELECT content FROM feedback_sent WHERE feedback_id = ?", [feedback_id]).fetchone()
    return None if row is None else bytes(row[0])


def last_sent(store: Store, cycle: str) -> dict[str, list[SentFeedback]]:
    """Per country of ``cycle``: the last feedback sent to each partner (by assessment)."""
    found: dict[str, list[SentFeedback]] = {}
    seen: set[str] = set()
    for sent in list_sent(store, cycle=cycle):
        if sent.assessment_id in seen:
            continue
        seen.add(sent.assessment_id)
        found.setdefault(sent.country, []).append(sent)
    return found


def describe_last_sent(sent: list[SentFeedback]) -> str:
    """``changes_requested to ECPAT Thailand (r1)``, one per partner, for the dashboard."""
    return "; ".join(f"{s.status} to {printable(s.organisation)} (r{s.revision})" for s in sent)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
