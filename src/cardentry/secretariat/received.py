"""The record of what arrived: accepted revisions with their exact bytes and ratings, the
current revision of each assessment, held bundles, the import log.

This module owns the secretariat's tables of what arrived (schema step ``0003_secretariat``
in ``storage/migrations.py``): ``received_bundle`` (one row per accepted revision, its
bytes as they came), ``received_rating`` (its 12 ratings), ``received_assessment`` (per
assessment: its key and its current revision), ``pending_bundle`` (bundles held for a key
not trusted yet) and ``import_log`` (every import attempt). No other module writes SQL on
them (``tests/secretariat/test_received.py`` greps the source): the importer, the merge,
the dashboard and the history call the small functions here.

Writes never open a transaction of their own: they run inside the caller's
``store.transaction()`` (one imported file stays one transaction) and raise
``RuntimeError`` when called outside one. Reads return plain values, small named tuples, or the
record types defined here (``PendingBundle``, ``LogEntry``, ``ReceivedAssessment``,
``Revision``), which the importer and the history hand on to their callers.

The trust tables belong to ``trust.py``. Three reads here join ``trusted_key`` because
what they count or list depends on the key's state, and one query is what the import
and the desk need (``current_revisions``, ``countries_with_trusted_cards``,
``trusted_revision_counts``); they only read ``state`` and ``countries``, in the format
``trust.py`` writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from cardentry.bundleformat.keyfile import format_fingerprint
from cardentry.storage.store import NotFound, Store, utc_now

if TYPE_CHECKING:  # a type only: the dashboard reads what arrived without pydantic (issue 18)
    from cardentry.bundleformat.models import Payload


def _writing(store: Store) -> None:
    """Refuse a write outside the caller's transaction (it would commit on its own)."""
    if not store.db.conn.in_transaction:
        raise RuntimeError("write what arrived inside the caller's store.transaction()")


# --- accepted revisions ----------------------------------------------------------------


class AssessmentHead(NamedTuple):
    """What check 9 and the choice of the current revision need about an assessment."""

    key_id: str
    current_revision: int
    country: str
    cycle: str


def assessment_head(store: Store, assessment_id: str) -> AssessmentHead | None:
    """The assessment's key, current revision, country and cycle; ``None`` if never received."""
    row = store.execute(
        "SELECT key_id, current_revision, country, cycle FROM received_assessment WHERE assessment_id = ?",
        [assessment_id],
    ).fetchone()
    return None if row is None else AssessmentHead(*row)


def signed_sha256_of(store: Store, bundle_id: str) -> str | None:
    """The SHA-256 of the signed bytes received under ``bundle_id`` (check 10), or ``None``."""
    row = store.execute(
        "SELECT signed_sha256 FROM received_bundle WHERE bundle_id = ?", [bundle_id]
    ).fetchone()
    return None if row is None else row[0]


def bundle_at_revision(store: Store, assessment_id: str, revision: int) -> str | None:
    """The bundle id received as ``revision`` of the assessment (check 11), or ``None``."""
    row = store.execute(
        "SELECT bundle_id FROM received_bundle WHERE assessment_id = ? AND revision = ?",
        [assessment_id, revision],
    ).fetchone()
    return None if row is None else row[0]


def add_revision(
    store: Store,
    payload: Payload,
    *,
    key_id: str,
    organisation: str,
    file_name: str,
    sha256: str,
    signed_sha256: str,
    content: bytes,
) -> None:
    """Keep an accepted revision: its exact bytes and its 12 rating rows (not made current)."""
    _writing(store)
    store.execute(
        "INSERT INTO received_bundle (bundle_id, assessment_id, revision, key_id, organisation, "
        "country, cycle, "
        "exported_at, ranking, received_at, file_name, sha256, signed_sha256, content) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            payload.bundle_id,
            payload.assessment_id,
            payload.revision,
            key_id,
            organisation,
            payload.country,
            payload.cycle,
            payload.exported_at,
            payload.overall.ranking,
            utc_now(),
            file_name,
            sha256,
            signed_sha256,
            content,
        ],
    )
    store.db.conn.executemany(
        "INSERT INTO received_rating (bundle_id, code, rating, ngo_action) VALUES (?, ?, ?, ?)",
        [
            (payload.bundle_id, entry.code, entry.rating, int(entry.ngo_action))
            for entry in payload.indicators
        ],
    )


