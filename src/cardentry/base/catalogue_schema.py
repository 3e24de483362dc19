"""The catalogue's schema in pydantic: the authority on what a valid catalogue file is and
how a broken one is described (each problem with its JSON path).

``base.catalogue`` asks it only when its own quick check of a file is not sure: a file
the quick check accepts is one this schema accepts unchanged, so start-up need not import
pydantic for the shipped catalogue (issue 18; ``tests/base/test_catalogue.py`` holds the
two to each other). The checks themselves live here, once.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from cardentry.base.validation import json_path
from cardentry.base.vocabulary import EVIDENCE_KINDS, RANKINGS, RATINGS

FALLBACK_LANGUAGE = "en"
INDICATOR_CODE_PATTERN = r"^[a-z][a-z_]*$"


def check_text_map(value: dict[str, str]) -> dict[str, str]:
    if FALLBACK_LANGUAGE not in value:
        raise ValueError("every text needs an English ('en') version")
    for language, words in value.items():
        if not words.strip():
            raise ValueError(f"the '{language}' text is empty")
    return value


TextMap = Annotated[dict[str, str], Field(min_length=1)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="after")
    @classmethod
    def _texts(cls, value: object) -> object:
        if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
            return check_text_map(value)
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


class Indicator(_Part):
    code: str = Field(pattern=INDICATOR_CODE_PATTERN)
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
        codes = [indicator.code for goal in self.goals for indicator in goal.indicators]
        if len(set(codes)) != len(codes):
            raise ValueError("indicator codes must be unique")
        return self


def validate_catalogue(data: Any) -> tuple[dict[str, Any] | None, list[str]]:
    """``(the catalogue as plain data, [])`` when valid, else ``(None, problems)``: one
    ``'<JSON path>: <message>'`` per problem (``(top level)`` for the whole file)."""
    try:
        return Catalogue.model_validate(data).model_dump(), []
    except ValidationError as error:
        problems = []
        for item in error.errors():
            message = str(item["msg"]).removeprefix("Value error, ")
            problems.append(f"{json_path(tuple(item['loc'])) or '(top level)'}: {message}")
        return None, problems
