"""Words the secretariat's screens show for codes: outcomes, reasons, states, subjects, paths.

The tables below are read-only mappings (code -> English text marked for lupdate); reading
an entry translates it into the interface language, so ``OUTCOME_TEXT[code]``, ``.get``,
``.values()`` and iteration work as with a dict and always give the current language.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from cardentry.base.catalogue import default_catalogue
from cardentry.ui.common.i18n import country_name, current_language
from cardentry.ui.common.qt import QT_TRANSLATE_NOOP, translate


class TranslatedTexts(Mapping[Any, str]):
    """Codes to texts, translated (in ``context``, as marked) each time one is read."""

    def __init__(self, texts: dict[Any, str], context: str = "SecretariatTexts"):
        self._texts = dict(texts)
        self._context = context

    def __getitem__(self, code: Any) -> str:
        return translate(self._context, self._texts[code])

    def __iter__(self) -> Iterator[Any]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"TranslatedTexts({self._texts!r}, {self._context!r})"


OUTCOME_TEXT = TranslatedTexts(
    {
        "imported": QT_TRANSLATE_NOOP("SecretariatTexts", "Imported"),
        "duplicate": QT_TRANSLATE_NOOP("SecretariatTexts", "Already imported"),
        "superseded": QT_TRANSLATE_NOOP("SecretariatTexts", "Kept in history (a newer revision is current)"),
        "pending_trust": QT_TRANSLATE_NOOP("SecretariatTexts", "Waiting for the key to be trusted"),
        "rejected": QT_TRANSLATE_NOOP("SecretariatTexts", "Rejected"),
        "skipped": QT_TRANSLATE_NOOP("SecretariatTexts", "Skipped: not read as a bundle"),
    }
)
OUTCOME_SHORT = TranslatedTexts(
    {
        "imported": QT_TRANSLATE_NOOP("SecretariatTexts", "imported"),
        "duplicate": QT_TRANSLATE_NOOP("SecretariatTexts", "already imported"),
        "superseded": QT_TRANSLATE_NOOP("SecretariatTexts", "kept in history"),
        "pending_trust": QT_TRANSLATE_NOOP("SecretariatTexts", "waiting for a key"),
        "rejected": QT_TRANSLATE_NOOP("SecretariatTexts", "rejected"),
        "skipped": QT_TRANSLATE_NOOP("SecretariatTexts", "skipped"),
    }
)

# Every reason code of bundle-format.md (and "unreadable"), in plain words.
SEALED_MARK = "\N{LOCK}"
"""Beside a file that came sealed (only this secretariat could read it on its way)."""

REASON_TEXT = TranslatedTexts(
    {
        "too_large": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The file is larger than 5 MiB: it is not a card bundle, or it was damaged.",
        ),
        "malformed_json": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The file cannot be read as a bundle: it was damaged or changed on the way (for example "
            "by an e-mail program), or it is another kind of file.",
        ),
        "unsupported_format": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "This is not a card bundle, or it was made by a newer version of the app than this one.",
        ),
        "bad_signature": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The signature does not match: the file was changed after it was signed, or it was not "
            "signed by this key.",
        ),
        "schema_invalid": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The card inside does not follow the bundle format (a part is missing or too long).",
        ),
        "unknown_catalogue": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The card uses a set of indicators this app does not know. Update the app.",
        ),
        "revoked_key": QT_TRANSLATE_NOOP(
            "SecretariatTexts", "It is signed with a key the secretariat has revoked."
        ),
        "country_not_allowed": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The partner's key is trusted for other countries, not for this card's country.",
        ),
        "key_mismatch": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "This card was sent before signed with another key: another partner, or the partner made "
            "a new key. Ask the partner.",
        ),
        "bundle_id_conflict": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "Another file with the same bundle number but different content was imported before: one "
            "of the two was altered.",
        ),
        "revision_conflict": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "Another file with the same card and revision number was imported before, with different "
            "content.",
        ),
        "unreadable": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The file could not be read (no permission, or it was moved during the import).",
        ),
        "not_for_us": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The file is sealed for another key than this secretariat's sealing keys: the partner has "
            "an old or another network's key file.",
        ),
        "cannot_decrypt": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The sealed file does not open with this secretariat's key: it was damaged or changed on "
            "its way. Ask the partner to send it again.",
        ),
        "not_sealed": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "The file is not sealed, and this secretariat accepts sealed files only. Ask the partner "
            "to accept the network key and export again.",
        ),
    }
)

# Why a file was skipped (not read as a bundle): importer.SKIP_REASONS in plain words.
SKIP_REASON_TEXT = TranslatedTexts(
    {
        "not_a_bundle": QT_TRANSLATE_NOOP(
            "SecretariatTexts", "Neither the file's name nor its beginning look like a card bundle."
        ),
        "key_file": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "A partner's public key file: add it under Partners' keys after the phone check.",
        ),
        "rotation_statement": QT_TRANSLATE_NOOP(
            "SecretariatTexts", "A partner's new key (a key rotation): accept it under Partners' keys."
        ),
        "temporary_file": QT_TRANSLATE_NOOP("SecretariatTexts", "A temporary file, still being written."),
        "symlink": QT_TRANSLATE_NOOP(
            "SecretariatTexts", "A link to another place: not followed. Import the place it leads to."
        ),
        "not_a_regular_file": QT_TRANSLATE_NOOP(
            "SecretariatTexts", "Not a file that can be read (a pipe or a device)."
        ),
    }
)

RATING_NAMES = TranslatedTexts(
    {
        "green": QT_TRANSLATE_NOOP("SecretariatTexts", "Green"),
        "yellow": QT_TRANSLATE_NOOP("SecretariatTexts", "Yellow"),
        "red": QT_TRANSLATE_NOOP("SecretariatTexts", "Red"),
        None: QT_TRANSLATE_NOOP("SecretariatTexts", "Not assessed"),
    }
)
RATING_TEXT = TranslatedTexts(
    {
        "green": QT_TRANSLATE_NOOP("SecretariatTexts", "Green: significant action"),
        "yellow": QT_TRANSLATE_NOOP("SecretariatTexts", "Yellow: partial action"),
        "red": QT_TRANSLATE_NOOP("SecretariatTexts", "Red: inadequate action"),
        None: QT_TRANSLATE_NOOP("SecretariatTexts", "Not assessed"),
    }
)
RANKING_TEXT = TranslatedTexts(
    {
        "slow_progress": QT_TRANSLATE_NOOP("SecretariatTexts", "Slow progress"),
        "limited_measures": QT_TRANSLATE_NOOP("SecretariatTexts", "Limited measures"),
        "some_progress": QT_TRANSLATE_NOOP("SecretariatTexts", "Some progress"),
        "notable_efforts": QT_TRANSLATE_NOOP("SecretariatTexts", "Notable efforts"),
        None: QT_TRANSLATE_NOOP("SecretariatTexts", "Not ranked"),
    }
)
STATE_HELP = TranslatedTexts(
    {
        "no_card": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "A partner is expected for this country but no card arrived for this cycle.",
        ),
        "pending_trust": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "Cards arrived, signed with a key that is not trusted yet: see Partners' keys.",
        ),
        "conflicts": QT_TRANSLATE_NOOP(
            "SecretariatTexts",
            "Partners disagree; settle it before the country counts in the figures.",
        ),
        "resolved": QT_TRANSLATE_NOOP("SecretariatTexts", "Counted in the figures."),
    }
)


def reason_text(code: str | None) -> str:
    if not code:
        return ""
    return f"{REASON_TEXT.get(code, SKIP_REASON_TEXT.get(code, code))} ({code})"


def value_text(value: str | None, *, ranking: bool = False) -> str:
    return (RANKING_TEXT if ranking else RATING_TEXT).get(value, str(value))


def indicator_title(code: str, default: str) -> str:
    """An indicator's title in the UI's language; ``default`` for a code the catalogue lacks."""
    try:
        return default_catalogue().indicator(code).title.get_for(current_language())
    except KeyError:
        return default


def subject_title(subject: str) -> str:
    """``indicator:helpline`` -> ``Helpline``; ``ranking`` -> ``Overall ranking`` (in the UI's language)."""
    if subject == "ranking":
        return translate("SecretariatTexts", "Overall ranking")
    code = subject.split(":", 1)[-1]
    return indicator_title(code, code)


MEMBER_TEXT = TranslatedTexts(
    {
        "rating": QT_TRANSLATE_NOOP("SecretariatTexts", "rating"),
        "ngo_action": QT_TRANSLATE_NOOP("SecretariatTexts", "NGO action (star)"),
        "assessment": QT_TRANSLATE_NOOP("SecretariatTexts", "assessment"),
        "recommendation": QT_TRANSLATE_NOOP("SecretariatTexts", "recommendation"),
        "kind": QT_TRANSLATE_NOOP("SecretariatTexts", "kind"),
        "title": QT_TRANSLATE_NOOP("SecretariatTexts", "title"),
        "source": QT_TRANSLATE_NOOP("SecretariatTexts", "source"),
        "url": QT_TRANSLATE_NOOP("SecretariatTexts", "link"),
        "date": QT_TRANSLATE_NOOP("SecretariatTexts", "date"),
        "note": QT_TRANSLATE_NOOP("SecretariatTexts", "note"),
    }
)


def path_title(path: str) -> str:
    """A changed field for people: ``indicators.helpline.rating`` -> ``Helpline: rating``."""
    parts = path.split(".")
    if parts[0] == "overall":
        if parts[1] == "ranking":
            return translate("SecretariatTexts", "Overall ranking")
        return translate("SecretariatTexts", "Overall summary")
    if parts[0] == "calls_to_action":
        return translate("SecretariatTexts", "Calls to action")
    if parts[0] == "indicators" and len(parts) >= 3:
        title = subject_title(parts[1])
        if parts[2] == "evidence":
            if len(parts) > 4:
                return translate("SecretariatTexts", "{title}: evidence: {member}").format(
                    title=title, member=MEMBER_TEXT.get(parts[4], parts[4])
                )
            return translate("SecretariatTexts", "{title}: evidence").format(title=title)
        return translate("SecretariatTexts", "{title}: {member}").format(
            title=title, member=MEMBER_TEXT.get(parts[2], parts[2])
        )
    return path


def country_title(code: str | None) -> str:
    return country_name(code) if code else ""
