"""Every revision the secretariat accepted, with its exact bytes, and what changed between two.

The import keeps each accepted revision (``imported`` or ``superseded``) byte for byte
(``received.add_revision``); nothing here ever changes them. ``diff`` compares two revisions of
one assessment: ratings, stars, texts, the ranking, calls to action and evidence (added,
removed, changed, by evidence id).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cardentry.secretariat import received
from cardentry.secretariat.received import ReceivedAssessment, Revision
from cardentry.storage.store import NotFound, Store


@dataclass(frozen=True)
class Change:
    """One difference: ``path`` as in the store (``indicators.helpline.rating``...)."""

    path: str
    kind: str  # changed, added, removed
    old: Any
    new: Any

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def __str__(self) -> str:
        if self.kind == "added":
            return f"+ {self.path}: {_short(self.new)}"
        if self.kind == "removed":
            return f"- {self.path}: {_short(self.old)}"
        return f"~ {self.path}: {_short(self.old)} -> {_short(self.new)}"


def _short(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def list_assessments(
    store: Store, country: str | None = None, cycle: str | None = None
) -> list[ReceivedAssessment]:
    """Every assessment received (from any key, trusted or revoked since), by card."""
    return received.assessments(store, country, cycle)


def list_revisions(store: Store, assessment_id: str) -> list[Revision]:
    """The revisions of an assessment, oldest first; ``NotFound`` if none was received."""
    head = received.current_bundle_id(store, assessment_id)
    if head is None:
        raise NotFound(f"No revisions received for assessment {assessment_id}.")
    return received.revisions(store, assessment_id, current_bundle_id=head)


def revision_bytes(store: Store, assessment_id: str, revision: int) -> bytes:
    """The exact bytes of a received revision, as they arrived."""
    content = received.revision_content(store, assessment_id, revision)
    if content is None:
        raise NotFound(f"No revision {revision} of assessment {assessment_id}.")
    return content


def revision_payload(store: Store, assessment_id: str, revision: int) -> dict[str, Any]:
    return json.loads(revision_bytes(store, assessment_id, revision).decode("utf-8-sig"))["payload"]


def diff_payloads(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """What changed from ``old`` to ``new`` (two payloads of one card)."""
    changes: list[Change] = []

    def compare(path: str, a: Any, b: Any) -> None:
        if a != b:
            changes.append(Change(path, "changed", a, b))

    compare("overall.ranking", old["overall"]["ranking"], new["overall"]["ranking"])
    compare("overall.summary", old["overall"]["summary"], new["overall"]["summary"])
    compare("calls_to_action", old["calls_to_action"], new["calls_to_action"])
    old_entries = {e["code"]: e for e in old["indicators"]}
    new_entries = {e["code"]: e for e in new["indicators"]}
    for code in [e["code"] for e in new["indicators"]]:
        a, b = old_entries.get(code), new_entries[code]
        if a is None:
            continue
        for member in ("rating", "ngo_action", "assessment", "recommendation"):
            compare(f"indicators.{code}.{member}", a[member], b[member])
        old_items = {item["id"]: item for item in a["evidence"]}
        new_items = {item["id"]: item for item in b["evidence"]}
        for item_id, item in old_items.items():
            if item_id not in new_items:
                changes.append(Change(f"indicators.{code}.evidence.{item_id}", "removed", item, None))
        for item_id, item in new_items.items():
            if item_id not in old_items:
                changes.append(Change(f"indicators.{code}.evidence.{item_id}", "added", None, item))
            else:
                for member in ("kind", "title", "source", "url", "date", "note"):
                    compare(
                        f"indicators.{code}.evidence.{item_id}.{member}",
                        old_items[item_id][member],
                        item[member],
                    )
    return changes


def diff(store: Store, assessment_id: str, old_revision: int, new_revision: int) -> list[Change]:
    """What changed between two received revisions of an assessment."""
    return diff_payloads(
        revision_payload(store, assessment_id, old_revision),
        revision_payload(store, assessment_id, new_revision),
    )