def make_current(store: Store, payload: Payload, key_id: str) -> None:
    """Make the revision in ``payload`` its assessment's current one, under ``key_id``."""
    _writing(store)
    store.execute(
        "INSERT INTO received_assessment (assessment_id, key_id, current_bundle_id, "
        "current_revision, "
        "country, cycle, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (assessment_id) DO UPDATE SET key_id = excluded.key_id, "
        "current_bundle_id = excluded.current_bundle_id, "
        "current_revision = excluded.current_revision, country = excluded.country, "
        "cycle = excluded.cycle, exported_at = excluded.exported_at",
        [
            payload.assessment_id,
            key_id,
            payload.bundle_id,
            payload.revision,
            payload.country,
            payload.cycle,
            payload.exported_at,
        ],
    )


class CurrentRevision(NamedTuple):
    """The current revision of an assessment whose key is trusted, with what the key allows."""

    assessment_id: str
    key_id: str
    bundle_id: str
    revision: int
    exported_at: str
    country: str
    cycle: str
    organisation: str
    allowed: list[str] | None  # the key's countries (None: any country)


_CURRENT_SQL = """
SELECT ra.assessment_id, ra.key_id, ra.current_bundle_id, ra.current_revision, ra.exported_at,
       ra.country, ra.cycle, rb.organisation, tk.countries
  FROM received_assessment ra
  JOIN trusted_key tk ON tk.key_id = ra.key_id AND tk.state = 'trusted'
  JOIN received_bundle rb ON rb.bundle_id = ra.current_bundle_id
"""


def current_revisions(
    store: Store, *, country: str | None = None, cycle: str | None = None
) -> list[CurrentRevision]:
    """The current revision of every assessment signed by a trusted key (of a card: give
    ``country`` and ``cycle``; of a cycle: ``cycle``; of every cycle: neither). Joins
    ``trusted_key`` for the key's state and countries (one query)."""
    if country is not None and cycle is None:
        raise ValueError("a card is a country in a cycle: give the cycle with the country")
    sql, args = _CURRENT_SQL, []
    if country is not None:
        sql += " WHERE ra.country = ? AND ra.cycle = ?"
        args = [country, cycle]
    elif cycle is not None:
        sql += " WHERE ra.cycle = ?"
        args = [cycle]
    return [CurrentRevision(*row[:8], json.loads(row[8])) for row in store.execute(sql, args).fetchall()]


def bundle_content(store: Store, bundle_id: str) -> bytes:
    """The exact bytes of a received revision, by bundle id."""
    row = store.execute("SELECT content FROM received_bundle WHERE bundle_id = ?", [bundle_id]).fetchone()
    if row is None:
        raise NotFound(f"No bundle {bundle_id} was received.")
    return bytes(row[0])


def revision_content(store: Store, assessment_id: str, revision: int) -> bytes | None:
    """The exact bytes of ``revision`` of an assessment, or ``None`` if it was not received."""
    row = store.execute(
        "SELECT content FROM received_bundle WHERE assessment_id = ? AND revision = ?",
        [assessment_id, revision],
    ).fetchone()
    return None if row is None else bytes(row[0])


def current_rankings(store: Store, cycle: str) -> dict[str, str | None]:
    """bundle_id -> overall ranking, for the current revision of every assessment of ``cycle``."""
    return dict(
        store.execute(
            "SELECT rb.bundle_id, rb.ranking FROM received_bundle rb "
            "JOIN received_assessment ra ON ra.current_bundle_id = rb.bundle_id WHERE ra.cycle = ?",
            [cycle],
        ).fetchall()
    )


def current_ratings(store: Store, cycle: str) -> dict[str, dict[str, tuple[str | None, bool]]]:
    """bundle_id -> code -> (rating, NGO action), for the current revisions of ``cycle``."""
    ratings: dict[str, dict[str, tuple[str | None, bool]]] = {}
    for bundle_id, code, rating, ngo in store.execute(
        "SELECT r.bundle_id, r.code, r.rating, r.ngo_action FROM received_rating r "
        "JOIN received_assessment ra ON ra.current_bundle_id = r.bundle_id WHERE ra.cycle = ?",
        [cycle],
    ):
        ratings.setdefault(bundle_id, {})[code] = (rating, bool(ngo))
    return ratings


@dataclass(frozen=True)
class ReceivedAssessment:
    assessment_id: str
    key_id: str
    organisation: str
    country: str
    cycle: str
    current_revision: int
    revisions: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def assessments(
    store: Store, country: str | None = None, cycle: str | None = None
) -> list[ReceivedAssessment]:
    """Every assessment received (from any key), by cycle (newest first), country, organisation."""
    sql = (
        "SELECT ra.assessment_id, ra.key_id, rb.organisation, ra.country, ra.cycle, ra.current_revision, "
        "(SELECT count(*) FROM received_bundle x WHERE x.assessment_id = ra.assessment_id) "
        "FROM received_assessment ra JOIN received_bundle rb ON rb.bundle_id = ra.current_bundle_id"
    )
    conditions, args = [], []
    if country:
        conditions.append("ra.country = ?")
        args.append(country)
    if cycle:
        conditions.append("ra.cycle = ?")
        args.append(cycle)
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += " ORDER BY ra.cycle DESC, ra.country, rb.organisation"
    return [ReceivedAssessment(*row) for row in store.execute(sql, args)]


