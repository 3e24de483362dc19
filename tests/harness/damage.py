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
