"""The database schema, as ordered sqlite-utils migrations.

Each step is a function registered on ``MIGRATIONS``; sqlite-utils runs every pending
step in its own transaction together with its record in ``_sqlite_migrations``. After
the steps the store writes their count to ``PRAGMA user_version``, so a database says
which schema it has even to tools that know nothing of sqlite-utils.

Never edit a step that has shipped: add a new one. ``tests/test_migrations.py`` builds a
database at every earlier version and upgrades it.

The steps' names are known without sqlite-utils (``migration_names``, ``SCHEMA_VERSION``):
opening a database that has exactly these steps needs no migration, and sqlite-utils
(~25 ms to import) then loads only when first used, after the first window (issue 18).
``MIGRATIONS``, the sqlite-utils ``Migrations``, is built on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "cardentry"
"""The name sqlite-utils records the steps under in ``_sqlite_migrations``."""

_STEPS: list[tuple[str, Callable[[Database], None]]] = []


def _step(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register the decorated function as the next schema step, named ``name``."""

    def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
        _STEPS.append((name, function))
        return function

    return register


@_step("0001_cards")
def cards(db: Database) -> None:
    """A partner's cards: assessments, their 12 indicators, evidence, the edit history."""
    db.execute("CREATE TABLE profile (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE assessment (
            id TEXT PRIMARY KEY,
            country TEXT NOT NULL,
            cycle TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            ranking TEXT,
            summary TEXT NOT NULL DEFAULT '',
            calls_to_action TEXT NOT NULL DEFAULT '[]',
            based_on TEXT REFERENCES assessment(id)
        )"""
    )
    db.execute(
        """CREATE TABLE indicator (
            assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            rating TEXT,
            ngo_action INTEGER NOT NULL DEFAULT 0,
            assessment TEXT NOT NULL DEFAULT '',
            recommendation TEXT NOT NULL DEFAULT '',
            to_review INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (assessment_id, code)
        )"""
    )
    db.execute(
        """CREATE TABLE evidence (
            assessment_id TEXT NOT NULL,
            id TEXT NOT NULL,
            code TEXT NOT NULL,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            url TEXT,
            date TEXT,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, id),
            FOREIGN KEY (assessment_id, code)
                REFERENCES indicator(assessment_id, code) ON DELETE CASCADE
        )"""
    )
    db.execute(
        """CREATE TABLE edit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            path TEXT NOT NULL,
            old TEXT,
            new TEXT,
            origin TEXT NOT NULL DEFAULT 'edit',
            state INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX edit_by_assessment ON edit (assessment_id, id)")
    db.execute("CREATE INDEX evidence_by_indicator ON evidence (assessment_id, code, position)")


@_step("0002_exports")
def exports(db: Database) -> None:
    """The exact bytes of every bundle a partner exported, so a past revision can be re-sent."""
    db.execute(
        """CREATE TABLE export (
            bundle_id TEXT PRIMARY KEY,
            assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            exported_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            content BLOB NOT NULL,
            UNIQUE (assessment_id, revision)
        )"""
    )


@_step("0003_secretariat")
def secretariat(db: Database) -> None:
    """The secretariat's side: trusted keys, received revisions with their exact bytes,
    the import log, bundles waiting for their key to be trusted, and conflict resolutions."""
    db.execute(
        """CREATE TABLE trusted_key (
            key_id TEXT PRIMARY KEY,
            public_key BLOB NOT NULL,
            organisation TEXT NOT NULL,
            email TEXT,
            countries TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL CHECK (state IN ('trusted', 'revoked')),
            created_at TEXT,
            added_at TEXT NOT NULL,
            revoked_at TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE received_bundle (
            bundle_id TEXT PRIMARY KEY,
            assessment_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            key_id TEXT NOT NULL REFERENCES trusted_key(key_id),
            organisation TEXT NOT NULL,
            country TEXT NOT NULL,
            cycle TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            ranking TEXT,
            received_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            signed_sha256 TEXT NOT NULL,
            content BLOB NOT NULL,
            UNIQUE (assessment_id, revision)
        )"""
    )
    db.execute(
        """CREATE TABLE received_rating (
            bundle_id TEXT NOT NULL REFERENCES received_bundle(bundle_id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            rating TEXT,
            ngo_action INTEGER NOT NULL,
            PRIMARY KEY (bundle_id, code)
        )"""
    )
    db.execute(
        """CREATE TABLE received_assessment (
            assessment_id TEXT PRIMARY KEY,
            key_id TEXT NOT NULL REFERENCES trusted_key(key_id),
            current_bundle_id TEXT NOT NULL REFERENCES received_bundle(bundle_id),
            current_revision INTEGER NOT NULL,
            country TEXT NOT NULL,
            cycle TEXT NOT NULL,
            exported_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE pending_bundle (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key_id TEXT NOT NULL,
            organisation TEXT NOT NULL,
            bundle_id TEXT NOT NULL,
            country TEXT NOT NULL,
            cycle TEXT NOT NULL,
            revision INTEGER NOT NULL,
            received_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            signed_sha256 TEXT NOT NULL UNIQUE,
            content BLOB NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE import_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            outcome TEXT NOT NULL,
            reason TEXT,
            detail TEXT NOT NULL DEFAULT '',
            bundle_id TEXT,
            key_id TEXT,
            country TEXT,
            cycle TEXT,
            revision INTEGER,
            quarantine_path TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE resolution (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            country TEXT NOT NULL,
            cycle TEXT NOT NULL,
            subject TEXT NOT NULL,
            value TEXT NOT NULL,
            reason TEXT NOT NULL,
            basis TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            reopened_at TEXT,
            reopened_by TEXT
        )"""
    )
    db.execute("CREATE INDEX received_by_assessment ON received_bundle (assessment_id, revision)")
    db.execute("CREATE INDEX received_by_signed ON received_bundle (signed_sha256)")
    db.execute("CREATE INDEX assessment_by_card ON received_assessment (country, cycle)")
    db.execute("CREATE INDEX assessment_by_cycle ON received_assessment (cycle)")
    db.execute("CREATE INDEX pending_by_key ON pending_bundle (key_id)")
    db.execute("CREATE INDEX log_by_time ON import_log (at)")
    db.execute("CREATE INDEX resolution_by_card ON resolution (country, cycle, subject, id)")