def current_bundle_id(store: Store, assessment_id: str) -> str | None:
    """The bundle id of the assessment's current revision, or ``None`` if never received."""
    row = store.execute(
        "SELECT current_bundle_id FROM received_assessment WHERE assessment_id = ?", [assessment_id]
    ).fetchone()
    return None if row is None else row[0]


@dataclass(frozen=True)
class Revision:
    bundle_id: str
    assessment_id: str
    revision: int
    exported_at: str
    received_at: str
    file_name: str
    sha256: str
    current: bool

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def revisions(store: Store, assessment_id: str, *, current_bundle_id: str | None) -> list[Revision]:
    """The accepted revisions of an assessment, oldest first; ``current_bundle_id`` marks
    the current one."""
    rows = store.execute(
        "SELECT bundle_id, assessment_id, revision, exported_at, received_at, file_name, sha256 "
        "FROM received_bundle WHERE assessment_id = ? ORDER BY revision",
        [assessment_id],
    ).fetchall()
    return [Revision(*row, current=row[0] == current_bundle_id) for row in rows]


def countries_with_trusted_cards(store: Store) -> set[str]:
    """Countries with a current revision signed by a trusted key, in any cycle (joins
    ``trusted_key`` for the key's state)."""
    return {
        row[0]
        for row in store.execute(
            "SELECT DISTINCT ra.country FROM received_assessment ra "
            "JOIN trusted_key tk ON tk.key_id = ra.key_id AND tk.state = 'trusted'"
        )
    }


def trusted_revision_counts(store: Store, cycle: str) -> dict[str, int]:
    """country -> how many revisions of ``cycle`` came signed by a key trusted now (joins
    ``trusted_key`` for the key's state)."""
    return dict(
        store.execute(
            "SELECT rb.country, count(*) FROM received_bundle rb "
            "JOIN trusted_key tk ON tk.key_id = rb.key_id AND tk.state = 'trusted' "
            "WHERE rb.cycle = ? GROUP BY rb.country",
            [cycle],
        ).fetchall()
    )


def cycles_heard(store: Store) -> set[str]:
    """Every cycle with a received assessment or a held bundle."""
    rows = store.execute(
        "SELECT cycle FROM received_assessment UNION SELECT cycle FROM pending_bundle"
    ).fetchall()
    return {row[0] for row in rows}


def organisations_of_keys(store: Store, key_ids: list[str]) -> dict[str, str]:
    """key_id -> the organisation a received bundle named, else a held one (the first row
    found per key); keys never seen are left out."""
    found: dict[str, str] = {}
    for table in ("received_bundle", "pending_bundle"):
        missing = [key_id for key_id in key_ids if key_id not in found]
        if not missing:
            break
        marks = ",".join("?" * len(missing))
        for key_id, organisation in store.execute(
            f"SELECT key_id, organisation FROM {table} WHERE key_id IN ({marks})", missing
        ):
            found.setdefault(key_id, organisation)
    return found


# --- held bundles ----------------------------------------------------------------------


def hold_bundle(
    store: Store,
    *,
    key_id: str,
    organisation: str,
    bundle_id: str,
    country: str,
    cycle: str,
    revision: int,
    file_name: str,
    sha256: str,
    signed_sha256: str,
    content: bytes,
    sealed: bool,
) -> None:
    """Hold a verified bundle until its key is trusted (the same signed bytes are held once)."""
    _writing(store)
    store.execute(
        "INSERT OR IGNORE INTO pending_bundle (key_id, organisation, bundle_id, country, cycle, "
        "revision, received_at, file_name, sha256, signed_sha256, content, sealed) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            key_id,
            organisation,
            bundle_id,
            country,
            cycle,
            revision,
            utc_now(),
            file_name,
            sha256,
            signed_sha256,
            content,
            int(sealed),
        ],
    )


def drop_held(store: Store, held_id: int) -> bool:
    """Forget a held bundle; ``False`` if there was none with that id."""
    _writing(store)
    return store.execute("DELETE FROM pending_bundle WHERE id = ?", [held_id]).rowcount > 0


