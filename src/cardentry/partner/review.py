"""What is missing or invalid in a draft card, as a list people can act on.

The partner's editor shows these findings on its review page (each one a link to the
field) and marks each indicator in its sidebar; the export dialog shows them as warnings.
Two severities:

* ``error``: the value breaks the bundle format (a half-typed URL, an empty evidence
  title): the card cannot be exported until it is fixed;
* ``missing``: something a complete card has (a rating, a narrative, the summary, the
  ranking, a call to action): the card can still be exported, with a warning.

Findings name the field by its store path (``indicators.helpline.rating``,
``evidence.<id>.url``...) and the editor page it is on (an indicator code, or
``summary``, ``ranking``, ``calls``). Nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from cardentry.base.catalogue import Catalogue, default_catalogue

if TYPE_CHECKING:
    from cardentry.bundleformat.models import Card, EvidenceItem, IndicatorEntry

Severity = Literal["error", "missing"]
Status = Literal["complete", "started", "empty", "invalid"]

SUMMARY_PAGE = "summary"
RANKING_PAGE = "ranking"
CALLS_PAGE = "calls"

_FRIENDLY = {
    "String should have at least 1 character": "is empty",
    "Input should be a valid string": "is empty",
}


@dataclass(frozen=True)
class Finding:
    """One thing missing or invalid. ``message`` is the English sentence (command line, logs);
    ``template`` and ``params`` are the same sentence in parts, so that a window can put it in
    the user's language (``template`` is one of ``TEMPLATES``; a ``problem`` param is a
    validation message, a ``member`` param an evidence member name)."""

    severity: Severity
    page: str
    path: str
    message: str
    template: str = ""
    params: tuple[tuple[str, str], ...] = ()


# Every sentence a finding is made of, as the UI's translation table lists them too.
NOT_RATED = "{title}: not rated yet"
NO_ASSESSMENT = "{title}: no assessment written yet"
BAD_ASSESSMENT = "{title}: the assessment {problem}"
BAD_RECOMMENDATION = "{title}: the recommendation {problem}"
BAD_EVIDENCE_NAMED = "{title}, evidence “{name}”: {member} {problem}"
BAD_EVIDENCE_NUMBERED = "{title}, evidence item {number}: {member} {problem}"
NO_SUMMARY = "Overall summary: not written yet"
BAD_SUMMARY = "Overall summary {problem}"
NO_RANKING = "Ranking: not chosen yet"
NO_CALLS = "Calls to action: none written yet"
TOO_MANY_CALLS = "Calls to action: at most {limit} calls to action (there are {count})"
CALL_TOO_LONG = "Calls to action: call {number} is longer than 2,000 characters"
BAD_CALL = "Calls to action: call {number} {problem}"
TEMPLATES = (
    NOT_RATED, NO_ASSESSMENT, BAD_ASSESSMENT, BAD_RECOMMENDATION, BAD_EVIDENCE_NAMED,
    BAD_EVIDENCE_NUMBERED, NO_SUMMARY, BAD_SUMMARY, NO_RANKING, NO_CALLS, TOO_MANY_CALLS,
    CALL_TOO_LONG, BAD_CALL,
)  # fmt: skip
TITLE_NEEDED = "a title is needed (what the document or source is called)"
CHOOSE_KIND = "choose a kind"
URL_WITH_SPACE = "must not contain spaces (write %20 for a space)"


def finding(severity: Severity, page: str, path: str, template: str, **params: Any) -> Finding:
    """A finding whose English ``message`` is ``template`` filled with ``params``."""
    values = {key: str(value) for key, value in params.items()}
    return Finding(severity, page, path, template.format(**values), template, tuple(values.items()))


def _models() -> ModuleType:
    """The bundle's pydantic models, loaded on first use: the partner's home window shows
    without them (issue 18)."""
    from cardentry.bundleformat import models

    return models


def evidence_problem(member: str, value: Any) -> str | None:
    """What is wrong with one evidence member as typed (``""`` counts as no URL or date)."""
    if member in ("url", "date") and value == "":
        value = None
    if member == "title" and not (value or "").strip():
        return TITLE_NEEDED
    problem = _models().field_problem(_models().EvidenceItem, member, value)
    if problem is None and member == "url" and any(c.isspace() for c in value or ""):
        return URL_WITH_SPACE  # the format allows it; a link with a space does not open
    if problem is None:
        return None
    if member == "kind":
        return CHOOSE_KIND
    return _FRIENDLY.get(problem, problem)


def text_problem(model: type, member: str, value: Any) -> str | None:
    problem = _models().field_problem(model, member, value)
    return None if problem is None else _FRIENDLY.get(problem, problem)


def call_problems(calls: list[str]) -> list[tuple[str, dict[str, Any]]]:
    """What is wrong with the calls to action, as (template, params) pairs."""
    problems: list[tuple[str, dict[str, Any]]] = []
    limit = _models().MAX_CALLS_TO_ACTION
    if len(calls) > limit:
        problems.append((TOO_MANY_CALLS, {"limit": limit, "count": len(calls)}))
    for number, call in enumerate(calls, start=1):
        if len(call) > 2000:
            problems.append((CALL_TOO_LONG, {"number": number}))
        else:
            problem = text_problem(_models().Overall, "summary", call)
            if problem:
                problems.append((BAD_CALL, {"number": number, "problem": problem}))
    return problems


def indicator_findings(entry: IndicatorEntry, title: str) -> list[Finding]:
    code = entry.code
    findings: list[Finding] = []
    if entry.rating is None:
        findings.append(finding("missing", code, f"indicators.{code}.rating", NOT_RATED, title=title))
    if not (entry.assessment or "").strip():
        findings.append(finding("missing", code, f"indicators.{code}.assessment", NO_ASSESSMENT, title=title))
    for member, template in (("assessment", BAD_ASSESSMENT), ("recommendation", BAD_RECOMMENDATION)):
        problem = text_problem(_models().IndicatorEntry, member, getattr(entry, member))
        if problem:
            findings.append(
                finding("error", code, f"indicators.{code}.{member}", template, title=title, problem=problem)
            )
    for number, item in enumerate(entry.evidence, start=1):
        named = (item.title or "").strip()
        for member in ("kind", "title", "source", "url", "date", "note"):
            problem = evidence_problem(member, getattr(item, member))
            if problem:
                path = f"evidence.{item.id}.{member}"
                template, which = (
                    (BAD_EVIDENCE_NAMED, {"name": named})
                    if named
                    else (BAD_EVIDENCE_NUMBERED, {"number": number})
                )
                params = {"title": title, **which, "member": member, "problem": problem}
                findings.append(finding("error", code, path, template, **params))
    return findings


def review_card(card: Card, catalogue: Catalogue | None = None, language: str = "en") -> list[Finding]:
    """Every finding of a draft card, in the order of the editor's pages."""
    catalogue = catalogue or default_catalogue()
    findings: list[Finding] = []
    for indicator in catalogue.indicators:
        try:
            entry = card.indicator(indicator.code)
        except KeyError:
            continue
        findings += indicator_findings(entry, indicator.title.get_for(language))
    summary = card.overall.summary or ""
    if not summary.strip():
        findings.append(finding("missing", SUMMARY_PAGE, "overall.summary", NO_SUMMARY))
    else:
        problem = text_problem(_models().Overall, "summary", summary)
        if problem:
            findings.append(finding("error", SUMMARY_PAGE, "overall.summary", BAD_SUMMARY, problem=problem))
    if card.overall.ranking is None:
        findings.append(finding("missing", RANKING_PAGE, "overall.ranking", NO_RANKING))
    if not card.calls_to_action:
        findings.append(finding("missing", CALLS_PAGE, "calls_to_action", NO_CALLS))
    for template, params in call_problems(card.calls_to_action):
        findings.append(finding("error", CALLS_PAGE, "calls_to_action", template, **params))
    return findings


