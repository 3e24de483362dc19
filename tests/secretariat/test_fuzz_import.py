"""Hypothesis-driven mutation of real bundles through the whole import pipeline.

Whatever the bytes, the import returns an outcome (with a reason code when rejected),
never raises, and never writes half a bundle: each accepted file adds exactly one
revision with its 12 ratings and its log line; each rejected file adds only a log line.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bundle_factory import Partner, secretariat, trust
from cardentry.secretariat.importer import OUTCOMES, REASONS, import_bytes

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz") / "secretariat"
    partner = Partner.vector()
    store = secretariat(root)
    trust(store, partner, "THA")
    yield store, partner
    store.close()


def _counts(store) -> tuple[int, int, int]:
    db = store.db
    return (
        db.execute("SELECT count(*) FROM received_bundle").fetchone()[0],
        db.execute("SELECT count(*) FROM received_rating").fetchone()[0],
        db.execute("SELECT count(*) FROM import_log").fetchone()[0],
    )


def _check(store, data: bytes) -> None:
    before = _counts(store)
    result = import_bytes(store, data, "fuzzed.cpc.json")
    event(f"{result.status} {result.reason}")
    after = _counts(store)
    assert result.status in (*OUTCOMES, "rejected")
    if result.status == "rejected":
        assert result.reason in REASONS
        assert after[:2] == before[:2], "a rejected file changed more than the log"
    elif result.status in ("imported", "superseded"):
        assert after[0] == before[0] + 1 and after[1] == before[1] + 12
    else:
        assert after[:2] == before[:2]
    assert after[2] == before[2] + 1, "every file leaves exactly one log line"


@SETTINGS
@given(data=st.data())
def test_byte_mutations_of_a_valid_bundle_never_break_the_import(world, vectors_path_bytes, data):
    store, _ = world
    original = bytearray(vectors_path_bytes)
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        action = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        position = data.draw(st.integers(min_value=0, max_value=len(original) - 1))
        if action == "flip":
            original[position] ^= data.draw(st.integers(min_value=1, max_value=255))
        elif action == "insert":
            original[position:position] = data.draw(st.binary(min_size=1, max_size=8))
        elif action == "delete":
            del original[position : position + data.draw(st.integers(min_value=1, max_value=8))]
        else:
            del original[position:]
        if not original:
            break
    _check(store, bytes(original))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**60), max_value=2**60) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


@SETTINGS
@given(data=st.data())
def test_structural_mutations_re_signed_by_a_trusted_key_never_break_the_import(world, data):
    """Signed with the trusted key, so the mutation reaches checks 5-11, not just check 4."""
    store, partner = world
    payload = partner.payload(revision=data.draw(st.integers(min_value=1, max_value=5)))
    paths = [path for path in _paths(payload) if path]
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from(paths))
        parent = payload
        for part in path[:-1]:
            parent = parent[part]
        action = data.draw(st.sampled_from(["replace", "remove", "add"]))
        try:
            if action == "replace":
                parent[path[-1]] = data.draw(json_values)
            elif action == "remove":
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[data.draw(st.text(max_size=8))] = data.draw(json_values)
            else:
                parent.append(data.draw(json_values))
        except (KeyError, IndexError, TypeError):
            continue
        paths = [p for p in _paths(payload) if p]
        if not paths:
            break
    try:
        data_bytes = partner.sign(copy.deepcopy(payload))
    except (TypeError, ValueError, UnicodeEncodeError, OverflowError):
        return  # rfc8785 refuses it, so no signer could produce it either
    _check(store, data_bytes)


@pytest.fixture
def vectors_path_bytes(vectors_dir):
    return (vectors_dir / "valid-r1.cpc.json").read_bytes()


def test_the_unmutated_bundle_imports(world, vectors_path_bytes):
    store, _ = world
    result = import_bytes(store, vectors_path_bytes, "valid-r1.cpc.json")
    assert result.status in ("imported", "duplicate"), result
    json.loads(vectors_path_bytes)
