"""The partner reads the secretariat's feedback: import, keep, show beside the card, start from it.

network-format.md, "Feedback bundle". ``import_feedback`` takes one file (sealed to the
partner's sealing key, or plain), and in order: opens a sealed one (``bundleformat.sealed``:
``not_for_us``, ``cannot_decrypt``), runs checks 1-3, the network signature and the
schema (``bundleformat.feedback.check_feedback``: ``unknown_network_key``,
``bad_signature``, ``schema_invalid``), then against this profile: the card must be one
of its cards (``not_our_card``), the revision one it exported (``unknown_revision``), and
the same ``feedback_id`` again is ``duplicate``. A rejected file changes nothing.

Every feedback is kept (table ``feedback_received``, with its exact bytes). The
*current* feedback of a card is the one for the highest revision, then the latest
``issued_at``: a feedback for an older revision, imported later, never replaces it.

A comment is *unanswered* while its indicator has not been edited since the feedback
arrived (``unanswered_comments``). ``start_from_published`` makes the next cycle's card
from the previous one with the ratings and ranking the secretariat published.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cardentry.storage.store import Store, utc_now

if TYPE_CHECKING:
    from cardentry.bundleformat.sealed import SealingPrivateKey

STATUS_TEXT = {
    "received": "Received",
    "changes_requested": "Changes requested",
    "accepted": "Accepted",
    "published": "Published",
}
"""English names of the statuses (the UI translates its own)."""


@dataclass(frozen=True)
class FeedbackImport:
    """The outcome for one file: ``status`` ``imported``, ``duplicate`` or ``rejected``."""

    file: str
    status: str
    reason: str | None = None
    detail: str = ""
    feedback_id: str | None = None
    assessment_id: str | None = None
    revision: int | None = None
    sealed: bool = False

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "duplicate")

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "status": self.status,
            "reason": self.reason,
            "feedback_id": self.feedback_id,
            "assessment_id": self.assessment_id,
            "revision": self.revision,
            "detail": self.detail,
            "sealed": self.sealed,
        }


@dataclass(frozen=True)
class ReceivedFeedback:
    feedback_id: str
    assessment_id: str
    revision: int
    country: str
    cycle: str
    issued_at: str
    status: str
    message: str
    indicators: list[dict[str, Any]]
    published_ranking: str | None
    received_at: str
    sealed: bool
    current: bool = False

    @property
    def comments(self) -> dict[str, str]:
        """Each indicator's non-empty comment, by code."""
        return {entry["code"]: entry["comment"] for entry in self.indicators if entry["comment"].strip()}

    @property
    def published_ratings(self) -> dict[str, str | None]:
        """The published rating of each indicator the feedback names, by code."""
        return {entry["code"]: entry["published_rating"] for entry in self.indicators}

    def to_json(self) -> dict[str, Any]:
        return {
            "feedback_id": self.feedback_id,
            "assessment_id": self.assessment_id,
            "revision": self.revision,
            "country": self.country,
            "cycle": self.cycle,
            "status": self.status,
            "message": self.message,
            "indicators": self.indicators,
            "published_ranking": self.published_ranking,
            "issued_at": self.issued_at,
            "received_at": self.received_at,
            "sealed": self.sealed,
            "current": self.current,
        }


def feedback_is_sealed(data: bytes) -> bool:
    """Whether opening ``data`` needs the partner's sealing key (hence its passphrase)."""
    from cardentry.bundleformat.sealed import sealed_recipient

    return sealed_recipient(data) is not None