def indicator_status(entry: IndicatorEntry) -> Status:
    """``invalid`` (something blocks export), ``complete`` (rated, with an assessment),
    ``started`` (anything filled) or ``empty``."""
    findings = indicator_findings(entry, entry.code)
    if any(finding.severity == "error" for finding in findings):
        return "invalid"
    if not findings:
        return "complete"
    touched = (
        entry.rating is not None
        or entry.ngo_action
        or (entry.assessment or "").strip()
        or (entry.recommendation or "").strip()
        or entry.evidence
    )
    return "started" if touched else "empty"


def card_value(card: Card, path: str) -> Any:
    """The value at a store field path in a loaded card (as ``Store.get_field`` reads it)."""
    parts = path.split(".")
    if path == "overall.ranking":
        return card.overall.ranking
    if path == "overall.summary":
        return card.overall.summary
    if path == "calls_to_action":
        return list(card.calls_to_action)
    if parts[0] == "indicators" and len(parts) == 3:
        entry = card.indicator(parts[1])
        if parts[2] == "evidence_order":
            return [item.id for item in entry.evidence]
        if parts[2] == "internal_notes":  # kept beside the payload's parts, never exported
            return card.internal_notes.get(parts[1], "")
        return getattr(entry, parts[2])
    if parts[0] == "evidence" and len(parts) == 3:
        item = find_evidence(card, parts[1])
        if item is None:
            raise KeyError(path)
        if parts[2] == "internal":
            return card.is_internal(item.id)
        return getattr(item, parts[2])
    raise KeyError(path)


def find_evidence(card: Card, evidence_id: str) -> EvidenceItem | None:
    for entry in card.indicators:
        for item in entry.evidence:
            if item.id == evidence_id:
                return item
    return None


def evidence_code(card: Card, evidence_id: str) -> str | None:
    """The indicator an evidence item belongs to."""
    for entry in card.indicators:
        if any(item.id == evidence_id for item in entry.evidence):
            return entry.code
    return None


def cycle_start(cycle: str) -> int:
    try:
        return int(cycle.split("-")[0])
    except ValueError:
        return 0


def previous_assessment_id(summaries: list[Any], country: str, cycle: str) -> str | None:
    """The card of the latest earlier cycle for the same country (for comparison), if any.

    ``summaries`` are ``Store.list_assessments()`` rows (anything with id, country, cycle).
    """
    start = cycle_start(cycle)
    earlier = [s for s in summaries if s.country == country and cycle_start(s.cycle) < start]
    if not earlier:
        return None
    return max(earlier, key=lambda s: (cycle_start(s.cycle), s.cycle, s.updated_at)).id
