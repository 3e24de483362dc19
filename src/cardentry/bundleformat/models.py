"""The card and its parts as pydantic models, with exactly the limits of bundle format v1.

One set of models serves three uses:

* the bundle schema (``Payload``: check 5 of the import rules),
* the answers file of ``assessment fill`` (``Answers``: any subset of a card),
* form validation, field by field (``field_problem``), and the card the store holds
  (``Card``: the same parts, built without validation so that a draft with a half-typed
  URL still loads).

Every string obeys the format's rules: no C0 control character except TAB, LF and CR,
no lone surrogate, lengths counted in code points (Python's ``len``).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections import Counter
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from cardentry.base.catalogue import default_catalogue
from cardentry.base.countries import is_country
from cardentry.base.validation import problems_from
from cardentry.base.vocabulary import (
    EvidenceKind,
    Ranking,
    Rating,
)

MAX_LONG_TEXT = 20_000
MAX_EVIDENCE = 200
MAX_CALLS_TO_ACTION = 50
MAX_REVISION = 1_000_000

_FORBIDDEN_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_LOWER_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CYCLE = re.compile(r"([0-9]{4})(?:-([0-9]{4}))?")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_TIMESTAMP_FIELDS = ((0, 4), (5, 2), (8, 2), (11, 2), (14, 2), (17, 2))  # Y m d H M S
_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_COUNTRY = re.compile(r"[A-Z]{3}")


TEXT_RULES_HOLD = "text_rules_hold"
"""Validation context key: every string of the value is already known to obey the
character rules (``text_rules_hold_in``), so the per-string scan is skipped."""

# In JSON text a string can only hold a C0 control character through an escape: the
# decoder refuses raw ones. These are the escapes that can write one other than TAB, LF
# and CR (\t \n \r): \b, \f and \u0000-\u001f. An escaped backslash followed by b, f or
# u00 also matches: a false alarm, which only means the full check runs.
_CONTROL_ESCAPE = re.compile(rb"\\(?:[bf]|u00[01])")


def text_rules_hold_in(json_bytes: bytes) -> bool:
    """True when no string decoded from ``json_bytes`` can break the character rules.

    For bytes that ``cardentry.base.strictjson.parse`` accepted: strict UTF-8 and the
    reader's own check already exclude lone surrogates, and the JSON decoder refuses raw
    control characters, so only an escape can put a forbidden character into a string;
    without one, every string is clean. Linear in the size of the bytes (one regular
    expression search, in C), against a scan of every string one by one.
    """
    return _CONTROL_ESCAPE.search(json_bytes) is None


def proven_by(json_bytes: bytes, *, plain_escapes: bool = False) -> dict[str, bool] | None:
    """The validation context for a value parsed from ``json_bytes``: what the bytes
    prove about its strings (``TEXT_RULES_HOLD``), or ``None`` when they prove nothing.

    ``plain_escapes``: the strict reader found only common escapes in these bytes
    (``strictjson.Parsed.plain_escapes``), which proves the rules without a second scan.
    """
    return {TEXT_RULES_HOLD: True} if plain_escapes or text_rules_hold_in(json_bytes) else None


def _clean_text(value: str, info: ValidationInfo) -> str:
    if info.context is not None and info.context.get(TEXT_RULES_HOLD):
        return value
    match = _FORBIDDEN_CHARS.search(value)
    if match:
        code = ord(match.group())
        if 0xD800 <= code <= 0xDFFF:
            raise ValueError(f"contains a lone surrogate (U+{code:04X})")
        raise ValueError(f"contains the control character U+{code:04X}; remove it")
    return value


def text(max_length: int | None = None, min_length: int = 0) -> Any:
    """A string type obeying the format's character rules and the given length limits."""
    return Annotated[
        str,
        Field(min_length=min_length, max_length=max_length),
        AfterValidator(_clean_text),
    ]


def _check_uuid(value: str) -> str:
    if not _UUID.fullmatch(value):
        raise ValueError("must be a UUID such as 0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b")
    return value