def import_feedback(
    store: Store,
    data: bytes,
    file_name: str,
    *,
    keyring: Mapping[str, SealingPrivateKey] | None = None,
) -> FeedbackImport:
    """Check and keep one feedback file; never raises for what is in the file."""
    # the bundle format and its pydantic models load on the first import, not when the
    # partner's home lists its cards (issue 18)
    from cardentry.bundleformat import feedback as feedback_format
    from cardentry.bundleformat.sealed import unseal
    from cardentry.storage.network_keys import accepted_network_key

    opened = unseal(data, keyring)
    if not opened.ok:
        detail = opened.detail
        if opened.reason == "not_for_us":
            detail = (
                "the feedback is sealed to a key that is not this profile's sealing key "
                "(another partner's, or a key from before this laptop)"
            )
        return FeedbackImport(file_name, "rejected", opened.reason, detail, sealed=opened.sealed)
    assert opened.bundle is not None
    network = accepted_network_key(store)
    check = feedback_format.check_feedback(opened.bundle, network.signing_public_key if network else None)
    claimed = check.to_json()
    known = {
        "feedback_id": claimed["feedback_id"],
        "assessment_id": claimed["assessment_id"],
        "revision": claimed["revision"],
        "sealed": opened.sealed,
    }
    if not check.ok:
        return FeedbackImport(file_name, "rejected", check.reason, check.detail, **known)
    payload = check.payload
    assert payload is not None
    card = store.db.execute(
        "SELECT country, cycle FROM assessment WHERE id = ?", [payload.assessment_id]
    ).fetchone()
    if card is None or tuple(card) != (payload.country, payload.cycle):
        return FeedbackImport(
            file_name,
            "rejected",
            "not_our_card",
            f"the feedback answers card {payload.assessment_id} ({payload.country} {payload.cycle}), "
            "which is not one of this profile's cards",
            **known,
        )
    exported = store.db.execute(
        "SELECT 1 FROM export WHERE assessment_id = ? AND revision = ?",
        [payload.assessment_id, payload.revision],
    ).fetchone()
    if exported is None:
        return FeedbackImport(
            file_name,
            "rejected",
            "unknown_revision",
            f"the feedback answers revision {payload.revision}, which this profile never exported",
            **known,
        )
    with store.transaction():
        if store.db.execute(
            "SELECT 1 FROM feedback_received WHERE feedback_id = ?", [payload.feedback_id]
        ).fetchone():
            return FeedbackImport(
                file_name, "duplicate", "duplicate", "this feedback was imported before", **known
            )
        store.db["feedback_received"].insert(
            {
                "feedback_id": payload.feedback_id,
                "assessment_id": payload.assessment_id,
                "revision": payload.revision,
                "country": payload.country,
                "cycle": payload.cycle,
                "issued_at": payload.issued_at,
                "status": payload.status,
                "message": payload.message,
                "indicators": json.dumps([entry.model_dump() for entry in payload.indicators]),
                "published_ranking": payload.published_ranking,
                "received_at": utc_now(),
                "sealed": int(opened.sealed),
                "sha256": hashlib.sha256(data).hexdigest(),
                "content": opened.bundle,
            }
        )
    return FeedbackImport(file_name, "imported", None, check.detail, **known)


_COLUMNS = (
    "feedback_id, assessment_id, revision, country, cycle, issued_at, status, message, indicators, "
    "published_ranking, received_at, sealed"
)


def _row(row: tuple[Any, ...], current: str | None) -> ReceivedFeedback:
    """A ``_COLUMNS`` row: the indicators decoded from JSON, ``sealed`` as a bool."""
    *head, indicators, ranking, received, sealed = row
    return ReceivedFeedback(
        *head, json.loads(indicators), ranking, received, bool(sealed), current=head[0] == current
    )


def _current_id(store: Store, assessment_id: str) -> str | None:
    row = store.execute(
        "SELECT feedback_id FROM feedback_received WHERE assessment_id = ? "
        "ORDER BY revision DESC, issued_at DESC, received_at DESC LIMIT 1",
        [assessment_id],
    ).fetchone()
    return None if row is None else row[0]


def list_feedback(store: Store, assessment_id: str | None = None) -> list[ReceivedFeedback]:
    """Every feedback kept (for one card when given), per card, newest first."""
    where, args = ("WHERE assessment_id = ?", [assessment_id]) if assessment_id else ("", [])
    rows = store.execute(  # not store.db: the home window lists the cards without sqlite-utils
        f"SELECT {_COLUMNS} FROM feedback_received {where} "
        "ORDER BY assessment_id, revision DESC, issued_at DESC, received_at DESC",
        args,
    ).fetchall()
    currents: dict[str, str | None] = {}
    found = []
    for row in rows:
        if row[1] not in currents:
            currents[row[1]] = _current_id(store, row[1])
        found.append(_row(row, currents[row[1]]))
    return found


def current_feedback(store: Store, assessment_id: str) -> ReceivedFeedback | None:
    """The feedback for the highest revision, then the latest ``issued_at`` (``None``: none)."""
    current = _current_id(store, assessment_id)
    if current is None:
        return None
    row = store.db.execute(
        f"SELECT {_COLUMNS} FROM feedback_received WHERE feedback_id = ?", [current]
    ).fetchone()
    return _row(row, current)


