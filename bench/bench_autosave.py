"""Autosave latency: one field edit committed through the store vs a bare SQLite UPDATE.

Both run in the same process, on files in the same temporary folder, with the same
pragmas (WAL, synchronous=FULL, foreign keys), so the figures compare like with like:
``Store.set_field`` reads the old value, writes the new one and a history row, and commits.
Goal (issue 2): the store's median within 3x of the bare update's.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from cardentry.storage.store import Store

EDITS = 1_000


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bare_update(folder: Path, edits: int) -> list[float]:
    conn = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE card (id INTEGER PRIMARY KEY, summary TEXT)")
    conn.execute("INSERT INTO card VALUES (1, '')")
    samples = []
    for n in range(edits):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("UPDATE card SET summary = ? WHERE id = 1", [f"text {n}"])
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return samples


def store_edits(folder: Path, edits: int) -> list[float]:
    samples = []
    with Store.open(folder / "cardentry.sqlite3") as store:
        assessment = store.new_assessment("THA", "2012")
        for n in range(edits):
            start = time.perf_counter()
            store.set_field(assessment, "indicators.helpline.assessment", f"text {n}")
            samples.append(time.perf_counter() - start)
    return samples


def main(edits: int = EDITS) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        bare = bare_update(Path(folder), edits)
        store = store_edits(Path(folder), edits)
    figures = {
        "bare_median_ms": statistics.median(bare) * 1e3,
        "bare_p99_ms": _percentile(bare, 0.99) * 1e3,
        "store_median_ms": statistics.median(store) * 1e3,
        "store_p99_ms": _percentile(store, 0.99) * 1e3,
    }
    figures["ratio_median"] = figures["store_median_ms"] / figures["bare_median_ms"]
    print(f"autosave: {edits} single-field edits, each committed (WAL, synchronous=FULL)")
    for name, key in (("bare sqlite3 UPDATE", "bare"), ("Store.set_field", "store")):
        median, p99 = figures[f"{key}_median_ms"], figures[f"{key}_p99_ms"]
        print(f"  {name:<21} median {median:.3f} ms   p99 {p99:.3f} ms")
    print(f"  ratio of medians      {figures['ratio_median']:.2f}x (goal: within 3x)")
    return figures


if __name__ == "__main__":
    main()
