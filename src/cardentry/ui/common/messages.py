"""The core's messages in the user's language: validation problems, review findings.

The core (``bundleformat``, ``partner``, ``secretariat``) stays free of Qt and speaks English:
the command line and logs print its sentences as they are. A window never shows such a
sentence directly; it passes it through here:

* ``problem_text`` translates a validation message (``"must start with http:// or
  https://"``): the known messages are listed below with ``QT_TRANSLATE_NOOP`` (so lupdate
  collects them, context ``Problems``), the ones with a value in them as patterns whose
  template is translated and filled again; an unknown message is shown as it is (English
  is better than nothing, and ``test_core_messages_are_all_translatable`` lists them);
* ``finding_text`` rebuilds a review finding from its template and params
  (``partner.review.Finding``: message, template, params), each param a translated problem or member name;
* ``date_hint`` explains a date typed the locale's way (``12/03/2011`` in French) as the
  card wants it (``2011-03-12``), in the user's words.
"""

from __future__ import annotations

import re
from typing import Any

from cardentry.ui.common.qt import QT_TRANSLATE_NOOP, QDate, QLocale, translate

PROBLEMS = (
    QT_TRANSLATE_NOOP("Problems", "a title is needed (what the document or source is called)"),
    QT_TRANSLATE_NOOP("Problems", "choose a kind"),
    QT_TRANSLATE_NOOP("Problems", "is empty"),
    QT_TRANSLATE_NOOP("Problems", "is not valid"),
    QT_TRANSLATE_NOOP("Problems", "must start with http:// or https://"),
    QT_TRANSLATE_NOOP("Problems", "must not contain spaces (write %20 for a space)"),
    QT_TRANSLATE_NOOP("Problems", "must be a date as YYYY, YYYY-MM or YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Problems", "must be a UUID in lowercase canonical form"),
    QT_TRANSLATE_NOOP("Problems", "must be a UTC time as YYYY-MM-DDTHH:MM:SSZ"),
    QT_TRANSLATE_NOOP("Problems", "must be a year (2012) or a year range (2010-2011)"),
    QT_TRANSLATE_NOOP("Problems", "the second year of a cycle must be after the first"),
    QT_TRANSLATE_NOOP("Problems", "must be an assigned ISO 3166-1 alpha-3 code in upper case, e.g. THA"),
    QT_TRANSLATE_NOOP("Problems", "Input should be a valid string"),
    # a partner's key file, and trusting it (secretariat.trust, bundleformat.keyfile)
    QT_TRANSLATE_NOOP("Problems", "not a public key file (far too large)"),
    QT_TRANSLATE_NOOP("Problems", "the public key is not 32 bytes of standard base64"),
    QT_TRANSLATE_NOOP("Problems", "the key_id does not match the public key"),
    QT_TRANSLATE_NOOP("Problems", "give at least one country, or none at all for any country"),
)

# (pattern of the English message, its template with the same names)
PATTERNS = (
    (r"(?P<value>.+) is not a real date", QT_TRANSLATE_NOOP("Problems", "{value} is not a real date")),
    (
        r"String should have at most (?P<count>[\d,]+) characters?",
        QT_TRANSLATE_NOOP("Problems", "is longer than {count} characters"),
    ),
    (
        r"contains the control character U\+(?P<code>[0-9A-F]+); remove it",
        QT_TRANSLATE_NOOP("Problems", "contains the control character U+{code}; remove it"),
    ),
    (
        r"contains a lone surrogate \(U\+(?P<code>[0-9A-F]+)\)",
        QT_TRANSLATE_NOOP("Problems", "contains an invalid character (U+{code})"),
    ),
    (
        r"not a public key file \(not JSON: (?P<reason>.+)\)",
        QT_TRANSLATE_NOOP("Problems", "not a public key file (not JSON: {reason})"),
    ),
    (
        r"not a public key file \(format must be (?P<format>.+)\)",
        QT_TRANSLATE_NOOP("Problems", "not a public key file (format must be {format})"),
    ),
    (
        r"cannot read (?P<path>.+): (?P<reason>[^:]+)",
        QT_TRANSLATE_NOOP("Problems", "cannot read {path}: {reason}"),
    ),
    (
        r"key (?P<fingerprint>\S+) \((?P<organisation>.+)\) was revoked on (?P<date>\S+); it cannot be "
        r"trusted again\. Ask the partner for a new key\.",
        QT_TRANSLATE_NOOP(
            "Problems",
            "key {fingerprint} ({organisation}) was revoked on {date}; it cannot be trusted again. "
            "Ask the partner for a new key.",
        ),
    ),
    (
        r"(?P<code>.+) is not an ISO 3166-1 alpha-3 country code",
        QT_TRANSLATE_NOOP("Problems", "{code} is not an ISO 3166-1 alpha-3 country code"),
    ),
)