def secretariat_name(store: Store) -> str:
    from cardentry.storage.network_keys import accepted_network_key  # the key's parser: only here

    network = accepted_network_key(store)
    return network.name if network else "the secretariat"


def status_line(store: Store, assessment_id: str) -> str | None:
    """``Changes requested by <secretariat>, 2 comments`` for the card's current feedback."""
    current = current_feedback(store, assessment_id)
    if current is None:
        return None
    count = len(current.comments)
    comments = f", {count} comment" + ("" if count == 1 else "s") if count else ""
    return f"{STATUS_TEXT[current.status]} by {secretariat_name(store)}{comments}"


def overview(store: Store) -> dict[str, tuple[str, int]]:
    """Per card with feedback: (its current feedback's status, how many comments it holds)."""
    found: dict[str, tuple[str, int]] = {}
    for received in list_feedback(store):
        if received.current:
            found[received.assessment_id] = (received.status, len(received.comments))
    return found


def published_cards(store: Store) -> set[str]:
    """The cards for which a ``published`` feedback is kept."""
    rows = store.db.execute("SELECT DISTINCT assessment_id FROM feedback_received WHERE status = 'published'")
    return {row[0] for row in rows}


def is_feedback_file(name: str) -> bool:
    """``THA-2012-feedback-r1[.sealed].cpc.json``: a feedback file by its name (network-format.md)."""
    return re.search(r"-feedback-r[0-9]+(\.sealed)?\.cpc\.json$", name.lower()) is not None


@dataclass(frozen=True)
class Comment:
    code: str
    comment: str
    published_rating: str | None
    feedback_id: str
    answered: bool = field(default=False)


def comments_of(store: Store, assessment_id: str) -> list[Comment]:
    """The current feedback's comments, each marked answered once its indicator was edited
    after the feedback arrived."""
    current = current_feedback(store, assessment_id)
    if current is None:
        return []
    found = []
    for entry in current.indicators:
        if not entry["comment"].strip():
            continue
        answered = _edited_indicator(store, assessment_id, entry["code"], current.received_at)
        found.append(
            Comment(entry["code"], entry["comment"], entry["published_rating"], current.feedback_id, answered)
        )
    return found


def _edited_indicator(store: Store, assessment_id: str, code: str, since: str) -> bool:
    row = store.db.execute(
        "SELECT 1 FROM edit WHERE assessment_id = ? AND at > ? AND state = 0 AND path LIKE ? LIMIT 1",
        [assessment_id, since, f"indicators.{code}.%"],
    ).fetchone()
    return row is not None


def unanswered_comments(store: Store, assessment_id: str) -> list[Comment]:
    """The current feedback's comments whose indicator was not edited since it arrived."""
    return [comment for comment in comments_of(store, assessment_id) if not comment.answered]


def latest_published(store: Store, assessment_id: str) -> ReceivedFeedback | None:
    """The newest ``published`` feedback of a card (highest revision, then latest issued)."""
    row = store.db.execute(
        f"SELECT {_COLUMNS} FROM feedback_received WHERE assessment_id = ? AND status = 'published' "
        "ORDER BY revision DESC, issued_at DESC, received_at DESC LIMIT 1",
        [assessment_id],
    ).fetchone()
    return None if row is None else _row(row, _current_id(store, assessment_id))


def start_from_published(store: Store, country: str, cycle: str, previous_id: str) -> tuple[str, bool]:
    """(the new card's id, whether published values were used): the next cycle's card from
    ``previous_id`` (each indicator to review), with the secretariat's published ratings
    and ranking in place of the partner's own when a ``published`` feedback exists."""
    published = latest_published(store, previous_id)
    new_id = store.new_assessment(country, cycle, based_on=previous_id)
    if published is None:
        return new_id, False
    with store.transaction():
        for code, rating in published.published_ratings.items():
            store.db.execute(
                "UPDATE indicator SET rating = ? WHERE assessment_id = ? AND code = ?", [rating, new_id, code]
            )
        if published.published_ranking is not None:
            store.db.execute(
                "UPDATE assessment SET ranking = ? WHERE id = ?", [published.published_ranking, new_id]
            )
    return new_id, True
