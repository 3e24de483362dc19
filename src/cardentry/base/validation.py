"""Problems with some input, as people read them: a JSON path and a message.

Shared by the catalogue, the bundle schema, the answers file and the forms, on top of
pydantic's errors.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError


class Problem(BaseModel):
    """One thing wrong with some input: where (a JSON path) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def json_path(loc: tuple[int | str, ...]) -> str:
    """``('indicators', 3, 'evidence', 0, 'url')`` -> ``indicators[3].evidence[0].url``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("function-after", "function-before") or "[" in str(part):
            continue  # pydantic's names for validator steps, not members
        else:
            out += f".{part}" if out else str(part)
    return out


def _message(error: dict[str, Any]) -> str:
    message = str(error["msg"])
    return message.removeprefix("Value error, ")


def problems_from(error: ValidationError, prefix: tuple[int | str, ...] = ()) -> list[Problem]:
    """Every problem of a pydantic error, each with its JSON path."""
    problems = []
    for item in error.errors():
        loc = prefix + tuple(item["loc"])
        # A union "X | None" reports its branches; keep the path of the value itself.
        loc = tuple(part for part in loc if part not in ("str", "none", "list[str]"))
        problems.append(Problem(path=json_path(loc), message=_message(item)))
    # the same path can appear once per union branch; keep the first, in order
    unique: dict[tuple[str, str], Problem] = {}
    for problem in problems:
        unique.setdefault((problem.path, problem.message), problem)
    return _drop_null_branch_noise(list(unique.values()))


def _drop_null_branch_noise(problems: list[Problem]) -> list[Problem]:
    """For ``X | None`` pydantic also says 'Input should be None'; that is noise to a person."""
    paths_with_real_problem = {p.path for p in problems if p.message != "Input should be None"}
    return [
        p for p in problems if not (p.message == "Input should be None" and p.path in paths_with_real_problem)
    ]


def validate(
    model: type[BaseModel], data: Any, context: dict[str, Any] | None = None
) -> tuple[Any, list[Problem]]:
    """Validate ``data`` against ``model``: (instance, []) or (None, problems).

    ``context`` is pydantic's validation context (what the caller has already proven)."""
    try:
        return model.model_validate(data, context=context), []
    except ValidationError as error:
        return None, problems_from(error)