def _check_lower_uuid(value: str) -> str:
    if not _LOWER_UUID.fullmatch(value):
        raise ValueError("must be a UUID in lowercase canonical form")
    return value


def _check_url(value: str) -> str:
    if not value.lower().startswith(("http://", "https://")):
        raise ValueError("must start with http:// or https://")
    return value


@functools.lru_cache(maxsize=4096)  # a pure check; cards repeat their dates
def _check_partial_date(value: str) -> str:
    match = _PARTIAL_DATE.fullmatch(value)
    if not match:
        raise ValueError("must be a date as YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        _dt.date(year, month or 1, day or 1)
    except ValueError:
        raise ValueError(f"{value} is not a real date") from None
    return value


def _check_timestamp(value: str) -> str:
    if not _TIMESTAMP.fullmatch(value):
        raise ValueError("must be a UTC time as YYYY-MM-DDTHH:MM:SSZ")
    try:  # what strptime("%Y-%m-%dT%H:%M:%SZ") checks after the pattern, without its parser
        _dt.datetime(*(int(value[start : start + size]) for start, size in _TIMESTAMP_FIELDS))
    except ValueError:
        raise ValueError(f"{value} is not a real time") from None
    return value


def _check_cycle(value: str) -> str:
    match = _CYCLE.fullmatch(value)
    if not match:
        raise ValueError("must be a year (2012) or a year range (2010-2011)")
    first, second = match.groups()
    if second is not None and int(second) <= int(first):
        raise ValueError("the second year of a cycle must be after the first")
    return value


def _check_country(value: str) -> str:
    if not _COUNTRY.fullmatch(value) or not is_country(value):
        raise ValueError("must be an assigned ISO 3166-1 alpha-3 code in upper case, e.g. THA")
    return value


Uuid = Annotated[str, AfterValidator(_check_uuid)]
LowerUuid = Annotated[str, AfterValidator(_check_lower_uuid)]
Url = Annotated[text(2000), AfterValidator(_check_url)]
PartialDate = Annotated[str, AfterValidator(_check_partial_date)]
Timestamp = Annotated[str, AfterValidator(_check_timestamp)]
Cycle = Annotated[str, AfterValidator(_check_cycle)]
Country = Annotated[str, AfterValidator(_check_country)]
LongText = text(MAX_LONG_TEXT)
AnyText = text()


class _Strict(BaseModel):
    """Base of every model: JSON types exactly (no 1 for true), no unknown members."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=False)


class EvidenceItem(_Strict):
    id: Uuid
    kind: EvidenceKind
    title: text(500, 1)
    source: text(500)
    url: Url | None
    date: PartialDate | None
    note: LongText


class IndicatorEntry(_Strict):
    code: AnyText
    rating: Rating | None
    ngo_action: bool
    assessment: LongText
    recommendation: LongText
    evidence: Annotated[list[EvidenceItem], Field(max_length=MAX_EVIDENCE)]


class Overall(_Strict):
    ranking: Ranking | None
    summary: LongText


class AppInfo(_Strict):
    name: AnyText
    version: AnyText


class CatalogueRef(_Strict):
    id: AnyText
    version: int


class Organisation(_Strict):
    name: text(200, 1)
    email: AnyText | None


CallsToAction = Annotated[list[text(2000, 1)], Field(max_length=MAX_CALLS_TO_ACTION)]


def _check_indicator_count(indicators: Any) -> Any:
    """Before any entry is looked at: more entries than the catalogue has codes is refused
    at once (a 5 MiB list of one repeated entry costs nothing)."""
    known = default_catalogue().indicator_codes
    if isinstance(indicators, list) and len(indicators) > len(known):
        raise ValueError(
            f"holds {len(indicators):,} indicators; there are {len(known)} in the catalogue, "
            "one entry each at most"
        )
    return indicators


_MAX_CODES_NAMED = 5


def _named(codes: list[str]) -> str:
    shown = ", ".join(codes[:_MAX_CODES_NAMED])
    return shown + (f" (and {len(codes) - _MAX_CODES_NAMED} more)" if len(codes) > _MAX_CODES_NAMED else "")


def _check_indicator_set(indicators: list[Any], *, complete: bool) -> None:
    """Codes must be catalogue codes, each at most once (exactly once when ``complete``).

    Linear in the number of entries (one pass, a counter), whatever they hold.
    """

    known = default_catalogue().indicator_codes
    counts = Counter(entry.code for entry in indicators)
    unknown = [code for code in counts if code not in known]
    if unknown:
        raise ValueError(f"unknown indicator code(s): {_named(unknown)}")
    repeated = sorted(code for code, count in counts.items() if count > 1)
    if repeated:
        raise ValueError(f"indicator(s) given more than once: {_named(repeated)}")
    if complete and len(counts) != len(known):
        missing = [code for code in known if code not in counts]
        raise ValueError(
            f"must hold exactly {len(known)} indicators, one per catalogue code; "
            f"missing: {', '.join(missing)}"
        )


def _check_unique_evidence_ids(indicators: list[Any]) -> None:
    seen: set[str] = set()
    for entry in indicators:
        for item in entry.evidence or []:
            if item.id is None:
                continue
            if item.id in seen:
                raise ValueError(f"evidence id {item.id} is used more than once")
            seen.add(item.id)


class Payload(_Strict):
    """The signed payload of a bundle: a whole card, complete and valid."""

    bundle_id: LowerUuid
    assessment_id: Uuid
    revision: Annotated[int, Field(ge=1, le=MAX_REVISION)]
    exported_at: Timestamp
    app: AppInfo
    catalogue: CatalogueRef
    organisation: Organisation
    country: Country
    cycle: Cycle
    overall: Overall
    indicators: list[IndicatorEntry]
    calls_to_action: CallsToAction

    @field_validator("indicators", mode="before")
    @classmethod
    def _not_too_many(cls, indicators: Any) -> Any:
        return _check_indicator_count(indicators)

    @field_validator("indicators")
    @classmethod
    def _whole_card(cls, indicators: list[IndicatorEntry]) -> list[IndicatorEntry]:
        _check_indicator_set(indicators, complete=True)
        _check_unique_evidence_ids(indicators)
        return indicators


# --- answers (``assessment fill``): any subset of a card --------------------------------


class EvidenceInput(EvidenceItem):
    """An evidence item in an answers file: the id may be left out (one is made).

    ``internal``: the item stays on the partner's computer, never exported
    (network-format.md, "Internal evidence and notes")."""

    id: Uuid | None = None
    source: text(500) = ""
    url: Url | None = None
    date: PartialDate | None = None
    note: LongText = ""
    internal: bool = False


class IndicatorAnswers(_Strict):
    """Answers for one indicator; only the members present are applied.

    ``internal_notes``: the partner's own notes, never exported."""

    code: AnyText
    rating: Rating | None = None
    ngo_action: bool = False
    assessment: LongText = ""
    recommendation: LongText = ""
    internal_notes: LongText = ""
    evidence: Annotated[list[EvidenceInput], Field(max_length=MAX_EVIDENCE)] = []


class OverallAnswers(_Strict):
    ranking: Ranking | None = None
    summary: LongText = ""


class Answers(_Strict):
    """The file ``assessment fill`` reads: ``overall``, ``indicators``, ``calls_to_action``."""

    overall: OverallAnswers | None = None
    indicators: list[IndicatorAnswers] = []
    calls_to_action: CallsToAction | None = None

    @field_validator("indicators", mode="before")
    @classmethod
    def _not_too_many(cls, indicators: Any) -> Any:
        return _check_indicator_count(indicators)

    @field_validator("indicators")
    @classmethod
    def _known_codes(cls, indicators: list[IndicatorAnswers]) -> list[IndicatorAnswers]:
        _check_indicator_set(indicators, complete=False)
        _check_unique_evidence_ids(indicators)
        return indicators


# --- the card a store holds --------------------------------------------------------------


INTERNAL_EVIDENCE_MEMBER = "internal"
INTERNAL_NOTES_MEMBER = "internal_notes"


class Card(BaseModel):
    """A partner's card as stored: same parts as a payload, not validated (a draft).

    Beyond the payload's parts it knows what stays on the partner's computer
    (network-format.md, "Internal evidence and notes"): the ids of evidence items marked
    internal (``internal_evidence``) and each indicator's internal notes
    (``internal_notes``, by code, non-empty ones only). ``answers_dict()`` leaves them out
    entirely (it is what an export signs); ``answers_dict(internal=True)`` carries every item
    with ``"internal"`` and every indicator with ``"internal_notes"``.
    """

    model_config = ConfigDict(extra="forbid")

    assessment_id: str
    country: str
    cycle: str
    overall: Overall
    indicators: list[IndicatorEntry]
    calls_to_action: list[str]
    internal_evidence: frozenset[str] = frozenset()
    internal_notes: dict[str, str] = {}

    def indicator(self, code: str) -> IndicatorEntry:
        for entry in self.indicators:
            if entry.code == code:
                return entry
        raise KeyError(code)

    def is_internal(self, evidence_id: str) -> bool:
        return evidence_id in self.internal_evidence

    def answers_dict(self, *, internal: bool = False) -> dict[str, Any]:
        """The card's content in the payload's shape: overall, indicators, calls_to_action.

        Without ``internal`` (what an export uses) internal evidence and notes are left out.
        With it, in the answers file's shape (so that it reads back the same): internal items
        carry ``"internal": true``, indicators with notes carry ``"internal_notes"``."""
        indicators = []
        for entry in self.indicators:
            dumped = entry.model_dump(exclude={"evidence"})
            dumped["evidence"] = []
            for item in entry.evidence:
                if not self.is_internal(item.id):
                    dumped["evidence"].append(item.model_dump())
                elif internal:
                    dumped["evidence"].append({**item.model_dump(), INTERNAL_EVIDENCE_MEMBER: True})
            if internal and self.internal_notes.get(entry.code):
                dumped[INTERNAL_NOTES_MEMBER] = self.internal_notes[entry.code]
            indicators.append(dumped)
        return {
            "overall": self.overall.model_dump(),
            "indicators": indicators,
            "calls_to_action": list(self.calls_to_action),
        }

    def internal_counts(self) -> tuple[int, int]:
        """(internal evidence items, indicators with internal notes): what an export leaves behind."""
        present = {item.id for entry in self.indicators for item in entry.evidence}
        notes = sum(1 for text_value in self.internal_notes.values() if text_value)
        return len(self.internal_evidence & present), notes


_adapters: dict[tuple[type[BaseModel], str], TypeAdapter[Any]] = {}


def field_problem(model: type[BaseModel], field: str, value: Any) -> str | None:
    """Form validation: what is wrong with ``value`` for ``model.field``, or ``None``."""
    key = (model, field)
    if key not in _adapters:
        info = model.model_fields[field]
        annotated = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
        _adapters[key] = TypeAdapter(annotated, config=ConfigDict(strict=True))
    try:
        _adapters[key].validate_python(value)
    except ValidationError as error:
        problems = problems_from(error)
        return problems[0].message if problems else "is not valid"
    return None


def validate_countries(text_value: str) -> tuple[tuple[str, ...], list[str]]:
    """Parse ``"THA,KHM"`` into codes; problems name every code that is not assigned."""
    codes = tuple(code.strip().upper() for code in text_value.split(",") if code.strip())
    problems = []
    for code in codes:
        try:
            _check_country(code)
        except ValueError:
            problems.append(f"{code} is not an ISO 3166-1 alpha-3 country code")
    return codes, problems


def field_problem_of_type(annotation: Any, value: Any) -> str | None:
    """What is wrong with ``value`` as an ``annotation`` (e.g. ``Country``), or ``None``."""
    try:
        TypeAdapter(annotation, config=ConfigDict(strict=True)).validate_python(value)
    except ValidationError as error:
        problems = problems_from(error)
        return problems[0].message if problems else "is not valid"
    return None