@_step("0004_key_rotation")
def key_rotation(db: Database) -> None:
    """Key rotations the secretariat accepted: a partner's new key, signed by its old key,
    succeeds it (one predecessor per key; the statement's exact bytes are kept)."""
    db.execute(
        """CREATE TABLE key_rotation (
            new_key_id TEXT PRIMARY KEY REFERENCES trusted_key(key_id),
            old_key_id TEXT NOT NULL REFERENCES trusted_key(key_id),
            rotated_at TEXT NOT NULL,
            accepted_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            statement BLOB NOT NULL,
            CHECK (new_key_id <> old_key_id)
        )"""
    )
    db.execute("CREATE INDEX rotation_by_old ON key_rotation (old_key_id)")


@_step("0005_sealing_and_internal")
def sealing_and_internal(db: Database) -> None:
    """Sealed bundles and internal items (network-format.md): whether an import-log row or a
    held bundle came sealed; a partner's evidence marked internal and its internal notes
    per indicator (both stay on the computer, never exported)."""
    db.execute("ALTER TABLE import_log ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE pending_bundle ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE evidence ADD COLUMN internal INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE indicator ADD COLUMN internal_notes TEXT NOT NULL DEFAULT ''")


@_step("0006_feedback")
def feedback(db: Database) -> None:
    """Feedback (network-format.md): the sealing key of a trusted partner's key file of
    version 2; the secretariat's feedback drafts (one per partner's card) and what it sent;
    the feedback a partner received (its exact bytes), several per card."""
    db.execute("ALTER TABLE trusted_key ADD COLUMN sealing_public_key BLOB")
    db.execute(
        """CREATE TABLE feedback_draft (
            assessment_id TEXT PRIMARY KEY,
            key_id TEXT NOT NULL,
            country TEXT NOT NULL,
            cycle TEXT NOT NULL,
            status TEXT NOT NULL,
            message TEXT NOT NULL DEFAULT '',
            indicators TEXT NOT NULL DEFAULT '[]',
            published_ranking TEXT,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE feedback_sent (
            feedback_id TEXT PRIMARY KEY,
            assessment_id TEXT NOT NULL,
            key_id TEXT NOT NULL,
            organisation TEXT NOT NULL,
            revision INTEGER NOT NULL,
            country TEXT NOT NULL,
            cycle TEXT NOT NULL,
            status TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            sealed INTEGER NOT NULL DEFAULT 0,
            file_name TEXT NOT NULL,
            content BLOB NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE feedback_received (
            feedback_id TEXT PRIMARY KEY,
            assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            country TEXT NOT NULL,
            cycle TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            status TEXT NOT NULL,
            message TEXT NOT NULL,
            indicators TEXT NOT NULL,
            published_ranking TEXT,
            received_at TEXT NOT NULL,
            sealed INTEGER NOT NULL DEFAULT 0,
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL
        )"""
    )
    db.execute("CREATE INDEX feedback_sent_by_card ON feedback_sent (country, cycle, issued_at)")
    db.execute("CREATE INDEX feedback_received_by_assessment ON feedback_received (assessment_id, revision)")


@_step("0007_import_indexes")
def import_indexes(db: Database) -> None:
    """Two indexes every import wrote to and no query read (issue 18: each cost a page or
    more of every file's COMMIT): ``received_by_assessment`` repeats the index SQLite keeps
    for ``UNIQUE (assessment_id, revision)``, and nothing looks a revision up by
    ``signed_sha256`` (check 10 compares it by ``bundle_id``)."""
    db.execute("DROP INDEX IF EXISTS received_by_assessment")
    db.execute("DROP INDEX IF EXISTS received_by_signed")


def migration_names() -> list[str]:
    return [name for name, _ in _STEPS]


SCHEMA_VERSION = len(migration_names())


def __getattr__(name: str) -> Any:
    """``MIGRATIONS``: the steps as sqlite-utils ``Migrations``, built on first use."""
    if name != "MIGRATIONS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step_name, function in _STEPS:
        migrations(name=step_name)(function)
    globals()["MIGRATIONS"] = migrations
    return migrations
