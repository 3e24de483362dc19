"""The indicator catalogue: goals, indicators, guidance and labels, loaded from data.

The catalogue lives in ``resources/catalogue/<id>-v<version>.json``. Every human text is a
map of language code to text (``{"en": ..., "fr": ...}``), so a translation is a data
change. The file is validated when loaded; a broken file raises ``CatalogueError`` naming
the file and the field, and the app refuses to start.

The schema and its messages are pydantic's, in ``base.catalogue_schema``. Importing
pydantic and building its validators costs ~60 ms, more than the whole first window may
take (issue 18), so a file is first put to a quick check written here: exact types, every
member present and none other, the same constraints. A file it accepts is one the schema
accepts without changing a value (``tests/base/test_catalogue.py`` holds the two to each
other, also on random edits); anything else, a broken file, or one pydantic would coerce,
goes to the schema, which refuses it with its message or hands back its normalised data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from cardentry.base.errors import CardentryError
from cardentry.base.resources import resource
from cardentry.base.vocabulary import EVIDENCE_KINDS, RANKINGS, RATINGS

DEFAULT_ID = "ecpat-cpc"
DEFAULT_VERSION = 1
FALLBACK_LANGUAGE = "en"


class CatalogueError(CardentryError):
    """The catalogue file is missing or broken; the message names the file and the field."""


class Text(dict[str, str]):
    """A text in several languages; ``text.get_for("fr")`` falls back to English."""

    def get_for(self, language: str) -> str:
        return self.get(language) or self.get(FALLBACK_LANGUAGE) or next(iter(self.values()))


@dataclass(frozen=True)
class Labelled:
    code: str
    label: Text
    description: Text


@dataclass(frozen=True)
class Star:
    label: Text
    description: Text


@dataclass(frozen=True)
class Guidance:
    green: Text
    yellow: Text
    red: Text
    star: Text

    def for_rating(self, rating: str) -> Text:
        return getattr(self, rating)


@dataclass(frozen=True)
class Indicator:
    code: str
    title: Text
    question: Text
    state_action: Text
    guidance: Guidance
    deciding: Text
    evidence_hint: Text


@dataclass(frozen=True)
class Goal:
    number: int
    code: str
    title: Text
    description: Text
    indicators: list[Indicator]


@dataclass(frozen=True)
class Catalogue:
    id: str
    version: int
    title: Text
    ratings: list[Labelled]
    star: Star
    rankings: list[Labelled]
    evidence_kinds: list[Labelled]
    goals: list[Goal]

    @property
    def indicators(self) -> list[Indicator]:
        return [indicator for goal in self.goals for indicator in goal.indicators]

    @cached_property  # asked twice per bundle the import checks
    def indicator_codes(self) -> tuple[str, ...]:
        return tuple(indicator.code for indicator in self.indicators)

    def indicator(self, code: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.code == code:
                return indicator
        raise KeyError(code)

    def goal_of(self, code: str) -> Goal:
        for goal in self.goals:
            if any(indicator.code == code for indicator in goal.indicators):
                return goal
        raise KeyError(code)

    def label(self, group: str, code: str) -> Text:
        """The label of a rating, ranking or evidence kind code."""
        for item in getattr(self, group):
            if item.code == code:
                return item.label
        raise KeyError(code)

    @property
    def languages(self) -> set[str]:
        return set(self.title)


# What each member of each part holds, for the quick check and for building the parts:
# "text" a text map, "str" a string, "count" an integer >= 1, a class one such part, and
# (class, n) a list of at least n of them. It names exactly the schema's fields
# (tests/base/test_catalogue.py checks it against base.catalogue_schema).
_TEXTS = ("title", "question", "state_action", "deciding", "evidence_hint")
MEMBERS: dict[type, dict[str, Any]] = {
    Labelled: {"code": "str", "label": "text", "description": "text"},
    Star: {"label": "text", "description": "text"},
    Guidance: dict.fromkeys(("green", "yellow", "red", "star"), "text"),
    Indicator: {"code": "str", **dict.fromkeys(_TEXTS, "text"), "guidance": Guidance},
    Goal: {
        "number": "count",
        "code": "str",
        "title": "text",
        "description": "text",
        "indicators": (Indicator, 1),
    },
    Catalogue: {
        "id": "str",
        "version": "count",
        "title": "text",
        "ratings": (Labelled, 0),
        "star": Star,
        "rankings": (Labelled, 0),
        "evidence_kinds": (Labelled, 0),
        "goals": (Goal, 1),
    },
}
_INDICATOR_CODE = re.compile(r"[a-z][a-z_]*")  # the schema's ^[a-z][a-z_]*$ ('$' as in Rust: the very end)


def _is_text(value: Any) -> bool:
    return (
        type(value) is dict
        and FALLBACK_LANGUAGE in value
        and all(type(key) is str and type(words) is str and words.strip() for key, words in value.items())
    )


def _is_plainly_valid(kind: Any, value: Any) -> bool:
    """Whether ``value`` is, with exactly these types, what ``kind`` needs (never more lenient
    than the schema, sometimes stricter: then the schema decides)."""
    if kind == "text":
        return _is_text(value)
    if kind == "str":
        return type(value) is str
    if kind == "count":
        return type(value) is int and value >= 1
    if isinstance(kind, tuple):
        part, least = kind
        if type(value) is not list or len(value) < least:
            return False
        return all(_is_plainly_valid(part, item) for item in value)
    members = MEMBERS[kind]
    if type(value) is not dict or value.keys() != members.keys():
        return False
    if kind is Indicator and not (type(value["code"]) is str and _INDICATOR_CODE.fullmatch(value["code"])):
        return False
    return all(_is_plainly_valid(members[name], value[name]) for name in members)


def _plainly_valid(data: Any) -> bool:
    """The quick check: the schema would accept ``data`` as it is (see the module's docstring)."""
    if not _is_plainly_valid(Catalogue, data):
        return False
    for name, expected in (("ratings", RATINGS), ("rankings", RANKINGS), ("evidence_kinds", EVIDENCE_KINDS)):
        if tuple(item["code"] for item in data[name]) != expected:
            return False
    codes = [indicator["code"] for goal in data["goals"] for indicator in goal["indicators"]]
    return len(set(codes)) == len(codes)


def _build(kind: Any, value: Any) -> Any:
    """The part of ``kind`` from valid data."""
    if kind == "text":
        return Text(value)
    if isinstance(kind, tuple):
        return [_build(kind[0], item) for item in value]
    if isinstance(kind, str):
        return value
    return kind(**{name: _build(member, value[name]) for name, member in MEMBERS[kind].items()})


def catalogue_path(catalogue_id: str = DEFAULT_ID, version: int = DEFAULT_VERSION) -> Path:
    return resource("catalogue", f"{catalogue_id}-v{version}.json")


def checked_by_schema(data: Any, path: Path) -> Catalogue:
    """``data`` validated by the schema itself (pydantic); ``CatalogueError`` names the file and field."""
    # pydantic (~60 ms): imported only when the quick check is unsure
    from cardentry.base.catalogue_schema import validate_catalogue

    normalised, problems = validate_catalogue(data)
    if normalised is None:
        raise CatalogueError("\n".join(f"{path}: {problem}" for problem in problems))
    return _build(Catalogue, normalised)


def load_catalogue(path: Path) -> Catalogue:
    """Read and validate one catalogue file; ``CatalogueError`` names the file and field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(f"{path}: the catalogue file is missing") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogueError(f"{path}: not valid JSON ({error})") from None
    if _plainly_valid(data):
        return _build(Catalogue, data)
    return checked_by_schema(data, path)


@cache
def default_catalogue() -> Catalogue:
    """The catalogue this version of the app fills in (loaded once)."""
    return load_catalogue(catalogue_path())


@cache
def known_catalogue(catalogue_id: str, version: int) -> bool:
    """Whether a bundle's catalogue reference names a catalogue this app has."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", catalogue_id) or version < 1:
        return False  # never build a file name from arbitrary text
    return catalogue_path(catalogue_id, version).is_file()
