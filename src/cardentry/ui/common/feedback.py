"""The words both apps use for feedback (network-format.md): statuses and the one-line summary."""

from __future__ import annotations

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
    if comments:
        line += translate("Feedback", ", %n comment(s)", "", comments)
    return line


def sent_line(organisation: str, status: str, revision: int) -> str:
    """``Changes requested to ECPAT Thailand (r1)``: what the secretariat last sent."""
    return translate("Feedback", "{status} to {organisation} (r{revision})").format(
        status=status_text(status), organisation=organisation, revision=revision
    )
