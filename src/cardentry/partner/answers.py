"""Reading an answers file (``assessment fill``): strict JSON, then the ``Answers`` model.

Everything is checked before anything is applied; every problem is reported with its
JSON path (``indicators[3].evidence[0].url: must start with http:// or https://``).
"""

from __future__ import annotations

from pathlib import Path

from cardentry.base import strictjson
from cardentry.base.validation import Problem, validate
from cardentry.bundleformat.models import Answers

MAX_ANSWERS_FILE = 50 * 1024 * 1024


def parse_answers(data: bytes) -> tuple[Answers | None, list[Problem]]:
    try:
        value = strictjson.loads(data)
    except strictjson.StrictJSONError as error:
        return None, [Problem(path="", message=f"not a valid JSON file: {error}")]
    if not isinstance(value, dict):
        return None, [
            Problem(path="", message="must be a JSON object with overall, indicators, calls_to_action")
        ]
    return validate(Answers, value)


def read_answers_file(path: Path) -> tuple[Answers | None, list[Problem]]:
    try:
        if path.stat().st_size > MAX_ANSWERS_FILE:
            return None, [Problem(path="", message="the file is larger than 50 MB")]
        data = path.read_bytes()
    except OSError as error:
        return None, [Problem(path="", message=f"cannot read the file: {error.strerror}")]
    return parse_answers(data)
