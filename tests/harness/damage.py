"""Damage a database the way a failing disk does: a scribbled b-tree page under an intact
header, which only ``PRAGMA quick_check`` finds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

PAGE = 4096


def scribble_over_a_page(database: Path) -> bytes:
    """Checkpoint the WAL into ``database``, then overwrite part of its fourth page; the
    damaged bytes. The database must hold a few pages (a couple of hundred rows)."""
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(database.read_bytes())
    data[3 * PAGE : 3 * PAGE + 200] = b"\xff" * 200
    database.write_bytes(bytes(data))
    return bytes(data)


def scribble_over_a_page_of(database: Path, table: str) -> bytes:
    """Like ``scribble_over_a_page``, on the last leaf page of ``table`` (found with SQLite's
    ``dbstat``): damage that reading other tables never meets, only the check."""
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page,) = conn.execute(
        "SELECT max(pageno) FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [table]
    ).fetchone()
    conn.close()
    data = bytearray(database.read_bytes())
    start = (page - 1) * PAGE
    data[start + 8 : start + 208] = b"\xff" * 200  # past the page header's first bytes
    database.write_bytes(bytes(data))
    return bytes(data)
