"""The indicator catalogue: goals, indicators, guidance and labels, loaded from data.

The catalogue lives in ``resources/catalogue/<id>-v<version>.json``. Every human text is a
map of language code to text (``{"en": ..., "fr": ...}``), so a translation is a data
change. The file is validated with pydantic when loaded; a broken file raises
``CatalogueError`` naming the file and the field, and the app refuses to start.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from cardentry.base.errors import CardentryError
from cardentry.base.resources import resource
from cardentry.base.validation import json_path
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


def _check_text_map(value: dict[str, str]) -> Text:
    if FALLBACK_LANGUAGE not in value:
        raise ValueError("every text needs an English ('en') version")
    for language, words in value.items():
        if not words.strip():
            raise ValueError(f"the '{language}' text is empty")
    return Text(value)


TextMap = Annotated[dict[str, str], Field(min_length=1)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="after")
    @classmethod
    def _texts(cls, value: object) -> object:
        if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
            return _check_text_map(value)
        return value


class Labelled(_Part):
    code: str
    label: TextMap
    description: TextMap


class Star(_Part):
    label: TextMap
    description: TextMap


class Guidance(_Part):
    green: TextMap
    yellow: TextMap
    red: TextMap
    star: TextMap

    def for_rating(self, rating: str) -> Text:
        return getattr(self, rating)


class Indicator(_Part):
    code: str = Field(pattern=r"^[a-z][a-z_]*$")
    title: TextMap
    question: TextMap
    state_action: TextMap
    guidance: Guidance
    deciding: TextMap
    evidence_hint: TextMap


class Goal(_Part):
    number: int = Field(ge=1)
    code: str
    title: TextMap
    description: TextMap
    indicators: list[Indicator] = Field(min_length=1)


class Catalogue(_Part):
    id: str
    version: int = Field(ge=1)
    title: TextMap
    ratings: list[Labelled]
    star: Star
    rankings: list[Labelled]
    evidence_kinds: list[Labelled]
    goals: list[Goal] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Catalogue:
        for name, items, expected in (
            ("ratings", self.ratings, RATINGS),
            ("rankings", self.rankings, RANKINGS),
            ("evidence_kinds", self.evidence_kinds, EVIDENCE_KINDS),
        ):
            codes = tuple(item.code for item in items)
            if codes != expected:
                raise ValueError(f"{name} must be {', '.join(expected)} in that order")
        codes = [indicator.code for indicator in self.indicators]
        if len(set(codes)) != len(codes):
            raise ValueError("indicator codes must be unique")
        return self

    @property
    def indicators(self) -> list[Indicator]:
        return [indicator for goal in self.goals for indicator in goal.indicators]

    @property
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


def catalogue_path(catalogue_id: str = DEFAULT_ID, version: int = DEFAULT_VERSION) -> Path:
    return resource("catalogue", f"{catalogue_id}-v{version}.json")


def load_catalogue(path: Path) -> Catalogue:
    """Read and validate one catalogue file; ``CatalogueError`` names the file and field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(f"{path}: the catalogue file is missing") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogueError(f"{path}: not valid JSON ({error})") from None
    try:
        return Catalogue.model_validate(data)
    except ValidationError as error:
        lines = [
            f"{path}: {json_path(tuple(item['loc'])) or '(top level)'}: "
            f"{str(item['msg']).removeprefix('Value error, ')}"
            for item in error.errors()
        ]
        raise CatalogueError("\n".join(lines)) from None


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
