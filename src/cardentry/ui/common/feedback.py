"""The words both apps use for feedback (network-format.md): statuses and the one-line summary."""

from __future__ import annotations

from typing import Any

from cardentry.ui.common.qt import QT_TRANSLATE_NOOP, translate

STATUS_TEXT = {
    "received": QT_TRANSLATE_NOOP("Feedback", "Received"),
    "changes_requested": QT_TRANSLATE_NOOP("Feedback", "Changes requested"),
    "accepted": QT_TRANSLATE_NOOP("Feedback", "Accepted"),
    "published": QT_TRANSLATE_NOOP("Feedback", "Published"),
}


def status_text(status: str) -> str:
    """A feedback status in the current language (an unknown code as it is)."""
    return translate("Feedback", STATUS_TEXT[status]) if status in STATUS_TEXT else status


def feedback_line(status: str, secretariat: str, comments: int) -> str:
    """``Changes requested by <secretariat>, 2 comments`` (plain text: show it in a plain-text label)."""
    line = translate("Feedback", "{status} by {secretariat}").format(
        status=status_text(status), secretariat=secretariat
    )
    if comments == 1:
        line += translate("Feedback", ", 1 comment")
    elif comments:
        line += translate("Feedback", ", {count} comments").format(count=comments)
    return line


def sent_line(organisation: str, status: str, revision: int) -> str:
    """``Changes requested to ECPAT Thailand (r1)``: what the secretariat last sent."""
    return translate("Feedback", "{status} to {organisation} (r{revision})").format(
        status=status_text(status), organisation=organisation, revision=revision
    )


REASON_TEXT = {
    "unknown_network_key": QT_TRANSLATE_NOOP(
        "Feedback", "it is not signed by your secretariat's network key"
    ),
    "bad_signature": QT_TRANSLATE_NOOP("Feedback", "it was changed after the secretariat signed it"),
    "schema_invalid": QT_TRANSLATE_NOOP("Feedback", "it is not a valid feedback"),
    "not_our_card": QT_TRANSLATE_NOOP("Feedback", "it answers a card that is not one of yours"),
    "unknown_revision": QT_TRANSLATE_NOOP("Feedback", "it answers a revision you never exported"),
    "not_for_us": QT_TRANSLATE_NOOP("Feedback", "it is sealed to another key than yours"),
    "cannot_decrypt": QT_TRANSLATE_NOOP("Feedback", "it does not open: damaged on its way"),
}


def feedback_outcome(result: Any, file_name: str) -> str:
    """One line per imported file: imported, already there, or rejected and why (plain text)."""
    if result.status == "imported":
        return translate("Feedback", "{file}: imported").format(file=file_name)
    if result.status == "duplicate":
        return translate("Feedback", "{file}: already imported").format(file=file_name)
    why = translate("Feedback", REASON_TEXT[result.reason]) if result.reason in REASON_TEXT else result.reason
    return translate("Feedback", "{file}: not imported, {reason}").format(file=file_name, reason=why)
