"""The local database of one profile: cards, their edit history, undo and redo.

One SQLite file per profile, opened through sqlite-utils with WAL, foreign keys and
``synchronous=FULL``: once ``set_field`` returns, the edit is on disk and survives a
crash or a power cut. Every edit is one transaction that writes the new value and a
history row (when, which field, old value, new value); undo and redo replay history.

Only one process may open a profile at a time: a lock file beside the database makes a
second process fail with ``ProfileInUse`` before it reads or writes anything. A file that
is not a healthy SQLite database raises ``DatabaseDamaged`` and is never written to.

Fields are named by paths:

* ``overall.ranking``, ``overall.summary``, ``calls_to_action``
* ``indicators.<code>.rating`` / ``.ngo_action`` / ``.assessment`` / ``.recommendation``
* ``evidence.<id>.<member>`` for one member of an evidence item; ``evidence.<id>`` for a
  whole item added or removed; ``indicators.<code>.evidence_order`` for a reordering.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry.base.catalogue import default_catalogue
from cardentry.base.errors import CardentryError

if TYPE_CHECKING:  # imported where used: a first run's window needs none of them (issue 18)
    from concurrent.futures import Future, ThreadPoolExecutor

    import filelock
    from sqlite_utils import Database

    from cardentry.bundleformat.models import Answers, Card

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
INDICATOR_MEMBERS = ("rating", "ngo_action", "assessment", "recommendation", "internal_notes")
PAYLOAD_EVIDENCE_MEMBERS = ("kind", "title", "source", "url", "date", "note")
EVIDENCE_MEMBERS = (*PAYLOAD_EVIDENCE_MEMBERS, "internal")
"""``internal_notes`` and ``internal`` stay on the partner's computer: never exported."""


class StoreError(CardentryError):
    """Something about the database stops the operation; the message says what to do."""


class ProfileInUse(StoreError):
    """Another process (another window of the app) has this profile open."""


class DatabaseDamaged(StoreError):
    """The database file is not a healthy SQLite database; it was not touched."""


class StorageFailure(StoreError):
    """The disk refused a write (full, read-only, failing); nothing of that edit was saved."""


def storage_failure(error: sqlite3.Error) -> StorageFailure | None:
    """A clear ``StorageFailure`` for SQLite errors that mean the disk refused a write."""
    text = str(error).lower()
    if "disk is full" in text or "disk i/o error" in text:
        return StorageFailure(
            "Could not save: the disk is full or cannot be written. The last change was not "
            "saved; everything saved before is safe. Free some disk space, then try again."
        )
    if "readonly" in text or "read-only" in text:
        return StorageFailure(
            "Could not save: the profile folder is read-only. The last change was not saved; "
            "everything saved before is safe. Move the profile to a folder you can write to."
        )
    return None


class NotFound(StoreError):
    """No assessment, evidence item or field by that name."""


def _new_id() -> str:
    """A new random id (UUID 4) for a card or an evidence item."""
    import uuid  # with its platform probe ~2 ms: loaded at the first new id, not at start-up (issue 18)

    return str(uuid.uuid4())


def utc_now() -> str:
    """The current UTC time as the store writes it (microseconds, 'Z')."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    country: str
    cycle: str
    created_at: str
    updated_at: str
    rated: int
    total: int
    last_exported_revision: int | None
    last_exported_at: str | None

    @property
    def changed_since_export(self) -> bool:
        return self.last_exported_at is None or self.updated_at > self.last_exported_at


@dataclass(frozen=True)
class Edit:
    id: int
    assessment_id: str
    at: str
    path: str
    old: Any
    new: Any
    origin: str
    state: int  # 0 applied, 1 undone (can be redone), 2 undone and overtaken by a new edit


def check_database_header(path: Path) -> bool:
    """Raise ``DatabaseDamaged`` if ``path`` is not an SQLite file; ``False`` when there is
    nothing to check (absent or empty). Reads 16 bytes."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(f"{path} is not a cardentry database (its header is wrong)")
    return True


def check_database_file(path: Path) -> None:
    """Raise ``DatabaseDamaged`` unless ``path`` is absent, empty or a healthy database."""
    if not check_database_header(path):
        return
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseDamaged(f"{path} is damaged: {error}") from None
    if result != "ok":
        raise DatabaseDamaged(f"{path} is damaged: {result}")


