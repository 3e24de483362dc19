"""Backups of a profile's database: made, rotated, listed and restored.

A backup is a complete SQLite file written with SQLite's online backup API into the
profile's ``backups/`` folder, named ``<reason>-<UTC time>.sqlite3``. The store makes one
before every schema upgrade; a profile opened makes one at most once a day (the command
line at once, the desktop app on a thread of its own once its window shows) and on
export. A copy is written under a ``.partial`` name and renamed when complete
(``Store.backup``, through a connection of its own); the next copy removes what one cut
short left behind.
Rotation keeps the newest ``keep`` files and drops files older than ``max_age_days`` or
past ``max_total_bytes``, but never the newest one.

A damaged database is never overwritten: ``set_aside_damaged`` renames it (with its WAL
files) to ``cardentry.damaged-<time>.sqlite3``; ``restore_backup`` then copies a backup
into place after checking it is healthy.
"""

from __future__ import annotations

import datetime as _dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cardentry.storage.store import DatabaseDamaged, Store, check_database_file

log = logging.getLogger(__name__)

KEEP = 10
MAX_AGE_DAYS = 90
MAX_TOTAL_BYTES = 500 * 1024 * 1024
DAILY_REASON = "daily"


@dataclass(frozen=True)
class Backup:
    path: Path
    reason: str
    made_at: _dt.datetime
    size: int


def _stamp(moment: _dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S%fZ")


def _written_stamp(stamp: str) -> _dt.datetime | None:
    """The time of a stamp exactly as ``_stamp`` writes it (8 digits, T, 12 digits, Z), read
    without ``strptime``, whose first use costs ~3 ms at every start (the daily backup check
    runs before the first window, issue 18); ``None`` for anything else. Where it gives a
    time, ``strptime`` gives the same (tests/storage/test_backup_stamps.py)."""
    if len(stamp) != 22 or stamp[8] != "T" or stamp[21] != "Z":
        return None
    digits = stamp[:8] + stamp[9:21]
    if not (digits.isascii() and digits.isdigit()):
        return None
    parts = [
        int(digits[start:end])
        for start, end in ((0, 4), (4, 6), (6, 8), (8, 10), (10, 12), (12, 14), (14, 20))
    ]
    try:
        return _dt.datetime(*parts, tzinfo=_dt.UTC)
    except ValueError:
        return None


def _parse(path: Path) -> Backup | None:
    reason, _, stamp = path.stem.rpartition("-")
    made_at = _written_stamp(stamp)
    if made_at is None:
        for layout in ("%Y%m%dT%H%M%S%fZ", "%Y%m%dT%H%M%SZ"):
            try:
                made_at = _dt.datetime.strptime(stamp, layout).replace(tzinfo=_dt.UTC)
                break
            except ValueError:
                continue
        else:
            return None
    return Backup(path, reason or "backup", made_at, path.stat().st_size)


def list_backups(folder: Path) -> list[Backup]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [_parse(path) for path in folder.glob("*.sqlite3")]
    return sorted((b for b in found if b is not None), key=lambda b: b.made_at, reverse=True)


def make_backup(store: Store, folder: Path, reason: str, *, now: _dt.datetime | None = None) -> Path:
    """Write a full copy of the open database to ``folder`` and rotate old copies."""
    now = now or _dt.datetime.now(_dt.UTC)
    path = store.backup(folder / f"{reason}-{_stamp(now)}.sqlite3")
    rotate(folder, now=now)
    log.info("backup written: %s", path.name)
    return path


def backup_if_due(store: Store, folder: Path, *, now: _dt.datetime | None = None) -> Path | None:
    """The daily backup: made when the newest backup is older than a day."""
    now = now or _dt.datetime.now(_dt.UTC)
    newest = list_backups(folder)
    if newest and now - newest[0].made_at < _dt.timedelta(days=1):
        return None
    return make_backup(store, folder, DAILY_REASON, now=now)


def rotate(
    folder: Path,
    *,
    keep: int = KEEP,
    max_age_days: int = MAX_AGE_DAYS,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    now: _dt.datetime | None = None,
) -> list[Path]:
    """Delete backups beyond ``keep``, older than ``max_age_days`` or past the size budget.

    The newest backup is always kept. Returns the deleted paths.
    """
    now = now or _dt.datetime.now(_dt.UTC)
    backups = list_backups(folder)
    deleted = []
    total = 0
    for index, backup in enumerate(backups):
        total += backup.size
        too_many = index >= keep
        too_old = now - backup.made_at > _dt.timedelta(days=max_age_days)
        too_big = total > max_total_bytes
        if index > 0 and (too_many or too_old or too_big):
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


def set_aside_damaged(database: Path, *, now: _dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm files) out of the way; never delete it."""
    now = now or _dt.datetime.now(_dt.UTC)
    target = database.with_name(f"{database.stem}.damaged-{_stamp(now)}{database.suffix}")
    database.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = Path(str(database) + suffix)
        if companion.exists():
            companion.rename(Path(str(target) + suffix))
    return target


def restore_backup(backup: Path, database: Path) -> None:
    """Copy a healthy backup into place; the database must be absent (set it aside first)."""
    if database.exists():
        raise FileExistsError(f"{database} exists; set it aside before restoring")
    check_database_file(backup)
    temporary = database.with_name(database.name + ".restoring")
    shutil.copyfile(backup, temporary)
    conn = sqlite3.connect(temporary)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        temporary.unlink()
        raise DatabaseDamaged(f"the backup {backup} is damaged too: {result}")
    temporary.replace(database)


def recover(database: Path, backups_folder: Path) -> tuple[Path, Backup | None]:
    """Set a damaged database aside and restore the newest healthy backup, if any.

    Returns where the damaged file went and the backup restored (``None``: no healthy
    backup, the profile starts empty with the damaged file kept for a specialist).
    """
    damaged = set_aside_damaged(database)
    log.warning("damaged database set aside as %s", damaged.name)
    for backup in list_backups(backups_folder):
        try:
            restore_backup(backup.path, database)
        except DatabaseDamaged:
            log.warning("backup %s is damaged too, skipped", backup.path.name)
            continue
        log.warning("backup %s restored", backup.path.name)
        return damaged, backup
    log.warning("no healthy backup to restore; the profile starts empty")
    return damaged, None
