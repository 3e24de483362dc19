"""Import throughput beside the floor, on typical bundles and on full cards, with a CPU split.

Two workloads, made by the bench: 1,000 typical bundles (~25 KB: every indicator assessed
in a paragraph, two or three evidence items each) and 60 full cards (12 indicators x 20
evidence items, 2,000-character texts, ~0.7 MB).

The **floor**, measured in the same run on the same files, does only what no importer
can skip: read the file, parse it with ``json``, make the signed bytes (``json.dumps``
with sorted keys, which gives RFC 8785's bytes for this format's data), one Ed25519
verify, one insert and commit with the store's pragmas (WAL, synchronous=FULL).
``cardentry import`` adds the strict reader, the schema, checks 7-11, the rating rows,
the import log and the merge bookkeeping. Goal (issue 18): import >= 0.8x the floor.
The same bundles are also imported sealed (HPKE, as partners send them once they accept
the network key), against the same floor. A further line runs the floor with the schema
added (check 5, ``models.Payload`` as ``verify_bundle`` runs it): no import may skip that
check, so its ratio to the floor is the most an import can reach on this machine.

The **stage split** runs the product's own functions on the same files, file by file,
timing each stage, and reports CPU milliseconds per bundle: read, strict parse
(``strictjson.parse``), canonical bytes (``envelope.signed_bytes``, told what the strict
reader proved), signature (Ed25519), schema (``models.Payload``), and "store and
checks 7-11" = the whole import's CPU minus the stages before it (so it also holds
finding and unwrapping the files, their SHA-256, and the import log).

``python bench/bench_import.py [N]`` (N typical bundles, default 1,000); ``--quick``
for CI (200 typical, 15 full) and ``--min-ratio R`` to exit 1 when a ratio falls below R.
"""

from __future__ import annotations

import argparse
import base64
import json
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bundle_factory import CODES, Partner, evidence_item, secretariat
from cardentry.base import strictjson
from cardentry.base.validation import validate
from cardentry.bundleformat.envelope import signed_bytes
from cardentry.bundleformat.models import Payload, proven_by
from cardentry.secretariat.importer import import_paths

ROUNDS = 3
WORDS = (
    "the", "government", "adopted", "a", "law", "shelters", "helpline",
    "training", "teachers", "budget", "report", "police", "sécurité", "enfants",
)  # fmt: skip


