"""The catalogue's quick check (no pydantic at start-up) never differs from the schema.

``load_catalogue`` accepts a file through its quick check only when the pydantic schema
(``base.catalogue_schema``) would accept it unchanged; anything else goes to the schema.
These tests hold the two together: the same members, and the same outcome (the same
catalogue, or the same message) for the shipped file and for random edits of it.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardentry.base import catalogue_schema
from cardentry.base.catalogue import (
    MEMBERS,
    CatalogueError,
    catalogue_path,
    checked_by_schema,
    default_catalogue,
    load_catalogue,
)

SHIPPED = json.loads(catalogue_path().read_text(encoding="utf-8"))
PATH = Path("catalogue.json")


def test_the_quick_check_names_exactly_the_schemas_members():
    for part, members in MEMBERS.items():
        schema = getattr(catalogue_schema, part.__name__)
        assert set(members) == set(schema.model_fields), part.__name__


def test_the_shipped_catalogue_passes_the_quick_check_and_equals_the_schemas_reading():
    assert default_catalogue() == checked_by_schema(copy.deepcopy(SHIPPED), PATH)


def test_starting_the_command_line_on_the_shipped_catalogue_does_not_import_pydantic():
    code = (
        "import sys\nfrom cardentry.base.catalogue import default_catalogue\n"
        "default_catalogue()\nprint('pydantic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def _outcome(load, data: Any) -> tuple[str, Any]:
    try:
        return "accepted", load(data)
    except CatalogueError as error:
        return "refused", str(error)


def _through_the_file(tmp_path: Path, data: Any):
    def load(_: Any):
        return load_catalogue(tmp_path / "catalogue.json")

    (tmp_path / "catalogue.json").write_text(json.dumps(data), encoding="utf-8")
    return load


def _places(data: Any, path: tuple = ()) -> list[tuple]:
    """Every path to a value inside ``data`` (the root included)."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _places(value, (*path, index))
    return found


SCALARS = st.sampled_from(
    [0, -1, 1, 2, 1.0, 2.5, True, None, "", " ", "\n", "en", "green", "x_y", "abc\n", "1", "helpline"]
)
JSON_VALUES = SCALARS | st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-2, 3)
    | st.sampled_from(["Helpline", "a" * 30])
    | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["en", "fr", "code", "x"]), inner, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def edits(draw):
    """The shipped catalogue with one to three random changes: a value replaced, a member
    removed or added, a list shortened, reordered or given a copy of one of its items."""
    data = copy.deepcopy(SHIPPED)
    for _ in range(draw(st.integers(1, 3))):
        groups: dict[object, list[tuple]] = {}
        for place in _places(data)[1:]:  # grouped by member name (list items together), so
            groups.setdefault(place[-1] if isinstance(place[-1], str) else "[]", []).append(place)
        group = draw(st.sampled_from(sorted(groups)))  # that a rare member is edited as often
        path = draw(st.sampled_from(groups[group]))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        action = draw(st.sampled_from(["replace", "remove", "add", "copy", "reverse", "empty"]))
        if action == "replace":
            parent[key] = draw(JSON_VALUES)
        elif action == "remove":
            del parent[key]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "en", "fr", "code", "star"]))] = draw(JSON_VALUES)
        elif action == "copy" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif action == "reverse" and isinstance(parent[key], list):
            parent[key].reverse()
        elif action == "empty" and isinstance(parent[key], list | dict):
            parent[key].clear()
    return data


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=edits())
def test_an_edited_catalogue_has_the_same_outcome_as_with_the_schema_alone(tmp_path, data):
    load = _through_the_file(tmp_path, data)
    schema_alone = _outcome(lambda d: checked_by_schema(d, tmp_path / "catalogue.json"), data)
    assert _outcome(load, data) == schema_alone


def test_values_the_schema_would_coerce_are_left_to_the_schema(tmp_path):
    data = copy.deepcopy(SHIPPED)
    data["goals"][0]["number"] = True  # pydantic reads true as 1
    data["version"] = 1.0  # and 1.0 as 1
    catalogue = load_catalogue(_write(tmp_path, data))
    assert catalogue == default_catalogue()
    assert type(catalogue.goals[0].number) is int and type(catalogue.version) is int


def test_an_indicator_code_with_a_trailing_newline_is_refused_as_by_the_schema(tmp_path):
    data = copy.deepcopy(SHIPPED)
    data["goals"][0]["indicators"][0]["code"] = "helpline\n"
    path = _write(tmp_path, data)
    outcome = _outcome(lambda _: load_catalogue(path), data)
    assert outcome[0] == "refused" and "goals[0].indicators[0].code" in outcome[1]


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
