"""One owner for what arrived: ``secretariat/received.py``.

The SQL on ``received_bundle``, ``received_rating``, ``received_assessment``,
``pending_bundle`` and ``import_log`` lives in ``received.py`` alone (and the schema in
``storage/migrations.py``); the trust tables in ``trust.py`` (``received.py`` joins
``trusted_key`` in three documented reads). The source is grepped: every string literal
of every module (docstrings aside, where naming a table is prose) is searched for the
table names. Writes run inside the caller's transaction, so one file stays one
transaction.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from bundle_factory import Partner, import_data, secretariat, trust
from cardentry.secretariat import received
from cardentry.secretariat.dashboard import known_cycles
from cardentry.secretariat.history import list_revisions
from cardentry.secretariat.importer import import_log, list_pending

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "cardentry"
WHAT_ARRIVED = ("received_bundle", "received_rating", "received_assessment", "pending_bundle", "import_log")
TRUST_TABLES = ("trusted_key", "key_rotation")
SCHEMA = "storage/migrations.py"


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the string constants that are docstrings (of a module, class or function)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def tables_named(source: str, tables: tuple[str, ...]) -> list[tuple[int, str]]:
    """(line, table) for every string literal of ``source`` naming one of ``tables`` (SQL
    text, parts of f-strings and table names passed as values alike); docstrings aside."""
    pattern = re.compile(rf"\b({'|'.join(tables)})\b")
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            hits.extend((node.lineno, match) for match in pattern.findall(node.value))
    return sorted(hits)


def modules() -> dict[str, str]:
    return {
        path.relative_to(PACKAGE).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_only_received_py_has_sql_on_what_arrived() -> None:
    found = {
        f"{name}:{line} ({table})"
        for name, source in modules().items()
        if name not in ("secretariat/received.py", SCHEMA)
        for line, table in tables_named(source, WHAT_ARRIVED)
    }
    assert not found, f"SQL on what arrived outside secretariat/received.py: {sorted(found)}"
    owner = modules()["secretariat/received.py"]
    assert {table for _, table in tables_named(owner, WHAT_ARRIVED)} == set(WHAT_ARRIVED)


def test_only_trust_py_has_sql_on_the_trust_store_besides_received_py_joins() -> None:
    found = {
        f"{name}:{line} ({table})"
        for name, source in modules().items()
        if name not in ("secretariat/trust.py", "secretariat/received.py", SCHEMA)
        for line, table in tables_named(source, TRUST_TABLES)
    }
    assert not found, f"SQL on the trust store outside secretariat/trust.py: {sorted(found)}"
    joins = modules()["secretariat/received.py"]
    assert {table for _, table in tables_named(joins, TRUST_TABLES)} == {"trusted_key"}  # reads only
    assert "INTO trusted_key" not in joins and "UPDATE trusted_key" not in joins


def test_the_grep_finds_sql_in_strings_fstrings_and_table_lists_but_not_in_docstrings() -> None:
    source = '''
"""The module docstring may name import_log."""
def last(store):
    """So may a function's: received_bundle."""
    row = store.db.execute("SELECT max(at) FROM import_log").fetchone()
    for table in ("trusted_key", "pending_bundle"):
        store.db.execute(f"SELECT * FROM {table} WHERE key_id IN ({marks})")
    store.db.execute(f"DELETE FROM received_rating WHERE bundle_id = {bundle!r}")
    return store.db["received_assessment"].count
'''
    assert tables_named(source, WHAT_ARRIVED) == [
        (5, "import_log"),
        (6, "pending_bundle"),
        (8, "received_rating"),
        (9, "received_assessment"),
    ]
    assert tables_named(source, TRUST_TABLES) == [(6, "trusted_key")]


# --- behaviour -------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path):
    with secretariat(tmp_path / "sec") as opened:
        yield opened


def test_a_write_outside_the_callers_transaction_is_refused_and_writes_nothing(store) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        received.log_import(
            store,
            file_name="x.cpc.json",
            sha256="",
            outcome="rejected",
            reason="unreadable",
            detail="",
            bundle_id=None,
            key_id=None,
            country=None,
            cycle=None,
            revision=None,
            quarantine_path=None,
            sealed=False,
        )
    with pytest.raises(RuntimeError, match="transaction"):
        received.drop_held(store, 1)
    assert import_log(store) == []


def test_each_imported_file_is_one_transaction(store) -> None:
    partner = Partner.new("Partner A")
    trust(store, partner, "THA")
    held = Partner.new("Partner B")
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        first = partner.payload()
        outcomes = [
            import_data(store, partner.sign(first)).status,
            import_data(store, partner.sign(partner.revise(first, ratings={"helpline": "green"}))).status,
            import_data(store, partner.sign(first)).status,
            import_data(store, held.bundle(country="KEN")).status,
        ]
    finally:
        store.db.conn.set_trace_callback(None)
    assert outcomes == ["imported", "imported", "duplicate", "pending_trust"]
    assert [s for s in statements if s.startswith(("BEGIN", "COMMIT", "ROLLBACK"))] == ["BEGIN", "COMMIT"] * 4


def test_what_arrived_reads_back_through_the_owners_functions(store) -> None:
    partner = Partner.new("Partner A")
    trust(store, partner, "THA")
    first = partner.payload(ranking="notable_efforts")
    second = partner.revise(first, ratings={"helpline": "green"})
    import_data(store, partner.sign(first), "a-r1.cpc.json")
    import_data(store, partner.sign(second), "a-r2.cpc.json")
    import_data(store, Partner.new("Partner B").bundle(country="KEN", cycle="2013"), "b.cpc.json")

    (current,) = received.current_revisions(store, country="THA", cycle="2012")
    assert (current.bundle_id, current.revision, current.organisation, current.allowed) == (
        second["bundle_id"],
        2,
        "Partner A",
        ["THA"],
    )
    assert json.loads(received.bundle_content(store, first["bundle_id"]))["payload"] == first
    assert received.current_ratings(store, "2012")[second["bundle_id"]]["helpline"] == ("green", False)
    assert received.current_rankings(store, "2012") == {second["bundle_id"]: "notable_efforts"}
    assert [r.revision for r in list_revisions(store, first["assessment_id"])] == [1, 2]
    assert [p.organisation for p in list_pending(store)] == ["Partner B"]
    assert received.held_organisations_by_country(store, "2013") == {"KEN": ["Partner B"]}
    assert known_cycles(store) == ["2013", "2012"]
    assert [e.outcome for e in import_log(store)] == ["pending_trust", "imported", "imported"]
    assert set(received.last_imports_by_country(store, "2012")) == {"THA"}