FINDINGS = (
    QT_TRANSLATE_NOOP("Review", "{title}: not rated yet"),
    QT_TRANSLATE_NOOP("Review", "{title}: no assessment written yet"),
    QT_TRANSLATE_NOOP("Review", "{title}: the assessment {problem}"),
    QT_TRANSLATE_NOOP("Review", "{title}: the recommendation {problem}"),
    QT_TRANSLATE_NOOP("Review", "{title}, evidence “{name}”: {member} {problem}"),
    QT_TRANSLATE_NOOP("Review", "{title}, evidence item {number}: {member} {problem}"),
    QT_TRANSLATE_NOOP("Review", "{title}, evidence “{name}”: {problem}"),
    QT_TRANSLATE_NOOP("Review", "{title}, evidence item {number}: {problem}"),
    QT_TRANSLATE_NOOP("Review", "Overall summary: not written yet"),
    QT_TRANSLATE_NOOP("Review", "Overall summary {problem}"),
    QT_TRANSLATE_NOOP("Review", "Ranking: not chosen yet"),
    QT_TRANSLATE_NOOP("Review", "Calls to action: none written yet"),
    QT_TRANSLATE_NOOP("Review", "Calls to action: at most {limit} calls to action (there are {count})"),
    QT_TRANSLATE_NOOP("Review", "Calls to action: call {number} is longer than 2,000 characters"),
    QT_TRANSLATE_NOOP("Review", "Calls to action: call {number} {problem}"),
)

# problems that name their member themselves
WHOLE_SENTENCES = (
    "a title is needed (what the document or source is called)",
    "choose a kind",
)

# an evidence member as the core's English sentences name it, and its translation
MEMBERS = {
    "kind": QT_TRANSLATE_NOOP("Problems", "kind"),
    "title": QT_TRANSLATE_NOOP("Problems", "title"),
    "source": QT_TRANSLATE_NOOP("Problems", "source"),
    "url": QT_TRANSLATE_NOOP("Problems", "url"),
    "date": QT_TRANSLATE_NOOP("Problems", "date"),
    "note": QT_TRANSLATE_NOOP("Problems", "note"),
}

_PATTERNS = [(re.compile(pattern), template) for pattern, template in PATTERNS]


def is_known(message: str) -> bool:
    """Whether ``problem_text`` has a translation for ``message``."""
    return message in PROBLEMS or any(pattern.fullmatch(message) for pattern, _ in _PATTERNS)


def problem_text(message: str) -> str:
    """A validation message of the core in the user's language (a ``path: message`` too)."""
    if message in PROBLEMS:
        return translate("Problems", message)
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(message)
        if match:
            return translate("Problems", template).format(**match.groupdict())
    path, colon, rest = message.rpartition(": ")
    if colon and is_known(rest):  # a Problem printed with its JSON path: "indicators[3] (helpline).x: ..."
        return f"{path}: {problem_text(rest)}"
    return message


def member_text(member: str) -> str:
    return translate("Problems", MEMBERS[member]) if member in MEMBERS else member


def finding_text(finding: Any) -> str:
    """A review finding in the user's language (its English message when it has no template)."""
    if not finding.template or finding.template not in FINDINGS:
        return finding.message
    params = dict(finding.params)
    template = finding.template
    if params.get("problem") in WHOLE_SENTENCES:  # "title: a title is needed" says it twice
        template = template.replace("{member} ", "")
    if "problem" in params:
        params["problem"] = problem_text(params["problem"])
    if "member" in params:
        params["member"] = member_text(params["member"])
    return translate("Review", template).format(**params)


_NUMERIC_DATE = re.compile(r"\s*(\d{1,4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,4})\s*")


def date_hint(text: str, locale: QLocale | None = None) -> str | None:
    """For a date typed the locale's way (``12/03/2011`` in French, ``3/12/2011`` in the US):
    the sentence that says what to type instead, or ``None`` when it is not such a date."""
    match = _NUMERIC_DATE.fullmatch(text or "")
    if not match:
        return None
    locale = locale or QLocale()
    first, second, third = (int(part) for part in match.groups())
    if len(match.group(1)) == 4:
        return None  # year first: the card's own order (the validator's message says the rest)
    if len(match.group(3)) != 4:
        return None
    month_first = locale.dateFormat(QLocale.FormatType.ShortFormat).lstrip().upper().startswith("M")
    month, day = (first, second) if month_first else (second, first)
    date = QDate(third, month, day)
    if not date.isValid():
        return None
    iso = f"{third:04d}-{month:02d}-{day:02d}"
    return translate("Problems", "write the date as year-month-day: {iso} for {date}").format(
        iso=iso, date=locale.toString(date, QLocale.FormatType.LongFormat)
    )
