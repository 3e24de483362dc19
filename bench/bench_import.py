"""Import throughput: ``cardentry import`` of 1,000 valid bundles vs the raw floor.

The raw floor, measured in the same run on the same files, does only what no import can
skip: read the file, parse it (``json``), canonicalise the signed part (RFC 8785), verify
the Ed25519 signature and insert the bytes into SQLite, one commit per bundle, with the
store's pragmas (WAL, synchronous=FULL). The import adds the strict parser, the schema,
checks 7-11, the rating rows, the import log and the merge bookkeeping.
Goal (issue 4): the import at least half the floor's rate.

``python bench/bench_import.py [N]`` (default 1,000 bundles); the peak memory of the
process is printed too (a run of 10,000 must stay bounded).
"""

from __future__ import annotations

import base64
import json
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bundle_factory import Partner, evidence_item, secretariat
from cardentry.secretariat.importer import import_paths

DEFAULT_BUNDLES = 1_000
ROUNDS = 3


def make_bundles(folder: Path, count: int) -> int:
    partner = Partner.new("Bench partner")
    folder.mkdir(parents=True, exist_ok=True)
    evidence = {
        "national_legislation": [evidence_item("Act", note="n" * 500)],
        "helpline": [evidence_item("Report")],
    }
    template = partner.payload(evidence=evidence)
    total = 0
    for number in range(count):
        payload = json.loads(json.dumps(template))
        payload["bundle_id"] = str(uuid.uuid4())
        payload["assessment_id"] = str(uuid.uuid4())
        data = partner.sign(payload)
        (folder / f"b{number:05}.cpc.json").write_bytes(data)
        total += len(data)
    (folder.parent / "key.json").write_text(json.dumps(partner.key_file()))
    return total


def raw_floor(folder: Path, database: Path) -> tuple[float, float]:
    conn = sqlite3.connect(database, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE bundle (bundle_id TEXT PRIMARY KEY, content BLOB NOT NULL)")
    files = sorted(folder.iterdir())
    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        data = path.read_bytes()
        envelope = json.loads(data)
        signature = envelope.pop("signature")
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(signature["public_key"]))
        key.verify(base64.b64decode(signature["value"]), rfc8785.dumps(envelope))
        conn.execute("BEGIN")
        conn.execute("INSERT INTO bundle VALUES (?, ?)", [envelope["payload"]["bundle_id"], data])
        conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return len(files) / elapsed, cpu / len(files)


def full_import(folder: Path, root: Path) -> tuple[float, float, dict[str, int]]:
    from cardentry.secretariat.actions import trust_key
    from cardentry.secretariat.trust import parse_public_key_file

    store = secretariat(root)
    try:
        trust_key(store, parse_public_key_file((folder.parent / "key.json").read_bytes()), None)
        outcomes: dict[str, int] = {}
        start, cpu = time.perf_counter(), time.process_time()
        count = 0
        for result in import_paths(store, [folder]):
            outcomes[result.status] = outcomes.get(result.status, 0) + 1
            count += 1
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        store.close()
    return count / elapsed, cpu / count, outcomes


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    count = int(argv[0]) if argv else DEFAULT_BUNDLES
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bundles"
        size = make_bundles(folder, count)
        print(f"bundles: {count}, {size / count / 1024:.1f} KiB each on average")
        floors, imports = [], []
        for round_number in range(ROUNDS):  # alternate, so disk noise hits both alike
            floors.append(raw_floor(folder, Path(tmp) / f"floor{round_number}.sqlite3"))
            *measured, outcomes = full_import(folder, Path(tmp) / f"profile{round_number}")
            imports.append(tuple(measured))
        floor, floor_cpu = (statistics.median(values) for values in zip(*floors, strict=True))
        rate, cpu = (statistics.median(values) for values in zip(*imports, strict=True))
        print(f"median of {ROUNDS} alternating rounds, wall clock (fsync per bundle dominates):")
        print(f"  raw floor (parse + JCS + Ed25519 verify + 1 insert/commit): {floor:.0f} bundles/s")
        print(
            f"  cardentry import:                                          {rate:.0f} bundles/s  {outcomes}"
        )
        print(f"  import / floor: {rate / floor:.2f} (goal >= 0.50)")
        print("CPU time per bundle (without waiting for the disk):")
        print(
            f"  raw floor {floor_cpu * 1000:.2f} ms, import {cpu * 1000:.2f} ms, "
            f"CPU-bound rate ratio {floor_cpu / cpu:.2f}"
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"peak resident memory of the process: {peak / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