class IntegrityCheck:
    """``check_database_file(path)`` started on a helper thread, for its result later.

    The desktop app starts it before it loads Qt (issue 18): ``PRAGMA quick_check`` reads
    the whole database, and SQLite lets other threads run meanwhile, so a large database
    is checked while the libraries load and the window shows instead of before.
    ``Store.open`` waits for the verdict before it touches the file, or, with
    ``verdict_later``, opens it read-only and holds every write until the verdict.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="cardentry-integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            check_database_file(self.path)
        except BaseException as error:  # given to whoever waits: result() raises it
            self._error = error

    def result(self) -> None:
        """Wait for the check; raise what ``check_database_file`` raised (``DatabaseDamaged``)."""
        self._thread.join()
        if self._error is not None:
            raise self._error


def _remove_unfinished_copies(folder: Path) -> None:
    """Delete what backups cut short left in ``folder``: ``<name>.sqlite3.partial`` and the
    journal SQLite may have left beside it."""
    for leftover in folder.glob("*.sqlite3.partial*"):
        try:
            leftover.unlink()
        except OSError as error:  # it stays unlisted; the next copy tries again
            log.warning("an unfinished backup copy could not be removed: %s", error)
        else:
            log.info("removed an unfinished backup copy: %s", leftover.name)


class Store:
    """An open profile database. Use ``Store.open(path)`` as a context manager."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: filelock.FileLock, backup_dir: Path | None = None
    ):
        self.path = path
        self._conn = conn
        self._lock = lock
        self._mutex = threading.RLock()
        self._committer: ThreadPoolExecutor | None = None  # see commits_behind()
        self._committer_thread: int | None = None
        self._commit_running: tuple[Future[Any], int] | None = None  # the COMMIT, its thread
        self.backup_dir = backup_dir or path.parent / "backups"
        self._pending_check: IntegrityCheck | None = None  # see verdict()
        self._backup_lock = threading.Lock()  # one copy at a time, and none past close()
        self._closed = False
        self._verdict_lock = threading.Lock()
        self._damaged: DatabaseDamaged | None = None

    @cached_property
    def db(self) -> Database:
        """sqlite-utils on the same connection, made on first use: reading a profile for the
        first window needs only ``execute`` (issue 18)."""
        from sqlite_utils import Database

        return Database(self._conn)

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        """One SQL statement on the store's connection, as ``store.db.execute`` runs it (the
        connection is in autocommit mode), without loading sqlite-utils."""
        return self._conn.execute(sql, parameters)

    # --- opening and closing -------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        backup_dir: Path | None = None,
        integrity: IntegrityCheck | None = None,
        verdict_later: bool = False,
    ) -> Store:
        """Lock, check, open and migrate the database at ``path`` (created if absent).

        Before any migration of an existing database a copy is written to
        ``backup_dir`` (default: ``backups/`` beside the database) with SQLite's
        backup API. ``integrity``: the check of ``path`` already started
        (``IntegrityCheck``), whose verdict is awaited instead of checking again.

        ``verdict_later`` (with ``integrity``): do not wait for the verdict when the schema
        is current. The header is checked at once; the store opens read-only (SQLite's
        ``query_only``) and every write (``transaction``, ``backup``) first waits for the
        verdict (``verdict``), so nothing is written to a damaged file. The desktop app
        shows its window meanwhile (issue 18: a large database takes a moment to read).
        """
        path = Path(path)
        import filelock

        lock = filelock.FileLock(str(path) + ".lock", timeout=0)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        except filelock.Timeout:
            raise ProfileInUse(
                f"The profile at {path.parent} is open in another window or process. Close it there first."
            ) from None
        except OSError as error:
            raise StorageFailure(
                f"The profile folder {path.parent} cannot be written ({error.strerror}): is the "
                "disk read-only or full? Nothing was changed; your data is where it was."
            ) from None
        try:
            early = integrity if integrity is not None and integrity.path == path else None
            later = verdict_later and early is not None and check_database_header(path)
            if early is None:
                check_database_file(path)
            elif not later:
                early.result()
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            store = cls(path, conn, lock, backup_dir)
            try:
                current = store._has_exactly_this_schema()
            except sqlite3.DatabaseError:  # a damaged page read before the verdict
                if early is None:
                    raise
                early.result()  # raises DatabaseDamaged
                raise
            if early is not None and later:
                if current:
                    store._configure()
                    store._hold_writes_until(early)
                    return store
                early.result()  # a schema step writes: not before the verdict
            if not current:
                store._refuse_newer_schema()
            store._configure()
            if not current:
                store._migrate()
            return store
        except sqlite3.OperationalError as error:
            lock.release()
            failure = storage_failure(error)
            if failure is None:
                raise
            raise failure from error
        except BaseException:
            lock.release()
            raise

    def _hold_writes_until(self, check: IntegrityCheck) -> None:
        self._pending_check = check
        self._conn.execute("PRAGMA query_only=ON")

    def verdict(self) -> None:
        """Wait for the integrity check the store was opened before (``verdict_later``);
        ``DatabaseDamaged`` if it found damage, now and at every later call. Writes are
        allowed once it found none. Returns at once when there is no check pending."""
        if self._pending_check is None and self._damaged is None:
            return
        with self._verdict_lock:
            check = self._pending_check
            if check is not None:
                try:
                    check.result()
                except DatabaseDamaged as error:
                    self._damaged = error
                else:
                    with self._mutex:
                        self._conn.execute("PRAGMA query_only=OFF")
                self._pending_check = None
        if self._damaged is not None:
            raise self._damaged

    def _configure(self) -> None:
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=5000")
        # what sqlite-utils' Database sets on the connection it is given, set here because
        # Store.db is made only on first use (issue 18): the connection is the same either way
        self._conn.execute("PRAGMA recursive_triggers=on")

    def _has_exactly_this_schema(self) -> bool:
        """Whether every schema step of this app, and no other, is recorded as applied, in
        order: then there is nothing to refuse and nothing to migrate, and the check needs
        no sqlite-utils (issue 18). Anything else goes the long way (``_refuse_newer_schema``,
        ``_migrate``)."""
        from cardentry.storage.migrations import MIGRATION_SET, migration_names

        try:
            rows = self._conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
            ).fetchall()
        except sqlite3.OperationalError:  # no such table yet: a new database
            return False
        return [name for (name,) in rows] == migration_names()

    def _refuse_newer_schema(self) -> None:
        """A database written by a newer app is left alone (checked before any write)."""
        from cardentry.storage.migrations import MIGRATIONS, migration_names

        known = set(migration_names())
        unknown = [m.name for m in MIGRATIONS.applied(self.db) if m.name not in known]
        if unknown:
            raise StoreError(
                f"{self.path} was written by a newer version of cardentry "
                f"(schema steps {', '.join(unknown)}). Install the newer version to open it."
            )

    def _migrate(self) -> None:
        from cardentry.storage.migrations import MIGRATIONS, SCHEMA_VERSION

        if not MIGRATIONS.pending(self.db):
            return
        if MIGRATIONS.applied(self.db):
            self.backup(self.backup_dir / f"before-schema-{SCHEMA_VERSION}-{_file_stamp()}.sqlite3")
        steps = [m.name for m in MIGRATIONS.pending(self.db)]
        MIGRATIONS.apply(self.db)
        self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        log.info("%s: schema upgraded to version %s (%s)", self.path.name, SCHEMA_VERSION, ", ".join(steps))

    def close(self) -> None:
        """Close the database and release the profile's lock, once a backup under way is done."""
        with self._backup_lock, self._mutex:
            self._closed = True
            try:
                self._conn.close()
            finally:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def backup(self, destination: Path) -> Path:
        """Copy the whole database to ``destination`` with SQLite's online backup API.

        The copy is read through a connection of its own: a snapshot of what is committed,
        while the store goes on reading and writing (WAL lets both happen at once), so a
        large database's copy holds up nobody. Copies are made one at a time, and
        ``close()`` waits for one under way, so every copy is made under the profile's lock.

        The copy is written as ``<destination>.partial`` and renamed once complete, so a
        copy cut short (the app closed or killed meanwhile) never passes for a backup. Into
        the store's own ``backup_dir``, what such copies left is removed first: no other
        copy can be under way then (this process makes one at a time, and the profile's
        lock keeps every other process out)."""
        self.verdict()  # never a copy of a damaged file (it would push a good backup out)
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(destination.name + ".partial")
        with self._backup_lock:
            if self._closed:  # a copy started on another thread as the app closed
                raise StoreError(f"{self.path.name} was closed before the copy was made")
            if destination.parent == self.backup_dir:
                _remove_unfinished_copies(self.backup_dir)
            source = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                target = sqlite3.connect(partial)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
            os.replace(partial, destination)
        return destination

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One transaction (a savepoint when nested); everything or nothing is written.

        A full disk, a read-only folder or a failing disk raises ``StorageFailure``: the
        transaction is rolled back and everything committed before is intact.

        Inside ``commits_behind()``, an outermost transaction of that thread returns once
        its changes are written into it, and its COMMIT runs on a helper thread until
        ``settle()``. Before the integrity verdict (``verdict_later``) it waits for it, and
        raises ``DatabaseDamaged`` on a damaged file.
        """
        self.verdict()
        self.settle()
        committer = self._committer
        if committer is not None and self._committer_thread == threading.get_ident():
            with self._mutex:  # settled: an outermost transaction unless this thread is inside one
                outermost = not self._conn.in_transaction
            if outermost:
                yield from self._transaction_committed_behind(committer)
                return
        try:
            with self._mutex, self.db.atomic():
                yield self.db
        except sqlite3.OperationalError as error:
            failure = storage_failure(error)
            if failure is None:
                raise
            raise failure from error

    @contextmanager
    def commits_behind(self) -> Iterator[None]:
        """Overlap each transaction's COMMIT with the caller's next work (issue 18).

        Within the block, every outermost ``transaction()`` of the calling thread hands its
        COMMIT (the writing of the WAL and its fsync, during which SQLite lets other Python
        threads run) to a helper thread and returns at once, keeping the store's lock. The
        caller may then do work that does not touch the store (the import checks the next
        file), and must call ``settle()`` before anything else that does: ``settle()``
        waits for the COMMIT, raises what it raised (a full disk: ``StorageFailure``, the
        transaction rolled back) and releases the lock. ``transaction()`` settles first.
        The COMMIT is the same statement as without the block, with the same durability
        (``synchronous=FULL``); only a caller that waited for ``settle()`` may say it is done.
        Inside another such block (two imports at once) it changes nothing.
        """
        if self._committer is not None:
            yield
            return
        from concurrent.futures import ThreadPoolExecutor  # only an import needs it

        self._committer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cardentry-commit")
        self._committer_thread = threading.get_ident()
        try:
            yield
            self.settle()
        finally:
            committer, self._committer, self._committer_thread = self._committer, None, None
            try:
                self.settle()  # an error above: still wait for what was committing
            finally:
                committer.shutdown(wait=True)

    def settle(self) -> None:
        """Wait for this thread's COMMIT running behind (``commits_behind``), if there is one.

        Another thread never waits here: it waits for the store's lock, which the
        committing thread holds until it settles."""
        running = self._commit_running
        if running is None or running[1] != threading.get_ident():
            return
        self._commit_running = None
        try:
            running[0].result()
        except sqlite3.Error as error:  # the COMMIT failed: nothing of the transaction stays
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            failure = storage_failure(error)
            if failure is None:
                raise
            raise failure from error
        finally:
            self._mutex.release()

    def _transaction_committed_behind(self, committer: ThreadPoolExecutor) -> Iterator[Database]:
        self._mutex.acquire()
        try:
            self._conn.execute("BEGIN")
            try:
                yield self.db
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as error:
            self._mutex.release()
            failure = storage_failure(error)
            if failure is None:
                raise
            raise failure from error
        except BaseException:
            self._mutex.release()
            raise
        commit = committer.submit(self._conn.execute, "COMMIT")
        self._commit_running = (commit, threading.get_ident())  # the lock is held until settle()

    # --- profile settings ----------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM profile WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO profile (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)],
            )

    # --- assessments ---------------------------------------------------------------

    def new_assessment(
        self,
        country: str,
        cycle: str,
        *,
        assessment_id: str | None = None,
        based_on: str | None = None,
    ) -> str:
        """Create an empty card (12 unrated indicators); with ``based_on``, a copy of
        that card's ratings, texts and evidence, each indicator marked "to review"."""
        assessment_id = assessment_id or _new_id()
        now = utc_now()
        source = self.load_card(based_on) if based_on else None
        with self.transaction():
            self.db["assessment"].insert(
                {
                    "id": assessment_id,
                    "country": country,
                    "cycle": cycle,
                    "created_at": now,
                    "updated_at": now,
                    "ranking": source.overall.ranking if source else None,
                    "summary": source.overall.summary if source else "",
                    "calls_to_action": json.dumps(source.calls_to_action if source else []),
                    "based_on": based_on,
                }
            )
            for code in default_catalogue().indicator_codes:
                entry = source.indicator(code) if source else None
                self.db["indicator"].insert(
                    {
                        "assessment_id": assessment_id,
                        "code": code,
                        "rating": entry.rating if entry else None,
                        "ngo_action": int(entry.ngo_action) if entry else 0,
                        "assessment": entry.assessment if entry else "",
                        "recommendation": entry.recommendation if entry else "",
                        "to_review": 1 if entry else 0,
                    }
                )
                for position, item in enumerate(entry.evidence if entry else []):
                    copied = item.model_copy(update={"id": _new_id()})
                    self._insert_evidence(assessment_id, code, position, copied.model_dump())
        return assessment_id

    def delete_assessment(self, assessment_id: str) -> None:
        with self.transaction():
            self._require(assessment_id)
            self._conn.execute("DELETE FROM assessment WHERE id = ?", [assessment_id])

    def list_assessments(self) -> list[AssessmentSummary]:
        rows = self._conn.execute(
            """SELECT a.id, a.country, a.cycle, a.created_at, a.updated_at,
                      (SELECT count(*) FROM indicator i
                        WHERE i.assessment_id = a.id AND i.rating IS NOT NULL),
                      (SELECT count(*) FROM indicator i WHERE i.assessment_id = a.id),
                      (SELECT max(revision) FROM export e WHERE e.assessment_id = a.id),
                      (SELECT max(exported_at) FROM export e WHERE e.assessment_id = a.id)
                 FROM assessment a ORDER BY a.cycle DESC, a.country, a.created_at"""
        ).fetchall()
        return [AssessmentSummary(*row) for row in rows]

    def _require(self, assessment_id: str) -> sqlite3.Row:
        row = self._conn.execute(
            "SELECT id, country, cycle, ranking, summary, calls_to_action FROM assessment WHERE id = ?",
            [assessment_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"No assessment with id {assessment_id} in this profile.")
        return row

    def load_card(self, assessment_id: str) -> Card:
        """The card as stored (a draft: values are not validated)."""
        from cardentry.bundleformat.models import Card, EvidenceItem, IndicatorEntry, Overall

        with self._mutex:
            _, country, cycle, ranking, summary, calls = self._require(assessment_id)
            evidence: dict[str, list[EvidenceItem]] = {}
            internal_evidence: set[str] = set()
            for row in self._conn.execute(
                "SELECT code, id, kind, title, source, url, date, note, internal FROM evidence "
                "WHERE assessment_id = ? ORDER BY code, position",
                [assessment_id],
            ):
                code, *values, internal = row
                if internal:
                    internal_evidence.add(values[0])
                evidence.setdefault(code, []).append(
                    EvidenceItem.model_construct(
                        **dict(zip(("id", *PAYLOAD_EVIDENCE_MEMBERS), values, strict=True))
                    )
                )
            rows = {
                row[0]: row
                for row in self._conn.execute(
                    "SELECT code, rating, ngo_action, assessment, recommendation, internal_notes "
                    "FROM indicator WHERE assessment_id = ?",
                    [assessment_id],
                )
            }
        indicators = [
            IndicatorEntry.model_construct(
                code=code,
                rating=rows[code][1],
                ngo_action=bool(rows[code][2]),
                assessment=rows[code][3],
                recommendation=rows[code][4],
                evidence=evidence.get(code, []),
            )
            for code in default_catalogue().indicator_codes
            if code in rows
        ]
        return Card.model_construct(
            assessment_id=assessment_id,
            country=country,
            cycle=cycle,
            overall=Overall.model_construct(ranking=ranking, summary=summary),
            indicators=indicators,
            calls_to_action=json.loads(calls),
            internal_evidence=frozenset(internal_evidence),
            internal_notes={code: row[5] for code, row in rows.items() if row[5]},
        )

    def to_review(self, assessment_id: str) -> set[str]:
        """Codes of indicators copied from a previous cycle and not yet touched."""
        return {
            row[0]
            for row in self._conn.execute(
                "SELECT code FROM indicator WHERE assessment_id = ? AND to_review = 1",
                [assessment_id],
            )
        }

    # --- reading and writing one field ---------------------------------------------

    def get_field(self, assessment_id: str, path: str) -> Any:
        parts = path.split(".")
        with self._mutex:
            if path == "overall.ranking":
                return self._require(assessment_id)[3]
            if path == "overall.summary":
                return self._require(assessment_id)[4]
            if path == "calls_to_action":
                return json.loads(self._require(assessment_id)[5])
            if parts[0] == "indicators" and len(parts) == 3:
                code, member = parts[1], parts[2]
                if member == "evidence_order":
                    return [
                        row[0]
                        for row in self._conn.execute(
                            "SELECT id FROM evidence WHERE assessment_id = ? AND code = ? ORDER BY position",
                            [assessment_id, code],
                        )
                    ]
                if member in INDICATOR_MEMBERS:
                    row = self._conn.execute(
                        f"SELECT {member} FROM indicator WHERE assessment_id = ? AND code = ?",
                        [assessment_id, code],
                    ).fetchone()
                    if row is None:
                        raise NotFound(f"No indicator {code!r}.")
                    return bool(row[0]) if member == "ngo_action" else row[0]
            if parts[0] == "evidence" and len(parts) in (2, 3):
                item = self._evidence_row(assessment_id, parts[1])
                if len(parts) == 2:
                    return item
                if item is None:
                    raise NotFound(f"No evidence item {parts[1]}.")
                if parts[2] in EVIDENCE_MEMBERS:
                    return item[parts[2]]
        raise NotFound(f"Unknown field {path!r}.")

    def set_field(self, assessment_id: str, path: str, value: Any, *, origin: str = "edit") -> int | None:
        """Write one field and its history row in one transaction.

        Returns the id of the history row, or ``None`` when the value did not change.
        A new edit ends the redo chain (earlier undone edits can no longer be redone).
        """
        with self.transaction():
            old = self.get_field(assessment_id, path)
            if old == value:
                return None
            self._write(assessment_id, path, value)
            edit_id = self._record(assessment_id, path, old, value, origin)
            self._conn.execute(
                "UPDATE edit SET state = 2 WHERE assessment_id = ? AND state = 1",
                [assessment_id],
            )
            return edit_id

    def _record(self, assessment_id: str, path: str, old: Any, new: Any, origin: str) -> int:
        now = utc_now()
        cursor = self._conn.execute(
            "INSERT INTO edit (assessment_id, at, path, old, new, origin) VALUES (?, ?, ?, ?, ?, ?)",
            [
                assessment_id,
                now,
                path,
                json.dumps(old, ensure_ascii=False),
                json.dumps(new, ensure_ascii=False),
                origin,
            ],
        )
        self._conn.execute("UPDATE assessment SET updated_at = ? WHERE id = ?", [now, assessment_id])
        return int(cursor.lastrowid)

    def _write(self, assessment_id: str, path: str, value: Any) -> None:
        """Write a value without history (the caller records it)."""
        parts = path.split(".")
        if path in ("overall.ranking", "overall.summary", "calls_to_action"):
            column = {"overall.ranking": "ranking", "overall.summary": "summary"}.get(path)
            if column is None:
                column, value = "calls_to_action", json.dumps(list(value), ensure_ascii=False)
            self._conn.execute(f"UPDATE assessment SET {column} = ? WHERE id = ?", [value, assessment_id])
            return
        if parts[0] == "indicators" and len(parts) == 3:
            code, member = parts[1], parts[2]
            if member == "evidence_order":
                for position, evidence_id in enumerate(value):
                    self._conn.execute(
                        "UPDATE evidence SET position = ? WHERE assessment_id = ? AND id = ?",
                        [position, assessment_id, evidence_id],
                    )
            elif member in INDICATOR_MEMBERS:
                if member == "ngo_action":
                    value = int(bool(value))
                self._conn.execute(
                    f"UPDATE indicator SET {member} = ?, to_review = 0 WHERE assessment_id = ? AND code = ?",
                    [value, assessment_id, code],
                )
            else:
                raise NotFound(f"Unknown field {path!r}.")
            self._conn.execute(
                "UPDATE indicator SET to_review = 0 WHERE assessment_id = ? AND code = ?",
                [assessment_id, code],
            )
            return
        if parts[0] == "evidence" and len(parts) == 2:
            evidence_id = parts[1]
            if value is None:
                code = self._evidence_row(assessment_id, evidence_id)["code"]
                self._conn.execute(
                    "DELETE FROM evidence WHERE assessment_id = ? AND id = ?",
                    [assessment_id, evidence_id],
                )
            else:
                item = dict(value)
                code = item.pop("code")
                self._insert_evidence(assessment_id, code, item.pop("position"), item)
            self._conn.execute(
                "UPDATE indicator SET to_review = 0 WHERE assessment_id = ? AND code = ?",
                [assessment_id, code],
            )
            return
        if parts[0] == "evidence" and len(parts) == 3 and parts[2] in EVIDENCE_MEMBERS:
            if parts[2] == "internal":
                value = int(bool(value))
            self._conn.execute(
                f"UPDATE evidence SET {parts[2]} = ? WHERE assessment_id = ? AND id = ?",
                [value, assessment_id, parts[1]],
            )
            code = self._evidence_row(assessment_id, parts[1])["code"]
            self._conn.execute(
                "UPDATE indicator SET to_review = 0 WHERE assessment_id = ? AND code = ?",
                [assessment_id, code],
            )
            return
        raise NotFound(f"Unknown field {path!r}.")

    # --- evidence ------------------------------------------------------------------

    def _evidence_row(self, assessment_id: str, evidence_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT id, code, position, kind, title, source, url, date, note, internal FROM evidence "
            "WHERE assessment_id = ? AND id = ?",
            [assessment_id, evidence_id],
        ).fetchone()
        if row is None:
            return None
        item = dict(zip(("id", "code", "position", *EVIDENCE_MEMBERS), row, strict=True))
        item["internal"] = bool(item["internal"])
        return item

    def _insert_evidence(self, assessment_id: str, code: str, position: int, item: dict[str, Any]) -> None:
        self._conn.execute(
            "UPDATE evidence SET position = position + 1 "
            "WHERE assessment_id = ? AND code = ? AND position >= ?",
            [assessment_id, code, position],
        )
        self._conn.execute(
            "INSERT INTO evidence (assessment_id, id, code, position, kind, title, source, url, date, note, "
            "internal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                assessment_id,
                item["id"],
                code,
                position,
                item["kind"],
                item.get("title", ""),
                item.get("source", ""),
                item.get("url"),
                item.get("date"),
                item.get("note", ""),
                int(bool(item.get("internal", False))),
            ],
        )

    def add_evidence(
        self,
        assessment_id: str,
        code: str,
        item: dict[str, Any] | None = None,
        *,
        origin: str = "edit",
    ) -> str:
        """Append an evidence item to an indicator; returns its id."""
        item = {
            "kind": "report",
            "title": "",
            "source": "",
            "url": None,
            "date": None,
            "note": "",
            "internal": False,
        } | (item or {})
        item["id"] = item.get("id") or _new_id()
        with self.transaction():
            self._require(assessment_id)
            position = len(self.get_field(assessment_id, f"indicators.{code}.evidence_order"))
            self.set_field(
                assessment_id,
                f"evidence.{item['id']}",
                {**item, "code": code, "position": position},
                origin=origin,
            )
        return item["id"]

    def remove_evidence(self, assessment_id: str, evidence_id: str, *, origin: str = "edit") -> None:
        with self.transaction():
            if self._evidence_row(assessment_id, evidence_id) is None:
                raise NotFound(f"No evidence item {evidence_id}.")
            self.set_field(assessment_id, f"evidence.{evidence_id}", None, origin=origin)
            self._renumber(assessment_id)

    def move_evidence(self, assessment_id: str, evidence_id: str, new_index: int) -> None:
        with self.transaction():
            item = self._evidence_row(assessment_id, evidence_id)
            if item is None:
                raise NotFound(f"No evidence item {evidence_id}.")
            path = f"indicators.{item['code']}.evidence_order"
            order = self.get_field(assessment_id, path)
            order.remove(evidence_id)
            order.insert(max(0, min(new_index, len(order))), evidence_id)
            self.set_field(assessment_id, path, order)

    def _renumber(self, assessment_id: str) -> None:
        rows = self._conn.execute(
            "SELECT id FROM evidence WHERE assessment_id = ? ORDER BY code, position",
            [assessment_id],
        ).fetchall()
        codes = self._conn.execute(
            "SELECT id, code FROM evidence WHERE assessment_id = ?", [assessment_id]
        ).fetchall()
        code_of = dict(codes)
        counters: dict[str, int] = {}
        for (evidence_id,) in rows:
            code = code_of[evidence_id]
            self._conn.execute(
                "UPDATE evidence SET position = ? WHERE assessment_id = ? AND id = ?",
                [counters.get(code, 0), assessment_id, evidence_id],
            )
            counters[code] = counters.get(code, 0) + 1

    # --- history, undo, redo -------------------------------------------------------

    def history(self, assessment_id: str, path: str | None = None, limit: int = 1000) -> list[Edit]:
        """Edits of a card, newest first; with ``path``, of that field only."""
        sql = "SELECT id, assessment_id, at, path, old, new, origin, state FROM edit WHERE assessment_id = ?"
        args: list[Any] = [assessment_id]
        if path is not None:
            sql += " AND path = ?"
            args.append(path)
        sql += " ORDER BY id DESC LIMIT ?"
        args.append(limit)
        return [
            Edit(row[0], row[1], row[2], row[3], json.loads(row[4]), json.loads(row[5]), row[6], row[7])
            for row in self._conn.execute(sql, args)
        ]

    def can_undo(self, assessment_id: str) -> bool:
        return self._undo_candidate(assessment_id) is not None

    def can_redo(self, assessment_id: str) -> bool:
        return self._redo_candidate(assessment_id) is not None

    def _undo_candidate(self, assessment_id: str) -> tuple[int, str, Any] | None:
        row = self._conn.execute(
            "SELECT id, path, old FROM edit WHERE assessment_id = ? AND state = 0 "
            "AND origin IN ('edit', 'redo') ORDER BY id DESC LIMIT 1",
            [assessment_id],
        ).fetchone()
        return None if row is None else (row[0], row[1], json.loads(row[2]))

    def _redo_candidate(self, assessment_id: str) -> tuple[int, str, Any] | None:
        row = self._conn.execute(
            "SELECT id, path, new FROM edit WHERE assessment_id = ? AND state = 1 ORDER BY id ASC LIMIT 1",
            [assessment_id],
        ).fetchone()
        return None if row is None else (row[0], row[1], json.loads(row[2]))

    def undo(self, assessment_id: str) -> Edit | None:
        """Put back the value before the latest edit; returns that edit, or ``None``."""
        with self.transaction():
            return self._replay(assessment_id, self._undo_candidate(assessment_id), "undo", state=1)

    def redo(self, assessment_id: str) -> Edit | None:
        """Apply again the edit undone last; returns the new history row, or ``None``."""
        with self.transaction():
            return self._replay(assessment_id, self._redo_candidate(assessment_id), "redo", state=3)

    def _replay(
        self, assessment_id: str, candidate: tuple[int, str, Any] | None, kind: str, *, state: int
    ) -> Edit | None:
        """Write ``candidate``'s value (inside the caller's transaction), record it as ``kind``
        and mark the replayed edit with ``state``."""
        if candidate is None:
            return None
        edit_id, path, value = candidate
        current = self.get_field(assessment_id, path)
        self._write(assessment_id, path, value)
        self._record(assessment_id, path, current, value, kind)
        self._conn.execute("UPDATE edit SET state = ? WHERE id = ?", [state, edit_id])
        if path.startswith("evidence.") and path.count(".") == 1:
            self._renumber(assessment_id)
        return self.history(assessment_id, limit=1)[0]

    # --- answers files -------------------------------------------------------------

    def apply_answers(self, assessment_id: str, answers: Answers, *, origin: str = "fill") -> int:
        """Apply a validated answers file in one transaction; returns the fields changed.

        Only the members present in the file are applied. An indicator's ``evidence``, when
        given, replaces that indicator's evidence list.
        """
        changed = 0

        def put(path: str, value: Any) -> None:
            nonlocal changed
            if self.set_field(assessment_id, path, value, origin=origin) is not None:
                changed += 1

        with self.transaction():
            self._require(assessment_id)
            if answers.overall is not None:
                for member in answers.overall.model_fields_set:
                    put(f"overall.{member}", getattr(answers.overall, member))
            if answers.calls_to_action is not None:
                put("calls_to_action", list(answers.calls_to_action))
            for entry in answers.indicators:
                for member in entry.model_fields_set & set(INDICATOR_MEMBERS):
                    put(f"indicators.{entry.code}.{member}", getattr(entry, member))
                if "evidence" in entry.model_fields_set:
                    for evidence_id in self.get_field(
                        assessment_id, f"indicators.{entry.code}.evidence_order"
                    ):
                        self.set_field(assessment_id, f"evidence.{evidence_id}", None, origin=origin)
                        changed += 1
                    for position, item in enumerate(entry.evidence):
                        values = item.model_dump()
                        values["id"] = values["id"] or _new_id()
                        put(f"evidence.{values['id']}", {**values, "code": entry.code, "position": position})
        return changed


def _file_stamp() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%SZ")