@dataclass(frozen=True)
class PendingBundle:
    id: int
    key_id: str
    organisation: str
    bundle_id: str
    country: str
    cycle: str
    revision: int
    received_at: str
    file_name: str

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "fingerprint": format_fingerprint(self.key_id)}


def held_bundles(store: Store, key_id: str | None = None) -> list[PendingBundle]:
    """The bundles held (for ``key_id``, or for any key), in the order they came."""
    sql = (
        "SELECT id, key_id, organisation, bundle_id, country, cycle, revision, received_at, file_name "
        "FROM pending_bundle"
    )
    args: list[Any] = []
    if key_id is not None:
        sql += " WHERE key_id = ?"
        args.append(key_id)
    return [PendingBundle(*row) for row in store.execute(sql + " ORDER BY id", args)]


class HeldFile(NamedTuple):
    """A held bundle's bytes, to import again."""

    id: int
    file_name: str
    content: bytes
    sealed: bool


def next_held(store: Store, key_id: str, after_id: int) -> HeldFile | None:
    """The first bundle held for ``key_id`` after the one numbered ``after_id`` (0: the first)."""
    row = store.execute(
        "SELECT id, file_name, content, sealed FROM pending_bundle WHERE key_id = ? AND id > ? "
        "ORDER BY id LIMIT 1",
        [key_id, after_id],
    ).fetchone()
    return None if row is None else HeldFile(row[0], row[1], bytes(row[2]), bool(row[3]))


def latest_held_content(store: Store, key_id: str) -> bytes | None:
    """The bytes of the latest bundle held for ``key_id``, or ``None`` if none is held."""
    row = store.execute(
        "SELECT content FROM pending_bundle WHERE key_id = ? ORDER BY id DESC LIMIT 1", [key_id]
    ).fetchone()
    return None if row is None else bytes(row[0])


def held_organisations_by_country(store: Store, cycle: str) -> dict[str, list[str]]:
    """country -> the organisation of each bundle held for ``cycle``, in the order they came."""
    held: dict[str, list[str]] = {}
    for country, organisation in store.execute(
        "SELECT country, organisation FROM pending_bundle WHERE cycle = ? ORDER BY id", [cycle]
    ):
        held.setdefault(country, []).append(organisation)
    return held


# --- the import log --------------------------------------------------------------------


def log_import(
    store: Store,
    *,
    file_name: str,
    sha256: str,
    outcome: str,
    reason: str | None,
    detail: str,
    bundle_id: str | None,
    key_id: str | None,
    country: str | None,
    cycle: str | None,
    revision: int | None,
    quarantine_path: str | None,
    sealed: bool,
) -> None:
    """Add the import log's row for one attempt (any outcome), stamped now."""
    _writing(store)
    store.execute(
        "INSERT INTO import_log (at, file_name, sha256, outcome, reason, detail, bundle_id, key_id, country, "
        "cycle, revision, quarantine_path, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            utc_now(),
            file_name,
            sha256,
            outcome,
            reason,
            detail,
            bundle_id,
            key_id,
            country,
            cycle,
            revision,
            quarantine_path,
            int(sealed),
        ],
    )


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: str
    file_name: str
    sha256: str
    outcome: str
    reason: str | None
    detail: str
    bundle_id: str | None
    country: str | None
    cycle: str | None
    revision: int | None
    quarantine_path: str | None
    sealed: bool = False


def log_rows(store: Store, *, limit: int, offset: int = 0) -> list[LogEntry]:
    """The latest import attempts, newest first."""
    rows = store.execute(
        "SELECT id, at, file_name, sha256, outcome, reason, detail, bundle_id, country, cycle, revision, "
        "quarantine_path, sealed FROM import_log ORDER BY id DESC LIMIT ? OFFSET ?",
        [limit, offset],
    ).fetchall()
    return [LogEntry(*row[:-1], sealed=bool(row[-1])) for row in rows]


def last_import_at(store: Store) -> str | None:
    """When the latest import attempt was logged (any outcome), or ``None``."""
    row = store.execute("SELECT max(at) FROM import_log").fetchone()
    return row[0] if row else None


def last_imports_by_country(store: Store, cycle: str) -> dict[str, tuple[str, bool]]:
    """country -> (when, sealed) of the latest import attempt for a card of ``cycle``."""
    rows = store.execute(  # SQLite takes the bare column (sealed) from the max(at) row
        "SELECT country, max(at), sealed FROM import_log "
        "WHERE cycle = ? AND country IS NOT NULL GROUP BY country",
        [cycle],
    ).fetchall()
    return {country: (at, bool(sealed)) for country, at, sealed in rows}