def text(length: int, seed: int) -> str:
    """Prose as partners write it: words (some not ASCII) in paragraphs, which the file
    holds as ``\\n`` escapes."""
    words = [WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(length // 5 + 1)]
    for i in range(40, len(words), 40):  # a paragraph break every 40 words or so
        words[i] = "\n\n" + words[i]
    return " ".join(words)[:length]


def source_url(code: str, number: int) -> str:
    return f"https://example.org/{code}/report?id={number}&lang=en"


def typical_payload(partner: Partner) -> dict[str, Any]:
    evidence = {
        code: [
            evidence_item(f"Source {n} on {code}", note=text(300, n), url=source_url(code, n))
            for n in range(2 + i % 2)
        ]
        for i, code in enumerate(CODES)
    }
    texts = {code: text(900, i) for i, code in enumerate(CODES)}
    return partner.payload(evidence=evidence, texts=texts)


def full_payload(partner: Partner) -> dict[str, Any]:
    evidence = {
        code: [
            evidence_item(f"Source {n} on {code}", note=text(2000, n), url=source_url(code, n))
            for n in range(20)
        ]
        for code in CODES
    }
    texts = {code: text(2000, i) for i, code in enumerate(CODES)}
    payload = partner.payload(evidence=evidence, texts=texts)
    payload["overall"]["summary"] = text(2000, 99)
    return payload


def make_bundles(folder: Path, count: int, template_of: Callable[[Partner], dict[str, Any]]) -> int:
    partner = Partner.new("Bench partner")
    folder.mkdir(parents=True, exist_ok=True)
    template = template_of(partner)
    total = 0
    for number in range(count):
        payload = json.loads(json.dumps(template))
        payload["bundle_id"] = str(uuid.uuid4())
        payload["assessment_id"] = str(uuid.uuid4())
        data = partner.sign(payload)
        (folder / f"b{number:05}.cpc.json").write_bytes(data)
        total += len(data)
    (folder.parent / f"{folder.name}-key.json").write_text(json.dumps(partner.key_file()))
    return total


def floor_signed_bytes(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def raw_floor(folder: Path, database: Path, *, with_schema: bool = False) -> tuple[float, float]:
    """The floor's bundles per second and CPU seconds per bundle; ``with_schema`` adds check 5
    (the pydantic schema, as ``verify_bundle`` runs it), which no importer may skip either."""
    conn = sqlite3.connect(database, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE bundle (bundle_id TEXT PRIMARY KEY, content BLOB NOT NULL)")
    files = sorted(folder.glob("*.cpc.json"))
    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        data = path.read_bytes()
        envelope = json.loads(data)
        signature = envelope.pop("signature")
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(signature["public_key"]))
        key.verify(base64.b64decode(signature["value"]), floor_signed_bytes(envelope))
        if with_schema:
            validate(Payload, envelope["payload"], proven_by(data))
        conn.execute("BEGIN")
        conn.execute("INSERT INTO bundle VALUES (?, ?)", [envelope["payload"]["bundle_id"], data])
        conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return len(files) / elapsed, cpu / len(files)


def sealed_copies(folder: Path) -> tuple[Path, dict[str, Any]]:
    """The bundles of ``folder`` sealed for a new network key, as partners send them once they
    accept one (network-format.md), in a folder beside it; and the keyring that opens them."""
    from cardentry.bundleformat import sealed
    from cardentry.bundleformat.keyfile import key_id_of

    seed = sealed.new_sealing_seed()
    public_key = sealed.sealing_public_bytes(seed)
    target = folder.parent / f"{folder.name}-sealed"
    target.mkdir()
    for path in sorted(folder.glob("*.cpc.json")):
        sealed_bytes = sealed.seal_bundle(path.read_bytes(), public_key)
        (target / sealed.sealed_file_name(path.name)).write_bytes(sealed_bytes)
    return target, {key_id_of(public_key): sealed.sealing_private_key(seed)}


def full_import(
    folder: Path, root: Path, *, sealed_in: Path | None = None, keyring: dict[str, Any] | None = None
) -> tuple[float, float, dict[str, int]]:
    """``import_paths`` on ``folder``'s bundles (or their sealed copies in ``sealed_in``)."""
    from cardentry.secretariat.actions import trust_key
    from cardentry.secretariat.trust import parse_public_key_file

    store = secretariat(root)
    try:
        key = parse_public_key_file((folder.parent / f"{folder.name}-key.json").read_bytes())
        trust_key(store, key, None)
        outcomes: dict[str, int] = {}
        start, cpu = time.perf_counter(), time.process_time()
        count = 0
        for result in import_paths(store, [sealed_in or folder], keyring=keyring):
            outcomes[result.status] = outcomes.get(result.status, 0) + 1
            count += 1
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        store.close()
    return count / elapsed, cpu / count, outcomes


def stage_split(folder: Path, import_cpu: float) -> dict[str, float]:
    """CPU ms per bundle of each stage, file by file as the import goes (nothing kept from
    one file to the next, so the garbage collector sees what it sees in an import)."""
    files = sorted(folder.glob("*.cpc.json"))
    names = ("read", "strict parse", "canonical bytes", "signature", "schema")
    totals = dict.fromkeys(names, 0.0)
    clock = time.process_time
    for path in files:
        started = clock()
        data = path.read_bytes()
        read = clock()
        parsed = strictjson.parse(data)
        parse = clock()
        to_verify = signed_bytes(parsed.value, preconditions_hold=parsed.ascii_names)
        canonical = clock()
        signature = parsed.value["signature"]
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(signature["public_key"]))
        key.verify(base64.b64decode(signature["value"]), to_verify)
        verified = clock()
        validate(
            Payload, parsed.value["payload"], proven_by(data, plain_escapes=parsed.plain_escapes)
        )  # as verify_bundle does
        validated = clock()
        marks = (started, read, parse, canonical, verified, validated)
        for name, begin, end in zip(names, marks, marks[1:], strict=False):
            totals[name] += end - begin
    stages = {name: seconds / len(files) * 1000 for name, seconds in totals.items()}
    stages["store and checks 7-11"] = max(0.0, import_cpu * 1000 - sum(stages.values()))
    return stages


def run_workload(name: str, folder: Path, tmp: Path) -> tuple[float, float]:
    floors, floors_with_schema, imports, sealed_rates = [], [], [], []
    outcomes: dict[str, int] = {}
    sealed_folder, keyring = sealed_copies(folder)
    for round_number in range(ROUNDS):  # alternate, so disk noise hits all alike
        floors.append(raw_floor(folder, tmp / f"{name}-floor{round_number}.sqlite3"))
        schema_db = tmp / f"{name}-floor-schema{round_number}.sqlite3"
        floors_with_schema.append(raw_floor(folder, schema_db, with_schema=True)[0])
        *measured, outcomes = full_import(folder, tmp / f"{name}-profile{round_number}")
        imports.append(tuple(measured))
        sealed_root = tmp / f"{name}-sealed-profile{round_number}"
        sealed_rates.append(full_import(folder, sealed_root, sealed_in=sealed_folder, keyring=keyring)[0])
    floor, floor_cpu = (statistics.median(values) for values in zip(*floors, strict=True))
    floor_with_schema = statistics.median(floors_with_schema)
    rate, cpu = (statistics.median(values) for values in zip(*imports, strict=True))
    sealed_rate = statistics.median(sealed_rates)
    print(f"  floor (read + json + signed bytes + Ed25519 + 1 insert/commit): {floor:8.0f} bundles/s")
    print(
        f"  the floor + the schema (check 5, pydantic):{' ' * 20}{floor_with_schema:8.0f} bundles/s "
        f"= {floor_with_schema / floor:.2f}x the floor"
    )
    print(f"  cardentry import: {' ' * 45}{rate:8.0f} bundles/s  {outcomes}")
    print(f"  import / floor, wall clock: {rate / floor:.2f}x (goal >= 0.8x)")
    print(
        f"  the same bundles sealed (as partners send them): {' ' * 14}{sealed_rate:8.0f} bundles/s "
        f"= {sealed_rate / floor:.2f}x the floor"
    )
    print(
        f"  CPU per bundle: floor {floor_cpu * 1000:.2f} ms, import {cpu * 1000:.2f} ms "
        f"(CPU-bound ratio {floor_cpu / cpu:.2f}x)"
    )
    print("  import's CPU per bundle by stage (ms):")
    for stage, milliseconds in stage_split(folder, cpu).items():
        print(f"    {stage:<24}{milliseconds:8.3f}")
    return rate / floor, floor_cpu / cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("typical", nargs="?", type=int, default=1_000, help="typical bundles (default 1,000)")
    parser.add_argument("--full", type=int, default=60, help="full cards (default 60)")
    parser.add_argument("--quick", action="store_true", help="200 typical and 15 full cards (CI)")
    parser.add_argument("--min-ratio", type=float, default=None, help="exit 1 below this wall-clock ratio")
    args = parser.parse_args(argv or [])
    typical, full = (200, 15) if args.quick else (args.typical, args.full)
    ratios = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name, count, template in (("typical", typical, typical_payload), ("full", full, full_payload)):
            folder = tmp / name
            size = make_bundles(folder, count, template)
            print(f"{name}: {count} bundles, {size / count / 1024:.1f} KiB each; median of {ROUNDS} rounds")
            ratios.append(run_workload(name, folder, tmp)[0])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak resident memory of the process: {peak / 1024:.0f} MiB")
    if args.min_ratio is not None and min(ratios) < args.min_ratio:
        print(f"FAILED: an import / floor ratio fell below {args.min_ratio}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
