"""Words the secretariat's screens show for codes: outcomes, reasons, states, subjects, paths."""

from __future__ import annotations

from cardentry.catalogue import default_catalogue
from cardentry.countries import country_name

OUTCOME_TEXT = {
    "imported": "Imported",
    "duplicate": "Already imported",
    "superseded": "Kept in history (a newer revision is current)",
    "pending_trust": "Waiting for the key to be trusted",
    "rejected": "Rejected",
}
OUTCOME_SHORT = {
    "imported": "imported",
    "duplicate": "already imported",
    "superseded": "kept in history",
    "pending_trust": "waiting for a key",
    "rejected": "rejected",
}

# Every reason code of bundle-format.md (and "unreadable"), in plain words.
REASON_TEXT = {
    "too_large": "The file is larger than 5 MiB: it is not a card bundle, or it was damaged.",
    "malformed_json": (
        "The file cannot be read as a bundle: it was damaged or changed on the way (for example "
        "by an e-mail program), or it is another kind of file."
    ),
    "unsupported_format": (
        "This is not a card bundle, or it was made by a newer version of the app than this one."
    ),
    "bad_signature": (
        "The signature does not match: the file was changed after it was signed, or it was not "
        "signed by this key."
    ),
    "schema_invalid": "The card inside does not follow the bundle format (a part is missing or too long).",
    "unknown_catalogue": "The card uses a set of indicators this app does not know. Update the app.",
    "revoked_key": "It is signed with a key the secretariat has revoked.",
    "country_not_allowed": "The partner's key is trusted for other countries, not for this card's country.",
    "key_mismatch": (
        "This card was sent before signed with another key: another partner, or the partner made "
        "a new key. Ask the partner."
    ),
    "bundle_id_conflict": (
        "Another file with the same bundle number but different content was imported before: one "
        "of the two was altered."
    ),
    "revision_conflict": (
        "Another file with the same card and revision number was imported before, with different content."
    ),
    "unreadable": "The file could not be read (no permission, or it was moved during the import).",
}

RATING_NAMES = {"green": "Green", "yellow": "Yellow", "red": "Red", None: "Not assessed"}
RATING_TEXT = {
    "green": "Green: significant action",
    "yellow": "Yellow: partial action",
    "red": "Red: inadequate action",
    None: "Not assessed",
}
RANKING_TEXT = {
    "slow_progress": "Slow progress",
    "limited_measures": "Limited measures",
    "some_progress": "Some progress",
    "notable_efforts": "Notable efforts",
    None: "Not ranked",
}
STATE_HELP = {
    "no_card": "A partner is expected for this country but no card arrived for this cycle.",
    "pending_trust": "Cards arrived, signed with a key that is not trusted yet: see Partners' keys.",
    "conflicts": "Partners disagree; settle it before the country counts in the figures.",
    "resolved": "Counted in the figures.",
}


def reason_text(code: str | None) -> str:
    if not code:
        return ""
    return f"{REASON_TEXT.get(code, code)} ({code})"


def value_text(value: str | None, *, ranking: bool = False) -> str:
    return (RANKING_TEXT if ranking else RATING_TEXT).get(value, str(value))


def subject_title(subject: str) -> str:
    """``indicator:helpline`` -> ``Helpline``; ``ranking`` -> ``Overall ranking``."""
    if subject == "ranking":
        return "Overall ranking"
    code = subject.split(":", 1)[-1]
    try:
        return default_catalogue().indicator(code).title.get_for("en")
    except KeyError:
        return code


MEMBER_TEXT = {
    "rating": "rating",
    "ngo_action": "NGO action (star)",
    "assessment": "assessment",
    "recommendation": "recommendation",
    "kind": "kind",
    "title": "title",
    "source": "source",
    "url": "link",
    "date": "date",
    "note": "note",
}


def path_title(path: str) -> str:
    """A changed field for people: ``indicators.helpline.rating`` -> ``Helpline: rating``."""
    parts = path.split(".")
    if parts[0] == "overall":
        return "Overall ranking" if parts[1] == "ranking" else "Overall summary"
    if parts[0] == "calls_to_action":
        return "Calls to action"
    if parts[0] == "indicators" and len(parts) >= 3:
        title = subject_title(parts[1])
        if parts[2] == "evidence":
            member = f": {MEMBER_TEXT.get(parts[4], parts[4])}" if len(parts) > 4 else ""
            return f"{title}: evidence{member}"
        return f"{title}: {MEMBER_TEXT.get(parts[2], parts[2])}"
    return path


def country_title(code: str | None) -> str:
    return country_name(code) if code else ""
